#pragma once
// Turns a resolved Article into a Xapian document following schema.h.

#include <xapian.h>

#include <string_view>

#include "common/article.h"
#include "common/term_stemmer.h"
#include "common/word_tokenizer.h"

namespace rostra {

/// Builds documents: exact words with positions, stems, title terms, facet terms, value
/// slots and the compressed stored article. Not thread-safe: one builder per thread.
class DocumentBuilder {
 public:
  /// REQUIRES: `article` went through resolve_metadata (id and language set).
  Xapian::Document build(const Article& article);

 private:
  // Indexes `text` starting at position `position`; returns the next free position.
  Xapian::termpos index_text(Xapian::Document& doc, std::string_view text, Xapian::termpos position,
                             bool is_title);

  WordTokenizer tokenizer_;
  TermStemmer stemmer_;
  TokenList tokens_;
};

}  // namespace rostra
