#pragma once
// Snowball stemming of normalized words, chosen per word by script: Cyrillic words use the
// Russian stemmer, other words the stemmer of the article's (or query's) language.

#include <xapian.h>

#include <string>
#include <string_view>
#include <unordered_map>

#include "common/analysis/script.h"

namespace rostra {

/// Stems normalized words (as produced by WordTokenizer). Caches recent stems, so the
/// common case costs one hash lookup. Not thread-safe: one per thread.
class TermStemmer {
 public:
  /// `language` is a Snowball language code ("en", "ru", "de"...); unknown codes fall back
  /// to English.
  explicit TermStemmer(std::string_view language = "en");

  /// Changes the stemmer used for non-Cyrillic words.
  void set_language(std::string_view language);

  /// The stem of `word`. The reference is valid until the next call.
  const std::string& stem(std::string_view word, Script script);

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using Cache = std::unordered_map<std::string, std::string, Hash, std::equal_to<>>;

  std::string language_;
  Xapian::Stem latin_;
  Xapian::Stem cyrillic_;
  Cache latin_cache_;
  Cache cyrillic_cache_;
};

}  // namespace rostra
