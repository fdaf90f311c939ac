#include "common/base/string_index.h"

namespace rostra {
namespace {

std::uint64_t load(const char* p, std::size_t n) {
  std::uint64_t w = 0;
  std::memcpy(&w, p, n);
  return w;
}

std::uint64_t mix(std::uint64_t h) {
  h ^= h >> 31;
  h *= 0x7fb5d329728ea185ull;
  h ^= h >> 27;
  return h;
}

}  // namespace

std::uint64_t string_hash(std::string_view s) {
  std::uint64_t h = 0x9e3779b97f4a7c15ull ^ (s.size() * 0xc2b2ae3d27d4eb4full);
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) h = (h ^ load(s.data() + i, 8)) * 0xff51afd7ed558ccdull;
  if (i < s.size()) h = (h ^ load(s.data() + i, s.size() - i)) * 0xff51afd7ed558ccdull;
  return mix(h);
}

std::uint32_t StringIndex::find(std::string_view key, std::uint64_t hash) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.n == kNone) return kNone;
    if (slot.hash == hash) {
      const std::uint32_t begin = offsets_[slot.n];
      const std::uint32_t length = offsets_[slot.n + 1] - begin;
      if (length == key.size() && std::memcmp(chars_.data() + begin, key.data(), length) == 0) {
        return slot.n;
      }
    }
  }
}

std::uint32_t StringIndex::insert(std::string_view key, std::uint64_t hash) {
  if ((size() + 1) * 2 > slots_.size()) grow();
  const auto n = static_cast<std::uint32_t>(size());
  chars_.append(key);
  offsets_.push_back(static_cast<std::uint32_t>(chars_.size()));
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = hash & mask;
  while (slots_[i].n != kNone) i = (i + 1) & mask;
  slots_[i] = Slot{hash, n};
  return n;
}

void StringIndex::grow() {
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.n == kNone) continue;
    std::size_t i = slot.hash & mask;
    while (slots_[i].n != kNone) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

void StringIndex::clear() {
  slots_.assign(64, Slot{});
  chars_.clear();
  offsets_.assign(1, 0);
}

}  // namespace rostra
