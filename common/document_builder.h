#pragma once
// Turns a resolved Article into a Xapian document following schema.h.

#include <xapian.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/article.h"
#include "common/term_stemmer.h"
#include "common/word_tokenizer.h"

namespace rostra {

/// Builds the documents of schema.h: for an article, exact words with positions, stems,
/// title terms, quote-word terms, facet terms, value slots and the compressed stored
/// article; for each of its quotes, a quote document. Not thread-safe: one per thread.
class DocumentBuilder {
 public:
  /// REQUIRES: `article` went through resolve_metadata (id and language set); its quotes,
  /// if any, index into its body.
  Xapian::Document build(const Article& article);

  /// One quote document per quote of `article` (continued quotes joined), with its
  /// unique id term. REQUIRES: as for build.
  std::vector<std::pair<std::string, Xapian::Document>> build_quotes(const Article& article);

 private:
  // Adds XQUOTE (and XQBY for attributed) postings for the article's quotes.
  void index_quote_words(Xapian::Document& doc, const Article& article);

  // Indexes `text` starting at position `position`: exact words with positions, their
  // stems, title terms when `is_title`, and the common-gram pair terms of adjacent words
  // within a paragraph. Returns the next free position.
  Xapian::termpos index_text(Xapian::Document& doc, std::string_view text, Xapian::termpos position,
                             bool is_title);

  WordTokenizer tokenizer_;
  TermStemmer stemmer_;
  TokenList tokens_;
};

}  // namespace rostra
