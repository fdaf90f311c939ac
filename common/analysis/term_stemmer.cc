#include "common/analysis/term_stemmer.h"

namespace rostra {
namespace {

constexpr std::size_t kMaxCachedStems = 1 << 18;

Xapian::Stem make_stem(std::string_view language) {
  try {
    return Xapian::Stem(std::string(language));
  } catch (const Xapian::InvalidArgumentError&) {
    return Xapian::Stem("en");
  }
}

}  // namespace

TermStemmer::TermStemmer(std::string_view language) : cyrillic_("ru") {
  set_language(language);
}

void TermStemmer::set_language(std::string_view language) {
  if (language.empty()) language = "en";
  // Russian articles still stem their Latin words (names, NATO) as English.
  if (language == "ru") language = "en";
  if (language == language_) return;
  language_ = std::string(language);
  latin_ = make_stem(language);
  latin_cache_.clear();
}

const std::string& TermStemmer::stem(std::string_view word, Script script) {
  bool cyrillic = script == Script::kCyrillic;
  Cache& cache = cyrillic ? cyrillic_cache_ : latin_cache_;
  auto found = cache.find(word);
  if (found != cache.end()) return found->second;
  if (cache.size() >= kMaxCachedStems) cache.clear();
  std::string key(word);
  std::string value = cyrillic ? cyrillic_(key) : latin_(key);
  return cache.emplace(std::move(key), std::move(value)).first->second;
}

}  // namespace rostra
