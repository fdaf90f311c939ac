#include "common/search/snippet.h"

#include <algorithm>

namespace rostra {
namespace {

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";

bool is_continuation_byte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
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
    bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
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

}  // namespace

Snippet SnippetMaker::make(std::string_view text, const HighlightTerms& terms,
                           std::string_view language) {
  stemmer_.set_language(language);
  tokens_.clear();
  tokenizer_.tokenize(text, tokens_);
  const std::size_t n = tokens_.size();

  // Each token's match: 0 none; a phrase match marks a span of tokens.
  std::vector<int> score(n, 0);
  std::vector<std::pair<std::size_t, std::size_t>> spans;  // token index ranges [a, b)
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

  // Best window by total score (sliding sum).
  std::size_t window = std::min(window_words_, n);
  std::size_t best_start = 0;
  int best = -1;
  int sum = 0;
  for (std::size_t i = 0; i < n; ++i) {
    sum += score[i];
    if (i >= window) sum -= score[i - window];
    if (i + 1 >= window && sum > best) {
      best = sum;
      best_start = i + 1 - window;
    }
  }
  if (best > 0) {
    // Start a few words before the first match in the window, for context.
    std::size_t first = best_start;
    while (first < best_start + window && score[first] == 0) ++first;
    std::size_t lead = std::min<std::size_t>(first - best_start, 4);
    best_start = std::min(first - lead, n - window);
  } else {
    best_start = 0;
  }

  Snippet snippet;
  std::vector<std::size_t> map;
  if (n == 0) {
    copy_collapsed(text, 0, character_boundary(text, std::min<std::size_t>(text.size(), 200)),
                   snippet.text, map);
    return snippet;
  }
  std::size_t begin_byte = best_start == 0 ? 0 : tokens_[best_start].start;
  std::size_t last = std::min(best_start + window, n) - 1;
  std::size_t end_byte = last + 1 == n ? text.size() : tokens_[last].end;
  // Include closing punctuation right after the last word (up to three bytes, whole
  // characters only).
  while (end_byte < text.size() && end_byte < tokens_[last].end + 3 && text[end_byte] != ' ' &&
         text[end_byte] != '\n') {
    ++end_byte;
  }
  if (end_byte < text.size() && is_continuation_byte(text[end_byte])) {
    const std::size_t back = character_boundary(text, end_byte);
    end_byte = back > tokens_[last].end ? back : end_byte;
    while (end_byte < text.size() && is_continuation_byte(text[end_byte])) ++end_byte;
  }
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
