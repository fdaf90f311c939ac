#pragma once
// Finding one article by its id, with its quotes: what an article view shows.

#include <optional>
#include <string_view>
#include <vector>

#include "common/document/stored_quote.h"
#include "common/index/readable_index.h"
#include "common/model/article.h"

namespace rostra {

/// An article as stored, and the quote documents made from it, by start offset in its body.
struct ArticleWithQuotes {
  Article article;
  std::vector<StoredQuote> quotes;  ///< Every kind (quote, title, scare).
};

/// The article whose id is `id` (Article::id, as search results give it), or nullopt when
/// the index holds none. Throws DatabaseError when the index cannot be read or a stored
/// record is corrupt. Thread-safety: as `index` (one thread per handle).
std::optional<ArticleWithQuotes> find_article(const ReadableIndex& index, std::string_view id);

}  // namespace rostra
