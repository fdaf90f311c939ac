#pragma once
// Places quotes in clusters of one utterance: exact copies (same normalized words), variants
// (a trimmed or lightly edited form: most of its word shingles are in the other), and links
// possible translations between clusters. Works on one block of quotes (one speaker's), so
// the cost of a run stays near linear in the quotes it places. Pure: no Xapian.

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/spread/quote_wording.h"
#include "common/spread/translation_link.h"

namespace rostra {

/// A quote as the clusterer sees it.
struct SpreadQuote {
  std::string id;  ///< The quote's unique id (its id term): names a cluster it founds.
  std::string text;
  std::string date;  ///< ISO date, or empty when undated.
  std::string language;
  std::string article_id;
  std::string cluster;  ///< A placed quote's cluster; empty for a quote to place.
};

/// The thresholds. Defaults are what the labelled corpus (corpus/spread) was measured with.
struct ClusterOptions {
  std::size_t min_words = 4;               ///< Shorter quotes join nothing ("we will see").
  std::size_t min_shared_shingles = 3;     ///< A variant shares this many shingles (5+ words).
  double min_containment = 0.6;            ///< ...and this share of the shorter one's shingles.
  std::size_t max_shingle_postings = 500;  ///< A shingle in more phrases is too generic to use.
  std::size_t min_translation_words = 3;   ///< Content stems two renderings share at least.
  double min_translation_score = 0.45;     ///< Weighted overlap of content stems.
  int max_translation_days = 3;            ///< Dated renderings lie this close at most.
};

/// What placing a block gave.
struct BlockClusters {
  std::vector<std::string> clusters;  ///< Each added quote's cluster id, in order.
  std::vector<std::string> keys;      ///< Each added quote's normalized words (QuoteWording::key).
  /// New possible translations, each once from each side: (cluster, its link to the other).
  std::vector<std::pair<std::string, TranslationLink>> links;
};

/// Places the `added` quotes of one block (one speaker) among its `existing`, already placed
/// quotes, without moving those: an added quote joins the cluster of an exact copy, else of
/// the longest, most carried quote it is a variant of, else of the placed quote that is a
/// variant of it (it becomes that cluster's longer form), else founds a cluster of its own
/// (new_cluster_id). Variants attach to one parent, so a short generic fragment of two
/// quotes never chains them together. Then links possible translations: clusters with the
/// same speaker whose dated quotes lie within max_translation_days (an undated one is not
/// ruled out), whose numbers agree, and whose longest forms share enough weighted content
/// stems; at least one of the two must hold an added quote.
BlockClusters cluster_block(const std::vector<SpreadQuote>& existing,
                            const std::vector<SpreadQuote>& added, WordingAnalyzer& analyzer,
                            const ClusterOptions& options = {});

/// The id of a cluster founded by the quote whose id is `quote_id`: 16 hex digits.
std::string new_cluster_id(std::string_view quote_id);

}  // namespace rostra
