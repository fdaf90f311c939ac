#pragma once
// A deterministic generator of realistic news articles for benchmarks: it recombines the
// sentences of real or sample text, so word and phrase statistics stay those of news.

#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <random>
#include <string>
#include <vector>

namespace rostra::bench {

/// What the generator learned from its sources.
struct CorpusModel {
  std::vector<std::string> english_sentences;
  std::vector<std::string> russian_sentences;
  std::vector<std::string> titles;
  std::vector<std::string> speakers;  ///< Canonical names, from corpus/speakers.tsv and sources.
  std::vector<std::pair<std::string, std::string>> outlets;  ///< (display name, host)
};

/// Learns from every article the inputs hold (files or directories in any format
/// rostra-index reads), plus the project's outlet and speaker tables.
CorpusModel learn_corpus_model(const std::vector<std::filesystem::path>& inputs);

/// Writes `count` articles as JSON Lines to `out`, the same bytes for the same model and
/// seed. Each article: a unique url and id, an outlet (Zipf-distributed), a date between
/// 2015 and 2025, a title, 4 to 12 paragraphs of recombined sentences, and quotes with
/// speakers in the styles news uses (“…,” X said. / X said: “…” / «…», — заявил X.).
/// About a fifth of the articles are Russian when Russian sentences were learned.
void generate_corpus(const CorpusModel& model, std::uint64_t count, std::uint64_t seed,
                     std::ostream& out);

/// Articles [first, first + count) of the same sequence generate_corpus writes.
void generate_corpus_range(const CorpusModel& model, std::uint64_t first, std::uint64_t count,
                           std::uint64_t seed, std::ostream& out);

}  // namespace rostra::bench
