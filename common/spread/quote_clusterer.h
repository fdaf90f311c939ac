#pragma once
// Places quotes in clusters of one utterance: exact copies (same normalized words), variants
// (a trimmed or lightly edited form: most of its word shingles are in the other), and links
// possible translations between clusters. Works on one block of quotes (one speaker's), so
// the cost of a run stays near linear in the quotes it places. Pure: no Xapian.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/analysis/quote_wording.h"
#include "common/spread/translation_link.h"

namespace rostra {

/// A quote to place, as the clusterer sees it.
struct SpreadQuote {
  std::string id;  ///< The quote's unique id (its id term): names a cluster it founds.
  std::string text;
  std::string date;  ///< ISO date, or empty when undated.
  std::string language;
  std::string article_id;
  std::string speaker;
  QuoteWording wording;  ///< What WordingAnalyzer made of text and language.
};

/// One distinct wording of a block's placed quotes, with what placing later quotes needs
/// of the quotes that print it: kept beside the index (cluster_store), so placing a quote
/// never reads or analyses the quotes placed before it.
struct PlacedPhrase {
  QuoteWording wording;
  std::string language;
  std::string cluster;
  std::uint64_t count = 0;              ///< Quotes that print it.
  std::vector<int> days;                ///< day_number of its dated quotes, sorted.
  bool undated = false;                 ///< Some quote printing it is undated.
  std::vector<std::uint64_t> articles;  ///< hash64 of their article ids, sorted, unique.
};

/// A phrase for the wording of `q`, placed in `cluster`, that no quote prints yet.
PlacedPhrase placed_phrase(const SpreadQuote& q, std::string cluster);

/// The same for a quote's `wording` and `language`, taken over rather than copied.
PlacedPhrase placed_phrase(QuoteWording wording, std::string language, std::string cluster);

/// Counts quote `q` (whose wording is `phrase`'s) in `phrase`: its date and its article.
void count_quote(PlacedPhrase& phrase, const SpreadQuote& q);

/// The thresholds. Defaults are what the labelled corpus (corpus/spread) was measured with.
struct ClusterOptions {
  std::size_t min_words = 4;  ///< Shorter quotes join nothing ("we will see").
  /// A variant shares runs of words this long in all (its shingles that the other holds,
  /// plus kShingleWords - 1)...
  std::size_t min_shared_words = 5;
  /// ...and this long when the longer of the two has long_form_words or more (a speech
  /// turn): a long turn holds so many runs that a short quote's clause recurs in it by
  /// chance, and a trimmed form of a turn quotes more than a clause of it.
  std::size_t min_shared_words_long = 8;
  std::size_t long_form_words = 60;
  double min_containment = 0.6;            ///< ...and this share of the shorter one's shingles.
  std::size_t max_shingle_postings = 500;  ///< A shingle in more phrases is too generic to use.
  std::size_t min_translation_words = 3;   ///< Content stems two renderings share at least.
  double min_translation_score = 0.45;     ///< Weighted overlap of content stems.
  int max_translation_days = 3;            ///< Dated renderings lie this close at most.
  /// An exact copy of a wording shorter than this, dated more than short_copy_days after
  /// the wording was first said, is the same words said on another occasion ("Thank you
  /// very much.", "What is your name?"), not the statement carried again: a cluster of its
  /// own; nor does a variant join a phrase when the shorter of the two is shorter than this
  /// and their dates lie further apart. A longer wording said again is the statement quoted
  /// again.
  std::size_t short_copy_words = 10;
  int short_copy_days = 14;
  /// Placing (cluster_store.h) reads and clusters first the speakers with at least this
  /// share (1/n) of the quotes it places, which take longest to cluster, so that none is
  /// left clustering alone at the end; 0 reads every speaker in speaker order. The clusters
  /// do not depend on it (they are written in speaker order all the same).
  std::size_t large_speaker_share = 16;
};

/// What placing a block gave.
struct BlockClusters {
  std::vector<std::string> clusters;  ///< Each added quote's cluster id, in order.
  std::vector<std::string> keys;      ///< Each added quote's QuoteWording::key.
  /// New possible translations, each once from each side: (cluster, its link to the other).
  std::vector<std::pair<std::string, TranslationLink>> links;
};

/// Places the `added` quotes of one block (one speaker; their wordings analysed) among the
/// `existing` phrases already placed, without moving those (a phrase may come more than
/// once, from several time blocks: its counts add up). An added quote joins the cluster of
/// an exact copy (a short one only near the wording's first date, see short_copy_words), else of
/// the most carried, longest phrase it is a variant of (its root), else of a placed phrase that is
/// a variant of it and the longest form of its cluster (it becomes that cluster's longer form),
/// else founds a cluster of its own (new_cluster_id). A quote that bridges two clusters (a variant
/// of both) joins the better one and the two stay apart: placed clusters are never merged, and a
/// longer quote holding two shorter ones is as often two things said together as one thing said
/// twice. Variants attach to one parent, so a short generic fragment of two quotes never chains
/// them together. Then links possible translations: clusters whose dated quotes lie within
/// max_translation_days (an undated one is not ruled out), whose numbers agree, and whose
/// longest forms share enough weighted content stems; at least one of the two must hold an
/// added quote.
BlockClusters cluster_block(const std::vector<PlacedPhrase>& existing,
                            const std::vector<SpreadQuote>& added,
                            const ClusterOptions& options = {});

/// The id of a cluster founded by the quote whose id is `quote_id`: 16 hex digits.
std::string new_cluster_id(std::string_view quote_id);

}  // namespace rostra
