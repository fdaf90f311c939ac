#pragma once
// The indexing run behind rostra-index: read inputs, resolve metadata, write documents.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <iosfwd>
#include <map>
#include <string>
#include <vector>

#include "common/ingest/input_defaults_by_input.h"
#include "common/input/metadata/article_metadata.h"

namespace rostra {

/// How far a run has come: what a progress display shows.
struct IndexProgress {
  std::uint64_t articles = 0;           ///< Articles handled so far.
  std::uint64_t text_bytes = 0;         ///< Bytes of text indexed so far.
  std::uint64_t input_bytes = 0;        ///< Bytes of input files read so far.
  std::uint64_t total_input_bytes = 0;  ///< Bytes of all input files; 0 when unknown.
  std::uint64_t rejects = 0;            ///< Records rejected so far.
};

/// Receives progress from the writing thread after each record (`clear` false), and with
/// `clear` true before the run writes a line to its log and once at the end, so that a
/// live display can erase itself first. Called on one thread; must be cheap.
using IndexProgressCallback = std::function<void(const IndexProgress&, bool clear)>;

/// What rostra-index was asked to do.
struct IndexOptions {
  std::string db_path;
  std::vector<std::filesystem::path> inputs;
  std::filesystem::path outlets_path;      ///< Outlet table; empty: the default table.
  std::filesystem::path speakers_path;     ///< Speaker alias table; empty: the default.
  std::filesystem::path offices_path;      ///< Terms of office table; empty: none.
  bool extract_quotes = true;              ///< Extract and index quotes and speakers.
  bool cluster_quotes = true;              ///< Place quotes in clusters after the run.
  std::uint64_t commit_every = 2000;       ///< Articles between commits of direct writes
                                           ///< (small batches keep Xapian's in-memory
                                           ///< postings cheap). Bulk loads commit rounds.
  bool quiet = false;                      ///< No per-record lines and no progress line.
  bool verbose = false;                    ///< Also log each file as it is read.
  IndexProgressCallback on_progress;       ///< Progress reports; empty: none.
  unsigned threads = 0;                    ///< Analysis threads; 0: one per core.
  unsigned segment_writers = 2;            ///< Writers of a bulk load into an empty index,
                                           ///< each filling its own segments (merged at
                                           ///< the end); 1: write directly. --segments.
  std::uint64_t segment_articles = 50000;  ///< Articles a bulk-load writer holds in
                                           ///< memory before its segment is written; a
                                           ///< round of segments is a bulk load's commit.
  std::filesystem::path rejects_path;      ///< Also write each reject there as JSON Lines
                                           ///< (file, line, reason, the record itself cut
                                           ///< to 4 KiB, and its size).
  InputDefaults defaults;                  ///< Outlet and language of records naming none.
  std::vector<InputDefaultsOfInput> input_defaults;  ///< Defaults of single inputs, over
                                                     ///< `defaults` for the records read
                                                     ///< from them (--default-outlet
                                                     ///< given before an input).
  std::vector<std::string> delete_ids;  ///< Articles to delete (before indexing inputs).
  std::filesystem::path delete_list;    ///< A file of more ids to delete, one per line.
};

/// How long one stage of a run took: wall-clock seconds, and the CPU seconds (user and
/// system) of the whole process meanwhile, all its threads.
struct StageTime {
  std::string name;
  double seconds = 0;
  double cpu_seconds = 0;
};

/// What an indexing run did. Every record read ends up counted exactly once in
/// `indexed` or `rejected`.
struct IndexSummary {
  std::uint64_t indexed = 0;          ///< Articles read and handled (added + replaced + unchanged).
  std::uint64_t added = 0;            ///< Ids new to the database.
  std::uint64_t replaced = 0;         ///< Ids already in the database, content changed.
  std::uint64_t unchanged = 0;        ///< Ids already in the database with the same content.
  std::uint64_t repeated_in_run = 0;  ///< Of replaced/unchanged: ids seen earlier in this run.
  std::uint64_t resumed = 0;          ///< Articles skipped: committed by an interrupted run.
  std::uint64_t files_resumed = 0;    ///< Files skipped: finished by an earlier run.
  std::uint64_t exact_duplicates = 0;  ///< Added articles whose text another id already has.
  std::uint64_t near_duplicates = 0;   ///< Added articles close to an indexed one.
  std::uint64_t deleted = 0;
  std::uint64_t not_found = 0;   ///< Ids asked to delete that the index does not hold.
  std::uint64_t rejected = 0;    ///< Records or files that could not be indexed.
  std::uint64_t warnings = 0;    ///< Records indexed with a repair or an unknown field.
  std::uint64_t title_only = 0;  ///< Of indexed: articles with a title and no text.
  std::uint64_t files_read = 0;
  std::uint64_t files_skipped = 0;
  std::uint64_t bytes_read = 0;        ///< Bytes of input files (compressed size).
  std::uint64_t text_bytes = 0;        ///< Bytes of title, lead and body text indexed.
  std::uint64_t quotes = 0;            ///< Quotes extracted: one per quote document (all kinds).
  std::uint64_t quotes_clustered = 0;  ///< Quotes placed in quote clusters at the end.
  /// Of them, those placing read back and analysed: not written by this run (left by a
  /// killed or --no-spread one), or beyond what the run keeps of the quotes it writes.
  std::uint64_t quotes_clustered_analysed = 0;
  double cluster_seconds = 0;  ///< Of `seconds`, the time placing them took.
  /// The run's stages in order: "indexing" (reading, analysis and writing, which overlap),
  /// "committing" (the last commit, a bulk load's last segments), "merging" (a bulk load's
  /// segments), "placing" (quotes in clusters), "compacting" (a bulk load's quotes database,
  /// after placing); a stage the run skipped is not listed.
  std::vector<StageTime> stages;
  std::uint64_t unknown_date = 0;    ///< Indexed articles whose date stays unknown.
  std::uint64_t unknown_outlet = 0;  ///< Indexed articles whose outlet stays unknown.
  double seconds = 0;
  std::map<std::string, std::uint64_t> reject_reasons;  ///< Reason (without details) -> count.
  std::uint64_t database_documents = 0;  ///< Documents in the database after the run.
};

/// Indexes every input into the index directory options.db_path.
///
/// One reader thread parses the inputs in order; `threads` workers resolve metadata, extract
/// quotes and build documents; this thread writes them in input order, so the result does
/// not depend on the thread count. Articles whose record hash the index already holds are
/// skipped before analysis. Every `commit_every` articles (a bulk load: every round of
/// segments) and at the end, both databases are committed together with each input file's
/// progress, so a run killed at any moment leaves an index that opens, and rerunning the
/// same command resumes after the last commit without duplicates. Ids in options.delete_ids
/// are deleted first.
///
/// Each rejected record and warning is logged to `log` as "rostra-index: rejected:
/// FILE:LINE: REASON" unless options.quiet, and written to options.rejects_path when set.
/// Throws DatabaseError when the index cannot be opened, is locked by another writer, or
/// cannot be written, InputError when a table cannot be read. Bad input never throws.
IndexSummary run_index(const IndexOptions& options, std::ostream& log);

/// kExitOk when nothing was rejected; kExitPartial when some records were rejected but
/// others were indexed; kExitInput when records were rejected and none indexed.
int index_exit_status(const IndexSummary& summary);

/// The one-line summary printed at the end of a run.
std::string format_summary(const IndexSummary& summary);

/// The stage times of a run on one line: "indexing 5.1 s (CPU 7.9 s), merging ...".
std::string format_stages(const IndexSummary& summary);

}  // namespace rostra
