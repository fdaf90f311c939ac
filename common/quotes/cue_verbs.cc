#include "common/quotes/cue_verbs.h"

#include <functional>
#include <string>
#include <unordered_map>

namespace rostra {
namespace {

// English speech verbs as lemmas. Regular forms (-s, -ed, -ing) are generated; the table
// below gives the irregular ones.
constexpr std::string_view kEnglishLemmas[] = {"say",
                                               "add",
                                               "tell",
                                               "stress",
                                               "explain",
                                               "conclude",
                                               "write",
                                               "ask",
                                               "warn",
                                               "insist",
                                               "argue",
                                               "declare",
                                               "announce",
                                               "reply",
                                               "recall",
                                               "urge",
                                               "emphasise",
                                               "emphasize",
                                               "admit",
                                               "acknowledge",
                                               "suggest",
                                               "continue",
                                               "remark",
                                               "tweet",
                                               "believe",
                                               "think",
                                               "respond",
                                               "complain",
                                               "predict",
                                               "promise",
                                               "vow",
                                               "concede",
                                               "observe",
                                               "caution",
                                               "maintain",
                                               "confirm",
                                               "joke",
                                               "describe",
                                               "shout",
                                               "deny",
                                               "criticise",
                                               "criticize",
                                               "reject",
                                               "accuse",
                                               "quip",
                                               "allege",
                                               "assert",
                                               "boast",
                                               "plead",
                                               "reiterate",
                                               "testify",
                                               "retort",
                                               "lament",
                                               "underline",
                                               "underscore",
                                               "dismiss",
                                               "agree",
                                               "disagree",
                                               "contend",
                                               "condemn",
                                               "wonder",
                                               "indicate",
                                               "elaborate",
                                               "advise",
                                               "recommend",
                                               "propose",
                                               "characterise",
                                               "characterize",
                                               "mischaracterise",
                                               "mischaracterize"};

// Lemmas whose -s and -ing forms are nouns too often ("the United States", "reports",
// "the calls"): only their past form is a cue; "reads" is kept for "The message reads:".
constexpr std::string_view kEnglishPastOnlyLemmas[] = {
    "state",  "post",    "report",  "note",   "question", "signal", "estimate", "point",
    "demand", "counter", "mention", "claim",  "answer",   "call",   "welcome",  "hail",
    "blast",  "slam",    "tout",    "praise", "brand",    "cite",   "label"};

// Irregular or spelling-changed forms of the lemmas above.
constexpr std::string_view kEnglishIrregular[] = {
    "said",     "told",     "wrote",     "written",   "writing",    "thought",  "quipped",
    "quipping", "admitted", "admitting", "signalled", "signalling", "signaled", "signaling",
    "forecast", "reads",    "calling",   "branding",  "citing",     "claims",   "praises"};

// Lemmas whose bare form is a cue only after an auxiliary ("will say", "would tell") and is
// rarely a noun: the other bare forms ("report", "call") are nouns too often.
constexpr std::string_view kEnglishBareCues[] = {"say",  "tell",  "ask",     "add", "insist",
                                                 "warn", "argue", "explain", "deny"};

// Russian speech verbs as infinitives (both aspects where both are used). Past, present or
// future third person and the active past participle are generated by conjugation class.
constexpr std::string_view kRussianLemmas[] = {
    "сказать",       "заявить",      "заявлять",       "отметить",          "отмечать",
    "подчеркнуть",   "подчёркивать", "подчеркивать",   "добавить",          "добавлять",
    "сообщить",      "сообщать",     "пояснить",       "пояснять",          "написать",
    "писать",        "признать",     "признавать",     "рассказать",        "рассказывать",
    "заключить",     "предупредить", "предупреждать",  "констатировать",    "призвать",
    "призывать",     "ответить",     "отвечать",       "напомнить",         "напоминать",
    "указать",       "указывать",    "заверить",       "заверять",          "уточнить",
    "уточнять",      "резюмировать", "подытожить",     "объяснить",         "объяснять",
    "уверять",       "говорить",     "пообещать",      "обещать",           "назвать",
    "называть",      "считать",      "полагать",       "прокомментировать", "комментировать",
    "поделиться",    "признаться",   "выразить",       "высказаться",       "ответить",
    "возразить",     "спросить",     "спрашивать",     "объявить",          "объявлять",
    "добавить",      "продолжить",   "сформулировать", "оценить",           "охарактеризовать",
    "процитировать", "цитировать",   "посетовать",     "пожаловаться",      "предположить",
    "предложить",    "настаивать",   "утверждать",     "подтвердить",       "подтверждать",
    "опровергнуть",  "отвергнуть",   "пояснить",       "рассуждать",        "воскликнуть",
    "уверить",       "убеждать",     "убедить"};

// Present/future stems of verbs that change their stem ("сказать" → "скаж-ет").
struct PresentStem {
  std::string_view lemma;
  std::string_view stem;   // before the ending
  bool first_conjugation;  // -ет/-ут (true) or -ит/-ят (false)
};
constexpr PresentStem kRussianPresentStems[] = {{"сказать", "скаж", true},
                                                {"написать", "напиш", true},
                                                {"писать", "пиш", true},
                                                {"рассказать", "расскаж", true},
                                                {"указать", "укаж", true},
                                                {"назвать", "назов", true},
                                                {"призвать", "призов", true},
                                                {"признать", "призна", true},
                                                {"признавать", "призна", true},
                                                {"выразить", "вырази", false},
                                                {"спросить", "спроси", false},
                                                {"возразить", "возрази", false},
                                                {"предупредить", "предупреди", false},
                                                {"ответить", "ответи", false}};

// Forms no rule produces: adjectives and impersonal forms that work as cues.
constexpr std::string_view kRussianForms[] = {"уверен",  "уверена", "уверены", "говорится",
                                              "убеждён", "убежден", "убеждена"};

constexpr std::string_view kNamingCues[] = {
    "called",          "calling",          "described",        "describing", "branded",
    "branding",        "dubbed",           "labelled",         "labeled",    "characterised",
    "characterized",   "mischaracterised", "mischaracterized", "назвал",     "назвала",
    "назвали",         "назвало",          "называет",         "называют",   "охарактеризовал",
    "охарактеризовала"};

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

bool vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

// Looked up by string_view without a copy: this is asked about every word of every article.
struct TransparentHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using Forms = std::unordered_map<std::string, Gender, TransparentHash, std::equal_to<>>;

void add_english(Forms& forms, std::string_view lemma) {
  std::string l(lemma);
  bool sibilant = ends_with(l, "s") || ends_with(l, "sh") || ends_with(l, "ch") ||
                  ends_with(l, "x") || ends_with(l, "z");
  bool consonant_y = l.size() > 1 && l.back() == 'y' && !vowel(l[l.size() - 2]);
  std::string stem_y = consonant_y ? l.substr(0, l.size() - 1) + "i" : l;
  forms.emplace(consonant_y ? stem_y + "es" : sibilant ? l + "es" : l + "s", Gender::kUnknown);
  forms.emplace(l.back() == 'e' ? l + "d" : stem_y + "ed", Gender::kUnknown);
  bool drop_e = l.back() == 'e' && !ends_with(l, "ee");
  forms.emplace((drop_e ? l.substr(0, l.size() - 1) : l) + "ing", Gender::kUnknown);
}

// Adds the forms of a Russian verb (without a reflexive -ся) with `reflexive` endings.
void add_russian(Forms& forms, std::string lemma) {
  bool reflexive = ends_with(lemma, "ся");
  if (reflexive) lemma.resize(lemma.size() - std::string_view("ся").size());
  if (!ends_with(lemma, "ть")) return;
  std::string stem = lemma.substr(0, lemma.size() - std::string_view("ть").size());
  auto add = [&](const std::string& form, Gender g, bool vowel_end) {
    forms.emplace(reflexive ? form + (vowel_end ? "сь" : "ся") : form, g);
  };
  add(stem + "л", Gender::kMale, false);
  add(stem + "ла", Gender::kFemale, true);
  add(stem + "ло", Gender::kUnknown, true);
  add(stem + "ли", Gender::kUnknown, true);
  add(stem + "вший", Gender::kUnknown, false);
  std::string present;
  bool first = true;
  for (const PresentStem& p : kRussianPresentStems) {
    if (p.lemma == lemma) {
      present = std::string(p.stem);
      first = p.first_conjugation;
    }
  }
  if (present.empty()) {
    if (ends_with(lemma, "овать")) {
      present = lemma.substr(0, lemma.size() - std::string_view("овать").size()) + "у";
    } else if (ends_with(lemma, "нуть")) {
      present = lemma.substr(0, lemma.size() - std::string_view("уть").size());
    } else if (ends_with(lemma, "ить")) {
      present = lemma.substr(0, lemma.size() - std::string_view("ить").size());
      first = false;
    } else {
      present = stem;  // -ать/-ять: "заявля-ет", "отмеча-ет"
    }
  }
  bool vowel_stem = ends_with(present, "а") || ends_with(present, "я") || ends_with(present, "у");
  if (first) {
    add(present + "ет", Gender::kUnknown, false);
    add(present + "ёт", Gender::kUnknown, false);
    add(present + (vowel_stem ? "ют" : "ут"), Gender::kUnknown, false);
  } else {
    add(present + "ит", Gender::kUnknown, false);
    add(present + "ят", Gender::kUnknown, false);
  }
}

const Forms& cue_forms() {
  static const Forms forms = [] {
    Forms f;
    for (std::string_view lemma : kEnglishLemmas) add_english(f, lemma);
    for (std::string_view lemma : kEnglishPastOnlyLemmas) {
      std::string l(lemma);
      f.emplace(l.back() == 'e' ? l + "d" : l + "ed", Gender::kUnknown);
    }
    for (std::string_view form : kEnglishIrregular) f.emplace(form, Gender::kUnknown);
    for (std::string_view form : kEnglishBareCues) f.emplace(form, Gender::kUnknown);
    for (std::string_view lemma : kRussianLemmas) add_russian(f, std::string(lemma));
    for (std::string_view form : kRussianForms) f.emplace(form, Gender::kUnknown);
    return f;
  }();
  return forms;
}

}  // namespace

bool is_cue_verb_form(std::string_view lower, Gender* gender) {
  const Forms& forms = cue_forms();
  auto it = forms.find(lower);
  if (it == forms.end()) return false;
  if (gender != nullptr && it->second != Gender::kUnknown) *gender = it->second;
  return true;
}

bool is_bare_cue(std::string_view lower) {
  for (std::string_view w : kEnglishBareCues) {
    if (w == lower) return true;
  }
  return false;
}

bool is_naming_cue(std::string_view lower) {
  for (std::string_view w : kNamingCues) {
    if (w == lower) return true;
  }
  return false;
}

bool is_quoting_verb(std::string_view lower) {
  for (std::string_view w : {"quoted", "quotes", "quoting", "cited", "cites", "citing"}) {
    if (w == lower) return true;
  }
  return (lower.rfind("цитир", 0) == 0 || lower.rfind("процитир", 0) == 0) &&
         is_cue_verb_form(lower);
}

}  // namespace rostra
