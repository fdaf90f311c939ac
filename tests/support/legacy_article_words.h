#pragma once
// The words of a body as speaker attribution read them before the token stream (its own split
// of the body): an oracle for article_words, which must give the same words.

#include <string_view>
#include <vector>

#include "common/model/quote.h"
#include "common/quotes/article_words.h"

namespace rostra {

/// article_words as it was: the body split by its own scan. REQUIRES: as article_words.
std::vector<ArticleWord> legacy_article_words(std::string_view body,
                                              const std::vector<Quote>& quotes);

}  // namespace rostra
