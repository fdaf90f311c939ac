#include "common/quotes/attributor.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "common/base/text_util.h"
#include "common/base/utf8.h"
#include "common/quotes/title_sender.h"

namespace rostra {
namespace {

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

}  // namespace

bool Attributor::surname_after_honorific(std::size_t i, std::size_t begin) const {
  return i > begin && words_[i].capitalized && is_honorific(words_[i - 1].lower);
}

bool Attributor::surname_like_demonym(std::size_t i, std::size_t begin, std::size_t end) const {
  if (i + 1 != end || i == begin || !is_demonym_word(words_[i]) ||
      is_listed_demonym(words_[i].lower)) {
    return false;
  }
  const ArticleWord& before = words_[i - 1];
  return before.capitalized && !before.all_caps && before.lower != "the" && !is_title(before) &&
         !is_org(before) && !is_demonym_word(before);
}

bool Attributor::country_code_of_body(std::size_t i, std::size_t begin, std::size_t end) const {
  if (i + 1 != end || i == begin || !words_[i].all_caps || !is_demonym_word(words_[i])) {
    return false;
  }
  const ArticleWord& before = words_[i - 1];
  // "The US tycoon … it has confirmed": a sentence-initial "The" names no body.
  return before.capitalized && !before.cyrillic && !before.possessive && !is_title(before) &&
         !is_demonym_word(before) && !is_honorific(before.lower) && before.lower != "the";
}

bool Attributor::acronym_before_name(std::size_t i, std::size_t end) const {
  if (!words_[i].all_caps || words_[i].possessive) return false;
  bool name = false;
  for (std::size_t k = i + 1; k < end; ++k) {
    if (is_org(words_[k])) return false;  // "Software AG Systems Inc": one body's name
    name = name || (words_[k].capitalized && !words_[k].all_caps);
  }
  return name;
}

void Attributor::settle_subject(Subject& s, std::size_t begin, std::size_t end,
                                std::size_t first_name, bool title_seen,
                                bool of_after_title) const {
  // "U.S. Open", "American Legion": a demonym and one unknown capitalised word, with no
  // title, name an event or a body, not a person ("Russian President Putin" has a title).
  if (s.name.size() == 1 && !title_seen && !s.roles.empty() &&
      std::all_of(s.roles.begin(), s.roles.end(),
                  [](const std::string& r) { return is_demonym(r) || is_demonym(r + "."); }) &&
      registry_.known(ascii_lower_first(s.name.front())) < 0 && !registry_.listed(s.name.front())) {
    s.organisation = true;
  }
  // "Governor of the Lake Region Anton Sedlak", "Президент Орлании Арсений Волков": the
  // words before the last two name a place, not the person.
  bool genitive_place = first_name < end && words_[first_name].cyrillic && title_seen;
  if (s.name.size() >= 3 && (of_after_title || genitive_place) &&
      !is_patronymic(words_[end - 2].lower)) {
    bool initial = s.name[s.name.size() - 3].back() == '.';  // "… Commerce H. Wood Roe"
    s.name.erase(s.name.begin(), s.name.end() - (initial ? 3 : 2));
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
}

Subject Attributor::analyze(std::size_t begin, std::size_t end) const {
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
    } else if (surname_after_honorific(i, begin) || surname_like_demonym(i, begin, end)) {
      // "Ms King", "Andy Surabian": a name, though it reads as a title or a demonym.
    } else if (i + 1 < end && w.capitalized && (w.possessive || is_party_prefix(w.lower))) {
      s.roles.push_back(w.lower);  // "Labour's Ken Rowe", "Tory Ann Moss": not the name
      last_role = i + 1;
    } else if (is_title(w, &g) || office_modifier(i, end)) {
      s.roles.push_back(w.lower);
      if (g != Gender::kUnknown) s.gender = g;
      title_seen = true;
      last_role = i + 1;
    } else if (is_org(w) || country_code_of_body(i, begin, end)) {
      s.organisation = true;
      s.organisation_roles.push_back(w.lower);
      last_role = i + 1;
    } else if (is_demonym_word(w)) {
      s.roles.push_back(w.lower);
      last_role = i + 1;
    } else if (acronym_before_name(i, end)) {
      // "East Midlands MEP Robert Kilroy-Silk", "S&P Карен Вартапетов": an office or a body
      // in capitals; the words before it name a place or the body, not the person.
      last_role = i + 1;
    } else if (w.lower == "of" || w.lower == "for") {
      of_after_title = of_after_title || title_seen;
      last_role = i + 1;
    } else if (!w.capitalized) {
      last_role = i + 1;  // a lower-case genitive after a Russian title
    }
  }
  for (std::size_t i = last_role; i < end; ++i) {
    // "H. Wood Thrasher": an initial before the name is part of it.
    bool initial = words_[i].lower.size() == 1 && i + 1 < end && body_[words_[i].end] == '.' &&
                   !words_[i].cyrillic && words_[i + 1].capitalized;
    if (words_[i].capitalized && (!words_[i].all_caps || initial)) {
      if (first_name == end) first_name = i;
      s.name.emplace_back(initial ? name_text(i) + "." : name_text(i));
    }
  }
  settle_subject(s, begin, end, first_name, title_seen, of_after_title);
  return s;
}

std::optional<int> Attributor::resolve_pronoun(std::size_t i, long position, Gender cue_gender) {
  std::string_view w = subject_pronoun(words_[i].lower);
  if (w == "it") return it_antecedent(position);
  Gender gender = Gender::kUnknown;
  bool plural = false;
  if (!is_pronoun(w, &gender, &plural)) return std::nullopt;
  if (gender == Gender::kUnknown) gender = cue_gender;
  if (plural) return registry_.pronoun(Gender::kUnknown, true, position);
  int found = registry_.pronoun(gender, false, position);
  if (found >= 0 && gender != Gender::kUnknown) registry_[found].gender = gender;
  return found;
}

int Attributor::it_antecedent(long position) const {
  int body = registry_.pronoun(Gender::kUnknown, true, position);
  int person = registry_.pronoun(Gender::kUnknown, false, position);
  // "B&B said … Wimpey said “…”. “…,” it added": someone spoke after the body in view, in
  // this sentence or the one before, so "it" may mean another body the text took for a
  // person; it stays unresolved.
  if (body < 0 || person < 0 || registry_[person].salient <= registry_[body].salient) return body;
  auto sentence = [&](long word) {
    return words_[std::min(static_cast<std::size_t>(word), words_.size() - 1)].sentence;
  };
  return sentence(registry_[person].salient) + 1 >= sentence(position) ? -1 : body;
}

std::optional<int> Attributor::resolve_oblique(Subject& s, std::size_t begin, std::size_t end) {
  // "России", "Москвы": a place in an oblique case, not a speaker; "Донбасса Путин".
  while (
      s.name.size() > 1 && oblique_case(ascii_lower_first(s.name.front())) &&
      !registry_.listed(s.name.front()) &&
      (registry_.listed(s.name.back()) || registry_.known(ascii_lower_first(s.name.back())) >= 0)) {
    s.name.erase(s.name.begin());
  }
  const ArticleWord& last = words_[end - 1];
  bool unknown_oblique = last.cyrillic && registry_.known(last.lower) < 0 &&
                         oblique_case(last.lower) && s.name.size() == 1 &&
                         !registry_.listed(s.name.front());
  if (unknown_oblique && s.roles.empty()) {
    // "сказал Андрей" after "Андрей Салтыков": a forename, not an oblique place.
    return registry_.forename(inflection_key(last.lower));
  }
  if (unknown_oblique) {
    // "мэр Москвы рассказал": a title and the genitive of its place, no person's name; the
    // role as written is the speaker, as for an unnamed source.
    int role = registry_.organisation(
        std::string(body_.substr(words_[begin].start, last.end - words_[begin].start)));
    registry_[role].description = true;
    return role;
  }
  return std::nullopt;
}

int Attributor::resolve_person(Subject& s, Gender gender, bool allow_oblique) {
  if (allow_oblique) {
    // "по словам Ольги Зиминой": the cue governs the genitive; the name is the nominative.
    // An accusative after a quoting verb ("цитирует Светлану Ващенко"): a known forename
    // in any case first.
    std::vector<bool> oblique;
    for (std::string& token : s.name) {
      std::string forename = nominative_forename(token);
      std::string nominative = forename != token ? forename : nominative_from_genitive(token);
      oblique.push_back(nominative != token);
      token = nominative;
    }
    // "шерифа округа Харрис Эда Гонзалеса": every word of the name but a first one in the
    // nominative was oblique; that one is an indeclinable place the noun before governs.
    if (s.name.size() >= 3 && !oblique.front() &&
        std::all_of(oblique.begin() + 1, oblique.end(), [](bool b) { return b; })) {
      s.name.erase(s.name.begin());
    }
  }
  if (!allow_oblique && s.name.size() == 2) {
    // "министр встретился с Павлом Кориным": a name in an oblique case is kept in the
    // nominative, or not at all when its ending does not tell it ("Павлом Толстым").
    s.name = nominative_full_name(s.name[0], s.name[1]);
    if (s.name.empty()) return -1;
  }
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

int Attributor::resolve_role(const Subject& s, std::size_t begin, std::size_t end, long position,
                             bool allow_oblique) {
  std::vector<std::string> roles;
  for (const std::string& r : s.roles) {
    if (!is_demonym(r) || s.roles.size() > 1) roles.push_back(r);
  }
  int e = registry_.role(roles, false);  // "the prime minister replied"
  if (e < 0 && !roles.empty() && words_[begin].lower == "the" && !words_[end - 1].cyrillic) {
    e = registry_.latest_person(position);  // "the foreign secretary told MPs"
    // "Roe defends plan" over "The prime minister has defended …": before anyone is in
    // view, the one person the headline names by the surname of a full name in the body.
    if (e < 0) e = headline_person();
    if (registry_.holds_other_office(e, roles)) e = -1;  // not the deputy prime minister
  }
  // "Глава российского государства заявил": an office's title in the nominative and its
  // genitive place name the office, definite as "the head of state" is: the person in view,
  // unless another was introduced with the title or a name follows ("председатель комитета
  // Берит Рейсс-Андерсен").
  bool name_follows = false;
  for (std::size_t k = end; k < words_.size() && k < end + 5 && narrative(k) &&
                            same_sentence(end - 1, k) && !separated(k - 1, k);
       ++k) {
    name_follows = name_follows || (k > end && words_[k - 1].capitalized && words_[k].capitalized);
  }
  if (e < 0 && end - begin >= 2 && words_[begin].cyrillic && !allow_oblique && !name_follows &&
      is_russian_nominative_title(words_[begin].lower) &&
      is_russian_office_title(words_[begin].lower) &&
      registry_.role({words_[begin].lower}, false) < 0) {
    // "Министр спорта" is not the deputy minister in view.
    e = registry_.latest_holder(position, {words_[begin].lower});
  }
  if (e < 0 && end - begin == 1 && words_[begin].cyrillic && words_[begin].capitalized &&
      !allow_oblique && is_title(words_[begin])) {
    return registry_.organisation(words_[begin].lower);  // "Прокурор заявил": the role itself
  }
  return e;
}

int Attributor::headline_person() {
  // Only the headline's subject, its first words ("Blair defends …", "Tony Blair warns …"),
  // not a name it addresses ("Congratulations to Xi Jinping").
  std::vector<std::string> found;
  bool several = false;
  std::string_view title = context_.title;
  for (int n = 0; n < 2 && !title.empty() && !several; ++n) {
    std::size_t cut = title.find_first_of(" ,:;'\"");
    std::string_view word = title.substr(0, cut);
    title.remove_prefix(cut == std::string_view::npos ? title.size() : cut + 1);
    if (word.size() < 2 || word.front() < 'A' || word.front() > 'Z') break;
    const std::string lower = ascii_lower(word);
    for (std::size_t i = 0; i + 1 < words_.size(); ++i) {
      if (words_[i + 1].lower != lower || !full_name_at(i)) continue;
      std::vector<std::string> name{std::string(text(i)), std::string(text(i + 1))};
      several = !found.empty() && found != name;
      found = name;
      break;
    }
  }
  return found.empty() || several ? -1 : registry_.person(found);
}

bool Attributor::full_name_at(std::size_t i) const {
  // A forename and a surname: no title, body or demonym on either side ("Russian
  // President", "The Acting", "U.S. House").
  bool name = narrative(i) && narrative(i + 1) && !separated(i, i + 1) && !words_[i].cyrillic;
  for (std::size_t k = i; k <= i + 1 && name; ++k) {
    name = words_[k].capitalized && !words_[k].all_caps && !is_stop_capital(words_[k].lower) &&
           words_[k].lower != "the" && !is_title(words_[k]) && !is_org(words_[k]) &&
           !is_demonym_word(words_[k]) && !is_honorific(words_[k].lower);
  }
  return name;
}

int Attributor::resolve(std::size_t begin, std::size_t end, long position, Gender cue_gender,
                        bool allow_oblique) {
  if (begin >= end) return -1;
  if (end - begin == 1) {
    if (auto found = resolve_pronoun(begin, position, cue_gender)) return *found;
  }
  if (int d = possessed_description(begin, end, position); d != kNotDescription) return d;
  if (end - begin == 2 && russian_possessor(begin, begin + 1)) return russian_possessed(begin, end);
  if (words_[begin].cyrillic && russian_source_after(begin, begin) == std::pair{begin, end}) {
    return russian_source(begin, end, cue_gender);
  }
  if (end - begin >= 3 && words_[begin].lower == "the" && !words_[end - 1].capitalized &&
      !words_[end - 1].cyrillic && !is_title(words_[end - 1]) && !is_org(words_[end - 1]) &&
      !is_person_noun(words_[end - 1].lower) && !is_document_noun(words_[end - 1].lower)) {
    return registry_.pronoun(Gender::kUnknown, false, position);  // "The Maine moderate"
  }
  if (is_document_noun(words_[end - 1].lower) && !words_[end - 1].cyrillic) {
    return document_author(begin, end, position);
  }
  if (company_phrase(end - 1) == std::pair{begin, end})
    return company_in_view(begin, end, position);
  end = name_before_of(begin, end);
  if (int d = description(begin, end, position); d != kNotDescription) return d;
  Subject s = analyze(begin, end);
  Gender gender = s.gender != Gender::kUnknown ? s.gender : cue_gender;
  if (!allow_oblique) {
    if (auto found = resolve_oblique(s, begin, end)) return *found;
  }
  if (std::size_t acronym = words_[begin].lower == "the" ? begin + 1 : begin;
      end - acronym == 1 && words_[acronym].all_caps && s.name.empty() && !s.organisation &&
      s.roles.empty()) {
    return registry_.organisation(std::string(text(acronym)));  // "the FAA said", "СМИ сообщали"
  }
  if (s.name.empty() && s.organisation && words_[begin].cyrillic && !words_[begin].capitalized &&
      is_title(words_[begin])) {
    return registry_.role(s.roles, false);  // "главы Следственного комитета": a role
  }
  if (!s.name.empty()) return resolve_person(s, gender, allow_oblique);
  if (s.organisation) {
    if (!s.organisation_name.empty()) return registry_.organisation(s.organisation_name);
    return registry_.role(s.organisation_roles, true);  // "the ministry said"
  }
  return resolve_role(s, begin, end, position, allow_oblique);
}

int Attributor::russian_possessed(std::size_t begin, std::size_t end) const {
  for (std::size_t j = begin; j-- > 0;) {
    if (j + 3 >= begin || words_[j].lower != words_[begin].lower ||
        inflection_key(words_[j + 1].lower) != inflection_key(words_[end - 1].lower) ||
        !narrative(j + 3) || !words_[j + 2].capitalized || !words_[j + 3].capitalized ||
        separated(j + 1, j + 2) || separated(j + 2, j + 3)) {
      continue;
    }
    return registry_.known(words_[j + 3].lower);
  }
  return -1;
}

int Attributor::document_author(std::size_t begin, std::size_t end, long position) {
  for (std::size_t i = begin; i + 1 < end; ++i) {
    if (words_[i].possessive && words_[i].capitalized) {
      std::size_t from = i;
      while (from > begin && words_[from - 1].capitalized && !separated(from - 1, from)) --from;
      if (words_[from].lower == "the") ++from;
      return from <= i ? resolve(from, i + 1, position, Gender::kUnknown) : -1;
    }
  }
  if (words_[begin].lower != "the") return -1;
  if (int sender = document_sender_after(end, position); sender >= 0) return sender;
  // "the World Bank report said", "the Kremlin statement": capitalised words before the
  // document name its author.
  bool named = begin + 2 < end;
  for (std::size_t i = begin + 1; i + 1 < end && named; ++i) {
    named = words_[i].capitalized && !words_[i].cyrillic && !separated(i, i + 1);
  }
  if (named) {
    int author = resolve(begin + 1, end - 1, position, Gender::kUnknown);
    if (author >= 0) return author;
  }
  if (joint_document(end - 1, begin)) return -1;
  if (int earlier = earlier_document_author(end - 1, begin, position); earlier >= 0) {
    return earlier;
  }
  for (auto e = events_.rbegin(); e != events_.rend(); ++e) {
    if (e->entity < 0 || registry_[e->entity].organisation) continue;
    int sentence = words_[e->word].sentence;
    for (std::size_t i = e->word; i > 0 && words_[i - 1].sentence == sentence; --i) {
      if (is_document_noun(words_[i - 1].lower)) return e->entity;
    }
  }
  return unsigned_document_author(position);
}

int Attributor::company_in_view(std::size_t begin, std::size_t end, long position) {
  if (int body = registry_.role({words_[end - 1].lower}, true); body >= 0) return body;
  for (auto e = events_.rbegin(); e != events_.rend(); ++e) {
    if (e->entity < 0 || e->word >= begin) continue;
    const SpeakerEntity& speaker = registry_[e->entity];
    // Named as the subject of its own cue ("Varnex said"), not reached through a pronoun.
    if (e->as_written == speaker.written && !speaker.organisation && speaker.roles.empty() &&
        speaker.gender == Gender::kUnknown && speaker.key == speaker.surname_key &&
        speaker.written.find(' ') == std::string::npos && speaker.salient < position) {
      return e->entity;
    }
  }
  return -1;
}

int Attributor::document_sender_after(std::size_t end, long position) {
  // "The letter, from the Home Office, says": the body after "from" sent it.
  if (end + 1 >= words_.size() || words_[end].lower != "from") return -1;
  std::size_t from = words_[end + 1].lower == "the" ? end + 2 : end + 1;
  std::size_t to = from;
  while (to < words_.size() && to < from + 5 && narrative(to) && words_[to].capitalized &&
         (to == from || !separated(to - 1, to))) {
    ++to;
  }
  return to > from ? resolve(from, to, position, Gender::kUnknown) : -1;
}

bool Attributor::joint_document(std::size_t head, std::size_t begin) const {
  // "the presidents adopted a joint statement. In the statement they …": several signed it,
  // so no one of them (nor the publisher's office holder) is its author.
  constexpr std::size_t kLookBack = 300;
  std::size_t stop = begin > kLookBack ? begin - kLookBack : 0;
  for (std::size_t j = head; j-- > stop + 1;) {
    if (words_[j].lower == words_[head].lower && words_[j - 1].lower == "joint") return true;
  }
  return false;
}

int Attributor::earlier_document_author(std::size_t head, std::size_t begin, long position) {
  constexpr std::size_t kLookBack = 3000;
  std::size_t stop = begin > kLookBack ? begin - kLookBack : 0;
  // A capitalised document noun is part of a name ("the Post", "a Joint Statement").
  if (words_[head].capitalized) return -1;
  for (std::size_t j = begin; j-- > stop;) {
    if (words_[j].lower != words_[head].lower || words_[j].capitalized || !narrative(j)) continue;
    std::size_t from = j;
    while (from > 0 && j - from < 4 && narrative(from - 1) && same_sentence(from - 1, j) &&
           !separated(from - 1, from) && words_[from - 1].capitalized &&
           !is_stop_capital(words_[from - 1].lower) && words_[from - 1].lower != "the") {
      --from;
    }
    // "the Sultan's letter" is the letter answered, not the one quoted.
    if (from == j || words_[j - 1].possessive) continue;
    if (int author = resolve(from, j, position, Gender::kUnknown); author >= 0) return author;
  }
  return -1;
}

int Attributor::unsigned_document_author(long position) {
  for (std::size_t v = std::min(static_cast<std::size_t>(position), words_.size()); v-- > 0;) {
    if (!narrative(v) || !is_sending_verb(words_[v].lower)) continue;
    bool message = false;
    for (std::size_t k = v + 1; k < words_.size() && k <= v + 5 && same_sentence(k, v); ++k) {
      message = message || is_message_noun(words_[k].lower);
    }
    if (!message) continue;
    auto subject = subject_before(v);
    if (subject.first < subject.second) {
      int sender = resolve(subject.first, subject.second, static_cast<long>(v), Gender::kUnknown);
      if (sender >= 0) return sender;
    }
  }
  return title_sender_ >= 0 ? title_sender_ : publisher_;
}

std::size_t Attributor::name_before_of(std::size_t begin, std::size_t end) const {
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

int Attributor::place_role(std::size_t from, std::size_t end, long position) const {
  const std::string& noun = words_[end - 1].lower;
  if (end - from < 2 || !is_title(words_[end - 1]) || is_unnamed_source_noun(noun)) return -1;
  for (std::size_t i = from; i + 1 < end; ++i) {
    if (!words_[i].capitalized || is_org(words_[i]) || is_institution_word(words_[i].lower)) {
      return -1;
    }
  }
  return registry_.latest_person(position);
}

int Attributor::described_source(std::size_t from, std::size_t end, std::string text) {
  if (text.empty()) {
    // "представитель движения «Братья-мусульмане»": a name in marks keeps its closing mark.
    std::size_t last = words_[end - 1].end;
    if (!narrative(end - 1))
      last = quotes_[static_cast<std::size_t>(words_[end - 1].quote)].mark_end;
    std::size_t start = words_[from].start;
    // "a department spokesman" after "the State Department": the body by its fullest name.
    std::size_t body = from;
    while (body + 1 < end && !is_org(words_[body])) ++body;
    std::pair<std::size_t, std::size_t> named =
        body + 1 < end && !words_[body].capitalized && !words_[body].cyrillic
            ? named_body_before(body)
            : std::pair<std::size_t, std::size_t>{0, 0};
    if (named.first < named.second) {
      text.assign(body_.substr(start, words_[body].start - start));
      text += body_.substr(words_[named.first].start,
                           words_[named.second - 1].end - words_[named.first].start);
      start = words_[body].end;
    }
    text += body_.substr(start, last - start);
    lower_sentence_capital(from, end, text);
  }
  int source = registry_.organisation(text);
  registry_[source].description = true;
  last_description_ = source;
  // "a spokeswoman … she said": a gendered noun lets a later pronoun of its gender mean it.
  Gender gender = Gender::kUnknown;
  if (is_title_word(words_[end - 1].lower, &gender) && gender != Gender::kUnknown) {
    registry_[source].gender = gender;
  }
  return source;
}

void Attributor::lower_sentence_capital(std::size_t from, std::size_t end,
                                        std::string& written_text) const {
  const ArticleWord& first = words_[from];
  bool sentence_start = from == 0 || !same_sentence(from - 1, from) || !narrative(from - 1);
  Gender gender;
  // "Prosecutors said", "Местные наблюдатели считают": the noun or its adjective opens the
  // sentence; a body's name ("Senate Democratic aide") keeps its capital.
  bool common =
      is_person_noun(first.lower) || is_russian_source_noun(first.lower, &gender) ||
      (first.cyrillic && from + 1 < end && is_russian_source_noun(words_[from + 1].lower, &gender));
  std::string_view written = text(from);
  // Only the first letter is a capital ("MPs" stays): the rest is already lower case.
  std::size_t second = (static_cast<unsigned char>(written.front()) & 0x80) != 0 ? 2 : 1;
  if (!first.capitalized || first.all_caps || !sentence_start || !common ||
      first.lower.size() != written.size() || !written_text.starts_with(written) ||
      written.substr(second) != std::string_view(first.lower).substr(second)) {
    return;
  }
  written_text.replace(0, written.size(), first.lower);
}

std::pair<std::size_t, std::size_t> Attributor::named_body_before(std::size_t w) const {
  constexpr std::size_t kLookBack = 3000;
  std::size_t stop = w > kLookBack ? w - kLookBack : 0;
  for (std::size_t j = w; j-- > stop;) {
    if (words_[j].lower != words_[w].lower || !words_[j].capitalized || !narrative(j)) continue;
    std::size_t from = j;
    while (from > 0 && j - from < 3 && narrative(from - 1) && same_sentence(from - 1, j) &&
           !separated(from - 1, from) && words_[from - 1].capitalized &&
           !words_[from - 1].possessive && !is_stop_capital(words_[from - 1].lower) &&
           words_[from - 1].lower != "the") {
      --from;
    }
    return from < j ? std::pair{from, j + 1} : std::pair<std::size_t, std::size_t>{0, 0};
  }
  return {0, 0};
}

bool Attributor::other_person_since(int owner, Gender gender, std::size_t begin) {
  // "Flake said …  Senator John McCain's hospitalization … His office said": a person named
  // after the owner's latest turn as subject, in a possessive or a non-subject place, may be
  // the one the pronoun means; the office then has no certain owner.
  const SpeakerEntity& e = registry_[owner];
  std::size_t from = e.salient >= 0 ? static_cast<std::size_t>(e.salient) + 1 : 0;
  for (std::size_t j = from; j < begin; ++j) {
    const ArticleWord& w = words_[j];
    if (!w.capitalized || !narrative(j)) continue;
    std::string key = inflection_key(w.lower);
    if (key == e.surname_key || key == e.key) continue;
    int other = registry_.known(w.lower);
    if (other >= 0) {
      Gender g = registry_[other].gender;
      if (other != owner && (g == Gender::kUnknown || g == gender)) return true;
    } else if (w.possessive && j > 0 && words_[j - 1].capitalized) {
      return true;
    }
  }
  return false;
}

int Attributor::possessed_description(std::size_t begin, std::size_t end, long position) {
  std::string_view owner_word = words_[begin].lower;
  bool body = owner_word == "its" || owner_word == "their";
  Gender gender = owner_word == "his" ? Gender::kMale : Gender::kFemale;
  if (!is_possessive_pronoun(owner_word) || end - begin < 2) return kNotDescription;
  for (std::size_t i = begin + 1; i < end; ++i) {
    if (words_[i].capitalized || !narrative(i)) return kNotDescription;  // "Her Majesty's"
  }
  int owner = body ? registry_.pronoun(Gender::kUnknown, true, position)
                   : registry_.pronoun(gender, false, position);
  // "His message reads": a document is its owner's words, or the document rules decide.
  if (is_document_noun(words_[end - 1].lower)) return owner >= 0 ? owner : kNotDescription;
  // "his office", "her spokesman": the owner's office or aide, by the owner's name.
  if (owner >= 0 && !registry_[owner].description && !other_person_since(owner, gender, begin)) {
    return described_source(
        begin + 1, end,
        registry_[owner].name + "'s " +
            std::string(body_.substr(words_[begin + 1].start,
                                     words_[end - 1].end - words_[begin + 1].start)));
  }
  return kNotDescription;  // "its chief": no owner in view, the other rules decide
}

int Attributor::earlier_description(std::size_t from, std::size_t end, long position) {
  // "A former Fed official said …" … "said the former official": the definite description
  // is the indefinite one the article introduced, in its fuller words.
  constexpr std::size_t kLookBack = 3000;
  const std::string& head = words_[end - 1].lower;
  std::size_t stop = static_cast<std::size_t>(position) > kLookBack
                         ? static_cast<std::size_t>(position) - kLookBack
                         : 0;
  for (std::size_t j = from; j-- > stop;) {
    if (words_[j].lower != head || !narrative(j)) continue;
    std::size_t d = description_start(j, j + 1, j);
    if (d == j || !is_indefinite_determiner(words_[d].lower)) continue;
    bool covers = true;
    for (std::size_t m = from; m + 1 < end && covers; ++m) {
      covers = false;
      for (std::size_t k = d + 1; k < j; ++k) covers = covers || words_[k].lower == words_[m].lower;
    }
    if (covers && j > d + 1) return described_source(d + 1, j + 1, "");
  }
  return -1;
}

int Attributor::description(std::size_t begin, std::size_t end, long position) {
  // The longest: an article, three modifiers and a body's name ("a Department for Work and
  // Pensions spokeswoman").
  if (end - begin > 10 || !is_person_noun(words_[end - 1].lower)) return kNotDescription;
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
    // "the prime minister": an office, not an unnamed source ("the former official" is one).
    bool office = end - from >= 2 && !is_unnamed_source_noun(words_[end - 1].lower);
    for (std::size_t i = from; i < end; ++i) {
      roles.push_back(words_[i].lower);
      office = office && is_title(words_[i]);
    }
    if (office) return kNotDescription;
    int known = registry_.role(roles, false);
    if (known >= 0) return known;
    if (int person = place_role(from, end, position); person >= 0) return person;
    if (registry_.role({words_[end - 1].lower}, false) >= 0) return kNotDescription;
  }
  if (definite) {
    if (int earlier = earlier_description(from, end, position); earlier >= 0) return earlier;
    // "The lawyer added": an occupation (no unnamed source's noun) is the person in view.
    const std::string& noun = words_[end - 1].lower;
    if (end - from == 1 && !is_unnamed_source_noun(noun) && !noun.ends_with('s')) {
      // Only a person in view before the phrase: "The lawyer for Michael Flynn" is not Flynn.
      if (int person = registry_.pronoun(Gender::kUnknown, false, static_cast<long>(begin));
          person >= 0) {
        return person;
      }
    }
  }
  return described_source(from, end, "");
}

}  // namespace rostra
