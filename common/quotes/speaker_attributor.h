#pragma once
// Attributes quotes to speakers and classifies them. Pure: no Xapian index types.

#include <string_view>
#include <vector>

#include "common/model/quote.h"
#include "common/quotes/speaker_aliases.h"

namespace rostra {

/// What an article says about itself beside its body, for attribution: the title may name
/// the sender of a message the body quotes ("Vladimir Putin sent a message …"), and an outlet
/// that is an office's site publishes its holder's messages unsigned (the office table of the
/// aliases, publisher_office.h).
/// Views: the strings must outlive the call they are passed to. Empty fields mean unknown.
struct ArticleContext {
  std::string_view title;
  std::string_view outlet;  ///< Display name (corpus/outlets.tsv).
  std::string_view date;    ///< ISO "YYYY-MM-DD".
};

/// Fills speaker, cue and kind of each quote that find_quotes(body) returned.
///
/// A quote's speaker comes from a cue (said, added, told, according to, in a statement,
/// заявил, по словам…) and its subject, in this order of preference: in the quote's
/// sentence after it ("…,” Putin said. / “…,” said Putin. / «…», — заявил Волков.), in
/// the sentence before it ("Putin said: “…”"), or in the next sentence when that sentence
/// is only the attribution ("“…”\n\nPutin said."). A continued quote, and the second half
/// of an interrupted one ("A," he said. "B."), keep the speaker of the first part.
/// Subjects resolve to canonical names: titles and roles are stripped ("Russian President
/// Vladimir Putin" -> "Vladimir Putin"), a surname or "Mr Putin" joins the full name used
/// earlier in the article, a role ("the Russian president") joins the person introduced
/// with it, a pronoun joins the most recent speaker of matching gender, organisations are
/// kept as written without "the" ("Kremlin"), and `aliases` merges names across articles and
/// scripts. Where the text does not say who spoke, the speaker stays empty.
/// Kind: a short quote after a title noun ("the show", "партия") or in Title Case with no
/// speaker is a title; a quote of at most three words with no speaker, or after
/// "so-called", is a scare quote; the rest are quotes.
/// A document that names no author ("The message reads:") is the title's sender's, else the
/// publisher's office holder's (see ArticleContext); neither without `context`.
void attribute_speakers(std::string_view body, std::vector<Quote>& quotes,
                        const SpeakerAliases& aliases, const ArticleContext& context = {});

/// find_quotes then attribute_speakers, with the transcript turns of find_turns merged in by
/// start offset: the quotes and turns of an article body, attributed. A turn's span may hold
/// quotes of its own.
std::vector<Quote> extract_quotes(std::string_view body, const SpeakerAliases& aliases,
                                  const ArticleContext& context = {});

}  // namespace rostra
