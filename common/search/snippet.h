#pragma once
// Cuts a short passage around the query's matches and marks them. Pure: no Xapian.

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/analysis/term_stemmer.h"
#include "common/analysis/word_tokenizer.h"
#include "common/query/highlight_terms.h"

namespace rostra {

/// A passage of article text with the byte ranges [first, second) to highlight.
struct Snippet {
  std::string text;
  std::vector<std::pair<std::size_t, std::size_t>> marks;
};

/// Makes snippets. Not thread-safe.
class SnippetMaker {
 public:
  /// `window_words`: about how many words a snippet shows.
  explicit SnippetMaker(std::size_t window_words = 36) : window_words_(window_words) {}

  /// The passage of `text` of about window_words words holding the most matches (whole
  /// phrases count more than single words), with "…" where it was cut. Returns the start
  /// of the text, unmarked, when nothing matches. `language` picks the Latin stemmer.
  Snippet make(std::string_view text, const HighlightTerms& terms, std::string_view language);

 private:
  // Scores tokens_ against `terms` (a word 1, a phrase's first word 3 more) into `score`,
  // one per token, and appends each match's token range [a, b) to `spans`.
  void score_tokens(const HighlightTerms& terms, std::vector<int>& score,
                    std::vector<std::pair<std::size_t, std::size_t>>& spans);

  std::size_t window_words_;
  WordTokenizer tokenizer_;
  TermStemmer stemmer_;
  TokenList tokens_;
};

/// Renders a snippet with `open` and `close` around each marked range.
std::string render_snippet(const Snippet& snippet, std::string_view open, std::string_view close);

}  // namespace rostra
