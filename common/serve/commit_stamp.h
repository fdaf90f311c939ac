#pragma once
// A cheap look at whether an index directory may have changed since an earlier look: the
// file status of what a commit or a bulk load changes, without reading anything.

#include <sys/types.h>

#include <array>
#include <chrono>
#include <cstddef>
#include <ctime>
#include <string>

namespace rostra {

/// What stat() says of the files of index directory `dir` that any change a reader must
/// follow touches: the version file of each main database (`iamglass`, written anew and
/// renamed into place by every commit and by a bulk load's switch-over) and the directories
/// of a bulk load's segments (schema::kSegmentsDirectory and the legacy one: a segment is
/// built aside and renamed in, so adding or removing one changes the directory).
/// Equal stamps taken apart mean nothing changed in between, with one exception that
/// settled() rules out: a file changed again within the file system's timestamp granularity
/// of the first stamp, keeping its size and (through a second fast commit that frees and
/// reuses an inode) its inode. A stamp is settled when every file it saw was last changed
/// at least kSettle before the stamp was taken; a later change then gets a later time.
class CommitStamp {
 public:
  /// How long after a file's last change its stamp is trusted: above any file system's
  /// timestamp granularity (a jiffy on Linux file systems, 1-2 s on some network ones).
  static constexpr std::chrono::seconds kSettle{1};

  /// An empty stamp: never settled, so never trusted.
  CommitStamp() = default;

  /// The stamp of `dir` now. Never throws: a missing or unreadable file reads as absent.
  static CommitStamp take(const std::string& dir);

  /// Whether `other` saw the same files in the same state (settled() aside).
  bool same_files(const CommitStamp& other) const;

  /// Whether every file seen had been left alone for kSettle when the stamp was taken.
  bool settled() const { return settled_; }

 private:
  /// One file's status; all zero when it is absent.
  struct FileState {
    dev_t device = 0;
    ino_t inode = 0;
    off_t size = 0;
    timespec modified{};
    timespec changed{};
    bool present = false;
  };

  static constexpr std::size_t kFiles = 4;
  std::array<FileState, kFiles> files_{};
  bool settled_ = false;
};

}  // namespace rostra
