#include "common/quotes/attribution_lexicon.h"

#include <algorithm>
#include <iterator>

#include "common/base/word_set.h"
#include "common/quotes/cue_verbs.h"

namespace rostra {
namespace {

// A list as a hash set, made once per list: these lists are asked about every word.
template <const auto& Words>
bool in(std::string_view word) {
  static const WordSet set(Words);
  return set.contains(word);
}

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

constexpr std::string_view kTitles[] = {
    "president",  "vice",         "prime",          "minister",     "secretary",  "senator",
    "sen.",       "rep.",         "representative", "governor",     "gov.",       "mayor",
    "chancellor", "spokesman",    "spokeswoman",    "spokesperson", "ambassador", "general",
    "gen.",       "col.",         "colonel",        "lt.",          "lieutenant", "mr",
    "mr.",        "mrs",          "mrs.",           "ms",           "ms.",        "miss",
    "dr",         "dr.",          "prof.",          "professor",    "sir",        "lord",
    "lady",       "king",         "queen",          "prince",       "pope",       "chairman",
    "chairwoman", "chair",        "director",       "chief",        "ceo",        "leader",
    "deputy",     "foreign",      "defence",        "defense",      "finance",    "interior",
    "justice",    "economy",      "trade",          "premier",      "speaker",    "commissioner",
    "envoy",      "adviser",      "advisor",        "official",     "head",       "judge",
    "prosecutor", "lawyer",       "attorney",       "analyst",      "economist",  "expert",
    "activist",   "editor",       "correspondent",  "researcher",   "founder",    "inspector",
    "commander",  "officer",      "captain",        "admiral",      "sergeant",   "councillor",
    "councilor",  "economist",    "spokesman",      "mayor",        "organiser",  "organizer",
    "justice",    "presidential", "former",         "acting",       "opposition", "candidate",
    "lawmaker",   "mp",           "congressman"};

constexpr std::string_view kRussianTitles[] = {
    "президент",     "премьер",     "премьер-министр", "министр",      "министра",
    "вице-премьер",  "глава",       "председатель",    "спикер",       "пресс-секретарь",
    "секретарь",     "посол",       "генерал",         "мэр",          "губернатор",
    "депутат",       "сенатор",     "директор",        "руководитель", "лидер",
    "представитель", "официальный", "советник",        "канцлер",      "президента",
    "главы",         "премьера",    "министра",        "лидера",       "депутата",
    "губернатора",   "мэра",        "посла",           "судья",        "эксперт",
    "политолог",     "аналитик",    "господин",        "госпожа",      "экс-президент",
    "кандидат",      "замминистра", "дипломат",        "инженер",      "экономист",
    "журналист",     "адвокат",     "прокурор"};

constexpr std::string_view kDemonyms[] = {
    "u.s.",          "us",          "american",    "british",     "french",
    "german",        "chinese",     "russian",     "ukrainian",   "israeli",
    "iranian",       "turkish",     "japanese",    "indian",      "european",
    "polish",        "belarusian",  "kremlin",     "white",       "state",
    "nato",          "eu",          "un",          "u.n.",        "uk",
    "u.k.",          "российский",  "российского", "украинский",  "американский",
    "американского", "белорусский", "французский", "германский",  "китайский",
    "турецкий",      "британский",  "немецкий",    "израильский", "иранский"};

constexpr std::string_view kOrganisations[] = {
    "kremlin",      "ministry",      "department",   "government",
    "office",       "council",       "party",        "committee",
    "agency",       "service",       "commission",   "court",
    "parliament",   "house",         "embassy",      "police",
    "army",         "bank",          "union",        "administration",
    "cabinet",      "presidency",    "secretariat",  "bureau",
    "authority",    "authorities",   "company",      "corporation",
    "group",        "organisation",  "organization", "spokesperson's",
    "prosecutor's", "pentagon",      "nato",         "un",
    "kremlin's",    "command",       "staff",        "mission",
    "assembly",     "senate",        "кремль",       "мид",
    "министерство", "правительство", "ведомство",    "администрация",
    "пресс-служба", "минобороны",    "парламент",    "совет",
    "комитет",      "партия",        "посольство",   "служба",
    "суд",          "штаб"};

constexpr std::string_view kTitleNouns[] = {
    "show",      "programme",   "program", "series",     "film",      "movie",     "book",
    "newspaper", "magazine",    "channel", "operation",  "party",     "movement",  "campaign",
    "slogan",    "song",        "album",   "play",       "exercise",  "exercises", "doctrine",
    "project",   "festival",    "titled",  "entitled",   "called",    "dubbed",    "named",
    "brand",     "daily",       "weekly",  "initiative", "coalition", "bloc",      "alliance",
    "forum",     "documentary", "podcast"};

constexpr std::string_view kRussianTitleNouns[] = {
    "программа",  "программы", "программе", "передача",  "передачи",  "газета",   "газеты",
    "газете",     "журнал",    "журнала",   "фильм",     "фильма",    "операция", "операции",
    "партия",     "партии",    "партией",   "движение",  "движения",  "кампания", "кампании",
    "лозунг",     "лозунгом",  "песня",     "книга",     "книги",     "канал",    "телеканал",
    "телеканала", "фонд",      "фонда",     "агентство", "агентства", "проект",   "проекта",
    "форум",      "учения",    "названием", "блок",      "блока"};

constexpr std::string_view kFunctionWords[] = {
    "the",  "a",     "an",    "of",   "and", "to",  "in",   "on",  "at",
    "for",  "by",    "with",  "from", "as",  "has", "have", "had", "also",
    "then", "later", "again", "was",  "is",  "но",  "и",    "а"};

}  // namespace

bool is_cue_word(std::string_view w, Gender* gender) {
  return !w.empty() && is_cue_verb_form(w, gender);
}

bool is_cue_prefix(std::string_view w) {
  return w == "according" || w == "по" || w == "как";
}

bool is_title_word(std::string_view w, Gender* gender) {
  if (w == "mr" || w == "mr.") {
    if (gender) *gender = Gender::kMale;
    return true;
  }
  if (w == "mrs" || w == "mrs." || w == "ms" || w == "ms." || w == "miss" || w == "госпожа") {
    if (gender) *gender = Gender::kFemale;
    return true;
  }
  return in<kTitles>(w) || in<kRussianTitles>(w);
}

bool is_demonym(std::string_view w) {
  return in<kDemonyms>(w) || ends_with(w, "ian") || ends_with(w, "ese") || ends_with(w, "ish") ||
         ends_with(w, "ский") || ends_with(w, "ского");
}

bool is_organisation_word(std::string_view w) {
  return in<kOrganisations>(w);
}

bool is_pronoun(std::string_view w, Gender* gender, bool* plural) {
  *plural = false;
  if (w == "he" || w == "он") {
    *gender = Gender::kMale;
    return true;
  }
  if (w == "she" || w == "она") {
    *gender = Gender::kFemale;
    return true;
  }
  if (w == "they" || w == "они") {
    *gender = Gender::kUnknown;
    *plural = true;
    return true;
  }
  return false;
}

bool is_title_noun(std::string_view w) {
  static constexpr std::string_view kMore[] = {
      "investigation", "inquiry",     "probe",     "report",    "plan",    "strategy",
      "bill",          "act",         "manifesto", "agreement", "accord",  "treaty",
      "declaration",   "code-named",  "codenamed", "hashtag",   "motto",   "petition",
      "appeal",        "programme's", "show's",    "station",   "network", "broadcaster",
      "tabloid",       "website",     "portal",    "known"};
  static constexpr std::string_view kRussianStems[] = {
      "программ",    "передач",     "газет",     "журнал",       "фильм",        "операци",
      "парти",       "движени",     "кампани",   "лозунг",       "песн",         "книг",
      "канал",       "телеканал",   "фонд",      "агентств",     "проект",       "форум",
      "учени",       "петици",      "акци",      "блок",         "расследовани", "законопроект",
      "стратеги",    "доктрин",     "хэштег",    "портал",       "издани",       "сайт",
      "радиостанци", "суперпроект", "скульптур", "памятник",     "застав",       "конференци",
      "конкурс",     "фестивал",    "орден",     "медал",        "турнир",       "чемпионат",
      "клуб",        "команд",      "завод",     "компани",      "телекомпани",  "корпораци",
      "концерн",     "холдинг",     "банк",      "издательств",  "корабл",       "крейсер",
      "фрегат",      "подлодк",     "ракет",     "комплекс",     "систем",       "самолет",
      "самолёт",     "вертолет",    "станци",    "аэропорт",     "вокзал",       "гостиниц",
      "отел",        "центр",       "музе",      "театр",        "стадион",      "площад",
      "улиц",        "парк",        "мемориал",  "собор",        "храм",         "ансамбл",
      "групп",       "оркестр",     "спектакл",  "балет",        "выставк",      "шоу",
      "сериал",      "мультфильм",  "закон",     "кодекс",       "договор",      "соглашени",
      "пакт",        "концепци",    "нацпроект", "мисси",        "организаци",   "объединени",
      "союз",        "фракци",      "агентств",  "портал",       "сервис",       "мессенджер",
      "соцсет",      "приложени",   "бренд",     "магазин",      "сет",          "фирм",
      "предприяти",  "комбинат",    "порт",      "месторождени", "операци"};
  static constexpr std::string_view kRussianExact[] = {
      "указ",   "указа", "указом", "указе",  "стола",  "роман",  "романа",
      "романе", "поэма", "поэмы",  "премия", "премии", "премию", "премией"};
  if (in<kTitleNouns>(w) || in<kRussianTitleNouns>(w) || in<kMore>(w) || in<kRussianExact>(w)) {
    return true;
  }
  for (std::string_view stem : kRussianStems) {
    if (w.size() >= stem.size() && w.substr(0, stem.size()) == stem) return true;
  }
  return false;
}

bool is_scare_marker(std::string_view w) {
  return w == "so-called" || w == "so‑called" || w == "так" || w == "называемый" ||
         w == "называемая" || w == "называемое" || w == "называемые" || w == "называемых" ||
         w == "называемой" || w == "называемого";
}

bool is_person_noun(std::string_view w) {
  static const WordSet kWords{
      "spokesman",   "spokeswoman", "spokesperson", "spokesmen",     "official",    "officials",
      "aide",        "aides",       "source",       "sources",       "critics",     "critic",
      "analyst",     "analysts",    "trader",       "traders",       "diplomat",    "diplomats",
      "adviser",     "advisers",    "advisor",      "advisors",      "lawyer",      "lawyers",
      "authors",     "author",      "prosecutors",  "prosecutor",    "economist",   "economists",
      "expert",      "experts",     "observers",    "observer",      "witness",     "witnesses",
      "resident",    "residents",   "activist",     "activists",     "insider",     "insiders",
      "executive",   "executives",  "investor",     "investors",     "researchers", "researcher",
      "campaigner",  "campaigners", "supporters",   "voter",         "voters",      "backbencher",
      "minister",    "ministers",   "mp",           "mps",           "member",      "members",
      "источник",    "источники",   "собеседник",   "эксперты",      "эксперт",     "аналитики",
      "наблюдатели", "очевидцы",    "очевидец",     "представитель", "чиновник",    "участники"};
  return kWords.contains(w);
}

bool is_document_noun(std::string_view w) {
  static const WordSet kWords{"statement", "letter",     "message",    "report",    "memo",
                              "telegram",  "greetings",  "greeting",   "address",   "document",
                              "note",      "email",      "e-mail",     "post",      "tweet",
                              "заявление", "заявлении",  "письмо",     "письме",    "послание",
                              "послании",  "телеграмма", "телеграмме", "обращение", "обращении"};
  return kWords.contains(w);
}

bool is_indefinite_determiner(std::string_view w) {
  return w == "a" || w == "an" || w == "one" || w == "another";
}

bool is_quantifier_or_conjunction(std::string_view w) {
  static const WordSet kWords{"many",    "some",      "most",    "several", "few",       "all",
                              "both",    "other",     "others",  "unless",  "although",  "though",
                              "because", "since",     "whether", "despite", "during",    "such",
                              "each",    "every",     "no",      "not",     "why",       "what",
                              "how",     "where",     "who",     "once",    "until",     "even",
                              "многие",  "некоторые", "хотя",    "если",    "поскольку", "пока"};
  return kWords.contains(w);
}

bool is_institution_word(std::string_view w) {
  static const WordSet kWords{"university",  "institute",  "institution", "center",  "centre",
                              "association", "foundation", "federation",  "academy", "chamber",
                              "board",       "school",     "college",     "society", "league",
                              "fund",        "network",    "club",        "council", "commission"};
  return kWords.contains(w);
}

bool is_stop_capital(std::string_view w) {
  static const WordSet kWords{
      "but",     "and",       "however",   "yet",      "so",       "then",     "meanwhile",
      "still",   "also",      "on",        "in",       "at",       "for",      "after",
      "before",  "when",      "while",     "if",       "as",       "it",       "this",
      "that",    "there",     "these",     "those",    "asked",    "speaking", "opening",
      "i",       "we",        "you",       "they",     "he",       "she",      "a",
      "an",      "his",       "her",       "its",      "their",    "our",      "my",
      "monday",  "tuesday",   "wednesday", "thursday", "friday",   "saturday", "sunday",
      "january", "february",  "march",     "april",    "may",      "june",     "july",
      "august",  "september", "october",   "november", "december", "но",       "и",
      "а",       "однако",    "также",     "позже",    "ранее",    "затем",    "тогда",
      "там",     "здесь",     "в",         "на",       "по",       "это",      "как",
      "при",     "после",     "кроме",     "сам",      "сама",     "мы",       "я",
      "он",      "она",       "они",       "его",      "ее",       "её",       "их",
      "во",      "с"};
  return kWords.contains(w) || is_quantifier_or_conjunction(w);
}

bool oblique_case(std::string_view w) {
  for (std::string_view e :
       {"е", "у", "ю", "и", "ы", "ом", "ем", "ой", "ей", "ам", "ям", "ах", "ях"}) {
    if (w.size() > e.size() && w.substr(w.size() - e.size()) == e) return true;
  }
  return false;
}

bool is_time_word(std::string_view w) {
  static const WordSet kWords{"monday",    "tuesday",     "wednesday", "thursday",
                              "friday",    "saturday",    "sunday",    "today",
                              "yesterday", "понедельник", "вторник",   "среду",
                              "четверг",   "пятницу",     "субботу",   "воскресенье"};
  return kWords.contains(w);
}

bool is_patronymic(std::string_view w) {
  auto ends = [&](std::string_view tail) {
    return w.size() > tail.size() && w.substr(w.size() - tail.size()) == tail;
  };
  return ends("вич") || ends("вна") || ends("чна") || ends("вича") || ends("вны");
}

bool is_adverb_or_auxiliary(std::string_view w) {
  static const WordSet kWords{
      "also", "later", "then",  "again", "further", "previously", "earlier",    "once",  "had",
      "has",  "have",  "was",   "is",    "will",    "would",      "reportedly", "также", "ещё",
      "еще",  "ранее", "тогда", "уже",   "вновь",   "позже",      "не"};
  return kWords.contains(w);
}

bool is_object_pronoun(std::string_view w) {
  static const WordSet kWords{"him", "her", "them", "его", "её", "ее", "их", "него", "нее", "неё"};
  return kWords.contains(w);
}

bool is_preposition(std::string_view w) {
  static const WordSet kWords{
      "with",  "to",     "for",     "by",        "from",    "at",    "on",      "about",  "against",
      "of",    "into",   "over",    "under",     "between", "among", "without", "toward", "towards",
      "after", "before", "despite", "including", "like",    "than",  "via",     "in",     "с",
      "со",    "к",      "ко",      "для",       "от",      "о",     "об",      "про",    "при",
      "у",     "без",    "между",   "против",    "за",      "перед", "после",   "над",    "под",
      "из",    "в",      "во",      "на",        "до"};
  return kWords.contains(w);
}

bool is_first_person(std::string_view w) {
  static const WordSet kWords{"i", "we", "you", "я", "мы", "вы", "ты", "меня", "нас", "мне", "нам"};
  return kWords.contains(w);
}

bool is_function_word(std::string_view w) {
  return in<kFunctionWords>(w);
}

namespace {

constexpr std::string_view kRussianTitleStems[] = {
    "президент",   "премьер",    "министр",        "вице-",     "глава",    "главы",
    "председател", "спикер",     "пресс-секретар", "секретар",  "посол",    "посла",
    "генерал",     "мэр",        "губернатор",     "депутат",   "сенатор",  "директор",
    "руководител", "лидер",      "представител",   "советник",  "канцлер",  "судья",
    "судьи",       "эксперт",    "политолог",      "аналитик",  "господин", "госпож",
    "кандидат",    "замминистр", "экс-",           "официальн", "дипломат", "инженер",
    "экономист",   "журналист",  "адвокат",        "прокурор"};

constexpr std::string_view kRussianOrganisationStems[] = {
    "кремл",   "мид",       "министерств", "правительств", "ведомств", "администрац", "пресс-служб",
    "минобор", "парламент", "совет",       "комитет",      "парти",    "посольств",   "служб",
    "суд",     "штаб",      "прокуратур",  "думы",         "дума"};

template <std::size_t N>
bool has_prefix_in(const std::string_view (&stems)[N], std::string_view w) {
  for (std::string_view stem : stems) {
    if (w.size() >= stem.size() && w.substr(0, stem.size()) == stem) return true;
  }
  return false;
}

}  // namespace

bool is_russian_title_form(std::string_view w) {
  return has_prefix_in(kRussianTitleStems, w);
}

bool is_russian_organisation_form(std::string_view w) {
  return has_prefix_in(kRussianOrganisationStems, w);
}

}  // namespace rostra
