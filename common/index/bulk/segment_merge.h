#pragma once
// Merging the segments of a bulk load into the index's main databases, and finishing a merge
// a killed writer left (see schema.h, segment_directories.h).

#include <string>

namespace rostra {

/// Compacts every segment's articles and quotes into one database each (documents in segment
/// order, each segment's in the order written), then moves them into place as the index's
/// main databases and removes the segments. REQUIRES: the caller holds the index's writer
/// lock, the main databases are empty and closed, and no segment is open for writing.
/// Throws DatabaseError naming the path on failure; the segments then stay, and the next
/// writer retries.
void merge_segments(const std::string& dir);

/// Completes a merge that an earlier writer finished compacting but was killed before it
/// moved the result into place (each database exchanged with the main one in one rename,
/// told apart by its UUID, then the segments removed), and removes a half-written
/// compaction. Safe to call on any
/// index directory; does nothing when there is nothing to finish. REQUIRES: the writer lock.
void finish_interrupted_merge(const std::string& dir);

}  // namespace rostra
