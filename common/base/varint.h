#pragma once
// Variable-length unsigned integers (7 bits a byte, least significant first, high bit set on
// all but the last byte): the encoding of token records, token locations and dictionary
// entries. Pure.

#include <cstdint>
#include <string>

namespace rostra {

/// Appends `value` to `out`.
inline void put_varint(std::string& out, std::uint64_t value) {
  while (value >= 0x80) {
    out.push_back(static_cast<char>((value & 0x7f) | 0x80));
    value >>= 7;
  }
  out.push_back(static_cast<char>(value));
}

/// Reads a varint at `p` (not past `end`) into `value` and moves `p` past it. Returns false
/// when it is cut off or longer than `UInt` holds.
template <typename UInt>
bool get_varint(const char*& p, const char* end, UInt& value) {
  value = 0;
  for (unsigned shift = 0; shift < sizeof(UInt) * 8 && p < end; shift += 7) {
    const auto byte = static_cast<unsigned char>(*p++);
    value |= static_cast<UInt>(byte & 0x7f) << shift;
    if (byte < 0x80) return true;
  }
  return false;
}

}  // namespace rostra
