#include "common/tokens/vocabulary.h"

#include <algorithm>

#include "common/tokens/term_dictionary.h"

namespace rostra {

WordId Vocabulary::id(std::string_view word) const {
  if (word.empty()) return 0;
  const std::string key = word_id_key(word);
  for (const Xapian::Database& db : databases_) {
    std::string value = db.get_metadata(key);
    if (!value.empty()) return parse_word_id_value(value);
  }
  return 0;
}

std::vector<std::pair<std::string, WordId>> Vocabulary::forms(std::string_view stem) const {
  std::vector<std::pair<std::string, WordId>> out;
  if (stem.empty()) return out;
  const std::string key = stem_forms_key(stem);
  for (const Xapian::Database& db : databases_) {
    for (auto& form : parse_stem_forms(db.get_metadata(key))) {
      if (std::none_of(out.begin(), out.end(),
                       [&](const auto& f) { return f.first == form.first; })) {
        out.push_back(std::move(form));
      }
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> Vocabulary::words_matching(
    std::string_view prefix, const std::function<bool(std::string_view)>& keep, std::size_t limit,
    bool& more) const {
  const std::string key = word_id_key(prefix);
  const std::size_t skip = key.size() - prefix.size();  // the key's own prefix
  std::vector<std::string> out;
  more = false;
  for (const Xapian::Database& db : databases_) {
    // Each database's keys come in order: its first limit + 1 matches are enough.
    std::size_t taken = 0;
    try {
      for (auto it = db.metadata_keys_begin(key); it != db.metadata_keys_end(key) && taken <= limit;
           ++it) {
        std::string word = (*it).substr(skip);
        if (!keep(word)) continue;
        out.push_back(std::move(word));
        ++taken;
      }
    } catch (const Xapian::UnimplementedError&) {
      // Xapian's in-memory backend lists no metadata keys: no dictionary words to offer.
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  if (out.size() > limit) {
    out.resize(limit);
    more = true;
  }
  return out;
}

Xapian::doccount Vocabulary::term_frequency(const std::string& term) const {
  Xapian::doccount n = 0;
  for (const Xapian::Database& db : databases_) n += db.get_termfreq(term);
  return n;
}

Xapian::termcount Vocabulary::collection_frequency(const std::string& term) const {
  Xapian::termcount n = 0;
  for (const Xapian::Database& db : databases_) n += db.get_collection_freq(term);
  return n;
}

Xapian::doccount Vocabulary::document_count() const {
  Xapian::doccount n = 0;
  for (const Xapian::Database& db : databases_) n += db.get_doccount();
  return n;
}

}  // namespace rostra
