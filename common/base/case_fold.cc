#include "common/base/case_fold.h"

#include <algorithm>
#include <cstdint>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "common/base/text_util.h"

namespace rostra {

std::string fold_case(std::string_view name) {
  std::string collapsed = collapse_whitespace(name);
  bool ascii = true;
  for (char c : collapsed) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) return ascii_lower(collapsed);
  UErrorCode error = U_ZERO_ERROR;
  const icu::Normalizer2* folder = icu::Normalizer2::getNFKCCasefoldInstance(error);
  if (U_FAILURE(error)) return ascii_lower(collapsed);
  icu::UnicodeString folded = folder->normalize(icu::UnicodeString::fromUTF8(collapsed), error);
  if (U_FAILURE(error)) return ascii_lower(collapsed);
  std::string out;
  folded.toUTF8String(out);
  return out;
}

bool starts_lower_case(std::string_view word) {
  if (word.empty()) return false;
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(word.data());
  const auto length = static_cast<std::int32_t>(std::min<std::size_t>(word.size(), 4));
  std::int32_t at = 0;
  UChar32 c = 0;
  U8_NEXT(bytes, at, length, c);
  return c >= 0 && u_islower(c) != 0;
}

}  // namespace rostra
