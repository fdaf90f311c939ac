#pragma once
// Quote clusters in an index's quotes database (see schema.h): placing the quotes an
// indexing run wrote, and reading one cluster back.

#include <xapian.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/spread/cluster_summary.h"
#include "common/spread/known_quotes.h"
#include "common/spread/quote_clusterer.h"
#include "common/spread/translation_link.h"

namespace rostra {

/// What one update did.
struct SpreadUpdate {
  std::uint64_t placed = 0;    ///< Quotes given a cluster.
  std::uint64_t founded = 0;   ///< Clusters founded by them.
  std::uint64_t links = 0;     ///< Possible translations linked (each pair once).
  std::uint64_t analysed = 0;  ///< Quotes read back and analysed (not handed over known).
};

/// Places every spoken quote of `quotes` that has no cluster yet (no kSlotQuoteCluster
/// value: those added or replaced since the last update, or left by a run killed before its
/// update ended), one speaker at a time against the phrases of that speaker's time blocks
/// its quotes fall in (their month and the months either side, and the undated block; see
/// phrase_block.h), so placing never re-reads or re-analyses placed quotes; quotes with no
/// speaker join an exact copy of at least options.min_words words, else found their own
/// cluster. A quote `known` holds (may be null: the quotes the indexing run wrote, with the
/// wordings it made of them) is taken from it; any other is read back once and analysed on
/// the machine's threads. Speakers are clustered on threads of their own (one a core) while
/// the calling thread reads the next speakers' quotes (the largest speakers first:
/// options.large_speaker_share) and writes those clustered, in speaker order whatever the
/// order they were read in, so the clusters do not depend on it: the database is read and
/// written by the calling thread alone. Writes each
/// quote's cluster value (no term: that would re-encode its term list), each cluster's
/// member list, the blocks and the links, committing every `commit_every` quotes and at the
/// end, each commit one transaction: a kill leaves the quotes of the commits before it placed
/// and the rest for the next update. The default commits once: the quotes of one commit lie
/// all over the database (they are placed speaker by speaker), so each commit rewrites the
/// value chunks of nearly all of it (at a million articles, committing every 50,000 quotes
/// wrote 44 GB where one commit wrote 2 GB).
/// An index placed before blocks and member lists were kept has them built first, once.
/// Deleted quotes need nothing: a cluster is what its quotes are (a block may still count
/// a deleted quote's wording, which only lets a later copy join that cluster).
/// REQUIRES: the index's writer lock is held and `quotes` has no transaction open.
/// Throws Xapian::Error when the database cannot be read or written, std::runtime_error
/// on a corrupt stored quote.
SpreadUpdate update_quote_clusters(Xapian::WritableDatabase& quotes,
                                   const ClusterOptions& options = {},
                                   std::uint64_t commit_every = UINT64_MAX,
                                   KnownQuotes* known = nullptr);

/// The cluster of the quote document `docid`, or "" when it has none yet.
std::string cluster_of(const Xapian::Database& quotes, Xapian::docid docid);

/// The occurrences of cluster `id` (empty when no quote holds it), with each article's
/// date source read from `articles` when given. Throws Xapian::Error, std::runtime_error.
std::vector<ClusterOccurrence> read_cluster(const Xapian::Database& quotes,
                                            const Xapian::Database* articles, std::string_view id);

/// The possible translations of cluster `id` whose other cluster still has quotes.
std::vector<TranslationLink> read_translation_links(const Xapian::Database& quotes,
                                                    std::string_view id);

}  // namespace rostra
