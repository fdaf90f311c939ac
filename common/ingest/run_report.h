#pragma once
// What an indexing run (or --extract, --dump) tells its user about the records it read:
// counts in the summary, a line per issue in the log, and the rejects file.

#include <filesystem>
#include <fstream>
#include <functional>
#include <iosfwd>

#include "common/ingest/indexer.h"
#include "common/model/article.h"
#include "common/model/input_issue.h"

namespace rostra {

/// Counts what a run read into an IndexSummary and reports its issues. Each issue is
/// counted (rejects by reason category), logged to `log` as "rostra-index: rejected:
/// FILE:LINE: REASON" (or "warning: ") unless options.quiet, and a reject is written to
/// options.rejects_path as a JSON line (file, line, reason, record, record_bytes). The
/// rejects file is opened at the first reject, so a clean run leaves it alone.
/// Not thread-safe: one thread reports (the writer, in input order).
class RunReport {
 public:
  /// Reports into `summary` and `log`, both of which must outlive it. `before_line` is
  /// called before each line written to the log (a progress display clears itself).
  RunReport(const IndexOptions& options, IndexSummary& summary, std::ostream& log,
            std::function<void()> before_line = {});

  /// Counts, logs and (a reject) records `issue`. Throws InputError when the rejects file
  /// cannot be written.
  void issue(const InputIssue& issue);
  /// Counts an article read whose metadata is resolved: its text bytes, and whether its
  /// date, outlet or text stays unknown.
  void article(const Article& article);
  /// Writes `line` to the log unless options.quiet.
  void note(const std::string& line);

  IndexSummary& summary() { return summary_; }

 private:
  bool quiet_;
  std::filesystem::path rejects_path_;
  IndexSummary& summary_;
  std::ostream& log_;
  std::function<void()> before_line_;
  std::ofstream rejects_;
};

}  // namespace rostra
