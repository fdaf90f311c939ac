#pragma once
// The deletions an indexing run makes before it reads its inputs (--delete, --delete-list).

#include <functional>
#include <string>
#include <vector>

#include "common/index/write/writable_index.h"
#include "common/ingest/indexer.h"
#include "common/ingest/run_report.h"

namespace rostra {

/// The ids options.delete_ids and the lines of options.delete_list name (blank lines and
/// lines starting with '#' left out). Throws InputError when the list cannot be read.
std::vector<std::string> ids_to_delete(const IndexOptions& options);

/// Deletes `ids` from `index` (open on options.db_path) and from the segments of an
/// interrupted bulk load there (whose articles are not in the main databases yet),
/// committing every options.commit_every deletions: each segment, then the main index
/// through `commit` (which stores the run's progress with it). Every commit puts the
/// quotes' deletions first, so a killed run leaves no quote whose article is gone, and the
/// same command run again deletes what is left. Counts deleted and not-found ids in the
/// report's summary and notes each id not found. Throws DatabaseError or Xapian::Error.
void delete_articles(WritableIndex& index, const std::vector<std::string>& ids,
                     const IndexOptions& options, RunReport& report,
                     const std::function<void()>& commit);

}  // namespace rostra
