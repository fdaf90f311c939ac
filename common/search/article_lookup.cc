#include "common/search/article_lookup.h"

#include <algorithm>
#include <stdexcept>
#include <string>

#include "common/base/errors.h"
#include "common/document/stored_article.h"
#include "common/schema/index_terms.h"

namespace rostra {

std::optional<ArticleWithQuotes> find_article(const ReadableIndex& index, std::string_view id) {
  if (id.empty()) return std::nullopt;
  try {
    const Xapian::docid docid = find_docid(index.articles, id_term(id));
    if (docid == 0) return std::nullopt;
    ArticleWithQuotes out;
    out.article = decode_stored_article(index.articles.get_document(docid).get_data());
    const std::string link = article_term(out.article.id);
    for (auto it = index.quotes.postlist_begin(link); it != index.quotes.postlist_end(link); ++it) {
      out.quotes.push_back(decode_stored_quote(index.quotes.get_document(*it).get_data()));
    }
    std::stable_sort(out.quotes.begin(), out.quotes.end(),
                     [](const StoredQuote& a, const StoredQuote& b) { return a.start < b.start; });
    return out;
  } catch (const Xapian::Error& e) {
    throw DatabaseError("reading article '" + std::string(id) + "': " + e.get_description());
  } catch (const std::runtime_error& e) {
    throw DatabaseError("reading article '" + std::string(id) + "': " + e.what());
  }
}

}  // namespace rostra
