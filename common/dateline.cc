#include "common/dateline.h"

namespace rostra {
namespace {

bool is_place_char(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == ' ' || c == '.' || c == ',' ||
         c == '/' || c == '\'' || c == '-' || c >= 0x80;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::optional<Dateline> parse_dateline(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n')) ++i;
  std::size_t place_start = i;
  if (i >= text.size() || !((text[i] >= 'A' && text[i] <= 'Z') || static_cast<unsigned char>(text[i]) >= 0xC0)) {
    return std::nullopt;
  }
  std::size_t open = text.find('(', i);
  if (open == std::string_view::npos || open - place_start > 80 || open == place_start) {
    return std::nullopt;
  }
  for (std::size_t k = place_start; k < open; ++k) {
    if (!is_place_char(static_cast<unsigned char>(text[k]))) return std::nullopt;
  }
  std::size_t close = text.find(')', open);
  if (close == std::string_view::npos || close - open > 41) return std::nullopt;
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
  dateline.place = std::string(trim(text.substr(place_start, open - place_start)));
  dateline.agency = std::string(agency);
  dateline.length = k;
  return dateline;
}

}  // namespace rostra
