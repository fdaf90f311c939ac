#pragma once
// The oracle for positional queries: the same articles indexed with Xapian's own positions,
// as the indexer wrote them before token records (words, S title words, XQUOTE and XQBY
// quote words), document for document. Rostra's phrases, NEAR/ADJ, title: and quote: must
// match what Xapian's OP_PHRASE and OP_NEAR match here.

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

#include "common/analysis/word_tokenizer.h"
#include "common/base/case_fold.h"
#include "common/model/article.h"
#include "common/schema/schema.h"

namespace rostra::testing {

/// The normalized words of `text`, as the indexer and the query builder see them.
inline std::vector<std::string> words_of(std::string_view text) {
  WordTokenizer tokenizer;
  TokenList tokens;
  tokenizer.tokenize(text, tokens);
  std::vector<std::string> out;
  for (const Token& token : tokens) out.emplace_back(tokens.text(token));
  return out;
}

class PositionalOracle {
 public:
  Xapian::WritableDatabase articles{std::string(), Xapian::DB_BACKEND_INMEMORY};
  Xapian::WritableDatabase quotes{std::string(), Xapian::DB_BACKEND_INMEMORY};

  /// Adds `article` (metadata resolved, quotes extracted: as ArticleWriter::write leaves
  /// it) and its quote documents, in the order the writer adds them.
  void add(const Article& article) {
    Xapian::Document doc;
    Xapian::termpos position = 1;
    position = index_text(doc, article.title, position, "", true);
    position = index_text(doc, article.lead, position, "", false);
    index_text(doc, article.body, position, "", false);
    Xapian::termpos quote_position = 1;
    for (const Quote& q : article.quotes) {
      if (q.kind != QuoteKind::kQuote) continue;
      std::string_view text = std::string_view(article.body).substr(q.start, q.end - q.start);
      for (std::string_view word : words(text)) {
        doc.add_posting("XQUOTE" + std::string(word), quote_position);
        if (!q.speaker.empty()) {
          doc.add_posting("XQBY" + fold_case(q.speaker) + "\x1f" + std::string(word),
                          quote_position);
        }
        ++quote_position;
      }
      quote_position += schema::kFieldPositionGap;
    }
    articles.add_document(doc);
    // Quote documents: a quote and its continuations are one, as DocumentBuilder makes them.
    for (std::size_t i = 0; i < article.quotes.size();) {
      std::string text;
      std::size_t j = i;
      do {
        const Quote& part = article.quotes[j];
        if (!text.empty()) text += "\n\n";
        text.append(article.body, part.start, part.end - part.start);
        ++j;
      } while (j < article.quotes.size() && article.quotes[j].continuation);
      Xapian::Document quote;
      index_text(quote, text, 1, "", false);
      Xapian::termpos title_position = 1;
      for (std::string_view word : words(article.title)) {
        quote.add_posting("S" + std::string(word), title_position++);
      }
      quotes.add_document(quote);
      i = j;
    }
  }

 private:
  std::vector<std::string> words(std::string_view text) {
    tokens_.clear();
    tokenizer_.tokenize(text, tokens_);
    std::vector<std::string> out;
    for (const Token& token : tokens_) out.emplace_back(tokens_.text(token));
    return out;
  }

  Xapian::termpos index_text(Xapian::Document& doc, std::string_view text, Xapian::termpos position,
                             const std::string& prefix, bool title) {
    std::size_t start = 0;
    while (start < text.size()) {
      std::size_t end = text.find("\n\n", start);
      if (end == std::string_view::npos) end = text.size();
      std::vector<std::string> paragraph = words(text.substr(start, end - start));
      for (const std::string& word : paragraph) {
        doc.add_posting(prefix + word, position);
        if (title) doc.add_posting("S" + word, position);
        ++position;
      }
      if (!paragraph.empty()) position += schema::kFieldPositionGap;
      start = end + 2;
    }
    return position;
  }

  WordTokenizer tokenizer_;
  TokenList tokens_;
};

}  // namespace rostra::testing
