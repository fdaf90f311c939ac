#include "common/quotes/quote_extractor.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <optional>

#include "common/base/case_fold.h"

namespace rostra {

namespace {

constexpr char32_t kLeftDouble = 0x201C;   // “
constexpr char32_t kRightDouble = 0x201D;  // ”
constexpr char32_t kLowDouble = 0x201E;    // „
constexpr char32_t kLeftSingle = 0x2018;   // ‘
constexpr char32_t kRightSingle = 0x2019;  // ’
constexpr char32_t kLeftGuillemet = 0x00AB;
constexpr char32_t kRightGuillemet = 0x00BB;

enum class Family { kStraight, kCurly, kReversed, kGuillemet, kLow, kSingleCurly, kSingleStraight };

struct CodePoint {
  char32_t cp;
  std::uint32_t pos;  // byte offset in the body
  std::uint32_t len;
};

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || (c >= 0x80 && u_isUWhiteSpace(c));
}

bool is_quote_char(char32_t c) {
  return c == '"' || c == '\'' || c == kLeftDouble || c == kRightDouble || c == kLowDouble ||
         c == kLeftSingle || c == kRightSingle || c == kLeftGuillemet || c == kRightGuillemet;
}

bool is_alnum(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  return u_isalnum(static_cast<UChar32>(c));
}

bool is_letter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return u_isalpha(static_cast<UChar32>(c));
}

bool is_punct(char32_t c) {
  return c < 0x80 ? (c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' ||
                     c == ')' || c == ']' || c == '-' || c == '/')
                  : u_ispunct(static_cast<UChar32>(c)) != 0;
}

class ParagraphScanner {
 public:
  ParagraphScanner(std::string_view body, std::uint32_t begin, std::uint32_t end,
                   std::uint32_t paragraph, std::vector<Quote>& out)
      : body_(body), end_(end), paragraph_(paragraph), out_(out) {
    auto* s = reinterpret_cast<const uint8_t*>(body.data());
    int32_t i = static_cast<int32_t>(begin);
    while (i < static_cast<int32_t>(end)) {
      int32_t at = i;
      UChar32 c;
      U8_NEXT(s, i, static_cast<int32_t>(end), c);
      cps_.push_back({c < 0 ? 0xFFFD : static_cast<char32_t>(c), static_cast<std::uint32_t>(at),
                      static_cast<std::uint32_t>(i - at)});
    }
  }

  // Scans; returns true when a quote is still open at the paragraph's end.
  bool scan(bool first_is_continuation) {
    continuation_ = first_is_continuation;
    for (std::size_t i = 0; i < cps_.size(); ++i) {
      if (open_) {
        step_open(i);
      } else {
        try_open(i);
      }
    }
    if (!open_) return false;
    std::uint32_t end = end_;
    while (end > open_->text_start && is_space_byte(body_[end - 1])) --end;
    emit(end, end, false);
    return true;
  }

 private:
  struct Open {
    Family family;
    std::uint32_t mark_start;
    std::uint32_t text_start;
    int depth = 0;
  };

  static bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

  char32_t at(std::size_t i) const { return i < cps_.size() ? cps_[i].cp : 0; }
  bool has_prev(std::size_t i) const { return i > 0; }

  bool opener_context(std::size_t i) const {
    if (i + 1 >= cps_.size() || is_space(cps_[i + 1].cp)) return false;
    if (i == 0) return true;
    char32_t p = cps_[i - 1].cp;
    return is_space(p) || p == '(' || p == '[' || p == '{' || p == 0x2014 || p == 0x2013 ||
           p == '-' || p == ':' || p == ';' || p == ',' || p == '/' || is_quote_char(p);
  }

  bool closer_context(std::size_t i) const {
    if (i == 0 || is_space(cps_[i - 1].cp)) return false;
    if (i + 1 >= cps_.size()) return true;
    char32_t n = cps_[i + 1].cp;
    return is_space(n) || is_punct(n) || is_quote_char(n);
  }

  // A single mark that closes rather than marks a possessive ("leaders’ meeting").
  bool single_closer(std::size_t i) const {
    if (!closer_context(i)) return false;
    if (i + 1 < cps_.size() && is_letter(cps_[i + 1].cp)) return false;
    bool next_is_end_or_punct =
        i + 1 >= cps_.size() || is_punct(cps_[i + 1].cp) || is_quote_char(cps_[i + 1].cp);
    char32_t p = cps_[i - 1].cp;
    return next_is_end_or_punct || !(p == 's' || p == 'S');
  }

  bool single_closer_follows(std::size_t i, char32_t mark) const {
    for (std::size_t k = i + 2; k < cps_.size(); ++k) {
      if (cps_[k].cp == mark && single_closer(k)) return true;
    }
    return false;
  }

  // A closing ’ that could also be a plural possessive ("takes’ and").
  bool weak_single_closer(std::size_t i) const {
    return closer_context(i) && !(i + 1 < cps_.size() && is_letter(cps_[i + 1].cp));
  }

  bool weak_single_closer_follows(std::size_t i) const {
    for (std::size_t k = i + 2; k < cps_.size(); ++k) {
      if (cps_[k].cp == kRightSingle && weak_single_closer(k)) return true;
    }
    return false;
  }

  void open(std::size_t i, Family family) {
    open_ = Open{family, cps_[i].pos, cps_[i].pos + cps_[i].len};
  }

  void try_open(std::size_t i) {
    char32_t c = cps_[i].cp;
    if (!is_quote_char(c) || !opener_context(i)) return;
    char32_t next = at(i + 1);
    switch (c) {
      case '"':
        open(i, Family::kStraight);
        break;
      case kLeftDouble:
        open(i, Family::kCurly);
        break;
      case kRightDouble:
        if (is_alnum(next) || next == '[' || next == '.') open(i, Family::kReversed);
        break;
      case kLeftGuillemet:
        open(i, Family::kGuillemet);
        break;
      case kLowDouble:
        open(i, Family::kLow);
        break;
      case kLeftSingle:
        if (is_alnum(next) &&
            (single_closer_follows(i, kRightSingle) || weak_single_closer_follows(i))) {
          open(i, Family::kSingleCurly);
        }
        break;
      case '\'':
        if (is_letter(next) && single_closer_follows(i, '\'')) open(i, Family::kSingleStraight);
        break;
      default:
        break;
    }
  }

  void step_open(std::size_t i) {
    char32_t c = cps_[i].cp;
    Open& o = *open_;
    switch (o.family) {
      case Family::kStraight:
        if (c != '"') return;
        if (opener_context(i) && !closer_context(i)) {
          // A new quote opens while this one never closed: end this one at its last
          // sentence end, then start the new one. When the new mark follows that sentence
          // end directly ("…countries. "Existing…"), a paragraph break was lost between
          // the pieces of one quotation: the new piece continues this one.
          std::uint32_t end = last_sentence_end(o.text_start, cps_[i].pos);
          bool lost_break =
              end > o.text_start &&
              (body_[end - 1] == '.' || body_[end - 1] == '!' || body_[end - 1] == '?') &&
              only_spaces_between(end, cps_[i].pos);
          emit(end, end, false);
          chain_next_ = lost_break && !out_.empty() && out_.back().mark_start == o.mark_start;
          open(i, Family::kStraight);
          return;
        }
        close(i);
        return;
      case Family::kCurly:
        if (c == kLeftDouble && opener_context(i) && !closer_context(i) && o.depth == 0 &&
            after_sentence_end(i)) {
          // “A.  “B.”: a new piece right after a sentence end, not a nested quote.
          std::uint32_t end = last_sentence_end(o.text_start, cps_[i].pos);
          emit(end, end, false);
          chain_next_ = !out_.empty() && out_.back().mark_start == o.mark_start;
          open(i, Family::kCurly);
        } else if (c == kLeftDouble && opener_context(i) && !closer_context(i)) {
          ++o.depth;
        } else if (c == kRightDouble || (c == kLeftDouble && closer_context(i))) {
          if (o.depth > 0) {
            --o.depth;
          } else {
            close(i);
          }
        }
        return;
      case Family::kReversed:
      case Family::kLow:
        if ((c == kLeftDouble || c == kRightDouble) && closer_context(i)) close(i);
        return;
      case Family::kGuillemet:
        if (c == kLeftGuillemet) {
          ++o.depth;
        } else if (c == kRightGuillemet) {
          if (o.depth > 0) {
            --o.depth;
          } else {
            close(i);
          }
        }
        return;
      case Family::kSingleCurly:
        // ’ after an s may be a plural possessive ("leaders’ meeting"); it closes only when
        // no clearer closing mark follows ("‘as long as it takes’ and ...").
        if (c == kRightSingle &&
            (single_closer(i) ||
             (weak_single_closer(i) && !single_closer_follows(i - 1, kRightSingle)))) {
          close(i);
        }
        return;
      case Family::kSingleStraight:
        if (c == '\'' && single_closer(i)) close(i);
        return;
    }
  }

  // Byte offset just past the last ". ", "! " or "? " in [from, to), or `to` trimmed.
  std::uint32_t last_sentence_end(std::uint32_t from, std::uint32_t to) const {
    for (std::uint32_t k = to; k > from + 1; --k) {
      char c = body_[k - 1];
      if ((c == ' ' || c == '\t') &&
          (body_[k - 2] == '.' || body_[k - 2] == '!' || body_[k - 2] == '?')) {
        return k - 1;
      }
    }
    while (to > from && is_space_byte(body_[to - 1])) --to;
    return to;
  }

  // Does the mark at code point i follow a sentence end (". ", "! ", "? ") and spaces?
  bool after_sentence_end(std::size_t i) const {
    std::size_t k = i;
    while (k > 0 && is_space(cps_[k - 1].cp)) --k;
    if (k == i || k == 0) return false;
    char32_t p = cps_[k - 1].cp;
    return p == '.' || p == '!' || p == '?';
  }

  bool only_spaces_between(std::uint32_t from, std::uint32_t to) const {
    for (std::uint32_t k = from; k < to; ++k) {
      if (!is_space_byte(body_[k])) return false;
    }
    return true;
  }

  void close(std::size_t i) { emit(cps_[i].pos, cps_[i].pos + cps_[i].len, true); }

  void emit(std::uint32_t text_end, std::uint32_t mark_end, bool closed) {
    Open o = *open_;
    open_.reset();
    bool blank = true;
    for (std::uint32_t k = o.text_start; k < text_end && blank; ++k)
      blank = is_space_byte(body_[k]);
    if (blank) return;
    Quote q;
    q.start = o.text_start;
    q.end = text_end;
    q.mark_start = o.mark_start;
    q.mark_end = mark_end;
    q.paragraph = paragraph_;
    q.closed = closed;
    q.continuation =
        chain_next_ || (continuation_ && out_.size() == first_index_ && started_here_ == 0);
    chain_next_ = false;
    if (q.continuation && !out_.empty()) out_.back().continues = true;
    ++started_here_;
    out_.push_back(std::move(q));
  }

 public:
  void set_first_index(std::size_t index) { first_index_ = index; }

 private:
  std::string_view body_;
  std::uint32_t end_;
  std::uint32_t paragraph_;
  std::vector<Quote>& out_;
  std::vector<CodePoint> cps_;
  std::optional<Open> open_;
  bool continuation_ = false;
  bool chain_next_ = false;  // the next quote emitted continues the one before
  std::size_t first_index_ = 0;
  int started_here_ = 0;
};

// True when the paragraph at `begin` starts (after whitespace) with an opening mark.
bool starts_with_opening_mark(std::string_view body, std::uint32_t begin, std::uint32_t end) {
  while (begin < end && (body[begin] == ' ' || body[begin] == '\t')) ++begin;
  std::string_view rest = body.substr(begin, end - begin);
  // Not the straight ': a paragraph opening with "'90s" does not reopen a quote.
  for (std::string_view mark :
       {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xC2\xAB", "\xE2\x80\x9E", "\xE2\x80\x98"}) {
    if (rest.substr(0, mark.size()) == mark) return true;
  }
  return false;
}

// The byte offset of the closing mark that ends paragraph [begin, end) when it is the only
// double quotation mark in it ("…last words.”"); kNoMark when there is none; kOtherMarks
// when the paragraph holds other marks.
constexpr std::uint32_t kNoMark = 0xFFFFFFFF;
constexpr std::uint32_t kOtherMarks = 0xFFFFFFFE;

std::uint32_t lone_closing_mark(std::string_view body, std::uint32_t begin, std::uint32_t end) {
  std::uint32_t trimmed = end;
  while (trimmed > begin && (body[trimmed - 1] == ' ' || body[trimmed - 1] == '\t' ||
                             body[trimmed - 1] == '\n' || body[trimmed - 1] == '\r')) {
    --trimmed;
  }
  std::uint32_t found = kNoMark;
  for (std::string_view mark :
       {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xC2\xAB", "\xC2\xBB", "\xE2\x80\x9E"}) {
    std::size_t at = body.substr(begin, trimmed - begin).find(mark);
    if (at == std::string_view::npos) continue;
    auto pos = static_cast<std::uint32_t>(begin + at);
    bool closing = mark != "\xC2\xAB" && mark != "\xE2\x80\x9E";
    if (!closing || pos + mark.size() != trimmed || found != kNoMark) return kOtherMarks;
    found = pos;
  }
  return found;
}

// A quotation that runs over several paragraphs without reopening its marks: the quote left
// open at the end of its paragraph (and not continued by a reopening mark) runs on to a later
// paragraph that ends with a lone closing mark, when the paragraphs between hold no marks.
void join_unreopened(std::string_view body,
                     const std::vector<std::pair<std::uint32_t, std::uint32_t>>& paragraphs,
                     std::vector<Quote>& quotes) {
  constexpr std::size_t kMaxParagraphs = 8;
  for (Quote& q : quotes) {
    if (q.closed || q.continues || q.continuation) continue;
    for (std::size_t p = q.paragraph + 1;
         p < paragraphs.size() && p <= q.paragraph + kMaxParagraphs; ++p) {
      std::uint32_t mark = lone_closing_mark(body, paragraphs[p].first, paragraphs[p].second);
      if (mark == kNoMark) continue;
      if (mark != kOtherMarks) {
        q.end = mark;
        q.mark_end = mark + (body[mark] == '"' ? 1 : body[mark] == '\xC2' ? 2 : 3);
        q.closed = true;
      }
      break;
    }
  }
}

// --- Russian quotes interrupted by their attribution: «А, — сказал он. — Б» ---------------

// Where an attribution interrupts a quotation inside its marks: piece A ends at `a_end`, the
// narrative runs from `narrative` to the dash at `b_mark`, and piece B starts at `b_start`.
struct Interruption {
  std::uint32_t a_end;
  std::uint32_t narrative;
  std::uint32_t b_mark;  // the dash that reopens the quotation
  std::uint32_t b_start;
};

constexpr std::string_view kEmDash = "\xE2\x80\x94";
constexpr std::string_view kEnDash = "\xE2\x80\x93";
constexpr std::string_view kEllipsis = "\xE2\x80\xA6";
constexpr std::string_view kNbsp = "\xC2\xA0";

// The byte offset of the space (" " or a no-break space) ending just before `at`, or `at`
// when there is none.
std::uint32_t space_before(std::string_view body, std::uint32_t at) {
  if (at >= 1 && body[at - 1] == ' ') return at - 1;
  if (at >= 2 && body.substr(at - 2, 2) == kNbsp) return at - 2;
  return at;
}

std::uint32_t past_spaces(std::string_view body, std::uint32_t at, std::uint32_t end) {
  while (at < end) {
    if (body[at] == ' ') {
      ++at;
    } else if (body.substr(at, 2) == kNbsp) {
      at += 2;
    } else {
      break;
    }
  }
  return at;
}

// The length of the dash at `at` that sets off an attribution: an em dash, an en dash, or a
// hyphen-minus standing for one (many Russian texts type " - " between spaces); 0 for none.
std::uint32_t dash_length(std::string_view body, std::uint32_t at) {
  if (body.substr(at, kEmDash.size()) == kEmDash || body.substr(at, kEnDash.size()) == kEnDash) {
    return static_cast<std::uint32_t>(kEmDash.size());
  }
  return body.substr(at, 2) == "- " ? 1 : 0;
}

// A dash at `at` with a space on each side after punctuation from `marks` ("…плохо, — "):
// the offset where that punctuation starts, or nullopt.
std::optional<std::uint32_t> dash_after_punct(std::string_view body, std::uint32_t at,
                                              std::uint32_t from, std::string_view marks) {
  if (dash_length(body, at) == 0) return std::nullopt;
  std::uint32_t space = space_before(body, at);
  if (space == at || space <= from) return std::nullopt;
  if (marks.find(body[space - 1]) != std::string_view::npos) return space - 1;
  if (space >= from + 3 && body.substr(space - 3, 3) == kEllipsis) return space - 3;
  return std::nullopt;
}

// The first «А, — сказал он. — Б» in [from, to): a dash after a comma (or . ! ? …) opening
// a lower-case narrative of at most 20 words with no quotation mark, closed by a dash after
// . , or : with quoted words after it.
std::optional<Interruption> find_interruption(std::string_view body, std::uint32_t from,
                                              std::uint32_t to) {
  constexpr int kMaxWords = 20;
  for (std::uint32_t at = from; at + 1 < to; ++at) {
    std::optional<std::uint32_t> punct = dash_after_punct(body, at, from, ",.!?");
    if (!punct) continue;
    const std::uint32_t after_dash = at + dash_length(body, at);
    std::uint32_t narrative = past_spaces(body, after_dash, to);
    if (narrative == after_dash || narrative >= to ||
        !starts_lower_case(body.substr(narrative, to - narrative))) {
      continue;
    }
    int words = 1;
    for (std::uint32_t k = narrative; k + 1 < to && words <= kMaxWords; ++k) {
      char c = body[k];
      if (c == '"' || body.substr(k, 2) == "\xC2\xAB" || body.substr(k, 2) == "\xC2\xBB") break;
      if (c == ' ') ++words;
      std::optional<std::uint32_t> close = dash_after_punct(body, k, narrative, ".,:");
      if (!close) continue;
      const std::uint32_t reopen = k + dash_length(body, k);
      std::uint32_t b_start = past_spaces(body, reopen, to);
      if (b_start > reopen && b_start < to) {
        std::uint32_t a_end = body[*punct] == ',' ? *punct : space_before(body, at);
        return Interruption{a_end, at, k, b_start};
      }
    }
  }
  return std::nullopt;
}

// Splits each «…» quote its attribution interrupts inside the marks into its pieces, the
// narrative between them left outside: «А, — сказал он. — Б» gives «А» and «Б».
void split_interrupted(std::string_view body, std::vector<Quote>& quotes) {
  std::vector<Quote> out;
  out.reserve(quotes.size());
  for (Quote& q : quotes) {
    // «…», and "…" or „…“ as Russian texts typed on a Latin keyboard write it.
    const bool opening = body.substr(q.mark_start, 2) == "\xC2\xAB" || body[q.mark_start] == '"' ||
                         body.substr(q.mark_start, 3) == "\xE2\x80\x9E";
    while (opening) {
      std::optional<Interruption> cut = find_interruption(body, q.start, q.end);
      if (!cut || cut->a_end <= q.start) break;
      Quote a = q;
      a.end = cut->a_end;
      a.mark_end = cut->narrative;
      a.closed = true;
      a.continues = false;
      q.start = cut->b_start;
      q.mark_start = cut->b_mark;
      q.continuation = false;
      out.push_back(std::move(a));
    }
    out.push_back(std::move(q));
  }
  quotes = std::move(out);
}

}  // namespace

std::vector<Quote> find_quotes(std::string_view body) {
  std::vector<Quote> quotes;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> paragraphs;
  std::size_t start = 0;
  while (start < body.size()) {
    std::size_t end = body.find("\n\n", start);
    if (end == std::string_view::npos) end = body.size();
    paragraphs.emplace_back(static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end));
    start = end + 2;
  }
  bool carry = false;
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    auto [begin, end] = paragraphs[p];
    bool continuation = carry && starts_with_opening_mark(body, begin, end);
    ParagraphScanner scanner(body, begin, end, static_cast<std::uint32_t>(p), quotes);
    scanner.set_first_index(quotes.size());
    bool open_at_end = scanner.scan(continuation);
    carry = open_at_end;
  }
  join_unreopened(body, paragraphs, quotes);
  split_interrupted(body, quotes);
  return quotes;
}

}  // namespace rostra
