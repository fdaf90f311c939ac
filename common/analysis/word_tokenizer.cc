#include "common/analysis/word_tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <iterator>
#include <stdexcept>

#include "common/base/utf8.h"

namespace rostra {
namespace {

constexpr char32_t kInvalid = 0xFFFFFFFF;

struct Decoded {
  char32_t cp;
  std::uint32_t length;
};

Decoded decode_at(std::string_view text, std::size_t i) {
  auto byte = static_cast<unsigned char>(text[i]);
  if (byte < 0x80) return {byte, 1};
  auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t pos = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(s, pos, static_cast<int32_t>(text.size()), c);
  auto length = static_cast<std::uint32_t>(pos - static_cast<int32_t>(i));
  return {c < 0 ? kInvalid : static_cast<char32_t>(c), length};
}

bool is_ascii_alnum(char32_t cp) {
  return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
}

bool is_digit(char32_t cp) {
  return cp >= '0' && cp <= '9';
}

bool is_apostrophe(char32_t cp) {
  return cp == 0x27 || cp == 0x2019 || cp == 0x02BC;
}

// Characters that sit inside words without separating them.
bool is_ignorable(char32_t cp) {
  return cp == 0x00AD || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 ||
         cp == 0xFEFF;
}

bool is_word_char(char32_t cp) {
  if (cp < 0x80) return is_ascii_alnum(cp);
  if (cp == kInvalid || is_apostrophe(cp)) return false;
  auto c = static_cast<UChar32>(cp);
  return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

bool is_letter(char32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  return cp != kInvalid && u_isalpha(static_cast<UChar32>(cp));
}

// Number of bytes of a dotted acronym ("U.S.", "e.g.") starting at i, or 0. Needs at least
// two single letters each followed by a dot.
std::size_t acronym_length(std::string_view text, std::size_t i) {
  std::size_t j = i;
  int groups = 0;
  while (j < text.size()) {
    Decoded d = decode_at(text, j);
    if (!is_letter(d.cp)) break;
    std::size_t after = j + d.length;
    if (after >= text.size() || text[after] != '.') break;
    ++groups;
    j = after + 1;
  }
  if (groups < 2) return 0;
  // "U.S.A" without the final dot, or "U.S.Army", is not treated as an acronym tail.
  if (j < text.size() && is_word_char(decode_at(text, j).cp)) return 0;
  return j - i;
}

// Joins two words into one for attribution when it stands alone between them.
bool is_joiner(char32_t cp) {
  return cp == '\'' || cp == 0x2019 || cp == '-' || cp == 0x2011 || cp == '.';
}

// The last word of text[from, to) as attribution reads it, lower-cased as it lower-cases
// (article_words): a comma or an ignorable character splits words there.
std::string attribution_lower(std::string_view text, std::size_t from, std::size_t to) {
  std::size_t piece = from;
  for (std::size_t i = from; i < to;) {
    Decoded d = decode_at(text, i);
    i += d.length;
    if (d.cp == ',' || is_ignorable(d.cp)) piece = i;
  }
  std::string lower;
  for (std::size_t i = piece; i < to;) {
    Decoded d = decode_at(text, i);
    i += d.length;
    char32_t c = d.cp == 0x2019 ? '\'' : d.cp == 0x2011 ? '-' : d.cp;
    if (c == kInvalid) continue;
    if (c >= 0x80) c = static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
    if (c >= 'A' && c <= 'Z') c += 32;
    append_utf8(lower, c);
  }
  if (lower.size() > 2 && lower.compare(lower.size() - 2, 2, "'s") == 0) {
    lower.resize(lower.size() - 2);
  }
  return lower;
}

}  // namespace

bool is_abbreviation(std::string_view lower) {
  static constexpr std::string_view kAbbreviations[] = {
      "mr",  "mrs", "ms",    "dr",   "st",   "gen",  "col", "lt",  "sen",  "rep",  "gov", "prof",
      "jan", "feb", "mar",   "apr",  "jun",  "jul",  "aug", "sep", "sept", "oct",  "nov", "dec",
      "jr",  "sr",  "no",    "vs",   "inc",  "corp", "co",  "ltd", "u.s",  "u.k",  "u.n", "e.g",
      "i.e", "fla", "calif", "mass", "wash", "pa",   "ga",  "va",  "sgt",  "capt", "adm", "г"};
  if (lower.size() == 1) return true;  // an initial: "J. Smith"
  return std::find(std::begin(kAbbreviations), std::end(kAbbreviations), lower) !=
         std::end(kAbbreviations);
}

void WordTokenizer::read_gap(std::string_view text, char32_t cp) {
  if (cp == '\n') {
    if (at_.newline) ++at_.paragraph;
    at_.newline = !at_.newline;
  } else {
    at_.newline = false;
  }
  if (cp == '.' || cp == '!' || cp == '?') {
    // A period right after "Mr" or "J" does not end the sentence.
    const bool after_abbreviation =
        cp == '.' && at_.at_gap_start && at_.any_word &&
        is_abbreviation(attribution_lower(text, at_.run_start, at_.last_end));
    if (!after_abbreviation) at_.ends_sentence = true;
  }
  at_.at_gap_start = false;
}

void WordTokenizer::start_word(std::string_view text, std::uint32_t start, std::uint32_t end,
                               Token& token) {
  if (at_.any_word) {
    const bool new_paragraph = at_.paragraph != next_.paragraph;
    if (new_paragraph || at_.ends_sentence) ++at_.sentence;
    // One joiner alone between two words, the first not ending in a period ("U.S.-based").
    Decoded gap{kInvalid, 0};
    if (start > at_.last_end && text[at_.last_end - 1] != '.') gap = decode_at(text, at_.last_end);
    token.joined = at_.last_end + gap.length == start && is_joiner(gap.cp);
  } else {
    token.joined = false;
  }
  if (!token.joined) at_.run_start = start;
  token.sentence = at_.sentence;
  token.paragraph = at_.paragraph;
  at_.any_word = true;
  at_.ends_sentence = false;
  at_.newline = false;
  at_.last_start = start;
  at_.last_end = end;
  // A word ending in its own period ("U.S.") reads it as the gap's first character.
  at_.at_gap_start = true;
  if (text[end - 1] == '.') {
    at_.last_end = end - 1;
    read_gap(text, '.');
    at_.last_end = end;
  }
}

WordTokenizer::WordTokenizer() {
  UErrorCode error = U_ZERO_ERROR;
  normalizer_ = unorm2_getNFKCCasefoldInstance(&error);
  if (U_FAILURE(error)) {
    throw std::runtime_error(std::string("ICU NFKC_Casefold normalizer unavailable: ") +
                             u_errorName(error));
  }
}

void WordTokenizer::emit(std::uint32_t start, std::uint32_t end, Script script, bool ascii,
                         TokenList& out, bool all_words) {
  if (raw_.empty()) return;
  start_word(text_, start, end, next_);
  std::string& chars = out.chars_;
  std::size_t offset = chars.size();
  if (ascii) {
    for (char c : raw_) chars.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c);
  } else {
    UErrorCode error = U_ZERO_ERROR;
    int32_t needed = 0;
    utf16_in_.resize(raw_.size() + 1);
    u_strFromUTF8(utf16_in_.data(), static_cast<int32_t>(utf16_in_.size()), &needed, raw_.data(),
                  static_cast<int32_t>(raw_.size()), &error);
    if (U_FAILURE(error)) needed = 0;  // no index form; the word still counts
    for (int attempt = 0; attempt < 2; ++attempt) {
      error = U_ZERO_ERROR;
      utf16_out_.resize(std::max<std::size_t>(utf16_out_.size(), needed * 3 + 8));
      int32_t produced = unorm2_normalize(normalizer_, utf16_in_.data(), needed, utf16_out_.data(),
                                          static_cast<int32_t>(utf16_out_.size()), &error);
      if (error == U_BUFFER_OVERFLOW_ERROR) {
        utf16_out_.resize(produced + 8);
        continue;
      }
      if (U_FAILURE(error)) break;
      int32_t pos = 0;
      while (pos < produced) {
        UChar32 c;
        U16_NEXT(utf16_out_.data(), pos, produced, c);
        if (c == 0x0451) c = 0x0435;  // ё -> е: Russian text rarely writes the diaeresis
        if (c == 0x2019 || c == 0x02BC) c = '\'';
        append_utf8(chars, static_cast<char32_t>(c));
      }
      break;
    }
  }
  std::size_t length = chars.size() - offset;
  if (length == 0 || length > kMaxWordBytes) {
    chars.resize(offset);
    if (!all_words) return;
    length = 0;
  }
  Token token = next_;
  token.start = start;
  token.end = end;
  token.text_offset = static_cast<std::uint32_t>(offset);
  token.text_length = static_cast<std::uint32_t>(length);
  token.script = script;
  out.tokens_.push_back(token);
}

bool WordTokenizer::read_joiner(std::string_view text, std::size_t i, char32_t cp,
                                char32_t previous, char32_t next) {
  if (is_ignorable(cp) && is_word_char(next)) return true;
  if (is_apostrophe(cp) && is_letter(previous) && is_letter(next)) {
    raw_.push_back('\'');
    return true;
  }
  if ((cp == '.' || cp == ',') && is_digit(previous) && is_digit(next)) {
    std::size_t digits = 0;
    for (std::size_t k = i + 1; k < text.size() && is_digit(static_cast<unsigned char>(text[k]));
         ++k) {
      ++digits;
    }
    // "2,000" groups thousands; "3,5" is a decimal comma, written as "3.5".
    bool thousands_separator = cp == ',' && digits == 3;
    if (!thousands_separator) raw_.push_back('.');
    return true;
  }
  return false;
}

std::size_t WordTokenizer::read_acronym(std::string_view text, std::size_t i, std::size_t length,
                                        WordShape& shape) {
  for (std::size_t j = i; j < i + length;) {
    Decoded a = decode_at(text, j);
    if (a.cp != '.') {
      raw_.append(text.substr(j, a.length));
      if (a.cp >= 0x80) shape.ascii = false;
      if (shape.script == Script::kOther) shape.script = script_of(a.cp);
    }
    j += a.length;
  }
  return i + length;
}

std::size_t WordTokenizer::read_word(std::string_view text, std::size_t i, WordShape& shape,
                                     std::size_t& end) {
  const std::size_t n = text.size();
  char32_t previous = 0;
  end = i;
  while (i < n) {
    Decoded d = decode_at(text, i);
    if (is_word_char(d.cp)) {
      raw_.append(text.substr(i, d.length));
      if (d.cp >= 0x80) shape.ascii = false;
      if (shape.script != Script::kCyrillic) {
        Script s = script_of(d.cp);
        if (s != Script::kOther) shape.script = s;
      }
      previous = d.cp;
      i += d.length;
      end = i;
      continue;
    }
    if (i + d.length >= n) break;
    Decoded next = decode_at(text, i + d.length);
    if (!read_joiner(text, i, d.cp, previous, next.cp)) break;
    // An ignorable character leaves `previous` as it was; an apostrophe or a digit mark
    // becomes it.
    if (!is_ignorable(d.cp)) previous = d.cp;
    i += d.length;
  }
  return i;
}

void WordTokenizer::tokenize(std::string_view text, TokenList& out, bool all_words) {
  text_ = text;
  at_ = Boundaries{};
  next_ = Token{};
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    Decoded d = decode_at(text, i);
    if (!is_word_char(d.cp)) {
      read_gap(text, d.cp);
      i += d.length;
      continue;
    }
    const auto start = static_cast<std::uint32_t>(i);
    raw_.clear();
    WordShape shape;
    std::size_t acronym = is_letter(d.cp) ? acronym_length(text, i) : 0;
    if (acronym != 0) {
      i = read_acronym(text, i, acronym, shape);
      emit(start, static_cast<std::uint32_t>(i), shape.script, shape.ascii, out, all_words);
      continue;
    }
    std::size_t end = i;
    i = read_word(text, i, shape, end);
    emit(start, static_cast<std::uint32_t>(end), shape.script, shape.ascii, out, all_words);
    i = std::max(i, end);
  }
}

}  // namespace rostra

namespace rostra {

const TokenList& text_tokens(std::string_view text) {
  thread_local WordTokenizer tokenizer;
  thread_local std::string analysed;
  thread_local TokenList tokens;
  thread_local bool any = false;
  if (!any || text != analysed) {
    tokens.clear();
    tokenizer.tokenize(text, tokens, true);
    analysed.assign(text);
    any = true;
  }
  return tokens;
}

}  // namespace rostra
