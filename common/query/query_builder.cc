#include "common/query/query_builder.h"

#include <algorithm>

#include "common/analysis/common_grams.h"
#include "common/base/case_fold.h"
#include "common/base/errors.h"
#include "common/query/occurrence_filter.h"
#include "common/query/positional_filter.h"
#include "common/query/wildcard.h"
#include "common/schema/index_terms.h"
#include "common/schema/schema.h"

namespace rostra {
namespace {

// A query that matches nothing but, unlike Xapian::Query::MatchNothing (an empty query),
// still counts as a part of the query: a phrase with a word no document holds.
Xapian::Query no_match() {
  return Xapian::Query(std::string(schema::kNeverIndexedTerm));
}

// Every document. A new query each time instead of a copy of Xapian::Query::MatchAll: that is
// one static object whose reference count Xapian 1.4 changes without atomics, so threads that
// build queries at once (a split search's parts, the server's workers) corrupted it
// (AddressSanitizer: heap-use-after-free in Query's copy, in a page test of rostra-serve). A
// query for the empty term is Xapian's match-all.
Xapian::Query match_all() {
  return Xapian::Query(std::string());
}

Xapian::Query as_filter(Xapian::Query query) {
  return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, query, 0.0);
}

// The documents without a value in `slot` (date:unknown, outlet:unknown). "\0" is the least
// non-empty string, so VALUE_GE over it holds every document with a value (an empty bound
// would be MatchAll).
Xapian::Query without_value(Xapian::valueno slot) {
  return Xapian::Query(Xapian::Query::OP_AND_NOT, match_all(),
                       Xapian::Query(Xapian::Query::OP_VALUE_GE, slot, std::string(1, '\0')));
}

bool is_unknown_value(std::string_view text) {
  return fold_case(text) == "unknown";
}

// When a phrase's positional check is deferred to the documents that could enter a top-k
// page, a unit whose postings are denser than 1 / kDenseUnitShare of the documents is left
// out of its candidates unless it is the phrase's rarest unit: the units of one phrase
// occur together, so a dense one removes few candidates and costs a pass over a long list
// (200,000 articles: "of the", in 77% of them, removed 1.7% of the 36,704 candidates of
// "one of" and took 1.1 of 3.9 ms of a top-10 search for "one of the"). When every
// candidate is checked (counts), each candidate removed saves a check that costs more than
// a step through a dense list, so all units stay (the dense "at the" and "time" cut the
// candidates of "the same" from 32,618 to 19,835).
constexpr Xapian::doccount kDenseUnitShare = 8;

// The candidates of the phrase `words` over common-gram pair terms (see rewrite_phrase), or
// an empty query when no two adjacent words form a pair: every document holding the phrase
// holds these terms, and it never reads the postings of the common words. The units' terms
// are filters (the positional check decides); with `prune_dense`, only the rarest and the
// sparse ones are kept (kDenseUnitShare). Pair terms have wdf 0 and weigh nothing, so the stems of
// the uncommon words that only appear inside pairs, and lone words whose unit was left out, are
// ANDed back in to rank a match (what the common words used to add, small and of low idf, is lost);
// unranked they are left out. Sets `exact` when the pairs alone are the phrase (two words forming
// one pair: a pair term is only indexed for adjacent words).
Xapian::Query common_gram_candidates(const std::vector<std::string>& words,
                                     const std::vector<std::string>& stems, bool ranked,
                                     const Vocabulary& vocabulary, bool prune_dense, bool& exact) {
  const std::vector<PhraseUnit> units = rewrite_phrase(words);
  exact = false;
  if (std::ranges::none_of(units, &PhraseUnit::is_pair)) return Xapian::Query();
  exact = words.size() == 2 && units.size() == 1;
  // Unit i stands at word i: its pair term, or the stem of a lone word.
  std::vector<std::string> unit_terms;
  std::vector<Xapian::doccount> frequencies;
  std::size_t rarest = 0;
  for (std::size_t i = 0; i < units.size(); ++i) {
    unit_terms.push_back(units[i].is_pair() ? common_gram_term(units[i].first, units[i].second)
                                            : stems[i]);
    if (!prune_dense) continue;
    frequencies.push_back(vocabulary.term_frequency(unit_terms.back()));
    if (frequencies[i] < frequencies[rarest]) rarest = i;
  }
  const Xapian::doccount dense = prune_dense ? vocabulary.document_count() / kDenseUnitShare : 0;
  auto kept = [&](std::size_t i) { return !prune_dense || i == rarest || frequencies[i] <= dense; };
  std::vector<Xapian::Query> terms;
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (kept(i)) terms.emplace_back(unit_terms[i]);
  }
  if (ranked) {
    for (std::size_t i = 0; i < words.size(); ++i) {
      const bool alone = i < units.size() && !units[i].is_pair();
      if (alone ? !kept(i) : !is_common_word(words[i])) terms.emplace_back(stems[i]);
    }
  }
  if (terms.size() == 1) return terms[0];
  return Xapian::Query(Xapian::Query::OP_AND, terms.begin(), terms.end());
}

}  // namespace

QueryBuilder::QueryBuilder(std::string_view language, const OutletTable* outlets,
                           const Vocabulary* vocabulary, TokenStoreReader* tokens,
                           QueryTarget target, const SpeakerAliases* speakers)
    : stemmer_(language),
      outlets_(outlets),
      vocabulary_(vocabulary),
      tokens_reader_(tokens),
      target_(target),
      speakers_(speakers) {}

std::string QueryBuilder::speaker_name(const std::string& name) const {
  if (speakers_ == nullptr) return name;
  return speakers_->canonical(name).value_or(name);
}

std::vector<std::string> QueryBuilder::speaker_names(const QueryNode& node) const {
  std::vector<std::string> names = {speaker_name(node.text)};
  if (speakers_ != nullptr) {
    for (std::string& alias : speakers_->aliases_of(names[0])) names.push_back(std::move(alias));
  }
  for (const QueryNode& variant : node.children) names.push_back(variant.text);
  return names;
}

std::vector<std::string> QueryBuilder::filter_terms(const QueryNode& node) const {
  if (node.field != QueryField::kSpeaker) return {filter_term(node)};
  std::vector<std::string> terms;
  for (const std::string& name : speaker_names(node)) {
    std::string term = speaker_term(name);
    if (std::find(terms.begin(), terms.end(), term) == terms.end()) terms.push_back(term);
  }
  return terms;
}

std::string QueryBuilder::filter_term(const QueryNode& node) const {
  if (node.field == QueryField::kOutlet) {
    return outlet_term(outlets_ ? outlets_->canonical_name(node.text) : node.text);
  }
  return speaker_term(speaker_name(node.text));
}

bool QueryBuilder::is_unknown_outlet(const QueryNode& node) {
  return node.kind == QueryNode::Kind::kField && node.field == QueryField::kOutlet &&
         !node.phrase && is_unknown_value(node.text);
}

Xapian::Query QueryBuilder::filtered(Xapian::Query candidates, PositionalPattern pattern) {
  if (tokens_reader_ == nullptr) return no_match();
  auto shared = std::make_shared<const PositionalPattern>(std::move(pattern));
  if (defer_ && required_) {
    deferred_.push_back(std::move(shared));
    return candidates;
  }
  auto* filter = new PositionalFilter(std::move(shared), tokens_reader_);
  return Xapian::Query(Xapian::Query::OP_FILTER, candidates, Xapian::Query(filter->release()));
}

std::vector<std::string> QueryBuilder::wildcard_words(const QueryNode& node) {
  const WildcardPattern pattern = parse_wildcard(node.text, node.column);
  bool more = false;
  std::vector<std::string> words;
  if (vocabulary_ != nullptr) {
    words = vocabulary_->words_matching(
        pattern.prefix, [&](std::string_view word) { return pattern.matches(word); },
        kMaxWildcardWords, more);
  }
  if (more) {
    notes_.push_back(node.text + " matches more than " + std::to_string(kMaxWildcardWords) +
                     " words; only the first " + std::to_string(kMaxWildcardWords) +
                     " (alphabetically) are searched: write more letters before the wildcard");
  } else if (words.empty()) {
    notes_.push_back(node.text + " matches no word in the index");
  }
  return words;
}

Xapian::Query QueryBuilder::wildcard_query(const QueryNode& node, HighlightTerms& highlights,
                                           std::vector<WordId>* ids) {
  std::vector<std::string> stems;
  for (const std::string& word : wildcard_words(node)) {
    tokens_.clear();
    tokenizer_.tokenize(word, tokens_);
    if (tokens_.size() != 1) continue;
    const std::string stem = stemmer_.stem(word, tokens_[0].script);
    highlights.words.insert(word);
    if (WordId id = ids != nullptr ? vocabulary_->id(word) : 0) ids->push_back(id);
    if (std::find(stems.begin(), stems.end(), stem) == stems.end()) stems.push_back(stem);
    // A word that is its own stem in another language's article is indexed as itself.
    if (stem != word) stems.push_back(word);
  }
  if (stems.empty()) return no_match();
  return Xapian::Query(Xapian::Query::OP_SYNONYM, stems.begin(), stems.end());
}

bool QueryBuilder::is_single_word(const QueryNode& node) {
  if (is_wildcard(node.text)) return true;
  tokens_.clear();
  tokenizer_.tokenize(node.text, tokens_);
  return tokens_.size() == 1;
}

std::vector<std::string> QueryBuilder::stem_forms(const QueryNode& node, HighlightTerms& highlights,
                                                  std::vector<WordId>& ids, std::string& stem) {
  tokens_.clear();
  tokenizer_.tokenize(node.text, tokens_);
  const std::string word(tokens_.text(tokens_[0]));
  const Script script = tokens_[0].script;
  stem = stemmer_.stem(word, script);
  highlights.stems.insert(stem);
  highlights.words.insert(word);
  // The word itself, the stem when it is its own stem, and the indexed words with that stem.
  constexpr std::size_t kMaxForms = 64;
  std::vector<std::string> forms = {word};
  if (stem != word && stemmer_.stem(stem, script) == stem) forms.push_back(stem);
  ids.clear();
  if (vocabulary_ != nullptr) {
    for (const std::string& form : forms) {
      if (WordId id = vocabulary_->id(form)) ids.push_back(id);
    }
    for (auto& [form, id] : vocabulary_->forms(stem)) {
      if (forms.size() >= kMaxForms) break;
      if (std::find(forms.begin(), forms.end(), form) != forms.end()) continue;
      forms.push_back(form);
      ids.push_back(id);
    }
  }
  return forms;
}

Xapian::Query QueryBuilder::word_forms(const QueryNode& node, HighlightTerms& highlights,
                                       std::vector<WordId>& ids) {
  ids.clear();
  if (is_wildcard(node.text)) return wildcard_query(node, highlights, &ids);
  if (!is_single_word(node)) {
    throw QueryError(
        "NEAR, ADJ, atleastN and quote: by stem need single words ('" + node.text + "')",
        node.column);
  }
  std::string stem;
  const std::string word = stem_forms(node, highlights, ids, stem)[0];
  // Every form with this stem is indexed under the stem; the word itself under its own
  // form where it is its own stem (in an article of another language).
  if (stem == word) return Xapian::Query(stem);
  return Xapian::Query(Xapian::Query::OP_OR, Xapian::Query(stem), Xapian::Query(word));
}

Xapian::Query QueryBuilder::title_word_query(const QueryNode& node, HighlightTerms& highlights) {
  std::vector<std::string> forms;
  if (is_wildcard(node.text)) {
    forms = wildcard_words(node);
    highlights.words.insert(forms.begin(), forms.end());
  } else {
    std::vector<WordId> ids;
    std::string stem;
    forms = stem_forms(node, highlights, ids, stem);
  }
  std::vector<Xapian::Query> terms;
  for (const std::string& form : forms) terms.emplace_back(title_term(form));
  if (terms.empty()) return no_match();
  // Ranked as one term, as the stem ranks a bare word.
  return Xapian::Query(Xapian::Query::OP_SYNONYM, terms.begin(), terms.end());
}

Xapian::Query QueryBuilder::quote_word_query(const QueryNode& node,
                                             const std::vector<std::string>& speakers,
                                             HighlightTerms& highlights) {
  if (target_ == QueryTarget::kQuotes) return word_query(node, highlights);  // one quote each
  std::vector<WordId> ids;
  Xapian::Query candidates = word_forms(node, highlights, ids);
  if (ids.empty()) return no_match();
  PositionalPattern pattern;
  pattern.scope = PositionalPattern::Scope::kQuotes;
  for (const std::string& speaker : speakers) pattern.speakers.push_back(fold_case(speaker));
  pattern.words.push_back(std::move(ids));
  return filtered(candidates, std::move(pattern));
}

Xapian::Query QueryBuilder::at_least_query(const QueryNode& node, HighlightTerms& highlights) {
  if (!is_single_word(node)) {
    throw QueryError("atleastN takes one word ('" + node.text + "')", node.column);
  }
  std::vector<WordId> ids;
  Xapian::Query word = word_forms(node, highlights, ids);
  if (ids.empty() || tokens_reader_ == nullptr) return no_match();
  std::vector<std::string> terms(word.get_unique_terms_begin(), word.get_unique_terms_end());
  auto* filter = new OccurrenceFilter(std::move(terms), std::move(ids), node.count, tokens_reader_);
  return Xapian::Query(Xapian::Query::OP_FILTER, word, Xapian::Query(filter->release()));
}

void QueryBuilder::unit_operand(const QueryNode& node, HighlightTerms& highlights,
                                UnitOperand& operand) {
  if (node.kind == QueryNode::Kind::kOr) {
    for (const QueryNode& child : node.children) unit_operand(child, highlights, operand);
    return;
  }
  tokens_.clear();
  tokenizer_.tokenize(node.text, tokens_);
  if (node.kind == QueryNode::Kind::kWord && (is_wildcard(node.text) || tokens_.size() == 1)) {
    std::vector<WordId> ids;
    word_forms(node, highlights, ids);  // every indexed form of the word
    if (!ids.empty()) operand.push_back({std::move(ids)});
    return;
  }
  PhraseIds phrase;  // a phrase, or a word that splits ("long-term"): the exact words
  for (const Token& token : tokens_) {
    const WordId id = vocabulary_ != nullptr ? vocabulary_->id(tokens_.text(token)) : 0;
    if (id == 0) return;  // no document holds this word
    phrase.push_back({id});
  }
  if (!phrase.empty()) operand.push_back(std::move(phrase));
}

Xapian::Query QueryBuilder::same_unit_query(const QueryNode& node, HighlightTerms& highlights) {
  PositionalPattern pattern;
  pattern.kind = node.unit == QueryNode::Unit::kSentence ? PositionalPattern::Kind::kSameSentence
                                                         : PositionalPattern::Kind::kSameParagraph;
  return operands_query(node, highlights, std::move(pattern));
}

Xapian::Query QueryBuilder::operand_near_query(const QueryNode& node, HighlightTerms& highlights) {
  PositionalPattern pattern;
  pattern.kind = PositionalPattern::Kind::kNearOperands;
  pattern.window = node.window;
  pattern.ordered = node.ordered;
  return operands_query(node, highlights, std::move(pattern));
}

Xapian::Query QueryBuilder::operands_query(const QueryNode& node, HighlightTerms& highlights,
                                           PositionalPattern pattern) {
  std::vector<Xapian::Query> candidates;
  for (const QueryNode& child : node.children) {
    UnitOperand operand;
    unit_operand(child, highlights, operand);
    Xapian::Query part = build_node(child, highlights);
    if (operand.empty() || part.empty()) return no_match();
    candidates.push_back(std::move(part));
    pattern.operands.push_back(std::move(operand));
  }
  return filtered(Xapian::Query(Xapian::Query::OP_AND, candidates.begin(), candidates.end()),
                  std::move(pattern));
}

Xapian::Query QueryBuilder::near_query(const QueryNode& node, HighlightTerms& highlights) {
  if (node.unit != QueryNode::Unit::kWords) return same_unit_query(node, highlights);
  const bool plain_words =
      std::all_of(node.children.begin(), node.children.end(),
                  [](const QueryNode& child) { return child.kind == QueryNode::Kind::kWord; });
  if (!plain_words) return operand_near_query(node, highlights);
  std::vector<Xapian::Query> words;
  PositionalPattern pattern;
  pattern.kind = PositionalPattern::Kind::kNear;
  pattern.ordered = node.ordered;
  pattern.window = static_cast<unsigned>(node.window + node.children.size() - 1);
  bool unknown = false;
  for (const QueryNode& child : node.children) {
    std::vector<WordId> ids;
    words.push_back(word_forms(child, highlights, ids));
    if (ids.empty()) unknown = true;  // no document holds any form of this word
    pattern.words.push_back(std::move(ids));
    // How often its forms occur, so that the record check looks for the rarest word first.
    std::uint64_t occurrences = 0;
    for (auto term = words.back().get_unique_terms_begin();
         vocabulary_ != nullptr && term != words.back().get_unique_terms_end(); ++term) {
      occurrences += vocabulary_->collection_frequency(*term);
    }
    pattern.frequencies.push_back(occurrences);
  }
  if (unknown) return no_match();
  return filtered(Xapian::Query(Xapian::Query::OP_AND, words.begin(), words.end()),
                  std::move(pattern));
}

BuiltQuery QueryBuilder::build(const QueryNode& root) {
  BuiltQuery built;
  required_ = true;
  deferred_.clear();
  notes_.clear();
  built.query = build_node(root, built.highlights);
  built.deferred = std::move(deferred_);
  deferred_.clear();
  built.notes = std::move(notes_);
  notes_.clear();
  if (built.query.empty()) throw QueryError("query has no searchable words", root.column);
  return built;
}

Xapian::Query QueryBuilder::phrase_query(const QueryNode& node, HighlightTerms& highlights,
                                         Scope scope, const std::vector<std::string>& speakers) {
  tokens_.clear();
  tokenizer_.tokenize(node.text, tokens_);
  std::vector<std::string> words;
  std::vector<std::string> stems;
  for (const Token& token : tokens_) {
    words.emplace_back(tokens_.text(token));
    stems.push_back(stemmer_.stem(words.back(), token.script));
  }
  if (words.empty()) return Xapian::Query();
  if (words.size() == 1) {
    highlights.words.insert(words[0]);
  } else {
    highlights.phrases.push_back(words);
  }
  if (scope == Scope::kTitle && words.size() == 1) return Xapian::Query(title_term(words[0]));
  PositionalPattern pattern;
  pattern.scope = scope == Scope::kTitle   ? PositionalPattern::Scope::kTitle
                  : scope == Scope::kQuote ? PositionalPattern::Scope::kQuotes
                                           : PositionalPattern::Scope::kText;
  for (const std::string& speaker : speakers) pattern.speakers.push_back(fold_case(speaker));
  for (const std::string& word : words) {
    WordId id = vocabulary_ != nullptr ? vocabulary_->id(word) : 0;
    if (id == 0) return no_match();  // no document holds this word
    pattern.words.push_back({id});
  }
  // Candidates: the title words; else the pair terms of a phrase holding "the" or "в"; else
  // the stems, under which every form of the words is indexed.
  std::vector<Xapian::Query> terms;
  Xapian::Query candidates;
  if (scope == Scope::kTitle) {
    for (const std::string& word : words) terms.emplace_back(title_term(word));
  } else {
    bool exact = false;
    candidates =
        common_gram_candidates(words, stems, ranked_, *vocabulary_, defer_ && required_, exact);
    if (exact && scope == Scope::kText) return candidates;
    if (candidates.empty()) terms.assign(stems.begin(), stems.end());
  }
  if (candidates.empty()) {
    candidates = terms.size() == 1
                     ? terms[0]
                     : Xapian::Query(Xapian::Query::OP_AND, terms.begin(), terms.end());
  }
  return filtered(candidates, std::move(pattern));
}

Xapian::Query QueryBuilder::quote_query(const QueryNode& node,
                                        const std::vector<std::string>& speakers,
                                        HighlightTerms& highlights) {
  if (!node.phrase && is_single_word(node)) return quote_word_query(node, speakers, highlights);
  if (target_ == QueryTarget::kQuotes) return phrase_query(node, highlights, Scope::kText);
  // The words rank the article; the record decides whether they stand in a quote.
  return phrase_query(node, highlights, Scope::kQuote, speakers);
}

Xapian::Query QueryBuilder::word_query(const QueryNode& node, HighlightTerms& highlights) {
  if (is_wildcard(node.text)) return wildcard_query(node, highlights, nullptr);
  tokens_.clear();
  tokenizer_.tokenize(node.text, tokens_);
  if (tokens_.empty()) return Xapian::Query();
  if (tokens_.size() > 1) {
    return phrase_query(node, highlights, Scope::kText);  // "long-term", "U.S.-Russia"
  }
  const Token& token = tokens_[0];
  std::string stem = stemmer_.stem(tokens_.text(token), token.script);
  highlights.stems.insert(stem);
  highlights.words.insert(std::string(tokens_.text(token)));
  return Xapian::Query(stem);  // every form of the word is indexed under its stem
}

Xapian::Query QueryBuilder::field_query(const QueryNode& node, HighlightTerms& highlights) {
  switch (node.field) {
    case QueryField::kTitle:
      if (!node.phrase && is_single_word(node)) return title_word_query(node, highlights);
      return phrase_query(node, highlights, Scope::kTitle);
    case QueryField::kQuote:
      return quote_query(node, {}, highlights);
    case QueryField::kOutlet:
      if (is_unknown_outlet(node)) return as_filter(without_value(schema::kSlotOutlet));
      return as_filter(Xapian::Query(filter_term(node)));
    case QueryField::kSpeaker: {
      const std::vector<std::string> terms = filter_terms(node);
      return as_filter(Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()));
    }
    case QueryField::kDate:
      break;
  }
  throw QueryError("date: takes a date or range", node.column);  // the parser made it a range
}

Xapian::Query QueryBuilder::build_node(const QueryNode& node, HighlightTerms& highlights) {
  using Q = Xapian::Query;
  switch (node.kind) {
    case QueryNode::Kind::kWord:
      return word_query(node, highlights);
    case QueryNode::Kind::kPhrase:
      return phrase_query(node, highlights, Scope::kText);
    case QueryNode::Kind::kField:
      return field_query(node, highlights);
    case QueryNode::Kind::kMatchAll:
      return match_all();
    case QueryNode::Kind::kDateRange: {
      if (node.date_from.empty() && node.date_to.empty()) {
        return as_filter(without_value(schema::kSlotDate));  // date:unknown
      }
      if (node.date_from.empty())
        return as_filter(Q(Q::OP_VALUE_LE, schema::kSlotDate, node.date_to));
      if (node.date_to.empty())
        return as_filter(Q(Q::OP_VALUE_GE, schema::kSlotDate, node.date_from));
      return as_filter(Q(Q::OP_VALUE_RANGE, schema::kSlotDate, node.date_from, node.date_to));
    }
    case QueryNode::Kind::kNear:
      return near_query(node, highlights);
    case QueryNode::Kind::kAtLeast:
      return at_least_query(node, highlights);
    case QueryNode::Kind::kAnd:
    case QueryNode::Kind::kOr: {
      std::vector<Q> parts;
      std::vector<Q> filters;
      // Speakers named in this AND group scope its quote: fields to their words.
      std::vector<std::string> speakers;
      if (node.kind == QueryNode::Kind::kAnd) {
        for (const QueryNode& child : node.children) {
          if (child.kind == QueryNode::Kind::kField && child.field == QueryField::kSpeaker) {
            for (std::string& name : speaker_names(child)) speakers.push_back(std::move(name));
          }
        }
      }
      // Under OR a child's conditions are not required of every match.
      const bool was_required = required_;
      if (node.kind == QueryNode::Kind::kOr && node.children.size() > 1) required_ = false;
      for (const QueryNode& child : node.children) {
        bool scoped_quote = child.kind == QueryNode::Kind::kField &&
                            child.field == QueryField::kQuote && !speakers.empty();
        Q part =
            scoped_quote ? quote_query(child, speakers, highlights) : build_node(child, highlights);
        if (part.empty()) continue;
        bool is_filter = child.kind == QueryNode::Kind::kDateRange ||
                         (child.kind == QueryNode::Kind::kField &&
                          query_field_info(child.field).kind != QueryFieldKind::kText);
        (is_filter && node.kind == QueryNode::Kind::kAnd ? filters : parts).push_back(part);
      }
      required_ = was_required;
      if (node.kind == QueryNode::Kind::kOr) return Q(Q::OP_OR, parts.begin(), parts.end());
      Q scored = parts.empty() ? match_all() : Q(Q::OP_AND, parts.begin(), parts.end());
      if (filters.empty()) return scored;
      return Q(Q::OP_FILTER, scored, Q(Q::OP_AND, filters.begin(), filters.end()));
    }
    case QueryNode::Kind::kNot: {
      Q positive = build_node(node.children[0], highlights);
      HighlightTerms ignored;  // excluded words are never highlighted
      const bool was_required = required_;
      required_ = false;  // what is excluded is never required
      Q negative = build_node(node.children[1], ignored);
      required_ = was_required;
      if (positive.empty()) positive = match_all();
      if (negative.empty()) return positive;
      return Q(Q::OP_AND_NOT, positive, negative);
    }
  }
  return Q();
}

}  // namespace rostra
