#include "common/schema/index_terms.h"

#include "common/base/case_fold.h"
#include "common/base/text_util.h"
#include "common/schema/schema.h"

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

std::string id_term(std::string_view id) {
  return prefixed(schema::kPrefixId, id);
}
std::string common_gram_term(std::string_view first, std::string_view second) {
  std::string term(schema::kPrefixCommonGram);
  term.reserve(term.size() + first.size() + 1 + second.size());
  term.append(first);
  term.push_back('\x1f');
  term.append(second);
  return term;
}
std::string title_term(std::string_view word) {
  return prefixed(schema::kPrefixTitle, word);
}
std::string outlet_term(std::string_view outlet) {
  return prefixed(schema::kPrefixOutlet, fold_case(outlet));
}
std::string speaker_term(std::string_view speaker) {
  return prefixed(schema::kPrefixSpeaker, fold_case(speaker));
}
std::string article_term(std::string_view article_id) {
  return prefixed(schema::kPrefixArticle, article_id);
}
std::string quote_kind_term(std::string_view kind) {
  return prefixed(schema::kPrefixQuoteKind, kind);
}
std::string content_hash_term(std::string_view hash) {
  return prefixed(schema::kPrefixContentHash, hash);
}
std::string minhash_band_term(std::string_view band) {
  return prefixed(schema::kPrefixMinhashBand, band);
}
std::string language_term(std::string_view language) {
  return prefixed(schema::kPrefixLanguage, ascii_lower(language));
}

}  // namespace rostra
