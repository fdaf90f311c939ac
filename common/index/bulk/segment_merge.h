#pragma once
// Merging the segments of a bulk load into the index's main databases, and finishing a merge
// a killed writer left (see schema.h, segment_directories.h).

#include <string>
#include <string_view>

namespace rostra {

/// Compacts every segment's articles and quotes into one database each (documents in segment
/// order, each segment's in the order written), then moves them into place as the index's
/// main databases and removes the segments. REQUIRES: the caller holds the index's writer
/// lock, the main databases are empty and closed, and no segment is open for writing.
/// Throws DatabaseError naming the path on failure; the segments then stay, and the next
/// writer retries.
void merge_segments(const std::string& dir);

/// Rewrites the main database `name` (schema::kQuotesDatabase, ...) of index `dir` compactly,
/// through the same switch-over as a merge: a bulk load's databases leave the glass writer
/// dense, and a later step that updates one in place (placing quotes in clusters sets a
/// value on every quote document and writes the clusters' metadata) leaves its B-tree blocks
/// part full, about a third of the quotes database. Costs a read and a write of the database.
/// REQUIRES: the caller holds the index's writer lock and has the database closed for
/// writing. Throws DatabaseError naming the path on failure; the database is then unchanged.
void compact_main_database(const std::string& dir, std::string_view name);

/// Completes a merge that an earlier writer finished compacting but was killed before it
/// moved the result into place (each database exchanged with the main one in one rename,
/// told apart by its UUID, then the segments removed), and removes a half-written
/// compaction. Safe to call on any
/// index directory; does nothing when there is nothing to finish. REQUIRES: the writer lock.
void finish_interrupted_merge(const std::string& dir);

}  // namespace rostra
