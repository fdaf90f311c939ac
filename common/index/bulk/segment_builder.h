#pragma once
// One segment of a bulk load (schema.h), built in memory by the bulk glass writer and
// written whole: the fast way to index, since nothing goes through Xapian's inverter.

#include <string>
#include <unordered_map>
#include <vector>

#include "common/glass/glass_database_writer.h"
#include "common/index/write/article_preparer.h"
#include "common/tokens/term_dictionary.h"
#include "common/tokens/token_store.h"

namespace rostra {

/// Builds the segment `dir`, an index directory of its own (articles and quotes databases
/// with their token parts), in memory, and writes it at finish() under DIR.tmp, renamed to
/// DIR once complete: a segment directory is always whole, and a killed load leaves at most
/// a DIR.tmp, which the next one removes. An article added twice replaces its first version
/// (and that version's quotes). Not thread-safe.
class SegmentBuilder {
 public:
  /// REQUIRES: neither `dir` nor DIR.tmp holds anything (DIR.tmp is cleared). Its token
  /// parts are named `part_prefix` + a number, which must be unique in the whole index.
  /// Throws DatabaseError naming the path when the directories cannot be made.
  SegmentBuilder(std::string dir, const std::string& part_prefix);
  SegmentBuilder(const SegmentBuilder&) = delete;
  SegmentBuilder& operator=(const SegmentBuilder&) = delete;

  /// Whether the segment already holds the article `id_term` with this record hash.
  bool holds_unchanged(const std::string& id_term, const std::string& record_hash) const;

  /// Adds `prepared` (not unchanged) in duplicate cluster `cluster`, replacing an article
  /// with its id added before; returns whether it replaced one. Throws DatabaseError when
  /// a token part cannot be written.
  bool add(PreparedArticle& prepared, const std::string& cluster);

  /// Approximate bytes held in memory.
  std::size_t memory_bytes() const;

  /// How many articles the segment holds.
  std::size_t articles() const { return ids_.size(); }

  /// Writes the segment and renames it into place. Throws DatabaseError naming the path.
  void finish();

 private:
  struct Kept {
    Xapian::docid article = 0;
    std::vector<Xapian::docid> quotes;
    std::string record_hash;
  };
  // Stores `doc`: its record in `tokens`, its location in kSlotTokens, the dictionary
  // entries `db` lacks. Returns its docid.
  static Xapian::docid store(GlassDatabaseWriter& db, TokenStoreWriter& tokens,
                             RecordedWords& recorded, IndexedDocument& doc);

  std::string dir_;
  std::string temp_;
  GlassDatabaseWriter articles_;
  GlassDatabaseWriter quotes_;
  TokenStoreWriter article_tokens_;
  TokenStoreWriter quote_tokens_;
  RecordedWords article_words_;
  RecordedWords quote_words_;
  std::unordered_map<std::string, Kept> ids_;  // id term -> what the segment holds of it
};

}  // namespace rostra
