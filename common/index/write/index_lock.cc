#include "common/index/write/index_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <filesystem>

#include "common/base/errors.h"
#include "common/base/text_util.h"

namespace rostra {

IndexLock::IndexLock(const std::string& dir) {
  std::error_code ignored;
  std::filesystem::create_directories(dir, ignored);
  std::string path = (std::filesystem::path(dir) / kWriterLockFile).string();
  fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) throw DatabaseError(path + ": cannot open lock file: " + std::strerror(errno));
  if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    char holder[512] = {};
    ssize_t n = ::pread(fd_, holder, sizeof holder - 1, 0);
    ::close(fd_);
    fd_ = -1;
    std::string who = n > 0
                          ? std::string(trim(std::string_view(holder, static_cast<std::size_t>(n))))
                          : "another process";
    throw DatabaseError(dir + ": index is locked: another writer is using it (" + who + ")");
  }
  char host[256] = {};
  ::gethostname(host, sizeof host - 1);
  std::time_t now = std::time(nullptr);
  char when[64];
  std::strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
  std::string info =
      "rostra-index pid " + std::to_string(::getpid()) + " on " + host + " since " + when + "\n";
  if (::ftruncate(fd_, 0) == 0) {
    ssize_t written = ::pwrite(fd_, info.data(), info.size(), 0);
    (void)written;  // the lock holds even if the note cannot be written
  }
}

IndexLock::~IndexLock() {
  if (fd_ >= 0) ::close(fd_);
}

}  // namespace rostra
