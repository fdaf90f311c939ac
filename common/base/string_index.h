#pragma once
// A flat hash table numbering strings: the analysis threads look up every token of every
// article in one, so it keeps hashes and keys in flat arrays (one probe, one comparison).

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace rostra {

/// A fast 64-bit hash of `s` (not for untrusted keys that an attacker chooses to collide:
/// the table stays correct, only slower).
std::uint64_t string_hash(std::string_view s);

/// Numbers distinct strings 0, 1, 2, … in order of insertion. Not thread-safe.
class StringIndex {
 public:
  static constexpr std::uint32_t kNone = 0xffffffffu;

  /// The number of `key`, or kNone. `hash` must be string_hash(key).
  std::uint32_t find(std::string_view key, std::uint64_t hash) const;

  /// Adds `key` (not yet present) and returns its number. `hash` must be string_hash(key).
  std::uint32_t insert(std::string_view key, std::uint64_t hash);

  /// The string numbered `n`; valid until the next insert() or clear().
  std::string_view key(std::uint32_t n) const {
    return std::string_view(chars_).substr(offsets_[n], offsets_[n + 1] - offsets_[n]);
  }

  std::size_t size() const { return offsets_.size() - 1; }

  /// Approximate bytes held.
  std::size_t memory_bytes() const {
    return chars_.capacity() + offsets_.capacity() * sizeof(std::uint32_t) +
           slots_.capacity() * sizeof(Slot);
  }

  void clear();

 private:
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t n = kNone;
  };
  void grow();

  std::vector<Slot> slots_ = std::vector<Slot>(64);  // a power of two, at most half full
  std::string chars_;
  std::vector<std::uint32_t> offsets_ = {0};
};

}  // namespace rostra
