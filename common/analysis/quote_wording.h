#pragma once
// What the quote clusterer (spread/) compares of a quote's wording: its normalized words, the
// word shingles variants share, and the stems, numbers and names translations share. Here, below
// the document builder, so that the indexer makes it from the tokens and stems it has already
// made of the quote, and placing the quote in a cluster does not analyse it again. Pure.

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "common/analysis/term_stemmer.h"
#include "common/analysis/word_tokenizer.h"

namespace rostra {

/// Words in a shingle: variants are found by the runs of this many words they share.
inline constexpr std::size_t kShingleWords = 3;

/// One quote's wording, normalized.
struct QuoteWording {
  /// How many words it has, as WordTokenizer normalizes them: case folded, ё as е,
  /// punctuation and quote marks dropped, so "Russia," and «россия» compare as words.
  std::size_t length = 0;
  /// hash_hex of those words joined by spaces: exact identity (the key of schema::kMetaSpreadText).
  std::string key;
  std::vector<std::uint64_t>
      shingles;  ///< 32-bit hashes of each kShingleWords-word run, sorted, unique.
  std::vector<std::string> content;  ///< Stems of the content words, sorted, unique.
  /// The same per sentence (sentences end at '.', '!', '?' between words), when the quote
  /// has more than one: a rendering may join two sentences the other prints apart.
  std::vector<std::vector<std::string>> sentences;
  std::vector<std::string> numbers;  ///< Words that are numbers, sorted, unique.
  std::vector<std::string> names;    ///< Capitalized words inside a sentence, sorted, unique.

  bool operator==(const QuoteWording&) const = default;
};

/// The stem of the word at token `i` of a quote's tokens, in the quote's language; the view
/// need only last until the next call.
using TokenStem = std::function<std::string_view(std::size_t i)>;

/// The wording of `text` from its `tokens` (what WordTokenizer::tokenize, without all_words,
/// made of `text`), with the stems `stem_of` gives of its content words: a caller that has
/// stemmed the words already (the document builder) hands those over, as stemming them again
/// cost the indexer more than all the rest of the wording. Thread-safe for distinct callers.
QuoteWording quote_wording(std::string_view text, const TokenList& tokens,
                           const TokenStem& stem_of);

/// The same, stemming with `stemmer` (its language already set to the quote's).
QuoteWording quote_wording(std::string_view text, const TokenList& tokens, TermStemmer& stemmer);

/// A quote's wording made while indexing it.
struct AnalysedWording {
  std::string quote;  ///< The id term of the quote's document.
  QuoteWording wording;
};

/// Analyzes quote texts. Not thread-safe (one per thread); reuses its buffers.
class WordingAnalyzer {
 public:
  /// The wording of `text`, with stems of its Latin-script words in `language` ("en",
  /// "ru"; Cyrillic words always use the Russian stemmer).
  QuoteWording analyze(std::string_view text, std::string_view language);

 private:
  WordTokenizer tokenizer_;
  TermStemmer stemmer_;
  TokenList tokens_;
};

/// The number of the shingles of `a` that `b` also holds (both sorted).
std::size_t shared_count(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b);

}  // namespace rostra
