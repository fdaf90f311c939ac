#include "common/base/utf8.h"

#include <unicode/utf8.h>

#include <cstdint>

namespace rostra {
namespace {

// Windows-1252 code points for bytes 0x80-0x9F; 0 marks the undefined ones.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

char32_t decode_cp1252(unsigned char byte) {
  if (byte >= 0x80 && byte < 0xA0) {
    char16_t cp = kCp1252High[byte - 0x80];
    return cp != 0 ? cp : 0xFFFD;
  }
  return byte;
}

// Length of the well-formed sequence at text[i], or 0 when it is not well-formed.
std::size_t valid_sequence_length(std::string_view text, std::size_t i) {
  auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t length = static_cast<int32_t>(text.size());
  int32_t pos = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(s, pos, length, c);
  return c < 0 ? 0 : static_cast<std::size_t>(pos) - i;
}

}  // namespace

bool is_valid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    std::size_t n = valid_sequence_length(text, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

std::size_t repair_utf8(std::string& text) {
  if (is_valid_utf8(text)) return 0;
  std::string out;
  out.reserve(text.size() + 16);
  std::size_t repaired = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      out.push_back(static_cast<char>(byte));
      ++i;
      continue;
    }
    std::size_t n = valid_sequence_length(text, i);
    if (n > 0) {
      out.append(text, i, n);
      i += n;
    } else {
      append_utf8(out, decode_cp1252(byte));
      ++repaired;
      ++i;
    }
  }
  text.swap(out);
  return repaired;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace rostra
