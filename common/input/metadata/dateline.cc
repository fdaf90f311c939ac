#include "common/input/metadata/dateline.h"

#include "common/base/text_util.h"

namespace rostra {
namespace {

constexpr std::size_t kMaxAgency = 40;
constexpr std::size_t kMaxPlace = 80;
constexpr std::size_t kMaxNote = 600;

bool is_place_char(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == ' ' || c == '.' || c == ',' ||
         c == '/' || c == '\'' || c == '-' || c >= 0x80;
}

bool is_upper_start(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || c >= 0xC0;
}

std::size_t skip_spaces(std::string_view text, std::size_t i) {
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n')) ++i;
  return i;
}

// Index just past the parenthetical opening at `open` (nesting allowed), or npos.
std::size_t skip_parenthetical(std::string_view text, std::size_t open) {
  int depth = 0;
  for (std::size_t i = open; i < text.size() && i < open + kMaxNote; ++i) {
    if (text[i] == '(') ++depth;
    if (text[i] == ')' && --depth == 0) return i + 1;
  }
  return std::string_view::npos;
}

// True for a word of two or more letters with no lower-case ASCII letter ("WASHINGTON").
bool is_capitals_word(std::string_view word) {
  std::size_t letters = 0;
  for (char c : word) {
    if (c >= 'a' && c <= 'z') return false;
    letters += (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
  }
  return letters >= 2;
}

// Splits "By Jonathan Spicer and Rob Cox NEW YORK" into byline and place.
void split_byline(std::string_view head, Dateline& dateline) {
  std::string_view rest = trim(head.substr(3));
  std::size_t pos = 0;
  while (pos < rest.size()) {
    std::size_t end = rest.find(' ', pos);
    if (end == std::string_view::npos) end = rest.size();
    if (is_capitals_word(rest.substr(pos, end - pos))) {
      dateline.byline = std::string(trim(rest.substr(0, pos)));
      dateline.place = std::string(trim(rest.substr(pos)));
      return;
    }
    pos = end + 1;
  }
  dateline.byline = std::string(rest);
}

}  // namespace

std::optional<Dateline> parse_dateline(std::string_view text) {
  std::size_t i = skip_spaces(text, 0);
  if (i < text.size() && text[i] == '(') {
    std::size_t after = skip_parenthetical(text, i);
    if (after != std::string_view::npos && after - i > kMaxAgency + 2) i = skip_spaces(text, after);
  }
  std::size_t place_start = i;
  if (i >= text.size() ||
      !(text[i] == '(' || is_upper_start(static_cast<unsigned char>(text[i])))) {
    return std::nullopt;
  }
  std::size_t open = text.find('(', i);
  if (open == std::string_view::npos || open - place_start > kMaxPlace + 40) return std::nullopt;
  for (std::size_t k = place_start; k < open; ++k) {
    if (!is_place_char(static_cast<unsigned char>(text[k]))) return std::nullopt;
  }
  std::size_t close = text.find(')', open);
  if (close == std::string_view::npos || close - open > kMaxAgency + 1) return std::nullopt;
  std::string_view agency = trim(text.substr(open + 1, close - open - 1));
  if (agency.find('(') != std::string_view::npos) return std::nullopt;
  std::size_t k = close + 1;
  while (k < text.size() && text[k] == ' ') ++k;
  std::size_t dash = 0;
  if (text.substr(k, 1) == "-") {
    dash = 1;
  } else if (text.substr(k, 3) == "\xE2\x80\x93" || text.substr(k, 3) == "\xE2\x80\x94") {
    dash = 3;
  }
  if (dash == 0) return std::nullopt;
  k += dash;
  while (k < text.size() && text[k] == ' ') ++k;

  Dateline dateline;
  std::string_view head = trim(text.substr(place_start, open - place_start));
  if (starts_with_ignore_case(head, "by ")) {
    split_byline(head, dateline);
  } else {
    if (head.size() > kMaxPlace) return std::nullopt;
    dateline.place = std::string(head);
  }
  dateline.agency = std::string(agency);
  dateline.length = k;
  return dateline;
}

}  // namespace rostra
