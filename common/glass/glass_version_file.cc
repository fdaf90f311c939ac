#include "common/glass/glass_version_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <random>

#include "common/base/directory_sync.h"
#include "common/base/errors.h"
#include "common/glass/glass_format.h"

namespace rostra {
namespace {

// "\x0f\x0dXapian Glass" and the format version: the date 2016-03-14 as
// (year - 2014) << 9 | month << 5 | day, big-endian.
constexpr char kMagic[] = "\x0f\x0dXapian Glass\x04\x6e";
constexpr std::size_t kMagicLength = 16;

// Which tables compress their tags (Xapian's compress_min_tab): docdata, termlist, spelling
// and synonym. We write tags uncompressed, but Xapian compresses what it adds later.
constexpr std::uint32_t kCompressMin[kGlassTableCount] = {
    0, glass::kCompressMin, glass::kCompressMin, 0, glass::kCompressMin, glass::kCompressMin};

[[noreturn]] void throw_io_error(const std::string& path, const char* what, int error) {
  throw DatabaseError(path + ": " + what + ": " + std::strerror(error));
}

}  // namespace

std::string glass_version_file(const std::array<GlassTableRoot, kGlassTableCount>& roots,
                               const GlassStats& stats, std::uint32_t revision) {
  std::string out(kMagic, kMagicLength);
  // A random (version 4) UUID: Xapian tells databases apart by it, e.g. in replication.
  std::random_device device;
  std::mt19937_64 rng((static_cast<std::uint64_t>(device()) << 32) ^ device());
  unsigned char uuid[16];
  for (unsigned char& b : uuid) b = static_cast<unsigned char>(rng());
  uuid[6] = static_cast<unsigned char>((uuid[6] & 0x0f) | 0x40);
  uuid[8] = static_cast<unsigned char>((uuid[8] & 0x3f) | 0x80);
  out.append(reinterpret_cast<const char*>(uuid), sizeof(uuid));

  glass::pack_uint(out, revision);
  for (std::size_t i = 0; i < kGlassTableCount; ++i) {
    append_glass_root_info(out, roots[i], kCompressMin[i], revision);
  }
  // The statistics, in glass's order; two are stored as differences, which Xapian adds
  // back when reading.
  glass::pack_uint(out, stats.doccount);
  glass::pack_uint(out, stats.last_docid - stats.doccount);
  glass::pack_uint(out, stats.doclen_lower_bound);
  glass::pack_uint(out, stats.wdf_upper_bound);
  glass::pack_uint(out, stats.doclen_upper_bound - stats.wdf_upper_bound);
  glass::pack_uint(out, 0);  // Oldest changeset: we keep none.
  glass::pack_uint(out, stats.total_doclen);
  glass::pack_uint(out, 0);  // Upper bound of spelling word frequencies: no spelling table.
  return out;
}

void write_glass_version_file(const std::string& dir, const std::string& contents) {
  const std::string temporary = dir + "/v.tmp";
  const std::string final_path = dir + "/iamglass";
  int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) throw_io_error(temporary, "cannot create", errno);
  try {
    write_to_file(fd, temporary, contents.data(), contents.size());
    if (::fsync(fd) != 0) throw_io_error(temporary, "fsync failed", errno);
  } catch (...) {
    ::close(fd);
    ::unlink(temporary.c_str());
    throw;
  }
  if (::close(fd) != 0) {
    int error = errno;
    ::unlink(temporary.c_str());
    throw_io_error(temporary, "close failed", error);
  }
  if (std::rename(temporary.c_str(), final_path.c_str()) != 0) {
    int error = errno;
    ::unlink(temporary.c_str());
    throw_io_error(final_path, "cannot rename the version file into place", error);
  }
  sync_directory(dir);  // the rename itself
}

}  // namespace rostra
