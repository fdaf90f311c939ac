#pragma once
// The segments of a bulk load (see schema.h; the code calls them shards, as their directory
// does): where they live, and merging them into the index's main databases.

#include <string>
#include <vector>

namespace rostra {

/// The directory of segment `n` of the index directory `dir`: DIR/shards/<n>.
std::string shard_directory(const std::string& dir, unsigned n);

/// The segment directories of `dir` holding an articles database, in segment order (0, 1, …
/// up to the first missing); empty when no bulk load is under way.
std::vector<std::string> list_shard_directories(const std::string& dir);

/// Removes what an interrupted bulk load of `writers` writers wrote after its last commit:
/// half-written segments (DIR.tmp), and the segments of a round not all of whose segments
/// were written (their articles were never committed as read, so the next run reads and
/// writes them again). With `writers` 0 (the load committed nothing), removes every segment.
/// Throws DatabaseError naming the path on failure.
void discard_uncommitted_segments(const std::string& dir, unsigned writers);

/// Compacts every segment's articles and quotes into one database each (documents in segment
/// order, each segment's in the order written), then moves them into place as the index's
/// main databases and removes the shards. REQUIRES: the caller holds the index's writer
/// lock, the main databases are empty and closed, and no shard is open for writing.
/// Throws DatabaseError naming the path on failure; the shards then stay, and the next
/// writer retries.
void merge_shards(const std::string& dir);

/// Completes a merge that an earlier writer finished compacting but was killed before it
/// moved the result into place (each database exchanged with the main one in one rename,
/// told apart by its UUID, then the segments removed), and removes a half-written
/// compaction. Safe to call on any
/// index directory; does nothing when there is nothing to finish. REQUIRES: the writer lock.
void finish_interrupted_merge(const std::string& dir);

}  // namespace rostra
