#include "common/base/directory_sync.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "common/base/errors.h"

namespace rostra {

void sync_directory(const std::string& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  const int result = ::fsync(fd);
  const int error = errno;
  ::close(fd);
  if (result != 0 && error != EINVAL) {
    throw DatabaseError(
        dir + ": cannot make the directory's changes durable (fsync): " + std::strerror(error));
  }
}

}  // namespace rostra
