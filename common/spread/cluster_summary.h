#pragma once
// What a quote cluster knows, computed from its occurrences: canonical text, speaker, first
// said, last seen, carriage, variants and timeline. Computed when asked, so adding or
// deleting articles changes it with nothing else to update. Pure.

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "common/document/stored_quote.h"

namespace rostra {

/// One quote of a cluster, as stored, with what its article adds.
struct ClusterOccurrence {
  StoredQuote quote;
  std::string duplicate_key;  ///< The article's duplicate cluster: copies of one article share it.
  std::string date_source;    ///< Where the article's date came from (Article::date_source).
};

/// One distinct wording of a cluster.
struct ClusterVariant {
  std::string text;  ///< As first printed.
  std::size_t count = 0;
  std::size_t words = 0;
};

/// A cluster's facts.
struct ClusterSummary {
  std::string id;
  std::string canonical;  ///< The longest wording printed at least twice, else the longest.
  std::string speaker;    ///< The most frequent speaker.
  /// The earliest dated occurrence (undated ones are never first); empty when none is dated.
  std::string first_date;
  std::string first_outlet;
  std::string first_article;
  std::string first_date_source;
  std::string last_date;                 ///< The latest dated occurrence.
  std::size_t quotes = 0;                ///< Occurrences.
  std::size_t articles = 0;              ///< Articles carrying it, copies of one article once.
  std::size_t outlets = 0;               ///< Distinct outlets carrying it.
  std::vector<ClusterVariant> variants;  ///< Most printed first.
  std::vector<std::pair<std::string, std::size_t>> timeline;  ///< Dated occurrences per day.
};

/// Sorts `occurrences` in date order (undated last, then by outlet and article) and sums
/// them up as cluster `id`.
ClusterSummary summarize_cluster(std::string id, std::vector<ClusterOccurrence>& occurrences);

/// The articles carrying `occurrences` (ClusterSummary::articles): exact copies of a whole
/// article (same duplicate key) count once.
std::size_t carriage_of(const std::vector<ClusterOccurrence>& occurrences);

/// The earliest date of `occurrences`, without sorting them: ClusterSummary::first_date.
/// "" when none is dated.
std::string first_date_of(const std::vector<ClusterOccurrence>& occurrences);

}  // namespace rostra
