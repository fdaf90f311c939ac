#include "common/quotes/quote_kind.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>

#include "common/quotes/attribution_lexicon.h"
#include "common/quotes/cue_verbs.h"

namespace rostra {
namespace {

// What the words of one quote and those before its opening mark show.
struct QuoteShape {
  std::size_t first = 0;  // first word inside the marks
  std::size_t count = 0;  // words inside
  bool capitalized = false;
  bool cyrillic = false;
  bool guillemets = false;   // «…»
  bool inner_punct = false;  // . ! ? ; before the last word
  bool final_punct = false;  // . ! ? ; after the last word
  bool comma = false;
  bool first_person = false;
  bool title_case = false;        // every word capitalised or short
  bool title_case_words = false;  // every word capitalised
  bool title_noun = false;        // a governing noun or acronym just before
  bool scare_marker = false;      // "so-called" just before
  bool colon_before = false;      // "сказал: «…»"
  bool dash_after = false;        // "«…», — сказал"
  bool after_preposition = false;
  bool list_item = false;         // «Милан», «Барселона»
  bool pronoun_first = false;     // «Он был …», «Это …»: a sentence, not a name
  bool latin_in_russian = false;  // ''Telegram'', «arXiv.org» amid Russian words
  bool dotted_name = false;  // «Голос.Дети», «ВЭБ.РФ», "example.org": a brand or a domain
  bool named_by_noun = false;  // «закона Яровой», «года Арктики»: a noun, then a name
  bool attributive = false;  // «аляскинскую» тему: one adjective before its noun
  bool noun_governed = false;  // саммита «большой семерки»: a short term a noun governs
  bool speech_verb_before = false;  // "said it had “…”", "заявил, что после «…»"
  bool modifies_noun = false;       // a “measured” pace, organic and “green” produce
  bool named_modifier = false;  // his “Nazi” comment, a “Kyoto-lite” agreement
  bool nickname = false;        // C. J. "Pete" Silas, Thomas “Tip” O'Neill
};

std::size_t word_at(const std::vector<ArticleWord>& words, std::uint32_t pos) {
  auto it = std::lower_bound(words.begin(), words.end(), pos,
                             [](const ArticleWord& w, std::uint32_t p) { return w.start < p; });
  return static_cast<std::size_t>(it - words.begin());
}

bool only_spaces(std::string_view gap) {
  return gap.find_first_not_of(" \t\xC2\xA0") == std::string_view::npos;
}

// The words before the opening mark, back to the sentence's punctuation: a governing noun
// may stand up to three words before ("проекта Народного фронта «…»").
void read_before(std::string_view body, const std::vector<ArticleWord>& words, const Quote& q,
                 std::size_t open_word, QuoteShape& s) {
  std::string_view gap_to_mark;
  if (open_word > 0) {
    const ArticleWord& prev = words[open_word - 1];
    if (prev.end <= q.mark_start) gap_to_mark = body.substr(prev.end, q.mark_start - prev.end);
    s.colon_before = gap_to_mark.find(':') != std::string_view::npos;
    s.after_preposition = prev.quote < 0 && only_spaces(gap_to_mark) && is_preposition(prev.lower);
  }
  if (!only_spaces(gap_to_mark)) return;
  bool named_caller = false;
  for (std::size_t i = open_word, seen = 0; i > 0 && seen < 3; --i, ++seen) {
    const ArticleWord& w = words[i - 1];
    if (w.quote >= 0) break;
    if (i < open_word && !only_spaces(body.substr(w.end, words[i].start - w.end))) break;
    bool sentence_start = i == 1 || words[i - 2].sentence != w.sentence;
    bool noun = is_title_noun(w.lower) && (!w.capitalized || sentence_start || !w.cyrillic);
    bool acronym = w.all_caps && w.cyrillic;
    s.title_noun = s.title_noun || ((seen < 2 || w.cyrillic) && noun) || (seen == 0 && acronym);
    s.scare_marker = s.scare_marker || (seen < 2 && is_scare_marker(w.lower));
    // "эксперты называют «…»": people the text names call it so: their words.
    named_caller = named_caller || (seen > 0 && is_person_noun(w.lower));
  }
  if (named_caller && open_word > 0 && is_naming_verb(words[open_word - 1].lower)) {
    s.scare_marker = false;
  }
}

// Is the English cue word at `c` a verb that reports, not a noun ("mutual claims that"), an
// idiom ("without saying", "as we say") or a passive naming ("what are called “bots”")?
bool reporting_verb(const std::vector<ArticleWord>& words, std::size_t c) {
  const ArticleWord& w = words[c];
  if (w.cyrillic || c == 0) return true;
  const std::string& before = words[c - 1].lower;
  if (is_possessive_pronoun(before)) return false;  // "his claims"
  for (std::string_view noun_or_idiom :
       {"the", "a", "an", "our", "my", "your", "these", "those", "such", "mutual", "without"}) {
    if (before == noun_or_idiom) return false;
  }
  if (c >= 2 && words[c - 2].lower == "as") return false;
  if (!is_naming_cue(w.lower)) return true;
  for (std::string_view passive : {"is", "are", "was", "were", "be", "been", "being", "so"}) {
    if (before == passive) return false;
  }
  return true;
}

// "the firm said it had “…”", "called “…”", "заявил, что после «…»": a speech verb among
// the narrative words of the quote's sentence shortly before its opening mark reports it. A
// short fragment there is the reported words of that verb's subject, named or not. A naming
// verb reports only what stands right after it; a Russian verb only through "что"; a verb
// followed by a preposition names a topic ("рассказал о … в «оборонке»", "spoke about").
// `instrumental`: a word of the fragment ends as a Russian instrumental.
bool speech_verb_before(const std::vector<ArticleWord>& words, std::size_t open_word,
                        bool instrumental) {
  constexpr std::size_t kWindow = 15;
  if (open_word == 0 || open_word > words.size()) return false;
  int sentence = words[open_word - 1].sentence;
  bool complementizer = false;
  for (std::size_t i = open_word, seen = 0; i > 0 && seen < kWindow; --i, ++seen) {
    const ArticleWord& w = words[i - 1];
    if (w.quote >= 0 || w.sentence != sentence) return false;
    // "назвал нападение «ужасной атакой»" evaluates; "назвали — «ассоциация»" gives a name.
    if ((is_naming_cue(w.lower) || is_cue_word(w.lower)) && !reporting_verb(words, i - 1)) {
      return false;
    }
    // "dubbed the ‘narcostate’", "called the “whale prison”": an article makes it a name.
    bool article =
        open_word - i == 1 && (words[i].lower == "the" || is_indefinite_determiner(words[i].lower));
    if (is_naming_cue(w.lower)) {
      return open_word - i <= 2 && (!w.cyrillic || instrumental) && !article;
    }
    if (is_cue_word(w.lower)) {
      return complementizer || (!w.cyrillic && i < open_word && !is_preposition(words[i].lower));
    }
    complementizer = complementizer || is_complementizer(w.lower);
  }
  return false;
}

// Is the word after the closing mark of q (spaces only between) a lower-case English word
// that is none of the words a clause goes on with, most likely a noun the quote qualifies?
bool noun_follows(std::string_view body, const std::vector<ArticleWord>& words, const Quote& q) {
  std::size_t next = word_at(words, q.mark_end);
  if (next >= words.size()) return false;
  Gender gender;
  bool plural;
  const ArticleWord& w = words[next];
  if (w.cyrillic || w.capitalized || w.quote >= 0) return false;
  if (!only_spaces(body.substr(q.mark_end, w.start - q.mark_end))) return false;
  if (is_function_word(w.lower) || is_preposition(w.lower) || is_clause_opener(w.lower) ||
      is_complementizer(w.lower) || is_pronoun(w.lower, &gender, &plural) ||
      is_object_pronoun(w.lower) || is_adverb_or_auxiliary(w.lower) || is_time_word(w.lower) ||
      w.lower.ends_with("ly")) {
    return false;
  }
  // Beyond the classes above (which hold "her", "will", "when", "over", "today", …).
  if (is_possessive_pronoun(w.lower)) return false;
  for (std::string_view goes_on :
       {"our",        "my",  "your",  "this", "these", "those", "or",      "nor",
        "so",         "not", "be",    "been", "being", "were",  "are",     "could",
        "should",     "may", "might", "can",  "must",  "if",    "because", "itself",
        "themselves", "now", "too",   "here", "there"}) {
    if (w.lower == goes_on) return false;
  }
  return true;
}

// "a “measured” pace", "this “clearing” effort": an English fragment of one or two lower-case
// words, then (spaces only) a lower-case word that is none of the words a clause goes on
// with, most likely the noun it qualifies: a term the writer marks, not reported words.
bool modifies_noun(std::string_view body, const std::vector<ArticleWord>& words, const Quote& q,
                   const QuoteShape& s) {
  if (s.cyrillic || s.capitalized || s.count > 2) return false;
  Gender gender;
  bool plural;
  // "said it “exploits” sensitive emotions": after a subject pronoun the fragment is a verb.
  if (s.first > 0) {
    const std::string& before = words[s.first - 1].lower;
    if (before == "it" || before == "i" || is_pronoun(before, &gender, &plural)) return false;
  }
  return noun_follows(body, words, q);
}

// "his “Nazi” comment", "a “Kyoto-lite” agreement": one capitalised English word between a
// determiner or a possessive pronoun and the noun it qualifies is a label the writer cites,
// not anyone's utterance.
bool named_modifier(std::string_view body, const std::vector<ArticleWord>& words, const Quote& q,
                    const QuoteShape& s) {
  std::size_t open_word = word_at(words, q.mark_start);
  if (s.cyrillic || !s.capitalized || s.count != 1 || s.comma || s.final_punct || s.inner_punct ||
      open_word == 0) {
    return false;
  }
  const ArticleWord& before = words[open_word - 1];
  if (before.quote >= 0 || !only_spaces(body.substr(before.end, q.mark_start - before.end))) {
    return false;
  }
  bool determiner = before.lower == "the" || is_indefinite_determiner(before.lower) ||
                    is_possessive_pronoun(before.lower) || before.lower == "this";
  // Not "that": after a cue it opens the reported clause ("Roe said that “Europe” needs
  // reform"), where the word is the clause's subject, not a label on a noun.
  return determiner && noun_follows(body, words, q);
}

// C. J. "Pete" Silas, Thomas “Tip” O'Neill: one or two capitalised words between a given
// name (or an initial) and a capitalised surname of the same sentence, with nothing but
// spaces, and an initial's period, around the marks: part of a name, never anyone's words.
bool nickname(std::string_view body, const std::vector<ArticleWord>& words, const Quote& q,
              const QuoteShape& s) {
  if (s.count == 0 || s.count > 2 || !s.title_case_words || s.comma || s.inner_punct ||
      s.final_punct) {
    return false;
  }
  const std::size_t open_word = word_at(words, q.mark_start);
  const std::size_t next = word_at(words, q.mark_end);
  if (open_word == 0 || next >= words.size()) return false;
  const ArticleWord& before = words[open_word - 1];
  const ArticleWord& after = words[next];
  if (before.quote >= 0 || after.quote >= 0 || !before.capitalized || !after.capitalized ||
      before.all_caps || after.all_caps || before.sentence != after.sentence ||
      before.end > q.mark_start || q.mark_end > after.start) {
    return false;
  }
  Gender gender;
  bool plural;
  if (is_pronoun(before.lower, &gender, &plural) || before.lower == "the" ||
      is_indefinite_determiner(before.lower) || is_possessive_pronoun(before.lower)) {
    return false;
  }
  std::string_view gap = body.substr(before.end, q.mark_start - before.end);
  if (before.lower.size() == 1 && !gap.empty() && gap.front() == '.') gap.remove_prefix(1);
  return !gap.empty() && only_spaces(gap) &&
         only_spaces(body.substr(q.mark_end, after.start - q.mark_end)) && q.mark_end < after.start;
}

// "«…», — заявил", "“…” - said": a dash after the closing mark, then a speech verb.
bool dash_then_cue(std::string_view body, const std::vector<ArticleWord>& words, const Quote& q) {
  std::size_t next = word_at(words, q.mark_end);
  if (next >= words.size()) return false;
  std::string_view gap = body.substr(q.mark_end, words[next].start - q.mark_end);
  bool dash = gap.find("\xE2\x80\x94") != std::string_view::npos ||
              gap.find("\xE2\x80\x93") != std::string_view::npos ||
              gap.find('-') != std::string_view::npos;
  return dash && gap.size() <= 8 && is_cue_word(words[next].lower);
}

// One of a list of names in marks: «Милан», «Барселона»: a comma and another mark follow,
// or a mark and a comma precede.
bool list_item(std::string_view body, const Quote& q) {
  std::string_view after =
      body.substr(q.mark_end, std::min<std::size_t>(5, body.size() - q.mark_end));
  std::string_view before =
      body.substr(q.mark_start >= 5 ? q.mark_start - 5 : 0, q.mark_start >= 5 ? 5 : q.mark_start);
  auto opens = [](std::string_view t) {
    return t.find("\xC2\xAB") != std::string_view::npos ||
           t.find("\xE2\x80\x9C") != std::string_view::npos ||
           t.find('"') != std::string_view::npos;
  };
  auto closes = [](std::string_view t) {
    return t.find("\xC2\xBB") != std::string_view::npos ||
           t.find("\xE2\x80\x9D") != std::string_view::npos ||
           t.find('"') != std::string_view::npos;
  };
  return (after.find(',') != std::string_view::npos && opens(after)) ||
         (before.find(',') != std::string_view::npos && closes(before));
}

// A name written as runs of letters joined by dots with no space ("Голос.Дети", "ВЭБ.РФ",
// "arXiv.org"): a brand, a programme or a web address, never someone's utterance. Each run
// has two letters or more, so initials and abbreviations ("U.S.") are not names.
bool is_dotted_name(std::string_view text) {
  std::size_t dots = 0;
  std::size_t run = 0;  // letters since the last dot
  for (unsigned char c : text) {
    if (c == '.') {
      if (run < 2) return false;
      ++dots;
      run = 0;
    } else if (c >= 0x80) {
      // Any non-ASCII character counts as a letter (Cyrillic names); each is counted once, at
      // its lead byte.
      if (c >= 0xC0) ++run;
    } else if (std::isalpha(c)) {
      ++run;
    } else {
      return false;  // a space, a digit or other punctuation: not one dotted name
    }
  }
  return dots > 0 && run >= 2;
}

// Does a Cyrillic word end as a Russian adjective ("аляскинскую", "новый", "старого")?
bool adjective_ending(const std::string& w) {
  for (std::string_view tail : {"ую", "юю", "ая", "яя", "ой", "ый", "ий", "ое", "ее", "ые", "ие",
                                "ых", "их", "ого", "его", "ому", "ему", "ым", "им"}) {
    if (w.size() > tail.size() + 4 && w.compare(w.size() - tail.size(), tail.size(), tail) == 0) {
      return true;
    }
  }
  return false;
}

bool ends_with_any(const std::string& w, std::initializer_list<std::string_view> tails) {
  for (std::string_view tail : tails) {
    if (w.size() > tail.size() + 2 && std::string_view(w).ends_with(tail)) {
      return true;
    }
  }
  return false;
}

// Does a Russian word end as an instrumental ("атакой", "экономистом", "фейком")?
bool instrumental_form(const std::string& w) {
  return ends_with_any(w, {"ом", "ем", "ой", "ей", "ами", "ями", "ым", "им", "ыми", "ими"});
}

// Does a Russian word end as a verb form (past, infinitive, present, reflexive)?
bool verb_ending(const std::string& w) {
  return ends_with_any(w, {"л",  "ла", "ло", "ли", "лся", "лась", "лись", "ть",   "ться", "ет",
                           "ют", "ит", "ят", "ут", "ат",  "ется", "ются", "ится", "ятся", "ешь"});
}

// A short lower-case fragment governed by the noun or adjective just before it ("саммита
// «большой семерки»", "украинской «грязной бомбы»") names a term; after a verb ("назвал
// «позором»"), a preposition ("после «обкатки»") or in the instrumental of a naming
// complement ("назвал нападение «ужасной атакой»") it is someone's words.
bool noun_governed(const std::vector<ArticleWord>& words, const QuoteShape& s,
                   std::size_t open_word, bool spaces_only) {
  if (!s.cyrillic || s.capitalized || s.count > 3 || s.inner_punct || s.final_punct || s.comma ||
      s.first_person || s.dash_after || s.colon_before || open_word == 0 || !spaces_only) {
    return false;
  }
  const ArticleWord& prev = words[open_word - 1];
  const std::string& last = words[s.first + s.count - 1].lower;
  const std::string& first = words[s.first].lower;
  bool instrumental = instrumental_form(last) || ends_with_any(first, {"ами", "ями", "ом", "ем"});
  bool adverb = ends_with_any(prev.lower, {"о", "ине", "тельно"}) || ends_with_any(last, {"о"});
  for (std::size_t i = s.first; i < s.first + s.count; ++i) {
    // "о погибшем «туристе из России»": a phrase with a preposition or a name is a wording.
    if (words[i].capitalized || is_preposition(words[i].lower)) return false;
  }
  return prev.quote < 0 && prev.cyrillic && prev.lower.size() > 6 && !instrumental && !adverb &&
         !verb_ending(prev.lower) && !is_preposition(prev.lower) && !is_function_word(prev.lower) &&
         !is_clause_opener(prev.lower) && !is_cue_word(prev.lower);
}

// What the words just inside and around the marks show in a Russian text: a Latin name, a
// governing noun opening the quoted name, one adjective standing before its noun.
void read_russian_shape(std::string_view body, const std::vector<ArticleWord>& words,
                        const Quote& q, QuoteShape& s) {
  std::size_t open_word = word_at(words, q.mark_start);
  std::size_t next = word_at(words, q.mark_end);
  bool russian_before = open_word > 0 && words[open_word - 1].cyrillic;
  bool russian_after = next < words.size() && words[next].cyrillic;
  const ArticleWord& first = words[s.first];
  // A name: capitalised, or a domain ("arXiv.org"); a lower-case foreign word may be cited.
  std::string_view quoted = body.substr(q.start, q.end - q.start);
  bool latin_only = true;
  for (std::size_t i = s.first; i < s.first + s.count; ++i)
    latin_only = latin_only && !words[i].cyrillic;
  s.latin_in_russian = latin_only && s.count <= 3 && !s.comma &&
                       (first.capitalized || quoted.find('.') != std::string_view::npos) &&
                       (russian_before || russian_after);
  s.named_by_noun =
      s.cyrillic && !s.capitalized && s.count >= 2 && s.count <= 4 && !s.inner_punct && !s.comma &&
      (is_title_noun(first.lower) || is_period_noun(first.lower)) && words[s.first + 1].capitalized;
  s.noun_governed = noun_governed(
      words, s, open_word,
      open_word > 0 && only_spaces(body.substr(words[open_word - 1].end,
                                               q.mark_start - words[open_word - 1].end)));
  s.attributive = s.cyrillic && s.count == 1 && !s.capitalized && !s.final_punct &&
                  adjective_ending(first.lower) && russian_after && !words[next].capitalized &&
                  only_spaces(body.substr(q.mark_end, words[next].start - q.mark_end));
}

QuoteShape read_shape(std::string_view body, const std::vector<ArticleWord>& words,
                      const Quote& q) {
  QuoteShape s;
  std::string_view quoted = body.substr(q.start, q.end - q.start);
  s.first = word_at(words, q.start);
  std::size_t last = word_at(words, q.end);
  s.count = last > s.first ? last - s.first : 0;
  if (s.count == 0) return s;
  s.capitalized = words[s.first].capitalized;
  s.cyrillic = words[s.first].cyrillic;
  s.guillemets = body.substr(q.mark_start, 2) == "\xC2\xAB";
  std::string_view inner = quoted.substr(0, words[last - 1].end - q.start);
  s.inner_punct = inner.find_first_of(".!?;") != std::string_view::npos;
  s.final_punct = quoted.substr(inner.size()).find_first_of(".!?;") != std::string_view::npos;
  s.comma = inner.find(',') != std::string_view::npos;
  s.dotted_name = s.count <= 2 && is_dotted_name(inner);
  s.title_case = s.count >= 2 && s.count <= 6 && !s.inner_punct;
  s.title_case_words = true;
  for (std::size_t i = s.first; i < last; ++i) {
    s.first_person = s.first_person || is_first_person(words[i].lower);
    s.title_case = s.title_case && (words[i].capitalized || words[i].lower.size() <= 3);
    s.title_case_words = s.title_case_words && words[i].capitalized;
  }
  Gender gender;
  bool plural;
  const std::string& opening = words[s.first].lower;
  s.pronoun_first = is_pronoun(opening, &gender, &plural) || opening == "это" || opening == "it";
  // «А, — сказал он. — Б»: piece Б opens at the dash after the attribution; like "«…», —
  // сказал" after piece А, the dash (em, en, or a hyphen typed for one) shows direct speech.
  const std::string_view opening_mark = body.substr(q.mark_start, 3);
  s.dash_after = dash_then_cue(body, words, q) || opening_mark == "\xE2\x80\x94" ||
                 opening_mark == "\xE2\x80\x93" || opening_mark.substr(0, 1) == "-";
  s.list_item = list_item(body, q);
  read_before(body, words, q, word_at(words, q.mark_start), s);
  bool instrumental = false;
  for (std::size_t i = s.first; i < last; ++i)
    instrumental = instrumental || instrumental_form(words[i].lower);
  s.speech_verb_before = speech_verb_before(words, word_at(words, q.mark_start), instrumental);
  read_russian_shape(body, words, q, s);
  s.modifies_noun = modifies_noun(body, words, q, s);
  s.named_modifier = named_modifier(body, words, q, s);
  s.nickname = nickname(body, words, q, s);
  return s;
}

// A Russian name in «»: short, capitalised, and not shaped as direct speech.
bool russian_name(const QuoteShape& s) {
  return s.cyrillic && s.capitalized && s.count <= 4 && !s.pronoun_first && !s.inner_punct &&
         !s.comma && !s.first_person && !(s.colon_before && !s.list_item) && !s.dash_after &&
         !s.final_punct;
}

QuoteKind kind_before_attribution(const QuoteShape& s) {
  if (s.count == 0) return QuoteKind::kQuote;
  if (s.nickname) return QuoteKind::kTitle;
  if (s.scare_marker && s.count <= 4) return QuoteKind::kScare;
  if (s.latin_in_russian || s.named_by_noun || s.dotted_name) return QuoteKind::kTitle;
  if (s.attributive || s.noun_governed) return QuoteKind::kScare;
  bool short_name = s.count <= 8 && !s.inner_punct && !s.comma;
  if (s.title_noun && s.capitalized && (short_name || (s.cyrillic && s.count <= 8))) {
    return QuoteKind::kTitle;
  }
  if (s.title_case && !s.colon_before && !s.dash_after && !s.first_person) return QuoteKind::kTitle;
  if (russian_name(s)) return QuoteKind::kTitle;
  if (s.cyrillic && s.count == 1 && !s.capitalized && s.after_preposition && !s.colon_before &&
      !s.dash_after && !s.speech_verb_before) {
    return QuoteKind::kScare;
  }
  return QuoteKind::kQuote;
}

}  // namespace

void classify_quote_kinds(std::string_view body, const std::vector<ArticleWord>& words,
                          std::vector<Quote>& quotes) {
  for (Quote& q : quotes) {
    if (q.kind != QuoteKind::kQuote || q.continuation) continue;
    q.kind = kind_before_attribution(read_shape(body, words, q));
  }
}

void classify_unattributed(std::string_view body, const std::vector<ArticleWord>& words,
                           std::vector<Quote>& quotes) {
  for (Quote& q : quotes) {
    if (q.kind == QuoteKind::kQuote && !q.speaker.empty() && !q.continuation &&
        read_shape(body, words, q).named_modifier) {
      // "his “Nazi” comment" near a speaker's cue is still a label; with none, a name such
      // as "the “BrahMos” missile" is a title (below).
      q.kind = QuoteKind::kScare;
    }
    if (q.kind == QuoteKind::kQuote && q.speaker.empty() && q.cue.empty() && !q.continuation) {
      QuoteShape s = read_shape(body, words, q);
      bool punct = s.inner_punct || s.final_punct;
      bool speech_shape = (s.colon_before && !s.list_item) || s.dash_after;  // «…», — заявил
      if (!speech_shape && (s.title_case || (s.capitalized && s.count <= 4 && !punct && !s.comma &&
                                             !s.first_person))) {
        q.kind = QuoteKind::kTitle;  // «Циркон», «За отвагу», "Big Brother"
      } else if (s.count <= 3 && !punct && !s.capitalized &&
                 (!s.speech_verb_before || s.modifies_noun)) {
        q.kind = QuoteKind::kScare;
      }
    }
    if (q.kind != QuoteKind::kQuote) {
      q.speaker.clear();
      q.speaker_in_text.clear();
      q.cue.clear();
      q.rule = AttributionRule::kNone;
      q.mention = SpeakerMention::kNone;
      q.as_written.clear();
    }
  }
}

}  // namespace rostra
