#include "common/quotes/attributor.h"

#include <unicode/utf8.h>

#include "common/quotes/cue_verbs.h"

namespace rostra {

void Attributor::read_in_order() {
  for (std::size_t i = 0; i < words_.size(); ++i) {
    if (!narrative(i)) continue;
    const ArticleWord& w = words_[i];
    bool subject_like = clause_start(i) && !w.possessive && !in_reported_clause(i);
    if (!participle_opener(i) && cue_event(i)) continue;
    if (std::size_t last = meet_russian_source(i); last > i) {
      i = last;
      continue;
    }
    if (is_title(w) || is_demonym_word(w) || office_modifier(i, words_.size())) {
      std::size_t end = i;
      while (end < words_.size() && (end == i || !separated(end - 1, end)) &&
             subject_word(end, near_title(end)) && !is_cue_word(words_[end].lower)) {
        ++end;
      }
      Subject s = analyze(i, end);
      if (!s.name.empty()) {
        int e = resolve(i, end, static_cast<long>(i), Gender::kUnknown);
        // A Russian name is a subject by its case, wherever it stands ("Степана Бандеру он
        // называл" opens with an object).
        bool subject = words_[end - 1].cyrillic
                           ? russian_subject(s.name.front(), end - 1, subject_like)
                           : subject_like;
        if (subject && !words_[end - 1].possessive) registry_.mark_salient(e, static_cast<long>(i));
        i = end - 1;
      }
      continue;
    }
    // "the New York Times", "the Daily Telegraph": a name after "the" is no person.
    bool after_the = i > 0 && words_[i - 1].lower == "the";
    if (w.capitalized && !w.all_caps && !is_stop_capital(w.lower) && !after_the) {
      int known = registry_.known(w.lower);
      if (known < 0 && !single_letter(i) && middle_initial(i)) {
        // "Michael R. Bloomberg", "Samuel L Jackson": a forename, an initial and a surname;
        // later mentions of the surname join the full name.
        bool stop = body_[words_[i + 1].end] == '.';
        registry_.person({name_text(i), name_text(i + 1) + (stop ? "." : ""), name_text(i + 2)});
        i += 2;
        continue;
      }
      // "Recently I spoke", "R. Bloomberg": a single letter is an initial or a pronoun, never
      // a forename or surname of a two-word name.
      if (known < 0 && w.lower != "the" && i + 1 < words_.size() && narrative(i + 1) &&
          !single_letter(i) && !single_letter(i + 1) && !separated(i, i + 1) &&
          words_[i + 1].capitalized && !words_[i + 1].all_caps && !is_org(words_[i + 1]) &&
          !is_org(w) && !is_title(words_[i + 1]) &&
          !(i + 2 < words_.size() && narrative(i + 2) && !separated(i + 1, i + 2) &&
            words_[i + 2].capitalized)) {
        // A two-word name ("Вера Самойлова"): later surnames join it.
        std::vector<std::string> name = nominative_name(i);
        if (name.empty()) {
          ++i;
          continue;
        }
        registry_.person(name);
        bool subject = words_[i + 1].cyrillic
                           ? russian_subject(std::string(text(i)), i + 1, subject_like)
                           : subject_like;
        if (subject && !words_[i + 1].possessive) {
          registry_.mark_salient(registry_.known(words_[i + 1].lower), static_cast<long>(i));
        }
        ++i;
        continue;
      }
      if (known < 0 && subject_like && age_apposition(i)) {
        // "McCain, 81, missed votes": a surname with an age is a person later pronouns mean.
        known = registry_.person({name_text(i)});
      }
      if (subject_like && !(w.cyrillic && oblique_case(w.lower))) {
        registry_.mark_salient(known, static_cast<long>(i));
      }
    }
  }
}

bool Attributor::single_letter(std::size_t i) const {
  const std::string& w = words_[i].lower;
  std::size_t length = 0;
  U8_FWD_1_UNSAFE(w.data(), length);
  return !w.empty() && length == w.size();
}

bool Attributor::middle_initial(std::size_t i) const {
  // "I" is a pronoun or a numeral ("World War I. The …"), "A" an article.
  if (i + 3 > words_.size() || !narrative(i + 1) || !narrative(i + 2) || separated(i, i + 1) ||
      !single_letter(i + 1) || !words_[i + 1].capitalized || words_[i + 1].lower == "i" ||
      (body_.substr(words_[i + 1].end, 2) != ". " &&
       (body_.substr(words_[i + 1].end, 1) != " " || words_[i + 1].lower == "a"))) {
    return false;
  }
  const ArticleWord& surname = words_[i + 2];
  bool more = i + 3 < words_.size() && narrative(i + 3) && !separated(i + 2, i + 3) &&
              words_[i + 3].capitalized;
  return surname.capitalized && !surname.all_caps && !single_letter(i + 2) && !more &&
         !is_stop_capital(surname.lower) && !is_stop_capital(words_[i].lower) && !is_org(surname) &&
         !is_title(surname) && !is_org(words_[i]) && !is_title(words_[i]);
}

bool Attributor::age_apposition(std::size_t j) const {
  if (j + 2 >= words_.size() || words_[j].cyrillic || words_[j].possessive ||
      is_stop_capital(words_[j].lower) || !narrative(j + 1) || !same_sentence(j, j + 1)) {
    return false;
  }
  const std::string& age = words_[j + 1].lower;
  if (age.empty() || age.size() > 3 ||
      !std::all_of(age.begin(), age.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) {
    return false;
  }
  auto comma_between = [&](std::size_t a, std::size_t b) {
    return body_.substr(words_[a].end, words_[b].start - words_[a].end) == ", ";
  };
  return comma_between(j, j + 1) && comma_between(j + 1, j + 2);
}

std::vector<std::string> Attributor::nominative_name(std::size_t i) const {
  return nominative_full_name(text(i), text(i + 1));
}

bool Attributor::russian_nominative_name(const std::string& forename, std::size_t last) const {
  return words_[last].cyrillic && !oblique_case(words_[last].lower) &&
         !oblique_forename(forename, last) && !in_reported_clause(last);
}

bool Attributor::oblique_forename(const std::string& forename, std::size_t last) const {
  return nominative_forename(forename) != forename ||
         (words_[last].cyrillic && genitive_only_surname(words_[last].lower) &&
          forename_from_oblique(forename) != forename);
}

bool Attributor::after_preposition(std::size_t begin) const {
  std::size_t k = begin;
  if (k > 0 && words_[k - 1].lower == "the") --k;
  if (k == 0 || k == begin + 2 || !narrative(k - 1) || separated(k - 1, k) ||
      words_[k - 1].cyrillic) {
    return false;
  }
  // Only words that are never conjunctions: "after Mr Roe said" has Roe for subject.
  for (std::string_view w :
       {"from", "to", "with", "by", "against", "for", "at", "in", "on", "into", "about", "among",
        "between", "towards", "toward", "over", "under", "without", "via"}) {
    if (words_[k - 1].lower == w) return true;
  }
  return false;
}

std::size_t Attributor::name_after_object(std::pair<std::size_t, std::size_t> phrase) const {
  bool object = false;  // a word of the object before the subject's title
  for (std::size_t k = phrase.first; k < phrase.second; ++k) {
    Gender g;
    bool title = is_honorific(words_[k].lower) || is_title_word(words_[k].lower, &g);
    if (title && object) return k;
    object = object || (!title && words_[k].lower != "the");
  }
  return phrase.second;
}

bool Attributor::russian_subject(const std::string& forename, std::size_t last,
                                 bool clause_start) const {
  // At a clause start only a forename in an oblique case ("Степана Бандеру он называл") says
  // object; an indeclinable surname ("Энди Маррей") looks oblique by its ending.
  if (clause_start) return !oblique_forename(forename, last);
  return russian_nominative_name(forename, last);
}

bool Attributor::in_reported_clause(std::size_t i) const {
  return !events_.empty() && events_.back().word < i && same_sentence(events_.back().word, i) &&
         !events_.back().sentence_wide;
}

bool Attributor::in_named_report(std::size_t c) const {
  if (!in_reported_clause(c) || events_.back().entity < 0) return false;
  for (std::size_t i = events_.back().word + 1; i < c; ++i) {
    if (!narrative(i)) return false;  // a quote between ends the reported clause
  }
  return true;
}

bool Attributor::after_comma(std::size_t c) const {
  return c > 0 && c + 1 < words_.size() && narrative(c - 1) &&
         (is_indefinite_determiner(words_[c + 1].lower) || words_[c + 1].lower == "the") &&
         body_.substr(words_[c - 1].end, words_[c].start - words_[c - 1].end).find(',') !=
             std::string_view::npos;
}

bool Attributor::passive_report(std::size_t c) const {
  if (words_[c].cyrillic || c == 0 || c + 2 >= words_.size() || words_[c + 1].lower != "to") {
    return false;
  }
  const std::string& verb = words_[c + 2].lower;
  const std::string& before = words_[c - 1].lower;
  // "Russia claimed to have …" is active: only after a form of "be" or an adverb.
  bool passive = before == "is" || before == "was" || before == "are" || before == "were" ||
                 before == "been" || before == "be" ||
                 (before.size() > 4 && before.ends_with("ly"));
  // "is alleged to have told": the verb after it is the cue. Only a quote right after the
  // infinitive ("is reported to be “pro-life”"), or one in its subject with no cue before
  // ("the “failing” agency widely reported to have resigned"), is what no one named said.
  bool cue_after = c + 3 < words_.size() && is_cue_word(words_[c + 3].lower);
  bool quote_next = c + 3 < words_.size() && !narrative(c + 3);
  bool quote_in_subject = false;
  for (std::size_t i = c; i > 0 && same_sentence(i - 1, c) && !quote_in_subject; --i) {
    quote_in_subject = !narrative(i - 1);
  }
  quote_in_subject =
      quote_in_subject && (events_.empty() || !same_sentence(events_.back().word, c));
  return passive && !cue_after && (quote_next || quote_in_subject) &&
         (verb == "have" || verb == "be" || verb == "been");
}

bool Attributor::noun_subject_before(std::size_t c) const {
  // A participle ("dismissed the figures insisting …") shares its clause's subject.
  if (c < 2 || words_[c].cyrillic || words_[c].lower.ends_with("ing") || !narrative(c - 1) ||
      !narrative(c - 2) || !same_sentence(c - 2, c) || separated(c - 2, c - 1) ||
      separated(c - 1, c)) {
    return false;
  }
  const ArticleWord& noun = words_[c - 1];
  Gender gender;
  bool plural;
  if (noun.capitalized || noun.lower.size() < 3 || noun.lower.ends_with("ly") ||
      is_function_word(noun.lower) || is_preposition(noun.lower) ||
      is_pronoun(noun.lower, &gender, &plural) || is_object_pronoun(noun.lower) ||
      is_possessive_pronoun(noun.lower) || is_adverb_or_auxiliary(noun.lower) ||
      is_time_word(noun.lower) || is_clause_opener(noun.lower) || is_complementizer(noun.lower) ||
      is_quantifier_or_conjunction(noun.lower) || is_cue_word(noun.lower)) {
    return false;
  }
  // "when people asked", "if voters say", "the men said": a group of its own, unless in
  // another's report ("Roe said the deals pointed to “…”" leaves the words to Roe); "a
  // woman said": someone new. A singular definite noun ("the singer said") is most often
  // the person the story is about, and an adverb ("and never thought") is no subject.
  const std::string& before = words_[c - 2].lower;
  bool adverb = false;
  for (std::string_view a :
       {"always", "perhaps", "sometimes", "thus", "afterwards", "nevertheless"}) {
    adverb = adverb || noun.lower == a;
  }
  bool group = !adverb && (noun.lower.ends_with("s") || noun.lower.ends_with("men") ||
                           noun.lower == "people" || noun.lower == "children");
  bool opener = (is_clause_opener(before) && before != "who" && before != "which") ||
                before == "if" || before == "because" || before == "after" || before == "before" ||
                before == "until" || before == "once";
  if (opener) return group;
  return (is_indefinite_determiner(before) || (before == "the" && group)) && !in_named_report(c);
}

bool Attributor::after_auxiliary(std::size_t c) const {
  return c > 0 && is_auxiliary_before_bare_cue(words_[c - 1].lower);
}

std::pair<std::size_t, std::size_t> Attributor::cue_verb_subject(std::size_t c, CueEvent& event,
                                                                 bool& quoting) const {
  event.cue = words_[c].lower;
  event.near_only = is_naming_cue(words_[c].lower);
  if (c + 3 < words_.size() && words_[c + 1].lower == "in" && words_[c + 2].lower == "a" &&
      words_[c + 3].lower == "statement") {
    event.cue += " in a statement";
  }
  auto quoted = quoted_person(c, &quoting);
  auto subject = quoting ? quoted : subject_before(c);
  if (after_preposition(subject.first)) subject = {name_after_object(subject), subject.second};
  if (subject.first == subject.second && !quoting) subject = apposition_name(c);
  if (subject.first == subject.second && !quoting && inverted_allowed(c)) {
    subject = subject_after(c);
  }
  if (subject.first == subject.second && !quoting && after_comma(c)) {
    auto described = descriptors_after(c + 1, c);
    if (described.second > 0) subject = described;
  }
  return subject;
}

bool Attributor::cue_event(std::size_t c) {
  const ArticleWord& w = words_[c];
  Gender gender = Gender::kUnknown;
  bool quoting = false;  // a verb relaying another's words: its object is the speaker
  CueEvent event;
  event.word = c;
  std::pair<std::size_t, std::size_t> subject{0, 0};
  if (w.lower == "according" && c + 2 < words_.size() && words_[c + 1].lower == "to") {
    event.cue = "according to";
    subject = subject_after(c + 1);
    event.sentence_wide = true;
  } else if (w.lower == "по" && c + 2 < words_.size() && is_according_noun(words_[c + 1].lower)) {
    event.cue = "по " + words_[c + 1].lower;
    subject = subject_after(c + 1);
    event.sentence_wide = true;
  } else if (w.lower == "по" && c + 2 < words_.size() && is_view_noun(words_[c + 2].lower) &&
             is_object_pronoun(words_[c + 1].lower)) {
    event.cue = "по " + words_[c + 2].lower;
    subject = {c + 1, c + 2};
    event.sentence_wide = true;
  } else if (w.lower == "made" && c + 2 < words_.size() && words_[c + 1].lower == "the" &&
             is_remark_noun(words_[c + 2].lower)) {
    event.cue = "made the " + words_[c + 2].lower;
    subject = subject_before(c);
  } else if (is_cue_word(w.lower) && passive_report(c)) {
    // "… is widely reported to be “…”": said by no one the text names.
    event.cue = w.lower;
    event.has_subject = true;
    events_.push_back(std::move(event));
    return true;
  } else if (is_cue_word(w.lower, &gender) && !(is_bare_cue(w.lower) && !after_auxiliary(c))) {
    subject = cue_verb_subject(c, event, quoting);
  } else if (w.lower == "put" && c + 1 < words_.size() && words_[c + 1].lower == "it" &&
             narrative(c + 1)) {
    // "one “secret weapon”, as one activist put it": "as X put it" credits the words to X.
    event.cue = "put it";
    subject = subject_before(c);
    if (subject.first == 0 || words_[subject.first - 1].lower != "as") return false;
  } else if (w.lower == "read" && c > 0 && narrative(c - 1) &&
             is_document_noun(words_[c - 1].lower)) {
    event.cue = "read";  // "The letter read:": past tense after a document
    subject = subject_before(c);
  } else {
    return false;
  }
  event.has_subject = subject.first < subject.second;
  if (!event.has_subject && !quoting && event.cue != "according to" &&
      event.cue.rfind("по ", 0) != 0) {
    subject = subject_without_a_phrase(event, c);
  }
  if (event.has_subject && subject.first < subject.second) {
    event.entity = resolve(subject.first, subject.second, static_cast<long>(c), gender,
                           event.sentence_wide || (quoting && words_[c].cyrillic));
    record_mention(event, subject.first, subject.second);
    if (event.entity < 0 && !event.sentence_wide && !quoting) {
      resolve_apposition(event, subject, gender);
    }
    // "The letter, from …, says:" with no author found: the other rules may find one.
    if (event.entity < 0 && is_document_noun(words_[subject.second - 1].lower) &&
        subject.second + 1 < c) {
      event.has_subject = false;
    }
  }
  if (event.entity >= 0 && gender != Gender::kUnknown &&
      registry_[event.entity].gender == Gender::kUnknown && !registry_[event.entity].organisation) {
    registry_[event.entity].gender = gender;
  }
  // "Roe said that when Doe had announced it …": a cue in another's reported clause makes
  // no subject for later pronouns.
  if (!in_named_report(c)) registry_.mark_salient(event.entity, static_cast<long>(c));
  events_.push_back(std::move(event));
  return true;
}

// A cue with no subject phrase of its own ("… and stressed", "when people asked", "said:"):
// the subject it shares with the verb before it, none, or the sentence's subject. Returns
// the subject words (empty when the event is settled without them).
std::pair<std::size_t, std::size_t> Attributor::subject_without_a_phrase(CueEvent& event,
                                                                         std::size_t c) {
  std::pair<std::size_t, std::size_t> subject{0, 0};
  if (c > 0 && is_coordinator(words_[c - 1].lower) && !events_.empty() &&
      same_sentence(events_.back().word, c) && events_.back().has_subject) {
    // "Putin added …, but stressed that …": the second verb shares the subject.
    event.has_subject = true;
    event.entity = events_.back().entity;
    event.mention = events_.back().mention;
    event.as_written = events_.back().as_written;
  } else if (noun_subject_before(c)) {
    // "when people asked “…”": the cue's own subject is no one the article names; the
    // sentence's opening name is not it. The event holds the quotes near it with no speaker
    // and no cue, so a short term among them is still classed as the other unattributed.
    event.has_subject = true;
    event.cue.clear();
  } else {
    subject = sentence_subject(c);
    event.has_subject = subject.first < subject.second;
  }
  return subject;
}

void Attributor::resolve_apposition(CueEvent& event, std::pair<std::size_t, std::size_t> subject,
                                    Gender gender) {
  std::size_t c = event.word;
  auto head = sentence_subject(c);
  if (head.first >= head.second || head == subject || head.second > subject.first) return;
  event.entity = resolve(head.first, head.second, static_cast<long>(c), gender);
  record_mention(event, head.first, head.second);
}

void Attributor::record_mention(CueEvent& e, std::size_t begin, std::size_t end) {
  if (e.entity < 0 || begin >= end) return;
  e.as_written.assign(body_.substr(words_[begin].start, words_[end - 1].end - words_[begin].start));
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
  } else if (registry_[e.entity].description) {
    e.mention = SpeakerMention::kDescription;  // "a spokesman", "officials": no name
  } else if (registry_[e.entity].organisation) {
    e.mention = SpeakerMention::kOrganisation;
  } else {
    e.mention = capital ? SpeakerMention::kName : SpeakerMention::kRole;
  }
}

}  // namespace rostra
