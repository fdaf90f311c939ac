#include "common/spread/translation_link.h"

#include <charconv>
#include <cstdio>

namespace rostra {
namespace {

constexpr char kField = '\x1f';

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += ',';
    out += item;
  }
  return out;
}

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  for (std::size_t start = 0;;) {
    std::size_t end = s.find(sep, start);
    out.emplace_back(s.substr(start, end - start));
    if (end == std::string_view::npos) return out;
    start = end + 1;
  }
}

template <typename Number>
bool parse(std::string_view s, Number& out) {
  auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), out);
  return error == std::errc() && end == s.data() + s.size();
}

}  // namespace

std::string encode_translation_links(const std::vector<TranslationLink>& links) {
  std::string out;
  for (const TranslationLink& link : links) {
    char score[32];
    std::snprintf(score, sizeof score, "%.4f", link.score);
    out += link.other + kField + score + kField +
           (link.days_apart ? std::to_string(*link.days_apart) : std::string("-")) + kField +
           join(link.shared_words) + kField + join(link.shared_numbers) + kField +
           join(link.shared_names) + '\n';
  }
  return out;
}

std::vector<TranslationLink> decode_translation_links(std::string_view data) {
  std::vector<TranslationLink> links;
  for (const std::string& line : split(data, '\n')) {
    std::vector<std::string> fields = split(line, kField);
    if (fields.size() != 6 || fields[0].empty()) continue;
    TranslationLink link;
    link.other = fields[0];
    link.score = std::strtod(fields[1].c_str(), nullptr);
    int days = 0;
    if (fields[2] != "-" && parse(fields[2], days)) link.days_apart = days;
    if (!fields[3].empty()) link.shared_words = split(fields[3], ',');
    if (!fields[4].empty()) link.shared_numbers = split(fields[4], ',');
    if (!fields[5].empty()) link.shared_names = split(fields[5], ',');
    links.push_back(std::move(link));
  }
  return links;
}

void merge_translation_link(std::vector<TranslationLink>& links, TranslationLink link) {
  for (TranslationLink& old : links) {
    if (old.other == link.other) {
      old = std::move(link);
      return;
    }
  }
  links.push_back(std::move(link));
}

std::optional<int> day_number(std::string_view date) {
  int y = 0;
  unsigned m = 0;
  unsigned d = 0;
  if (date.size() != 10 || date[4] != '-' || date[7] != '-' || !parse(date.substr(0, 4), y) ||
      !parse(date.substr(5, 2), m) || !parse(date.substr(8, 2), d) || m < 1 || m > 12 || d < 1 ||
      d > 31) {
    return std::nullopt;
  }
  // Howard Hinnant's days_from_civil.
  y -= m <= 2 ? 1 : 0;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

}  // namespace rostra
