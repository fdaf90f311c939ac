#include "common/article_writer.h"

#include <algorithm>

#include "common/article_metadata.h"
#include "common/index_terms.h"
#include "common/speaker_attributor.h"

namespace rostra {

void analyze_quotes(Article& article, const SpeakerAliases& aliases) {
  article.quotes = extract_quotes(article.body, aliases);
  article.speakers.clear();
  for (const Quote& q : article.quotes) {
    if (q.kind != QuoteKind::kQuote || q.speaker.empty()) continue;
    if (std::find(article.speakers.begin(), article.speakers.end(), q.speaker) ==
        article.speakers.end()) {
      article.speakers.push_back(q.speaker);
    }
  }
}

ArticleWriter::Outcome ArticleWriter::write(Article& article, std::vector<std::string>& warnings) {
  for (std::string& warning : resolve_metadata(article, outlets_)) {
    warnings.push_back(std::move(warning));
  }
  return write_resolved(article);
}

ArticleWriter::Outcome ArticleWriter::write_resolved(Article& article) {
  if (extract_quotes_) analyze_quotes(article, aliases_);
  std::string term = id_term(article.id);
  bool existed = index_.articles.term_exists(term);
  index_.articles.replace_document(term, builder_.build(article));
  std::string link = article_term(article.id);
  if (existed || index_.quotes.term_exists(link)) index_.quotes.delete_document(link);
  for (auto& [id, doc] : builder_.build_quotes(article)) index_.quotes.replace_document(id, doc);
  return existed ? Outcome::kReplaced : Outcome::kAdded;
}

}  // namespace rostra
