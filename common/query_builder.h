#pragma once
// Turns a parsed query into a Xapian query, analyzing words exactly as the indexer does.

#include <xapian.h>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "common/highlight_terms.h"
#include "common/outlet_table.h"
#include "common/query_ast.h"
#include "common/speaker_aliases.h"
#include "common/term_stemmer.h"
#include "common/word_tokenizer.h"

namespace rostra {

/// A query ready to run, and what its results should highlight.
struct BuiltQuery {
  Xapian::Query query;
  HighlightTerms highlights;
};

/// What a query runs against: article documents or quote documents (see schema.h).
enum class QueryTarget { kArticles, kQuotes };

/// Builds Xapian queries. Words become stem terms (ranked); phrases and words that split
/// into several tokens become OP_PHRASE over exact terms (over common-gram pair terms when
/// they hold a common word such as "the" or "в": the same matches, see common_grams.h);
/// NEAR/ADJ become OP_NEAR/OP_PHRASE with window = distance + words - 1 over each word's
/// forms (the exact word, and, given a database, its indexed forms with the same stem, so
/// "выборы NEAR парламент" finds "парламентских выборах"); field filters and date ranges
/// are boolean (weight 0).
/// quote:"…" on articles filters on XQUOTE terms (or XQBY terms of the speakers named in
/// the same AND group) and ranks by the same words in the body; on quote documents it is
/// an ordinary phrase, since each document is one quote.
/// Not thread-safe.
class QueryBuilder {
 public:
  /// `language`: stemmer for Latin-script words ("en" default). `outlets` and `speakers`
  /// (may be null) map outlet: and speaker: names given as hosts or aliases ("Путин") to
  /// the names the index uses.
  /// `db` (may be null) supplies the word forms NEAR and ADJ expand to; it must outlive
  /// the builder.
  explicit QueryBuilder(std::string_view language = "en", const OutletTable* outlets = nullptr,
                        const Xapian::Database* db = nullptr,
                        QueryTarget target = QueryTarget::kArticles,
                        const SpeakerAliases* speakers = nullptr);

  /// Throws QueryError when part of the query has no searchable words (e.g. a phrase
  /// of punctuation only) and the whole query would otherwise be empty.
  BuiltQuery build(const QueryNode& root);

  /// `false`: the queries built are only counted, never ranked, so parts that only rank
  /// (the uncommon words ANDed into a common-gram phrase) are left out. The matches are the
  /// same either way. Default true.
  void set_ranked(bool ranked) { ranked_ = ranked; }

 private:
  Xapian::Query build_node(const QueryNode& node, HighlightTerms& highlights);
  Xapian::Query word_query(const QueryNode& node, HighlightTerms& highlights);
  // Every document holding a word with stem `stem` (of a word in `script`).
  Xapian::Query stem_query(const std::string& stem, Script script);
  // Exact words of node.text as one term or a phrase; each word mapped by `term` (the
  // identity, or a prefixing function). Without `term`, a phrase holding a common word
  // runs over common-gram pair terms; with it (title:, quote: terms have no pairs), never.
  Xapian::Query phrase_query(const QueryNode& node, HighlightTerms& highlights,
                             const std::function<std::string(std::string_view)>& term = {});
  // quote:"…", in articles optionally limited to words said by `speakers`.
  Xapian::Query quote_query(const QueryNode& node, const std::vector<std::string>& speakers,
                            HighlightTerms& highlights);
  Xapian::Query field_query(const QueryNode& node, HighlightTerms& highlights);
  Xapian::Query word_forms(const QueryNode& word, HighlightTerms& highlights);
  std::string speaker_name(const std::string& name) const;

  WordTokenizer tokenizer_;
  TermStemmer stemmer_;
  TokenList tokens_;
  const OutletTable* outlets_;
  const Xapian::Database* db_;
  QueryTarget target_;
  const SpeakerAliases* speakers_;
  bool ranked_ = true;
};

}  // namespace rostra
