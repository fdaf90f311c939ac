#include "common/cli/dump_command.h"

#include <ostream>

#include "common/base/json_writer.h"
#include "common/cli/extract_command.h"
#include "common/ingest/article_stream.h"
#include "common/input/metadata/outlet_table.h"

namespace rostra {

IndexSummary run_dump(const IndexOptions& options, std::ostream& out, std::ostream& log) {
  OutletTable outlets = load_outlet_table(options.outlets_path);
  IndexSummary summary;
  stream_articles(options, outlets, log, summary, [&](Article& article) {
    out << JsonObject()
               .add("id", article.id)
               .add_or_null("url", article.url)
               .add("title", article.title)
               .add_or_null("date", article.date)
               .add_or_null("date_source", article.date.empty() ? "" : article.date_source)
               .add_or_null("outlet", article.outlet)
               .add_or_null("author", article.author)
               .add_or_null("language", article.language)
               .add_or_null("place", article.place)
               .add_or_null("lead", article.lead)
               .add("text", article.body)
               .add_raw("origin", origin_json(article))
               .str()
        << "\n";
    ++summary.indexed;
  });
  return summary;
}

}  // namespace rostra
