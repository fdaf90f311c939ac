#pragma once
// The indexing run behind rostra-index: read inputs, resolve metadata, write documents.

#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <map>
#include <string>
#include <vector>

namespace rostra {

/// What rostra-index was asked to do.
struct IndexOptions {
  std::string db_path;
  std::vector<std::filesystem::path> inputs;
  std::filesystem::path outlets_path;   ///< Outlet table; empty: the default table.
  std::filesystem::path speakers_path;  ///< Speaker alias table; empty: the default.
  bool extract_quotes = true;           ///< Extract and index quotes and speakers.
  std::uint64_t commit_every = 10000;   ///< Documents between commits.
  bool quiet = false;                   ///< No per-record warnings or rejects on the log.
  bool verbose = false;                 ///< Also log each file as it is read.
};

/// What an indexing run did. Every record read ends up counted exactly once in
/// `indexed` or `rejected`.
struct IndexSummary {
  std::uint64_t indexed = 0;          ///< Documents written (added + replaced).
  std::uint64_t added = 0;            ///< Ids new to the database.
  std::uint64_t replaced = 0;         ///< Ids already in the database, replaced.
  std::uint64_t repeated_in_run = 0;  ///< Of `replaced`: ids seen earlier in this same run.
  std::uint64_t rejected = 0;         ///< Records or files that could not be indexed.
  std::uint64_t warnings = 0;         ///< Records indexed with a repair or an unknown field.
  std::uint64_t files_read = 0;
  std::uint64_t files_skipped = 0;
  std::uint64_t bytes_read = 0;      ///< Bytes of input files (compressed size).
  std::uint64_t text_bytes = 0;      ///< Bytes of title, lead and body text indexed.
  std::uint64_t quotes = 0;          ///< Quoted spans extracted.
  std::uint64_t unknown_date = 0;    ///< Indexed articles whose date stays unknown.
  std::uint64_t unknown_outlet = 0;  ///< Indexed articles whose outlet stays unknown.
  double seconds = 0;
  std::map<std::string, std::uint64_t> reject_reasons;  ///< Reason (without details) -> count.
  std::uint64_t database_documents = 0;  ///< Documents in the database after the run.
};

/// Indexes every input into the index directory options.db_path, committing every `commit_every`
/// documents and at the end. Each rejected record and warning is logged to `log` as "rostra-index:
/// rejected: FILE:LINE: REASON" unless options.quiet. Throws DatabaseError when the database cannot
/// be opened or written, InputError when the outlet table cannot be read. Bad input records never
/// throw.
IndexSummary run_index(const IndexOptions& options, std::ostream& log);

/// kExitOk when nothing was rejected; kExitPartial when some records were rejected but
/// others were indexed; kExitInput when records were rejected and none indexed.
int index_exit_status(const IndexSummary& summary);

/// The one-line summary printed at the end of a run.
std::string format_summary(const IndexSummary& summary);

}  // namespace rostra
