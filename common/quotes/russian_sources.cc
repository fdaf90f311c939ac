// Russian unnamed sources as speakers: "источник «Вестника» в правительстве", "27-летний
// житель одного из сёл области", "представитель министерства обороны". Russian has no
// articles, so the phrase is read by its head noun (nominative) and the genitives,
// prepositional phrases and short «…» names after it, up to the end of the clause.
#include "common/quotes/attributor.h"

#include "common/quotes/cue_verbs.h"

namespace rostra {
namespace {

// A Russian adjective before the noun ("27-летний", "местные", "высокопоставленный").
bool russian_adjective(std::string_view w) {
  for (std::string_view e : {"ый", "ий", "ой", "ая", "яя", "ые", "ие", "ое", "ее"}) {
    if (w.size() > e.size() && w.substr(w.size() - e.size()) == e) return true;
  }
  return false;
}

}  // namespace

std::size_t Attributor::past_short_quote(std::size_t k) const {
  if (k >= words_.size() || narrative(k) || !words_[k].cyrillic) return k;
  int q = words_[k].quote;
  std::size_t end = k;
  while (end < words_.size() && words_[end].quote == q) ++end;
  constexpr std::size_t kLongestName = 3;  // «Коммерсантъ», "Ъ", «Российской газеты»
  return end - k <= kLongestName ? end : k;
}

bool Attributor::clause_break(std::size_t a, std::size_t b) const {
  if (narrative(a)) return separated(a, b);
  // After a «…» name only punctuation other than its closing mark ends the phrase.
  std::string_view gap = body_.substr(words_[a].end, words_[b].start - words_[a].end);
  return gap.find_first_of(",;:.!?()") != std::string_view::npos ||
         gap.find("\xE2\x80\x94") != std::string_view::npos ||
         gap.find("\xE2\x80\x93") != std::string_view::npos ||
         gap.find(" - ") != std::string_view::npos;
}

std::pair<std::size_t, std::size_t> Attributor::russian_source_after(std::size_t begin,
                                                                     std::size_t c) const {
  // Only the first word may be capitalised, opening its sentence.
  auto plain = [&](std::size_t k) {
    return k < words_.size() && narrative(k) && words_[k].cyrillic && same_sentence(k, c) &&
           (!words_[k].capitalized || (k == begin && !words_[k].all_caps));
  };
  std::size_t k = begin;
  while (k < begin + 2 && plain(k) && russian_adjective(words_[k].lower) &&
         !is_stop_capital(words_[k].lower) && !is_russian_source_noun(words_[k].lower, nullptr)) {
    ++k;
  }
  if (!plain(k) || !is_russian_source_noun(words_[k].lower, nullptr) ||
      (k > begin && separated(k - 1, k))) {
    return {0, 0};
  }
  constexpr std::size_t kLongest = 8;
  std::size_t end = k + 1;
  while (end < words_.size() && end < begin + kLongest && same_sentence(end, c)) {
    if (std::size_t past = past_short_quote(end); past > end) {
      end = past;  // "источник «Вестника»"
      continue;
    }
    const ArticleWord& w = words_[end];
    if (!narrative(end) || clause_break(end - 1, end) || is_cue_word(w.lower) ||
        is_descriptor_stop(w.lower) || is_russian_source_noun(w.lower, nullptr)) {
      break;
    }
    // A name in the nominative after the noun ("представитель МИД Иван Петров") names the
    // person: no unnamed source. A Latin name is a body's ("представитель Heritage Auctions").
    if (w.capitalized && !w.all_caps && w.cyrillic && !oblique_case(w.lower)) return {0, 0};
    ++end;
  }
  while (end > k + 1 && is_preposition(words_[end - 1].lower)) --end;
  return {begin, end};
}

std::size_t Attributor::russian_source_start(std::size_t j) const {
  std::size_t from = j;
  while (from > 0 && from + 2 > j && narrative(from - 1) && same_sentence(from - 1, j) &&
         !separated(from - 1, from) && words_[from - 1].cyrillic &&
         russian_adjective(words_[from - 1].lower) && !is_stop_capital(words_[from - 1].lower) &&
         (!words_[from - 1].capitalized || from - 1 == 0 || !same_sentence(from - 2, j))) {
    --from;
  }
  return from;
}

std::size_t Attributor::meet_russian_source(std::size_t i) {
  Gender gender = Gender::kUnknown;
  if (!words_[i].cyrillic || !is_russian_source_noun(words_[i].lower, &gender) ||
      gender == Gender::kUnknown) {
    return i;
  }
  auto phrase = russian_source_after(russian_source_start(i), i);
  if (phrase.first >= phrase.second) return i;
  registry_.mark_salient(russian_source(phrase.first, phrase.second, Gender::kUnknown),
                         static_cast<long>(i));
  return phrase.second - 1;
}

std::pair<std::size_t, std::size_t> Attributor::russian_source_before(std::size_t c) const {
  constexpr std::size_t kLongest = 8;
  for (std::size_t j = c; j-- > 0 && j + kLongest > c && same_sentence(j, c);) {
    if (!narrative(j) || !is_russian_source_noun(words_[j].lower, nullptr)) continue;
    auto phrase = russian_source_after(russian_source_start(j), c);
    if (phrase.first < phrase.second && phrase.second == c) return phrase;
    return {0, 0};
  }
  return {0, 0};
}

int Attributor::russian_source(std::size_t begin, std::size_t end, Gender cue_gender) {
  std::size_t head = begin;
  while (head < end && !is_russian_source_noun(words_[head].lower, nullptr)) ++head;
  if (head == end || !words_[head].cyrillic) return kNotDescription;
  Gender gender = Gender::kUnknown;
  is_russian_source_noun(words_[head].lower, &gender);
  // "рассказал собеседник «Вестника»": the interlocutor is the source the article
  // introduced before.
  if (is_interlocutor_noun(words_[head].lower) && last_description_ >= 0) {
    return last_description_;
  }
  // "— сказал депутат" after "комментирует Дмитрий Святаш": a bare occupation is the person
  // in view, as "the lawyer" is in English.
  // The person introduced with it, else the nearest of the cue verb's gender ("сказал").
  if (end - begin == 1 && is_occupation_noun(words_[head].lower)) {
    int person = registry_.role({words_[head].lower}, false);
    if (person < 0) person = registry_.pronoun(cue_gender, false, static_cast<long>(begin));
    if (person >= 0) return person;
  }
  int source = described_source(begin, end, "");
  if (gender != Gender::kUnknown) registry_[source].gender = gender;
  return source;
}

}  // namespace rostra
