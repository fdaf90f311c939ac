#pragma once
// Speech verbs ("cue verbs") in every inflection, generated from lemma lists, English and
// Russian. Pure.

#include <string_view>

#include "common/quotes/attribution_lexicon.h"

namespace rostra {

/// True when `lower` is an inflected form of a speech verb of the lemma tables: English
/// said/says/saying/has said of "say", criticised/criticized, will say ("say"); Russian
/// заявил/заявила/заявили/заявит/заявляет/заявляют/заявивший of "заявить"/"заявлять",
/// подчеркнул/подчеркнёт, поделился/поделилась. A Russian past form in -ла (or -лась) sets
/// `gender` to kFemale, one in -л (-лся) to kMale; other forms leave it alone.
/// Thread-safe: the forms are generated once, on first use.
bool is_cue_verb_form(std::string_view lower, Gender* gender = nullptr);

/// The bare forms that are cues ("say", "tell"): a cue only after an auxiliary or "to"
/// ("will say", "would tell"), never after a negation ("cannot say").
bool is_bare_cue(std::string_view lower);

/// Cue verbs whose object is what is quoted, so they govern only the quote right after them:
/// "called it “…”", "described as “…”", "branded", "назвал".
bool is_naming_cue(std::string_view lower);

/// Verbs by which one source relays another's words, whose object is the speaker: Russian
/// forms of "цитировать"/"процитировать" ("цитирует Петрова РИА «Вестник»"), English
/// "quoted"/"quotes"/"cited" ("the Herald quoted Jane Roe as saying").
bool is_quoting_verb(std::string_view lower);

}  // namespace rostra
