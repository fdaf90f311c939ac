#pragma once
// The single-writer lock of an index directory, with who holds it.

#include <string>
#include <string_view>

namespace rostra {

/// The lock file's name in an index directory.
inline constexpr std::string_view kWriterLockFile = "writer.lock";

/// Holds DIR/writer.lock (an flock, released by the kernel however the process ends, even
/// by kill -9) and records in it the holder's pid, host and start time, so that a second
/// writer can be told who holds the index. Not copyable; releases on destruction.
class IndexLock {
 public:
  /// Takes the lock of index directory `dir` (created if missing). Throws DatabaseError
  /// naming the holder ("locked by rostra-index pid 1234 on host x since ...") when another
  /// process holds it.
  explicit IndexLock(const std::string& dir);
  ~IndexLock();
  IndexLock(const IndexLock&) = delete;
  IndexLock& operator=(const IndexLock&) = delete;

 private:
  int fd_ = -1;
};

}  // namespace rostra
