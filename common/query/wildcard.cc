#include "common/query/wildcard.h"

#include "common/base/case_fold.h"
#include "common/base/errors.h"

namespace rostra {
namespace {

std::size_t character_length(unsigned char lead) {
  return lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
}

std::size_t characters(std::string_view text) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size(); i += character_length(text[i])) ++n;
  return n;
}

// Glob matching with backtracking to the last '*' (linear in practice for short words).
bool glob(std::string_view pattern, std::string_view word) {
  std::size_t p = 0;
  std::size_t w = 0;
  std::size_t star = std::string_view::npos;
  std::size_t resume = 0;
  while (w < word.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      resume = w;
    } else if (p < pattern.size() && pattern[p] == '?') {
      ++p;
      w += character_length(static_cast<unsigned char>(word[w]));
    } else if (p < pattern.size() && pattern[p] == word[w]) {
      ++p;
      ++w;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      resume += character_length(static_cast<unsigned char>(word[resume]));
      w = resume;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size() && w == word.size();
}

}  // namespace

bool WildcardPattern::matches(std::string_view word) const {
  return glob(pattern, word);
}

bool is_wildcard(std::string_view text) {
  return text.find_first_of("*?") != std::string_view::npos ||
         (text.size() > 1 && text.back() == '!');
}

WildcardPattern parse_wildcard(std::string_view text, std::size_t column) {
  WildcardPattern out;
  std::string folded = fold_case(text);
  for (std::size_t at = folded.find("\xD1\x91"); at != std::string::npos;
       at = folded.find("\xD1\x91", at)) {
    folded.replace(at, 2, "\xD0\xB5");  // ё as е, as the tokenizer folds it
  }
  for (char& c : folded) {
    if (c == '!') c = '*';
  }
  out.pattern = folded;
  out.prefix = folded.substr(0, folded.find_first_of("*?"));
  if (characters(out.prefix) < 2) {
    throw QueryError(
        "a wildcard needs at least two letters before it ('" + std::string(text) + "')", column);
  }
  return out;
}

}  // namespace rostra
