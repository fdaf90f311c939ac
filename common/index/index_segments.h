#pragma once
// The segments of a bulk load (see schema.h): where they live, and merging them into the
// index's main databases.

#include <string>
#include <vector>

namespace rostra {

/// The directory of segment `n` of the index directory `dir`: DIR/segments/<n>.
std::string segment_directory(const std::string& dir, unsigned n);

/// The directory holding `dir`'s segments: DIR/segments, or DIR/shards where a version
/// before the rename left an interrupted bulk load (until a writer moves it, see
/// move_legacy_segments).
std::string segments_root(const std::string& dir);

/// Moves the segments of an interrupted bulk load that a version before the rename wrote to
/// DIR/shards to DIR/segments (one rename), so that the load resumes. REQUIRES: the writer
/// lock. Throws DatabaseError naming both when both directories exist or the rename fails.
void move_legacy_segments(const std::string& dir);

/// The segment directories of `dir` holding an articles database, in segment order (0, 1, …
/// up to the first missing), under segments_root(dir); empty when no bulk load is under way.
std::vector<std::string> list_segment_directories(const std::string& dir);

/// Removes what an interrupted bulk load of `writers` writers wrote after its last commit:
/// half-written segments (DIR.tmp), and the segments of a round not all of whose segments
/// were written (their articles were never committed as read, so the next run reads and
/// writes them again). With `writers` 0 (the load committed nothing), removes every segment.
/// Throws DatabaseError naming the path on failure.
void discard_uncommitted_segments(const std::string& dir, unsigned writers);

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
