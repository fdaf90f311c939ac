#include "common/spread/phrase_block.h"

#include <cstdio>

#include "common/base/record_codec.h"

namespace rostra {
namespace {

constexpr char kFormat = 1;

void add_numbers(RecordWriter& out, const auto& numbers) {
  out.add(static_cast<std::uint64_t>(numbers.size()));
  std::uint64_t previous = 0;
  for (auto n : numbers) {  // sorted: deltas keep them short
    out.add(static_cast<std::uint64_t>(n) - previous);
    previous = static_cast<std::uint64_t>(n);
  }
}

template <typename T>
std::vector<T> read_numbers(RecordReader& in) {
  std::vector<T> out(in.number());
  std::uint64_t previous = 0;
  for (T& n : out) {
    previous += in.number();
    n = static_cast<T>(previous);
  }
  return out;
}

void add_strings(RecordWriter& out, const std::vector<std::string>& strings) {
  out.add(static_cast<std::uint64_t>(strings.size()));
  for (const std::string& s : strings) out.add(s);
}

std::vector<std::string> read_strings(RecordReader& in) {
  std::vector<std::string> out(in.number());
  for (std::string& s : out) s = in.string();
  return out;
}

// "YYYY-MM" of month `month` (0 is December of the year before, 13 January after).
std::string month_name(int year, int month) {
  if (month < 1) return month_name(year - 1, 12);
  if (month > 12) return month_name(year + 1, 1);
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02d", year, month);
  return out;
}

}  // namespace

std::string encode_phrase_block(const std::vector<PlacedPhrase>& phrases) {
  RecordWriter out(kFormat);
  out.add(static_cast<std::uint64_t>(phrases.size()));
  for (const PlacedPhrase& p : phrases) {
    const QuoteWording& w = p.wording;
    out.add(w.key);
    out.add(p.cluster);
    out.add(p.language);
    out.add(static_cast<std::uint64_t>(w.length));
    out.add(p.count);
    out.add(static_cast<std::uint64_t>(p.undated));
    add_numbers(out, w.shingles);
    add_strings(out, w.content);
    out.add(static_cast<std::uint64_t>(w.sentences.size()));
    for (const auto& sentence : w.sentences) add_strings(out, sentence);
    add_strings(out, w.numbers);
    add_strings(out, w.names);
    add_numbers(out, p.days);  // day numbers are positive: dates after 1970
    add_numbers(out, p.articles);
  }
  return out.compressed();
}

std::vector<PlacedPhrase> decode_phrase_block(std::string_view data) {
  if (data.empty()) return {};
  RecordReader in(data, kFormat);
  std::vector<PlacedPhrase> phrases(in.number());
  for (PlacedPhrase& p : phrases) {
    QuoteWording& w = p.wording;
    w.key = in.string();
    p.cluster = in.string();
    p.language = in.string();
    w.length = in.number();
    p.count = in.number();
    p.undated = in.number() != 0;
    w.shingles = read_numbers<std::uint64_t>(in);
    w.content = read_strings(in);
    w.sentences.resize(in.number());
    for (auto& sentence : w.sentences) sentence = read_strings(in);
    w.numbers = read_strings(in);
    w.names = read_strings(in);
    p.days = read_numbers<int>(in);
    p.articles = read_numbers<std::uint64_t>(in);
  }
  return phrases;
}

std::string time_block(std::string_view date) {
  return day_number(date) ? std::string(date.substr(0, 7)) : std::string();
}

std::vector<std::string> neighbour_blocks(std::string_view date) {
  const std::string month = time_block(date);
  if (month.empty()) return {""};
  const int year = std::stoi(month.substr(0, 4));
  const int m = std::stoi(month.substr(5, 2));
  return {month_name(year, m - 1), month, month_name(year, m + 1), ""};
}

}  // namespace rostra
