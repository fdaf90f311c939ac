#pragma once
// How quote clusters are printed: --spread (one cluster's occurrences), --quotes --group
// (the clusters a search finds), and the JSON both the programs and the API give.

#include <iosfwd>
#include <string>

#include "common/search/cluster_lookup.h"

namespace rostra {

/// Output formats of cluster listings.
enum class ClusterFormat { kHuman, kJson, kCsv };

/// A cluster's facts as one JSON object: id, canonical, speaker, first_said {date, outlet,
/// article_id, date_source} (null when no occurrence is dated), last_seen, quotes, articles,
/// outlets, variants [{text, count}], timeline [{date, count}].
std::string cluster_summary_json(const ClusterSummary& summary);

/// A cluster whole: {"cluster": summary, "occurrences": [{date, outlet, article_id, title,
/// url, speaker, language, text, marked}], "translations": [{cluster, score, days_apart,
/// shared_words, shared_numbers, shared_names}]}, where `marked` is the text with its
/// differences from the canonical text marked (wording_diff.h).
std::string cluster_view_json(const ClusterView& view);

/// --spread: the cluster's facts, then each occurrence in date order (date, outlet, article
/// id, then the wording with differences marked), then its possible translations; one JSON
/// object (cluster_view_json) with `format` kJson.
void print_spread(std::ostream& out, const ClusterView& view, ClusterFormat format);

/// --quotes --group: one block (human), object per line (JSON Lines, then a summary line)
/// or row (CSV: rank, cluster, canonical, speaker, first_date, first_outlet, last_seen,
/// quotes, articles, outlets, variants) per cluster.
void print_quote_groups(std::ostream& out, const QuoteGroups& groups, ClusterFormat format);

}  // namespace rostra
