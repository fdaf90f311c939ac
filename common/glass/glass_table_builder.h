#pragma once
// Writes one table of a Xapian glass database (a B-tree file such as postlist.glass) from
// key/tag pairs given in ascending key order, in one sequential pass, as Xapian's compactor
// does: leaf blocks are filled one after another, then each level of branch blocks above
// them, the root last.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rostra {

/// What the version file records about a finished table (Xapian's RootInfo).
struct GlassTableRoot {
  std::uint32_t root_block = 0;
  unsigned level = 0;             ///< 0 when the root is the only (leaf) block.
  std::uint64_t entry_count = 0;  ///< Key/tag pairs, not counting the empty-key item.
  std::uint32_t block_count = 0;  ///< Blocks in the file; none are free.
  /// True for a table with no file or an empty one (Xapian then fakes an empty root).
  bool empty = true;
};

/// Appends `root`'s entry of the version file: the root block, level and flags, the entry
/// count, the block size, `compress_min` and the (empty) free list at `revision`.
void append_glass_root_info(std::string& out, const GlassTableRoot& root,
                            std::uint32_t compress_min, std::uint32_t revision);

/// Writes `size` bytes at `data` to `fd`, retrying short writes. Throws DatabaseError naming
/// `path` on failure.
void write_to_file(int fd, const std::string& path, const void* data, std::size_t size);

/// Builds a glass B-tree file. Blocks are `glass::kBlockSize` bytes, all at `revision`;
/// tags longer than an item can hold are split into components as Xapian splits them.
/// Not thread-safe.
class GlassTableBuilder {
 public:
  /// Creates the file at `path`. Throws DatabaseError naming it if the file exists or cannot
  /// be created.
  GlassTableBuilder(std::string path, std::uint32_t revision);
  ~GlassTableBuilder();
  GlassTableBuilder(const GlassTableBuilder&) = delete;
  GlassTableBuilder& operator=(const GlassTableBuilder&) = delete;

  /// Adds one entry. REQUIRES: `key` is non-empty, at most glass::kMaxKeyLength bytes and
  /// greater than every key added before (bytewise); `compressed` says the tag is zlib raw
  /// deflate data (Xapian inflates it when reading). Throws DatabaseError on a write error.
  void add(std::string_view key, std::string_view tag, bool compressed = false);

  /// Writes the remaining leaf block and the branch levels, flushes the file to disk and
  /// closes it. REQUIRES: at least one add(). Throws DatabaseError naming the file on error.
  GlassTableRoot finish();

 private:
  struct Child {
    std::string key;  ///< First key in the child's subtree, with its component number.
    std::uint16_t component;
    std::uint32_t block;
  };

  void add_item(std::string_view key, std::uint16_t component, bool last, bool compressed,
                std::string_view piece);
  void finish_block(unsigned level);
  void write_block();
  void flush_output();
  std::vector<Child> write_branch_level(const std::vector<Child>& children, unsigned level);

  std::string path_;
  std::uint32_t revision_;
  int fd_ = -1;
  std::vector<unsigned char> block_;
  std::size_t dir_end_ = 0;
  std::size_t items_start_ = 0;
  std::vector<unsigned char> output_;
  std::uint32_t next_block_ = 0;
  std::uint64_t entry_count_ = 0;
  std::vector<Child> leaves_;
  std::string last_key_;
};

}  // namespace rostra
