// The persisted names of the quote enums (common/model/quote.h).

#include "common/model/quote.h"

namespace rostra {

std::string_view quote_kind_name(QuoteKind kind) {
  switch (kind) {
    case QuoteKind::kTitle:
      return "title";
    case QuoteKind::kScare:
      return "scare";
    case QuoteKind::kTurn:
      return "turn";
    case QuoteKind::kQuote:
      break;
  }
  return "quote";
}

std::string_view attribution_rule_name(AttributionRule rule) {
  switch (rule) {
    case AttributionRule::kCueAfter:
      return "cue-after";
    case AttributionRule::kCueBefore:
      return "cue-before";
    case AttributionRule::kInterrupted:
      return "interrupted";
    case AttributionRule::kNextSentence:
      return "next-sentence";
    case AttributionRule::kIntroduction:
      return "introduction";
    case AttributionRule::kFollowOn:
      return "follow-on";
    case AttributionRule::kContinuation:
      return "continuation";
    case AttributionRule::kTurn:
      return "turn";
    case AttributionRule::kContext:
      return "context";
    case AttributionRule::kNone:
      break;
  }
  return "none";
}

std::string_view speaker_mention_name(SpeakerMention mention) {
  switch (mention) {
    case SpeakerMention::kName:
      return "name";
    case SpeakerMention::kPronoun:
      return "pronoun";
    case SpeakerMention::kRole:
      return "role";
    case SpeakerMention::kOrganisation:
      return "organisation";
    case SpeakerMention::kDocument:
      return "document";
    case SpeakerMention::kDescription:
      return "description";
    case SpeakerMention::kNone:
      break;
  }
  return "none";
}

}  // namespace rostra
