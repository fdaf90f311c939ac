#include "common/index/segment_directories.h"

#include <charconv>
#include <filesystem>

#include "common/base/directory_sync.h"
#include "common/base/errors.h"
#include "common/index/database_access.h"
#include "common/schema/schema.h"

namespace rostra {
namespace {

namespace fs = std::filesystem;

fs::path sub(const fs::path& dir, std::string_view name) {
  return dir / std::string(name);
}

}  // namespace

std::string segment_directory(const std::string& dir, unsigned n) {
  return (sub(dir, schema::kSegmentsDirectory) / std::to_string(n)).string();
}

std::string segments_root(const std::string& dir) {
  const fs::path legacy = sub(dir, schema::kLegacySegmentsDirectory);
  std::error_code error;
  if (!fs::exists(sub(dir, schema::kSegmentsDirectory), error) && fs::exists(legacy, error)) {
    return legacy.string();
  }
  return sub(dir, schema::kSegmentsDirectory).string();
}

void move_legacy_segments(const std::string& dir) {
  const fs::path legacy = sub(dir, schema::kLegacySegmentsDirectory);
  const fs::path current = sub(dir, schema::kSegmentsDirectory);
  std::error_code error;
  if (!fs::exists(legacy, error)) return;
  if (fs::exists(current, error)) {
    throw DatabaseError(dir + ": holds both " + legacy.string() + " (an interrupted bulk load " +
                        "of an earlier version) and " + current.string() +
                        "; remove the one not wanted and index again");
  }
  fs::rename(legacy, current, error);
  if (error) {
    throw DatabaseError(legacy.string() + ": cannot move the segments of an interrupted bulk " +
                        "load to " + current.string() + ": " + error.message());
  }
  sync_directory(dir);
}

std::vector<std::string> list_segment_directories(const std::string& dir) {
  std::vector<std::string> segments;
  const fs::path root = segments_root(dir);
  for (unsigned n = 0;; ++n) {
    std::string segment = (root / std::to_string(n)).string();
    if (!database_exists(sub(segment, schema::kArticlesDatabase).string())) break;
    segments.push_back(segment);
  }
  return segments;
}

void discard_uncommitted_segments(const std::string& dir, unsigned writers) {
  const fs::path segments = sub(dir, schema::kSegmentsDirectory);
  try {
    if (!fs::exists(segments)) return;
    std::size_t complete = list_segment_directories(dir).size();
    const std::size_t kept = writers == 0 ? 0 : complete / writers * writers;
    for (const auto& entry : fs::directory_iterator(segments)) {
      const std::string name = entry.path().filename().string();
      unsigned long n = 0;
      auto [end, error] = std::from_chars(name.data(), name.data() + name.size(), n);
      // Segments kept are "0" .. "kept - 1"; anything else is a remnant.
      if (error == std::errc() && end == name.data() + name.size() && n < kept) continue;
      fs::remove_all(entry.path());
    }
  } catch (const fs::filesystem_error& e) {
    throw DatabaseError(segments.string() +
                        ": removing an interrupted load's segments failed: " + e.what());
  }
}

}  // namespace rostra
