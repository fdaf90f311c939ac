// The attribution's words as article_words made them before it read the token stream: its
// own split of the body. Kept as an oracle only (article_words_test.cc compares the two on
// real text); not used by the library.
#include "tests/support/legacy_article_words.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <iterator>

#include "common/base/utf8.h"

namespace rostra {
namespace {

bool is_word_cp(UChar32 c) {
  return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

bool is_joiner(UChar32 c) {
  return c == '\'' || c == 0x2019 || c == '-' || c == 0x2011 || c == '.';
}

UChar32 decode(std::string_view s, std::size_t i, std::size_t* length) {
  auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t pos = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(p, pos, static_cast<int32_t>(s.size()), c);
  *length = static_cast<std::size_t>(pos) - i;
  return c;
}

std::vector<ArticleWord> split(std::string_view body) {
  std::vector<ArticleWord> words;
  std::size_t i = 0;
  while (i < body.size()) {
    std::size_t len = 0;
    UChar32 c = decode(body, i, &len);
    if (c < 0 || !is_word_cp(c)) {
      i += len;
      continue;
    }
    ArticleWord w;
    w.start = static_cast<std::uint32_t>(i);
    w.capitalized = u_isupper(c);
    std::size_t letters = 0;
    std::size_t upper = 0;
    std::size_t j = i;
    while (j < body.size()) {
      std::size_t l = 0;
      UChar32 d = decode(body, j, &l);
      if (d >= 0 && is_word_cp(d)) {
        if (d >= 0x400 && d <= 0x4FF) w.cyrillic = true;
        if (u_isalpha(d)) {
          ++letters;
          upper += u_isupper(d) ? 1 : 0;
        }
        append_utf8(w.lower, static_cast<char32_t>(u_tolower(d)));
        j += l;
        continue;
      }
      // "S&P", "AT&T": an ampersand between Latin letters joins one name.
      auto latin = [](char ch) { return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z'); };
      bool ampersand = d == '&' && j + 1 < body.size() && latin(body[j - 1]) && latin(body[j + 1]);
      if (d >= 0 && (is_joiner(d) || ampersand) && j + l < body.size()) {
        std::size_t l2 = 0;
        UChar32 next = decode(body, j + l, &l2);
        if (next >= 0 && is_word_cp(next)) {
          append_utf8(w.lower, d == 0x2019 ? '\'' : d == 0x2011 ? '-' : static_cast<char32_t>(d));
          j += l;
          continue;
        }
      }
      break;
    }
    w.end = static_cast<std::uint32_t>(j);
    w.all_caps = letters >= 2 && upper == letters;
    if (w.lower.size() > 2 && w.lower.compare(w.lower.size() - 2, 2, "'s") == 0) {
      w.possessive = true;
      w.lower.resize(w.lower.size() - 2);
    }
    words.push_back(std::move(w));
    i = j;
  }
  return words;
}

bool in_quote(const std::vector<Quote>& quotes, std::uint32_t pos) {
  return std::any_of(quotes.begin(), quotes.end(),
                     [pos](const Quote& q) { return pos >= q.start && pos < q.end; });
}

}  // namespace

std::vector<ArticleWord> legacy_article_words(std::string_view body,
                                              const std::vector<Quote>& quotes) {
  std::vector<ArticleWord> words = split(body);
  std::size_t q = 0;
  for (ArticleWord& w : words) {
    while (q < quotes.size() && quotes[q].end <= w.start) ++q;
    if (q < quotes.size() && w.start >= quotes[q].start && w.end <= quotes[q].end) {
      w.quote = static_cast<int>(q);
    }
  }
  int sentence = 0;
  std::uint32_t paragraph = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) {
      std::string_view gap = body.substr(words[i - 1].end, words[i].start - words[i - 1].end);
      std::size_t breaks = 0;
      for (std::size_t k = gap.find("\n\n"); k != std::string_view::npos;
           k = gap.find("\n\n", k + 2)) {
        ++breaks;
      }
      if (breaks > 0) {
        paragraph += static_cast<std::uint32_t>(breaks);
        ++sentence;
      } else if (quote_ends_sentence(body, quotes, words[i - 1], words[i]) ||
                 exclamation_ends_sentence(body, quotes, words, i)) {
        ++sentence;
      } else if (!(words[i - 1].quote >= 0 && words[i - 1].quote == words[i].quote)) {
        for (std::size_t k = 0; k < gap.size(); ++k) {
          char c = gap[k];
          if ((c == '.' || c == '!' || c == '?') &&
              !in_quote(quotes, words[i - 1].end + static_cast<std::uint32_t>(k)) &&
              !(c == '.' && k == 0 && is_abbreviation(words[i - 1]))) {
            ++sentence;
            break;
          }
        }
      }
    }
    words[i].sentence = sentence;
    words[i].paragraph = paragraph;
  }
  return words;
}

}  // namespace rostra
