#include "common/quotes/article_words.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "common/analysis/word_tokenizer.h"
#include "common/base/utf8.h"
#include "common/quotes/attribution_lexicon.h"

namespace rostra {
namespace {

bool is_word_cp(UChar32 c) {
  return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

bool is_joiner(UChar32 c) {
  return c == '\'' || c == 0x2019 || c == '-' || c == 0x2011 || c == '.' || c == '&';
}

// "S&P", "AT&T": an ampersand with a letter right on each side joins one name, which the
// token stream splits in two. True when body[at] is such an ampersand.
bool name_ampersand(std::string_view body, std::size_t at) {
  if (at == 0 || at + 1 >= body.size() || body[at] != '&') return false;
  auto letter = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
  return letter(body[at - 1]) && letter(body[at + 1]);
}

UChar32 decode(std::string_view s, std::size_t i, std::size_t* length) {
  auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t pos = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(p, pos, static_cast<int32_t>(s.size()), c);
  *length = static_cast<std::size_t>(pos) - i;
  return c;
}

// Appends the words of body[from, to), one word or several joined ones of the token stream,
// with case and the attribution's lower-case form.
void split(std::string_view body, std::size_t from, std::size_t to,
           std::vector<ArticleWord>& words) {
  std::size_t i = from;
  while (i < to) {
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
    while (j < to) {
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
      if (d >= 0 && is_joiner(d) && j + l < to) {
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
}

// The words of `body` from its token stream: each run of joined tokens read as attribution
// reads words (a comma or ignorable character inside a token splits it, a final period is
// not part of it), each with the stream's paragraph, and in `sentences` the stream's sentence.
std::vector<ArticleWord> stream_words(std::string_view body,
                                      std::vector<std::uint32_t>& sentences) {
  std::vector<ArticleWord> words;
  sentences.clear();
  const TokenList& tokens = text_tokens(body);
  const std::uint32_t first_paragraph = tokens.empty() ? 0 : tokens[0].paragraph;
  for (std::size_t t = 0; t < tokens.size();) {
    std::size_t last = t;
    while (last + 1 < tokens.size() &&
           (tokens[last + 1].joined || (tokens[last + 1].start == tokens[last].end + 1 &&
                                        name_ampersand(body, tokens[last].end)))) {
      ++last;
    }
    std::size_t to = tokens[last].end;
    if (body[to - 1] == '.') --to;  // "U.S." is the word "U.S"
    const std::size_t before = words.size();
    split(body, tokens[t].start, to, words);
    for (std::size_t k = before; k < words.size(); ++k) {
      words[k].paragraph = tokens[t].paragraph - first_paragraph;
      sentences.push_back(tokens[t].sentence);
    }
    t = last + 1;
  }
  return words;
}

bool in_quote(const std::vector<Quote>& quotes, std::uint32_t pos) {
  return std::any_of(quotes.begin(), quotes.end(),
                     [pos](const Quote& q) { return pos >= q.start && pos < q.end; });
}

}  // namespace

// A quote whose words end with a period inside the marks ends its sentence when narrative
// text starts with a capital after it ("…was wrong.” Officials said…"), so that a cue in
// the next sentence is not taken for the quote's own. "?" and "!" do not: "“Why?” he asked"
// and "“Why?” Putin asked" go on.
bool quote_ends_sentence(std::string_view body, const std::vector<Quote>& quotes,
                         const ArticleWord& last, const ArticleWord& next) {
  if (last.quote < 0 || next.quote == last.quote || !next.capitalized) return false;
  const Quote& q = quotes[static_cast<std::size_t>(last.quote)];
  if (!q.closed || next.start < q.mark_end) return false;
  std::string_view tail = body.substr(last.end, q.end - last.end);
  std::string_view between = body.substr(q.mark_end, next.start - q.mark_end);
  bool period = tail.find('.') != std::string_view::npos && !is_abbreviation(last);
  bool open_gap = between.find_first_not_of(" \t\n\r\xC2\xA0") == std::string_view::npos;
  return period && open_gap;
}

// A quote ending in "!" or "?" inside its marks goes on into the words after it when they
// attribute it ("“Why?” Putin asked", "“No!” The Varnian minister shouted"): a cue among
// the first words, in a subject phrase before any punctuation. Otherwise ("…before!” At his party,
// Roe told …") the narrative after it is a new sentence, and its cue is not the quote's.
bool exclamation_ends_sentence(std::string_view body, const std::vector<Quote>& quotes,
                               const std::vector<ArticleWord>& words, std::size_t i) {
  const ArticleWord& last = words[i - 1];
  const ArticleWord& next = words[i];
  if (last.quote < 0 || next.quote == last.quote || !next.capitalized) return false;
  const Quote& q = quotes[static_cast<std::size_t>(last.quote)];
  if (!q.closed || next.start < q.mark_end) return false;
  std::string_view tail = body.substr(last.end, q.end - last.end);
  // "…North East?” “I have had doors slammed,” he said": a quote opening right after
  // starts a new sentence, its own cue's.
  std::uint32_t next_start =
      next.quote >= 0 ? quotes[static_cast<std::size_t>(next.quote)].mark_start : next.start;
  if (next_start < q.mark_end) return false;
  std::string_view between = body.substr(q.mark_end, next_start - q.mark_end);
  if (tail.find_first_of("!?") == std::string_view::npos ||
      between.find_first_not_of(" \t\n\r\xC2\xA0") != std::string_view::npos) {
    return false;
  }
  // A subject phrase: capitalised words, titles and "of"/"the" ("Democratic U.S.
  // Representative Jane Roe of Varnia told"); a comma or any other lower-case word ends it.
  constexpr std::size_t kCueReach = 10;
  for (std::size_t k = i; k < words.size() && k < i + kCueReach; ++k) {
    const std::string& w = words[k].lower;
    if (words[k].quote >= 0) return true;
    if (is_cue_word(w)) return false;
    bool phrase_word = words[k].capitalized || w == "of" || w == "the" || is_title_word(w) ||
                       is_organisation_word(w);
    std::string_view gap = body.substr(words[k].end, 2);
    bool stop = gap.find_first_of(",;:!?") != std::string_view::npos ||
                (gap.find('.') != std::string_view::npos && !is_abbreviation(words[k]));
    if (!phrase_word || stop) break;
  }
  return true;
}

bool is_abbreviation(const ArticleWord& w) {
  return rostra::is_abbreviation(std::string_view(w.lower));
}

std::vector<ArticleWord> article_words(std::string_view body, const std::vector<Quote>& quotes) {
  std::vector<std::uint32_t> stream_sentences;
  std::vector<ArticleWord> words = stream_words(body, stream_sentences);
  std::size_t q = 0;
  for (ArticleWord& w : words) {
    while (q < quotes.size() && quotes[q].end <= w.start) ++q;
    if (q < quotes.size() && w.start >= quotes[q].start && w.end <= quotes[q].end) {
      w.quote = static_cast<int>(q);
    }
  }
  // The stream's sentences, refined by the quotes: a quote's own punctuation does not end
  // the narrative sentence around it, and a quote that ends with a period inside its marks
  // ends it (quote_ends_sentence).
  int sentence = 0;
  for (std::size_t i = 1; i < words.size(); ++i) {
    const ArticleWord& previous = words[i - 1];
    if (words[i].paragraph != previous.paragraph) {
      ++sentence;
    } else if (quote_ends_sentence(body, quotes, previous, words[i]) ||
               exclamation_ends_sentence(body, quotes, words, i)) {
      ++sentence;
    } else if ((stream_sentences[i] != stream_sentences[i - 1] ||
                // "at M&S. Then …": the stream read "S." as an initial, which goes on.
                previous.lower.find('&') != std::string::npos) &&
               !(previous.quote >= 0 && previous.quote == words[i].quote)) {
      std::string_view gap = body.substr(previous.end, words[i].start - previous.end);
      for (std::size_t k = 0; k < gap.size(); ++k) {
        char c = gap[k];
        if ((c == '.' || c == '!' || c == '?') &&
            !in_quote(quotes, previous.end + static_cast<std::uint32_t>(k)) &&
            !(c == '.' && k == 0 && is_abbreviation(previous))) {
          ++sentence;
          break;
        }
      }
    }
    words[i].sentence = sentence;
  }
  return words;
}

}  // namespace rostra
