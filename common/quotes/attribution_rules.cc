#include "common/quotes/attributor.h"

namespace rostra {

int Attributor::closing_sentence(const Quote& q) const {
  std::size_t last = word_at(q.end);
  if (last > 0) --last;
  return last < words_.size() ? words_[last].sentence : -1;
}

const CueEvent* Attributor::event_in(std::size_t from, std::size_t to, int sentence,
                                     bool first) const {
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

void Attributor::assign(std::size_t k, const CueEvent& e, AttributionRule rule) {
  Quote& q = quotes_[k];
  q.cue = e.cue;
  q.speaker = e.entity >= 0 ? registry_[e.entity].name : std::string();
  q.speaker_in_text = e.entity >= 0 ? in_text_name(registry_[e.entity]) : std::string();
  q.rule = q.speaker.empty() ? AttributionRule::kNone : rule;
  q.mention = q.speaker.empty() ? SpeakerMention::kNone : e.mention;
  q.as_written = q.speaker.empty() ? std::string() : e.as_written;
  attributed_[k] = &e;
}

std::string Attributor::in_text_name(const SpeakerEntity& entity) {
  // A body is written as its phrase stands, often in an oblique case ("в Кремле"): its
  // canonical name reads better.
  if (entity.organisation) return std::string();
  return entity.written != entity.name ? entity.written : std::string();
}

void Attributor::attribute(std::size_t k) {
  const Quote& q = quotes_[k];
  Spot spot{closing_sentence(q), word_at(q.mark_end), word_at(q.mark_start)};
  rule_cue_after(k, spot) || rule_cue_before(k, spot) || rule_interrupted(k, spot) ||
      rule_next_sentence(k, spot) || rule_introduction(k, spot) || rule_follow_on(k, spot) ||
      rule_continuation(k) || rule_standalone(k, spot) || rule_after_attribution(k, spot) ||
      rule_after_subject(k, spot);
}

bool Attributor::rule_cue_after(std::size_t k, const Spot& spot) {
  const CueEvent* e = event_in(spot.after, words_.size(), spot.sentence, true);
  if (e == nullptr || e->near_only) return false;
  // Only when the cue before the quote takes it: else the relaying source said it.
  if (relayed_by(*e, spot) && rule_cue_before(k, spot)) return true;
  assign(k, *e, AttributionRule::kCueAfter);
  return true;
}

bool Attributor::relayed_by(const CueEvent& e, const Spot& spot) {
  // "Grassley said that he “doesn't anticipate …,” a spokesman said": the spokesman relays
  // the words of the person whose cue introduces them.
  if (e.entity < 0 || !registry_[e.entity].description || spot.open_word >= words_.size() ||
      words_[spot.open_word].sentence != spot.sentence) {
    return false;
  }
  const CueEvent* before = event_in(0, spot.open_word, spot.sentence, false);
  if (before == nullptr || before->entity < 0 || registry_[before->entity].organisation ||
      spot.open_word - before->word > 25) {
    return false;
  }
  // Only a reported clause ("said that he", "said she would") holds the relayed words.
  for (std::size_t i = before->word + 1; i < spot.open_word; ++i) {
    Gender gender;
    bool plural;
    if (is_complementizer(words_[i].lower) || is_pronoun(words_[i].lower, &gender, &plural)) {
      return true;
    }
  }
  return false;
}

bool Attributor::rule_cue_before(std::size_t k, const Spot& spot) {
  std::size_t open_word = spot.open_word;
  int open_sentence = open_word < words_.size() ? words_[open_word].sentence : spot.sentence;
  const CueEvent* e = event_in(0, open_word, open_sentence, false);
  if (e == nullptr) return false;
  e = outer_speaker(e, open_word);
  bool introduces = e->word + 1 < words_.size() && is_complementizer(words_[e->word + 1].lower);
  std::string_view gap = body_.substr(words_[e->word].end, 3);
  bool near = e->near_only ? open_word - e->word <= 6 || naming_as(*e, open_word)
                           : open_word - e->word <= 25;
  if (!(near || introduces || e->sentence_wide || gap.find(':') != std::string_view::npos)) {
    return false;
  }
  assign(k, *e, AttributionRule::kCueBefore);
  return true;
}

bool Attributor::participle_opener(std::size_t c) const {
  const ArticleWord& w = words_[c];
  return (c == 0 || words_[c - 1].sentence != w.sentence) && !w.cyrillic && w.capitalized &&
         w.lower.size() > 5 && w.lower.ends_with("ing") && w.lower != "according";
}

bool Attributor::opens_with_participle(std::size_t c) const {
  return participle_opener(c) || (c > 0 && participle_opener(c - 1));
}

bool Attributor::naming_as(const CueEvent& e, std::size_t open_word) const {
  constexpr std::size_t kLongestObject = 12;
  // "was described by an aide as “…”": a passive names the one described, not the speaker.
  if (e.word > 0) {
    for (std::string_view be : {"is", "are", "was", "were", "be", "been", "being"}) {
      if (words_[e.word - 1].lower == be) return false;
    }
  }
  return e.near_only && open_word > e.word + 1 && open_word - e.word <= kLongestObject &&
         narrative(open_word - 1) && words_[open_word - 1].lower == "as" &&
         same_sentence(e.word, open_word - 1);
}

const CueEvent* Attributor::outer_speaker(const CueEvent* e, std::size_t open_word) const {
  std::string_view gap = body_.substr(words_[e->word].end, 3);
  bool adjacent = open_word - e->word <= 4 || gap.find(':') != std::string_view::npos ||
                  (e->word + 1 < words_.size() && is_complementizer(words_[e->word + 1].lower));
  // "X told Varnia Radio's Morning Programme: “…”": a colon just before the quote makes
  // the cue before it the one that introduces it, however far.
  if (open_word > 0 && open_word < words_.size()) {
    std::size_t from = words_[open_word - 1].end;
    std::string_view before = body_.substr(from, words_[open_word].start - from);
    adjacent = adjacent || before.find(':') != std::string_view::npos;
  }
  if (adjacent || e->sentence_wide || naming_as(*e, open_word)) return e;
  const CueEvent* outer = event_in(0, e->word, words_[e->word].sentence, true);
  if (outer == nullptr || outer->sentence_wide || outer->entity < 0) return e;
  // A participle opening the sentence ("Saying Varnia must change, Drozd argues …",
  // "Addressing claims that …, Varga told …") reports nothing that holds the main clause.
  if (opens_with_participle(outer->word)) return e;
  // ", and Trump has dismissed it as a “…”": a clause of its own after a comma and a
  // coordinator is not in the first cue's report ("Moscow has denied it, and …").
  for (std::size_t i = outer->word + 1; i < e->word; ++i) {
    std::size_t from = words_[i - 1].end;
    if (is_coordinator(words_[i].lower) &&
        body_.substr(from, words_[i].start - from).find(',') != std::string_view::npos) {
      return e;
    }
  }
  return outer;
}

bool Attributor::rule_interrupted(std::size_t k, const Spot& spot) {
  if (k == 0 || attributed_[k - 1] == nullptr || quotes_[k - 1].paragraph != quotes_[k].paragraph) {
    return false;
  }
  const CueEvent* e = attributed_[k - 1];
  std::size_t between = word_at(quotes_[k - 1].mark_end);
  // A longer attribution with an apposition ("“A,” Jane Roe, a Democrat and one of …, wrote
  // in a letter this week. “B.”") still interrupts when it is one sentence ended before B.
  bool one_sentence = spot.open_word > between && spot.open_word < words_.size() &&
                      same_sentence(between, spot.open_word - 1) &&
                      !same_sentence(spot.open_word - 1, spot.open_word);
  std::size_t limit = one_sentence ? 40 : 20;
  bool only_attribution = spot.open_word >= between && spot.open_word - between <= limit &&
                          e->word >= between && e->word < spot.open_word;
  for (std::size_t i = between; i < spot.open_word && only_attribution; ++i) {
    only_attribution = narrative(i);
  }
  if (!only_attribution) return false;
  assign(k, *e, AttributionRule::kInterrupted);
  return true;
}

bool Attributor::rule_next_sentence(std::size_t k, const Spot& spot) {
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
  if (e == nullptr || (end - next > 8 && e->word - next > 3) || reports_own_clause(*e)) {
    return false;
  }
  assign(k, *e, AttributionRule::kNextSentence);
  return true;
}

bool Attributor::reports_own_clause(const CueEvent& e) const {
  std::size_t next = e.word + 1;
  if (next >= words_.size() || !narrative(next) || !same_sentence(next, e.word)) return false;
  const std::string& w = words_[next].lower;
  bool gerund = !words_[next].cyrillic && w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0;
  return is_complementizer(w) || gerund;
}

bool Attributor::rule_introduction(std::size_t k, const Spot& spot) {
  if (spot.open_word == 0 || !narrative(spot.open_word - 1)) return false;
  std::size_t prev = spot.open_word - 1;
  std::string_view gap = body_.substr(words_[prev].end, quotes_[k].mark_start - words_[prev].end);
  if (gap.find(':') == std::string_view::npos) return false;
  if (const CueEvent* e = event_in(0, spot.open_word, words_[prev].sentence, false)) {
    assign(k, *e, AttributionRule::kIntroduction);
    return true;
  }
  auto subject = name_before_colon(prev);
  if (subject.first >= subject.second) {
    // "Graham Lane, leader of the Labour group on Newham Council: “…”": in a vox pop the
    // name that opens the sentence speaks, not the description after it.
    std::size_t first = prev;
    while (first > 0 && same_sentence(first - 1, prev)) --first;
    subject = opening_subject(first, prev + 1);
    if (!vox_pop_name(subject)) subject = {0, 0};
  }
  if (subject.first >= subject.second) subject = sentence_subject(words_[prev].sentence, prev + 1);
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

std::pair<std::size_t, std::size_t> Attributor::name_before_colon(std::size_t prev) const {
  if (!words_[prev].cyrillic || !words_[prev].capitalized) return {0, 0};
  std::size_t begin = prev + 1;
  while (begin > 0 && narrative(begin - 1) && same_sentence(begin - 1, prev) &&
         (begin == prev + 1 || !separated(begin - 1, begin)) &&
         subject_word(begin - 1, near_title(begin - 1))) {
    --begin;
  }
  Subject s = analyze(begin, prev + 1);
  if (s.name.size() < 2 || s.organisation ||
      !russian_nominative_name(s.name[s.name.size() - 2], prev)) {
    return {0, 0};
  }
  return {begin, prev + 1};
}

bool Attributor::clear_between(std::size_t k, std::size_t open_word, const std::string& previous,
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

bool Attributor::same_sentence_fragment(std::size_t k, const Spot& spot) const {
  std::size_t between = word_at(quotes_[k - 1].mark_end);
  if (spot.open_word >= words_.size() || between >= spot.open_word ||
      closing_sentence(quotes_[k - 1]) != words_[spot.open_word].sentence) {
    return false;
  }
  for (const CueEvent& e : events_) {
    if (e.word >= between && e.word < spot.open_word) return false;
  }
  for (std::size_t i = between; i < spot.open_word; ++i) {
    if (!narrative(i)) return false;
  }
  return true;
}

bool Attributor::rule_follow_on(std::size_t k, const Spot& spot) {
  if (k == 0 || attributed_[k - 1] == nullptr || quotes_[k - 1].paragraph != quotes_[k].paragraph ||
      quotes_[k - 1].speaker.empty() ||
      !(clear_between(k, spot.open_word, quotes_[k - 1].speaker, 40) ||
        same_sentence_fragment(k, spot))) {
    return false;
  }
  assign(k, *attributed_[k - 1], AttributionRule::kFollowOn);
  return true;
}

bool Attributor::rule_continuation(std::size_t k) {
  if (!quotes_[k].continuation || k == 0 || attributed_[k - 1] == nullptr) return false;
  assign(k, *attributed_[k - 1], AttributionRule::kContinuation);
  return true;
}

bool Attributor::rule_standalone(std::size_t k, const Spot& spot) {
  const Quote& q = quotes_[k];
  if (k == 0 || attributed_[k - 1] == nullptr || quotes_[k - 1].speaker.empty() ||
      quotes_[k - 1].paragraph + 1 < q.paragraph || !opens_paragraph_alone(spot)) {
    return false;
  }
  if (!clear_between(k, spot.open_word, quotes_[k - 1].speaker, 30)) return false;
  assign(k, *attributed_[k - 1], AttributionRule::kContinuation);
  return true;
}

bool Attributor::own_sentence_after_narrative(const Spot& spot) const {
  std::size_t open = spot.open_word;
  if (open == 0 || open >= words_.size() || !narrative(open - 1) ||
      words_[open - 1].sentence == words_[open].sentence ||
      words_[open - 1].paragraph != words_[open].paragraph) {
    // Word paragraphs, not quotes_[k].paragraph: the two count blank lines at the start of
    // the body differently.
    return false;  // the quote does not open a sentence right after narrative of its paragraph
  }
  // Words of its own sentence after it: a cue would have been there.
  return spot.after >= words_.size() || !narrative(spot.after) ||
         words_[spot.after].sentence != spot.sentence;
}

bool Attributor::rule_after_attribution(std::size_t k, const Spot& spot) {
  if (!own_sentence_after_narrative(spot)) return false;
  std::size_t open = spot.open_word;
  int before = words_[open - 1].sentence;
  const CueEvent* e = event_in(0, open, before, false);
  if (e == nullptr || e->entity < 0) return false;
  for (std::size_t i = e->word + 1; i < open; ++i) {
    // "The problem, according to Mr Lane, is Mr Doe himself. “…”": the names a sentence-wide
    // cue reports and the cue's own subject are no other speaker.
    bool other_name = words_[i].capitalized && !is_stop_capital(words_[i].lower) &&
                      !e->sentence_wide && e->as_written.find(text(i)) == std::string::npos;
    if (!narrative(i) || other_name) {
      return false;  // another quote or another name after the attribution
    }
  }
  assign(k, *e, AttributionRule::kContinuation);
  return true;
}

bool Attributor::rule_after_subject(std::size_t k, const Spot& spot) {
  if (!own_sentence_after_narrative(spot) || !first_person(k)) return false;
  std::size_t open = spot.open_word;
  std::size_t first = open - 1;
  while (first > 0 && same_sentence(first - 1, open - 1)) --first;
  for (std::size_t i = first; i < open; ++i) {
    if (!narrative(i)) return false;  // a quote in the sentence before: its speaker is known
  }
  for (const CueEvent& e : events_) {
    if (e.word >= first && e.word < open) return false;  // a cue there: not this rule's case
  }
  auto [begin, end] = opening_subject(first, open);
  if (begin >= end) return false;
  std::size_t gap_from = words_[end - 1].end;
  if (end < open &&
      body_.substr(gap_from, words_[end].start - gap_from).find(':') != std::string_view::npos) {
    return false;  // "Vladimir Putin: That's great! “Would you …?”": a turn quoting others
  }
  for (std::size_t i = end; i + 1 < open; ++i) {
    // "… met Tom Reyes": a second full name after the subject may be the speaker too.
    bool full_name = words_[i].capitalized && words_[i + 1].capitalized &&
                     !is_stop_capital(words_[i].lower) && !separated(i, i + 1);
    if (full_name || registry_.known(words_[i].lower) >= 0) return false;
  }
  CueEvent& e = introductions_.emplace_back();
  e.word = begin;
  e.has_subject = true;
  e.entity = resolve(begin, end, static_cast<long>(begin), Gender::kUnknown);
  record_mention(e, begin, end);
  if (e.entity < 0 || registry_[e.entity].organisation || registry_[e.entity].description ||
      e.mention != SpeakerMention::kName ||
      registry_[e.entity].name.find(' ') == std::string::npos) {
    return false;
  }
  assign(k, e, AttributionRule::kContext);
  return true;
}

std::pair<std::size_t, std::size_t> Attributor::opening_subject(std::size_t first,
                                                                std::size_t open) const {
  // "His friend, Saxon Spence, leader of …, lays the blame …": the first name at a clause
  // start, after at most a short lower-case opener.
  constexpr std::size_t kOpener = 4;
  for (std::size_t j = first; j < open && j <= first + kOpener; ++j) {
    const ArticleWord& w = words_[j];
    if (!w.capitalized || is_stop_capital(w.lower) || !clause_start(j)) continue;
    std::size_t end = j;
    while (end < open && (end == j || !separated(end - 1, end)) &&
           subject_word(end, near_title(end))) {
      ++end;
    }
    std::size_t capitals = 0;
    for (std::size_t i = j; i < end; ++i) capitals += words_[i].capitalized ? 1 : 0;
    // A person's name or an honorific and a surname ("Saxon Spence", "Mr Blair"), not a lone
    // capitalised word ("Switzerland, Ireland and …", "Possibly a …").
    if (capitals >= 2 && !words_[end - 1].possessive) return {j, end};
    return {0, 0};
  }
  return {0, 0};
}

bool Attributor::vox_pop_name(std::pair<std::size_t, std::size_t> phrase) const {
  auto [begin, end] = phrase;
  if (begin >= end || end >= words_.size()) return false;
  for (std::size_t i = begin; i < end; ++i) {
    if (!words_[i].capitalized || is_title(words_[i]) || is_org(words_[i])) return false;
  }
  std::string_view gap = body_.substr(words_[end - 1].end, words_[end].start - words_[end - 1].end);
  return gap.find(',') != std::string_view::npos;
}

bool Attributor::first_person(std::size_t k) const {
  for (std::size_t i = word_at(quotes_[k].start);
       i < words_.size() && words_[i].quote == static_cast<int>(k); ++i) {
    if (is_first_person(words_[i].lower)) return true;
  }
  return false;
}

bool Attributor::opens_paragraph_alone(const Spot& spot) const {
  if (alone_in_paragraph(spot)) return true;
  std::size_t first = spot.open_word;
  if (first >= words_.size() || spot.after == 0 || spot.after >= words_.size()) return false;
  bool starts = first == 0 || words_[first - 1].paragraph != words_[first].paragraph;
  // "“…” Mr Roe also used the visit to …": the quote's sentence ends inside its marks.
  return starts && words_[spot.after].sentence != spot.sentence &&
         words_[spot.after].sentence != words_[first].sentence;
}

bool Attributor::alone_in_paragraph(const Spot& spot) const {
  std::size_t first = spot.open_word;
  if (first >= words_.size() || spot.after == 0) return false;
  bool starts = first == 0 || words_[first - 1].paragraph != words_[first].paragraph;
  std::size_t last = spot.after - 1;
  bool ends = spot.after >= words_.size() || words_[spot.after].paragraph != words_[last].paragraph;
  return starts && ends;
}

}  // namespace rostra
