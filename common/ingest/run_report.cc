#include "common/ingest/run_report.h"

#include <ostream>

#include "common/base/errors.h"
#include "common/base/json_writer.h"
#include "common/base/text_util.h"

namespace rostra {

RunReport::RunReport(const IndexOptions& options, IndexSummary& summary, std::ostream& log,
                     std::function<void()> before_line)
    : quiet_(options.quiet),
      rejects_path_(options.rejects_path),
      summary_(summary),
      log_(log),
      before_line_(std::move(before_line)) {}

void RunReport::issue(const InputIssue& issue) {
  const bool rejected = issue.kind == InputIssue::Kind::kRejected;
  if (rejected) {
    ++summary_.rejected;
    ++summary_.reject_reasons[issue_category(issue.reason)];
    if (!rejects_path_.empty() && !rejects_.is_open()) {
      rejects_.open(rejects_path_);
      if (!rejects_) throw InputError(rejects_path_.string() + ": cannot write rejects file");
    }
    if (rejects_.is_open()) {
      rejects_ << JsonObject()
                      .add("file", issue.file)
                      .add("line", issue.line)
                      .add("reason", issue.reason)
                      .add("record", issue.record)
                      .add("record_bytes", issue.record_bytes)
                      .str()
               << "\n";
    }
  } else {
    ++summary_.warnings;
  }
  note(std::string(rejected ? "rejected: " : "warning: ") + issue.message());
}

void RunReport::article(const Article& article) {
  summary_.text_bytes += article.title.size() + article.lead.size() + article.body.size();
  if (article.date.empty()) ++summary_.unknown_date;
  if (article.outlet.empty()) ++summary_.unknown_outlet;
  if (trim(article.body).empty() && trim(article.lead).empty()) ++summary_.title_only;
}

void RunReport::note(const std::string& line) {
  if (quiet_) return;
  if (before_line_) before_line_();
  log_ << "rostra-index: " << line << "\n";
}

}  // namespace rostra
