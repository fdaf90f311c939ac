#pragma once
// Decides what a quoted stretch is (someone's words, a title or name, a scare term) from the
// text in and around its marks. Pure.

#include <string_view>
#include <vector>

#include "common/model/quote.h"
#include "common/quotes/article_words.h"

namespace rostra {

/// Before attribution: marks as kTitle or kScare the quotes that the text in and around the
/// marks shows are not anyone's words, so that attribution never turns a name into a quote:
///   - a scare marker just before ("so-called", "так называемый") and at most four words;
///   - a governing noun just before ("the show", "компании", "партии", "программы",
///     "на заставе"), or an acronym ("РИА", "ОАО"), with a short capitalised stretch inside;
///   - Title Case of two to six words with punctuation only at its end ("Face the Nation");
///   - a nickname: one or two capitalised words between a given name or an initial and a
///     surname (C. J. "Pete" Silas);
///   - in Russian, a short capitalised stretch that is not direct speech (no colon before,
///     no ", —" after, no first person, no comma) is a name: «Росбалт», «Маген Давид Адом»;
///     a single lower-case word right after a preposition is a term: до «высокого», unless
///     a speech verb shortly before reports it (заявил, что после «обкатки»).
/// `words` is article_words(body, quotes). Quotes already of another kind are left alone.
void classify_quote_kinds(std::string_view body, const std::vector<ArticleWord>& words,
                          std::vector<Quote>& quotes);

/// After attribution: a quote with no speaker, no cue and no continuation that is short and
/// capitalised is a title ("Big Brother"), one of at most three lower-case words a scare
/// term unless a speech verb shortly before in its sentence reports it ("the firm said it
/// had “longstanding ties”": someone's words, speaker unknown). One capitalised word between
/// a determiner and its noun ("his “Nazi” comment") is a scare term even with a speaker.
/// Clears the speaker, cue and evidence of every quote that is not kQuote.
void classify_unattributed(std::string_view body, const std::vector<ArticleWord>& words,
                           std::vector<Quote>& quotes);

}  // namespace rostra
