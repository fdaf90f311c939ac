#pragma once
// Turns a resolved Article into the documents of schema.h.

#include <xapian.h>

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "common/article.h"
#include "common/indexed_document.h"
#include "common/term_dictionary.h"
#include "common/term_stemmer.h"
#include "common/token_record.h"
#include "common/word_tokenizer.h"

namespace rostra {

/// Builds the documents of schema.h: for an article, the stems of its words with their wdf,
/// common-gram pair terms of the exact words, exact title terms, facet terms, value slots, the
/// compressed stored article and the token record (where each word stands, which quote holds it and
/// who said it); for each of its quotes, a quote document. Word ids come from `dictionary`, shared
/// with other builders. Not thread-safe: one per thread.
class DocumentBuilder {
 public:
  /// `dictionary` must outlive the builder.
  explicit DocumentBuilder(TermDictionary& dictionary) : dictionary_(dictionary) {}

  /// REQUIRES: `article` went through resolve_metadata (id and language set); its quotes,
  /// if any, index into its body.
  IndexedDocument build(const Article& article);

  /// One quote document per quote of `article` (continued quotes joined), with its
  /// unique id term. REQUIRES: as for build.
  std::vector<std::pair<std::string, IndexedDocument>> build_quotes(const Article& article);

 private:
  enum class Field { kTitle, kText };
  // Indexes the words of `text` into the text stream (and, for kTitle, the title stream
  // too): terms with `wdf` per occurrence, title terms for kTitle, and the common-gram pairs
  // of adjacent words within a paragraph. `quotes` (body only, may be empty) are the quoted
  // byte ranges of `text`, marked as quote spans.
  void index_text(std::string_view text, Field field, const std::vector<Quote>& quotes);
  // Indexes `title` as title terms (wdf `wdf`) and into the title stream only.
  void index_title_only(std::string_view title, Xapian::termcount wdf);
  // `word`'s entry (id and stem), added to the document's words on first use. The
  // reference is valid until the next call.
  const DocumentWord& word(std::string_view word, Script script);
  void add_term(std::string term, Xapian::termcount wdf);
  // Moves the terms and words gathered so far into `doc`, and clears them.
  void finish_document(IndexedDocument& doc);

  TermDictionary& dictionary_;
  WordTokenizer tokenizer_;
  TermStemmer stemmer_;
  TokenList tokens_;
  TokenRecordBuilder record_;
  // The document being built: term -> index in terms_, word -> index in words_.
  std::unordered_map<std::string, std::size_t> term_index_;
  std::vector<std::pair<std::string, Xapian::termcount>> terms_;
  std::unordered_map<std::string, std::size_t> word_index_;
  std::vector<DocumentWord> words_;
};

}  // namespace rostra
