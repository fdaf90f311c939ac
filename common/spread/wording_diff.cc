#include "common/spread/wording_diff.h"

#include <vector>

#include "common/analysis/word_tokenizer.h"

namespace rostra {
namespace {

struct RawWord {
  std::string_view raw;  // as printed, punctuation attached
  std::string key;       // normalized; empty for punctuation alone
};

std::vector<RawWord> split_words(std::string_view text, WordTokenizer& tokenizer) {
  std::vector<RawWord> out;
  TokenList tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t')) ++i;
    std::size_t start = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\n' && text[i] != '\t') ++i;
    if (i == start) break;
    RawWord w{text.substr(start, i - start), {}};
    tokens.clear();
    tokenizer.tokenize(w.raw, tokens);
    for (const Token& t : tokens) w.key += tokens.text(t);
    out.push_back(std::move(w));
  }
  return out;
}

// Longest common subsequence table of the two keys' lists, from the end.
std::vector<std::vector<std::uint32_t>> lcs_table(const std::vector<RawWord>& a,
                                                  const std::vector<RawWord>& b) {
  std::vector<std::vector<std::uint32_t>> t(a.size() + 1,
                                            std::vector<std::uint32_t>(b.size() + 1, 0));
  for (std::size_t i = a.size(); i-- > 0;) {
    for (std::size_t j = b.size(); j-- > 0;) {
      t[i][j] = a[i].key == b[j].key ? t[i + 1][j + 1] + 1 : std::max(t[i + 1][j], t[i][j + 1]);
    }
  }
  return t;
}

class Marker {
 public:
  void word(std::string_view w) {
    close();
    append(w);
  }
  void added(std::string_view w) { open('+'), append(w); }
  void removed(std::string_view w) { open('-'), append(w); }
  void cut() {
    close();
    append("[…]");
  }
  std::string finish() {
    close();
    return std::move(out_);
  }

 private:
  void append(std::string_view w) {
    if (!out_.empty() && !opened_) out_ += ' ';
    opened_ = false;
    out_ += w;
  }
  void open(char kind) {
    if (kind_ == kind) return;
    close();
    if (!out_.empty()) out_ += ' ';
    out_ += kind == '+' ? "{+" : "[-";
    kind_ = kind;
    opened_ = true;
  }
  void close() {
    if (kind_ == 0) return;
    out_ += kind_ == '+' ? "+}" : "-]";
    kind_ = 0;
  }
  std::string out_;
  char kind_ = 0;
  bool opened_ = false;  // a mark was just opened: its first word needs no space
};

}  // namespace

std::string mark_differences(std::string_view text, std::string_view canonical) {
  WordTokenizer tokenizer;
  std::vector<RawWord> a = split_words(text, tokenizer);
  std::vector<RawWord> b = split_words(canonical, tokenizer);
  if ((a.size() + 1) * (b.size() + 1) > 4'000'000) return std::string(text);
  auto t = lcs_table(a, b);
  Marker m;
  std::size_t i = 0, j = 0;
  const std::uint32_t common = t[0][0];
  std::uint32_t matched = 0;  // words of both matched so far
  bool cutting = false;  // leaving out canonical words before the first or after the last match
  while (i < a.size() || j < b.size()) {
    // Equal words match, except at the start while a later match keeps the whole
    // common part: a trimmed start is then one cut, not scattered matches.
    const bool later = matched == 0 && t[i][j + 1] == t[i][j];
    if (i < a.size() && j < b.size() && a[i].key == b[j].key && !later) {
      m.word(a[i].raw);
      ++i, ++j, ++matched;
      cutting = false;
    } else if (j < b.size() && (i == a.size() || t[i][j + 1] >= t[i + 1][j])) {
      if (b[j].key.empty()) {
        ++j;
        continue;
      }
      // Canonical words before the occurrence's first word or after its last are a cut.
      const bool at_edge = (matched == 0 && i == 0) || i == a.size();
      if (at_edge && common > 0) {
        if (!cutting) m.cut();
        cutting = true;
      } else {
        m.removed(b[j].raw);
      }
      ++j;
    } else {
      if (a[i].key.empty()) {
        m.word(a[i].raw);
      } else {
        m.added(a[i].raw);
      }
      ++i;
    }
  }
  return m.finish();
}

}  // namespace rostra
