#include "common/glass/glass_table_builder.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <utility>

#include "common/base/errors.h"
#include "common/glass/glass_format.h"

namespace rostra {
namespace {

// Block layout (glass_table.h): a 11-byte header (revision, level, largest contiguous free
// space, total free space, end of the directory), a directory of 2-byte item offsets
// growing up from the header, and the items packed down from the end of the block.
constexpr std::size_t kDirStart = 11;
constexpr std::size_t kDirEntry = 2;
// Xapian keeps every item small enough for four to fit in a block, so that its own splits
// always succeed when it later updates the table.
constexpr std::size_t kMaxItemSize = (glass::kBlockSize - kDirStart - 4 * kDirEntry) / 4;
// Leaf item: 2 bytes of size and flags, the key length byte, the key, a 2-byte component
// number (left out on the first component), the tag piece.
constexpr unsigned kFirstComponent = 0x20;
constexpr unsigned kLastComponent = 0x40;
constexpr unsigned kCompressed = 0x80;
// Branch item: the child's block number, the key length byte, the key, the component.
constexpr std::size_t kBlockNumberBytes = 4;
constexpr std::size_t kOutputFlushBytes = 1 << 20;

void put2(unsigned char* p, std::size_t value) {
  p[0] = static_cast<unsigned char>(value >> 8);
  p[1] = static_cast<unsigned char>(value);
}

void put4(unsigned char* p, std::uint32_t value) {
  p[0] = static_cast<unsigned char>(value >> 24);
  p[1] = static_cast<unsigned char>(value >> 16);
  p[2] = static_cast<unsigned char>(value >> 8);
  p[3] = static_cast<unsigned char>(value);
}

[[noreturn]] void throw_io_error(const std::string& path, const char* what, int error) {
  throw DatabaseError(path + ": " + what + ": " + std::strerror(error));
}

}  // namespace

void write_to_file(int fd, const std::string& path, const void* data, std::size_t size) {
  const auto* p = static_cast<const unsigned char*>(data);
  while (size > 0) {
    ssize_t n = ::write(fd, p, size);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw_io_error(path, "write failed", errno);
    }
    p += n;
    size -= static_cast<std::size_t>(n);
  }
}

void append_glass_root_info(std::string& out, const GlassTableRoot& root,
                            std::uint32_t compress_min, std::uint32_t revision) {
  constexpr unsigned kSequential = 0x02;  // Appends go to the right edge (as after compaction).
  constexpr unsigned kFakeRoot = 0x01;    // No blocks: Xapian pretends an empty root leaf.
  glass::pack_uint(out, root.empty ? 0 : root.root_block);
  glass::pack_uint(out, root.empty ? (kSequential | kFakeRoot) : (root.level << 2 | kSequential));
  glass::pack_uint(out, root.empty ? 0 : root.entry_count);
  glass::pack_uint(out, glass::kBlockSize >> 11);
  glass::pack_uint(out, compress_min);
  std::string free_list;
  if (!root.empty) {
    // Revision, first never-used block, then the free list's read and write cursors (block,
    // offset / 4): both at zero, which is an empty free list.
    glass::pack_uint(free_list, revision);
    glass::pack_uint(free_list, root.block_count);
    free_list.append(4, '\0');
  }
  glass::pack_string(out, free_list);
}

GlassTableBuilder::GlassTableBuilder(std::string path, std::uint32_t revision)
    : path_(std::move(path)),
      revision_(revision),
      block_(glass::kBlockSize, 0),
      dir_end_(kDirStart),
      items_start_(glass::kBlockSize) {
  fd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd_ < 0) throw_io_error(path_, "cannot create table file", errno);
  output_.reserve(kOutputFlushBytes + glass::kBlockSize);
}

GlassTableBuilder::~GlassTableBuilder() {
  if (fd_ >= 0) ::close(fd_);
}

void GlassTableBuilder::add(std::string_view key, std::string_view tag, bool compressed) {
  if (key.empty() || key.size() > glass::kMaxKeyLength) {
    throw std::invalid_argument("glass table key of " + std::to_string(key.size()) +
                                " bytes (must be 1 to 255)");
  }
  if (entry_count_ == 0) {
    // Every glass table starts with an item whose key and tag are empty; Xapian's cursors
    // rely on it as the position before the first real entry.
    add_item({}, 1, true, false, {});
  } else if (key <= std::string_view(last_key_)) {
    throw std::invalid_argument("glass table keys out of order in " + path_);
  }
  last_key_.assign(key);
  ++entry_count_;

  // Split the tag as Xapian does: each component fills an item of at most kMaxItemSize;
  // later components also carry their 2-byte component number. As in Xapian's sequential
  // mode, a tag that needs splitting anyway starts with a piece that fills what is left of
  // the current block after whole maximum-size items, so such tags pack blocks full.
  const std::size_t header = 2 + 1 + key.size();
  std::size_t first_room = kMaxItemSize - header;
  const std::size_t later_room = first_room - 2;
  if (tag.size() > first_room) {
    const std::size_t left = (items_start_ - dir_end_) % (kMaxItemSize + kDirEntry);
    if (left > kDirEntry + header) first_room = left - kDirEntry - header;
  }
  std::size_t components = 1;
  if (tag.size() > first_room) {
    components += (tag.size() - first_room + later_room - 1) / later_room;
  }
  if (components > 0xffff) {
    throw DatabaseError(path_ + ": a tag of " + std::to_string(tag.size()) +
                        " bytes is too large for a glass table");
  }
  std::size_t offset = 0;
  for (std::size_t i = 1; i <= components; ++i) {
    const std::size_t room = i == 1 ? first_room : later_room;
    const std::size_t length = std::min(room, tag.size() - offset);
    add_item(key, static_cast<std::uint16_t>(i), i == components, compressed,
             tag.substr(offset, length));
    offset += length;
  }
}

void GlassTableBuilder::add_item(std::string_view key, std::uint16_t component, bool last,
                                 bool compressed, std::string_view piece) {
  const std::size_t header = 2 + 1 + key.size() + (component == 1 ? 0 : 2);
  const std::size_t size = header + piece.size();
  if (dir_end_ + kDirEntry + size > items_start_) finish_block(0);
  if (dir_end_ == kDirStart) leaves_.push_back({std::string(key), component, next_block_});

  items_start_ -= size;
  unsigned char* item = block_.data() + items_start_;
  unsigned flags = (component == 1 ? kFirstComponent : 0) | (last ? kLastComponent : 0) |
                   (compressed ? kCompressed : 0);
  put2(item, (size - 3) | (flags << 8));
  item[2] = static_cast<unsigned char>(key.size());
  if (!key.empty()) std::memcpy(item + 3, key.data(), key.size());
  if (component != 1) put2(item + 3 + key.size(), component);
  if (!piece.empty()) std::memcpy(item + header, piece.data(), piece.size());
  put2(block_.data() + dir_end_, items_start_);
  dir_end_ += kDirEntry;
}

void GlassTableBuilder::finish_block(unsigned level) {
  unsigned char* b = block_.data();
  put4(b, revision_);
  b[4] = static_cast<unsigned char>(level);
  put2(b + 5, items_start_ - dir_end_);  // Largest free run: all free space is in one run.
  put2(b + 7, items_start_ - dir_end_);
  put2(b + 9, dir_end_);
  write_block();
}

void GlassTableBuilder::write_block() {
  output_.insert(output_.end(), block_.begin(), block_.end());
  std::fill(block_.begin(), block_.end(), 0);
  dir_end_ = kDirStart;
  items_start_ = glass::kBlockSize;
  if (next_block_ == UINT32_MAX) throw DatabaseError(path_ + ": too many blocks");
  ++next_block_;
  if (output_.size() >= kOutputFlushBytes) flush_output();
}

void GlassTableBuilder::flush_output() {
  write_to_file(fd_, path_, output_.data(), output_.size());
  output_.clear();
}

std::vector<GlassTableBuilder::Child> GlassTableBuilder::write_branch_level(
    const std::vector<Child>& children, unsigned level) {
  std::vector<Child> parents;
  for (const Child& child : children) {
    const bool first_in_block = dir_end_ == kDirStart;
    // The first item of a branch block is never compared (searches start below it), so
    // Xapian stores it with an empty key and component 0.
    std::size_t key_size = first_in_block ? 0 : child.key.size();
    std::size_t size = kBlockNumberBytes + 1 + key_size + 2;
    if (!first_in_block && dir_end_ + kDirEntry + size > items_start_) {
      finish_block(level);
      key_size = 0;
      size = kBlockNumberBytes + 1 + 2;
    }
    if (dir_end_ == kDirStart) parents.push_back({child.key, child.component, next_block_});
    items_start_ -= size;
    unsigned char* item = block_.data() + items_start_;
    put4(item, child.block);
    item[4] = static_cast<unsigned char>(key_size);
    std::memcpy(item + 5, child.key.data(), key_size);
    put2(item + 5 + key_size, key_size == 0 ? 0 : child.component);
    put2(block_.data() + dir_end_, items_start_);
    dir_end_ += kDirEntry;
  }
  finish_block(level);
  return parents;
}

GlassTableRoot GlassTableBuilder::finish() {
  if (entry_count_ == 0) throw std::logic_error("GlassTableBuilder::finish with no entries");
  finish_block(0);
  std::vector<Child> level_children = std::move(leaves_);
  unsigned level = 0;
  while (level_children.size() > 1) {
    level_children = write_branch_level(level_children, ++level);
  }
  flush_output();
  if (::fsync(fd_) != 0) throw_io_error(path_, "fsync failed", errno);
  int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) throw_io_error(path_, "close failed", errno);

  GlassTableRoot root;
  root.root_block = level_children.front().block;
  root.level = level;
  root.entry_count = entry_count_;
  root.block_count = next_block_;
  root.empty = false;
  return root;
}

}  // namespace rostra
