#include "common/document_builder.h"

#include "common/common_grams.h"
#include "common/index_terms.h"
#include "common/schema.h"
#include "common/stored_article.h"
#include "common/stored_quote.h"

namespace rostra {

Xapian::termpos DocumentBuilder::index_text(Xapian::Document& doc, std::string_view text,
                                            Xapian::termpos position, bool is_title) {
  // Paragraphs are indexed apart, with a gap, so phrases never span them.
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find("\n\n", start);
    if (end == std::string_view::npos) end = text.size();
    tokens_.clear();
    tokenizer_.tokenize(text.substr(start, end - start), tokens_);
    const Xapian::termcount wdf = is_title ? schema::kTitleWdf : 1;
    std::string_view previous;  // the word at position - 1 in this paragraph, if any
    for (const Token& token : tokens_) {
      std::string_view form = tokens_.text(token);
      std::string word(form);
      doc.add_posting(word, position, wdf);
      if (is_title) doc.add_posting(title_term(word), position);
      // A word that is its own stem is found through its exact term (see stem_query), so
      // it needs no stem term (at 20,000 generated articles: 2.50 M stem postings, not 5.22 M).
      const std::string& stem = stemmer_.stem(word, token.script);
      if (stem != word) doc.add_term(stem_term(stem), wdf);
      // wdf 0: the pair term must not change document length or ranking.
      if (!previous.empty() && is_common_pair(previous, form)) {
        doc.add_posting(common_gram_term(previous, form), position - 1, 0);
      }
      previous = form;
      ++position;
    }
    if (!tokens_.empty()) position += schema::kFieldPositionGap;
    start = end + 2;
  }
  return position;
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

void DocumentBuilder::index_quote_words(Xapian::Document& doc, const Article& article) {
  Xapian::termpos position = 1;
  for (const Quote& q : article.quotes) {
    if (q.kind != QuoteKind::kQuote) continue;
    tokens_.clear();
    tokenizer_.tokenize(std::string_view(article.body).substr(q.start, q.end - q.start), tokens_);
    for (const Token& token : tokens_) {
      std::string_view word = tokens_.text(token);
      doc.add_posting(quote_word_term(word), position, 0);
      if (!q.speaker.empty()) {
        doc.add_posting(speaker_quote_word_term(q.speaker, word), position, 0);
      }
      ++position;
    }
    position += schema::kFieldPositionGap;
  }
}

std::vector<std::pair<std::string, Xapian::Document>> DocumentBuilder::build_quotes(
    const Article& article) {
  std::vector<std::pair<std::string, Xapian::Document>> out;
  stemmer_.set_language(article.language);
  std::size_t n = 0;
  for (const auto& unit : quote_units(article.quotes)) {
    const Quote& first = *unit.front();
    StoredQuote stored;
    stored.speaker = first.speaker;
    stored.cue = first.cue;
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
    Xapian::Document doc;
    index_text(doc, stored.text, 1, false);
    tokens_.clear();
    tokenizer_.tokenize(article.title, tokens_);
    Xapian::termpos title_position = 1;
    for (const Token& token : tokens_) {
      doc.add_posting(title_term(tokens_.text(token)), title_position++, 0);
    }
    std::string id = id_term(article.id + "#" + std::to_string(n++));
    doc.add_boolean_term(id);
    doc.add_boolean_term(article_term(article.id));
    std::string kind(quote_kind_name(stored.kind));
    doc.add_boolean_term(quote_kind_term(kind));
    doc.add_value(schema::kSlotQuoteKind, kind);
    if (!stored.speaker.empty()) {
      doc.add_boolean_term(speaker_term(stored.speaker));
      doc.add_value(schema::kSlotSpeakers, stored.speaker);
    }
    if (!article.outlet.empty()) {
      doc.add_boolean_term(outlet_term(article.outlet));
      doc.add_value(schema::kSlotOutlet, article.outlet);
    }
    if (!article.language.empty()) {
      doc.add_boolean_term(language_term(article.language));
      doc.add_value(schema::kSlotLanguage, article.language);
    }
    if (!article.date.empty()) doc.add_value(schema::kSlotDate, article.date);
    doc.set_data(encode_stored_quote(stored));
    out.emplace_back(std::move(id), std::move(doc));
  }
  return out;
}

Xapian::Document DocumentBuilder::build(const Article& article) {
  Xapian::Document doc;
  stemmer_.set_language(article.language);
  Xapian::termpos position = 1;
  position = index_text(doc, article.title, position, true);
  position = index_text(doc, article.lead, position, false);
  index_text(doc, article.body, position, false);
  index_quote_words(doc, article);

  doc.add_boolean_term(id_term(article.id));
  if (!article.language.empty()) {
    doc.add_boolean_term(language_term(article.language));
    doc.add_value(schema::kSlotLanguage, article.language);
  }
  if (!article.outlet.empty()) {
    doc.add_boolean_term(outlet_term(article.outlet));
    doc.add_value(schema::kSlotOutlet, article.outlet);
  }
  if (!article.date.empty()) doc.add_value(schema::kSlotDate, article.date);
  std::string speakers;
  for (const std::string& speaker : article.speakers) {
    doc.add_boolean_term(speaker_term(speaker));
    if (!speakers.empty()) speakers.push_back(schema::kValueSeparator);
    speakers += speaker;
  }
  if (!speakers.empty()) doc.add_value(schema::kSlotSpeakers, speakers);
  doc.set_data(encode_stored_article(article));
  return doc;
}

}  // namespace rostra
