#include "common/quotes/attributor.h"

#include "common/quotes/cue_verbs.h"

namespace rostra {

bool Attributor::near_title(std::size_t i) const {
  // Russian genitive chains run longer ("руководитель совета местной независимой оппозиции").
  std::size_t reach = words_[i].cyrillic ? 5 : 3;
  for (std::size_t k = i; k > 0 && k + reach > i; --k) {
    if (!narrative(k - 1) || separated(k - 1, k)) return false;
    if (is_title(words_[k - 1])) return true;
    if (words_[k - 1].capitalized) return false;
  }
  return false;
}

bool Attributor::subject_word(std::size_t i, bool after_title) const {
  const ArticleWord& w = words_[i];
  if (!narrative(i)) return false;
  if (is_name_particle(w.lower)) return true;
  if (is_title(w) || is_org(w) || office_modifier(i, words_.size())) return true;
  if (w.capitalized) return !is_stop_capital(w.lower);
  return after_title && w.cyrillic;
}

bool Attributor::office_modifier(std::size_t i, std::size_t end) const {
  return i + 1 < end && is_office_modifier(words_[i].lower) && narrative(i + 1) &&
         !separated(i, i + 1) && is_title(words_[i + 1]);
}

bool Attributor::clause_start(std::size_t i) const {
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
  return is_clause_opener(words_[i - 1].lower);
}

bool Attributor::skippable_between(const ArticleWord& w) {
  return (w.lower.size() > 3 && w.lower.compare(w.lower.size() - 2, 2, "ly") == 0) ||
         is_adverb_or_auxiliary(w.lower);
}

std::string Attributor::name_text(std::size_t i) const {
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

std::size_t Attributor::description_start(std::size_t begin, std::size_t end, std::size_t c) const {
  if (begin >= end || !is_person_noun(words_[end - 1].lower)) return begin;
  std::size_t k = begin;
  // Capitalised modifiers ("one Bombay trader") count only once an article is reached; so
  // does a body's name with its connectors ("a Department for Work and Pensions
  // spokeswoman"). At most three lower-case modifiers ("one hugely-disgruntled").
  constexpr int kLongestBodyName = 6;
  int lower = 0;
  int named = 0;
  while (k > 0 && lower < 3 && named < kLongestBodyName && narrative(k - 1) &&
         same_sentence(k - 1, c) && !separated(k - 1, k) && !words_[k - 1].possessive &&
         !words_[k - 1].all_caps) {
    const std::string& w = words_[k - 1].lower;
    if (is_indefinite_determiner(w) || w == "the") return k - 1;
    bool in_body_name = k >= 2 && k < end && words_[k - 2].capitalized && words_[k].capitalized &&
                        is_body_name_connector(w);
    // "an answer when voters asked": a clause opener ends the description.
    if (!in_body_name && (is_function_word(w) || is_preposition(w) || is_cue_word(w) ||
                          is_clause_opener(w) || is_complementizer(w))) {
      break;
    }
    if (words_[k - 1].capitalized && is_title(words_[k - 1]) && !is_org(words_[k - 1])) break;
    ++(words_[k - 1].capitalized || in_body_name ? named : lower);
    --k;
  }
  return begin;
}

std::pair<std::size_t, std::size_t> Attributor::role_description_before(std::size_t end,
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

std::pair<std::size_t, std::size_t> Attributor::name_before_description(std::size_t det,
                                                                        std::size_t c) const {
  if (det == 0 || det >= c || !is_indefinite_determiner(words_[det].lower) || !narrative(det - 1) ||
      !same_sentence(det - 1, c) || !words_[det - 1].capitalized ||
      body_.substr(words_[det - 1].end, words_[det].start - words_[det - 1].end).find(',') ==
          std::string_view::npos) {
    return {0, 0};
  }
  std::size_t from = det - 1;
  while (from > 0 && det - from < 4 && narrative(from - 1) && same_sentence(from - 1, c) &&
         !separated(from - 1, from) && words_[from - 1].capitalized &&
         !is_stop_capital(words_[from - 1].lower)) {
    --from;
  }
  if (is_stop_capital(words_[from].lower) || !clause_start(from)) return {0, 0};
  return {from, det - 1 + 1};
}

std::pair<std::size_t, std::size_t> Attributor::addressed_document_before(std::size_t end,
                                                                          std::size_t c) const {
  constexpr std::size_t kLongest = 8;
  for (std::size_t k = end - 1; k > 0 && k + kLongest > end && narrative(k - 1) &&
                                same_sentence(k - 1, c) && !separated(k - 1, k);
       --k) {
    const std::string& w = words_[k].lower;
    if ((w == "to" || w == "from") && is_document_noun(words_[k - 1].lower) &&
        !words_[k - 1].capitalized && !words_[k - 1].cyrillic && k >= 2 &&
        words_[k - 2].lower == "the" && clause_start(k - 2)) {
      return {k - 2, k};
    }
  }
  return {0, 0};
}

std::pair<std::size_t, std::size_t> Attributor::possessed_before(std::size_t begin, std::size_t end,
                                                                 std::size_t c) const {
  const ArticleWord& head = words_[end - 1];
  if (head.capitalized || head.cyrillic ||
      !(is_person_noun(head.lower) || is_title(head) || is_org(head))) {
    return {0, 0};
  }
  std::size_t k = begin;
  while (k > 0 && k + 3 > end && narrative(k - 1) && same_sentence(k - 1, c) &&
         !separated(k - 1, k) && !words_[k - 1].capitalized &&
         !is_possessive_pronoun(words_[k - 1].lower) && !is_function_word(words_[k - 1].lower) &&
         !is_preposition(words_[k - 1].lower) && !is_cue_word(words_[k - 1].lower)) {
    --k;
  }
  if (k == 0 || !narrative(k - 1) || !same_sentence(k - 1, c) || separated(k - 1, k)) {
    return {0, 0};
  }
  bool possessive = is_possessive_pronoun(words_[k - 1].lower);
  for (std::size_t i = k; i < end && possessive; ++i) possessive = !words_[i].capitalized;
  return possessive ? std::pair{k - 1, end} : std::pair<std::size_t, std::size_t>{0, 0};
}

// Where a subject phrase before the cue at word c ends: c, or before a time phrase ("on
// Monday"), a medium ("in a statement") and up to two skippable words between it and the cue.
std::size_t Attributor::subject_end_before(std::size_t c) const {
  std::size_t end = c;
  // "Putin on Monday called", "Волков в понедельник заявил": skip the time phrase.
  if (end >= 3 && narrative(end - 1) && narrative(end - 2) &&
      is_preposition(words_[end - 2].lower) && is_time_word(words_[end - 1].lower) &&
      same_sentence(end - 3, c) && !separated(end - 3, end - 2)) {
    end -= 2;
  }
  // "Deb Peters in a statement called", "Roe in an interview said": skip the medium.
  if (end >= 4 && !words_[c].cyrillic &&
      (words_[end - 3].lower == "in" || words_[end - 3].lower == "on") &&
      (is_indefinite_determiner(words_[end - 2].lower) || words_[end - 2].lower == "the") &&
      (is_document_noun(words_[end - 1].lower) || words_[end - 1].lower == "interview") &&
      narrative(end - 4) && same_sentence(end - 4, c) && !separated(end - 4, end - 3) &&
      !separated(end - 1, c)) {
    end -= 3;
  }
  for (int skipped = 0;
       end > 0 && skipped < 2 && narrative(end - 1) && skippable_between(words_[end - 1]) &&
       same_sentence(end - 1, c) && !separated(end - 1, end);
       ++skipped) {
    --end;
  }
  return end;
}

std::pair<std::size_t, std::size_t> Attributor::subject_before(std::size_t c) const {
  if (auto source = russian_source_before(c); source.first < source.second) return source;
  std::size_t end = subject_end_before(c);
  if (end == 0 || !narrative(end - 1) || !same_sentence(end - 1, c) || separated(end - 1, end)) {
    return {0, 0};
  }
  // "The message of congratulations reads": the document is the head before "of".
  if (end >= 3 && words_[end - 2].lower == "of" && is_document_noun(words_[end - 3].lower) &&
      narrative(end - 3) && same_sentence(end - 3, c) && !separated(end - 3, end - 2) &&
      !separated(end - 2, end - 1)) {
    end -= 2;
  }
  Gender gender;
  bool plural;
  const std::string& last = words_[end - 1].lower;
  if (is_pronoun(last, &gender, &plural) || last == "it" || last == "оно") return {end - 1, end};
  if (auto d = role_description_before(end, c); d.first < d.second) return d;
  if (auto d = addressed_document_before(end, c); d.first < d.second) return d;
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
  if (auto company = company_phrase(end - 1); company.first < company.second) return company;
  std::size_t begin = end;
  while (true) {
    while (begin > 0 && same_sentence(begin - 1, c) && !separated(begin - 1, begin)) {
      if (!subject_word(begin - 1, near_title(begin - 1))) break;
      --begin;
    }
    const std::size_t firm = begin < end ? firm_name_start(begin, end, c) : begin;
    if (firm == begin) break;
    begin = firm;  // "… of James Capel and Co said": on past the firm's whole name
  }
  if (auto owned = possessed_before(begin, end, c); owned.first < owned.second) return owned;
  while (begin < end && is_leading_connector(words_[begin].lower)) ++begin;
  // "one hugely-disgruntled backbencher said": a person noun that is no title opens no
  // subject phrase by itself; it may end an unnamed source's description.
  if (begin == end && is_person_noun(last) && !words_[end - 1].cyrillic) {
    std::size_t described = description_start(end - 1, end, c);
    if (described < end - 1 && is_indefinite_determiner(words_[described].lower)) {
      if (auto named = name_before_description(described, c); named.first < named.second) {
        return named;
      }
      return {described, end};
    }
    // "Prosecutors said …  the prosecutors said": a definite description of a source the
    // article named before is that source (a first "the authors" may mean a study's body).
    if (described < end - 1 && words_[described].lower == "the" && common_noun_before(end - 1)) {
      return {described, end};
    }
  }
  begin = description_start(begin, end, c);
  if (auto named = name_before_description(begin, c); named.first < named.second) return named;
  begin = after_prepositional_place(begin, end);
  if (begin < end && !words_[begin].capitalized && !is_title(words_[begin]) &&
      !is_org(words_[begin]) && words_[begin].lower != "the" &&
      !is_indefinite_determiner(words_[begin].lower)) {
    ++begin;  // a stray lower-case word, e.g. a genitive without its title
  }
  return {begin, end};
}

std::size_t Attributor::firm_name_start(std::size_t begin, std::size_t end, std::size_t c) const {
  if (begin < 2 || begin >= end || words_[begin].cyrillic || !words_[begin].capitalized) {
    return begin;
  }
  // "… of Louisiana and House Financial Services Committee Chairman Jeb Hensarling": a
  // title or a body after the joiner opens a second subject, not the end of a firm's name.
  for (std::size_t k = begin; k < end; ++k) {
    if (is_title(words_[k]) || is_org(words_[k])) return begin;
  }
  auto joinable = [&](std::size_t k) {
    return narrative(k) && same_sentence(k, c) && words_[k].capitalized && !words_[k].cyrillic;
  };
  // The joiner: "and" as a word, or "&" alone between two words ("Capel & Co").
  std::size_t before;  // the last word of the run before the joiner
  const std::string_view gap =
      body_.substr(words_[begin - 1].end, words_[begin].start - words_[begin - 1].end);
  if (words_[begin - 1].lower == "and" && narrative(begin - 1) && !separated(begin - 1, begin) &&
      !separated(begin - 2, begin - 1)) {
    before = begin - 2;
  } else if (gap.find('&') != std::string_view::npos &&
             gap.find_first_not_of(" &\xC2\xA0") == std::string_view::npos) {
    before = begin - 1;
  } else {
    return begin;
  }
  if (!joinable(before)) return begin;
  std::size_t first = before;
  for (int words = 0; first > 0 && joinable(first - 1) && words < 6; ++words) {
    // A comma may part a firm's names ("Smith Barney, Upham Harris"), nothing else.
    const std::string_view between =
        body_.substr(words_[first - 1].end, words_[first].start - words_[first - 1].end);
    if (separated(first - 1, first) && between.find_first_not_of(" ,") != std::string_view::npos) {
      break;
    }
    --first;
  }
  if (first == 0 || !narrative(first - 1) || !same_sentence(first - 1, c) ||
      separated(first - 1, first)) {
    return begin;
  }
  const std::string& preposition = words_[first - 1].lower;
  // "for" names a firm only after a person ("analyst for", "MP for"): "the Organisation for
  // Economic Cooperation and Development" is one body's name.
  const bool for_person = preposition == "for" && first >= 2 && narrative(first - 2) &&
                          (is_title(words_[first - 2]) || is_person_noun(words_[first - 2].lower));
  const bool of_firm =
      preposition == "of" || preposition == "with" || preposition == "at" || for_person;
  return of_firm ? first : begin;
}

std::size_t Attributor::after_prepositional_place(std::size_t begin, std::size_t end) const {
  // Only prepositions of direction or place before a person's post ("envoy to", "в Кремле"):
  // after "of", "at" or "from" three capitalised words are more often one body ("of Human
  // Rights Watch").
  const std::string& before = begin > 0 ? words_[begin - 1].lower : words_[0].lower;
  bool place_preposition = before == "to" || before == "в" || before == "во" || before == "на";
  if (begin == 0 || end - begin < 3 || !narrative(begin - 1) || !place_preposition) return begin;
  for (std::size_t i = begin; i < end; ++i) {
    const ArticleWord& w = words_[i];
    if (!w.capitalized || w.all_caps || w.possessive || is_title(w) || is_org(w)) return begin;
  }
  return end - 2;
}

bool Attributor::inverted_allowed(std::size_t c) const {
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

std::pair<std::size_t, std::size_t> Attributor::descriptors_after(std::size_t begin,
                                                                  std::size_t c) const {
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

std::optional<std::pair<std::size_t, std::size_t>> Attributor::subject_past_preposition(
    std::size_t c, std::size_t& begin) const {
  if (!is_preposition(words_[begin].lower)) return std::nullopt;
  // "отметили в ведомстве": the body is the subject.
  if (begin + 1 < words_.size() && is_org(words_[begin + 1]) && !words_[begin + 1].capitalized &&
      is_locative_in(words_[begin].lower)) {
    return std::pair{begin + 1, begin + 2};
  }
  // "заявил на суде общественный защитник …": the place, then the speaker.
  std::size_t k = begin + 1;
  while (k < words_.size() && k < begin + 6 && narrative(k) && same_sentence(k, c) &&
         !words_[k].capitalized && !(k > begin + 1 && is_title(words_[k]))) {
    ++k;
  }
  if (k == begin + 1 || k >= words_.size()) return std::pair<std::size_t, std::size_t>{0, 0};
  begin = k;
  return std::nullopt;
}

std::optional<std::pair<std::size_t, std::size_t>> Attributor::subject_past_descriptors(
    std::size_t c, std::size_t& begin) const {
  if (words_[begin].capitalized || is_title(words_[begin]) || is_org(words_[begin])) {
    return std::nullopt;
  }
  std::size_t k = begin;
  std::size_t title = words_.size();
  // A Russian title keeps a longer chain of genitives ("руководитель координационного
  // совета местной оппозиции Рамиль Бигнов").
  std::size_t reach = words_[begin].cyrillic ? 6 : 4;
  // "заявил координатор движения «Архнадзор» Иван Петров": a Russian chain may hold the
  // «…» name of a body; the name after it is the speaker.
  std::size_t after_name = words_.size();
  while (k < words_.size() && k < begin + reach && same_sentence(k, c)) {
    if (k > begin && words_[begin].cyrillic && past_title_quote(k) > k) {
      k = after_name = past_title_quote(k);
      continue;
    }
    if (!narrative(k) || words_[k].capitalized || is_descriptor_stop(words_[k].lower) ||
        (k != begin && k != after_name && separated(k - 1, k))) {
      break;
    }
    if (is_title(words_[k]) && title == words_.size()) title = k;
    ++k;
  }
  if (k < words_.size() && k > begin && words_[k].capitalized && same_sentence(k, c) &&
      (k == after_name || !separated(k - 1, k))) {
    // English descriptors ("said former federal prosecutor Jane Doe") are not part of
    // the name; a Russian title keeps its genitives ("министр транспорта Орлании …").
    if (k == after_name) title = words_.size();
    begin = title < k && words_[title].cyrillic ? title : k;
  } else if (title < k && is_person_noun(words_[title].lower) &&
             (is_indefinite_determiner(words_[begin].lower) || words_[begin].lower == "the")) {
    return std::pair{begin, title + 1};  // "said a department spokesman": an unnamed source
  } else if (title < k) {
    return std::pair{title, title + 1};  // "написал бывший министр": a role
  }
  return std::nullopt;
}

std::optional<std::pair<std::size_t, std::size_t>> Attributor::name_after_body(
    std::size_t c, std::size_t end) const {
  // "заявил председатель общества «Старый двор» Глеб Рощин": the name after the body's.
  std::size_t name = past_title_quote(end);
  std::size_t name_end = name;
  while (name_end < words_.size() && name_end < name + 3 && narrative(name_end) &&
         same_sentence(name_end, c) && (name_end == name || !separated(name_end - 1, name_end)) &&
         words_[name_end].capitalized && subject_word(name_end, false)) {
    ++name_end;
  }
  if (name > end && name_end > name) return std::pair{name, name_end};
  return std::nullopt;
}

std::pair<std::size_t, std::size_t> Attributor::name_after_body_role(std::size_t c,
                                                                     std::size_t begin) const {
  auto in_phrase = [&](std::size_t k) {
    return k < words_.size() && narrative(k) && same_sentence(k, c) && !words_[k].cyrillic &&
           (k == begin || !separated(k - 1, k));
  };
  auto capital = [&](std::size_t k) {
    return in_phrase(k) && words_[k].capitalized && !is_stop_capital(words_[k].lower) &&
           !words_[k].possessive;
  };
  std::size_t k = begin;
  while (k < begin + 3 && capital(k)) ++k;
  std::size_t body_end = k;
  while (k < body_end + 3 && in_phrase(k) && !words_[k].capitalized &&
         !is_function_word(words_[k].lower) && !is_preposition(words_[k].lower)) {
    ++k;
  }
  std::size_t name = k;
  while (k < name + 3 && capital(k)) ++k;
  // "said Varnex chief executive Jan Roe": a body's name, lower-case descriptors and a name
  // of two words or more; the name speaks.
  if (body_end == begin || name == body_end || k - name < 2) return {0, 0};
  return {name, k};
}

std::pair<std::size_t, std::size_t> Attributor::subject_after(std::size_t c) const {
  std::size_t begin = c + 1;
  if (begin >= words_.size() || !narrative(begin) || !same_sentence(begin, c) ||
      separated(c, begin)) {
    return {0, 0};
  }
  Gender gender;
  bool plural;
  bool possessor = russian_possessor(begin, c);
  if (possessor) ++begin;  // "сообщил его друг": the friend speaks, not "его"
  if (!possessor && (is_pronoun(words_[begin].lower, &gender, &plural) ||
                     is_object_pronoun(words_[begin].lower))) {
    return {begin, begin + 1};
  }
  auto found = subject_after_words(c, begin);
  // "сообщает его друг" with no name after: the possessor and the noun, for resolve.
  if (possessor && found.first >= found.second) return {begin - 1, begin + 1};
  return found;
}

bool Attributor::russian_possessor(std::size_t i, std::size_t c) const {
  if (i + 1 >= words_.size() || !words_[i].cyrillic || !narrative(i + 1) ||
      !same_sentence(i + 1, c) || separated(i, i + 1) || words_[i + 1].capitalized ||
      !words_[i + 1].cyrillic || oblique_case(words_[i + 1].lower)) {
    return false;
  }
  const std::string& w = words_[i].lower;
  return w == "его" || w == "её" || w == "ее" || w == "их";
}

std::pair<std::size_t, std::size_t> Attributor::subject_after_words(std::size_t c,
                                                                    std::size_t begin) const {
  if (auto source = russian_source_after(begin, c); source.first < source.second) return source;
  if (auto found = subject_past_preposition(c, begin)) return *found;
  if (auto company = company_phrase(begin + 1); company.first < company.second) return company;
  if (!words_[begin].cyrillic && !words_[begin].capitalized) {
    auto described = descriptors_after(begin, c);
    if (described.second > 0) return described;
    if (described.first > 0) begin = described.first;
  }
  // "сообщил главный инженер проекта Артем Гусев", "said chief economist David Lund":
  // lower-case descriptors before the name.
  if (auto found = subject_past_descriptors(c, begin)) return *found;
  if (auto named = name_after_body_role(c, begin); named.first < named.second) return named;
  std::size_t end = begin;
  while (end < words_.size() && same_sentence(end, c) &&
         (end == begin || !separated(end - 1, end)) && subject_word(end, near_title(end))) {
    ++end;
  }
  if (end > begin && !words_[end - 1].capitalized) {
    if (auto found = name_after_body(c, end)) return *found;
  }
  while (end > begin && is_trailing_connector(words_[end - 1].lower)) --end;
  if (end == begin || (end == begin + 1 && words_[begin].lower == "the")) return {0, 0};
  if (!words_[begin].capitalized && !is_title(words_[begin]) && !is_org(words_[begin]) &&
      words_[begin].lower != "the") {
    return {0, 0};
  }
  return {begin, end};
}

bool Attributor::common_noun_before(std::size_t noun) const {
  for (std::size_t j = noun; j-- > 0;) {
    bool sentence_start = j == 0 || !same_sentence(j - 1, j);
    if (words_[j].lower == words_[noun].lower && narrative(j) &&
        (!words_[j].capitalized || sentence_start)) {
      return true;
    }
  }
  return false;
}

std::pair<std::size_t, std::size_t> Attributor::company_phrase(std::size_t head) const {
  if (head == 0 || head >= words_.size() || words_[head].cyrillic ||
      !is_company_noun(words_[head].lower) || words_[head - 1].lower != "the" ||
      !narrative(head - 1) || !narrative(head) || separated(head - 1, head)) {
    return {0, 0};
  }
  return {head - 1, head + 1};
}

std::size_t Attributor::past_title_quote(std::size_t k) const {
  if (k >= words_.size() || narrative(k) || !words_[k].cyrillic) return k;
  int q = words_[k].quote;
  if (quotes_[static_cast<std::size_t>(q)].kind != QuoteKind::kTitle) return k;
  while (k < words_.size() && words_[k].quote == q) ++k;
  return k;
}

std::pair<std::size_t, std::size_t> Attributor::sentence_subject(std::size_t c) const {
  return sentence_subject(words_[c].sentence, c);
}

std::pair<std::size_t, std::size_t> Attributor::sentence_subject(int sentence,
                                                                 std::size_t c) const {
  std::size_t first = c;
  while (first > 0 && words_[first - 1].sentence == sentence) --first;
  for (std::size_t j = c; j-- > first;) {
    const ArticleWord& w = words_[j];
    if (!narrative(j) || w.all_caps || w.possessive || !clause_start(j) || in_parentheses(j)) {
      continue;
    }
    bool starts = w.capitalized ? !is_stop_capital(w.lower) : (is_title(w) || w.lower == "the");
    if (!starts) continue;
    // "The memo, which was to be signed by …, called …": a document opening the sentence.
    if (w.lower == "the" && j + 2 < c && is_document_noun(words_[j + 1].lower) && !w.cyrillic &&
        !separated(j, j + 1)) {
      return {j, j + 2};
    }
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
    // "Позднее президент, выступая …, назвал …": Russian has no article; a title in the
    // nominative opening the clause, with words of its own clause before the cue, is a
    // definite role: the person in view, unless another was introduced with the title.
    bool russian_role = w.cyrillic && s.name.empty() && end < c &&
                        is_russian_nominative_title(w.lower) && is_russian_office_title(w.lower) &&
                        role_in_view(w.lower, j);
    if ((!s.name.empty() && !lone_unknown) || !s.organisation_name.empty() ||
        (!s.roles.empty() && (words_[j].lower == "the" || russian_role))) {
      return {j, end};
    }
  }
  return {0, 0};
}

bool Attributor::role_in_view(const std::string& title, std::size_t j) const {
  int holder = registry_.role({title}, false);
  // A deputy or former holder in view is not the title's holder (role() skips them too).
  int latest = registry_.latest_holder(static_cast<long>(j), {title});
  return latest >= 0 && (holder < 0 || holder == latest);
}

std::pair<std::size_t, std::size_t> Attributor::apposition_name(std::size_t c) const {
  auto comma_before = [&](std::size_t k) {
    return k > 0 && narrative(k - 1) &&
           body_.substr(words_[k - 1].end, words_[k].start - words_[k - 1].end).find(',') !=
               std::string_view::npos;
  };
  if (!comma_before(c)) return {0, 0};
  // The apposition: back from the cue to the comma that opens it.
  constexpr std::size_t kLongestApposition = 20;
  std::size_t a = c - 1;
  while (a > 0 && c - a < kLongestApposition && same_sentence(a - 1, c) && narrative(a - 1) &&
         !comma_before(a) && !is_cue_word(words_[a].lower)) {
    --a;
  }
  if (a == 0 || !comma_before(a) || is_cue_word(words_[a].lower) ||
      (words_[a].capitalized && !is_title(words_[a]))) {
    return {0, 0};
  }
  // The name: capitalised words between the comma and a quote, a comma or the sentence start.
  std::size_t end = a;
  std::size_t begin = end;
  while (begin > 0 && end - begin < 4 && narrative(begin - 1) && same_sentence(begin - 1, c) &&
         (words_[begin - 1].capitalized || is_name_particle(words_[begin - 1].lower)) &&
         !words_[begin - 1].possessive && (begin == end || !separated(begin - 1, begin))) {
    --begin;
  }
  bool opens =
      begin == 0 || !narrative(begin - 1) || !same_sentence(begin - 1, c) || comma_before(begin);
  if (begin == end || !opens || is_stop_capital(words_[begin].lower)) return {0, 0};
  Subject s = analyze(begin, end);
  if (s.name.empty() || s.organisation) return {0, 0};
  return {begin, end};
}

std::pair<std::size_t, std::size_t> Attributor::quoted_person(std::size_t c, bool* quoting) const {
  *quoting = false;
  auto in_clause = [&](std::size_t k) {
    return k < words_.size() && narrative(k) && same_sentence(k, c);
  };
  if (words_[c].cyrillic && is_quoting_verb(words_[c].lower)) {
    *quoting = true;
    // "цитирует издание мать пограничника Светлану Ващенко": past lower-case words and «…».
    std::size_t begin = c + 1;
    while (begin < c + 6 && begin < words_.size() && same_sentence(begin, c) &&
           (past_title_quote(begin) > begin ||
            (narrative(begin) && words_[begin].cyrillic && !words_[begin].capitalized))) {
      begin = std::max(begin + 1, past_title_quote(begin));
    }
    std::size_t end = begin;
    while (in_clause(end) && end < begin + 4 && words_[end].cyrillic && words_[end].capitalized &&
           !words_[end].all_caps && (end == begin || !separated(end - 1, end))) {
      ++end;
    }
    return {begin, end};
  }
  // "… quoted Jane Roe as saying", "… cited a Varnian official as saying".
  if (c < 3 || words_[c - 1].lower != "as" || !in_clause(c - 1)) return {0, 0};
  for (std::size_t k = c - 1; k-- > 0 && k + 9 > c && in_clause(k);) {
    if (is_quoting_verb(words_[k].lower)) {
      *quoting = true;
      return k + 1 < c - 1 ? std::pair{k + 1, c - 1} : std::pair<std::size_t, std::size_t>{0, 0};
    }
    if (separated(k, k + 1)) break;
  }
  return {0, 0};
}

bool Attributor::in_parentheses(std::size_t i) const {
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

}  // namespace rostra
