#include "common/ingest/article_stream.h"

#include <ostream>

#include "common/ingest/run_report.h"
#include "common/input/input_reader.h"
#include "common/input/metadata/article_metadata.h"

namespace rostra {
void stream_articles(const IndexOptions& options, const OutletTable& outlets, std::ostream& log,
                     IndexSummary& summary, const std::function<void(Article&)>& handle) {
  RunReport report(options, summary, log);
  InputDefaultsByInput defaults(options.defaults, options.input_defaults);
  ReaderSink sink;
  sink.issue = [&](InputIssue&& issue) { report.issue(issue); };
  sink.article = [&](Article&& article) {
    apply_input_defaults(defaults.for_file(article.origin_file), article);
    for (std::string& warning : resolve_metadata(article, outlets)) {
      sink.warn(article.origin_file, article.origin_line, std::move(warning));
    }
    report.article(article);
    handle(article);
  };
  InputStats stats;
  read_inputs(options.inputs, sink, stats);
  summary.files_read += stats.files_read;
  summary.files_skipped += stats.files_skipped;
  summary.bytes_read += stats.bytes_read;
}

}  // namespace rostra
