#pragma once
// Turns a parsed query into a Xapian query, analyzing words exactly as the indexer does.

#include <xapian.h>

#include <string_view>

#include "common/highlight_terms.h"
#include "common/outlet_table.h"
#include "common/query_ast.h"
#include "common/term_stemmer.h"
#include "common/word_tokenizer.h"

namespace rostra {

/// A query ready to run, and what its results should highlight.
struct BuiltQuery {
  Xapian::Query query;
  HighlightTerms highlights;
};

/// Builds Xapian queries. Words become stem terms (ranked); phrases and words that split
/// into several tokens become OP_PHRASE over exact terms; NEAR/ADJ become OP_NEAR/
/// OP_PHRASE with window = distance + words - 1 over each word's forms (the exact word,
/// and, given a database, its indexed forms with the same stem, so "выборы NEAR парламент"
/// finds "парламентских выборах"); field filters and date ranges are boolean (weight 0).
/// Not thread-safe.
class QueryBuilder {
 public:
  /// `language`: stemmer for Latin-script words ("en" default). `outlets` (may be null)
  /// maps outlet:names given as hosts or aliases to display names.
  /// `db` (may be null) supplies the word forms NEAR and ADJ expand to; it must outlive
  /// the builder.
  explicit QueryBuilder(std::string_view language = "en", const OutletTable* outlets = nullptr,
                        const Xapian::Database* db = nullptr);

  /// Throws QueryError when part of the query has no searchable words (e.g. a phrase
  /// of punctuation only) and the whole query would otherwise be empty.
  BuiltQuery build(const QueryNode& root);

 private:
  Xapian::Query build_node(const QueryNode& node, HighlightTerms& highlights);
  Xapian::Query word_query(const QueryNode& node, HighlightTerms& highlights);
  Xapian::Query phrase_query(const QueryNode& node, std::string_view prefix,
                             HighlightTerms& highlights);
  Xapian::Query field_query(const QueryNode& node, HighlightTerms& highlights);
  Xapian::Query word_forms(const QueryNode& word, HighlightTerms& highlights);

  WordTokenizer tokenizer_;
  TermStemmer stemmer_;
  TokenList tokens_;
  const OutletTable* outlets_;
  const Xapian::Database* db_;
};

}  // namespace rostra
