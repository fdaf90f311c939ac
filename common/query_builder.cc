#include "common/query_builder.h"

#include <algorithm>

#include "common/common_grams.h"
#include "common/errors.h"
#include "common/index_terms.h"
#include "common/schema.h"

namespace rostra {
namespace {

Xapian::Query as_filter(Xapian::Query query) {
  return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, query, 0.0);
}

// The exact phrase `words` over common-gram pair terms (see rewrite_phrase), or an empty
// query when no two adjacent words form a pair. It matches the same documents as OP_PHRASE
// over the words but never reads the postings of the common words. Pair terms have wdf 0
// and weigh nothing, so the uncommon words that only appear inside pairs are ANDed back in
// to rank a match (what the common words used to add, small and of low idf, is lost). Every
// match holds those words (a pair term is indexed only beside its two words), so OP_AND
// changes no match; unlike OP_AND_MAYBE it puts the phrase in one AND with the words, and
// in a top-k search Xapian then skips most position checks (inferred from the timings: at
// 20,000 articles, top 10 of "one of the" took 3.1 ms with OP_AND_MAYBE, 0.8 ms with OP_AND,
// and Xapian's match estimate fell from 700 to 300 of the 2,487 matches).
// Unranked, those words are left out: they would only cost a lookup per match.
Xapian::Query common_gram_phrase(const std::vector<std::string>& words, bool ranked) {
  const std::vector<PhraseUnit> units = rewrite_phrase(words);
  if (std::ranges::none_of(units, &PhraseUnit::is_pair)) return Xapian::Query();
  std::vector<Xapian::Query> terms;
  std::vector<Xapian::Query> rankers;
  for (std::size_t i = 0; i < words.size(); ++i) {
    // Unit i stands at word i; the last word has a unit only when no pair ends in it.
    const bool alone = i < units.size() && !units[i].is_pair();
    if (i < units.size()) {
      terms.emplace_back(alone ? std::string(units[i].first)
                               : common_gram_term(units[i].first, units[i].second));
    }
    if (!alone && !is_common_word(words[i])) rankers.emplace_back(words[i]);
  }
  Xapian::Query phrase = terms.size() == 1
                             ? terms[0]
                             : Xapian::Query(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(),
                                             static_cast<Xapian::termcount>(terms.size()));
  if (!ranked || rankers.empty()) return phrase;
  rankers.insert(rankers.begin(), phrase);
  return Xapian::Query(Xapian::Query::OP_AND, rankers.begin(), rankers.end());
}

}  // namespace

QueryBuilder::QueryBuilder(std::string_view language, const OutletTable* outlets,
                           const Xapian::Database* db, QueryTarget target,
                           const SpeakerAliases* speakers)
    : stemmer_(language), outlets_(outlets), db_(db), target_(target), speakers_(speakers) {}

std::string QueryBuilder::speaker_name(const std::string& name) const {
  if (speakers_ == nullptr) return name;
  return speakers_->canonical(name).value_or(name);
}

Xapian::Query QueryBuilder::word_forms(const QueryNode& node, HighlightTerms& highlights) {
  tokens_.clear();
  tokenizer_.tokenize(node.text, tokens_);
  if (tokens_.size() != 1) {
    throw QueryError("NEAR and ADJ need single words ('" + node.text + "')", node.column);
  }
  const std::string word(tokens_.text(tokens_[0]));
  const Script script = tokens_[0].script;
  const std::string stem = stemmer_.stem(word, script);
  std::vector<std::string> forms = {word};
  if (db_ != nullptr) {
    // Inflected forms mostly start with the stem ("выбор" -> "выборах") or the word itself
    // ("city" -> "city's"); keep those whose stem is the same.
    constexpr std::size_t kMaxForms = 64;
    constexpr std::size_t kMaxScanned = 2000;
    for (const std::string& prefix : {stem, word}) {
      std::size_t scanned = 0;
      for (auto it = db_->allterms_begin(prefix);
           it != db_->allterms_end(prefix) && scanned < kMaxScanned && forms.size() < kMaxForms;
           ++it, ++scanned) {
        std::string term = *it;
        if (std::find(forms.begin(), forms.end(), term) == forms.end() &&
            stemmer_.stem(term, script) == stem) {
          forms.push_back(std::move(term));
        }
      }
    }
  }
  highlights.stems.insert(stem);
  highlights.words.insert(word);
  std::vector<Xapian::Query> terms(forms.begin(), forms.end());
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

BuiltQuery QueryBuilder::build(const QueryNode& root) {
  BuiltQuery built;
  built.query = build_node(root, built.highlights);
  if (built.query.empty()) throw QueryError("query has no searchable words", root.column);
  return built;
}

Xapian::Query QueryBuilder::phrase_query(const QueryNode& node, HighlightTerms& highlights,
                                         const std::function<std::string(std::string_view)>& term) {
  tokens_.clear();
  tokenizer_.tokenize(node.text, tokens_);
  std::vector<std::string> terms;
  std::vector<std::string> words;
  for (const Token& token : tokens_) {
    std::string word(tokens_.text(token));
    terms.push_back(term ? term(word) : word);
    words.push_back(std::move(word));
  }
  if (terms.empty()) return Xapian::Query();
  if (words.size() == 1) {
    highlights.words.insert(words[0]);
  } else {
    highlights.phrases.push_back(words);
  }
  if (terms.size() == 1) return Xapian::Query(terms[0]);
  if (!term) {
    // Plain words: a phrase holding "the" or "в" runs over pair terms.
    Xapian::Query grams = common_gram_phrase(words, ranked_);
    if (!grams.empty()) return grams;
  }
  return Xapian::Query(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(),
                       static_cast<Xapian::termcount>(terms.size()));
}

Xapian::Query QueryBuilder::quote_query(const QueryNode& node,
                                        const std::vector<std::string>& speakers,
                                        HighlightTerms& highlights) {
  Xapian::Query body = phrase_query(node, highlights);
  if (body.empty() || target_ == QueryTarget::kQuotes) return body;
  HighlightTerms ignored;
  Xapian::Query inside;
  if (speakers.empty()) {
    inside = phrase_query(node, ignored, quote_word_term);
  } else {
    std::vector<Xapian::Query> by_speaker;
    for (const std::string& speaker : speakers) {
      by_speaker.push_back(phrase_query(node, ignored, [&](std::string_view word) {
        return speaker_quote_word_term(speaker, word);
      }));
    }
    inside = Xapian::Query(Xapian::Query::OP_OR, by_speaker.begin(), by_speaker.end());
  }
  // The quote terms (wdf 0) decide the match; the same words in the body rank it.
  return Xapian::Query(Xapian::Query::OP_FILTER, body, inside);
}

Xapian::Query QueryBuilder::word_query(const QueryNode& node, HighlightTerms& highlights) {
  tokens_.clear();
  tokenizer_.tokenize(node.text, tokens_);
  if (tokens_.empty()) return Xapian::Query();
  if (tokens_.size() > 1) return phrase_query(node, highlights);  // "long-term", "U.S.-Russia"
  const Token& token = tokens_[0];
  std::string stem = stemmer_.stem(tokens_.text(token), token.script);
  highlights.stems.insert(stem);
  highlights.words.insert(std::string(tokens_.text(token)));
  return stem_query(stem, token.script);
}

Xapian::Query QueryBuilder::stem_query(const std::string& stem, Script script) {
  // Documents hold Z<stem> for each word whose stem differs from it, and only the exact
  // term for a word that is its own stem (DocumentBuilder::index_text). The stem itself is
  // such a word only when stemming it changes nothing.
  Xapian::Query stems(stem_term(stem));
  if (stemmer_.stem(stem, script) != stem) return stems;
  Xapian::Query word(stem);
  return Xapian::Query(Xapian::Query::OP_SYNONYM, stems, word);
}

Xapian::Query QueryBuilder::field_query(const QueryNode& node, HighlightTerms& highlights) {
  if (node.field == "title") {
    return phrase_query(node, highlights, title_term);
  }
  if (node.field == "quote") return quote_query(node, {}, highlights);
  if (node.field == "outlet") {
    std::string name = outlets_ ? outlets_->canonical_name(node.text) : node.text;
    return as_filter(Xapian::Query(outlet_term(name)));
  }
  if (node.field == "speaker") {
    return as_filter(Xapian::Query(speaker_term(speaker_name(node.text))));
  }
  throw QueryError("unknown field '" + node.field + ":'", node.column);
}

Xapian::Query QueryBuilder::build_node(const QueryNode& node, HighlightTerms& highlights) {
  using Q = Xapian::Query;
  switch (node.kind) {
    case QueryNode::Kind::kWord:
      return word_query(node, highlights);
    case QueryNode::Kind::kPhrase:
      return phrase_query(node, highlights);
    case QueryNode::Kind::kField:
      return field_query(node, highlights);
    case QueryNode::Kind::kMatchAll:
      return Q::MatchAll;
    case QueryNode::Kind::kDateRange: {
      if (node.date_from.empty())
        return as_filter(Q(Q::OP_VALUE_LE, schema::kSlotDate, node.date_to));
      if (node.date_to.empty())
        return as_filter(Q(Q::OP_VALUE_GE, schema::kSlotDate, node.date_from));
      return as_filter(Q(Q::OP_VALUE_RANGE, schema::kSlotDate, node.date_from, node.date_to));
    }
    case QueryNode::Kind::kNear: {
      std::vector<Q> words;
      for (const QueryNode& child : node.children) words.push_back(word_forms(child, highlights));
      auto window = static_cast<Xapian::termcount>(node.window + words.size() - 1);
      return Q(node.ordered ? Q::OP_PHRASE : Q::OP_NEAR, words.begin(), words.end(), window);
    }
    case QueryNode::Kind::kAnd:
    case QueryNode::Kind::kOr: {
      std::vector<Q> parts;
      std::vector<Q> filters;
      // Speakers named in this AND group scope its quote: fields to their words.
      std::vector<std::string> speakers;
      if (node.kind == QueryNode::Kind::kAnd) {
        for (const QueryNode& child : node.children) {
          if (child.kind == QueryNode::Kind::kField && child.field == "speaker") {
            speakers.push_back(speaker_name(child.text));
          }
        }
      }
      for (const QueryNode& child : node.children) {
        bool scoped_quote =
            child.kind == QueryNode::Kind::kField && child.field == "quote" && !speakers.empty();
        Q part =
            scoped_quote ? quote_query(child, speakers, highlights) : build_node(child, highlights);
        if (part.empty()) continue;
        bool is_filter = child.kind == QueryNode::Kind::kDateRange ||
                         (child.kind == QueryNode::Kind::kField && child.field != "title" &&
                          child.field != "quote");
        (is_filter && node.kind == QueryNode::Kind::kAnd ? filters : parts).push_back(part);
      }
      if (node.kind == QueryNode::Kind::kOr) return Q(Q::OP_OR, parts.begin(), parts.end());
      Q scored = parts.empty() ? Q::MatchAll : Q(Q::OP_AND, parts.begin(), parts.end());
      if (filters.empty()) return scored;
      return Q(Q::OP_FILTER, scored, Q(Q::OP_AND, filters.begin(), filters.end()));
    }
    case QueryNode::Kind::kNot: {
      Q positive = build_node(node.children[0], highlights);
      HighlightTerms ignored;  // excluded words are never highlighted
      Q negative = build_node(node.children[1], ignored);
      if (positive.empty()) positive = Q::MatchAll;
      if (negative.empty()) return positive;
      return Q(Q::OP_AND_NOT, positive, negative);
    }
  }
  return Q();
}

}  // namespace rostra
