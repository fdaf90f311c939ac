#pragma once
// Wildcard words of the query language: "negotiat*" and "negotiat!" (any ending), "wom?n"
// (one character), expanded to the indexed words they match. Pure: the words come from the
// caller (Vocabulary::words_matching).

#include <cstddef>
#include <string>
#include <string_view>

namespace rostra {

/// The most indexed words one wildcard expands to; past it the first ones (in byte order)
/// are searched and a note says so.
inline constexpr std::size_t kMaxWildcardWords = 200;

/// A parsed wildcard word.
struct WildcardPattern {
  std::string prefix;   ///< the folded letters before the first wildcard character
  std::string pattern;  ///< the whole folded pattern; '!' written as '*'

  /// Whether the indexed (normalized) `word` matches: '*' any run of characters (also
  /// none), '?' exactly one character (UTF-8 aware), anything else itself.
  bool matches(std::string_view word) const;
};

/// Whether `text` is a wildcard word: it holds '*' or '?', or ends with '!'.
bool is_wildcard(std::string_view text);

/// Parses the wildcard word `text` (case and ё folded as the tokenizer folds words). Throws
/// QueryError at `column` when fewer than two characters come before the first wildcard
/// ("*" alone would expand to the whole dictionary).
WildcardPattern parse_wildcard(std::string_view text, std::size_t column);

}  // namespace rostra
