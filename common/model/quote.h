#pragma once
// A quoted span of article text. Pure data.

#include <cstdint>
#include <string>
#include <string_view>

namespace rostra {

/// What a quoted span is. The names are persisted (extract output, index values).
enum class QuoteKind : std::uint8_t {
  kQuote,  ///< someone's words
  kTitle,  ///< a title or name in quotes: a programme, a party, a slogan used as a name
  kScare,  ///< a scare quote: a word or short phrase nobody is reported as saying
};

/// "quote", "title" or "scare".
std::string_view quote_kind_name(QuoteKind kind);

/// One quoted span. Offsets are bytes into the article body.
struct Quote {
  std::uint32_t start = 0;       ///< First byte of the quoted text (after the opening mark).
  std::uint32_t end = 0;         ///< One past its last byte (before the closing mark).
  std::uint32_t mark_start = 0;  ///< First byte of the opening mark.
  std::uint32_t mark_end = 0;    ///< One past the closing mark (== end when unclosed).
  std::uint32_t paragraph = 0;   ///< 0-based paragraph index.
  bool closed = false;           ///< A closing mark was found in the paragraph.
  bool continues = false;        ///< Goes on in the next paragraph (which reopens it).
  bool continuation = false;     ///< Continues the previous paragraph's quote.
  QuoteKind kind = QuoteKind::kQuote;
  std::string speaker;  ///< Canonical speaker name; empty when the text does not say.
  std::string cue;      ///< The words attribution came from ("said", "according to"...).
};

}  // namespace rostra
