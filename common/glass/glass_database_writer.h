#pragma once
// A bulk writer of Xapian glass databases: it inverts documents in memory and writes every
// table in one sequential pass at the end, instead of going through Xapian's
// WritableDatabase (whose inverter costs far more CPU per document). The result is an
// ordinary glass database without positions that Xapian reads, checks, updates and
// compacts like one it wrote itself.

#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "common/glass/bulk_document.h"
#include "common/glass/glass_compatibility.h"
#include "common/glass/glass_version_file.h"
#include "common/glass/term_postings.h"

namespace rostra {

class GlassTableOutput;
class GlassPostlistWriter;

/// Writes a new Xapian glass database at `path` from documents given in docid order
/// (1, 2, 3, ...), holding everything in memory until finish().
///
/// What it stores is what Xapian stores for the same calls on a new WritableDatabase
/// (add_document of the equivalent Xapian::Document, delete_document, set_metadata,
/// commit): document length = sum of wdf; term frequencies and collection frequencies;
/// posting lists in Xapian's chunks; every document's termlist and used value slots (so
/// Xapian can later replace and delete documents); value streams and per-slot statistics;
/// document data; user metadata; and the version file statistics (document count, total
/// length, document length bounds, wdf upper bound, last docid). Statistics follow Xapian's
/// own update rules: deleting a document lowers counts and totals but not the length, wdf or
/// value bounds (Xapian only resets a bound when its count falls to zero), and the last
/// docid stays the highest docid ever returned, even when that document was deleted.
///
/// Differences from Xapian's own output that no reader sees: termlist tags of 18 bytes or
/// more are zlib-compressed at zlib's fastest level (Xapian uses its default level), and
/// document data is stored in deflate's stored blocks, marked compressed (Rostra's data is
/// zstd-compressed already; Xapian would try zlib on it), so that a compaction copies both
/// as they are; blocks are filled full as after compaction; and there is no position,
/// spelling or synonym table (glass creates those lazily; a missing file reads as empty).
///
/// Compaction: Xapian::Database::compact() of several writer outputs (added in order, docids
/// renumbered, the default) shifts each source's docids so that its lowest remaining docid
/// follows the previous source's highest remaining one. Deleted docids before a source's
/// first or after its last remaining document are dropped; gaps between remaining documents
/// are kept. A caller keeping side data by docid must renumber it the same way
/// (tests/glass_database_writer_test.cc pins the rule).
///
/// Failure: finish() writes the tables into `path` and the version file `iamglass` last
/// (to a temporary name, flushed, then renamed), so a directory left by a failed or
/// interrupted finish() is never a database Xapian opens; when finish() throws it also
/// removes the files it wrote (and `path` itself if it created it).
///
/// Version gate: with `GlassBackend::kThroughXapian` (the default when Xapian is not a
/// version this writer was tested with, see glass_compatibility.h) the same calls are
/// checked the same way, and finish() makes them on a new Xapian::WritableDatabase instead
/// (every document added, then the deleted ones deleted, then the metadata set, then one
/// commit), so the result is what the contract above describes on any Xapian version.
///
/// Not thread-safe; one writer per thread (several writers on different paths may run at
/// once).
class GlassDatabaseWriter {
 public:
  /// REQUIRES: `path` does not exist or is an empty directory (checked here and again by
  /// finish(); throws DatabaseError naming the path otherwise). Its parent must exist.
  explicit GlassDatabaseWriter(std::string path, GlassBackend backend = default_glass_backend());

  /// How finish() writes the database.
  GlassBackend backend() const { return backend_; }

  /// Adds `doc` as the next docid and returns it (1, 2, 3, ...). Empty values are ignored,
  /// as Xapian::Document ignores them. REQUIRES: every term is 1 to 245 bytes long (with
  /// zero bytes counted twice, at most 249) and appears once; every slot appears once; the
  /// document length (sum of wdf) fits a Xapian::termcount. Throws std::invalid_argument
  /// otherwise, and then nothing was added. Throws std::logic_error after finish(), and
  /// DatabaseError when the postings held outgrow 4 GiB (bound segments well below that).
  Xapian::docid add_document(const BulkDocument& doc);

  /// Leaves document `did` out of the database; its docid stays unused (and still counts as
  /// the last docid if it was the highest). REQUIRES: `did` was returned by add_document()
  /// and not deleted yet; throws std::invalid_argument otherwise.
  void delete_document(Xapian::docid did);

  /// Sets user metadata as Xapian::WritableDatabase::set_metadata does: an empty value
  /// removes the key. REQUIRES: `key` is 1 to 253 bytes; throws std::invalid_argument else.
  void set_metadata(const std::string& key, const std::string& value);

  /// The user metadata set for `key` so far, or empty.
  const std::string& metadata(const std::string& key) const;

  /// Approximate bytes held for the documents added so far (allocated capacity of every
  /// buffer), so callers can bound segments. finish() briefly needs a little more: about
  /// 8 bytes plus the text of every distinct term, 16 bytes a document and 2 MiB of buffers.
  std::size_t memory_bytes() const;

  /// Documents added and not deleted.
  Xapian::doccount doccount() const { return stats_.doccount; }

  /// Writes every table and the version file; afterwards `path` is a complete glass
  /// database and the writer holds no documents (further calls throw std::logic_error).
  /// Throws DatabaseError naming the path if it exists and is not an empty directory (the
  /// writer is then unchanged and finish() may be called again), or on any file error
  /// (after which the writer accepts no more calls).
  void finish();

 private:
  struct DocRecord {
    std::uint64_t terms_begin;  // Index into doc_terms_; the doc's wdf bytes start at
    std::uint64_t wdfs_begin;   // wdfs_begin of doc_wdfs_, its data at data_begin, and so on.
    std::uint64_t data_begin;
    std::uint64_t slots_begin;
    Xapian::termcount doclen;
    bool deleted;
  };
  struct SlotValues {
    Xapian::valueno slot;
    std::string stream;  // Per value: docid delta (pack_uint), value (pack_string).
    Xapian::docid last_did = 0;
    Xapian::doccount freq = 0;
    std::string lower_bound;
    std::string upper_bound;
  };
  struct Range {
    std::uint64_t begin;
    std::uint64_t end;
  };

  void check_not_finished() const;
  // The steps of add_document(): the first two check and throw before anything changes.
  // Orders the document's non-empty values by slot (into scratch_values_).
  void order_values(const BulkDocument& doc);
  // Interns the terms (into scratch_ids_) and returns the document length.
  Xapian::termcount intern_terms(const BulkDocument& doc);
  void add_postings(const BulkDocument& doc, Xapian::docid did);
  void add_values(const BulkDocument& doc, Xapian::docid did);
  // Counts the document in the statistics the version file keeps.
  void count_document(Xapian::termcount length, Xapian::docid did);
  Range terms_of(std::size_t index) const;
  Range wdfs_of(std::size_t index) const;
  Range data_of(std::size_t index) const;
  Range slots_of(std::size_t index) const;
  SlotValues& slot_values(Xapian::valueno slot);
  // The terms in byte order: ids by rank, and their bytes laid out in that order.
  struct SortedTerms {
    std::vector<std::uint32_t> ids;
    std::string text;
    std::vector<std::uint32_t> offsets;  // Rank r's bytes: [offsets[r], offsets[r + 1]).
    std::string_view term(std::uint32_t rank) const {
      return std::string_view(text).substr(offsets[rank], offsets[rank + 1] - offsets[rank]);
    }
  };

  void write_tables();
  void write_through_xapian();
  // Also rewrites each live document's term ids as ranks in byte order, with its wdfs to
  // match, so that write_termlist_table() (which must come after) needs no sorting.
  GlassTableRoot write_postlist_table(const SortedTerms& sorted);
  // The value statistics and value streams of the postlist table.
  void write_values(GlassTableOutput& table);
  // Every term's posting list, in byte order of the terms.
  void write_term_postings(GlassPostlistWriter& postlist, const SortedTerms& sorted);
  GlassTableRoot write_termlist_table(const SortedTerms& sorted);
  GlassTableRoot write_docdata_table();
  void release_memory();

  std::string path_;
  GlassBackend backend_;
  std::vector<BulkDocument> kept_;      // kThroughXapian: every document added, by docid - 1.
  std::vector<Xapian::docid> deleted_;  // kThroughXapian: in the order deleted.
  bool finished_ = false;
  TermPostings postings_;
  std::vector<DocRecord> docs_;
  std::vector<std::uint32_t> doc_terms_;  // Term ids of each document, in the order given.
  std::string doc_wdfs_;                  // Their wdf, pack_uint each.
  std::string data_;                      // Document data, one after another.
  std::string doc_slots_;                 // Each document's used slots as glass stores them.
  std::vector<SlotValues> slots_;
  std::unordered_map<Xapian::valueno, std::size_t> slot_index_;
  std::map<std::string, std::string> metadata_;
  GlassStats stats_;
  std::uint32_t attempt_ = 0;  // Marks terms seen in the document being added.
  std::vector<std::uint32_t> scratch_ids_;
  std::vector<std::size_t> scratch_values_;
};

}  // namespace rostra
