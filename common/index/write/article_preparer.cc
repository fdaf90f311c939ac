#include "common/index/write/article_preparer.h"

#include "common/analysis/near_duplicates.h"
#include "common/base/text_util.h"
#include "common/index/database_access.h"
#include "common/input/metadata/article_metadata.h"
#include "common/quotes/speaker_attributor.h"
#include "common/schema/index_terms.h"
#include "common/schema/schema.h"

namespace rostra {
namespace {

// Bump when analysis changes what is indexed from the same input (tokenizer, quote
// extraction, attribution), so that unchanged input is re-indexed once.
constexpr std::string_view kAnalysisVersion = "analysis-3";

}  // namespace

std::string record_hash(const Article& a) {
  std::string all(kAnalysisVersion);
  for (const std::string* field : {&a.id, &a.url, &a.title, &a.lead, &a.body, &a.date, &a.outlet,
                                   &a.author, &a.language, &a.source, &a.place}) {
    all.push_back('\x1f');
    all += *field;
  }
  return hash_hex(all);
}

void analyze_quotes(Article& article, const SpeakerAliases& aliases) {
  article.quotes =
      extract_quotes(article.body, aliases, {article.title, article.outlet, article.date});
  article.speakers.clear();
  for (const Quote& q : article.quotes) {
    if (!is_spoken(q.kind) || q.speaker.empty()) continue;
    if (std::find(article.speakers.begin(), article.speakers.end(), q.speaker) ==
        article.speakers.end()) {
      article.speakers.push_back(q.speaker);
    }
  }
}

PreparedArticle ArticlePreparer::prepare(Article article, const Xapian::Database* existing) {
  PreparedArticle out;
  out.id_term = id_term(article.id);
  out.record_hash = record_hash(article);
  if (existing != nullptr) {
    Xapian::docid docid = find_docid(*existing, out.id_term);
    if (docid != 0 &&
        existing->get_document(docid).get_value(schema::kSlotRecordHash) == out.record_hash) {
      out.unchanged = true;
      out.article = std::move(article);
      return out;
    }
  }
  if (extract_quotes_) analyze_quotes(article, aliases_);
  out.content_hash = content_hash(article);
  out.minhash = text_minhash(article.body.empty() ? article.lead : article.body);
  out.document = builder_.build(article);
  out.document.set_value(schema::kSlotRecordHash, out.record_hash);
  out.document.set_value(schema::kSlotContentHash, out.content_hash);
  out.document.add_boolean_term(content_hash_term(out.content_hash));
  if (!is_empty_signature(out.minhash)) {
    out.document.set_value(schema::kSlotMinhash, minhash_hex(out.minhash));
    for (const std::string& band : minhash_bands(out.minhash)) {
      out.document.add_boolean_term(minhash_band_term(band));
    }
  }
  out.quote_documents =
      builder_.build_quotes(article, keep_wordings_ ? &out.quote_wordings : nullptr);
  out.article = std::move(article);
  return out;
}

}  // namespace rostra
