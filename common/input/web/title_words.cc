#include "common/input/web/title_words.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>

namespace rostra {
namespace {

// The length of the typographic punctuation mark (U+2010..U+201F dashes and quotes,
// U+00AB and U+00BB guillemets, U+2026 ellipsis) that starts at `at` in `s`, or 0.
std::size_t punctuation_at(std::string_view s, std::size_t at) {
  auto byte = [&](std::size_t i) { return i < s.size() ? static_cast<unsigned char>(s[i]) : 0u; };
  if (byte(at) == 0xC2 && (byte(at + 1) == 0xAB || byte(at + 1) == 0xBB)) return 2;
  if (byte(at) == 0xE2 && byte(at + 1) == 0x80 && byte(at + 2) >= 0x90 && byte(at + 2) <= 0xA6) {
    return 3;
  }
  return 0;
}

std::set<std::string> words_of(std::string_view text) {
  std::set<std::string> words;
  std::string word;
  for (std::size_t i = 0; i <= text.size();) {
    std::size_t mark = i < text.size() ? punctuation_at(text, i) : 1;
    auto c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
    if (mark == 0 && (std::isalnum(c) || c >= 0x80)) {
      word.push_back(static_cast<char>(std::tolower(c)));
      ++i;
      continue;
    }
    if (!word.empty()) words.insert(std::move(word));
    word.clear();
    i += std::max<std::size_t>(mark, 1);
  }
  return words;
}

}  // namespace

double share_of_title_words(std::string_view title, std::string_view headline) {
  std::set<std::string> wanted = words_of(title);
  if (wanted.empty()) return 0;
  std::set<std::string> shown = words_of(headline);
  std::size_t common = 0;
  for (const std::string& w : wanted) common += shown.count(w);
  return double(common) / double(wanted.size());
}

std::size_t title_word_count(std::string_view text) {
  return words_of(text).size();
}

}  // namespace rostra
