#include "common/ingest/article_stream.h"

#include <ostream>

#include "common/base/text_util.h"
#include "common/input/input_reader.h"
#include "common/input/metadata/article_metadata.h"

namespace rostra {
void stream_articles(const IndexOptions& options, const OutletTable& outlets, std::ostream& log,
                     IndexSummary& summary, const std::function<void(Article&)>& handle) {
  ReaderSink sink;
  sink.issue = [&](InputIssue&& issue) {
    if (issue.kind == InputIssue::Kind::kRejected) {
      ++summary.rejected;
      ++summary.reject_reasons[issue_category(issue.reason)];
      if (!options.quiet) log << "rostra-index: rejected: " << issue.message() << "\n";
    } else {
      ++summary.warnings;
      if (!options.quiet) log << "rostra-index: warning: " << issue.message() << "\n";
    }
  };
  sink.article = [&](Article&& article) {
    apply_input_defaults(options.defaults, article);
    for (std::string& warning : resolve_metadata(article, outlets)) {
      sink.warn(article.origin_file, article.origin_line, std::move(warning));
    }
    summary.text_bytes += article.title.size() + article.lead.size() + article.body.size();
    if (article.date.empty()) ++summary.unknown_date;
    if (article.outlet.empty()) ++summary.unknown_outlet;
    handle(article);
  };
  InputStats stats;
  read_inputs(options.inputs, sink, stats);
  summary.files_read += stats.files_read;
  summary.files_skipped += stats.files_skipped;
  summary.bytes_read += stats.bytes_read;
}

}  // namespace rostra
