#include "common/document/document_builder.h"

#include <algorithm>

#include "common/analysis/common_grams.h"
#include "common/base/case_fold.h"
#include "common/document/stored_article.h"
#include "common/document/stored_quote.h"
#include "common/schema/index_terms.h"
#include "common/schema/schema.h"

namespace rostra {

namespace {

// Entries kept across documents, at most; beyond, the caches start afresh.
constexpr std::size_t kMaxCachedWords = 1'000'000;

}  // namespace

void DocumentBuilder::start_document(std::string_view language) {
  stemmer_.set_language(language);
  std::size_t cached = stems_.size() + other_terms_.size();
  for (const auto& [lang, cache] : word_caches_) cached += cache.index.size();
  if (cached > kMaxCachedWords) {
    word_caches_.clear();
    stems_.clear();
    stem_entries_.clear();
    other_terms_.clear();
    other_entries_.clear();
  }
  words_cache_ = &word_caches_[std::string(language)];
  ++document_;
}

DocumentBuilder::WordEntry& DocumentBuilder::word(std::string_view word, Script script) {
  WordCache& cache = *words_cache_;
  const std::uint64_t hash = string_hash(word);
  std::uint32_t n = cache.index.find(word, hash);
  if (n == StringIndex::kNone) {
    WordEntry entry;
    entry.id = dictionary_.id(word);
    entry.number = static_cast<std::uint32_t>(cache.entries.size());
    entry.common = is_common_word(word);
    const std::string& stem = stemmer_.stem(word, script);
    if (stem != word) entry.stem = stem;
    const std::string_view term = entry.stem.empty() ? word : std::string_view(entry.stem);
    const std::uint64_t term_hash = string_hash(term);
    entry.stem_n = stems_.find(term, term_hash);
    if (entry.stem_n == StringIndex::kNone) {
      entry.stem_n = stems_.insert(term, term_hash);
      stem_entries_.emplace_back();
    }
    n = cache.index.insert(word, hash);
    cache.entries.push_back(std::move(entry));
  }
  WordEntry& entry = cache.entries[n];
  if (entry.document != document_) {
    entry.document = document_;
    words_.push_back(DocumentWord{entry.id, std::string(word), entry.stem});
  }
  return entry;
}

void DocumentBuilder::add_stem(const WordEntry& entry, Xapian::termcount wdf) {
  StemEntry& stem = stem_entries_[entry.stem_n];
  if (stem.document != document_) {
    stem.document = document_;
    stem.term_index = terms_.size();
    terms_.emplace_back(std::string(stems_.key(entry.stem_n)), wdf);
  } else {
    terms_[stem.term_index].second += wdf;
  }
}

void DocumentBuilder::add_term(const std::string& term, Xapian::termcount wdf) {
  // Title and pair terms are numbered across documents too, with the stems' stamps.
  const std::uint64_t hash = string_hash(term);
  std::uint32_t n = other_terms_.find(term, hash);
  if (n == StringIndex::kNone) {
    n = other_terms_.insert(term, hash);
    other_entries_.emplace_back();
  }
  count_other_term(n, wdf);
}

void DocumentBuilder::add_pair_term(std::uint32_t first, std::uint32_t second,
                                    std::string_view first_form, std::string_view second_form) {
  // A word's number names its form in this cache, so the pair of numbers names the term.
  WordCache& cache = *words_cache_;
  std::uint32_t n = cache.pairs.find(first, second);
  if (n == NumberPairIndex::kNone) {
    const std::string term = common_gram_term(first_form, second_form);
    const std::uint64_t hash = string_hash(term);
    n = other_terms_.find(term, hash);
    if (n == StringIndex::kNone) {
      n = other_terms_.insert(term, hash);
      other_entries_.emplace_back();
    }
    cache.pairs.insert(first, second, n);
  }
  count_other_term(n, 0);
}

void DocumentBuilder::count_other_term(std::uint32_t n, Xapian::termcount wdf) {
  StemEntry& entry = other_entries_[n];
  if (entry.document != document_) {
    entry.document = document_;
    entry.term_index = terms_.size();
    terms_.emplace_back(std::string(other_terms_.key(n)), wdf);
  } else {
    terms_[entry.term_index].second += wdf;
  }
}

void DocumentBuilder::index_text(std::string_view text, Field field,
                                 const std::vector<Quote>& quotes) {
  tokens_.clear();
  tokenizer_.tokenize(text, tokens_);
  index_tokens(tokens_, field, quotes);
}

void DocumentBuilder::index_tokens(const TokenList& tokens, Field field,
                                   const std::vector<Quote>& quotes) {
  // The quotes whose words the `quote:` field finds, in text order.
  std::vector<const Quote*> spans;
  for (const Quote& q : quotes) {
    if (is_spoken(q.kind) && q.end > q.start) spans.push_back(&q);
  }
  std::sort(spans.begin(), spans.end(),
            [](const Quote* a, const Quote* b) { return a->start < b->start; });
  std::size_t next_span = 0;
  const Quote* open = nullptr;
  const bool is_title = field == Field::kTitle;
  const Xapian::termcount wdf = is_title ? schema::kTitleWdf : 1;
  // Paragraphs are indexed apart, with a break, so phrases never span them.
  std::uint32_t paragraph = tokens.empty() ? 0 : tokens[0].paragraph;
  std::uint32_t sentence = tokens.empty() ? 0 : tokens[0].sentence;
  std::string_view previous;  // the word before this one in this paragraph, if any
  std::uint32_t previous_number = 0;
  bool previous_common = false;
  token_words_.clear();
  for (const Token& token : tokens) {
    if (!token.indexed()) {
      token_words_.push_back(UINT32_MAX);
      continue;
    }
    if (token.paragraph != paragraph) {
      record_.end_text_paragraph();
      if (is_title) record_.end_title_paragraph();
      paragraph = token.paragraph;
      previous = {};
    } else if (token.sentence != sentence) {
      record_.begin_sentence();  // a paragraph break ends the sentence by itself
    }
    sentence = token.sentence;
    std::string_view form = tokens.text(token);
    while (next_span < spans.size() && spans[next_span]->end <= token.start) ++next_span;
    const Quote* inside = next_span < spans.size() && spans[next_span]->start <= token.start &&
                                  token.end <= spans[next_span]->end
                              ? spans[next_span]
                              : nullptr;
    if (inside != open) {
      if (inside != nullptr) {
        record_.begin_quote(fold_case(inside->speaker));
      } else {
        record_.end_quote();
      }
      open = inside;
    }
    const WordEntry& w = word(form, token.script);
    token_words_.push_back(w.number);
    record_.add_text_word(w.id);
    add_stem(w, wdf);
    if (is_title) {
      record_.add_title_word(w.id);
      add_term(title_term(form), 1);
    }
    // wdf 0: the pair term must not change document length or ranking. The same test
    // as is_common_pair, with the words' common flags kept in their cache entries.
    if (!previous.empty() && (previous_common || w.common) &&
        common_pair_fits(previous.size(), form.size())) {
      add_pair_term(previous_number, w.number, previous, form);
    }
    previous = form;
    previous_number = w.number;
    previous_common = w.common;
  }
  record_.end_text_paragraph();
  if (is_title) record_.end_title_paragraph();
  record_.end_quote();
}

void DocumentBuilder::index_title_only(std::string_view title, Xapian::termcount wdf) {
  tokens_.clear();
  tokenizer_.tokenize(title, tokens_);
  for (const Token& token : tokens_) {
    std::string_view form = tokens_.text(token);
    record_.add_title_word(word(form, token.script).id);
    add_term(title_term(form), wdf);
  }
}

void DocumentBuilder::finish_document(IndexedDocument& doc) {
  doc.token_record = record_.finish();
  doc.content.terms = std::move(terms_);
  doc.words = std::move(words_);
  record_.clear();
  terms_.clear();
  words_.clear();
}

namespace {

// Quotes grouped into units: a quote and the parts that continue it in later paragraphs.
std::vector<std::vector<const Quote*>> quote_units(const std::vector<Quote>& quotes) {
  std::vector<std::vector<const Quote*>> units;
  for (const Quote& q : quotes) {
    if (q.continuation && !units.empty()) {
      units.back().push_back(&q);
    } else {
      units.push_back({&q});
    }
  }
  return units;
}

}  // namespace

std::vector<std::pair<std::string, IndexedDocument>> DocumentBuilder::build_quotes(
    const Article& article, std::vector<AnalysedWording>* wordings) {
  std::vector<std::pair<std::string, IndexedDocument>> out;
  std::size_t n = 0;
  for (const auto& unit : quote_units(article.quotes)) {
    const Quote& first = *unit.front();
    StoredQuote stored;
    stored.speaker = first.speaker;
    stored.cue = first.cue;
    stored.rule = first.rule;
    stored.mention = first.mention;
    stored.as_written = first.as_written;
    stored.kind = first.kind;
    stored.start = first.start;
    stored.end = unit.back()->end;
    stored.article_id = article.id;
    stored.title = article.title;
    stored.url = article.url;
    stored.date = article.date;
    stored.outlet = article.outlet;
    stored.language = article.language;
    for (const Quote* part : unit) {
      if (!stored.text.empty()) stored.text += "\n\n";
      stored.text.append(article.body, part->start, part->end - part->start);
    }
    IndexedDocument doc;
    start_document(article.language);
    index_text(stored.text, Field::kText, {});
    std::string id = id_term(article.id + "#" + std::to_string(n++));
    if (wordings != nullptr && is_spoken(stored.kind)) {
      // tokens_ still holds the quote's words, token_words_ their entries (stemmed in the
      // article's language).
      wordings->push_back({id, quote_wording(stored.text, tokens_, [&](std::size_t i) {
                             const WordEntry& e = words_cache_->entries[token_words_[i]];
                             return e.stem.empty() ? tokens_.text(tokens_[i])
                                                   : std::string_view(e.stem);
                           })});
    }
    index_title_only(article.title, 0);
    finish_document(doc);
    doc.add_boolean_term(id);
    doc.add_boolean_term(article_term(article.id));
    std::string kind(quote_kind_name(stored.kind));
    doc.add_boolean_term(quote_kind_term(kind));
    doc.set_value(schema::kSlotQuoteKind, kind);
    if (!stored.speaker.empty()) {
      doc.add_boolean_term(speaker_term(stored.speaker));
      doc.set_value(schema::kSlotSpeakers, stored.speaker);
    }
    if (!article.outlet.empty()) {
      doc.add_boolean_term(outlet_term(article.outlet));
      doc.set_value(schema::kSlotOutlet, article.outlet);
    }
    if (!article.language.empty()) {
      doc.add_boolean_term(language_term(article.language));
      doc.set_value(schema::kSlotLanguage, article.language);
    }
    if (!article.date.empty()) doc.set_value(schema::kSlotDate, article.date);
    doc.content.data = encode_stored_quote(stored);
    out.emplace_back(std::move(id), std::move(doc));
  }
  return out;
}

IndexedDocument DocumentBuilder::build(const Article& article) {
  IndexedDocument doc;
  start_document(article.language);
  index_text(article.title, Field::kTitle, {});
  index_text(article.lead, Field::kText, {});
  // The body's token stream is the one attribution and the fingerprint read (text_tokens).
  index_tokens(text_tokens(article.body), Field::kText, article.quotes);
  finish_document(doc);

  doc.add_boolean_term(id_term(article.id));
  if (!article.language.empty()) {
    doc.add_boolean_term(language_term(article.language));
    doc.set_value(schema::kSlotLanguage, article.language);
  }
  if (!article.outlet.empty()) {
    doc.add_boolean_term(outlet_term(article.outlet));
    doc.set_value(schema::kSlotOutlet, article.outlet);
  }
  if (!article.date.empty()) doc.set_value(schema::kSlotDate, article.date);
  std::string speakers;
  std::vector<std::string> speaker_terms;
  for (const std::string& speaker : article.speakers) {
    // Two spellings of a name may fold to one term; a document holds each term once.
    std::string term = speaker_term(speaker);
    if (std::find(speaker_terms.begin(), speaker_terms.end(), term) == speaker_terms.end()) {
      doc.add_boolean_term(term);
      speaker_terms.push_back(std::move(term));
    }
    if (!speakers.empty()) speakers.push_back(schema::kValueSeparator);
    speakers += speaker;
  }
  if (!speakers.empty()) doc.set_value(schema::kSlotSpeakers, speakers);
  doc.content.data = encode_stored_article(article);
  return doc;
}

}  // namespace rostra
