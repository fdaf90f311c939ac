#include "corpus_generator.h"

#include <algorithm>
#include <fstream>
#include <ostream>
#include <set>

#include "common/analysis/script.h"
#include "common/base/json_writer.h"
#include "common/base/text_util.h"
#include "common/input/input_reader.h"

namespace rostra::bench {
namespace {

// Splits text into sentences at . ! ? followed by a space and a capital (or the end).
void split_sentences(std::string_view text, std::vector<std::string>& out) {
  std::size_t start = 0;
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    char c = text[i];
    if ((c == '.' || c == '!' || c == '?') && (text[i + 1] == ' ' || text[i + 1] == '\n')) {
      std::string_view sentence = trim(text.substr(start, i + 1 - start));
      std::size_t words =
          static_cast<std::size_t>(std::count(sentence.begin(), sentence.end(), ' ')) + 1;
      // Whole sentences of news length, without quote marks (quotes are added by the generator).
      if (words >= 6 && words <= 45 && sentence.find_first_of("\"") == std::string_view::npos &&
          sentence.find("\xE2\x80\x9C") == std::string_view::npos &&
          sentence.find("\xC2\xAB") == std::string_view::npos) {
        out.emplace_back(sentence);
      }
      start = i + 1;
    }
  }
}

std::vector<std::pair<std::string, std::string>> read_outlets() {
  std::vector<std::pair<std::string, std::string>> outlets;
  std::ifstream in(std::filesystem::path(ROSTRA_SOURCE_DIR) / "corpus" / "outlets.tsv");
  std::set<std::string> seen;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#' || line.rfind("host\t", 0) != 0) continue;
    std::size_t tab = line.find('\t', 5);
    if (tab == std::string::npos) continue;
    std::string host = line.substr(5, tab - 5);
    std::string name = line.substr(tab + 1);
    if (seen.insert(name).second) outlets.emplace_back(name, host);
  }
  return outlets;
}

std::vector<std::string> read_speakers() {
  std::set<std::string> names;
  std::ifstream in(std::filesystem::path(ROSTRA_SOURCE_DIR) / "corpus" / "speakers.tsv");
  for (std::string line; std::getline(in, line);) {
    std::size_t tab = line.find('\t');
    if (line.empty() || line[0] == '#' || tab == std::string::npos) continue;
    names.insert(line.substr(tab + 1));
  }
  return {names.begin(), names.end()};
}

std::string pick(const std::vector<std::string>& pool, std::mt19937_64& rng) {
  return pool[std::uniform_int_distribution<std::size_t>(0, pool.size() - 1)(rng)];
}

}  // namespace

CorpusModel learn_corpus_model(const std::vector<std::filesystem::path>& inputs) {
  CorpusModel model;
  ReaderSink sink;
  sink.article = [&](Article&& a) {
    bool russian = detect_language(a.title + " " + a.body) == "ru";
    split_sentences(a.lead + "\n" + a.body,
                    russian ? model.russian_sentences : model.english_sentences);
    std::string title = collapse_whitespace(a.title);
    if (title.size() >= 20 && title.size() <= 140) model.titles.push_back(title);
  };
  sink.issue = [](InputIssue&&) {};
  InputStats stats;
  read_inputs(inputs, sink, stats);
  model.outlets = read_outlets();
  model.speakers = read_speakers();
  if (model.speakers.empty()) model.speakers = {"Elena Varga", "Miroslav Tesar"};
  if (model.outlets.empty()) model.outlets = {{"Capital Wire", "capitalwire.example"}};
  if (model.titles.empty()) model.titles = {"Untitled"};
  if (model.english_sentences.empty()) model.english_sentences = {"Nothing was learned."};
  return model;
}

void generate_corpus(const CorpusModel& model, std::uint64_t count, std::uint64_t seed,
                     std::ostream& out) {
  generate_corpus_range(model, 0, count, seed, out);
}

void generate_corpus_range(const CorpusModel& model, std::uint64_t first, std::uint64_t count,
                           std::uint64_t seed, std::ostream& out) {
  // Zipf over outlets: a few outlets carry most articles, as in real archives.
  std::vector<double> weights;
  for (std::size_t i = 0; i < model.outlets.size(); ++i)
    weights.push_back(1.0 / static_cast<double>(i + 1));
  std::discrete_distribution<std::size_t> outlet_of(weights.begin(), weights.end());
  for (std::uint64_t n = first; n < first + count; ++n) {
    std::mt19937_64 rng(seed * 0x9E3779B97F4A7C15ULL + n);  // per article: independent of order
    const auto& [outlet, host] = model.outlets[outlet_of(rng)];
    bool russian =
        !model.russian_sentences.empty() && std::uniform_int_distribution<int>(0, 4)(rng) == 0;
    const std::vector<std::string>& sentences =
        russian ? model.russian_sentences : model.english_sentences;
    int year = std::uniform_int_distribution<int>(2015, 2025)(rng);
    int month = std::uniform_int_distribution<int>(1, 12)(rng);
    int day = std::uniform_int_distribution<int>(1, 28)(rng);
    char date[16];
    std::snprintf(date, sizeof date, "%04d-%02d-%02d", year, month, day);
    std::string body;
    int paragraphs = std::uniform_int_distribution<int>(4, 12)(rng);
    for (int p = 0; p < paragraphs; ++p) {
      if (!body.empty()) body += "\n\n";
      int style = std::uniform_int_distribution<int>(0, 9)(rng);
      std::string speaker = pick(model.speakers, rng);
      std::string said = pick(sentences, rng);
      if (!said.empty() && said.back() == '.') said.pop_back();
      if (style == 0) {
        body +=
            russian
                ? "\xC2\xAB" + said +
                      "\xC2\xBB, \xE2\x80\x94 \xD0\xB7\xD0\xB0\xD1\x8F\xD0\xB2\xD0\xB8\xD0\xBB " +
                      speaker + "."
                : "\xE2\x80\x9C" + said + ",\xE2\x80\x9D " + speaker + " said.";
      } else if (style == 1) {
        body += russian ? speaker + " \xD0\xB7\xD0\xB0\xD1\x8F\xD0\xB2\xD0\xB8\xD0\xBB: \xC2\xAB" +
                              said + "\xC2\xBB."
                        : speaker + " said: \xE2\x80\x9C" + said + ".\xE2\x80\x9D";
      }
      int count_sentences = std::uniform_int_distribution<int>(1, 4)(rng);
      for (int s = 0; s < count_sentences; ++s) {
        if (!body.empty() && body.back() != '\n') body += ' ';
        body += pick(sentences, rng);
      }
    }
    std::string id = "gen-" + std::to_string(seed) + "-" + std::to_string(n);
    out << JsonObject()
               .add("id", id)
               .add("url", "https://" + host + "/" + std::string(date, 4) + "/" +
                               std::string(date + 5, 2) + "/" + std::string(date + 8, 2) + "/" + id)
               .add("title", pick(model.titles, rng))
               .add("date", date)
               .add("outlet", outlet)
               .add("language", russian ? "ru" : "en")
               .add("body", body)
               .str()
        << '\n';
  }
}

}  // namespace rostra::bench
