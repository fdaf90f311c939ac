#include "common/base/number_pair_index.h"

namespace rostra {

std::size_t NumberPairIndex::slot_of(std::uint64_t key) const {
  // Fibonacci hashing: the multiply spreads both numbers over the top bits.
  return static_cast<std::size_t>((key * 0x9e3779b97f4a7c15ull) >> shift_);
}

std::uint32_t NumberPairIndex::find(std::uint32_t first, std::uint32_t second) const {
  const std::uint64_t key = key_of(first, second);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = slot_of(key);; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.value == kNone) return kNone;
    if (slot.key == key) return slot.value;
  }
}

void NumberPairIndex::insert(std::uint32_t first, std::uint32_t second, std::uint32_t value) {
  if ((size_ + 1) * 2 > slots_.size()) grow();
  const std::uint64_t key = key_of(first, second);
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = slot_of(key);
  while (slots_[i].value != kNone) i = (i + 1) & mask;
  slots_[i] = Slot{key, value};
  ++size_;
}

void NumberPairIndex::grow() {
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  --shift_;
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.value == kNone) continue;
    std::size_t i = slot_of(slot.key);
    while (slots_[i].value != kNone) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

void NumberPairIndex::clear() {
  slots_.assign(64, Slot{});
  shift_ = 64 - 6;
  size_ = 0;
}

}  // namespace rostra
