#include "common/quotes/speaker_turns.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "common/base/case_fold.h"
#include "common/base/utf8.h"
#include "common/quotes/attribution_lexicon.h"

namespace rostra {
namespace {

struct Paragraph {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::uint32_t index = 0;
};

struct Label {
  std::string text;                // as written, without the colon
  std::vector<std::string> words;  // its words
  std::uint32_t text_start = 0;    // first byte after the colon and spaces
  bool interview = false;          // "Question:", "Q:", "A:"
};

bool capitalised(std::string_view w) {
  if (w.empty()) return false;
  auto c = static_cast<unsigned char>(w[0]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  // Cyrillic capitals А..Я (U+0410..U+042F) and Ё (U+0401): lead bytes 0xD0 0x81..0xAF.
  return w.size() >= 2 && c == 0xD0 && static_cast<unsigned char>(w[1]) >= 0x81 &&
         static_cast<unsigned char>(w[1]) <= 0xAF;
}

bool connector(std::string_view w) {
  return w == "of" || w == "the" || w == "and" || w == "de" || w == "von" || w == "van" ||
         w == "for";
}

// Mail and news header fields ("From:", "Subject:", "Source:") and editorial labels
// ("Note:", "Correction:", "Reporting:"): not speakers.
bool header_label(std::string_view w) {
  for (std::string_view label :
       {"From", "Subject", "Source", "To", "Date", "Organization", "Lines", "Sender", "Reply-To",
        "Note", "Correction", "Reporting", "Editing", "Writing", "Caption", "Disclaimer"}) {
    if (w == label) return true;
  }
  return false;
}

bool interview_label(std::string_view w) {
  return w == "Question" || w == "Q" || w == "A" || w == "Answer" || w == "Вопрос" ||
         w == "Ответ" || w == "Реплика" || w == "Remark";
}

std::vector<Paragraph> paragraphs_of(std::string_view body) {
  std::vector<Paragraph> out;
  std::size_t start = 0;
  std::uint32_t index = 0;
  while (start < body.size()) {
    std::size_t end = body.find("\n\n", start);
    if (end == std::string_view::npos) end = body.size();
    out.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end), index++});
    start = end + 2;
  }
  return out;
}

// "STEPHANOPOULOS" -> "Stephanopoulos", "ПУТИН" -> "Путин": a word in capitals (two letters
// or more) in title case; other words as written.
std::string title_case(const std::string& w) {
  std::u32string letters;
  auto* s = reinterpret_cast<const uint8_t*>(w.data());
  int32_t i = 0;
  int upper = 0;
  int lower = 0;
  while (i < static_cast<int32_t>(w.size())) {
    UChar32 c;
    U8_NEXT(s, i, static_cast<int32_t>(w.size()), c);
    if (c < 0) return w;
    upper += u_isupper(c) ? 1 : 0;
    lower += u_islower(c) ? 1 : 0;
    letters.push_back(static_cast<char32_t>(c));
  }
  if (upper < 2 || lower > 0) return w;
  std::string out;
  bool first = true;
  for (char32_t c : letters) {
    append_utf8(out, first ? c : static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))));
    first = first && !u_isalpha(static_cast<UChar32>(c));
  }
  return out;
}

// The speaker label opening paragraph `p`, if it opens with one.
std::optional<Label> label_of(std::string_view body, const Paragraph& p) {
  std::uint32_t begin = p.begin;
  while (begin < p.end && (body[begin] == ' ' || body[begin] == '\n' || body[begin] == '\t')) {
    ++begin;
  }
  std::string_view text = body.substr(begin, p.end - begin);
  std::size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 80 || colon + 1 >= text.size() ||
      text[colon + 1] != ' ') {
    return std::nullopt;
  }
  Label label;
  label.text = std::string(text.substr(0, colon));
  // "President of\u00A0Russia …": no-break spaces separate the label's words too; a note
  // in parentheses after the name ("Jane Roe (retranslated):") is no part of it.
  for (std::size_t nbsp = label.text.find("\xC2\xA0"); nbsp != std::string::npos;
       nbsp = label.text.find("\xC2\xA0", nbsp)) {
    label.text.replace(nbsp, 2, " ");
  }
  if (std::size_t open = label.text.find(" (");
      open != std::string::npos && label.text.back() == ')') {
    label.text.resize(open);
  }
  std::size_t from = 0;
  while (from < label.text.size()) {
    std::size_t space = label.text.find(' ', from);
    if (space == std::string::npos) space = label.text.size();
    if (space > from) label.words.push_back(label.text.substr(from, space - from));
    from = space + 1;
  }
  if (label.words.empty() || label.words.size() > 8) return std::nullopt;
  if (label.words.size() == 1 && header_label(title_case(label.words[0]))) return std::nullopt;
  label.interview = label.words.size() == 1 && interview_label(title_case(label.words[0]));
  for (const std::string& w : label.words) {
    if (!capitalised(w) && !connector(w)) return std::nullopt;
    if (w.find_first_of(",;!?\"()") != std::string::npos) return std::nullopt;
  }
  if (!capitalised(label.words.back())) return std::nullopt;
  label.text_start = begin + static_cast<std::uint32_t>(colon) + 1;
  while (label.text_start < p.end && body[label.text_start] == ' ') ++label.text_start;
  return label;
}

std::string lower_ascii(std::string w) {
  for (char& c : w) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return w;
}

// The label's words in title case, without a leading "the" or honorific ("MR.
// STEPHANOPOULOS" -> "Stephanopoulos", "THE PRESIDENT" -> "President").
std::vector<std::string> name_words(const Label& label) {
  std::vector<std::string> words;
  for (const std::string& w : label.words) {
    std::string word = title_case(w);
    std::string lower = lower_ascii(word);
    if (!lower.empty() && lower.back() == '.') lower.pop_back();
    if (words.empty() && (lower == "the" || is_honorific(lower))) continue;
    words.push_back(word);
  }
  return words;
}

// "President of Russia Vladimir Putin", "Prime Minister Jane Roe": three or more words, a
// title among those before the last two, and the last two capitalised.
bool titled_name(const Label& label) {
  const std::vector<std::string>& w = label.words;
  if (label.interview || w.size() < 3) return false;
  bool title = false;
  for (std::size_t i = 0; i + 2 < w.size(); ++i) {
    std::string lower = lower_ascii(w[i]);
    title = title || is_title_word(lower) || is_russian_title_form(lower);
  }
  return title && capitalised(w[w.size() - 2]) && capitalised(w.back()) &&
         !is_title_word(lower_ascii(w.back()));
}

// "President of Russia Vladimir Putin" -> "Vladimir Putin": with a title or a connector in
// the label, the last two words name the person. A label of titles alone ("THE PRESIDENT",
// "Moderator") names a role: the publisher's office holder when the office has it, else
// nobody.
std::string speaker_of(const Label& label, const OfficeHolder& publisher) {
  if (label.interview) return std::string();
  std::vector<std::string> words = name_words(label);
  if (words.empty()) return std::string();
  bool titled = false;
  bool only_titles = true;
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string lower = lower_ascii(words[i]);
    bool title = is_title_word(lower) || is_russian_title_form(lower);
    only_titles = only_titles && (title || connector(lower));
    if (i + 2 < words.size()) titled = titled || connector(lower) || title;
  }
  if (only_titles) {
    std::string role = lower_ascii(words.front());
    bool holds =
        std::find(publisher.roles.begin(), publisher.roles.end(), role) != publisher.roles.end();
    return holds ? publisher.name : std::string();
  }
  if (titled || words.size() > 3) return words[words.size() - 2] + " " + words.back();
  // "SECRETARY RILEY:": a title before a surname is not part of the name.
  if (words.size() == 2 && is_title_word(lower_ascii(words.front()))) return words.back();
  std::string name;
  for (const std::string& w : words) name += (name.empty() ? "" : " ") + w;
  return name;
}

// The words of a body as written (runs of letters and digits, with ' ’ - between them), to
// tell a name from a common noun: which are written in lower case, and how often each is.
struct BodyWords {
  std::set<std::string, std::less<>> lower_case;
  std::map<std::string, int, std::less<>> count;
};

BodyWords body_words(std::string_view body) {
  BodyWords out;
  auto* s = reinterpret_cast<const uint8_t*>(body.data());
  const auto size = static_cast<int32_t>(body.size());
  int32_t i = 0;
  std::string word;
  bool lower = false;
  auto flush = [&] {
    while (!word.empty() && (word.back() == '-' || word.back() == '\'')) word.pop_back();
    if (!word.empty()) {
      ++out.count[word];
      if (lower) out.lower_case.insert(word);
    }
    word.clear();
  };
  while (i < size) {
    UChar32 c;
    U8_NEXT(s, i, size, c);
    if (c >= 0 && (u_isalnum(c) || (!word.empty() && (c == '-' || c == '\'' || c == 0x2019)))) {
      if (word.empty()) lower = u_islower(c);
      append_utf8(word, c == 0x2019 ? '\'' : static_cast<char32_t>(c));
    } else {
      flush();
    }
  }
  flush();
  return out;
}

// Does the body write `word` (a label's word in title case) in lower case, or its plural or
// singular ("Ideas", "Duration", "Cookie")? Then it is a common noun, not a name.
bool written_lower_case(const BodyWords& words, const std::string& word) {
  std::string lower = fold_case(word);
  if (lower.empty() || lower == word) return false;
  bool plural = lower.size() > 3 && lower.back() == 's';
  return words.lower_case.contains(lower) || words.lower_case.contains(lower + "s") ||
         (plural && words.lower_case.contains(lower.substr(0, lower.size() - 1)));
}

// What a label says about who speaks.
enum class LabelKind {
  kName,       // a name or a titled role: "Karel Dvorak", "MR. STEPHANOPOULOS", "THE PRESIDENT"
  kInterview,  // "Question", "A"
  kCommon,     // common nouns the body also writes in lower case: "Duration of Cookie"
  kLoneWord,   // one word the body writes nowhere else: a name only beside others
};

// `names[i]` holds name_words of the i-th paragraph's label (empty where none), read once
// for all labels: a transcript can hold hundreds.
LabelKind label_kind(const Label& label, const std::vector<std::string>& own,
                     const std::vector<std::vector<std::string>>& names, const BodyWords& words) {
  if (label.interview) return LabelKind::kInterview;
  std::vector<std::string> content;
  for (const std::string& w : own) {
    std::string lower = lower_ascii(w);
    if (is_title_word(lower) || is_russian_title_form(fold_case(w))) return LabelKind::kName;
    if (!connector(lower)) content.push_back(w);
  }
  if (content.empty()) return LabelKind::kName;
  if (std::all_of(content.begin(), content.end(),
                  [&](const std::string& w) { return written_lower_case(words, w); })) {
    return LabelKind::kCommon;
  }
  if (content.size() > 1 || own.size() < label.words.size()) {
    return LabelKind::kName;  // several words, or an honorific ("MS. MYERS")
  }
  // One word: a name when it holds an initial ("В.Путин"), the body writes it outside its
  // labels ("Lormond" of "Ken Lormond"), or it is the surname of a fuller label ("Fischer"
  // of "Karin Fischer").
  const std::string& word = content.front();
  if (std::size_t stop = word.find('.'); stop != std::string::npos && stop + 1 < word.size()) {
    return LabelKind::kName;
  }
  int in_labels = 0;
  for (const std::vector<std::string>& other_words : names) {
    in_labels += static_cast<int>(std::count(other_words.begin(), other_words.end(), word));
    if (other_words.size() > 1 && other_words.back() == word) return LabelKind::kName;
  }
  auto written = words.count.find(word);
  bool elsewhere = written != words.count.end() && written->second > in_labels;
  return elsewhere ? LabelKind::kName : LabelKind::kLoneWord;
}

}  // namespace

std::vector<Quote> find_turns(std::string_view body, const SpeakerAliases& aliases,
                              const OfficeHolder& publisher) {
  std::vector<Paragraph> paragraphs = paragraphs_of(body);
  std::vector<std::optional<Label>> labels;
  std::size_t labelled = 0;
  for (const Paragraph& p : paragraphs) {
    labels.push_back(label_of(body, p));
    labelled += labels.back() ? 1 : 0;
  }
  std::vector<Quote> turns;
  if (labelled == 0) return turns;
  // A label of common nouns ("Duration of Cookie:", "Ideas:") heads a table's row, not a
  // turn; a lone word the body names nowhere else ("Purpose:") is a name only in a
  // transcript with names. Such labels still end the turn before them but name no one, and
  // do not make a body a transcript.
  BodyWords words = body_words(body);
  std::vector<bool> speaks(labels.size(), false);
  bool named = false;
  std::vector<LabelKind> kinds(labels.size(), LabelKind::kName);
  std::vector<std::vector<std::string>> names(labels.size());
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (labels[i]) names[i] = name_words(*labels[i]);
  }
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (!labels[i]) continue;
    kinds[i] = label_kind(*labels[i], names[i], names, words);
    named = named || kinds[i] == LabelKind::kName;
  }
  labelled = 0;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    speaks[i] = labels[i] && (kinds[i] == LabelKind::kName || kinds[i] == LabelKind::kInterview ||
                              (kinds[i] == LabelKind::kLoneWord && named));
    labelled += speaks[i] ? 1 : 0;
  }
  // One label alone makes a transcript only when it is a titled full name ("President of
  // Russia Vladimir Putin:" before an address); else a lone "Name: …" is too weak.
  bool lone_titled = false;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    lone_titled = lone_titled || (speaks[i] && titled_name(*labels[i]));
  }
  if (labelled == 0 || (labelled == 1 && !lone_titled)) return turns;
  std::map<std::string, std::string> by_surname;  // last word -> fullest name so far
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    if (!labels[i]) continue;
    std::size_t last = i;
    while (last + 1 < paragraphs.size() && !labels[last + 1]) ++last;
    std::uint32_t end = paragraphs[last].end;
    while (end > labels[i]->text_start && (body[end - 1] == ' ' || body[end - 1] == '\n')) --end;
    if (end <= labels[i]->text_start) continue;
    std::string speaker = speaks[i] ? speaker_of(*labels[i], publisher) : std::string();
    if (!speaker.empty()) {
      std::string surname = speaker.substr(speaker.rfind(' ') + 1);
      auto known = by_surname.find(surname);
      if (known != by_surname.end() && known->second.size() > speaker.size()) {
        speaker = known->second;
      } else {
        by_surname[surname] = speaker;
      }
      speaker = aliases.canonical(speaker).value_or(speaker);
    }
    Quote q;
    q.start = labels[i]->text_start;
    q.end = end;
    q.mark_start = paragraphs[i].begin;
    q.mark_end = end;
    q.paragraph = paragraphs[i].index;
    q.closed = true;
    q.kind = QuoteKind::kTurn;
    q.speaker = speaker;
    q.cue = labels[i]->text;
    q.as_written = labels[i]->text;
    q.rule = speaker.empty() ? AttributionRule::kNone : AttributionRule::kTurn;
    q.mention = speaker.empty() ? SpeakerMention::kNone : SpeakerMention::kName;
    turns.push_back(std::move(q));
  }
  return turns;
}

}  // namespace rostra
