#include "common/document_builder.h"

#include "common/article_metadata.h"
#include "common/index_terms.h"
#include "common/schema.h"
#include "common/stored_article.h"

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
    for (const Token& token : tokens_) {
      std::string word(tokens_.text(token));
      doc.add_posting(word, position, wdf);
      if (is_title) doc.add_posting(title_term(word), position);
      doc.add_term(stem_term(stemmer_.stem(word, token.script)), wdf);
      ++position;
    }
    if (!tokens_.empty()) position += schema::kFieldPositionGap;
    start = end + 2;
  }
  return position;
}

Xapian::Document DocumentBuilder::build(const Article& article) {
  Xapian::Document doc;
  stemmer_.set_language(article.language);
  Xapian::termpos position = 1;
  position = index_text(doc, article.title, position, true);
  position = index_text(doc, article.lead, position, false);
  index_text(doc, article.body, position, false);

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
  doc.add_value(schema::kSlotContentHash, content_hash(article));
  doc.set_data(encode_stored_article(article));
  return doc;
}

}  // namespace rostra
