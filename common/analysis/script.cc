#include "common/analysis/script.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>

namespace rostra {

Script script_of(char32_t cp) {
  if (cp < 0x80) {
    return ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') ? Script::kLatin : Script::kOther;
  }
  UErrorCode error = U_ZERO_ERROR;
  UScriptCode code = uscript_getScript(static_cast<UChar32>(cp), &error);
  if (U_FAILURE(error)) return Script::kOther;
  if (code == USCRIPT_LATIN) return Script::kLatin;
  if (code == USCRIPT_CYRILLIC) return Script::kCyrillic;
  return Script::kOther;
}

std::string_view detect_language(std::string_view text) {
  auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t length = static_cast<int32_t>(std::min<std::size_t>(text.size(), 8192));
  int32_t i = 0;
  long latin = 0;
  long cyrillic = 0;
  while (i < length) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) continue;
    switch (script_of(static_cast<char32_t>(c))) {
      case Script::kLatin:
        ++latin;
        break;
      case Script::kCyrillic:
        ++cyrillic;
        break;
      case Script::kOther:
        break;
    }
  }
  return cyrillic > latin ? "ru" : "en";
}

}  // namespace rostra
