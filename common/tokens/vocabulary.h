#pragma once
// The query side of the word dictionary (term_dictionary.h): which id a word has in the
// databases searched, and which indexed words share a stem.

#include <xapian.h>

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/tokens/token_record.h"

namespace rostra {

/// Looks words up in the dictionary entries of a set of databases (an index's main database
/// and the segments of a bulk load under way, each opened alone: a combined database shows
/// only its first database's metadata). Ids are the same in all of them. Not thread-safe.
class Vocabulary {
 public:
  Vocabulary() = default;
  explicit Vocabulary(std::vector<Xapian::Database> databases) : databases_(std::move(databases)) {}

  /// The id of `word`, or 0 when no database records it (then no document holds it).
  WordId id(std::string_view word) const;

  /// The indexed words whose stem is `stem` and differs from them, with their ids, in
  /// key order (the word `stem` itself is not included).
  std::vector<std::pair<std::string, WordId>> forms(std::string_view stem) const;

  /// The indexed words that start with `prefix` and that `keep` accepts, in byte order,
  /// without repeats, at most `limit` of them (`more` set when there were more). Reads the
  /// dictionary keys under `prefix` only. For wildcards ("negotiat*", "wom?n").
  std::vector<std::string> words_matching(std::string_view prefix,
                                          const std::function<bool(std::string_view)>& keep,
                                          std::size_t limit, bool& more) const;

  /// How many documents of all the databases hold `term` (0 with no databases).
  Xapian::doccount term_frequency(const std::string& term) const;

  /// How often `term` occurs in all the databases (its collection frequency; 0 with no
  /// databases).
  Xapian::termcount collection_frequency(const std::string& term) const;

  /// How many documents all the databases hold.
  Xapian::doccount document_count() const;

 private:
  std::vector<Xapian::Database> databases_;
};

}  // namespace rostra
