#pragma once
// Transcript speaker turns ("Vladimir Putin: …", "Question: …"): attributed utterances of
// their own kind. Pure: text in, spans with byte offsets out.

#include <string_view>
#include <vector>

#include "common/model/quote.h"
#include "common/quotes/publisher_office.h"
#include "common/quotes/speaker_aliases.h"

namespace rostra {

/// Finds the speaker turns of a transcript in `body` (paragraphs separated by blank lines).
///
/// A turn is a paragraph that opens with a speaker label and a colon: one to eight words, each
/// capitalised or a connector ("of", "the", "and"), ending in a capitalised word
/// ("President of Russia Vladimir Putin:", "Karel Dvorak:"), or an interview label
/// ("Question:", "Q:", "A:", "Вопрос:", "Ответ:"). Its text runs from after the colon to
/// the end of the last following paragraph that opens with no label. A label that names no
/// one gives its turn no speaker: common nouns the body also writes in lower case ("Duration
/// of Cookie:", "Ideas:"), or a single word the body writes nowhere but in labels
/// ("Purpose:") unless other labels are names. A body holds turns only when at least two of
/// its paragraphs open with another label, so a lone "Update:" or a table of "Field: value"
/// rows is never one. The speaker is the label without titles (the last two words of a label with a
/// title or connector in it), a shorter label joining the fullest earlier one with its surname,
/// mapped through `aliases`; interview labels give no speaker. A label in capitals is read in
/// title case and without its honorific ("MR. STEPHANOPOULOS:" -> "Stephanopoulos"); a label
/// of titles alone ("THE PRESIDENT:", "Moderator:") is a role, not a name: `publisher`'s
/// holder when the publisher's office has that role (publisher_office.h), else no speaker.
/// Turns have kind kTurn, rule kTurn, mention kName, and cue and as_written set to the label.
/// In body order.
std::vector<Quote> find_turns(std::string_view body, const SpeakerAliases& aliases,
                              const OfficeHolder& publisher = {});

}  // namespace rostra
