#pragma once
// The word lists speaker attribution reads: cue verbs, titles and roles, organisation
// words, pronouns, the small words of subject phrases. One table per language (English and
// Russian; a word is looked up in the table of its script). Pure; all lookups take lower-case
// words. Thread-safe: each table is built once, on first use.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rostra {

/// Grammatical gender a word reveals about its subject, when it does.
enum class Gender : unsigned char { kUnknown, kMale, kFemale };

/// A speech verb or phrase head: "said", "added", "told", "заявил", "считает"...
/// Sets `gender` from Russian past-tense endings (заявила: female).
bool is_cue_word(std::string_view lower, Gender* gender = nullptr);

/// Words introducing the speaker after them: "according" (to), "по" (словам).
bool is_cue_prefix(std::string_view lower);

/// Titles and roles stripped from names: "president", "minister", "mr", "senator",
/// "spokesman", "президент", "министр"... Sets `gender` for Mr/Mrs/Ms.
bool is_title_word(std::string_view lower, Gender* gender = nullptr);

/// A Russian name word in the genitive case turned to the nominative, by its ending:
/// "Олега" -> "Олег", "Зиминой" -> "Зимина", "Ольги" -> "Ольга", "Сергея" -> "Сергей",
/// "Игоря" -> "Игорь", "Достоевского" -> "Достоевский". Other words are returned unchanged.
/// REQUIRES: the text says the word is genitive (after "по словам", "по мнению").
std::string nominative_from_genitive(std::string_view word);

/// A Russian forename in any case turned to the nominative when the forename lists know it
/// ("Олегу" -> "Олег", "Ольгу" -> "Ольга", "Сергеем" -> "Сергей"); other words unchanged.
/// A listed woman's forename in -а/-я ("Валентина") is a nominative and stays.
std::string nominative_forename(std::string_view word);

/// The forename an oblique Russian form reads as, ignoring that the form may itself be a
/// listed nominative: "Валентина" -> "Валентин", "Андрея" -> "Андрей", "Павлом" -> "Павел"
/// (the vowel an ending drops comes back); others unchanged.
std::string forename_from_oblique(std::string_view word);

/// A man's Russian surname in the instrumental case, after a forename in the instrumental
/// ("Павлом Кориным"), in the nominative: "Кориным" -> "Корин", "Зеленским" -> "Зеленский",
/// "Мельником" -> "Мельник"; an indeclinable one ("Шойгу") unchanged. nullopt when the
/// ending does not tell the nominative ("Толстым": "Толстой" or "Толстый").
std::optional<std::string> surname_from_instrumental(std::string_view word);

/// A Russian forename and surname as written, in the nominative when the forename is in an
/// oblique case, the surname in the same case: "Андрея Мельника" -> {"Андрей", "Мельник"},
/// "Павлом Кориным" -> {"Павел", "Корин"}, "Валентина Мельника" -> {"Валентин", "Мельник"}.
/// A name in the nominative, or not in Cyrillic, comes back as written; empty when the
/// surname's nominative is unclear ("Павлом Толстым").
std::vector<std::string> nominative_full_name(std::string_view forename, std::string_view surname);

/// A lower-case Russian surname that can only be an oblique case of a man's surname:
/// "Мельника", "Зеленского" (not "Иванова" or "Белая", which a woman's nominative also
/// ends in, nor an indeclinable "Матвиенко").
bool genitive_only_surname(std::string_view lower);

/// Party words that stand before a politician's name as a prefix, not part of it: "labour",
/// "tory", "democrat", "republican".
bool is_party_prefix(std::string_view lower);

/// Words that make the title they qualify another office: "shadow", "deputy", "former",
/// "заместитель". A person holding "shadow foreign secretary" is no answer to "the foreign
/// secretary".
bool is_office_modifier(std::string_view lower);

/// Honorifics before a surname: "mr", "mrs", "ms", "dr", "sir", "lord", "господин". The word
/// after one is a name even when it is a title word ("Ms King").
bool is_honorific(std::string_view lower);

/// The demonyms the tables list ("russian", "u.s."), without those is_demonym takes from
/// their ending alone ("-ian", "-ese", "-ish", "-ский").
bool is_listed_demonym(std::string_view lower);

/// The gender a forename has ("john", "mary", "владимир", "ольга"); kUnknown for any other
/// word and for forenames both genders use. The only source of a name's gender besides
/// honorifics and grammar: surnames and endings are not read.
Gender forename_gender(std::string_view lower);

/// Nationality and place adjectives that precede titles: "russian", "u.s.", "american",
/// "российский"; any capitalized word ending in -ian/-ese/-ish also counts (see caller).
bool is_demonym(std::string_view lower);

/// Words that make a capitalized run an organisation: "kremlin", "ministry", "department",
/// "government", "кремль", "мид"...
bool is_organisation_word(std::string_view lower);

/// Personal pronouns that can be a speech subject; sets `gender` and `plural`.
bool is_pronoun(std::string_view lower, Gender* gender, bool* plural);

/// Words before a quote that make it a title or name: "show", "programme", "party",
/// "operation", "slogan", "called", "dubbed", "программа", "партия"...
bool is_title_noun(std::string_view lower);

/// Russian nouns that open the name of a period or event in «»: "года" («года Арктики»),
/// "дня", "недели".
bool is_period_noun(std::string_view lower);

/// The naming verbs of people at large that is_scare_marker takes: "называют", "прозвали"…
bool is_naming_verb(std::string_view lower);

/// Words before a quote that make it a scare quote: "so-called", "так называемый", and the
/// naming verbs of people at large ("называют", "прозвали").
bool is_scare_marker(std::string_view lower);

/// Russian titles and organisations by stem prefix, for inflected forms ("министра",
/// "Кремля", "пресс-секретаря"). `lower` is a lower-case Cyrillic word.
bool is_russian_title_form(std::string_view lower);
bool is_russian_organisation_form(std::string_view lower);

/// English nouns for a business ("company", "firm", "bank"): "the firm said" means the
/// company in view, which may be known by one word only ("Varnex").
bool is_company_noun(std::string_view lower);

/// A listed Russian title in the nominative ("президент", "глава", "министр"), not an
/// inflected form ("президента", "министру"): a role that can be a clause's subject.
bool is_russian_nominative_title(std::string_view lower);

/// A Russian title of an office one person holds at a time ("президент", "глава",
/// "министр", "губернатор"), not an occupation many share ("журналист", "эксперт",
/// "депутат"): "глава государства" is definite without an article.
bool is_russian_office_title(std::string_view lower);

/// Nouns for people or groups who speak without a name: "spokesman", "official", "aide",
/// "source", "critics", "trader", "authors", "источник", "собеседник"... An unnamed source
/// ("a spokesman said", "said one official") is credited to this description.
bool is_person_noun(std::string_view lower);

/// Documents that "say" what their author wrote: "statement", "letter", "message", "report",
/// "memo", "telegram", "заявление", "письмо", "послание"... Their speaker is their author.
bool is_document_noun(std::string_view lower);

/// Words before a noun that make it an unnamed source: "a", "an", "one", "another".
bool is_indefinite_determiner(std::string_view lower);

/// Words that open a sentence without naming anyone: "many", "some", "unless", "although".
bool is_quantifier_or_conjunction(std::string_view lower);

/// Words that make a capitalised run an institution rather than a person: "university",
/// "institute", "association", "foundation"...
bool is_institution_word(std::string_view lower);

/// Nouns of unnamed sources that stay descriptions even after "the" and a place: "the White
/// House spokesman", "the Varnian official", "aides", "sources".
bool is_unnamed_source_noun(std::string_view lower);

/// A Russian unnamed source's head noun in the nominative ("источник", "собеседник",
/// "представитель", "житель", "эксперты"); `gender` (may be null) gets its grammatical
/// gender when singular, for the pronoun that later refers to it.
bool is_russian_source_noun(std::string_view lower, Gender* gender);

/// "эксперт", "депутат", "аналитик": a Russian source noun that names an occupation (not an
/// unnamed source like "источник"); alone, it refers to the person in view.
bool is_occupation_noun(std::string_view lower);

/// "собеседник", "собеседница", "собеседники": a source the article introduced before.
bool is_interlocutor_noun(std::string_view lower);

/// Capitalised words that open sentences without naming anyone: "but", "however", "it",
/// weekdays and months, "однако", "это", and is_quantifier_or_conjunction words.
bool is_stop_capital(std::string_view lower);

/// Russian oblique-case endings (-е, -у, -ой, -ей, -ах…): a lone capitalised word ending so is
/// rarely a subject ("России", "Москве").
bool oblique_case(std::string_view lower);

/// Days and "today", "yesterday", in English and Russian ("Putin on Monday said").
bool is_time_word(std::string_view lower);

/// Russian patronymics by ending: "Владимирович", "Ивановна".
bool is_patronymic(std::string_view lower);

/// Adverbs and auxiliaries that may stand between a subject and its cue: "also", "has",
/// "will", "reportedly", "также", "не".
bool is_adverb_or_auxiliary(std::string_view lower);

/// Object pronouns that name the subject of "по его словам", "said him": "him", "его".
bool is_object_pronoun(std::string_view lower);

/// Prepositions, English and Russian: "with", "of", "в", "на", "до"...
bool is_preposition(std::string_view lower);

/// First- and second-person pronouns, a sign of direct speech: "i", "we", "you", "я", "мы".
bool is_first_person(std::string_view lower);

/// Function words that may sit between a name and its cue, or lower-case words that are
/// not names: "the", "a", "of", "and"...
bool is_function_word(std::string_view lower);

/// The subject form of a third-person pronoun in another case: "him", "его", "него" -> "he";
/// "her", "её", "нее" -> "she"; "them", "их" -> "they"; "оно" -> "it". Other words are
/// returned as they are.
std::string_view subject_pronoun(std::string_view lower);

/// Particles and connectors inside a person's or body's name: "the", "of", "de", "van",
/// "von", "bin", "al".
bool is_name_particle(std::string_view lower);

/// Words after which a clause (and a subject) begins: "and", "but", "while", "who", "и",
/// "но", "что", "который".
bool is_clause_opener(std::string_view lower);

/// Coordinating conjunctions joining two verbs of one subject: "and", "but", "и", "но", "а".
bool is_coordinator(std::string_view lower);

/// Words that open reported speech after a cue: "that", "что".
bool is_complementizer(std::string_view lower);

/// Auxiliaries and "to" that make a bare verb form a cue: "will say", "to tell".
bool is_auxiliary_before_bare_cue(std::string_view lower);

/// Nouns of "made the remark(s)": "remark", "comments", "statement".
bool is_remark_noun(std::string_view lower);

/// Connectors that cannot open a subject phrase ("of", "de", "for") or close one ("the",
/// "of").
bool is_leading_connector(std::string_view lower);
bool is_trailing_connector(std::string_view lower);

/// English possessive pronouns that own an office or an aide: "his", "her", "its", "their".
bool is_possessive_pronoun(std::string_view lower);

/// Lower-case words inside a body's capitalised name ("Department for Work and Pensions",
/// "Ministry of Defence"): "and", "for", "of", "&".
bool is_body_name_connector(std::string_view lower);

/// Words that end the lower-case descriptors before a name after a cue: "that", "and", "to",
/// "on", "in", "что", "и".
bool is_descriptor_stop(std::string_view lower);

/// Russian "in" before a body that is the subject: "отметили в ведомстве".
bool is_locative_in(std::string_view lower);

/// Nouns of "по словам / по мнению / по данным X": the cue names its source after it. View
/// nouns ("словам", "мнению") also take a possessive pronoun: "по его словам".
bool is_according_noun(std::string_view lower);
bool is_view_noun(std::string_view lower);

}  // namespace rostra
