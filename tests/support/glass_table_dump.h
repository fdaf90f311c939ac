#pragma once
// Reads a glass database's tables and statistics straight from its files, for tests that
// compare databases byte for byte: every key with its whole tag (components joined,
// compressed tags inflated), found by walking the B-tree from the root the version file
// names. Independent of the writer's code, so it also checks the writer's layout.

#include <zlib.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace rostra::test {

/// What the version file says: per table (postlist, docdata, termlist, position, spelling,
/// synonym) the root block, level and whether it is faked; then the eight statistics.
struct GlassVersionDump {
  struct Root {
    std::uint64_t block = 0;
    unsigned level = 0;
    bool fake = true;
  };
  std::vector<Root> roots;
  std::vector<std::uint64_t> stats;
};

inline std::uint64_t dump_unpack_uint(const std::string& s, std::size_t& i) {
  std::uint64_t value = 0;
  for (unsigned shift = 0;; shift += 7) {
    const auto b = static_cast<unsigned char>(s.at(i++));
    value |= static_cast<std::uint64_t>(b & 0x7f) << shift;
    if (b < 128) return value;
  }
}

inline std::string read_file_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  return std::string(std::istreambuf_iterator<char>(in), {});
}

inline GlassVersionDump read_glass_version(const std::filesystem::path& db) {
  const std::string s = read_file_bytes(db / "iamglass");
  std::size_t i = 32;            // Magic, format version and UUID.
  (void)dump_unpack_uint(s, i);  // Revision.
  GlassVersionDump out;
  for (int table = 0; table < 6; ++table) {
    GlassVersionDump::Root root;
    root.block = dump_unpack_uint(s, i);
    const std::uint64_t flags = dump_unpack_uint(s, i);
    root.level = static_cast<unsigned>(flags >> 2);
    root.fake = flags & 1;
    for (int field = 0; field < 3; ++field) (void)dump_unpack_uint(s, i);  // Entries, size, ...
    i += dump_unpack_uint(s, i);                                           // The free list.
    out.roots.push_back(root);
  }
  while (i < s.size()) out.stats.push_back(dump_unpack_uint(s, i));
  return out;
}

inline std::string inflate_raw(const std::string& in) {
  z_stream z{};
  if (inflateInit2(&z, -15) != Z_OK) throw std::runtime_error("inflateInit2");
  std::string out;
  char buffer[65536];
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  z.avail_in = static_cast<uInt>(in.size());
  int rc;
  do {
    z.next_out = reinterpret_cast<Bytef*>(buffer);
    z.avail_out = sizeof(buffer);
    rc = inflate(&z, Z_NO_FLUSH);
    if (rc != Z_OK && rc != Z_STREAM_END) break;
    out.append(buffer, sizeof(buffer) - z.avail_out);
  } while (rc != Z_STREAM_END);
  inflateEnd(&z);
  if (rc != Z_STREAM_END) throw std::runtime_error("bad compressed tag");
  return out;
}

/// Every key and tag of table `index` (0 postlist, 1 docdata, 2 termlist) of `db`.
inline std::map<std::string, std::string> read_glass_table(const std::filesystem::path& db,
                                                           int index) {
  static const char* names[] = {"postlist", "docdata", "termlist"};
  const GlassVersionDump version = read_glass_version(db);
  std::map<std::string, std::string> out;
  if (version.roots[index].fake) return out;
  const std::string file = read_file_bytes(db / (std::string(names[index]) + ".glass"));
  constexpr std::size_t kBlock = 8192;
  auto get2 = [&](std::size_t at) {
    return static_cast<std::size_t>(static_cast<unsigned char>(file.at(at))) << 8 |
           static_cast<unsigned char>(file.at(at + 1));
  };
  std::string key, tag;
  bool compressed = false;
  std::vector<std::uint64_t> stack{version.roots[index].block};
  while (!stack.empty()) {
    const std::size_t base = stack.back() * kBlock;
    stack.pop_back();
    const unsigned level = static_cast<unsigned char>(file.at(base + 4));
    const std::size_t dir_end = get2(base + 9);
    std::vector<std::uint64_t> children;
    for (std::size_t c = 11; c < dir_end; c += 2) {
      const std::size_t item = base + get2(base + c);
      if (level > 0) {
        children.push_back(get2(item) << 16 | get2(item + 2));
        continue;
      }
      const auto flags = static_cast<unsigned char>(file.at(item));
      const std::size_t size = (get2(item) & 0x1fff) + 3;
      const auto key_length = static_cast<unsigned char>(file.at(item + 2));
      std::size_t data = item + 3 + key_length;
      if (flags & 0x20) {  // First component.
        key = file.substr(item + 3, key_length);
        tag.clear();
        compressed = flags & 0x80;
      } else {
        data += 2;
      }
      tag += file.substr(data, item + size - data);
      if (flags & 0x40) out[key] = compressed ? inflate_raw(tag) : tag;  // Last component.
    }
    stack.insert(stack.end(), children.rbegin(), children.rend());
  }
  out.erase(std::string());  // The empty item every table starts with.
  return out;
}

}  // namespace rostra::test
