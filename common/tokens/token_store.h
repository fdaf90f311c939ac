#pragma once
// Where token records (token_record.h) are kept: append-only part files beside a database,
// read through memory maps, or parts in memory for in-memory indexes.
//
// A document finds its record through its kSlotTokens value: the part's name and the
// record's offset in it. Xapian commits that value with the document, so a record is visible
// exactly when its document is: a writer syncs its part before committing (sync()), a record
// written after the last commit is never referred to, and each writer appends to a part of
// its own, so a killed writer's unreferenced tail harms no one. Records of replaced or
// deleted documents stay in their part, unreferenced.

#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace rostra {

/// The parts of an in-memory index's databases of one kind, shared by its writer and
/// readers. Thread-safe.
class MemoryTokenParts {
 public:
  /// Appends `record` to part `name`; returns its index in that part.
  std::uint64_t append(const std::string& name, std::string_view record);
  /// The record at `index` of part `name`, or null. The pointer stays valid as long as
  /// this object.
  const std::string* find(const std::string& name, std::uint64_t index) const;
  /// The names of the parts, for choosing a new one.
  std::vector<std::string> names() const;

 private:
  mutable std::mutex mutex_;
  std::map<std::string, std::deque<std::string>> parts_;
};

/// Appends records to one new part of a database. Not thread-safe.
class TokenStoreWriter {
 public:
  /// No part: assign a writer made by another constructor before use.
  TokenStoreWriter() = default;
  /// A part of the database directory `db_dir`, named `name_prefix` + the next number no
  /// existing part of that prefix has (e.g. "m3", "s12-1"). The file is created by the first
  /// append(), so a writer that writes nothing leaves nothing behind.
  TokenStoreWriter(std::string db_dir, std::string name_prefix);
  /// A part in `parts` (an in-memory index).
  TokenStoreWriter(std::shared_ptr<MemoryTokenParts> parts, std::string name_prefix);
  ~TokenStoreWriter();
  TokenStoreWriter(TokenStoreWriter&& other) noexcept;
  TokenStoreWriter& operator=(TokenStoreWriter&& other) noexcept;

  /// Appends `record`; returns the kSlotTokens value that finds it. Records are buffered:
  /// readers see them after sync(). Throws DatabaseError naming the file when it cannot be
  /// written.
  std::string append(std::string_view record);

  /// Writes out and makes durable every record appended so far. Call before committing the
  /// documents that refer to them. Throws DatabaseError naming the file.
  void sync();

  const std::string& part_name() const { return name_; }

 private:
  static constexpr std::size_t kBufferBytes = 1 << 18;
  void open_file();
  void close_file() noexcept;
  void flush();

  std::string db_dir_;
  std::shared_ptr<MemoryTokenParts> memory_;
  std::string name_;
  std::string path_;
  int fd_ = -1;
  std::uint64_t offset_ = 0;
  std::string buffer_;  // appended, not yet written
};

/// Where one record lies in a mapped part file, found without reading it: kept in tables
/// across searches (TokenStoreReader::record_table).
struct RecordLocation {
  const char* at = nullptr;     ///< The record's length prefix; null: no record.
  const char* limit = nullptr;  ///< The end of the map it lies in.
};

/// The record locations of one database's documents by docid, kept by a TokenStoreReader
/// across searches so that a search need not read each candidate's kSlotTokens value (its
/// users fill it: positional_filter.cc).
struct RecordTable {
  std::string database;                  ///< Which database revision it describes.
  std::vector<RecordLocation> by_docid;  ///< Index docid - 1; empty until built.
  std::uint64_t lookups = 0;             ///< Values read while it was not built.
  bool unavailable = false;              ///< The records are not in maps: never built.
};

/// Reads the records of a kind's databases (an index's articles database and its segments',
/// or its quotes databases). Maps every part file found when it is made (and parts added
/// later when first asked for), so a writer that removes a directory afterwards (a bulk
/// load's segments, once merged) cannot take a part from under it (a map outlives the
/// file's removal, and holds no file descriptor); maps a part again when it has grown.
/// Not thread-safe: one per thread (searches split between threads open one each).
class TokenStoreReader {
 public:
  /// Reads the parts found in `db_dirs`. Throws DatabaseError when a directory is missing or
  /// one of its parts cannot be opened (e.g. removed meanwhile by a writer: open again).
  explicit TokenStoreReader(std::vector<std::string> db_dirs);
  /// Reads the parts of an in-memory index.
  explicit TokenStoreReader(std::shared_ptr<MemoryTokenParts> parts);
  ~TokenStoreReader();
  TokenStoreReader(const TokenStoreReader&) = delete;
  TokenStoreReader& operator=(const TokenStoreReader&) = delete;

  /// The record `slot_value` (a kSlotTokens value) points at, valid as long as this reader.
  /// An empty value (a document written without a record) gives an empty record. Throws
  /// DatabaseError when the part is missing or shorter than the value says (a damaged
  /// index).
  std::string_view record(std::string_view slot_value);

  /// Where record `slot_value` lies, without reading it; false for an in-memory index (whose
  /// records are not in maps) or an empty value. Same errors as record(). The location stays
  /// valid as long as this reader.
  bool locate(std::string_view slot_value, RecordLocation& out);
  /// Maps again every part that has grown since it was mapped: afterwards every record a
  /// committed document refers to lies wholly inside its map (call before locating a
  /// database's records for a table).
  void refresh_maps();
  /// The record at `location` (from locate()). Throws DatabaseError when its length runs
  /// past its map (a damaged index).
  static std::string_view record_at(RecordLocation location);

  /// The table of record locations kept for the database `key` names (e.g. its uuid); a new
  /// one is empty. Valid as long as this reader.
  RecordTable& record_table(const std::string& key) { return tables_[key]; }

 private:
  struct Mapping {
    std::string path;
    const char* data = nullptr;
    std::size_t size = 0;
  };
  Mapping* find_part(std::string_view name);
  // Adds the parts of db_dirs_ not yet known, each mapped. With `strict`, a missing
  // directory or a part that cannot be opened throws DatabaseError; otherwise they are
  // passed over (asked for later, a missing part is reported as damage then).
  void scan_directories(bool strict);
  // Maps `part` (whole; its file must hold at least `needed` bytes) from its path, or from
  // the open `fd`. Throws DatabaseError.
  void map(Mapping& part, std::size_t needed);
  void map_open(Mapping& part, int fd, std::size_t needed);
  void close_parts();

  std::vector<std::string> db_dirs_;
  std::shared_ptr<MemoryTokenParts> memory_;
  std::map<std::string, Mapping, std::less<>> parts_;
  std::vector<std::pair<const char*, std::size_t>> retired_;  // older maps, unmapped at the end
  std::map<std::string, RecordTable> tables_;
  Mapping* last_ = nullptr;  // the part asked for last
  std::string last_name_;
};

/// Links (or, where the file system cannot, copies) every token part of the database
/// directory `from` into `to`: a merged database keeps its segments' parts, and the segments
/// keep theirs until the merge is complete. Throws DatabaseError naming the path on failure.
void link_token_parts(const std::string& from, const std::string& to);

}  // namespace rostra
