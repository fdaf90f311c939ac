#include "common/index/index_shards.h"

#include <xapian.h>

#include <algorithm>
#include <charconv>
#include <filesystem>

#include "common/base/errors.h"
#include "common/index/database.h"
#include "common/schema/schema.h"
#include "common/tokens/term_dictionary.h"
#include "common/tokens/token_store.h"

namespace rostra {
namespace {

namespace fs = std::filesystem;

fs::path sub(const fs::path& dir, std::string_view name) {
  return dir / std::string(name);
}

// Replaces the database `target` by `replacement` (a complete database directory). The
// old one is renamed aside first, so `target` is missing only between two renames.
void replace_database(const fs::path& replacement, const fs::path& target) {
  if (!fs::exists(replacement)) return;  // moved by an earlier, interrupted call
  fs::path aside = target;
  aside += ".old";
  fs::remove_all(aside);
  if (fs::exists(target)) fs::rename(target, aside);
  fs::rename(replacement, target);
  fs::remove_all(aside);
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
// segments (see shard_writer.cc).
void compact(const std::vector<std::string>& shards, std::string_view database,
             const fs::path& out) {
  Xapian::Database sources;
  for (const std::string& shard : shards) {
    sources.add_database(open_for_reading(sub(shard, database).string()));
  }
  SegmentCompactor compactor;
  // One pass: an N-way merge of the segments' posting lists (MULTIPASS would merge them
  // pairwise and write every posting again at each level).
  sources.compact(out.string(), 0, 0, compactor);
  for (const std::string& shard : shards) {
    link_token_parts(sub(shard, database).string(), out.string());
  }
}

}  // namespace

std::string shard_directory(const std::string& dir, unsigned n) {
  return (sub(dir, schema::kShardsDirectory) / std::to_string(n)).string();
}

std::vector<std::string> list_shard_directories(const std::string& dir) {
  std::vector<std::string> shards;
  for (unsigned n = 0;; ++n) {
    std::string shard = shard_directory(dir, n);
    if (!database_exists(sub(shard, schema::kArticlesDatabase).string())) break;
    shards.push_back(shard);
  }
  return shards;
}

void discard_uncommitted_segments(const std::string& dir, unsigned writers) {
  const fs::path shards = sub(dir, schema::kShardsDirectory);
  try {
    if (!fs::exists(shards)) return;
    std::size_t complete = list_shard_directories(dir).size();
    const std::size_t kept = writers == 0 ? 0 : complete / writers * writers;
    for (const auto& entry : fs::directory_iterator(shards)) {
      const std::string name = entry.path().filename().string();
      unsigned long n = 0;
      auto [end, error] = std::from_chars(name.data(), name.data() + name.size(), n);
      // Segments kept are "0" .. "kept - 1"; anything else is a remnant.
      if (error == std::errc() && end == name.data() + name.size() && n < kept) continue;
      fs::remove_all(entry.path());
    }
  } catch (const fs::filesystem_error& e) {
    throw DatabaseError(shards.string() +
                        ": removing an interrupted load's segments failed: " + e.what());
  }
}

void merge_shards(const std::string& dir) {
  std::vector<std::string> shards = list_shard_directories(dir);
  if (shards.empty()) return;
  fs::path temp = sub(dir, schema::kMergeTempDirectory);
  try {
    fs::remove_all(temp);
    fs::create_directories(temp);
    compact(shards, schema::kArticlesDatabase, sub(temp, schema::kArticlesDatabase));
    compact(shards, schema::kQuotesDatabase, sub(temp, schema::kQuotesDatabase));
    // From here on the merge is complete on disk: a writer killed later finishes it.
    fs::rename(temp, sub(dir, schema::kMergedDirectory));
  } catch (const Xapian::Error& e) {
    throw DatabaseError(temp.string() + ": merging the shards failed: " + e.get_description());
  } catch (const fs::filesystem_error& e) {
    throw DatabaseError(temp.string() + ": merging the shards failed: " + e.what());
  }
  finish_interrupted_merge(dir);
}

void finish_interrupted_merge(const std::string& dir) {
  fs::path merged = sub(dir, schema::kMergedDirectory);
  try {
    fs::remove_all(sub(dir, schema::kMergeTempDirectory));
    if (!fs::exists(merged)) return;
    replace_database(sub(merged, schema::kQuotesDatabase), sub(dir, schema::kQuotesDatabase));
    replace_database(sub(merged, schema::kArticlesDatabase), sub(dir, schema::kArticlesDatabase));
    fs::remove_all(sub(dir, schema::kShardsDirectory));
    fs::remove_all(merged);
  } catch (const fs::filesystem_error& e) {
    throw DatabaseError(merged.string() +
                        ": moving the merged databases into place failed: " + e.what());
  }
}

}  // namespace rostra
