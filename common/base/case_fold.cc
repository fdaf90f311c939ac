#include "common/base/case_fold.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

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

}  // namespace rostra
