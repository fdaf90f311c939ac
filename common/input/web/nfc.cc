#include "common/input/web/nfc.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "common/base/utf8.h"

namespace rostra {

void to_nfc(std::string& text) {
  if (!is_valid_utf8(text)) return;
  UErrorCode error = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(error);
  if (U_FAILURE(error)) return;
  icu::UnicodeString utf16 = icu::UnicodeString::fromUTF8(text);
  if (nfc->isNormalized(utf16, error) || U_FAILURE(error)) return;
  error = U_ZERO_ERROR;
  icu::UnicodeString composed = nfc->normalize(utf16, error);
  if (U_FAILURE(error)) return;
  text.clear();
  composed.toUTF8String(text);
}

}  // namespace rostra
