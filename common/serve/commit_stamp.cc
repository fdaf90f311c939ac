#include "common/serve/commit_stamp.h"

#include <sys/stat.h>

#include <filesystem>

#include "common/schema/schema.h"

namespace rostra {
namespace {

bool same_time(const timespec& a, const timespec& b) {
  return a.tv_sec == b.tv_sec && a.tv_nsec == b.tv_nsec;
}

// Whether `t` lies at least `margin` before `now`.
bool before(const timespec& t, const timespec& now, std::chrono::seconds margin) {
  const auto ns = [](const timespec& x) {
    return std::chrono::seconds(x.tv_sec) + std::chrono::nanoseconds(x.tv_nsec);
  };
  return ns(t) + margin <= ns(now);
}

}  // namespace

CommitStamp CommitStamp::take(const std::string& dir) {
  const std::filesystem::path root(dir);
  // Both segment directories, not segments_root's choice of one (which would stat both to
  // choose): a legacy load moved into place changes both.
  const std::string paths[kFiles] = {
      (root / schema::kArticlesDatabase / "iamglass").string(),
      (root / schema::kQuotesDatabase / "iamglass").string(),
      (root / schema::kSegmentsDirectory).string(),
      (root / schema::kLegacySegmentsDirectory).string(),
  };
  CommitStamp stamp;
  // The wall clock, as file times are: read before the files, so a file changed while they
  // are read is never taken for settled.
  timespec now{};
  clock_gettime(CLOCK_REALTIME, &now);
  stamp.settled_ = true;
  for (std::size_t i = 0; i < kFiles; ++i) {
    struct stat status {};
    if (::stat(paths[i].c_str(), &status) != 0) continue;  // absent (no bulk load under way)
    FileState& file = stamp.files_[i];
    file.present = true;
    file.device = status.st_dev;
    file.inode = status.st_ino;
    file.size = status.st_size;
    file.modified = status.st_mtim;
    file.changed = status.st_ctim;
    stamp.settled_ =
        stamp.settled_ && before(file.modified, now, kSettle) && before(file.changed, now, kSettle);
  }
  return stamp;
}

bool CommitStamp::same_files(const CommitStamp& other) const {
  for (std::size_t i = 0; i < kFiles; ++i) {
    const FileState& a = files_[i];
    const FileState& b = other.files_[i];
    if (a.present != b.present || a.device != b.device || a.inode != b.inode || a.size != b.size ||
        !same_time(a.modified, b.modified) || !same_time(a.changed, b.changed)) {
      return false;
    }
  }
  return true;
}

}  // namespace rostra
