#pragma once
// How glass lays out its lists as B-tree entries: posting lists (and the document length
// list) and value streams cut into chunks of about glass::kChunkSize bytes, and one
// document's termlist tag. The encodings are Xapian's (see common/glass_format.h); the
// chunk boundaries are where Xapian puts them when it writes the same list in one commit.

#include <xapian.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "common/glass/glass_table_builder.h"

namespace rostra {

/// A table file that is written only if it gets entries: otherwise finish() leaves an empty
/// file (as Xapian does for postlist and termlist) or no file (for lazily created tables).
/// Not thread-safe.
class GlassTableOutput {
 public:
  GlassTableOutput(std::string path, std::uint32_t revision, bool create_when_empty)
      : path_(std::move(path)), revision_(revision), create_when_empty_(create_when_empty) {}

  /// As GlassTableBuilder::add.
  void add(std::string_view key, std::string_view tag, bool compressed = false) {
    if (!builder_) builder_.emplace(path_, revision_);
    builder_->add(key, tag, compressed);
  }

  /// The table's root, `empty` when it got no entries. Throws DatabaseError on file errors.
  GlassTableRoot finish();

 private:
  std::string path_;
  std::uint32_t revision_;
  bool create_when_empty_;
  std::optional<GlassTableBuilder> builder_;
};

/// Writes one posting list, or the document length list, as glass chunks. Call begin(),
/// add() for each posting in docid order, end(); then the same for the next list. The first
/// chunk's key is the bare term and its tag starts with the frequencies and first docid;
/// every chunk then says whether it is the last and how far its docids reach.
class GlassPostlistWriter {
 public:
  explicit GlassPostlistWriter(GlassTableOutput& table) : table_(table) {}

  /// Starts `term`'s list; an empty `term` starts the document length list (whose
  /// frequencies glass stores as zero). `term` must stay valid until end().
  void begin(std::string_view term, Xapian::doccount termfreq, std::uint64_t collfreq);
  /// REQUIRES: `did` greater than the previous posting's. For the length list, `wdf` is the
  /// document length.
  void add(Xapian::docid did, Xapian::termcount wdf);
  void end();

 private:
  void emit(bool last);

  GlassTableOutput& table_;
  std::string_view term_;
  Xapian::doccount termfreq_ = 0;
  std::uint64_t collfreq_ = 0;
  bool first_chunk_ = true;
  Xapian::docid chunk_first_ = 0;
  Xapian::docid last_did_ = 0;
  std::string body_, key_, tag_;
};

/// Writes one slot's value stream as glass chunks: a chunk ends once it reaches
/// glass::kChunkSize bytes. Use as GlassPostlistWriter.
class GlassValueStreamWriter {
 public:
  explicit GlassValueStreamWriter(GlassTableOutput& table) : table_(table) {}

  void begin(Xapian::valueno slot);
  /// REQUIRES: `did` greater than the previous one's; `value` non-empty.
  void add(Xapian::docid did, std::string_view value);
  void end();

 private:
  void emit();

  GlassTableOutput& table_;
  Xapian::valueno slot_ = 0;
  Xapian::docid chunk_first_ = 0;
  Xapian::docid last_did_ = 0;
  std::string key_, tag_;
};

/// Builds one document's termlist tag: its length, its term count, then each term (in
/// ascending byte order) with its wdf, sharing prefixes with the term before.
class GlassTermlistTag {
 public:
  /// Starts a tag for a document of length `doclen` holding `term_count` terms. A document
  /// without terms gets an empty tag, as in glass.
  void begin(Xapian::termcount doclen, std::size_t term_count);
  /// REQUIRES: `term` sorts after the previous one and stays valid until the next add().
  void add(std::string_view term, Xapian::termcount wdf);
  const std::string& tag() const { return tag_; }

 private:
  std::string tag_;
  std::string_view previous_;
  bool first_ = true;
};

}  // namespace rostra
