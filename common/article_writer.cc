#include "common/article_writer.h"

#include "common/article_metadata.h"
#include "common/index_terms.h"

namespace rostra {

ArticleWriter::Outcome ArticleWriter::write(Article& article, std::vector<std::string>& warnings) {
  for (std::string& warning : resolve_metadata(article, outlets_)) {
    warnings.push_back(std::move(warning));
  }
  std::string term = id_term(article.id);
  bool existed = db_.term_exists(term);
  db_.replace_document(term, builder_.build(article));
  return existed ? Outcome::kReplaced : Outcome::kAdded;
}

}  // namespace rostra
