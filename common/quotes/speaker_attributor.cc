#include "common/quotes/speaker_attributor.h"

#include <algorithm>
#include <deque>
#include <iterator>
#include <string>

#include "common/base/utf8.h"
#include "common/base/word_set.h"
#include "common/quotes/article_words.h"
#include "common/quotes/attribution_lexicon.h"
#include "common/quotes/cue_verbs.h"
#include "common/quotes/quote_extractor.h"
#include "common/quotes/quote_kind.h"
#include "common/quotes/speaker_registry.h"
#include "common/quotes/speaker_turns.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace rostra {
namespace {

bool one_of(std::string_view w, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// The word lower-cased (Cyrillic too), for ending checks.
std::string ascii_lower_first(const std::string& word) {
  std::string out;
  auto* p = reinterpret_cast<const uint8_t*>(word.data());
  int32_t i = 0;
  while (i < static_cast<int32_t>(word.size())) {
    UChar32 c;
    U8_NEXT(p, i, static_cast<int32_t>(word.size()), c);
    if (c >= 0) append_utf8(out, static_cast<char32_t>(u_tolower(c)));
  }
  return out;
}

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

class Attributor {
 public:
  Attributor(std::string_view body, std::vector<Quote>& quotes, const SpeakerAliases& aliases)
      : body_(body),
        quotes_(quotes),
        registry_(aliases),
        words_(article_words(body, quotes)),
        attributed_(quotes.size(), nullptr) {}

  void run() {
    read_in_order();
    classify_quote_kinds(body_, words_, quotes_);
    for (std::size_t k = 0; k < quotes_.size(); ++k) {
      if (quotes_[k].kind == QuoteKind::kQuote) attribute(k);
    }
    // A quote attributed only at its last part gives its speaker to the earlier parts.
    for (std::size_t k = quotes_.size(); k-- > 1;) {
      if (quotes_[k].continuation && quotes_[k - 1].continues && attributed_[k - 1] == nullptr &&
          quotes_[k - 1].speaker.empty() && attributed_[k] != nullptr) {
        assign(k - 1, *attributed_[k], AttributionRule::kContinuation);
      }
    }
    classify_unattributed(body_, words_, quotes_);
  }

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
  bool separated(std::size_t a, std::size_t b) const {
    std::string_view gap = body_.substr(words_[a].end, words_[b].start - words_[a].end);
    if (gap == "' " || gap == "\xE2\x80\x99 ") return false;
    for (char c : gap) {
      if (c != ' ' && c != '.' && c != '\t' && c != '\xC2' && c != '\xA0') return true;
    }
    return gap.find('.') != std::string_view::npos && !is_abbreviation(words_[a]);
  }
  bool same_sentence(std::size_t a, std::size_t b) const {
    return words_[a].sentence == words_[b].sentence;
  }

  // Can word i be part of a subject phrase? `after_title`: the previous phrase word was a
  // title, which in Russian may be followed by lower-case genitives ("министр транспорта").
  // True when one of the three words before i is a title ("министр иностранных дел").
  // Only lower-case words may stand between: after a name the phrase is over.
  bool near_title(std::size_t i) const {
    for (std::size_t k = i; k > 0 && k + 3 > i; --k) {
      if (!narrative(k - 1) || separated(k - 1, k)) return false;
      if (is_title(words_[k - 1])) return true;
      if (words_[k - 1].capitalized) return false;
    }
    return false;
  }

  bool subject_word(std::size_t i, bool after_title) const {
    const ArticleWord& w = words_[i];
    if (!narrative(i)) return false;
    if (one_of(w.lower, {"the", "of", "de", "van", "von", "bin", "al"})) return true;
    if (is_title(w) || is_org(w)) return true;
    if (w.capitalized) return !is_stop_capital(w.lower);
    return after_title && w.cyrillic;
  }

  // Does word i (or the phrase it starts) open a clause, where a subject stands? The first
  // word of a sentence, or after , ; : ( or a dash, or after a conjunction.
  bool clause_start(std::size_t i) const {
    if (i == 0 || !same_sentence(i - 1, i)) return true;
    if (!narrative(i - 1)) return true;
    std::string_view gap = body_.substr(words_[i - 1].end, words_[i].start - words_[i - 1].end);
    if (gap.find_first_of(",;:(") != std::string_view::npos ||
        gap.find("\xE2\x80\x94") != std::string_view::npos ||
        gap.find(" - ") != std::string_view::npos) {
      return true;
    }
    // "Сам Тихонов", "But Putin": only sentence-opening words before it.
    std::size_t k = i;
    while (k > 0 && same_sentence(k - 1, i) && narrative(k - 1) &&
           is_stop_capital(words_[k - 1].lower) && !separated(k - 1, k)) {
      --k;
    }
    if (k < i && (k == 0 || !same_sentence(k - 1, i))) return true;
    return one_of(words_[i - 1].lower, {"and", "but", "while", "as", "when", "which", "who", "и",
                                        "а", "но", "что", "который", "которая"});
  }

  static bool skippable_between(const ArticleWord& w) {
    return (w.lower.size() > 3 && w.lower.compare(w.lower.size() - 2, 2, "ly") == 0) ||
           is_adverb_or_auxiliary(w.lower);
  }

  // --- subject phrases -----------------------------------------------------------------

  // Word i as written, without a possessive ending ("Stan’s" -> "Stan").
  std::string name_text(std::size_t i) const {
    std::string_view t = text(i);
    if (words_[i].possessive) {
      for (std::string_view tail : {std::string_view("\xE2\x80\x99s"), std::string_view("'s")}) {
        if (t.size() > tail.size() && t.substr(t.size() - tail.size()) == tail) {
          t.remove_suffix(tail.size());
          break;
        }
      }
    }
    return std::string(t);
  }

  Subject analyze(std::size_t begin, std::size_t end) const {
    Subject s;
    std::size_t last_role = begin;  // one past the last title, demonym, org or connector
    bool title_seen = false;
    bool of_after_title = false;
    std::size_t first_name = end;
    for (std::size_t i = begin; i < end; ++i) {
      const ArticleWord& w = words_[i];
      Gender g = Gender::kUnknown;
      if (w.lower == "the") {
        last_role = i + 1;
      } else if (is_title(w, &g)) {
        s.roles.push_back(w.lower);
        if (g != Gender::kUnknown) s.gender = g;
        title_seen = true;
        last_role = i + 1;
      } else if (is_org(w)) {
        s.organisation = true;
        s.organisation_roles.push_back(w.lower);
        last_role = i + 1;
      } else if (is_demonym_word(w)) {
        s.roles.push_back(w.lower);
        last_role = i + 1;
      } else if (w.lower == "of" || w.lower == "for") {
        of_after_title = of_after_title || title_seen;
        last_role = i + 1;
      } else if (!w.capitalized) {
        last_role = i + 1;  // a lower-case genitive after a Russian title
      }
    }
    for (std::size_t i = last_role; i < end; ++i) {
      if (words_[i].capitalized && !words_[i].all_caps) {
        if (first_name == end) first_name = i;
        s.name.emplace_back(name_text(i));
      }
    }
    // "Governor of the Lake Region Anton Sedlak", "Президент Орлании Арсений Волков": the
    // words before the last two name a place, not the person.
    bool genitive_place = first_name < end && words_[first_name].cyrillic && title_seen;
    if (s.name.size() >= 3 && (of_after_title || genitive_place) &&
        !is_patronymic(words_[end - 2].lower)) {
      s.name.erase(s.name.begin(), s.name.end() - 2);
    } else if (of_after_title && s.name.size() == 1) {
      // "the President of Russia": a role and a place, not a person named Russia.
      s.roles.push_back(ascii_lower_first(s.name.front()));
      s.name.clear();
    }
    // "The Conservatives", "the Democrats": a group, not a person.
    if (s.name.size() == 1 && words_[begin].lower == "the" && !words_[end - 1].cyrillic &&
        words_[end - 1].lower.size() > 3 && words_[end - 1].lower.back() == 's') {
      s.organisation = true;
      s.name.clear();
    }
    if (s.organisation && !(title_seen && !s.name.empty())) {
      s.name.clear();
      std::size_t from = words_[begin].lower == "the" ? begin + 1 : begin;
      bool capitalized = false;
      for (std::size_t i = from; i < end; ++i) capitalized = capitalized || words_[i].capitalized;
      if (capitalized && from < end) {
        s.organisation_name =
            std::string(body_.substr(words_[from].start, words_[end - 1].end - words_[from].start));
      }
    } else {
      s.organisation = false;
    }
    return s;
  }

  // Resolves a subject phrase to an entity; -1 when it names nobody we can identify.
  // `allow_oblique`: the cue governs an oblique case ("по словам Волкова").
  int resolve(std::size_t begin, std::size_t end, long position, Gender cue_gender,
              bool allow_oblique = false) {
    if (begin >= end) return -1;
    if (end - begin == 1) {
      std::string w = words_[begin].lower;
      if (w == "him" || w == "его" || w == "него") w = "he";
      if (w == "her" || w == "её" || w == "ее" || w == "нее" || w == "неё") w = "she";
      if (w == "them" || w == "их") w = "they";
      if (w == "it" || w == "оно") return registry_.pronoun(Gender::kUnknown, true, position);
      Gender gender = Gender::kUnknown;
      bool plural = false;
      if (is_pronoun(w, &gender, &plural)) {
        if (gender == Gender::kUnknown) gender = cue_gender;
        if (plural) return registry_.pronoun(Gender::kUnknown, true, position);
        int found = registry_.pronoun(gender, false, position);
        if (found >= 0 && gender != Gender::kUnknown) registry_[found].gender = gender;
        return found;
      }
    }
    if (end - begin >= 3 && words_[begin].lower == "the" && !words_[end - 1].capitalized &&
        !words_[end - 1].cyrillic && !is_title(words_[end - 1]) && !is_org(words_[end - 1]) &&
        !is_person_noun(words_[end - 1].lower)) {
      return registry_.pronoun(Gender::kUnknown, false, position);  // "The Maine moderate"
    }
    if (is_document_noun(words_[end - 1].lower) && !words_[end - 1].cyrillic) {
      return document_author(begin, end, position);
    }
    end = name_before_of(begin, end);
    if (int d = description(begin, end); d != kNotDescription) return d;
    Subject s = analyze(begin, end);
    Gender gender = s.gender != Gender::kUnknown ? s.gender : cue_gender;
    if (!allow_oblique) {
      // "России", "Москвы": a place in an oblique case, not a speaker; "Донбасса Путин".
      while (s.name.size() > 1 && oblique_case(ascii_lower_first(s.name.front())) &&
             !registry_.listed(s.name.front()) &&
             (registry_.listed(s.name.back()) ||
              registry_.known(ascii_lower_first(s.name.back())) >= 0)) {
        s.name.erase(s.name.begin());
      }
      if (s.name.size() == 1 && s.roles.empty() && words_[end - 1].cyrillic &&
          registry_.known(words_[end - 1].lower) < 0 && !registry_.listed(s.name.front()) &&
          oblique_case(words_[end - 1].lower)) {
        // "сказал Андрей" after "Андрей Салтыков": a forename, not an oblique place.
        return registry_.forename(inflection_key(words_[end - 1].lower));
      }
    }
    if (s.name.empty() && s.organisation && words_[begin].cyrillic && !words_[begin].capitalized &&
        is_title(words_[begin])) {
      return registry_.role(s.roles, false);  // "главы Следственного комитета": a role
    }
    if (!s.name.empty()) {
      int e = registry_.person(s.name);
      SpeakerEntity& entity = registry_[e];
      for (const std::string& r : s.roles) {
        if (std::find(entity.roles.begin(), entity.roles.end(), r) == entity.roles.end()) {
          entity.roles.push_back(r);
        }
      }
      if (gender != Gender::kUnknown && entity.gender == Gender::kUnknown) entity.gender = gender;
      return e;
    }
    if (s.organisation) {
      if (!s.organisation_name.empty()) return registry_.organisation(s.organisation_name);
      return registry_.role(s.organisation_roles, true);  // "the ministry said"
    }
    std::vector<std::string> roles;
    for (const std::string& r : s.roles) {
      if (!is_demonym(r) || s.roles.size() > 1) roles.push_back(r);
    }
    int e = registry_.role(roles, false);  // "the prime minister replied"
    if (e < 0 && end - begin == 1 && words_[begin].cyrillic && words_[begin].capitalized &&
        !allow_oblique && is_title(words_[begin])) {
      return registry_.organisation(words_[begin].lower);  // "Прокурор заявил": the role itself
    }
    return e;
  }

  static constexpr int kNotDescription = -2;

  // "Vladimir Putin's message reads", "the message said": a document speaks for its author,
  // the owner it is written with or else the person an earlier cue in a sentence about a
  // document gave ("In a letter to …, President Putin said …"); -1 when the article names
  // none.
  int document_author(std::size_t begin, std::size_t end, long position) {
    for (std::size_t i = begin; i + 1 < end; ++i) {
      if (words_[i].possessive && words_[i].capitalized) {
        std::size_t from = i;
        while (from > begin && words_[from - 1].capitalized && !separated(from - 1, from)) --from;
        if (words_[from].lower == "the") ++from;
        return from <= i ? resolve(from, i + 1, position, Gender::kUnknown) : -1;
      }
    }
    if (words_[begin].lower != "the") return -1;
    for (auto e = events_.rbegin(); e != events_.rend(); ++e) {
      if (e->entity < 0 || registry_[e->entity].organisation) continue;
      int sentence = words_[e->word].sentence;
      for (std::size_t i = e->word; i > 0 && words_[i - 1].sentence == sentence; --i) {
        if (is_document_noun(words_[i - 1].lower)) return e->entity;
      }
    }
    return -1;
  }

  // "David Wyss of Standard & Poor's", "Gerald Connolly of Virginia": a person named before
  // "of" is the subject, not the place or body after it. A title before "of" ("Governor of
  // the Lake Region Anton Sedlak") keeps the whole phrase.
  std::size_t name_before_of(std::size_t begin, std::size_t end) const {
    bool name = false;
    for (std::size_t i = begin; i < end; ++i) {
      const ArticleWord& w = words_[i];
      if (w.lower == "of" && name) return i;
      if (is_org(w)) return end;  // "Estmark Department of External Affairs": one body
      if (w.capitalized && !w.cyrillic && !is_title(w) && !is_org(w) && !is_demonym_word(w) &&
          !is_institution_word(w.lower) && w.lower != "the") {
        name = true;
      }
    }
    return end;
  }

  // An unnamed source: "a spokesman", "one official", "the aide", "a department spokesman",
  // "one Bombay trader", "critics". Returns the entity for the description without its
  // article, -1 when a definite description names a role someone in the article holds (the
  // caller resolves it), or kNotDescription.
  int description(std::size_t begin, std::size_t end) {
    if (end - begin > 5 || !is_person_noun(words_[end - 1].lower)) return kNotDescription;
    const std::string& det = words_[begin].lower;
    bool indefinite = is_indefinite_determiner(det);
    bool definite = det == "the";
    bool bare_plural = end - begin == 1 && words_[begin].lower.back() == 's';
    if (!indefinite && !definite && !bare_plural) return kNotDescription;
    std::size_t from = bare_plural ? begin : begin + 1;
    for (std::size_t i = from; i < end; ++i) {
      // "the former Trump campaign adviser": a name inside a description stays a description.
      if (!narrative(i) || words_[i].possessive) return kNotDescription;
    }
    if (definite) {
      std::vector<std::string> roles;
      for (std::size_t i = from; i < end; ++i) roles.push_back(words_[i].lower);
      int known = registry_.role(roles, false);
      if (known >= 0) return known;
      if (registry_.role({words_[end - 1].lower}, false) >= 0) return kNotDescription;
    }
    std::string text(body_.substr(words_[from].start, words_[end - 1].end - words_[from].start));
    return registry_.organisation(text);
  }

  // "a spokesman", "one Bombay trader", "the former official": an unnamed source's phrase
  // ending in a person noun reaches back over its lower-case modifiers to its article.
  std::size_t description_start(std::size_t begin, std::size_t end, std::size_t c) const {
    if (begin >= end || !is_person_noun(words_[end - 1].lower)) return begin;
    std::size_t k = begin;
    for (int n = 0; k > 0 && n < 3 && narrative(k - 1) && same_sentence(k - 1, c) &&
                    !separated(k - 1, k) && !words_[k - 1].capitalized;
         ++n) {
      const std::string& w = words_[k - 1].lower;
      if (is_indefinite_determiner(w) || w == "the") return k - 1;
      if (is_function_word(w) || is_preposition(w) || is_cue_word(w)) break;
      --k;
    }
    return begin;
  }

  // "The Maine moderate has said", "the Kentucky Republican said": "the", capitalised
  // words and a lower-case noun before the cue describe a person already in the story.
  std::pair<std::size_t, std::size_t> role_description_before(std::size_t end,
                                                              std::size_t c) const {
    const ArticleWord& noun = words_[end - 1];
    Gender g;
    bool plural;
    if (noun.capitalized || noun.cyrillic || is_function_word(noun.lower) ||
        is_preposition(noun.lower) || is_pronoun(noun.lower, &g, &plural) ||
        is_person_noun(noun.lower) || noun.lower.size() < 4) {
      return {0, 0};
    }
    std::size_t k = end - 1;
    while (k > 0 && k + 4 > end && narrative(k - 1) && same_sentence(k - 1, c) &&
           !separated(k - 1, k) && words_[k - 1].capitalized && !words_[k - 1].possessive &&
           words_[k - 1].lower != "the") {
      --k;
    }
    if (k == end - 1 || k == 0 || words_[k - 1].lower != "the" || !clause_start(k - 1)) {
      return {0, 0};
    }
    return {k - 1, end};
  }

  // The subject phrase ending just before cue word c, as a word range; empty if none.
  std::pair<std::size_t, std::size_t> subject_before(std::size_t c) const {
    std::size_t end = c;
    // "Putin on Monday called", "Волков в понедельник заявил": skip the time phrase.
    if (end >= 3 && narrative(end - 1) && narrative(end - 2) &&
        is_preposition(words_[end - 2].lower) && is_time_word(words_[end - 1].lower) &&
        same_sentence(end - 3, c) && !separated(end - 3, end - 2)) {
      end -= 2;
    }
    for (int skipped = 0;
         end > 0 && skipped < 2 && narrative(end - 1) && skippable_between(words_[end - 1]) &&
         same_sentence(end - 1, c) && !separated(end - 1, end);
         ++skipped) {
      --end;
    }
    if (end == 0 || !narrative(end - 1) || !same_sentence(end - 1, c) || separated(end - 1, end)) {
      return {0, 0};
    }
    Gender gender;
    bool plural;
    const std::string& last = words_[end - 1].lower;
    if (is_pronoun(last, &gender, &plural) || last == "it" || last == "оно") return {end - 1, end};
    if (auto d = role_description_before(end, c); d.first < d.second) return d;
    if (is_document_noun(last) && !words_[end - 1].cyrillic) {
      // "Vladimir Putin's message reads", "The letter read": the document and its owner.
      std::size_t begin = end - 1;
      while (begin > 0 && begin + 5 > end && narrative(begin - 1) && same_sentence(begin - 1, c) &&
             !separated(begin - 1, begin) &&
             (words_[begin - 1].capitalized || words_[begin - 1].lower == "the")) {
        --begin;
        if (words_[begin].lower == "the") break;
      }
      return {begin, end};
    }
    std::size_t begin = end;
    while (begin > 0 && same_sentence(begin - 1, c) && !separated(begin - 1, begin)) {
      if (!subject_word(begin - 1, near_title(begin - 1))) break;
      --begin;
    }
    while (begin < end && one_of(words_[begin].lower, {"of", "de", "for"})) ++begin;
    begin = description_start(begin, end, c);
    if (begin < end && !words_[begin].capitalized && !is_title(words_[begin]) &&
        !is_org(words_[begin]) && words_[begin].lower != "the") {
      ++begin;  // a stray lower-case word, e.g. a genitive without its title
    }
    return {begin, end};
  }

  // May cue word c take its subject after it ("“…,” said Putin", "«…», — заявил Волков")?
  // In English only right after a quote or a dash; in Russian always ("Об этом заявил
  // Песков").
  bool inverted_allowed(std::size_t c) const {
    if (c == 0) return false;
    if (words_[c].cyrillic) return true;  // Russian puts the subject after the verb freely
    if (!narrative(c - 1) || words_[c - 1].lower == "как") return true;
    std::string_view gap = body_.substr(words_[c - 1].end, words_[c].start - words_[c - 1].end);
    for (std::string_view mark : {"\"", "\xE2\x80\x9D", "\xE2\x80\x9C", "\xC2\xBB", "\xE2\x80\x94",
                                  "\xE2\x80\x93", "'", "\xE2\x80\x99"}) {
      if (gap.find(mark) != std::string_view::npos) return true;
    }
    return false;
  }

  // English words after a cue from `begin`: "former federal prosecutor Jane Doe" gives
  // {name, 0} (the name starts there); "the former official", "a department spokesman",
  // "the former Trump campaign adviser" give {begin, end} (an unnamed source); {0, 0} else.
  std::pair<std::size_t, std::size_t> descriptors_after(std::size_t begin, std::size_t c) const {
    auto in_phrase = [&](std::size_t k) {
      return k < words_.size() && narrative(k) && same_sentence(k, c) &&
             (k == begin || !separated(k - 1, k));
    };
    auto modifier = [&](std::size_t k) {
      return in_phrase(k) && !words_[k].capitalized && !is_function_word(words_[k].lower) &&
             !is_preposition(words_[k].lower);
    };
    std::size_t k = begin;
    bool det = is_indefinite_determiner(words_[k].lower) || words_[k].lower == "the";
    if (det) ++k;
    std::size_t first = k;
    while (k < begin + 5 && modifier(k)) ++k;
    if (in_phrase(k) && words_[k].capitalized) {
      std::size_t j = k;
      while (j < k + 3 && in_phrase(j) && words_[j].capitalized) ++j;
      std::size_t m = j;
      while (m < j + 3 && modifier(m)) ++m;
      if (det && m > j && is_person_noun(words_[m - 1].lower)) return {begin, m};
      if (k > first) return {k, 0};
      return {0, 0};
    }
    if (k > first && is_person_noun(words_[k - 1].lower) && (det || k == first + 1)) {
      return {begin, k};
    }
    return {0, 0};
  }

  // The subject phrase right after cue word c, skipping a short prepositional phrase
  // ("сообщила на пресс-конференции председатель …").
  std::pair<std::size_t, std::size_t> subject_after(std::size_t c) const {
    std::size_t begin = c + 1;
    if (begin >= words_.size() || !narrative(begin) || !same_sentence(begin, c) ||
        separated(c, begin)) {
      return {0, 0};
    }
    Gender gender;
    bool plural;
    if (is_pronoun(words_[begin].lower, &gender, &plural) ||
        is_object_pronoun(words_[begin].lower)) {
      return {begin, begin + 1};
    }
    if (is_preposition(words_[begin].lower)) {
      // "отметили в ведомстве": the body is the subject.
      if (begin + 1 < words_.size() && is_org(words_[begin + 1]) &&
          !words_[begin + 1].capitalized && one_of(words_[begin].lower, {"в", "во"})) {
        return {begin + 1, begin + 2};
      }
      // "заявил на суде общественный защитник …": the place, then the speaker.
      std::size_t k = begin + 1;
      while (k < words_.size() && k < begin + 6 && narrative(k) && same_sentence(k, c) &&
             !words_[k].capitalized && !(k > begin + 1 && is_title(words_[k]))) {
        ++k;
      }
      if (k == begin + 1 || k >= words_.size()) return {0, 0};
      begin = k;
    }
    if (!words_[begin].cyrillic && !words_[begin].capitalized) {
      auto described = descriptors_after(begin, c);
      if (described.second > 0) return described;
      if (described.first > 0) begin = described.first;
    }
    // "сообщил главный инженер проекта Артем Гусев", "said chief economist David Lund":
    // lower-case descriptors before the name.
    if (!words_[begin].capitalized && !is_title(words_[begin]) && !is_org(words_[begin])) {
      std::size_t k = begin;
      std::size_t title = words_.size();
      while (k < words_.size() && k < begin + 4 && narrative(k) && same_sentence(k, c) &&
             !words_[k].capitalized && (k == begin || !separated(k - 1, k)) &&
             !one_of(words_[k].lower, {"that", "что", "and", "и", "to", "on", "in"})) {
        if (is_title(words_[k]) && title == words_.size()) title = k;
        ++k;
      }
      if (k < words_.size() && k > begin && words_[k].capitalized && same_sentence(k, c) &&
          !separated(k - 1, k)) {
        // English descriptors ("said former federal prosecutor Jane Doe") are not part of
        // the name; a Russian title keeps its genitives ("министр транспорта Орлании …").
        begin = title < k && words_[title].cyrillic ? title : k;
      } else if (title < k && is_person_noun(words_[title].lower) &&
                 (is_indefinite_determiner(words_[begin].lower) || words_[begin].lower == "the")) {
        return {begin, title + 1};  // "said a department spokesman": an unnamed source
      } else if (title < k) {
        return {title, title + 1};  // "написал бывший министр": a role
      }
    }
    std::size_t end = begin;
    while (end < words_.size() && same_sentence(end, c) &&
           (end == begin || !separated(end - 1, end)) && subject_word(end, near_title(end))) {
      ++end;
    }
    while (end > begin && one_of(words_[end - 1].lower, {"the", "of"})) --end;
    if (end == begin || (end == begin + 1 && words_[begin].lower == "the")) return {0, 0};
    if (!words_[begin].capitalized && !is_title(words_[begin]) && !is_org(words_[begin]) &&
        words_[begin].lower != "the") {
      return {0, 0};
    }
    return {begin, end};
  }

  // The first person or body the sentence of cue c names as a subject before the cue
  // ("Its chairman, Pavel Marek, told …", "Finance Minister Olga Reiter welcomed … but
  // warned: …"). Skips names after prepositions and possessives.
  std::pair<std::size_t, std::size_t> sentence_subject(std::size_t c) const {
    return sentence_subject(words_[c].sentence, c);
  }

  // The same, for the words of `sentence` before word `c`: the nearest clause start before
  // `c` that opens a name or a body ("…, while Putin on Monday called …").
  std::pair<std::size_t, std::size_t> sentence_subject(int sentence, std::size_t c) const {
    std::size_t first = c;
    while (first > 0 && words_[first - 1].sentence == sentence) --first;
    for (std::size_t j = c; j-- > first;) {
      const ArticleWord& w = words_[j];
      if (!narrative(j) || w.all_caps || w.possessive || !clause_start(j) || in_parentheses(j)) {
        continue;
      }
      bool starts = w.capitalized ? !is_stop_capital(w.lower) : (is_title(w) || w.lower == "the");
      if (!starts) continue;
      std::size_t end = j;
      while (end < c && (end == j || !separated(end - 1, end)) &&
             subject_word(end, near_title(end))) {
        ++end;
      }
      if (end == j || words_[end - 1].possessive) continue;
      Subject s = analyze(j, end);
      // A lone capitalized word may just open the sentence: accept it only when it is a
      // name already known from this article.
      bool lone_unknown = s.name.size() == 1 && s.roles.empty() &&
                          registry_.known(std::string(words_[end - 1].lower)) < 0;
      if ((!s.name.empty() && !lone_unknown) || !s.organisation_name.empty() ||
          (!s.roles.empty() && words_[j].lower == "the")) {
        return {j, end};
      }
    }
    return {0, 0};
  }

  // Is word i inside parentheses ("(Capital Wire)" in a dateline)?
  bool in_parentheses(std::size_t i) const {
    int depth = 0;
    std::size_t from = i;
    while (from > 0 && same_sentence(from - 1, i)) --from;
    std::size_t begin = from > 0 ? words_[from - 1].end : 0;
    for (std::size_t k = begin; k < words_[i].start; ++k) {
      if (body_[k] == '(') ++depth;
      if (body_[k] == ')' && depth > 0) --depth;
    }
    return depth > 0;
  }

  // --- the pass over the text ------------------------------------------------------------

  // Reads the article in order: title mentions and known names make entities salient for
  // later pronouns; each cue becomes an event with its subject resolved at that point.
  void read_in_order() {
    for (std::size_t i = 0; i < words_.size(); ++i) {
      if (!narrative(i)) continue;
      const ArticleWord& w = words_[i];
      bool subject_like = clause_start(i) && !w.possessive;
      if (cue_event(i)) continue;
      if (is_title(w) || is_demonym_word(w)) {
        std::size_t end = i;
        while (end < words_.size() && (end == i || !separated(end - 1, end)) &&
               subject_word(end, near_title(end)) && !is_cue_word(words_[end].lower)) {
          ++end;
        }
        Subject s = analyze(i, end);
        if (!s.name.empty()) {
          int e = resolve(i, end, static_cast<long>(i), Gender::kUnknown);
          if (subject_like && !words_[end - 1].possessive)
            registry_.mark_salient(e, static_cast<long>(i));
          i = end - 1;
        }
        continue;
      }
      // "the New York Times", "the Daily Telegraph": a name after "the" is no person.
      bool after_the = i > 0 && words_[i - 1].lower == "the";
      if (w.capitalized && !w.all_caps && !is_stop_capital(w.lower) && !after_the) {
        int known = registry_.known(w.lower);
        if (known < 0 && w.lower != "the" && i + 1 < words_.size() && narrative(i + 1) &&
            !separated(i, i + 1) && words_[i + 1].capitalized && !words_[i + 1].all_caps &&
            !is_org(words_[i + 1]) && !is_org(w) && !is_title(words_[i + 1]) &&
            !(i + 2 < words_.size() && narrative(i + 2) && !separated(i + 1, i + 2) &&
              words_[i + 2].capitalized)) {
          // A two-word name ("Вера Самойлова"): later surnames join it.
          registry_.person({std::string(text(i)), std::string(text(i + 1))});
          if (subject_like && !words_[i + 1].possessive) {
            registry_.mark_salient(registry_.known(words_[i + 1].lower), static_cast<long>(i));
          }
          ++i;
          continue;
        }
        if (subject_like) registry_.mark_salient(known, static_cast<long>(i));
      }
    }
  }

  // "…, said a department spokesman": a comma before the cue lets an unnamed source after it
  // be its subject (a name after it is more often an object: "…, told Reuters").
  bool after_comma(std::size_t c) const {
    return c > 0 && c + 1 < words_.size() && narrative(c - 1) &&
           (is_indefinite_determiner(words_[c + 1].lower) || words_[c + 1].lower == "the") &&
           body_.substr(words_[c - 1].end, words_[c].start - words_[c - 1].end).find(',') !=
               std::string_view::npos;
  }

  // "will say", "to tell": a bare verb form is a cue only after an auxiliary or "to".
  bool after_auxiliary(std::size_t c) const {
    return c > 0 && one_of(words_[c - 1].lower, {"will", "would", "shall", "to", "did", "may",
                                                 "might", "could", "should", "must", "ll"});
  }

  // Makes a cue event at word c if it is a cue; returns whether it was.
  bool cue_event(std::size_t c) {
    const ArticleWord& w = words_[c];
    Gender gender = Gender::kUnknown;
    CueEvent event;
    event.word = c;
    std::pair<std::size_t, std::size_t> subject{0, 0};
    if (w.lower == "according" && c + 2 < words_.size() && words_[c + 1].lower == "to") {
      event.cue = "according to";
      subject = subject_after(c + 1);
      event.sentence_wide = true;
    } else if (w.lower == "по" && c + 2 < words_.size() &&
               one_of(words_[c + 1].lower, {"словам", "мнению", "данным"})) {
      event.cue = "по " + words_[c + 1].lower;
      subject = subject_after(c + 1);
      event.sentence_wide = true;
    } else if (w.lower == "по" && c + 2 < words_.size() &&
               one_of(words_[c + 2].lower, {"словам", "мнению"}) &&
               is_object_pronoun(words_[c + 1].lower)) {
      event.cue = "по " + words_[c + 2].lower;
      subject = {c + 1, c + 2};
      event.sentence_wide = true;
    } else if (w.lower == "made" && c + 2 < words_.size() && words_[c + 1].lower == "the" &&
               one_of(words_[c + 2].lower,
                      {"remark", "remarks", "comment", "comments", "statement"})) {
      event.cue = "made the " + words_[c + 2].lower;
      subject = subject_before(c);
    } else if (is_cue_word(w.lower, &gender) && !(is_bare_cue(w.lower) && !after_auxiliary(c))) {
      event.cue = w.lower;
      event.near_only = is_naming_cue(w.lower);
      if (c + 3 < words_.size() && words_[c + 1].lower == "in" && words_[c + 2].lower == "a" &&
          words_[c + 3].lower == "statement") {
        event.cue += " in a statement";
      }
      subject = subject_before(c);
      if (subject.first == subject.second && inverted_allowed(c)) subject = subject_after(c);
      if (subject.first == subject.second && after_comma(c)) {
        auto described = descriptors_after(c + 1, c);
        if (described.second > 0) subject = described;
      }
    } else {
      return false;
    }
    event.has_subject = subject.first < subject.second;
    if (!event.has_subject && event.cue != "according to" && event.cue.rfind("по ", 0) != 0) {
      if (c > 0 && one_of(words_[c - 1].lower, {"and", "but", "и", "но", "а"}) &&
          !events_.empty() && same_sentence(events_.back().word, c) && events_.back().has_subject) {
        // "Putin added …, but stressed that …": the second verb shares the subject.
        event.has_subject = true;
        event.entity = events_.back().entity;
        event.mention = events_.back().mention;
        event.as_written = events_.back().as_written;
      } else {
        subject = sentence_subject(c);
        event.has_subject = subject.first < subject.second;
      }
    }
    if (event.has_subject && subject.first < subject.second) {
      event.entity =
          resolve(subject.first, subject.second, static_cast<long>(c), gender, event.sentence_wide);
      record_mention(event, subject.first, subject.second);
    }
    if (event.entity >= 0 && gender != Gender::kUnknown &&
        registry_[event.entity].gender == Gender::kUnknown &&
        !registry_[event.entity].organisation) {
      registry_[event.entity].gender = gender;
    }
    registry_.mark_salient(event.entity, static_cast<long>(c));
    events_.push_back(std::move(event));
    return true;
  }

  // --- quotes ------------------------------------------------------------------------------

  std::size_t word_at(std::uint32_t pos) const {
    auto it = std::lower_bound(words_.begin(), words_.end(), pos,
                               [](const ArticleWord& w, std::uint32_t p) { return w.start < p; });
    return static_cast<std::size_t>(it - words_.begin());
  }

  int closing_sentence(const Quote& q) const {
    std::size_t last = word_at(q.end);
    if (last > 0) --last;
    return last < words_.size() ? words_[last].sentence : -1;
  }

  const CueEvent* event_in(std::size_t from, std::size_t to, int sentence, bool first) const {
    const CueEvent* found = nullptr;
    for (const CueEvent& e : events_) {
      if (e.word < from || e.word >= to || words_[e.word].sentence != sentence || !e.has_subject) {
        continue;
      }
      if (first) return &e;
      found = &e;
    }
    return found;
  }

  void assign(std::size_t k, const CueEvent& e, AttributionRule rule) {
    Quote& q = quotes_[k];
    q.cue = e.cue;
    q.speaker = e.entity >= 0 ? registry_[e.entity].name : std::string();
    q.rule = q.speaker.empty() ? AttributionRule::kNone : rule;
    q.mention = q.speaker.empty() ? SpeakerMention::kNone : e.mention;
    q.as_written = q.speaker.empty() ? std::string() : e.as_written;
    attributed_[k] = &e;
  }

  // What the subject words [begin, end) of an event say about how its entity was found.
  void record_mention(CueEvent& e, std::size_t begin, std::size_t end) {
    if (e.entity < 0 || begin >= end) return;
    e.as_written.assign(
        body_.substr(words_[begin].start, words_[end - 1].end - words_[begin].start));
    Gender gender;
    bool plural;
    bool capital = false;
    for (std::size_t i = begin; i < end; ++i) capital = capital || words_[i].capitalized;
    if (is_document_noun(words_[end - 1].lower)) {
      e.mention = SpeakerMention::kDocument;
    } else if (end - begin == 1 &&
               (is_pronoun(words_[begin].lower, &gender, &plural) ||
                is_object_pronoun(words_[begin].lower) || words_[begin].lower == "it")) {
      e.mention = SpeakerMention::kPronoun;
    } else if (registry_[e.entity].organisation) {
      e.mention = SpeakerMention::kOrganisation;
    } else {
      e.mention = capital ? SpeakerMention::kName : SpeakerMention::kRole;
    }
  }

  // Where quote k stands: the sentence it closes in, the words after and at its opening mark.
  struct Spot {
    int sentence = -1;
    std::size_t after = 0;
    std::size_t open_word = 0;
  };

  // The attribution rules, most specific first; the first that applies assigns the speaker.
  void attribute(std::size_t k) {
    const Quote& q = quotes_[k];
    Spot spot{closing_sentence(q), word_at(q.mark_end), word_at(q.mark_start)};
    rule_cue_after(k, spot) || rule_cue_before(k, spot) || rule_interrupted(k, spot) ||
        rule_next_sentence(k, spot) || rule_introduction(k, spot) || rule_follow_on(k, spot) ||
        rule_continuation(k) || rule_standalone(k, spot);
  }

  // 1. A cue in the quote's sentence, after it.
  bool rule_cue_after(std::size_t k, const Spot& spot) {
    const CueEvent* e = event_in(spot.after, words_.size(), spot.sentence, true);
    if (e == nullptr || e->near_only) return false;
    assign(k, *e, AttributionRule::kCueAfter);
    return true;
  }

  // 2. A cue in its sentence, before it: near the quote, or one that introduces it.
  bool rule_cue_before(std::size_t k, const Spot& spot) {
    std::size_t open_word = spot.open_word;
    int open_sentence = open_word < words_.size() ? words_[open_word].sentence : spot.sentence;
    const CueEvent* e = event_in(0, open_word, open_sentence, false);
    if (e == nullptr) return false;
    bool introduces =
        e->word + 1 < words_.size() && one_of(words_[e->word + 1].lower, {"that", "что"});
    std::string_view gap = body_.substr(words_[e->word].end, 3);
    bool near = e->near_only ? open_word - e->word <= 6 : open_word - e->word <= 25;
    if (!(near || introduces || e->sentence_wide || gap.find(':') != std::string_view::npos)) {
      return false;
    }
    assign(k, *e, AttributionRule::kCueBefore);
    return true;
  }

  // 3. The second half of an interrupted quote: "A," he said. "B."
  bool rule_interrupted(std::size_t k, const Spot& spot) {
    if (k == 0 || attributed_[k - 1] == nullptr ||
        quotes_[k - 1].paragraph != quotes_[k].paragraph) {
      return false;
    }
    const CueEvent* e = attributed_[k - 1];
    std::size_t between = word_at(quotes_[k - 1].mark_end);
    bool only_attribution = spot.open_word >= between && spot.open_word - between <= 20 &&
                            e->word >= between && e->word < spot.open_word;
    for (std::size_t i = between; i < spot.open_word && only_attribution; ++i) {
      only_attribution = narrative(i);
    }
    if (!only_attribution) return false;
    assign(k, *e, AttributionRule::kInterrupted);
    return true;
  }

  // 4. The next sentence, when it is only an attribution ("Putin said."); a continued quote
  //    looks past its continuations.
  bool rule_next_sentence(std::size_t k, const Spot& spot) {
    const Quote& q = quotes_[k];
    std::size_t next = spot.after;
    while (next < words_.size() && (words_[next].sentence == spot.sentence || !narrative(next))) {
      if (!narrative(next) && !q.continues) break;
      ++next;
    }
    if (next >= words_.size() || !narrative(next) || q.continues) return false;
    int next_sentence = words_[next].sentence;
    std::size_t end = next;
    bool has_quote = false;
    while (end < words_.size() && words_[end].sentence == next_sentence) {
      has_quote = has_quote || !narrative(end);
      ++end;
    }
    if (has_quote) return false;
    const CueEvent* e = event_in(next, end, next_sentence, true);
    // Only an attribution: short, or its cue among the first words ("Drozd made the remark
    // at a party meeting in …").
    if (e == nullptr || (end - next > 8 && e->word - next > 3)) return false;
    assign(k, *e, AttributionRule::kNextSentence);
    return true;
  }

  // 5. A sentence before it that introduces it: "Kos read out a statement:", "Putin said:".
  bool rule_introduction(std::size_t k, const Spot& spot) {
    if (spot.open_word == 0 || !narrative(spot.open_word - 1)) return false;
    std::size_t prev = spot.open_word - 1;
    std::string_view gap = body_.substr(words_[prev].end, quotes_[k].mark_start - words_[prev].end);
    if (gap.find(':') == std::string_view::npos) return false;
    if (const CueEvent* e = event_in(0, spot.open_word, words_[prev].sentence, false)) {
      assign(k, *e, AttributionRule::kIntroduction);
      return true;
    }
    auto subject = sentence_subject(words_[prev].sentence, prev + 1);
    if (subject.first >= subject.second) return false;
    CueEvent& e = introductions_.emplace_back();
    e.word = prev;
    e.cue = ":";
    e.has_subject = true;
    e.entity = resolve(subject.first, subject.second, static_cast<long>(prev), Gender::kUnknown);
    record_mention(e, subject.first, subject.second);
    if (e.entity < 0) return false;
    assign(k, e, AttributionRule::kIntroduction);
    return true;
  }

  // True when the words between the quote before k and quote k are narrative and name no
  // one but `previous` (at most `limit` words).
  bool clear_between(std::size_t k, std::size_t open_word, const std::string& previous,
                     std::size_t limit) const {
    std::size_t between = word_at(quotes_[k - 1].mark_end);
    bool clear = open_word >= between && open_word - between <= limit;
    for (std::size_t i = between; i < open_word && clear; ++i) {
      bool other_name = words_[i].capitalized && !is_stop_capital(words_[i].lower) &&
                        words_[i].lower != "the" && previous.find(text(i)) == std::string::npos;
      clear = narrative(i) && !other_name;
    }
    return clear;
  }

  // 6. A follow-on quote in the same paragraph, with no other name in between, keeps the
  //    speaker of the quote before it.
  bool rule_follow_on(std::size_t k, const Spot& spot) {
    if (k == 0 || attributed_[k - 1] == nullptr ||
        quotes_[k - 1].paragraph != quotes_[k].paragraph || quotes_[k - 1].speaker.empty() ||
        !clear_between(k, spot.open_word, quotes_[k - 1].speaker, 40)) {
      return false;
    }
    assign(k, *attributed_[k - 1], AttributionRule::kFollowOn);
    return true;
  }

  // 7. A continued quote keeps its speaker; so does its first part, from the last part.
  bool rule_continuation(std::size_t k) {
    if (!quotes_[k].continuation || k == 0 || attributed_[k - 1] == nullptr) return false;
    assign(k, *attributed_[k - 1], AttributionRule::kContinuation);
    return true;
  }

  // 8. A quotation standing alone as its own paragraph, with no cue, continues the speaker
  //    of the quotation in the paragraph before when no one else is named in between.
  bool rule_standalone(std::size_t k, const Spot& spot) {
    const Quote& q = quotes_[k];
    if (k == 0 || attributed_[k - 1] == nullptr || quotes_[k - 1].speaker.empty() ||
        quotes_[k - 1].paragraph + 1 < q.paragraph || !alone_in_paragraph(spot)) {
      return false;
    }
    if (!clear_between(k, spot.open_word, quotes_[k - 1].speaker, 30)) return false;
    assign(k, *attributed_[k - 1], AttributionRule::kContinuation);
    return true;
  }

  // Does the quote at `spot` fill its paragraph (no word before it or after it there)?
  bool alone_in_paragraph(const Spot& spot) const {
    std::size_t first = spot.open_word;
    if (first >= words_.size() || spot.after == 0) return false;
    bool starts = first == 0 || words_[first - 1].paragraph != words_[first].paragraph;
    std::size_t last = spot.after - 1;
    bool ends =
        spot.after >= words_.size() || words_[spot.after].paragraph != words_[last].paragraph;
    return starts && ends;
  }

  std::string_view body_;
  std::vector<Quote>& quotes_;
  SpeakerRegistry registry_;
  std::vector<ArticleWord> words_;
  std::vector<CueEvent> events_;
  std::deque<CueEvent> introductions_;  // "Kos read out a statement:" (no cue word)
  std::vector<const CueEvent*> attributed_;
};

}  // namespace

void attribute_speakers(std::string_view body, std::vector<Quote>& quotes,
                        const SpeakerAliases& aliases) {
  if (quotes.empty()) return;
  Attributor(body, quotes, aliases).run();
}

std::vector<Quote> extract_quotes(std::string_view body, const SpeakerAliases& aliases) {
  std::vector<Quote> quotes = find_quotes(body);
  attribute_speakers(body, quotes, aliases);
  std::vector<Quote> turns = find_turns(body, aliases);
  if (turns.empty()) return quotes;
  std::vector<Quote> all;
  all.reserve(quotes.size() + turns.size());
  std::merge(std::make_move_iterator(quotes.begin()), std::make_move_iterator(quotes.end()),
             std::make_move_iterator(turns.begin()), std::make_move_iterator(turns.end()),
             std::back_inserter(all),
             [](const Quote& a, const Quote& b) { return a.start < b.start; });
  return all;
}

}  // namespace rostra
