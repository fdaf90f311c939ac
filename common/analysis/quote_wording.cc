#include "common/analysis/quote_wording.h"

#include <algorithm>
#include <utility>

#include "common/analysis/common_grams.h"
#include "common/base/text_util.h"

namespace rostra {
namespace {

void sort_unique(auto& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

// Whether the word at `start` of `text` begins with a capital (Latin or Cyrillic).
bool capitalized(std::string_view text, std::size_t start) {
  const auto c = static_cast<unsigned char>(text[start]);
  if (c >= 'A' && c <= 'Z') return true;
  if (start + 1 >= text.size()) return false;
  const auto d = static_cast<unsigned char>(text[start + 1]);
  return (c == 0xD0 && ((d >= 0x90 && d <= 0xAF) || d == 0x81));  // А-Я, Ё
}

// Whether the word at `start` opens a sentence (or the text): its capital says nothing.
bool opens_sentence(std::string_view text, std::size_t start) {
  for (std::size_t i = start; i > 0; --i) {
    const char c = text[i - 1];
    if (c == ' ' || c == '\n' || c == '\t' || c == '"' || c == '\'' || c == '(' || c == '[') {
      continue;
    }
    if (static_cast<unsigned char>(c) >= 0x80) {
      // Closing or opening quote marks and dashes end in a continuation byte: skip the whole
      // character only when it is a mark, not a letter.
      std::size_t lead = i - 1;
      while (lead > 0 && (static_cast<unsigned char>(text[lead]) & 0xC0) == 0x80) --lead;
      std::string_view ch = text.substr(lead, i - lead);
      if (ch == "«" || ch == "»" || ch == "“" || ch == "”" || ch == "„" || ch == "—" || ch == "–" ||
          ch == "‘" || ch == "’" || ch == "\u00a0") {
        i = lead + 1;
        continue;
      }
      return false;
    }
    return c == '.' || c == '!' || c == '?' || c == ':';
  }
  return true;
}

bool is_number(std::string_view word) {
  return !word.empty() && word.front() >= '0' && word.front() <= '9';
}

// A quote's content stems as they come, in one buffer, and where its sentences end; sorted
// and made unique as views of the buffer, so that only the distinct stems become strings
// (sorting the strings themselves cost the indexer more than the rest of the wording).
class ContentStems {
 public:
  void add(std::string_view stem) {
    spans_.emplace_back(static_cast<std::uint32_t>(buffer_.size()),
                        static_cast<std::uint32_t>(stem.size()));
    buffer_ += stem;
  }
  // Ends the sentence begun after the previous end (at a '.', '!' or '?' before the next
  // word), unless it holds no stem.
  void end_sentence() {
    if (spans_.size() > (ends_.empty() ? 0 : ends_.back())) ends_.push_back(spans_.size());
  }
  // Sets w.content and, once a sentence has ended before the last, w.sentences (the last
  // one among them when it holds a stem).
  void write(QuoteWording& w) {
    std::vector<std::string_view> views;
    views.reserve(spans_.size());
    for (auto [from, size] : spans_) views.emplace_back(buffer_.data() + from, size);
    if (!ends_.empty()) {
      end_sentence();
      w.sentences.reserve(ends_.size());
      for (std::size_t s = 0, from = 0; s < ends_.size(); from = ends_[s++]) {
        std::vector<std::string_view> sentence(
            views.begin() + static_cast<std::ptrdiff_t>(from),
            views.begin() + static_cast<std::ptrdiff_t>(ends_[s]));
        w.sentences.push_back(distinct(sentence));
      }
    }
    w.content = distinct(views);
  }

 private:
  static std::vector<std::string> distinct(std::vector<std::string_view>& stems) {
    sort_unique(stems);
    return std::vector<std::string>(stems.begin(), stems.end());
  }

  std::string buffer_;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> spans_;  // (offset, size) in buffer_
  std::vector<std::size_t> ends_;  // of each sentence: one past its last span
};

}  // namespace

QuoteWording WordingAnalyzer::analyze(std::string_view text, std::string_view language) {
  tokens_.clear();
  tokenizer_.tokenize(text, tokens_);
  stemmer_.set_language(language);
  return quote_wording(text, tokens_, stemmer_);
}

QuoteWording quote_wording(std::string_view text, const TokenList& tokens, TermStemmer& stemmer) {
  return quote_wording(text, tokens, [&](std::size_t i) -> std::string_view {
    return stemmer.stem(tokens.text(tokens[i]), tokens[i].script);
  });
}

QuoteWording quote_wording(std::string_view text, const TokenList& tokens,
                           const TokenStem& stem_of) {
  QuoteWording w;
  // The words joined by spaces, and where each starts and ends in that text: a shingle is
  // a run of it.
  std::string key;
  std::vector<std::pair<std::size_t, std::size_t>> words;
  words.reserve(tokens.size());
  ContentStems stems;
  std::uint32_t previous_end = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    std::string_view word = tokens.text(token);
    if (text.substr(previous_end, token.start - previous_end).find_first_of(".!?") !=
        std::string_view::npos) {
      stems.end_sentence();
    }
    previous_end = token.end;
    if (!key.empty()) key += ' ';
    words.emplace_back(key.size(), key.size() + word.size());
    key += word;
    if (is_number(word)) {
      w.numbers.emplace_back(word);
    } else if (capitalized(text, token.start) && !opens_sentence(text, token.start) &&
               word.size() > 1) {
      w.names.emplace_back(word);
    }
    if (word.size() >= 3 && !is_common_word(word) && !is_number(word)) stems.add(stem_of(i));
  }
  stems.write(w);
  w.length = words.size();
  w.key = hash_hex(key);
  w.shingles.reserve(words.size());
  for (std::size_t i = 0; i + kShingleWords <= words.size(); ++i) {
    const std::size_t from = words[i].first;
    const std::string_view run(key.data() + from, words[i + kShingleWords - 1].second - from);
    // 32 bits are plenty to compare the shingles of one speaker's phrases, and halve what
    // the cluster store keeps of them.
    w.shingles.push_back(hash64(run) >> 32);
  }
  sort_unique(w.shingles);
  sort_unique(w.numbers);
  sort_unique(w.names);
  return w;
}

std::size_t shared_count(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  std::size_t n = 0;
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++n;
      ++i;
      ++j;
    }
  }
  return n;
}

}  // namespace rostra
