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
  kTurn,   ///< a transcript speaker turn ("Vladimir Putin: …"), not in quotation marks
};

/// "quote", "title", "scare" or "turn".
std::string_view quote_kind_name(QuoteKind kind);

/// Whether `kind` is someone's words (a quote or a transcript turn): what quote searches list,
/// what speaker: finds, and whose speakers an article counts as quoted.
inline bool is_spoken(QuoteKind kind) {
  return kind == QuoteKind::kQuote || kind == QuoteKind::kTurn;
}

/// Which rule gave a quote its speaker: the evidence a fact-checker reads beside the cue.
/// The names are persisted (extract output, stored quote records): never rename one.
enum class AttributionRule : std::uint8_t {
  kNone,          ///< no speaker: the text does not say
  kCueAfter,      ///< a cue after the quote in its sentence ("…," Putin said.)
  kCueBefore,     ///< a cue before the quote in its sentence (Putin said that "…")
  kInterrupted,   ///< the second half of a quote its attribution interrupts ("A," he said. "B.")
  kNextSentence,  ///< the next sentence is only the attribution ("…" / Putin said.)
  kIntroduction,  ///< a sentence ending in a colon introduces it (Putin said: / The message reads:)
  kFollowOn,      ///< a later quote of the same paragraph with no other name in between
  kContinuation,  ///< continues a quotation from an earlier paragraph or stands alone after it
  kTurn,          ///< a transcript turn's speaker label ("Vladimir Putin: …")
  kContext,       ///< stands alone, in the first person, right after a sentence about its speaker
                  ///< with no cue ("Ann Roe, a nurse, blames the war. “We lost friends.”")
};

/// "none", "cue-after", "cue-before", "interrupted", "next-sentence", "introduction",
/// "follow-on", "continuation", "turn" or "context".
std::string_view attribution_rule_name(AttributionRule rule);

/// How the cue's subject was read: the mention as written resolved to a name ("name"), a
/// pronoun ("pronoun"), a role ("role"), an organisation ("organisation"), a document whose
/// author the article names ("document") or an unnamed source kept as its description
/// ("description": "a State Department spokesman", "источник в правительстве"). Persisted
/// names and numbers: never rename or reorder one.
enum class SpeakerMention : std::uint8_t {
  kNone,
  kName,
  kPronoun,
  kRole,
  kOrganisation,
  kDocument,
  kDescription
};

/// "none", "name", "pronoun", "role", "organisation", "document" or "description".
std::string_view speaker_mention_name(SpeakerMention mention);

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
  /// The speaker's fullest name as this article writes it (its script, the nominative, no
  /// titles): "Дональд Трамп" where `speaker` is the alias table's "Donald Trump". Empty
  /// when the same as `speaker` or when there is no speaker. What a reader of the article
  /// sees; `speaker` is what facets and speaker: search group by.
  std::string speaker_in_text;
  std::string cue;  ///< The words attribution came from ("said", "according to"...).
  AttributionRule rule = AttributionRule::kNone;   ///< Which rule assigned the speaker.
  SpeakerMention mention = SpeakerMention::kNone;  ///< How the subject was read.
  std::string as_written;  ///< The subject as the text writes it ("he", "the ministry").
};

}  // namespace rostra
