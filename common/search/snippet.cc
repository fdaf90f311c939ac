#include "common/search/snippet.h"

#include <algorithm>

namespace rostra {
namespace {

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";

bool is_continuation_byte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

bool is_space_byte(char c) {
  return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// `at` moved back to the start of the UTF-8 character it falls in: a cut there never splits
// a character ("»", "—" and Cyrillic letters are two or three bytes).
std::size_t character_boundary(std::string_view text, std::size_t at) {
  while (at > 0 && at < text.size() && is_continuation_byte(text[at])) --at;
  return at;
}

// Copies text[begin, end) to `out` with each run of whitespace (newlines between
// paragraphs included) written as one space; `map[i]` receives where source byte begin + i
// landed in `out`, so marks can be placed on the copy.
void copy_collapsed(std::string_view text, std::size_t begin, std::size_t end, std::string& out,
                    std::vector<std::size_t>& map) {
  map.assign(end - begin + 1, 0);
  bool in_space = false;
  for (std::size_t i = begin; i < end; ++i) {
    char c = text[i];
    bool space = is_space_byte(c);
    map[i - begin] = out.size();
    if (space) {
      if (!in_space) out.push_back(' ');
      in_space = true;
    } else {
      out.push_back(c);
      in_space = false;
    }
  }
  map[end - begin] = out.size();
}

// The start of the window of `window` tokens whose scores sum highest, moved to begin a few
// words before its first match (for context); 0 when nothing scores.
std::size_t best_window_start(const std::vector<int>& score, std::size_t window) {
  const std::size_t n = score.size();
  std::size_t best_start = 0;
  int best = -1;
  int sum = 0;
  for (std::size_t i = 0; i < n; ++i) {  // a sliding sum
    sum += score[i];
    if (i >= window) sum -= score[i - window];
    if (i + 1 >= window && sum > best) {
      best = sum;
      best_start = i + 1 - window;
    }
  }
  if (best <= 0) return 0;
  std::size_t first = best_start;
  while (first < best_start + window && score[first] == 0) ++first;
  const std::size_t lead = std::min<std::size_t>(first - best_start, 4);
  return std::min(first - lead, n - window);
}

// How far a snippet's edge moves to take in the rest of the whitespace-delimited word it
// falls in ("29-летний", "Нью-Джерси", "U.S.-led", "“We"); a longer run (a URL) is cut at
// its token.
constexpr std::size_t kWholeWordReach = 40;

// Where a snippet whose first word starts at `word_start` begins: at the start of the
// whitespace-delimited word holding it (a number joined by a hyphen, an opening quotation
// mark), so the snippet never starts in the middle of a word.
std::size_t snippet_begin(std::string_view text, std::size_t word_start) {
  std::size_t begin = word_start;
  while (begin > 0 && word_start - begin < kWholeWordReach && !is_space_byte(text[begin - 1])) {
    --begin;
  }
  if (begin > 0 && !is_space_byte(text[begin - 1])) return word_start;  // too long a run
  return begin;
}

// Where a snippet whose last word ends at `word_end` stops: at the end of the
// whitespace-delimited word holding it (the rest of a hyphenated word, closing punctuation),
// else, in a run longer than kWholeWordReach, after up to three bytes of punctuation; at a
// whole character either way.
std::size_t snippet_end(std::string_view text, std::size_t word_end) {
  std::size_t whole = word_end;
  while (whole < text.size() && whole - word_end < kWholeWordReach && !is_space_byte(text[whole])) {
    ++whole;
  }
  if (whole == text.size() || is_space_byte(text[whole])) return whole;
  std::size_t end = word_end;
  while (end < text.size() && end < word_end + 3 && text[end] != ' ' && text[end] != '\n') ++end;
  if (end < text.size() && is_continuation_byte(text[end])) {
    const std::size_t back = character_boundary(text, end);
    end = back > word_end ? back : end;
    while (end < text.size() && is_continuation_byte(text[end])) ++end;
  }
  return end;
}

}  // namespace

void SnippetMaker::score_tokens(const HighlightTerms& terms, std::vector<int>& score,
                                std::vector<std::pair<std::size_t, std::size_t>>& spans) {
  const std::size_t n = tokens_.size();
  score.assign(n, 0);
  for (std::size_t i = 0; i < n; ++i) {
    std::string_view word = tokens_.text(tokens_[i]);
    for (const auto& phrase : terms.phrases) {
      if (phrase.empty() || i + phrase.size() > n) continue;
      bool all = true;
      for (std::size_t k = 0; k < phrase.size() && all; ++k) {
        all = tokens_.text(tokens_[i + k]) == phrase[k];
      }
      if (all) {
        spans.emplace_back(i, i + phrase.size());
        score[i] += 3;
      }
    }
    bool word_match = terms.words.count(std::string(word)) > 0;
    if (!word_match && !terms.stems.empty()) {
      word_match = terms.stems.count(stemmer_.stem(word, tokens_[i].script)) > 0;
    }
    if (word_match) {
      spans.emplace_back(i, i + 1);
      score[i] += 1;
    }
  }
}

Snippet SnippetMaker::make(std::string_view text, const HighlightTerms& terms,
                           std::string_view language) {
  stemmer_.set_language(language);
  tokens_.clear();
  tokenizer_.tokenize(text, tokens_);
  const std::size_t n = tokens_.size();
  Snippet snippet;
  std::vector<std::size_t> map;
  if (n == 0) {
    copy_collapsed(text, 0, character_boundary(text, std::min<std::size_t>(text.size(), 200)),
                   snippet.text, map);
    return snippet;
  }
  // Each token's match: 0 none; a phrase match marks a span of tokens [a, b).
  std::vector<int> score;
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  score_tokens(terms, score, spans);
  const std::size_t window = std::min(window_words_, n);
  const std::size_t best_start = best_window_start(score, window);
  const std::size_t begin_byte =
      best_start == 0 ? 0 : snippet_begin(text, tokens_[best_start].start);
  const std::size_t last = std::min(best_start + window, n) - 1;
  const std::size_t end_byte = last + 1 == n ? text.size() : snippet_end(text, tokens_[last].end);
  if (begin_byte > 0) snippet.text = kEllipsis;
  copy_collapsed(text, begin_byte, end_byte, snippet.text, map);
  while (!snippet.text.empty() && snippet.text.back() == ' ') snippet.text.pop_back();
  if (end_byte < text.size()) snippet.text += kEllipsis;

  // Marks inside the window, merged where they overlap (a phrase covers its words).
  std::sort(spans.begin(), spans.end());
  for (const auto& [a, b] : spans) {
    if (a < best_start || b - 1 > last) continue;
    std::size_t from = map[tokens_[a].start - begin_byte];
    std::size_t to = map[tokens_[b - 1].end - begin_byte];
    if (!snippet.marks.empty() && from <= snippet.marks.back().second) {
      snippet.marks.back().second = std::max(snippet.marks.back().second, to);
    } else {
      snippet.marks.emplace_back(from, to);
    }
  }
  return snippet;
}

std::string render_snippet(const Snippet& snippet, std::string_view open, std::string_view close) {
  std::string out;
  out.reserve(snippet.text.size() + snippet.marks.size() * (open.size() + close.size()));
  std::size_t pos = 0;
  for (const auto& [from, to] : snippet.marks) {
    out.append(snippet.text, pos, from - pos);
    out.append(open);
    out.append(snippet.text, from, to - from);
    out.append(close);
    pos = to;
  }
  out.append(snippet.text, pos, std::string::npos);
  return out;
}

}  // namespace rostra
