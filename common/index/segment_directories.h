#pragma once
// The segments of a bulk load (see schema.h): where they live, what readers list, and what a
// writer discards of an interrupted load. Merging them is index/bulk/segment_merge.h.

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

}  // namespace rostra
