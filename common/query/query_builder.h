#pragma once
// Turns a parsed query into a Xapian query, analyzing words exactly as the indexer does.

#include <xapian.h>

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/analysis/term_stemmer.h"
#include "common/analysis/word_tokenizer.h"
#include "common/input/metadata/outlet_table.h"
#include "common/query/highlight_terms.h"
#include "common/query/positional_pattern.h"
#include "common/query/query_ast.h"
#include "common/quotes/speaker_aliases.h"
#include "common/tokens/token_store.h"
#include "common/tokens/vocabulary.h"

namespace rostra {

/// A query ready to run, and what its results should highlight.
struct BuiltQuery {
  Xapian::Query query;
  HighlightTerms highlights;
  /// With QueryBuilder::set_defer_positional: positional conditions every match must also
  /// meet, left out of `query` for a PositionalDecider to check.
  std::vector<std::shared_ptr<const PositionalPattern>> deferred;
  /// What the user should be told about the query (a wildcard that hit kMaxWildcardWords or
  /// matched nothing).
  std::vector<std::string> notes;
};

/// What a query runs against: article documents or quote documents (see schema.h).
enum class QueryTarget { kArticles, kQuotes };

/// Builds Xapian queries. Words become their stem term (ranked; documents index the stems of
/// their words); title:word and quote:word match any indexed form of the word, like bare
/// words, and title:"word", quote:"word" the exact form. atleastN(word) keeps the documents
/// holding forms of the word at least N times (OccurrenceFilter). Phrases, words that split
/// into several tokens, NEAR/ADJ, title:"…" and quote: take their candidates from the postings of
/// their words' stems (of common-gram pair terms when a phrase holds a common word such as "the" or
/// "в", see common_grams.h) and keep those whose token record holds the exact words in place
/// (PositionalFilter): the same matches as Xapian's positional operators over exact words. NEAR/ADJ
/// match each word's indexed forms with the same stem ("выборы NEAR парламент" finds "парламентских
/// выборах"). Field filters and date ranges are boolean (weight 0). quote:"…" on articles keeps the
/// articles where the words stand inside one quote (of the speakers named in the same AND group, if
/// any) and ranks by the same words; on quote documents it is an ordinary phrase, since each
/// document is one quote. Not thread-safe.
class QueryBuilder {
 public:
  /// `language`: stemmer for Latin-script words ("en" default). `outlets` and `speakers`
  /// (may be null) map outlet: and speaker: names given as hosts or aliases ("Путин") to
  /// the names the index uses. `vocabulary` (word ids and forms) and `tokens` (the token
  /// records of the database searched) may be null only for queries without positional
  /// parts: without them a phrase matches nothing. Those given must outlive the builder and
  /// the queries it builds.
  explicit QueryBuilder(std::string_view language = "en", const OutletTable* outlets = nullptr,
                        const Vocabulary* vocabulary = nullptr, TokenStoreReader* tokens = nullptr,
                        QueryTarget target = QueryTarget::kArticles,
                        const SpeakerAliases* speakers = nullptr);

  /// Throws QueryError when part of the query has no searchable words (e.g. a phrase
  /// of punctuation only) and the whole query would otherwise be empty.
  BuiltQuery build(const QueryNode& root);

  /// The term an outlet: or speaker: node filters on: its name mapped through the outlet
  /// table or the speaker aliases. REQUIRES: `node` is a kField of kind kFilter.
  std::string filter_term(const QueryNode& node) const;

  /// Every term the node matches: filter_term, and for speaker: the terms of every alias
  /// the speaker table lists for that speaker (what an index stored before the table
  /// listed it) and of the names in node.children. REQUIRES: as filter_term.
  std::vector<std::string> filter_terms(const QueryNode& node) const;

  /// The names a speaker: node matches: its canonical name, that name's aliases in the
  /// speaker table and the names in node.children. REQUIRES: a speaker: kField.
  std::vector<std::string> speaker_names(const QueryNode& node) const;

  /// Whether `node` is outlet:unknown (the articles without an outlet, not a term).
  static bool is_unknown_outlet(const QueryNode& node);

  /// `false`: the queries built are only counted, never ranked, so parts that only rank
  /// (the uncommon words ANDed into a common-gram phrase) are left out. The matches are the
  /// same either way. Default true.
  void set_ranked(bool ranked) { ranked_ = ranked; }

  /// `true`: positional conditions that every match must meet (a phrase not under OR or
  /// NOT) are left out of the query and listed in BuiltQuery::deferred, to be checked by a
  /// match decider, which Xapian consults only for documents that could enter the page:
  /// for top-k searches without exact totals. Default false (checked inside the query).
  void set_defer_positional(bool defer) { defer_ = defer; }

 private:
  // Where a phrase must stand: anywhere in the text, in the title, or in a quote.
  enum class Scope { kText, kTitle, kQuote };

  Xapian::Query build_node(const QueryNode& node, HighlightTerms& highlights);
  Xapian::Query word_query(const QueryNode& node, HighlightTerms& highlights);
  // The words of node.text as one term or a phrase in `scope`; with kQuote, said by one
  // of `speakers` (canonical names) when not empty.
  Xapian::Query phrase_query(const QueryNode& node, HighlightTerms& highlights, Scope scope,
                             const std::vector<std::string>& speakers = {});
  // quote:"…", in articles optionally limited to words said by `speakers`.
  Xapian::Query quote_query(const QueryNode& node, const std::vector<std::string>& speakers,
                            HighlightTerms& highlights);
  Xapian::Query field_query(const QueryNode& node, HighlightTerms& highlights);
  Xapian::Query near_query(const QueryNode& node, HighlightTerms& highlights);
  // w/s, w/p: the children's queries as candidates, kept when their record has a sentence
  // (paragraph) holding all of them.
  Xapian::Query same_unit_query(const QueryNode& node, HighlightTerms& highlights);
  // NEAR/ADJ with a phrase or an OR-group among its operands (operand_near_matcher.h).
  Xapian::Query operand_near_query(const QueryNode& node, HighlightTerms& highlights);
  // The children of `node` as operands of `pattern`: their queries ANDed as candidates,
  // filtered by the pattern; no match when an operand has no word in the index.
  Xapian::Query operands_query(const QueryNode& node, HighlightTerms& highlights,
                               PositionalPattern pattern);
  // Adds the phrases that a w/s, w/p or NEAR operand (word, phrase or OR-group) stands for, as the
  // ids of their words, to `operand`; a phrase with a word no document holds is left out.
  void unit_operand(const QueryNode& node, HighlightTerms& highlights, UnitOperand& operand);
  // One NEAR/ADJ word: the query over its forms, and their ids.
  Xapian::Query word_forms(const QueryNode& word, HighlightTerms& highlights,
                           std::vector<WordId>& ids);
  // Whether node.text is one word (or a wildcard), not several ("long-term").
  bool is_single_word(const QueryNode& node);
  // The one word of node.text, its stem when that is its own stem, and the indexed words with
  // that stem; their ids into `ids`, the stem into `stem`. REQUIRES: one word.
  std::vector<std::string> stem_forms(const QueryNode& node, HighlightTerms& highlights,
                                      std::vector<WordId>& ids, std::string& stem);
  // title:word: any form of the word (or any word of a wildcard) in the title.
  Xapian::Query title_word_query(const QueryNode& node, HighlightTerms& highlights);
  // quote:word: any form of the word inside a quote (of `speakers`, when not empty).
  Xapian::Query quote_word_query(const QueryNode& node, const std::vector<std::string>& speakers,
                                 HighlightTerms& highlights);
  // atleastN(word): any forms of the word, together at least N times in the text.
  Xapian::Query at_least_query(const QueryNode& node, HighlightTerms& highlights);
  // `candidates` restricted to the documents whose record matches `pattern` (or, deferred,
  // `candidates` alone with the pattern listed in deferred_).
  Xapian::Query filtered(Xapian::Query candidates, PositionalPattern pattern);
  std::string speaker_name(const std::string& name) const;
  // The indexed words a wildcard word matches (at most kMaxWildcardWords, noted when more
  // or none); their stems into `stems` and ids into `ids`, when given.
  std::vector<std::string> wildcard_words(const QueryNode& node);
  // A wildcard word: any of the stems of the words it matches, ranked as one term.
  Xapian::Query wildcard_query(const QueryNode& node, HighlightTerms& highlights,
                               std::vector<WordId>* ids);

  WordTokenizer tokenizer_;
  TermStemmer stemmer_;
  TokenList tokens_;
  const OutletTable* outlets_;
  const Vocabulary* vocabulary_;
  TokenStoreReader* tokens_reader_;
  QueryTarget target_;
  const SpeakerAliases* speakers_;
  bool ranked_ = true;
  bool defer_ = false;
  bool required_ = true;  // the node being built must match for the query to match
  std::vector<std::shared_ptr<const PositionalPattern>> deferred_;
  std::vector<std::string> notes_;
};

}  // namespace rostra
