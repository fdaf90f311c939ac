#include "common/index_terms.h"

#include <unicode/unistr.h>
#include <unicode/normalizer2.h>

#include "common/schema.h"
#include "common/text_util.h"

namespace rostra {
namespace {

std::string prefixed(std::string_view prefix, std::string_view value) {
  std::string term(prefix);
  term.append(value);
  if (term.size() > schema::kMaxTermBytes) {
    term.resize(prefix.size());
    term += "#" + hash_hex(value);
  }
  return term;
}

}  // namespace

std::string id_term(std::string_view id) { return prefixed(schema::kPrefixId, id); }
std::string stem_term(std::string_view stem) { return prefixed(schema::kPrefixStem, stem); }
std::string title_term(std::string_view word) { return prefixed(schema::kPrefixTitle, word); }
std::string outlet_term(std::string_view outlet) {
  return prefixed(schema::kPrefixOutlet, fold_facet_name(outlet));
}
std::string speaker_term(std::string_view speaker) {
  return prefixed(schema::kPrefixSpeaker, fold_facet_name(speaker));
}
std::string language_term(std::string_view language) {
  return prefixed(schema::kPrefixLanguage, ascii_lower(language));
}

std::string fold_facet_name(std::string_view name) {
  std::string collapsed = collapse_whitespace(name);
  UErrorCode error = U_ZERO_ERROR;
  const icu::Normalizer2* folder = icu::Normalizer2::getNFKCCasefoldInstance(error);
  if (U_FAILURE(error)) return ascii_lower(collapsed);
  icu::UnicodeString folded =
      folder->normalize(icu::UnicodeString::fromUTF8(collapsed), error);
  if (U_FAILURE(error)) return ascii_lower(collapsed);
  std::string out;
  folded.toUTF8String(out);
  return out;
}

}  // namespace rostra
