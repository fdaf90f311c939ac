#pragma once
// Word ids: the numbers token records (token_record.h) use for words.
//
// An index numbers its words once and for all: a word keeps its id in every database of the
// index (articles, quotes, the segments of a bulk load), so that records copied by Xapian's
// compaction stay valid. Each database records, in its metadata, the ids of the words its
// records use and, per stem, the words with that stem that differ from it (schema.h), so
// each database can be read alone.

#include <xapian.h>

#include <atomic>
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "common/tokens/token_record.h"

namespace rostra {

/// One distinct word of a document: its id, and its stem when that differs from it.
struct DocumentWord {
  WordId id = 0;
  std::string word;
  std::string stem;  ///< Empty when the word is its own stem.
};

/// The ids of an index's words, shared by the threads that analyze articles. Thread-safe.
class TermDictionary {
 public:
  TermDictionary() = default;
  TermDictionary(const TermDictionary&) = delete;
  TermDictionary& operator=(const TermDictionary&) = delete;

  /// The id of `word`, assigning the next free id on its first use.
  WordId id(std::string_view word);

  /// The id of `word`, or 0 when it has none.
  WordId find(std::string_view word) const;

  /// Records that `word` has id `id` (read back from a database). Throws DatabaseError
  /// naming `where` when the word already has another id.
  void load(std::string_view word, WordId id, const std::string& where);

  /// Loads every word id `db` records. Throws DatabaseError naming `where` on a conflict or
  /// a malformed entry.
  void load_from(const Xapian::Database& db, const std::string& where);

  /// How many words have ids.
  std::size_t size() const;

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using Map = std::unordered_map<std::string, WordId, Hash, std::equal_to<>>;
  // Lock striping: the words are spread over kStripes maps, each behind its own mutex, so
  // threads looking up different words rarely wait for each other.
  static constexpr std::size_t kStripes = 32;
  struct Stripe {
    mutable std::mutex mutex;
    Map ids;
  };
  Stripe& stripe_of(std::string_view word) const { return stripes_[Hash{}(word) % kStripes]; }

  mutable Stripe stripes_[kStripes];
  std::atomic<WordId> next_{1};
};

/// What one database already records of the dictionary, so that a writer adds each word's
/// entries to it once. Not thread-safe: one per written database.
class RecordedWords {
 public:
  /// Reads what `db` records. Throws DatabaseError naming `where` on a malformed entry.
  void load_from(const Xapian::Database& db, const std::string& where);

  /// Calls `write(key, value)` for each metadata entry `words` needs that the database
  /// lacks, and remembers them as recorded. `read(key)` gives an entry's value as the
  /// database holds it now (a stem's list of forms grows by one word at a time).
  template <typename Read, typename Write>
  void add(const std::vector<DocumentWord>& words, Read&& read, Write&& write);

 private:
  bool mark_id(WordId id);
  // Whether the pair (word `id`, `stem`) is new, and then marks it.
  bool mark_form(WordId id, std::string_view stem);

  std::vector<bool> ids_;
  // A word nearly always has one stem: its hash per word id answers at once; pairs beyond
  // the first are kept in the set.
  std::vector<std::uint64_t> first_form_;
  std::unordered_set<std::uint64_t> more_forms_;  // hash of (id, stem) pairs
};

/// The metadata key recording `word`'s id; its value is word_id_value(id).
std::string word_id_key(std::string_view word);
std::string word_id_value(WordId id);
/// The id in a word_id_value, or 0 when malformed.
WordId parse_word_id_value(std::string_view value);

/// The metadata key listing the indexed words with stem `stem` (other than `stem` itself);
/// its value is a list of (word, id) pairs, in the order recorded.
std::string stem_forms_key(std::string_view stem);
/// Appends (`word`, `id`) to a stem's list.
void append_stem_form(std::string& list, std::string_view word, WordId id);
/// The pairs of a stem's list (whatever parses, when the list is malformed).
std::vector<std::pair<std::string, WordId>> parse_stem_forms(std::string_view list);
/// The union of two lists of the same stem: `a`, then what `b` adds.
std::string merge_stem_forms(std::string_view a, std::string_view b);

template <typename Read, typename Write>
void RecordedWords::add(const std::vector<DocumentWord>& words, Read&& read, Write&& write) {
  for (const DocumentWord& w : words) {
    if (mark_id(w.id)) write(word_id_key(w.word), word_id_value(w.id));
    if (w.stem.empty() || !mark_form(w.id, w.stem)) continue;
    std::string key = stem_forms_key(w.stem);
    std::string list = read(key);
    append_stem_form(list, w.word, w.id);
    write(key, list);
  }
}

}  // namespace rostra
