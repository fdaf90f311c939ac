#pragma once
// Turns a resolved Article into the documents of schema.h.

#include <xapian.h>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "common/analysis/quote_wording.h"
#include "common/analysis/term_stemmer.h"
#include "common/analysis/word_tokenizer.h"
#include "common/base/number_pair_index.h"
#include "common/base/string_index.h"
#include "common/document/indexed_document.h"
#include "common/model/article.h"
#include "common/tokens/term_dictionary.h"
#include "common/tokens/token_record.h"

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
  /// unique id term. With `wordings`, also appends there the wording of each spoken quote
  /// (is_spoken), made of the tokens and stems its document was built from: what placing it
  /// in a cluster compares (spread/), equal to what WordingAnalyzer would make of its text.
  /// REQUIRES: as for build.
  std::vector<std::pair<std::string, IndexedDocument>> build_quotes(
      const Article& article, std::vector<AnalysedWording>* wordings = nullptr);

 private:
  enum class Field { kTitle, kText };
  // Indexes the words of `text` into the text stream (and, for kTitle, the title stream
  // too): terms with `wdf` per occurrence, title terms for kTitle, and the common-gram pairs
  // of adjacent words within a paragraph. `quotes` (body only, may be empty) are the quoted
  // byte ranges of `text`, marked as quote spans.
  void index_text(std::string_view text, Field field, const std::vector<Quote>& quotes);
  // index_text over the tokens of the text (made with or without all_words).
  void index_tokens(const TokenList& tokens, Field field, const std::vector<Quote>& quotes);
  // Indexes `title` as title terms (wdf `wdf`) and into the title stream only.
  void index_title_only(std::string_view title, Xapian::termcount wdf);
  // What the builder keeps of a word or stem across documents (the vocabulary is Zipfian:
  // nearly every word of a document was seen before), so that each token costs one lookup.
  struct StemEntry {             // of a stem, title or pair term
    std::uint64_t document = 0;  // the last document that added this term
    std::size_t term_index = 0;  // its index in terms_ in that document
  };
  struct WordEntry {
    WordId id = 0;
    std::uint32_t number = 0;    // its number in its WordCache
    bool common = false;         // is_common_word
    std::string stem;            // empty when the word is its own stem
    std::uint32_t stem_n = 0;    // its stem term's number in stems_
    std::uint64_t document = 0;  // the last document that listed this word
  };
  // Per language of the stemmer: Latin words stem by the article's language.
  struct WordCache {
    StringIndex index;
    std::vector<WordEntry> entries;  // by number in index
    NumberPairIndex pairs;           // (word number, word number) -> pair term in other_terms_
  };
  // `word`'s entry, listed among the document's words on its first use in it.
  WordEntry& word(std::string_view word, Script script);
  // Adds `wdf` to `term` (a title or pair term).
  void add_term(const std::string& term, Xapian::termcount wdf);
  // Adds the pair term (wdf 0) of the words numbered `first`, `second` in the current word
  // cache, whose forms are `first_form`, `second_form`.
  void add_pair_term(std::uint32_t first, std::uint32_t second, std::string_view first_form,
                     std::string_view second_form);
  // Adds `wdf` to the term numbered `n` in other_terms_.
  void count_other_term(std::uint32_t n, Xapian::termcount wdf);
  // Adds `wdf` to the term of `entry`'s stem.
  void add_stem(const WordEntry& entry, Xapian::termcount wdf);
  // Starts a document: a new stamp for the entries, the caches cleared when grown large.
  void start_document(std::string_view language);
  // Moves the terms and words gathered so far into `doc`, and clears them.
  void finish_document(IndexedDocument& doc);

  TermDictionary& dictionary_;
  WordTokenizer tokenizer_;
  TermStemmer stemmer_;
  TokenList tokens_;
  TokenRecordBuilder record_;
  std::unordered_map<std::string, WordCache> word_caches_;
  WordCache* words_cache_ = nullptr;
  StringIndex stems_;  // stem terms
  std::vector<StemEntry> stem_entries_;
  std::uint64_t document_ = 0;
  // The document being built: other terms -> index in terms_; its words.
  StringIndex other_terms_;  // title and pair terms
  std::vector<StemEntry> other_entries_;
  std::vector<std::pair<std::string, Xapian::termcount>> terms_;
  std::vector<DocumentWord> words_;
  // The tokens index_tokens read last: each one's entry number in words_cache_ (UINT32_MAX
  // for a word without an index form), so a quote's wording reuses their stems.
  std::vector<std::uint32_t> token_words_;
};

}  // namespace rostra
