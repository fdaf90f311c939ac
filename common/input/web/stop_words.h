#pragma once
// Stop words of the languages news pages are mostly written in, for telling running prose
// (many stop words) from navigation and link lists (few). Pure; thread-safe.

#include <cstddef>
#include <string_view>

namespace rostra {

/// Word and stop-word counts of a text.
struct StopWordCount {
  std::size_t words = 0;
  std::size_t stop_words = 0;
  double density() const { return words == 0 ? 0.0 : double(stop_words) / double(words); }
};

/// Counts the words of `utf8` and how many are stop words of English, Russian, German,
/// French, Spanish, Portuguese or Italian (one union list: a page's language is not known
/// before its text is found). Words are runs of letters and digits; case is ignored for
/// Latin and Cyrillic letters.
StopWordCount count_stop_words(std::string_view utf8);

}  // namespace rostra
