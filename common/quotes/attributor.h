#pragma once
// Internal to the quotes room: one attribution run over an article, the state its parts
// share. The parts live in files by concept: subject phrases (subject_phrases.cc), resolving
// them to people and bodies (subject_resolution.cc), cue events read in text order
// (cue_events.cc) and the attribution rules (attribution_rules.cc). Quote kinds are
// quote_kind.h's; word lists are attribution_lexicon.h's and cue_verbs.h's. Use
// attribute_speakers (speaker_attributor.h) instead.

#include <algorithm>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/model/quote.h"
#include "common/quotes/article_words.h"
#include "common/quotes/attribution_lexicon.h"
#include "common/quotes/speaker_aliases.h"
#include "common/quotes/speaker_attributor.h"
#include "common/quotes/speaker_registry.h"

namespace rostra {

// What a phrase such as "Russian President Vladimir Putin", "the Varnian Foreign Ministry"
// or "министр транспорта Орлании Роман Тихонов" says about who it names.
struct Subject {
  std::vector<std::string> name;   // person name tokens, titles stripped
  std::vector<std::string> roles;  // lower-case titles and demonyms
  bool organisation = false;
  std::string organisation_name;                // as written, without "the"
  std::vector<std::string> organisation_roles;  // lower-case organisation words
  Gender gender = Gender::kUnknown;
};

struct CueEvent {
  std::size_t word = 0;
  std::string cue;
  int entity = -1;  // -1: the subject could not be identified
  bool has_subject = false;
  bool sentence_wide = false;  // "according to X," governs its whole sentence
  bool near_only = false;      // "called it “…”": valid only just before its quote
  SpeakerMention mention = SpeakerMention::kNone;
  std::string as_written;  // the subject phrase as the text writes it
};

// Attributes the quotes of one article body (see attribute_speakers). Not thread-safe; one
// object per article, used once.
class Attributor {
 public:
  Attributor(std::string_view body, std::vector<Quote>& quotes, const SpeakerAliases& aliases,
             const ArticleContext& context)
      : body_(body),
        context_(context),
        quotes_(quotes),
        registry_(aliases),
        words_(article_words(body, quotes)),
        attributed_(quotes.size(), nullptr) {}

  void run();

 private:
  // --- word tests ----------------------------------------------------------------------

  bool narrative(std::size_t i) const { return words_[i].quote < 0; }
  std::string_view text(std::size_t i) const {
    return body_.substr(words_[i].start, words_[i].end - words_[i].start);
  }

  bool is_title(const ArticleWord& w, Gender* gender = nullptr) const {
    return is_title_word(w.lower, gender) || w.lower.find("-elect") != std::string::npos ||
           (w.cyrillic && is_russian_title_form(w.lower));
  }

  bool is_org(const ArticleWord& w) const {
    return is_organisation_word(w.lower) || (w.cyrillic && is_russian_organisation_form(w.lower));
  }

  bool is_demonym_word(const ArticleWord& w) const {
    return (w.capitalized || w.lower == "u.s") &&
           (is_demonym(w.lower) || is_demonym(w.lower + "."));
  }

  // True when punctuation between words a < b separates them (a comma, a colon, a dash, a
  // quote mark, a sentence end); a plural possessive apostrophe ("Teachers' Union") does not.
  bool separated(std::size_t a, std::size_t b) const;

  bool same_sentence(std::size_t a, std::size_t b) const {
    return words_[a].sentence == words_[b].sentence;
  }

  // Can word i be part of a subject phrase? `after_title`: the previous phrase word was a
  // title, which in Russian may be followed by lower-case genitives ("министр транспорта").
  // True when one of the three words before i (five in Russian) is a title ("министр
  // иностранных дел").
  // Only lower-case words may stand between: after a name the phrase is over.
  bool near_title(std::size_t i) const;

  bool subject_word(std::size_t i, bool after_title) const;

  // Is word i a word that makes the title right after it (before `end`) another office
  // ("shadow foreign secretary")? It belongs to the phrase's roles.
  bool office_modifier(std::size_t i, std::size_t end) const;

  // Does word i (or the phrase it starts) open a clause, where a subject stands? The first
  // word of a sentence, or after , ; : ( or a dash, or after a conjunction.
  bool clause_start(std::size_t i) const;

  static bool skippable_between(const ArticleWord& w);

  // --- subject phrases -----------------------------------------------------------------

  // Word i as written, without a possessive ending ("Stan’s" -> "Stan").
  std::string name_text(std::size_t i) const;

  Subject analyze(std::size_t begin, std::size_t end) const;
  // analyze's last step: from the name words of [begin, end) (the first at `first_name`),
  // whether a title came and an "of" after it, decides what the phrase names: a demonym and
  // one word is a body, a title's genitive place leaves the name, "the Democrats" is a group,
  // and an organisation takes its whole name.
  void settle_subject(Subject& s, std::size_t begin, std::size_t end, std::size_t first_name,
                      bool title_seen, bool of_after_title) const;

  // Word i of the phrase [begin, end) is a surname after an honorific ("Ms King", "Mr
  // General"): a name even when it is also a title word.
  bool surname_after_honorific(std::size_t i, std::size_t begin) const;

  // Word i ends the phrase [begin, end) as a country code after a name ("Amnesty
  // International UK", "Oxfam UK"): the phrase names a body's national branch, not a role.
  bool country_code_of_body(std::size_t i, std::size_t begin, std::size_t end) const;

  // Is word i, in a phrase ending before `end`, a word in capitals (an office or a body:
  // "MEP", "S&P") with a capitalised name word after it? The name is what follows it.
  bool acronym_before_name(std::size_t i, std::size_t end) const;

  // Word i ends the phrase [begin, end) after a forename and is a demonym only by its ending
  // ("Andy Surabian", "Anna Kovalish"): a surname. Listed demonyms ("Russian") stay roles.
  bool surname_like_demonym(std::size_t i, std::size_t begin, std::size_t end) const;

  // Resolves a subject phrase to an entity; -1 when it names nobody we can identify.
  // `allow_oblique`: the cue governs an oblique case ("по словам Волкова").
  int resolve(std::size_t begin, std::size_t end, long position, Gender cue_gender,
              bool allow_oblique = false);
  // resolve's steps. resolve_oblique (when the cue governs no oblique case) drops a place in
  // an oblique case from the name and gives a lone oblique word's forename or role, if it
  // settles the subject; resolve_person registers the named person `s` with its roles;
  // resolve_role gives the latest fitting person or the role itself for a phrase of roles.
  std::optional<int> resolve_oblique(Subject& s, std::size_t begin, std::size_t end);
  int resolve_person(Subject& s, Gender gender, bool allow_oblique);
  int resolve_role(const Subject& s, std::size_t begin, std::size_t end, long position,
                   bool allow_oblique);

  // What "it" refers to before `position`: the body in view, or -1 when there is none or a
  // person was salient since, in the sentence of `position` or the one before.
  int it_antecedent(long position) const;

  // A pronoun at word i ("he", "him", "его", "they", "it") resolved to the most salient
  // compatible entity before `position` (-1 when none); nullopt when word i is no pronoun.
  std::optional<int> resolve_pronoun(std::size_t i, long position, Gender cue_gender);

  static constexpr int kNotDescription = -2;
  // "Vladimir Putin's message reads", "the message said": a document speaks for its author,
  // the owner it is written with or else the person an earlier cue in a sentence about a
  // document gave ("In a letter to …, President Putin said …"); -1 when the article names
  // none.
  int document_author(std::size_t begin, std::size_t end, long position);

  // The one person the headline names by a surname the body gives with a forename ("Roe
  // defends plan", "… Jan Roe said …"): registered under the full name; -1 when the headline
  // names none or several.
  int headline_person();
  // Are words i, i + 1 a forename and a surname (capitalised, no title, body, demonym or
  // honorific, not separated)?
  bool full_name_at(std::size_t i) const;

  // "the firm said", "the company said" (the phrase [begin, end)): the body whose name holds
  // the noun or else the body in view; with no body in view, the latest speaker known by one
  // word only, with no forename, title or gender ("Varnex said …"), which in English news is
  // a company, not a person. -1 when none.
  int company_in_view(std::size_t begin, std::size_t end, long position);

  // "The letter, from the Home Office, says", "The message from the President reads": the
  // sender named after the document phrase
  // ending at word `end`; -1 when none.
  int document_sender_after(std::size_t end, long position);

  // "the memo said" after "the Pentagon memo": the author named by capitalised words (no
  // possessive: "the Sultan's letter" is another letter) before an earlier lower-case mention
  // of the same document noun (word `head`) before word `begin`; -1 when none.
  int earlier_document_author(std::size_t head, std::size_t begin, long position);

  // "David Wyss of Standard & Poor's", "Gerald Connolly of Virginia": a person named before
  // "of" is the subject, not the place or body after it. A title before "of" ("Governor of
  // the Lake Region Anton Sedlak") keeps the whole phrase.
  std::size_t name_before_of(std::size_t begin, std::size_t end) const;

  // An unnamed source: "a spokesman", "one official", "the aide", "a department spokesman",
  // "one Bombay trader", "critics". Returns the entity for the description without its
  // article, -1 when a definite description names a role someone in the article holds (the
  // caller resolves it), or kNotDescription.
  int description(std::size_t begin, std::size_t end, long position);

  // An unnamed source's entity, named `text` or else words [from, end) as written; a
  // gendered noun at end - 1 ("spokeswoman") gives it that gender.
  int described_source(std::size_t from, std::size_t end, std::string text);

  // "Prosecutors said", "Местные наблюдатели считают": a description `written_text` of
  // words [from, end) whose first word is capitalised only because it opens the sentence,
  // in lower case.
  void lower_sentence_capital(std::size_t from, std::size_t end, std::string& written_text) const;

  // "a department spokesman" after "the State Department": the words of the latest
  // capitalised mention of the body word w (lower-case in the description) with the
  // capitalised words before it ("State Department"); empty when the latest has none.
  std::pair<std::size_t, std::size_t> named_body_before(std::size_t w) const;

  // "his office said", "her spokesman told": a possessive pronoun at `begin` and what it owns.
  // The owner the pronoun refers to, as "Jane Roe's office"; kNotDescription when none is in
  // view or word begin is no possessive pronoun. A document ("his message") is its owner's.
  int possessed_description(std::size_t begin, std::size_t end, long position);

  // Is another person named between `owner`'s latest turn as subject and word `begin` (a
  // known person of `gender` or unknown gender, or a full name in the possessive, "John
  // McCain's")?
  bool other_person_since(int owner, Gender gender, std::size_t begin);

  // Is the document headed by word `head` a joint one ("a joint statement" within a few
  // hundred words before, or "the joint statement" itself)? Several authors: none is named.
  bool joint_document(std::size_t head, std::size_t begin) const;

  // "said the former official" after "A former Fed official said": the latest indefinite
  // description before `position` whose head is word end - 1 and whose words hold each of
  // [from, end - 1); -1 when none.
  int earlier_description(std::size_t from, std::size_t end, long position);

  // "The Glasgow Kelvin MP", "the Varnian senator": after "the", capitalised place words and
  // an office (no body's name, no spokesman or official) describe the person the story is
  // about: the latest salient person before `position`; -1 when the words are no such role.
  int place_role(std::size_t from, std::size_t end, long position) const;

  // "a spokesman", "one Bombay trader", "the former official": an unnamed source's phrase
  // ending in a person noun reaches back over its lower-case modifiers to its article.
  std::size_t description_start(std::size_t begin, std::size_t end, std::size_t c) const;

  // "The Maine moderate has said", "the Kentucky Republican said": "the", capitalised
  // words and a lower-case noun before the cue describe a person already in the story.
  std::pair<std::size_t, std::size_t> role_description_before(std::size_t end, std::size_t c) const;

  // "ambassador to China Jorge Guajardo said", "в Кремле Владимир Путин заявил": three or
  // more capitalised words after a preposition open with the place or body it governs; the
  // last two name the person. Returns the new begin of [begin, end).
  std::size_t after_prepositional_place(std::size_t begin, std::size_t end) const;

  // "Peter Dobrow, a T-Mobile spokesperson said": the name opening the clause before the
  // comma before an unnamed source's determiner at word `det` is the subject; an empty range
  // when there is none.
  std::pair<std::size_t, std::size_t> name_before_description(std::size_t det, std::size_t c) const;

  // "The message to the people of Ingushetia reads": a document phrase opening the clause
  // and its addressee or sender before the cue c (the phrase ending at word `end`) is the
  // subject, not the place last named: the document's words, or an empty range.
  std::pair<std::size_t, std::size_t> addressed_document_before(std::size_t end,
                                                                std::size_t c) const;

  // "his office said", "their lawyers told": lower-case words [begin, end) ending in an
  // office, a role or an unnamed source's noun after a possessive pronoun, with the pronoun;
  // an empty range when there is none.
  std::pair<std::size_t, std::size_t> possessed_before(std::size_t begin, std::size_t end,
                                                       std::size_t c) const;

  // The subject phrase ending just before cue word c, as a word range; empty if none.
  std::pair<std::size_t, std::size_t> subject_before(std::size_t c) const;
  // Where that phrase ends: c, or before a time phrase, a medium ("in a statement") and up
  // to two skippable words between it and the cue.
  std::size_t subject_end_before(std::size_t c) const;

  // May cue word c take its subject after it ("“…,” said Putin", "«…», — заявил Волков")?
  // In English only right after a quote or a dash; in Russian always ("Об этом заявил
  // Песков").
  bool inverted_allowed(std::size_t c) const;

  // English words after a cue from `begin`: "former federal prosecutor Jane Doe" gives
  // {name, 0} (the name starts there); "the former official", "a department spokesman",
  // "the former Trump campaign adviser" give {begin, end} (an unnamed source); {0, 0} else.
  std::pair<std::size_t, std::size_t> descriptors_after(std::size_t begin, std::size_t c) const;

  // Does the word of word `noun` stand before it as a common noun (lower case, or capitalised
  // only as a sentence's first word: "Prosecutors said", not "the Scottish Executive")?
  bool common_noun_before(std::size_t noun) const;

  // "the firm", "the company" with word `head` the noun: an English company noun after
  // "the" (its whole phrase), else an empty range.
  std::pair<std::size_t, std::size_t> company_phrase(std::size_t head) const;

  // "Peter Fellner of James Capel and Co said", "an analyst with Smith Barney, Upham Harris
  // and Co", "of Procter & Gamble": when the capitalised run [begin, end) before cue word c
  // (no title or body word in it) follows "and" or "&" that joins it to more capitalised
  // words (commas allowed) right after "of", "with", "at", or "for" after a person, the
  // firm's name is one body: returns its first word, so that the person before it is the
  // subject. Else `begin`.
  std::size_t firm_name_start(std::size_t begin, std::size_t end, std::size_t c) const;

  // "said Varnex chief executive Jan Roe": after an English cue from `begin`, up to three
  // capitalised words (a body), lower-case descriptors and a name of two or three
  // capitalised words: the name's range, else an empty range.
  std::pair<std::size_t, std::size_t> name_after_body_role(std::size_t c, std::size_t begin) const;

  // The word after the title-kind quote that word k opens ("компании «Вектор»"); k when
  // word k opens none. Needs the quote kinds classified.
  std::size_t past_title_quote(std::size_t k) const;

  // The subject phrase right after cue word c, skipping a short prepositional phrase
  // ("сообщила на пресс-конференции председатель …").
  std::pair<std::size_t, std::size_t> subject_after(std::size_t c) const;
  // subject_after from word `begin`, past any pronoun.
  std::pair<std::size_t, std::size_t> subject_after_words(std::size_t c, std::size_t begin) const;

  // Is word i a Russian possessive "его", "её", "их" before a lower-case noun in the
  // nominative in the clause of cue word c ("сообщил его друг")? The noun is the subject.
  bool russian_possessor(std::size_t i, std::size_t c) const;

  // "его друг" as a subject: the person the article introduced as "его друг Имя Фамилия"
  // before `begin` (the same possessive and noun before a two-word name); -1 when none.
  int russian_possessed(std::size_t begin, std::size_t end) const;
  // subject_after's steps. Each returns the subject when it settles it (a {0, 0} range for
  // "none"), or nothing, having moved `begin` past what it read: a preposition and its
  // place ("заявил на суде …"), lower-case descriptors before a name ("said chief economist
  // …"); name_after_body finds the name after a body's «…» name ending at word `end`.
  std::optional<std::pair<std::size_t, std::size_t>> subject_past_preposition(
      std::size_t c, std::size_t& begin) const;
  std::optional<std::pair<std::size_t, std::size_t>> subject_past_descriptors(
      std::size_t c, std::size_t& begin) const;
  std::optional<std::pair<std::size_t, std::size_t>> name_after_body(std::size_t c,
                                                                     std::size_t end) const;

  // The first person or body the sentence of cue c names as a subject before the cue
  // ("Its chairman, Pavel Marek, told …", "Finance Minister Olga Reiter welcomed … but
  // warned: …"). Skips names after prepositions and possessives.
  std::pair<std::size_t, std::size_t> sentence_subject(std::size_t c) const;

  // The same, for the words of `sentence` before word `c`: the nearest clause start before
  // `c` that opens a name or a body ("…, while Putin on Monday called …").
  std::pair<std::size_t, std::size_t> sentence_subject(int sentence, std::size_t c) const;

  // Is there a person in view before word j whom a bare Russian title ("президент") can
  // mean: no one was introduced with the title, or the one in view was?
  bool role_in_view(const std::string& title, std::size_t j) const;

  // "Jane Roe, 68, told", "Roe, one of the few …, told", "Иван Петров, глава компании,
  // заявил": a cue right after a comma whose apposition (a lower-case or numeric stretch
  // between commas) follows a name between commas or after a quote. The name's words, or
  // an empty range.
  std::pair<std::size_t, std::size_t> apposition_name(std::size_t c) const;

  // "цитирует Челаха агентство «Вестник»", "the Herald quoted Jane Roe as saying": the
  // person whose words a quoting verb relays, not the outlet relaying them. For a Russian
  // quoting cue c, the capitalised Cyrillic words after it before any Latin, all-caps or
  // «…» name; for an English "as saying" cue c, the words between "quoted" and "as". An
  // empty range when none; `quoting` says whether cue c relays at all.
  std::pair<std::size_t, std::size_t> quoted_person(std::size_t c, bool* quoting) const;

  // --- Russian unnamed sources (russian_sources.cc) --------------------------------------

  // The word after the short «…» name (three words at most) that word k opens ("источник
  // «Вестника»"); k when word k opens none.
  std::size_t past_short_quote(std::size_t k) const;

  // Does punctuation between words a < b end a phrase? As separated, but the closing mark of
  // a «…» name at word a does not.
  bool clause_break(std::size_t a, std::size_t b) const;

  // "источник «Вестника» в правительстве", "27-летний житель одного из сёл области": up to
  // two adjectives, a source noun in the nominative and the oblique words, prepositions and
  // short «…» names after it in the clause of cue word c, from word `begin`; empty when the
  // words are no such phrase or a nominative name follows the noun (a named person).
  std::pair<std::size_t, std::size_t> russian_source_after(std::size_t begin, std::size_t c) const;

  // Where the phrase whose source noun is word j begins: before its adjectives.
  std::size_t russian_source_start(std::size_t j) const;

  // "был задержан 27-летний житель села. Он сказал …": a singular source phrase at word i in
  // the narrative becomes the entity a later pronoun of its gender means. Returns its last
  // word, or i when word i opens none.
  std::size_t meet_russian_source(std::size_t i);

  // The same phrase ending right before cue word c ("источник … в администрации назвал").
  std::pair<std::size_t, std::size_t> russian_source_before(std::size_t c) const;

  // The entity for such a phrase [begin, end): its description, with the noun's gender;
  // "собеседник" is the source described before, when there is one; a bare occupation
  // ("сказал депутат") the person introduced with it, else the nearest of `cue_gender`.
  // kNotDescription when the phrase has no source noun.
  int russian_source(std::size_t begin, std::size_t end, Gender cue_gender);

  // Is word i inside parentheses ("(Capital Wire)" in a dateline)?
  bool in_parentheses(std::size_t i) const;

  // --- the pass over the text ------------------------------------------------------------

  // Reads the article in order: title mentions and known names make entities salient for
  // later pronouns; each cue becomes an event with its subject resolved at that point.
  void read_in_order();

  // Is word i a single letter ("R" of "Michael R. Bloomberg", the pronoun "I")?
  bool single_letter(std::size_t i) const;

  // "Michael R. Bloomberg", "Samuel L Jackson": is word i a capitalised word before a
  // capital initial (with or without its full stop) and a capitalised surname that ends the
  // name (no body or title word)?
  bool middle_initial(std::size_t i) const;

  // "McCain, 81, missed …": is English word j a capitalised name followed by an age between
  // commas? A person, whether or not the article named them before.
  bool age_apposition(std::size_t j) const;

  // "…, said a department spokesman": a comma before the cue lets an unnamed source after it
  // be its subject (a name after it is more often an object: "…, told Reuters").
  bool after_comma(std::size_t c) const;

  // "widely reported to have resigned", "is said to be": a cue verb after a form of "be" or
  // an adverb and before "to have/be" and a quote ("is reported to be “pro-life”"), or after
  // a quote in its subject with no cue before it in the sentence ("the head of the “failing”
  // agency widely reported to have resigned"), reports what no one the text names said; "is
  // alleged to have told" is no such verb.
  bool passive_report(std::size_t c) const;

  // "when people asked", "the men said": does an English cue word c have a lower-case noun
  // right before it, after a determiner or a clause opener? Its subject is that noun, not
  // the name the sentence opens with.
  bool noun_subject_before(std::size_t c) const;

  // "will say", "to tell": a bare verb form is a cue only after an auxiliary or "to".
  bool after_auxiliary(std::size_t c) const;

  // "Jane Roe, a prospective candidate said", "Jane Roe, 68, told": when the words just before
  // the cue name no one the article knows, the name that opens the sentence before them
  // (an apposition's head) is the subject.
  void resolve_apposition(CueEvent& event, std::pair<std::size_t, std::size_t> subject,
                          Gender gender);

  // Is word i in the clause a cue before it in its sentence reports ("Doe said Mr Roe was
  // wrong")? A name there is not a subject later pronouns refer to.
  bool in_reported_clause(std::size_t i) const;

  // Is word c in the reported clause of an earlier cue of its sentence that names its
  // subject, with no quote in between ("Roe said that when Doe had announced it …")?
  bool in_named_report(std::size_t c) const;

  // Russian puts the subject after its verb ("Конференцию открыл спецпредставитель Артур
  // Волков."): a full name whose forename and last word `last` are in the nominative, outside
  // a reported clause, is a subject wherever it stands.
  bool russian_nominative_name(const std::string& forename, std::size_t last) const;

  // Is the Russian name with `forename` ending at word `last` a subject later pronouns may
  // mean? At a clause start, unless its forename is oblique; elsewhere when
  // russian_nominative_name.
  bool russian_subject(const std::string& forename, std::size_t last, bool clause_start) const;

  // Is `forename`, before the surname ending at word `last`, in an oblique case? "Андрея";
  // "Валентина" only before a surname that is a man's genitive ("Валентина Мельника").
  bool oblique_forename(const std::string& forename, std::size_t last) const;

  // "Mr Roe, who won damages from the Daily Courier said": an English phrase starting at
  // `begin` right after a preposition (other than "of") is its object, never the subject of
  // the cue after it.
  bool after_preposition(std::size_t begin) const;

  // "to the Policy Centre Mr Straw said": in a phrase after a preposition, the honorific or
  // title that opens the subject after the object; phrase.second when none.
  std::size_t name_after_object(std::pair<std::size_t, std::size_t> phrase) const;

  // The two-word name at words i, i + 1 as the registry should keep it: a Russian name whose
  // forename is in an oblique case ("Андрея Мельника", "Павлом Кориным") in the nominative
  // ("Андрей Мельник", "Павел Корин"); empty when the surname's nominative is unclear
  // ("Павлом Толстым").
  std::vector<std::string> nominative_name(std::size_t i) const;

  // Makes a cue event at word c if it is a cue; returns whether it was.
  bool cue_event(std::size_t c);
  // For a cue with no subject phrase of its own: the subject it shares with the verb before
  // it ("… but stressed"), none ("when people asked"), or the sentence's subject; sets
  // `event`'s has_subject (and entity when shared). Returns the subject's words, if any.
  std::pair<std::size_t, std::size_t> subject_without_a_phrase(CueEvent& event, std::size_t c);
  // cue_event's step for a cue verb at word c: names the cue in `event` and returns its
  // subject phrase (the person relayed after a quoting verb, setting `quoting`), an empty range
  // when none is found.
  std::pair<std::size_t, std::size_t> cue_verb_subject(std::size_t c, CueEvent& event,
                                                       bool& quoting) const;

  // --- quotes ------------------------------------------------------------------------------

  std::size_t word_at(std::uint32_t pos) const {
    auto it = std::lower_bound(words_.begin(), words_.end(), pos,
                               [](const ArticleWord& w, std::uint32_t p) { return w.start < p; });
    return static_cast<std::size_t>(it - words_.begin());
  }

  int closing_sentence(const Quote& q) const;

  const CueEvent* event_in(std::size_t from, std::size_t to, int sentence, bool first) const;

  void assign(std::size_t k, const CueEvent& e, AttributionRule rule);

  // A person's name as the article writes it when the alias table names them otherwise
  // ("Дональд Трамп" for "Donald Trump"); empty when the two agree and for bodies.
  static std::string in_text_name(const SpeakerEntity& entity);

  // What the subject words [begin, end) of an event say about how its entity was found.
  void record_mention(CueEvent& e, std::size_t begin, std::size_t end);

  // Where quote k stands: the sentence it closes in, the words after and at its opening mark.
  struct Spot {
    int sentence = -1;
    std::size_t after = 0;
    std::size_t open_word = 0;
  };

  // The attribution rules, most specific first; the first that applies assigns the speaker.
  void attribute(std::size_t k);

  // 1. A cue in the quote's sentence, after it.
  bool rule_cue_after(std::size_t k, const Spot& spot);

  // Does an unnamed source's cue e after the quote at `spot` only relay the words of the
  // person whose cue before the quote, in its sentence, reports them in a clause ("said that
  // he “…”")?
  bool relayed_by(const CueEvent& e, const Spot& spot);

  // 2. A cue in its sentence, before it: near the quote, or one that introduces it.
  bool rule_cue_before(std::size_t k, const Spot& spot);

  // "Roe said that when Doe had announced the plan he got the “clear impression” …": a cue
  // before the quote that is neither adjacent to it (four words or fewer, a colon, "that")
  // nor sentence-wide stands in the reported clause of the sentence's first cue, whose
  // subject said the quoted words. Returns that first cue when it names someone, else e.
  const CueEvent* outer_speaker(const CueEvent* e, std::size_t open_word) const;

  // "Roe described his talks with that trader as “trivial”": does naming cue e take the quote
  // opening at `open_word` through "as" right before it, past a longer object? The naming
  // verb's subject said the word, also inside another's report ("officials said Roe …").
  bool naming_as(const CueEvent& e, std::size_t open_word) const;

  // Is word c an English participle opening its sentence ("Saying Varnia must change, …")?
  // Its subject is the main clause's, so it makes no cue event of its own.
  bool participle_opener(std::size_t c) const;

  // Does the sentence of cue word c open with an English participle that c is or follows
  // ("Saying …", "Addressing claims that …")? Such an opener is no subject and reports nothing.
  bool opens_with_participle(std::size_t c) const;

  // 3. The second half of an interrupted quote: "A," he said. "B."
  bool rule_interrupted(std::size_t k, const Spot& spot);

  // 4. The next sentence, when it is only an attribution ("Putin said."); a continued quote
  //    looks past its continuations.
  bool rule_next_sentence(std::size_t k, const Spot& spot);

  // Does cue e report a clause of its own ("Roe has denied interfering …", "Roe said that
  // …")? Then its sentence is no bare attribution of a quote before it.
  bool reports_own_clause(const CueEvent& e) const;

  // 5. A sentence before it that introduces it: "Kos read out a statement:", "Putin said:".
  bool rule_introduction(std::size_t k, const Spot& spot);

  // True when the words between the quote before k and quote k are narrative and name no
  // one but `previous` (at most `limit` words).
  bool clear_between(std::size_t k, std::size_t open_word, const std::string& previous,
                     std::size_t limit) const;

  // "Директор института Олег Ракитин: «…»" with no cue: a full Russian name in the
  // nominative ending right before the colon, as a word range; empty when none.
  std::pair<std::size_t, std::size_t> name_before_colon(std::size_t prev) const;

  // Does quote k stand in the sentence quote k - 1 closes in, with only narrative and no
  // cue between them ("Roe said failure “…,” and that for the hundreds of … it would “…”")?
  bool same_sentence_fragment(std::size_t k, const Spot& spot) const;

  // 6. A follow-on quote in the same paragraph, with no other name in between (or in the
  //    same sentence with no cue in between), keeps the speaker of the quote before it.
  bool rule_follow_on(std::size_t k, const Spot& spot);

  // 7. A continued quote keeps its speaker; so does its first part, from the last part.
  bool rule_continuation(std::size_t k);

  // 8. A quotation standing alone as its own paragraph, or opening it as its own sentences,
  //    with no cue, continues the speaker of the quotation in the paragraph before when no
  //    one else is named in between.
  bool rule_standalone(std::size_t k, const Spot& spot);

  // 9. A quotation that fills its own sentence right after a sentence ending in an
  //    attribution ("…, he added. “…”", "…, — добавил он. «…»") continues that speaker.
  bool rule_after_attribution(std::size_t k, const Spot& spot);

  // Does the quote at `spot` open a sentence right after narrative of its paragraph and fill
  // its own sentences (no narrative of its closing sentence after it)?
  bool own_sentence_after_narrative(const Spot& spot) const;

  // 10. A first-person quotation filling its own sentences right after a sentence with no
  //     cue and no quote that opens with a person's name and names no other person ("His
  //     friend, Ann Roe, a nurse, blames the war. “We lost friends.”") is that person's.
  bool rule_after_subject(std::size_t k, const Spot& spot);

  // The name that opens the sentence of words [first, open) at a clause start, within its
  // first few words, with two capitalised words or more ("Saxon Spence", "Mr Blair"); an
  // empty range when none.
  std::pair<std::size_t, std::size_t> opening_subject(std::size_t first, std::size_t open) const;

  // Is `phrase` a bare name followed by a comma, as a vox pop opens ("Graham Lane, leader of
  // …: “…”"): capitalised words, no title or body word?
  bool vox_pop_name(std::pair<std::size_t, std::size_t> phrase) const;

  // Does quote k hold a first-person word ("I", "we", "our", "я", "мы")?
  bool first_person(std::size_t k) const;

  // Does the quote at `spot` open its paragraph and fill its own sentences (narrative may
  // follow it in the paragraph, in a sentence of its own)?
  bool opens_paragraph_alone(const Spot& spot) const;

  // Does the quote at `spot` fill its paragraph (no word before it or after it there)?
  bool alone_in_paragraph(const Spot& spot) const;

  // The people an unsigned document may be from, before the body names anyone: the
  // publisher's office holder and the sender the title names (-1 when none).
  void meet_publisher();

  // "The message reads:" with no author in the document phrase: the sender of the latest
  // sentence before `position` that sends a message ("Olga Reiter sent a message to …"), else
  // the title's sender, else the publisher's office holder; -1 when none is known.
  int unsigned_document_author(long position);

  std::string_view body_;
  ArticleContext context_;
  int publisher_ = -1;
  int title_sender_ = -1;
  std::vector<Quote>& quotes_;
  SpeakerRegistry registry_;
  std::vector<ArticleWord> words_;
  std::vector<CueEvent> events_;
  std::deque<CueEvent> introductions_;  // "Kos read out a statement:" (no cue word)
  std::vector<const CueEvent*> attributed_;
  int last_description_ = -1;  // the latest unnamed source resolved (described_source)
};

}  // namespace rostra
