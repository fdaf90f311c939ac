#include "common/input/metadata/date_parser.h"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <utility>
#include <vector>

namespace rostra {
namespace {

enum class PieceKind { kNumber, kWord, kPunct };

struct Piece {
  PieceKind kind;
  std::string_view text;
  int value = 0;  // for numbers
};

bool is_ascii_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_ascii_alpha(char c) {
  return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}
bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// Splits into numbers, words (ASCII letters or any multi-byte UTF-8 run) and single
// punctuation characters. Whitespace (and U+00A0) separates pieces and is dropped.
std::vector<Piece> split_pieces(std::string_view s) {
  std::vector<Piece> pieces;
  std::size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (is_space(c)) {
      ++i;
    } else if (c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') {
      i += 2;
    } else if (is_ascii_digit(c)) {
      std::size_t j = i;
      int value = 0;
      while (j < s.size() && is_ascii_digit(s[j]) && j - i < 9) value = value * 10 + (s[j++] - '0');
      while (j < s.size() && is_ascii_digit(s[j])) ++j;
      pieces.push_back({PieceKind::kNumber, s.substr(i, j - i), value});
      i = j;
    } else if (is_ascii_alpha(c) || (static_cast<unsigned char>(c) >= 0xC0)) {
      std::size_t j = i;
      while (j < s.size() && (is_ascii_alpha(s[j]) || static_cast<unsigned char>(s[j]) >= 0x80) &&
             !(s[j] == '\xC2' && j + 1 < s.size() && s[j + 1] == '\xA0')) {
        ++j;
      }
      pieces.push_back({PieceKind::kWord, s.substr(i, j - i)});
      i = j;
    } else {
      pieces.push_back({PieceKind::kPunct, s.substr(i, 1)});
      ++i;
    }
  }
  return pieces;
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

// Russian month stems in lower case, matched as prefixes of the (lower-cased) word.
// Upper-case Cyrillic is folded by lower_cyrillic below.
constexpr std::array<std::string_view, 12> kRussianMonthStems = {
    "январ", "феврал", "март",    "апрел",  "ма",    "июн",
    "июл",   "август", "сентябр", "октябр", "ноябр", "декабр"};

constexpr std::array<std::string_view, 12> kEnglishMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

std::string lower_cyrillic(std::string_view s) {
  // Maps А-Я (D0 90..D0 AF) to а-я; enough for month names.
  std::string out(s);
  for (std::size_t i = 0; i + 1 < out.size(); ++i) {
    auto b0 = static_cast<unsigned char>(out[i]);
    auto b1 = static_cast<unsigned char>(out[i + 1]);
    if (b0 == 0xD0 && b1 >= 0x90 && b1 <= 0x9F) {
      out[i + 1] = static_cast<char>(b1 + 0x20);
      ++i;
    } else if (b0 == 0xD0 && b1 >= 0xA0 && b1 <= 0xAF) {
      out[i] = static_cast<char>(0xD1);
      out[i + 1] = static_cast<char>(b1 - 0x20);
      ++i;
    }
  }
  return out;
}

// Month names and common abbreviations of the languages of the European press, in lower
// case: German, French, Spanish, Portuguese, Italian and Dutch (English and Russian are
// matched above and below). A word must equal one of them.
struct MonthName {
  std::string_view name;
  int month;
};
constexpr MonthName kOtherMonths[] = {
    // German
    {"januar", 1},
    {"jänner", 1},
    {"februar", 2},
    {"märz", 3},
    {"maerz", 3},
    {"mär", 3},
    {"mai", 5},
    {"juni", 6},
    {"juli", 7},
    {"oktober", 10},
    {"okt", 10},
    {"dezember", 12},
    {"dez", 12},
    // French
    {"janvier", 1},
    {"janv", 1},
    {"février", 2},
    {"févr", 2},
    {"fevrier", 2},
    {"mars", 3},
    {"avril", 4},
    {"avr", 4},
    {"juin", 6},
    {"juillet", 7},
    {"juil", 7},
    {"août", 8},
    {"aout", 8},
    {"septembre", 9},
    {"octobre", 10},
    {"novembre", 11},
    {"décembre", 12},
    {"déc", 12},
    // Spanish
    {"enero", 1},
    {"ene", 1},
    {"febrero", 2},
    {"marzo", 3},
    {"abril", 4},
    {"abr", 4},
    {"mayo", 5},
    {"junio", 6},
    {"julio", 7},
    {"agosto", 8},
    {"ago", 8},
    {"septiembre", 9},
    {"setiembre", 9},
    {"octubre", 10},
    {"noviembre", 11},
    {"diciembre", 12},
    {"dic", 12},
    // Portuguese
    {"janeiro", 1},
    {"fevereiro", 2},
    {"março", 3},
    {"maio", 5},
    {"junho", 6},
    {"julho", 7},
    {"setembro", 9},
    {"outubro", 10},
    {"novembro", 11},
    {"dezembro", 12},
    // Italian
    {"gennaio", 1},
    {"febbraio", 2},
    {"aprile", 4},
    {"maggio", 5},
    {"giugno", 6},
    {"luglio", 7},
    {"settembre", 9},
    {"ottobre", 10},
    {"dicembre", 12},
    // Dutch
    {"januari", 1},
    {"februari", 2},
    {"maart", 3},
    {"mei", 5},
    {"augustus", 8}};

// 1..12 for a month name or abbreviation, else 0.
int month_number(std::string_view word) {
  std::string lower = ascii_lower(word);
  for (const MonthName& m : kOtherMonths) {
    if (lower == m.name) return m.month;
  }
  if (lower.size() >= 3) {
    for (int m = 0; m < 12; ++m) {
      std::string_view full = kEnglishMonths[m];
      if (lower == full || (lower.size() <= full.size() && full.substr(0, lower.size()) == lower &&
                            (lower.size() == 3 || lower == "sept"))) {
        return m + 1;
      }
    }
  }
  if (static_cast<unsigned char>(word[0]) >= 0xC0) {
    std::string cyr = lower_cyrillic(word);
    if (cyr == "мая" || cyr == "май") return 5;
    for (int m = 0; m < 12; ++m) {
      if (m == 4) continue;
      std::string_view stem = kRussianMonthStems[m];
      if (cyr.size() >= stem.size() && cyr.compare(0, stem.size(), stem) == 0) return m + 1;
    }
  }
  return 0;
}

bool is_weekday(std::string_view word) {
  static constexpr std::array<std::string_view, 7> kDays = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  std::string lower = ascii_lower(word);
  if (lower.size() < 3) return false;
  for (std::string_view d : kDays) {
    if (lower == d || (lower.size() == 3 && d.substr(0, 3) == lower)) return true;
  }
  return false;
}

int full_year(const Piece& p) {
  if (p.text.size() == 4) return p.value;
  if (p.text.size() == 2) return p.value < 50 ? 2000 + p.value : 1900 + p.value;
  return -1;
}

std::string iso(int y, int m, int d) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

struct Match {
  std::string iso;
  std::size_t used = 0;  // pieces consumed
};

bool punct_is(const std::vector<Piece>& p, std::size_t i, char c) {
  return i < p.size() && p[i].kind == PieceKind::kPunct && p[i].text[0] == c;
}
bool is_number(const std::vector<Piece>& p, std::size_t i) {
  return i < p.size() && p[i].kind == PieceKind::kNumber;
}
bool is_word(const std::vector<Piece>& p, std::size_t i) {
  return i < p.size() && p[i].kind == PieceKind::kWord;
}

// "de", "del": the words Spanish and Portuguese put between day, month and year.
bool is_connector(const std::vector<Piece>& p, std::size_t i) {
  if (!is_word(p, i)) return false;
  std::string w = ascii_lower(p[i].text);
  return w == "de" || w == "del";
}

std::optional<Match> match_at(const std::vector<Piece>& p, std::size_t i, bool day_first = false) {
  auto accept = [](int y, int m, int d, std::size_t used) -> std::optional<Match> {
    if (!is_valid_date(y, m, d)) return std::nullopt;
    return Match{iso(y, m, d), used};
  };
  // 2022-03-04, 2022/03/04, 2022.03.04
  if (is_number(p, i) && p[i].text.size() == 4 && is_number(p, i + 2) && is_number(p, i + 4)) {
    char sep = p[i + 1].kind == PieceKind::kPunct ? p[i + 1].text[0] : 0;
    if ((sep == '-' || sep == '/' || sep == '.') && punct_is(p, i + 3, sep)) {
      return accept(p[i].value, p[i + 2].value, p[i + 4].value, 5);
    }
  }
  // 04.03.2022 (day first), 31/12/2017 or 12/31/2017 when unambiguous
  if (is_number(p, i) && p[i].text.size() <= 2 && is_number(p, i + 2) && is_number(p, i + 4) &&
      p[i + 2].text.size() <= 2) {
    char sep = p[i + 1].kind == PieceKind::kPunct ? p[i + 1].text[0] : 0;
    int year = full_year(p[i + 4]);
    if ((sep == '.' || sep == '/') && punct_is(p, i + 3, sep) && year > 0) {
      int a = p[i].value;
      int b = p[i + 2].value;
      if (sep == '.') return accept(year, b, a, 5);
      if (a > 12 && b <= 12) return accept(year, b, a, 5);
      if (b > 12 && a <= 12) return accept(year, a, b, 5);
      if (a == b) return accept(year, a, b, 5);
      if (day_first) return accept(year, b, a, 5);
      return std::nullopt;  // ambiguous: 03/04/2022
    }
  }
  // December 31, 2017 / Dec. 31 2017
  if (is_word(p, i)) {
    int month = month_number(p[i].text);
    std::size_t j = i + 1;
    if (punct_is(p, j, '.')) ++j;
    if (month > 0 && is_number(p, j) && p[j].text.size() <= 2) {
      std::size_t k = j + 1;
      if (punct_is(p, k, ',')) ++k;
      if (is_number(p, k) && p[k].text.size() == 4)
        return accept(p[k].value, month, p[j].value, k + 1 - i);
    }
  }
  // 31 December 2017 / 20 января 2025 / 31-Dec-17 / 26-FEB-1987 / 21. April 2020 /
  // 3 de mayo de 2022
  if (is_number(p, i) && p[i].text.size() <= 2) {
    std::size_t j = i + 1;
    bool dashed = punct_is(p, j, '-');
    if (dashed) ++j;
    if (!dashed && punct_is(p, j, '.')) ++j;
    if (!dashed && is_connector(p, j)) ++j;
    if (is_word(p, j)) {
      int month = month_number(p[j].text);
      std::size_t k = j + 1;
      if (dashed) {
        if (!punct_is(p, k, '-')) return std::nullopt;
        ++k;
      } else {
        if (punct_is(p, k, '.')) ++k;
        if (punct_is(p, k, ',')) ++k;
        if (is_connector(p, k)) ++k;
      }
      if (month > 0 && is_number(p, k)) {
        int year = dashed ? full_year(p[k]) : (p[k].text.size() == 4 ? p[k].value : -1);
        if (year > 0) return accept(year, month, p[i].value, k + 1 - i);
      }
    }
  }
  return std::nullopt;
}

std::size_t skip_weekday(const std::vector<Piece>& p) {
  std::size_t i = 0;
  if (is_word(p, i) && is_weekday(p[i].text)) {
    ++i;
    if (punct_is(p, i, ',')) ++i;
  }
  return i;
}

// True for what may follow a date on a date line: a time such as "10:32", "AM", "GMT",
// "+0300", "г." (Russian "year"), separators.
bool is_time_tail(const std::vector<Piece>& p, std::size_t from) {
  for (std::size_t i = from; i < p.size(); ++i) {
    const Piece& piece = p[i];
    if (piece.kind == PieceKind::kNumber) continue;
    if (piece.kind == PieceKind::kPunct) {
      char c = piece.text[0];
      if (c == ':' || c == '.' || c == '+' || c == '-' || c == ',' || c == '|' || c == '(' ||
          c == ')' || c == '/') {
        continue;
      }
      return false;
    }
    std::string w = ascii_lower(piece.text);
    if (w == "am" || w == "pm" || w == "a.m" || w == "p.m" || w == "gmt" || w == "utc" ||
        w == "est" || w == "edt" || w == "msk" || w == "cet" || w == "t" || w == "z" ||
        w == "updated" || piece.text == "г" || piece.text == "года") {
      continue;
    }
    return false;
  }
  return true;
}

}  // namespace

bool is_valid_date(int year, int month, int day) {
  if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (day > kDays[month - 1]) return false;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return !(month == 2 && day == 29 && !leap);
}

std::optional<std::string> parse_date(std::string_view text) {
  std::vector<Piece> pieces = split_pieces(text);
  std::size_t start = skip_weekday(pieces);
  std::optional<Match> match = match_at(pieces, start);
  if (!match) return std::nullopt;
  return match->iso;
}

std::optional<std::string> parse_date_day_first(std::string_view text) {
  std::vector<Piece> pieces = split_pieces(text);
  std::size_t start = skip_weekday(pieces);
  std::optional<Match> match = match_at(pieces, start, true);
  if (!match) return std::nullopt;
  return match->iso;
}

std::optional<std::string> parse_date_line(std::string_view line) {
  if (line.size() > 80) return std::nullopt;
  std::vector<Piece> pieces = split_pieces(line);
  std::size_t start = skip_weekday(pieces);
  std::optional<Match> match = match_at(pieces, start);
  if (!match || !is_time_tail(pieces, start + match->used)) return std::nullopt;
  return match->iso;
}

// The reading of an ambiguous "03/05/2022" at `i` (May 3 or March 5) that lies within a day
// of `near`, when exactly one does.
namespace {

std::optional<std::string> ambiguous_near(const std::vector<Piece>& p, std::size_t i,
                                          std::string_view near) {
  if (near.size() != 10 || !is_number(p, i) || p[i].text.size() > 2 || !punct_is(p, i + 1, '/') ||
      !is_number(p, i + 2) || p[i + 2].text.size() > 2 || !punct_is(p, i + 3, '/') ||
      !is_number(p, i + 4) || p[i + 4].text.size() != 4) {
    return std::nullopt;
  }
  std::optional<std::string> found;
  int year = p[i + 4].value;
  for (auto [month, day] : {std::pair{p[i + 2].value, p[i].value}, {p[i].value, p[i + 2].value}}) {
    if (!is_valid_date(year, month, day)) continue;
    std::string reading = iso(year, month, day);
    if (std::abs(days_from_iso(reading) - days_from_iso(near)) <= 1) {
      if (found && *found != reading) return std::nullopt;
      found = reading;
    }
  }
  return found;
}

}  // namespace

long days_from_iso(std::string_view iso_date) {
  auto number = [&](std::size_t at, std::size_t count) {
    int value = 0;
    for (std::size_t k = at; k < at + count && k < iso_date.size(); ++k) {
      value = value * 10 + (iso_date[k] - '0');
    }
    return value;
  };
  // Howard Hinnant's days_from_civil.
  int y = number(0, 4);
  auto m = static_cast<unsigned>(number(5, 2));
  auto d = static_cast<unsigned>(number(8, 2));
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  auto yoe = static_cast<unsigned>(y - era * 400);
  unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

std::optional<std::string> find_date(std::string_view text, std::string_view near) {
  std::vector<Piece> pieces = split_pieces(text);
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    if (auto reading = ambiguous_near(pieces, i, near)) return reading;
    std::optional<Match> match = match_at(pieces, i);
    if (!match) continue;
    // In running text a date must give its year in full: "04.04.20" may be anything.
    for (std::size_t k = i; k < i + match->used; ++k) {
      if (pieces[k].kind == PieceKind::kNumber && pieces[k].text.size() == 4) return match->iso;
    }
  }
  return std::nullopt;
}

std::optional<std::string> date_from_url(std::string_view url) {
  // Only the path: skip "scheme://host".
  std::size_t scheme = url.find("://");
  std::size_t path = url.find('/', scheme == std::string_view::npos ? 0 : scheme + 3);
  if (path == std::string_view::npos) return std::nullopt;
  auto digits = [&](std::size_t at, std::size_t count) {
    if (at + count > url.size()) return -1;
    int value = 0;
    for (std::size_t k = at; k < at + count; ++k) {
      if (!is_ascii_digit(url[k])) return -1;
      value = value * 10 + (url[k] - '0');
    }
    return value;
  };
  for (std::size_t i = path; i < url.size(); ++i) {
    if (url[i] != '/') continue;
    std::size_t s = i + 1;
    int year = digits(s, 4);
    if (year < 0 || s + 10 > url.size()) continue;
    char sep = url[s + 4];
    if ((sep != '/' && sep != '-') || url[s + 7] != sep) continue;
    int month = digits(s + 5, 2);
    int day = digits(s + 8, 2);
    std::size_t after = s + 10;
    if (after < url.size() && is_ascii_digit(url[after])) continue;
    if (month > 0 && day > 0 && is_valid_date(year, month, day)) return iso(year, month, day);
  }
  return std::nullopt;
}

}  // namespace rostra
