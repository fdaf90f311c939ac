#pragma once
// A flat hash table from a pair of 32-bit numbers to a 32-bit number: the analysis threads
// find a common-gram pair's term by the numbers of its two words instead of building,
// hashing and comparing the pair term's string for every pair of every article.

#include <cstdint>
#include <vector>

namespace rostra {

/// Maps (first, second) number pairs to values. Not thread-safe.
class NumberPairIndex {
 public:
  static constexpr std::uint32_t kNone = 0xffffffffu;

  /// The value stored for (first, second), or kNone.
  std::uint32_t find(std::uint32_t first, std::uint32_t second) const;

  /// Stores `value` (not kNone) for (first, second), which must not be present yet.
  void insert(std::uint32_t first, std::uint32_t second, std::uint32_t value);

  std::size_t size() const { return size_; }

  void clear();

 private:
  struct Slot {
    std::uint64_t key = 0;
    std::uint32_t value = kNone;  // kNone: an empty slot
  };
  static std::uint64_t key_of(std::uint32_t first, std::uint32_t second) {
    return (std::uint64_t{first} << 32) | second;
  }
  std::size_t slot_of(std::uint64_t key) const;
  void grow();

  std::vector<Slot> slots_ = std::vector<Slot>(64);  // a power of two, at most half full
  int shift_ = 64 - 6;                               // 64 - log2(slots_.size())
  std::size_t size_ = 0;
};

}  // namespace rostra
