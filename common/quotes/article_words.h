#pragma once
// The words of an article body as speaker attribution sees them: case, quote membership,
// sentence and paragraph. Pure.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/model/quote.h"

namespace rostra {

/// One word of a body. Unlike index tokens, it keeps case information and the punctuation
/// around it is read from the body by offset.
struct ArticleWord {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  std::string lower;         ///< Lower-cased; ’ as '; a trailing period is not part of it.
  bool capitalized = false;  ///< Starts with an upper-case letter.
  bool all_caps = false;     ///< Two or more letters, all upper case (datelines, acronyms).
  bool cyrillic = false;
  bool possessive = false;  ///< Ends in 's (Varga's, Tesar’s).
  int quote = -1;           ///< Index of the quote holding it; -1 in narrative text.
  int sentence = 0;
  std::uint32_t paragraph = 0;
};

/// Splits `body` into words (letters, digits, and ' ’ - . between them: "U.S", "don't",
/// "пресс-секретарь"; & between Latin letters: "S&P", "AT&T") and assigns quote membership,
/// sentences and paragraphs. Sentences end at . ! ? in narrative text (not inside a quote, not
/// after an abbreviation or an initial) and at paragraph breaks.
std::vector<ArticleWord> article_words(std::string_view body, const std::vector<Quote>& quotes);

/// True when quote `last.quote` ends its sentence inside its marks: its last word `last` is
/// followed by a period before the closing mark, and `next`, the first word after the mark
/// with only spaces between, is capitalised. REQUIRES: `quotes` the quotes the words index.
bool quote_ends_sentence(std::string_view body, const std::vector<Quote>& quotes,
                         const ArticleWord& last, const ArticleWord& next);

/// True when the quote that word i-1 ends closes inside its marks with "!" or "?" and the
/// narrative from word i (capitalised, right after the mark) is no subject phrase and cue
/// attributing it ("“…before!” At his party, Roe told …", not "“Why?” Putin asked"): the
/// words from i start a new sentence. REQUIRES: 0 < i < words.size(); `quotes` the quotes
/// the words index.
bool exclamation_ends_sentence(std::string_view body, const std::vector<Quote>& quotes,
                               const std::vector<ArticleWord>& words, std::size_t i);

/// "Mr", "Dr", "U.S", "Jan", single letters...: a period after these does not end a sentence.
bool is_abbreviation(const ArticleWord& word);

}  // namespace rostra
