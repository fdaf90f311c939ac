#include "common/index/bulk/segment_merge.h"

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#include <xapian.h>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <map>

#include "common/base/directory_sync.h"
#include "common/base/errors.h"
#include "common/index/database_access.h"
#include "common/index/segment_directories.h"
#include "common/schema/schema.h"
#include "common/tokens/term_dictionary.h"
#include "common/tokens/token_store.h"

namespace rostra {
namespace {

namespace fs = std::filesystem;

fs::path sub(const fs::path& dir, std::string_view name) {
  return dir / std::string(name);
}

// In merged/: the UUIDs of the compacted databases, "<name> <uuid>" a line. A switch-over
// exchanges each with the main database of its name, and the UUIDs say, after a kill,
// which side of the exchange each database is on.
constexpr std::string_view kMergedUuidsFile = "uuids";

// Writes `path`'s contents to disk: the UUIDs must survive a power cut that the rename of
// their directory survives, or a later writer would take the wrong side of an exchange.
void sync_file(const fs::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0 || ::fsync(fd) != 0) {
    const int error = errno;
    if (fd >= 0) ::close(fd);
    throw fs::filesystem_error("cannot write to disk", path,
                               std::error_code(error, std::generic_category()));
  }
  ::close(fd);
}

std::string uuid_of(const fs::path& db) {
  return Xapian::Database(db.string()).get_uuid();
}

// Puts the compacted database `merged` in the place of the main database `target` in one
// step (an exchange of the two directories, so `target` is never missing for a reader);
// the old main database is left at `merged`. Does nothing when `merged` no longer holds
// the compacted database `uuid` (exchanged by an earlier, interrupted call).
void switch_database(const fs::path& merged, const fs::path& target, const std::string& uuid) {
  if (!database_exists(merged.string()) || uuid_of(merged) != uuid) return;
  if (!fs::exists(target)) {
    fs::rename(merged, target);
    return;
  }
  if (::renameat2(AT_FDCWD, merged.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) != 0) {
    throw fs::filesystem_error("cannot exchange the databases", merged, target,
                               std::error_code(errno, std::generic_category()));
  }
}

// Glass keeps user metadata under this key prefix, and Xapian 1.4's compactor passes the
// key with it to resolve_duplicate_metadata (later versions strip it): both are accepted.
constexpr std::string_view kGlassMetadataKeyPrefix{"\0\xc0", 2};

// Resolves metadata keys that several segments hold: a stem's word forms are united, and
// every other key (word ids, the schema version) has the same value everywhere.
class SegmentCompactor : public Xapian::Compactor {
 public:
  std::string resolve_duplicate_metadata(const std::string& key, size_t num_tags,
                                         const std::string tags[]) override {
    std::string_view user_key = key;
    if (user_key.starts_with(kGlassMetadataKeyPrefix)) {
      user_key.remove_prefix(kGlassMetadataKeyPrefix.size());
    }
    if (!user_key.starts_with(schema::kMetaStemForm)) return tags[0];
    std::string merged = tags[0];
    for (size_t i = 1; i < num_tags; ++i) merged = merge_stem_forms(merged, tags[i]);
    return merged;
  }
};

// Compacts the segments' `database` into `out`, which keeps their token parts: the
// compaction copies each document's kSlotTokens value, and part names are unique across
// segments (see segment_writer.cc).
void compact(const std::vector<std::string>& segments, std::string_view database,
             const fs::path& out) {
  Xapian::Database sources;
  for (const std::string& segment : segments) {
    sources.add_database(open_for_reading(sub(segment, database).string()));
  }
  SegmentCompactor compactor;
  // One pass: an N-way merge of the segments' posting lists (MULTIPASS would merge them
  // pairwise and write every posting again at each level). One source keeps its document
  // ids: quote clusters may be named by a quote's docid ("#<docid>").
  const unsigned flags = segments.size() == 1 ? Xapian::DBCOMPACT_NO_RENUMBER : 0;
  sources.compact(out.string(), flags, 0, compactor);
  for (const std::string& segment : segments) {
    link_token_parts(sub(segment, database).string(), out.string());
  }
}

// Compacts the databases `names` of each of `sources` (index or segment directories) into
// the merge directory and moves them into place as the index's main databases (through
// merged/, so a writer killed after the compaction finishes the switch-over). `what` names
// the step in errors.
void compact_into_place(const std::string& dir, const std::vector<std::string>& sources,
                        const std::vector<std::string_view>& names, std::string_view what) {
  fs::path temp = sub(dir, schema::kMergeTempDirectory);
  try {
    fs::remove_all(temp);
    fs::create_directories(temp);
    for (std::string_view name : names) compact(sources, name, sub(temp, name));
    {
      std::ofstream uuids(sub(temp, kMergedUuidsFile));
      for (std::string_view name : names) uuids << name << ' ' << uuid_of(sub(temp, name)) << '\n';
      uuids.flush();
      if (!uuids) throw DatabaseError(temp.string() + ": cannot record the merged databases");
    }
    sync_file(sub(temp, kMergedUuidsFile));
    sync_directory(temp);
    // From here on the merge is complete on disk: a writer killed later finishes it.
    fs::rename(temp, sub(dir, schema::kMergedDirectory));
    sync_directory(dir);
  } catch (const Xapian::Error& e) {
    throw DatabaseError(temp.string() + ": " + std::string(what) +
                        " failed: " + e.get_description());
  } catch (const fs::filesystem_error& e) {
    throw DatabaseError(temp.string() + ": " + std::string(what) + " failed: " + e.what());
  }
  finish_interrupted_merge(dir);
}

}  // namespace

void merge_segments(const std::string& dir) {
  std::vector<std::string> segments = list_segment_directories(dir);
  if (segments.empty()) return;
  compact_into_place(dir, segments, {schema::kArticlesDatabase, schema::kQuotesDatabase},
                     "merging the segments");
}

void compact_main_database(const std::string& dir, std::string_view name) {
  compact_into_place(dir, {dir}, {name}, "compacting " + std::string(name));
}

void finish_interrupted_merge(const std::string& dir) {
  fs::path merged = sub(dir, schema::kMergedDirectory);
  try {
    fs::remove_all(sub(dir, schema::kMergeTempDirectory));
    if (!fs::exists(merged)) return;
    // Readers take the segments for part of the index only while the main database is
    // empty (see open_index_for_reading), so each exchange switches them from the segments
    // to the merged database at once, and the segments can go afterwards.
    std::map<std::string, std::string> uuids;
    std::ifstream file(sub(merged, kMergedUuidsFile));
    for (std::string name, uuid; file >> name >> uuid;) uuids[name] = uuid;
    for (std::string_view name : {schema::kQuotesDatabase, schema::kArticlesDatabase}) {
      const fs::path from = sub(merged, name);
      auto uuid = uuids.find(std::string(name));
      // Without the file (merged by an earlier version, which moved databases out of
      // merged/ as it went), a database still there is the merged one.
      const std::string expected =
          uuid != uuids.end() ? uuid->second
                              : (database_exists(from.string()) ? uuid_of(from) : std::string());
      switch_database(from, sub(dir, name), expected);
    }
    sync_directory(dir);
    fs::remove_all(sub(dir, schema::kSegmentsDirectory));
    fs::remove_all(sub(dir, schema::kLegacySegmentsDirectory));
    fs::remove_all(merged);
  } catch (const fs::filesystem_error& e) {
    throw DatabaseError(merged.string() +
                        ": moving the merged databases into place failed: " + e.what());
  } catch (const Xapian::Error& e) {
    throw DatabaseError(merged.string() +
                        ": moving the merged databases into place failed: " + e.get_description());
  }
}

}  // namespace rostra
