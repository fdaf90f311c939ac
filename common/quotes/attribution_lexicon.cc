#include "common/quotes/attribution_lexicon.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <span>
#include <string>
#include <vector>

#include "common/base/case_fold.h"
#include "common/base/word_set.h"
#include "common/quotes/cue_verbs.h"

namespace rostra {
namespace {

// The word lists, one table per language. A word is looked up in the table of its script
// (Cyrillic words in the Russian one, others in the English one), so each list is one hash
// lookup; a new language adds a namespace of tables and a branch in `in_language`.

// English.
namespace english {

constexpr std::string_view kTitles[] = {"president",
                                        "vice",
                                        "prime",
                                        "minister",
                                        "secretary",
                                        "senator",
                                        "sen.",
                                        "rep.",
                                        "representative",
                                        "governor",
                                        "gov.",
                                        "mayor",
                                        "chancellor",
                                        "spokesman",
                                        "spokeswoman",
                                        "spokesperson",
                                        "ambassador",
                                        "general",
                                        "gen.",
                                        "col.",
                                        "colonel",
                                        "lt.",
                                        "lieutenant",
                                        "mr",
                                        "mr.",
                                        "mrs",
                                        "mrs.",
                                        "ms",
                                        "ms.",
                                        "miss",
                                        "dr",
                                        "dr.",
                                        "prof.",
                                        "professor",
                                        "sir",
                                        "lord",
                                        "lady",
                                        "king",
                                        "queen",
                                        "prince",
                                        "pope",
                                        "chairman",
                                        "chairwoman",
                                        "chair",
                                        "director",
                                        "moderator",
                                        "comrade",
                                        "chief",
                                        "ceo",
                                        "leader",
                                        "deputy",
                                        "foreign",
                                        "defence",
                                        "defense",
                                        "finance",
                                        "interior",
                                        "justice",
                                        "economy",
                                        "trade",
                                        "premier",
                                        "speaker",
                                        "commissioner",
                                        "envoy",
                                        "adviser",
                                        "advisor",
                                        "official",
                                        "head",
                                        "judge",
                                        "prosecutor",
                                        "lawyer",
                                        "attorney",
                                        "analyst",
                                        "economist",
                                        "expert",
                                        "activist",
                                        "editor",
                                        "correspondent",
                                        "researcher",
                                        "founder",
                                        "inspector",
                                        "commander",
                                        "officer",
                                        "captain",
                                        "admiral",
                                        "sergeant",
                                        "councillor",
                                        "councilor",
                                        "organiser",
                                        "organizer",
                                        "presidential",
                                        "former",
                                        "acting",
                                        "opposition",
                                        "candidate",
                                        "lawmaker",
                                        "mp",
                                        "congressman",
                                        "treasurer",
                                        "counselor",
                                        "counsellor",
                                        "sen",
                                        "rep",
                                        "gov",
                                        "gen",
                                        "col",
                                        "lt",
                                        "prof",
                                        "sgt",
                                        "capt",
                                        "adm"};

constexpr std::string_view kDemonyms[] = {
    "u.s.",     "us",        "american",   "british", "french",  "german",   "chinese",
    "russian",  "ukrainian", "israeli",    "iranian", "turkish", "japanese", "indian",
    "european", "polish",    "belarusian", "kremlin", "white",   "state",    "nato",
    "eu",       "un",        "u.n.",       "uk",      "u.k."};

constexpr std::string_view kOrganisations[] = {
    "kremlin",       "ministry",       "department",   "government",  "office",      "council",
    "party",         "committee",      "agency",       "service",     "commission",  "court",
    "parliament",    "house",          "embassy",      "police",      "army",        "bank",
    "union",         "administration", "cabinet",      "presidency",  "secretariat", "bureau",
    "authority",     "authorities",    "company",      "corporation", "group",       "organisation",
    "organization",  "spokesperson's", "prosecutor's", "pentagon",    "nato",        "un",
    "kremlin's",     "command",        "staff",        "mission",     "assembly",    "senate",
    "confederation", "federation"};

constexpr std::string_view kTitleNouns[] = {
    "show",        "programme",   "program",       "series",      "film",      "movie",
    "book",        "newspaper",   "magazine",      "channel",     "operation", "party",
    "movement",    "campaign",    "slogan",        "song",        "album",     "play",
    "exercise",    "exercises",   "doctrine",      "project",     "festival",  "titled",
    "entitled",    "called",      "dubbed",        "named",       "brand",     "daily",
    "weekly",      "initiative",  "coalition",     "bloc",        "alliance",  "forum",
    "documentary", "podcast",     "investigation", "inquiry",     "probe",     "report",
    "plan",        "strategy",    "bill",          "act",         "manifesto", "agreement",
    "accord",      "treaty",      "declaration",   "code-named",  "codenamed", "hashtag",
    "motto",       "petition",    "appeal",        "programme's", "show's",    "station",
    "network",     "broadcaster", "tabloid",       "website",     "portal",    "known"};

constexpr std::string_view kFunctionWords[] = {
    "the",  "a",  "an",  "of",   "and", "to",   "in",   "on",    "at",    "for", "by", "with",
    "from", "as", "has", "have", "had", "also", "then", "later", "again", "was", "is"};

constexpr std::string_view kPersonNouns[] = {
    "spokesman",  "spokeswoman", "spokesperson", "spokesmen",  "official",    "officials",
    "aide",       "aides",       "source",       "sources",    "critics",     "critic",
    "analyst",    "analysts",    "trader",       "traders",    "diplomat",    "diplomats",
    "adviser",    "advisers",    "advisor",      "advisors",   "lawyer",      "lawyers",
    "authors",    "author",      "prosecutors",  "prosecutor", "economist",   "economists",
    "expert",     "experts",     "observers",    "observer",   "witness",     "witnesses",
    "resident",   "residents",   "activist",     "activists",  "insider",     "insiders",
    "executive",  "executives",  "investor",     "investors",  "researchers", "researcher",
    "campaigner", "campaigners", "supporters",   "voter",      "voters",      "backbencher",
    "minister",   "ministers",   "mp",           "mps",        "member",      "members"};

constexpr std::string_view kDocumentNouns[] = {
    "statement", "letter",   "message", "report", "memo",   "telegram", "greetings", "greeting",
    "address",   "document", "note",    "email",  "e-mail", "post",     "tweet"};

constexpr std::string_view kQuantifiersAndConjunctions[] = {
    "many",   "some",   "most",     "several", "few",     "all",   "both",    "other",
    "others", "unless", "although", "though",  "because", "since", "whether", "despite",
    "during", "such",   "each",     "every",   "no",      "not",   "why",     "what",
    "how",    "where",  "who",      "once",    "until",   "even",  "another"};

constexpr std::string_view kInstitutionWords[] = {
    "university", "institute", "institution", "center", "centre",  "association", "foundation",
    "federation", "academy",   "chamber",     "board",  "school",  "college",     "society",
    "league",     "fund",      "network",     "club",   "council", "commission"};

constexpr std::string_view kStopCapitals[] = {
    "later",     "earlier",  "now",     "today",    "yesterday", "but",     "and",
    "however",   "yet",      "so",      "then",     "meanwhile", "still",   "also",
    "on",        "in",       "at",      "for",      "after",     "before",  "when",
    "while",     "if",       "as",      "it",       "this",      "that",    "there",
    "these",     "those",    "asked",   "speaking", "opening",   "i",       "we",
    "you",       "they",     "he",      "she",      "a",         "an",      "his",
    "her",       "its",      "their",   "our",      "my",        "monday",  "tuesday",
    "wednesday", "thursday", "friday",  "saturday", "sunday",    "january", "february",
    "march",     "april",    "may",     "june",     "july",      "august",  "september",
    "october",   "november", "december"};

constexpr std::string_view kTimeWords[] = {"monday",   "tuesday", "wednesday", "thursday", "friday",
                                           "saturday", "sunday",  "today",     "yesterday"};

constexpr std::string_view kAdverbsAndAuxiliaries[] = {
    "also", "later", "then", "again", "further", "previously", "earlier", "once",
    "had",  "has",   "have", "was",   "is",      "will",       "would",   "reportedly"};

constexpr std::string_view kObjectPronouns[] = {"him", "her", "them"};

constexpr std::string_view kPrepositions[] = {
    "with",  "to",     "for",     "by",        "from",    "at",    "on",      "about",  "against",
    "of",    "into",   "over",    "under",     "between", "among", "without", "toward", "towards",
    "after", "before", "despite", "including", "like",    "than",  "via",     "in"};

constexpr std::string_view kFirstPerson[] = {"i", "we", "you"};

// "so-called", and nouns that cite a term as a term ("the word “x”", "the Delta strain"),
// not someone's utterance.
constexpr std::string_view kScareMarkers[] = {"so-called", "so‑called",  "term",     "word",
                                              "phrase",    "expression", "nickname", "label",
                                              "strain",    "variant",    "concept",  "buzzword"};

constexpr std::string_view kIndefiniteDeterminers[] = {"a", "an", "one", "another"};

constexpr std::string_view kCuePrefixes[] = {"according"};

constexpr std::string_view kNameParticles[] = {"the", "of", "de", "van", "von", "bin", "al"};

constexpr std::string_view kClauseOpeners[] = {"and", "but", "while", "as", "when", "which", "who"};

constexpr std::string_view kCoordinators[] = {"and", "but"};

constexpr std::string_view kComplementizers[] = {"that"};

constexpr std::string_view kAuxiliariesBeforeBareCue[] = {
    "will", "would", "shall", "to", "did", "may", "might", "could", "should", "must", "ll"};

constexpr std::string_view kRemarkNouns[] = {"remark", "remarks", "comment", "comments",
                                             "statement"};

constexpr std::string_view kLeadingConnectors[] = {"of", "de", "for"};

constexpr std::string_view kTrailingConnectors[] = {"the", "of"};

constexpr std::string_view kDescriptorStops[] = {"that", "and", "to", "on", "in"};

constexpr std::string_view kMaleForenames[] = {
    "aaron",     "adam",     "adrian",   "alan",        "albert",      "alexander", "alfred",
    "ali",       "alistair", "andrew",   "andy",        "angus",       "anthony",   "antonio",
    "arthur",    "barack",   "barry",    "ben",         "benjamin",    "bernard",   "bernie",
    "bill",      "bob",      "boris",    "brad",        "brian",       "bruce",     "carl",
    "carlos",    "charles",  "charlie",  "christopher", "chuck",       "colin",     "craig",
    "dan",       "daniel",   "darren",   "dave",        "david",       "dean",      "dennis",
    "derek",     "dmitry",   "dominic",  "donald",      "doug",        "douglas",   "duncan",
    "ed",        "eddie",    "edward",   "emmanuel",    "eric",        "frank",     "fred",
    "gary",      "gavin",    "geoff",    "geoffrey",    "george",      "gerald",    "gerry",
    "gordon",    "graham",   "greg",     "gregory",     "harold",      "harry",     "hassan",
    "henry",     "hugh",     "iain",     "ian",         "igor",        "ivan",      "jack",
    "jacob",     "jake",     "james",    "jason",       "jean-claude", "jeff",      "jeffrey",
    "jeremy",    "jerry",    "jim",      "jimmy",       "joe",         "john",      "johnny",
    "jon",       "jonathan", "jose",     "joseph",      "josh",        "joshua",    "juan",
    "justin",    "keith",    "ken",      "kenneth",     "kevin",       "larry",     "leo",
    "liam",      "luis",     "malcolm",  "marco",       "mark",        "martin",    "matt",
    "matthew",   "michael",  "mike",     "mitch",       "mohammed",    "muhammad",  "neil",
    "nicholas",  "nick",     "nigel",    "oliver",      "omar",        "owen",      "patrick",
    "paul",      "pete",     "peter",    "philip",      "phil",        "ralph",     "ray",
    "richard",   "rick",     "rob",      "robert",      "roger",       "ron",       "ronald",
    "rupert",    "ryan",     "samuel",   "scott",       "sean",        "sergei",    "sergey",
    "simon",     "stephen",  "steve",    "steven",      "stuart",      "ted",       "thomas",
    "tim",       "timothy",  "tom",      "tommy",       "tony",        "vince",     "vladimir",
    "walter",    "wayne",    "william",  "yuri",        "karel",       "pavel",     "tomas",
    "tomasz",    "petr",     "jan",      "jiri",        "lukas",       "marek",     "ondrej",
    "milan",     "vaclav",   "jakub",    "piotr",       "pawel",       "krzysztof", "andrzej",
    "stefan",    "hans",     "klaus",    "jurgen",      "wolfgang",    "friedrich", "heinz",
    "olaf",      "francois", "jacques",  "pierre",      "nicolas",     "francesco", "giuseppe",
    "matteo",    "luigi",    "pedro",    "pablo",       "miguel",      "javier",    "rafael",
    "recep",     "ahmet",    "mehmet",   "viktor",      "victor",      "volodymyr", "petro",
    "oleksandr", "anton",    "zoran",    "goran",       "lars",        "sven",      "nils",
    "erik",      "mikhail",  "dmitri",   "alexei",      "nikolai",     "benyamin",  "yair",
    "ehud",      "shinzo",   "narendra", "jair",        "jens",        "rishi",     "keir"};

constexpr std::string_view kFemaleForenames[] = {
    "alice",     "alison",    "amanda",    "amy",       "andrea",  "angela",    "angelina",
    "ann",       "anna",      "anne",      "annie",     "barbara", "betty",     "beth",
    "brenda",    "caroline",  "carol",     "catherine", "cathy",   "charlotte", "cheryl",
    "chloe",     "christine", "claire",    "clare",     "diana",   "diane",     "donna",
    "dorothy",   "elena",     "elizabeth", "ellen",     "emily",   "emma",      "fiona",
    "frances",   "hannah",    "harriet",   "heather",   "helen",   "hillary",   "irina",
    "jacqui",    "jane",      "janet",     "jennifer",  "jenny",   "jessica",   "jill",
    "joan",      "julia",     "julie",     "karen",     "kate",    "katherine", "kathleen",
    "kathy",     "kelly",     "kirsty",    "laura",     "lauren",  "linda",     "lisa",
    "liz",       "louise",    "lucy",      "margaret",  "maria",   "marie",     "martha",
    "mary",      "melania",   "melissa",   "michelle",  "nancy",   "natalia",   "natasha",
    "nicola",    "nikki",     "olga",      "patricia",  "patty",   "rachel",    "rebecca",
    "ruth",      "sally",     "samantha",  "sandra",    "sarah",   "sharon",    "shirley",
    "sophie",    "sue",       "susan",     "tatiana",   "teresa",  "theresa",   "tessa",
    "tracey",    "ursula",    "valerie",   "victoria",  "yvette",  "yulia",     "jana",
    "tereza",    "petra",     "eva",       "marta",     "lenka",   "katarina",  "katerina",
    "agnieszka", "magdalena", "ewa",       "annegret",  "sabine",  "monika",    "francoise",
    "segolene",  "giorgia",   "federica",  "carmen",    "isabel",  "lucia",     "ana",
    "svetlana",  "natalya",   "olena",     "iryna",     "ingrid",  "astrid",    "greta",
    "sanna",     "jacinda",   "kamala",    "mette",     "priti",   "suella",    "nadine",
    "yvonne"};

constexpr std::string_view kPartyPrefixes[] = {
    "labour",  "tory", "conservative", "democrat", "democratic", "republican",
    "liberal", "lib",  "dem",          "ukip",     "snp",        "gop"};

// Words that make a title another office: "Shadow foreign secretary" is not the foreign
// secretary, nor is a "deputy" or "former" minister the minister.
constexpr std::string_view kOfficeModifiers[] = {"shadow", "deputy", "vice",     "former",
                                                 "ex",     "junior", "assistant"};

constexpr std::string_view kHonorifics[] = {"mr", "mr.", "mrs", "mrs.", "ms",   "ms.", "miss",
                                            "dr", "dr.", "sir", "lord", "lady", "dame"};

constexpr std::string_view kMaleTitles[] = {"mr",          "mr.",        "sir",        "lord",
                                            "king",        "prince",     "spokesman",  "chairman",
                                            "congressman", "councilman", "businessman"};

constexpr std::string_view kFemaleTitles[] = {
    "mrs",        "mrs.",          "ms",           "ms.",           "miss",
    "lady",       "dame",          "queen",        "princess",      "spokeswoman",
    "chairwoman", "congresswoman", "councilwoman", "businesswoman", "baroness"};

// Owners before a noun ("his office").
constexpr std::string_view kPossessivePronouns[] = {"his", "her", "its", "their"};

// Words inside a body's name ("Commons Work and Pensions Committee", "Centre for …").
constexpr std::string_view kBodyNameConnectors[] = {"and", "for", "of", "&"};

// Nouns a company is called by after it was named ("the firm said").
constexpr std::string_view kCompanyNouns[] = {"company", "firm", "corporation", "bank"};

}  // namespace english

// Russian.
namespace russian {

constexpr std::string_view kTitles[] = {
    "президент",     "премьер",     "премьер-министр", "министр",       "министра",
    "вице-премьер",  "глава",       "председатель",    "спикер",        "пресс-секретарь",
    "секретарь",     "посол",       "генерал",         "мэр",           "губернатор",
    "депутат",       "сенатор",     "директор",        "руководитель",  "лидер",
    "представитель", "официальный", "советник",        "канцлер",       "президента",
    "главы",         "премьера",    "лидера",          "депутата",      "губернатора",
    "мэра",          "посла",       "судья",           "эксперт",       "политолог",
    "аналитик",      "господин",    "госпожа",         "экс-президент", "кандидат",
    "замминистра",   "дипломат",    "инженер",         "экономист",     "журналист",
    "адвокат",       "прокурор"};

constexpr std::string_view kDemonyms[] = {
    "российский",  "российского", "украинский",  "американский", "американского",
    "белорусский", "французский", "германский",  "китайский",    "турецкий",
    "британский",  "немецкий",    "израильский", "иранский"};

constexpr std::string_view kOrganisations[] = {
    "кремль",       "мид",        "министерство", "правительство", "ведомство", "администрация",
    "пресс-служба", "минобороны", "парламент",    "совет",         "комитет",   "партия",
    "посольство",   "служба",     "суд",          "штаб"};

constexpr std::string_view kTitleNouns[] = {
    "программа",  "программы", "программе", "передача",  "передачи",  "газета",   "газеты",
    "газете",     "журнал",    "журнала",   "фильм",     "фильма",    "операция", "операции",
    "партия",     "партии",    "партией",   "движение",  "движения",  "кампания", "кампании",
    "лозунг",     "лозунгом",  "песня",     "книга",     "книги",     "канал",    "телеканал",
    "телеканала", "фонд",      "фонда",     "агентство", "агентства", "проект",   "проекта",
    "форум",      "учения",    "названием", "блок",      "блока",     "указ",     "указа",
    "указом",     "указе",     "стола",     "роман",     "романа",    "романе",   "поэма",
    "поэмы",      "премия",    "премии",    "премию",    "премией",   "закон",    "закона",
    "закону",     "законом",   "законе"};

// Nouns that open the name of a period or event in «» ("«года Арктики»", "«дня молодёжи»").
constexpr std::string_view kPeriodNouns[] = {"год",    "года",   "году",   "годом",
                                             "день",   "дня",    "дню",    "днём",
                                             "неделя", "недели", "неделю", "месячник"};

constexpr std::string_view kFunctionWords[] = {"но", "и", "а"};

constexpr std::string_view kPersonNouns[] = {
    "источник",    "источники", "собеседник", "эксперты",      "эксперт",  "аналитики",
    "наблюдатели", "очевидцы",  "очевидец",   "представитель", "чиновник", "участники"};

constexpr std::string_view kDocumentNouns[] = {"заявление", "заявлении", "письмо",     "письме",
                                               "послание",  "послании",  "телеграмма", "телеграмме",
                                               "обращение", "обращении"};

constexpr std::string_view kQuantifiersAndConjunctions[] = {"многие", "некоторые", "хотя",
                                                            "если",   "поскольку", "пока"};

constexpr std::string_view kStopCapitals[] = {
    "но",    "и",  "а",   "однако", "также", "позже", "ранее",   "затем", "тогда",   "там",
    "здесь", "в",  "на",  "по",     "это",   "как",   "при",     "после", "кроме",   "сам",
    "сама",  "мы", "я",   "он",     "она",   "они",   "его",     "ее",    "её",      "их",
    "во",    "с",  "так", "вот",    "тем",   "зато",  "впрочем", "итак",  "поэтому", "позднее"};

constexpr std::string_view kTimeWords[] = {"понедельник", "вторник", "среду",      "четверг",
                                           "пятницу",     "субботу", "воскресенье"};

constexpr std::string_view kAdverbsAndAuxiliaries[] = {"также", "ещё",   "еще",   "ранее", "тогда",
                                                       "уже",   "вновь", "позже", "не"};

constexpr std::string_view kObjectPronouns[] = {"его", "её", "ее", "их", "него", "нее", "неё"};

constexpr std::string_view kPrepositions[] = {
    "с",     "со",     "к",  "ко",    "для",   "от",  "о",   "об", "про", "при", "у",  "без",
    "между", "против", "за", "перед", "после", "над", "под", "из", "в",   "во",  "на", "до"};

constexpr std::string_view kFirstPerson[] = {"я", "мы", "вы", "ты", "меня", "нас", "мне", "нам"};

// "так называемый", and the naming verbs of people at large ("граждане называют «…»",
// "его прозвали «…»"): a name or term the article cites, not anyone's utterance.
// "так называемый", naming verbs of people at large, and nouns that cite a term as a term
// ("термин «…»", "штаммом «…»", "словом «…»").
constexpr std::string_view kScareMarkers[] = {
    "так",        "называемый",  "называемая",   "называемое",   "называемые",    "называемых",
    "называемой", "называемого", "называют",     "именуют",      "прозвали",      "зовут",
    "термин",     "термина",     "термином",     "термине",      "термины",       "терминов",
    "слово",      "словом",      "слове",        "словечко",     "словечком",     "понятие",
    "понятия",    "понятием",    "понятии",      "выражение",    "выражением",    "выражении",
    "штамм",      "штамма",      "штаммом",      "штамме",       "штаммы",        "штаммов",
    "прозвище",   "прозвищем",   "формулировка", "формулировку", "формулировкой", "формулировки"};

constexpr std::string_view kCuePrefixes[] = {"по", "как"};

constexpr std::string_view kClauseOpeners[] = {"и", "а", "но", "что", "который", "которая"};

constexpr std::string_view kCoordinators[] = {"и", "но", "а"};

constexpr std::string_view kComplementizers[] = {"что"};

constexpr std::string_view kDescriptorStops[] = {"что", "и"};

constexpr std::string_view kLocativeIn[] = {"в", "во"};

constexpr std::string_view kAccordingNouns[] = {"словам", "мнению", "данным"};

constexpr std::string_view kViewNouns[] = {"словам", "мнению"};

constexpr std::string_view kTitleNounStems[] = {
    "программ",    "передач",     "газет",     "журнал",      "фильм",        "операци",
    "парти",       "движени",     "кампани",   "лозунг",      "песн",         "книг",
    "канал",       "телеканал",   "фонд",      "агентств",    "проект",       "форум",
    "учени",       "петици",      "акци",      "блок",        "расследовани", "законопроект",
    "стратеги",    "доктрин",     "хэштег",    "портал",      "издани",       "сайт",
    "радиостанци", "суперпроект", "скульптур", "памятник",    "застав",       "конференци",
    "конкурс",     "фестивал",    "орден",     "медал",       "турнир",       "чемпионат",
    "клуб",        "команд",      "завод",     "компани",     "телекомпани",  "корпораци",
    "концерн",     "холдинг",     "банк",      "издательств", "корабл",       "крейсер",
    "фрегат",      "подлодк",     "ракет",     "комплекс",    "систем",       "самолет",
    "самолёт",     "вертолет",    "станци",    "аэропорт",    "вокзал",       "гостиниц",
    "отел",        "центр",       "музе",      "театр",       "стадион",      "площад",
    "улиц",        "парк",        "мемориал",  "собор",       "храм",         "ансамбл",
    "групп",       "оркестр",     "спектакл",  "балет",       "выставк",      "шоу",
    "сериал",      "мультфильм",  "закон",     "кодекс",      "договор",      "соглашени",
    "пакт",        "концепци",    "нацпроект", "мисси",       "организаци",   "объединени",
    "союз",        "фракци",      "сервис",    "мессенджер",  "соцсет",       "приложени",
    "бренд",       "магазин",     "сет",       "фирм",        "предприяти",   "комбинат",
    "порт",        "месторождени"};

constexpr std::string_view kTitleStems[] = {
    "президент",   "премьер",    "министр",        "вице-",     "глава",    "главы",
    "председател", "спикер",     "пресс-секретар", "секретар",  "посол",    "посла",
    "генерал",     "мэр",        "губернатор",     "депутат",   "сенатор",  "директор",
    "руководител", "лидер",      "представител",   "советник",  "канцлер",  "судья",
    "судьи",       "эксперт",    "политолог",      "аналитик",  "господин", "госпож",
    "кандидат",    "замминистр", "экс-",           "официальн", "дипломат", "инженер",
    "экономист",   "журналист",  "адвокат",        "прокурор"};

constexpr std::string_view kOrganisationStems[] = {
    "кремл",   "мид",       "министерств", "правительств", "ведомств", "администрац", "пресс-служб",
    "минобор", "парламент", "совет",       "комитет",      "парти",    "посольств",   "служб",
    "суд",     "штаб",      "прокуратур",  "думы",         "дума"};

constexpr std::string_view kMaleForenames[] = {
    "александр", "алексей", "анатолий", "андрей",    "антон",     "аркадий",    "арсений",
    "артем",     "артём",   "борис",    "вадим",     "валентин",  "валерий",    "василий",
    "виктор",    "виталий", "владимир", "владислав", "всеволод",  "вячеслав",   "геннадий",
    "георгий",   "глеб",    "григорий", "даниил",    "денис",     "дмитрий",    "евгений",
    "егор",      "иван",    "игорь",    "илья",      "кирилл",    "константин", "лев",
    "леонид",    "максим",  "марат",    "михаил",    "никита",    "николай",    "олег",
    "павел",     "петр",    "пётр",     "роман",     "руслан",    "рамзан",     "рустам",
    "святослав", "семен",   "семён",    "сергей",    "станислав", "степан",     "тимофей",
    "тимур",     "федор",   "фёдор",    "эдуард",    "юрий",      "яков",       "ярослав"};

constexpr std::string_view kFemaleForenames[] = {
    "алина", "алла", "анастасия", "ангелина", "анна", "валерия", "вера", "вероника", "виктория",
    "галина", "дарья", "диана", "екатерина", "елена", "елизавета", "жанна", "зоя", "инна", "ирина",
    "карина", "кира", "кристина", "ксения", "лариса", "лидия", "любовь", "людмила", "маргарита",
    "марина", "мария", "надежда", "наталья", "наталия", "нина", "оксана", "ольга", "полина",
    "раиса", "светлана", "софия", "софья", "тамара", "татьяна", "ульяна", "эльвира", "эльмира",
    "юлия",
    // Nominatives that are also the genitive of a man's forename ("Валентина", "Евгения"):
    // listed here they stay nominative unless the surname says genitive.
    "валентина", "александра", "евгения", "ярослава", "станислава", "владислава",
    // Other common forenames in -а/-я.
    "алена", "алёна", "антонина", "алиса", "арина", "варвара", "василиса", "ева", "зинаида",
    "клавдия", "лилия", "майя", "милена", "олеся", "регина", "римма", "снежана", "таисия", "яна"};

// In every case: the deputy is met as often after a preposition or a verb ("встреча с
// заместителем министра", "слова бывшего министра") as in the nominative.
constexpr std::string_view kOfficeModifiers[] = {
    "заместитель", "заместителя", "заместителю", "заместителем", "заместителе", "бывший", "бывшего",
    "бывшему",     "бывшим",      "бывшем",      "бывшая",       "бывшей",      "бывшую"};

constexpr std::string_view kHonorifics[] = {"господин", "госпожа"};

constexpr std::string_view kMaleTitles[] = {"господин"};

constexpr std::string_view kFemaleTitles[] = {"госпожа"};

// Unnamed sources by gender and number ("источник", "собеседница", "эксперты").
constexpr std::string_view kSourceNounsMale[] = {
    "источник", "собеседник", "представитель", "житель",      "эксперт",
    "чиновник", "очевидец",   "сотрудник",     "наблюдатель", "аналитик",
    "участник", "депутат",    "парламентарий", "политолог"};
constexpr std::string_view kSourceNounsFemale[] = {"собеседница", "представительница", "жительница",
                                                   "сотрудница", "участница"};
constexpr std::string_view kSourceNounsPlural[] = {
    "источники",  "собеседники", "представители", "жители",    "эксперты", "чиновники", "очевидцы",
    "сотрудники", "наблюдатели", "аналитики",     "участники", "депутаты", "политологи"};

// Source nouns that are occupations, which many people hold at once.
constexpr std::string_view kOccupationNouns[] = {"эксперт",   "депутат",       "аналитик",
                                                 "сотрудник", "парламентарий", "политолог"};

constexpr std::string_view kInterlocutorNouns[] = {"собеседник", "собеседница", "собеседники"};

// Offices one person holds at a time ("Глава государства заявил").
constexpr std::string_view kOfficeTitles[] = {
    "президент", "премьер",      "премьер-министр", "вице-премьер",    "министр",   "замминистра",
    "глава",     "председатель", "спикер",          "пресс-секретарь", "секретарь", "посол",
    "мэр",       "губернатор",   "руководитель",    "лидер",           "директор",  "канцлер"};

}  // namespace russian

// A list as a hash set, made once per list: these lists are asked about every word.
template <const auto& Words>
bool in(std::string_view word) {
  static const WordSet set(Words);
  return set.contains(word);
}

// True when `w` starts with a Cyrillic letter (U+0400-U+04FF: lead bytes D0-D3).
bool cyrillic(std::string_view w) {
  const auto lead = static_cast<std::uint8_t>(w.empty() ? 0 : w[0]);
  return lead >= 0xD0 && lead <= 0xD3;
}

// The list of `w`'s language: the Russian table for a Cyrillic word, else the English one.
template <const auto& English, const auto& Russian>
bool in_language(std::string_view w) {
  return cyrillic(w) ? in<Russian>(w) : in<English>(w);
}

template <const auto& English>
bool in_english(std::string_view w) {
  return !cyrillic(w) && in<English>(w);
}

template <const auto& Russian>
bool in_russian(std::string_view w) {
  return cyrillic(w) && in<Russian>(w);
}

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

template <std::size_t N>
bool has_prefix_in(const std::string_view (&stems)[N], std::string_view w) {
  for (std::string_view stem : stems) {
    if (w.size() >= stem.size() && w.substr(0, stem.size()) == stem) return true;
  }
  return false;
}

}  // namespace

bool is_cue_word(std::string_view w, Gender* gender) {
  return !w.empty() && is_cue_verb_form(w, gender);
}

bool is_cue_prefix(std::string_view w) {
  return in_language<english::kCuePrefixes, russian::kCuePrefixes>(w);
}

bool is_title_word(std::string_view w, Gender* gender) {
  if (in_language<english::kMaleTitles, russian::kMaleTitles>(w)) {
    if (gender) *gender = Gender::kMale;
    return true;
  }
  if (in_language<english::kFemaleTitles, russian::kFemaleTitles>(w)) {
    if (gender) *gender = Gender::kFemale;
    return true;
  }
  return in_language<english::kTitles, russian::kTitles>(w);
}

std::string nominative_from_genitive(std::string_view word) {
  struct Ending {
    std::string_view genitive;
    std::string_view nominative;
  };
  // Longest endings first; the first that matches wins.
  static constexpr Ending kEndings[] = {
      {"ского", "ский"}, {"цкого", "цкий"}, {"ской", "ская"}, {"цкой", "цкая"},
      {"ого", "ой"},     {"ой", "а"},       {"ьи", "ья"},     {"ии", "ия"},
      {"ги", "га"},      {"ки", "ка"},      {"хи", "ха"},     {"жи", "жа"},
      {"ши", "ша"},      {"чи", "ча"},      {"щи", "ща"},     {"ы", "а"}};
  std::string w(word);
  for (const Ending& e : kEndings) {
    if (w.size() > e.genitive.size() + 2 && ends_with(w, e.genitive)) {
      return w.substr(0, w.size() - e.genitive.size()) + std::string(e.nominative);
    }
  }
  constexpr std::string_view kVowels[] = {"а", "е", "и", "о", "у", "ю", "э", "ы"};
  auto before_last = [&](std::size_t last) {
    return std::string_view(w).substr(0, w.size() - last);
  };
  if (w.size() > 4 && ends_with(w, "я")) {
    std::string_view stem = before_last(std::string_view("я").size());
    bool vowel = std::any_of(std::begin(kVowels), std::end(kVowels),
                             [&](std::string_view v) { return ends_with(stem, v); });
    return std::string(stem) + (vowel ? "й" : "ь");
  }
  if (w.size() > 4 && ends_with(w, "а")) {
    std::string_view stem = before_last(std::string_view("а").size());
    bool vowel = std::any_of(std::begin(kVowels), std::end(kVowels),
                             [&](std::string_view v) { return ends_with(stem, v); });
    if (!vowel) return std::string(stem);
  }
  return w;
}

std::string nominative_forename(std::string_view word) {
  std::string w(word);
  if (!cyrillic(w) || forename_gender(fold_case(w)) != Gender::kUnknown) return w;
  return forename_from_oblique(w);
}

std::string forename_from_oblique(std::string_view word) {
  struct Ending {
    std::string_view oblique;
    std::string_view nominative;
  };
  static constexpr Ending kEndings[] = {
      {"ом", ""}, {"ем", "й"}, {"ой", "а"}, {"ей", "я"}, {"а", ""},  {"у", ""},
      {"е", ""},  {"ю", "й"},  {"я", "й"},  {"ы", "а"},  {"и", "а"}, {"е", "а"},
      {"у", "а"}, {"ю", "я"},  {"ей", "ь"}, {"и", "ь"},  {"ю", "ь"}, {"я", "ь"}};
  std::string w(word);
  if (!cyrillic(w)) return w;
  for (const Ending& e : kEndings) {
    if (w.size() <= e.oblique.size() + 4 || !ends_with(w, e.oblique)) continue;
    std::string candidate = w.substr(0, w.size() - e.oblique.size()) + std::string(e.nominative);
    if (forename_gender(fold_case(candidate)) != Gender::kUnknown) return candidate;
  }
  // A vowel that drops before an ending ("Павла", "Павлом" of "Павел"; "Льва" of "Лев")
  // comes back in the nominative; only when no plain ending gives a forename ("Ольгу" is
  // "Ольга", not "Олег"). Cyrillic letters take two bytes each.
  constexpr std::size_t kLetter = std::string_view("е").size();
  for (const Ending& e : kEndings) {
    if (w.size() <= e.oblique.size() + 4 || !ends_with(w, e.oblique)) continue;
    std::string candidate = w.substr(0, w.size() - e.oblique.size());
    if (!e.nominative.empty() || candidate.size() < 3 * kLetter) continue;
    std::string before_last = candidate.substr(0, candidate.size() - kLetter);
    std::string last = candidate.substr(candidate.size() - kLetter);
    std::string with_vowel = ends_with(before_last, "ь")
                                 ? before_last.substr(0, before_last.size() - kLetter) + "е" + last
                                 : before_last + "е" + last;
    if (forename_gender(fold_case(with_vowel)) != Gender::kUnknown) return with_vowel;
  }
  return w;
}

std::optional<std::string> surname_from_instrumental(std::string_view word) {
  std::string w(word);
  if (!cyrillic(w)) return w;
  struct Ending {
    std::string_view instrumental;
    std::string_view nominative;
  };
  // "Зеленским", "Кориным", "Ивановым", "Мельником", "Гоголем"; longest first.
  static constexpr Ending kEndings[] = {{"ским", "ский"}, {"цким", "цкий"}, {"овым", "ов"},
                                        {"евым", "ев"},   {"ёвым", "ёв"},   {"иным", "ин"},
                                        {"ыным", "ын"}};
  for (const Ending& e : kEndings) {
    if (w.size() > e.instrumental.size() + 2 && ends_with(w, e.instrumental)) {
      return w.substr(0, w.size() - e.instrumental.size()) + std::string(e.nominative);
    }
  }
  constexpr std::string_view kVowels[] = {"а", "е", "и", "о", "у", "ю",
                                          "э", "ы", "я", "ё", "й", "ь"};
  auto after_consonant = [&](std::string_view ending) {
    if (w.size() <= ending.size() + 4 || !ends_with(w, ending)) return false;
    std::string_view stem = std::string_view(w).substr(0, w.size() - ending.size());
    return std::none_of(std::begin(kVowels), std::end(kVowels),
                        [&](std::string_view v) { return ends_with(stem, v); });
  };
  if (after_consonant("ом")) return w.substr(0, w.size() - std::string_view("ом").size());
  // "Толстым", "Белым", "Гоголем": the nominative ending ("Толстой" or "Толстый", "Гоголь"
  // or "Гогол") cannot be told from the instrumental.
  if (ends_with(w, "ым") || ends_with(w, "им") || ends_with(w, "ем") || ends_with(w, "ём")) {
    return std::nullopt;
  }
  return w;  // indeclinable: "Шойгу", "Матвиенко"
}

std::vector<std::string> nominative_full_name(std::string_view forename_text,
                                              std::string_view surname_text) {
  std::string forename(forename_text);
  std::string surname(surname_text);
  std::string nominative = nominative_forename(forename);
  if (nominative == forename && cyrillic(surname) && genitive_only_surname(fold_case(surname))) {
    nominative = forename_from_oblique(forename);  // "Валентина Мельника": his genitive
  }
  if (nominative == forename || !cyrillic(surname)) return {forename, surname};
  // "Павлом Кориным": an instrumental forename carries an instrumental surname; when its
  // ending does not tell the nominative ("Толстым"), the name is not kept.
  if (forename_gender(fold_case(nominative)) == Gender::kMale &&
      (forename.ends_with("ом") || forename.ends_with("ем"))) {
    std::optional<std::string> from = surname_from_instrumental(surname);
    if (!from) return {};
    return {nominative, *from};
  }
  // "Андрея Мельника", "Ирины Лаптевой": a genitive forename carries a genitive surname.
  return {nominative, nominative_from_genitive(surname)};
}

bool genitive_only_surname(std::string_view lower) {
  if (ends_with(lower, "ого") || ends_with(lower, "его")) return true;  // "Зеленского"
  if (!ends_with(lower, "а") && !ends_with(lower, "я")) return false;
  // A woman's surname in the nominative ends so too: "Иванова", "Ильина", "Белая".
  for (std::string_view female : {"ова", "ева", "ёва", "ина", "ына", "ая", "яя"}) {
    if (ends_with(lower, female)) return false;
  }
  constexpr std::string_view kVowels[] = {"а", "е", "и", "о", "у", "ю", "э", "ы", "я", "ё"};
  std::string_view stem = lower.substr(0, lower.size() - std::string_view("а").size());
  return !stem.empty() && std::none_of(std::begin(kVowels), std::end(kVowels),
                                       [&](std::string_view v) { return ends_with(stem, v); });
}

bool is_party_prefix(std::string_view w) {
  return in_english<english::kPartyPrefixes>(w);
}

bool is_office_modifier(std::string_view w) {
  return in_language<english::kOfficeModifiers, russian::kOfficeModifiers>(w);
}

bool is_honorific(std::string_view w) {
  return in_language<english::kHonorifics, russian::kHonorifics>(w);
}

bool is_listed_demonym(std::string_view w) {
  return in_language<english::kDemonyms, russian::kDemonyms>(w);
}

Gender forename_gender(std::string_view w) {
  if (in_language<english::kMaleForenames, russian::kMaleForenames>(w)) return Gender::kMale;
  if (in_language<english::kFemaleForenames, russian::kFemaleForenames>(w)) return Gender::kFemale;
  return Gender::kUnknown;
}

bool is_demonym(std::string_view w) {
  return in_language<english::kDemonyms, russian::kDemonyms>(w) || ends_with(w, "ian") ||
         ends_with(w, "ese") || ends_with(w, "ish") || ends_with(w, "ский") ||
         ends_with(w, "ского");
}

bool is_organisation_word(std::string_view w) {
  return in_language<english::kOrganisations, russian::kOrganisations>(w);
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

std::string_view subject_pronoun(std::string_view w) {
  struct Form {
    std::string_view form;
    std::string_view subject;
  };
  static constexpr Form kEnglish[] = {{"him", "he"}, {"her", "she"}, {"them", "they"}};
  static constexpr Form kRussian[] = {{"его", "he"},  {"него", "he"}, {"её", "she"},
                                      {"ее", "she"},  {"нее", "she"}, {"неё", "she"},
                                      {"их", "they"}, {"оно", "it"}};
  for (const Form& f :
       cyrillic(w) ? std::span<const Form>(kRussian) : std::span<const Form>(kEnglish)) {
    if (f.form == w) return f.subject;
  }
  return w;
}

bool is_title_noun(std::string_view w) {
  return in_language<english::kTitleNouns, russian::kTitleNouns>(w) ||
         has_prefix_in(russian::kTitleNounStems, w);
}

bool is_naming_verb(std::string_view w) {
  return w == "называют" || w == "именуют" || w == "прозвали" || w == "зовут";
}

bool is_period_noun(std::string_view w) {
  return in_russian<russian::kPeriodNouns>(w);
}

bool is_scare_marker(std::string_view w) {
  return in_language<english::kScareMarkers, russian::kScareMarkers>(w);
}

bool is_person_noun(std::string_view w) {
  return in_language<english::kPersonNouns, russian::kPersonNouns>(w);
}

bool is_unnamed_source_noun(std::string_view w) {
  for (std::string_view noun : {"spokesman", "spokeswoman", "spokesperson", "official", "officials",
                                "source", "sources", "aide", "aides", "adviser", "advisor",
                                "representative", "diplomat", "diplomats", "analyst"}) {
    if (w == noun) return true;
  }
  return false;
}

bool is_russian_source_noun(std::string_view w, Gender* gender) {
  Gender found = Gender::kUnknown;
  if (in_russian<russian::kSourceNounsMale>(w)) found = Gender::kMale;
  if (in_russian<russian::kSourceNounsFemale>(w)) found = Gender::kFemale;
  if (gender != nullptr) *gender = found;
  return found != Gender::kUnknown || in_russian<russian::kSourceNounsPlural>(w);
}

bool is_occupation_noun(std::string_view w) {
  return in_russian<russian::kOccupationNouns>(w);
}

bool is_interlocutor_noun(std::string_view w) {
  return in_russian<russian::kInterlocutorNouns>(w);
}

bool is_document_noun(std::string_view w) {
  return in_language<english::kDocumentNouns, russian::kDocumentNouns>(w);
}

bool is_indefinite_determiner(std::string_view w) {
  return in_english<english::kIndefiniteDeterminers>(w);
}

bool is_quantifier_or_conjunction(std::string_view w) {
  return in_language<english::kQuantifiersAndConjunctions, russian::kQuantifiersAndConjunctions>(w);
}

bool is_institution_word(std::string_view w) {
  return in_english<english::kInstitutionWords>(w);
}

bool is_stop_capital(std::string_view w) {
  return in_language<english::kStopCapitals, russian::kStopCapitals>(w) ||
         is_quantifier_or_conjunction(w);
}

bool oblique_case(std::string_view w) {
  for (std::string_view e :
       {"е", "у", "ю", "и", "ы", "ом", "ем", "ой", "ей", "ам", "ям", "ах", "ях"}) {
    if (w.size() > e.size() && w.substr(w.size() - e.size()) == e) return true;
  }
  return false;
}

bool is_time_word(std::string_view w) {
  return in_language<english::kTimeWords, russian::kTimeWords>(w);
}

bool is_patronymic(std::string_view w) {
  auto ends = [&](std::string_view tail) {
    return w.size() > tail.size() && w.substr(w.size() - tail.size()) == tail;
  };
  return ends("вич") || ends("вна") || ends("чна") || ends("вича") || ends("вны");
}

bool is_adverb_or_auxiliary(std::string_view w) {
  return in_language<english::kAdverbsAndAuxiliaries, russian::kAdverbsAndAuxiliaries>(w);
}

bool is_object_pronoun(std::string_view w) {
  return in_language<english::kObjectPronouns, russian::kObjectPronouns>(w);
}

bool is_preposition(std::string_view w) {
  return in_language<english::kPrepositions, russian::kPrepositions>(w);
}

bool is_first_person(std::string_view w) {
  return in_language<english::kFirstPerson, russian::kFirstPerson>(w);
}

bool is_function_word(std::string_view w) {
  return in_language<english::kFunctionWords, russian::kFunctionWords>(w);
}

bool is_name_particle(std::string_view w) {
  return in_english<english::kNameParticles>(w);
}

bool is_clause_opener(std::string_view w) {
  return in_language<english::kClauseOpeners, russian::kClauseOpeners>(w);
}

bool is_coordinator(std::string_view w) {
  return in_language<english::kCoordinators, russian::kCoordinators>(w);
}

bool is_complementizer(std::string_view w) {
  return in_language<english::kComplementizers, russian::kComplementizers>(w);
}

bool is_auxiliary_before_bare_cue(std::string_view w) {
  return in_english<english::kAuxiliariesBeforeBareCue>(w);
}

bool is_remark_noun(std::string_view w) {
  return in_english<english::kRemarkNouns>(w);
}

bool is_leading_connector(std::string_view w) {
  return in_english<english::kLeadingConnectors>(w);
}

bool is_trailing_connector(std::string_view w) {
  return in_english<english::kTrailingConnectors>(w);
}

bool is_possessive_pronoun(std::string_view w) {
  return in_english<english::kPossessivePronouns>(w);
}

bool is_body_name_connector(std::string_view w) {
  return in_english<english::kBodyNameConnectors>(w);
}

bool is_descriptor_stop(std::string_view w) {
  return in_language<english::kDescriptorStops, russian::kDescriptorStops>(w);
}

bool is_locative_in(std::string_view w) {
  return in_russian<russian::kLocativeIn>(w);
}

bool is_according_noun(std::string_view w) {
  return in_russian<russian::kAccordingNouns>(w);
}

bool is_view_noun(std::string_view w) {
  return in_russian<russian::kViewNouns>(w);
}

bool is_russian_title_form(std::string_view w) {
  return has_prefix_in(russian::kTitleStems, w);
}

bool is_company_noun(std::string_view w) {
  return in_english<english::kCompanyNouns>(w);
}

bool is_russian_nominative_title(std::string_view w) {
  if (!in_language<english::kTitles, russian::kTitles>(w) || oblique_case(w)) return false;
  // "президента", "министра": a title's genitive is the title and an -а.
  constexpr std::string_view kA = "\xD0\xB0";
  return !(w.ends_with(kA) && is_title_word(w.substr(0, w.size() - kA.size())));
}

bool is_russian_office_title(std::string_view w) {
  return in_russian<russian::kOfficeTitles>(w);
}

bool is_russian_organisation_form(std::string_view w) {
  return has_prefix_in(russian::kOrganisationStems, w);
}

}  // namespace rostra
