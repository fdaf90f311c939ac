#include "common/cli/extract_command.h"

#include <ostream>

#include "common/base/json_writer.h"
#include "common/index/write/article_preparer.h"
#include "common/ingest/article_stream.h"
#include "common/input/metadata/outlet_table.h"
#include "common/quotes/speaker_aliases.h"

namespace rostra {

std::string origin_json(const Article& article) {
  JsonObject origin;
  origin.add("file", article.origin_file);
  if (article.origin_line > 0) origin.add("line", article.origin_line);
  if (!article.origin_record.empty()) {
    origin.add("record", article.origin_record).add("offset", article.origin_offset);
  }
  return origin.str();
}

IndexSummary run_extract(const IndexOptions& options, std::ostream& out, std::ostream& log) {
  OutletTable outlets = load_outlet_table(options.outlets_path);
  SpeakerAliases aliases = load_speaker_aliases(options.speakers_path);
  aliases.set_offices(load_office_table(options.offices_path));
  IndexSummary summary;
  stream_articles(options, outlets, log, summary, [&](Article& article) {
    analyze_quotes(article, aliases);
    std::string quotes = "[";
    for (const Quote& q : article.quotes) {
      if (quotes.size() > 1) quotes.push_back(',');
      // The name as the article writes it; the alias table's canonical name beside it.
      const std::string& shown = q.speaker_in_text.empty() ? q.speaker : q.speaker_in_text;
      quotes += JsonObject()
                    .add("text", std::string_view(article.body).substr(q.start, q.end - q.start))
                    .add_or_null("speaker", shown)
                    .add_or_null("canonical", q.speaker)
                    .add_or_null("cue", q.cue)
                    .add("kind", quote_kind_name(q.kind))
                    .add("rule", attribution_rule_name(q.rule))
                    .add("mention", speaker_mention_name(q.mention))
                    .add_or_null("as_written", q.as_written)
                    .add("start", static_cast<std::uint64_t>(q.start))
                    .add("end", static_cast<std::uint64_t>(q.end))
                    .str();
    }
    quotes.push_back(']');
    out << JsonObject()
               .add("id", article.id)
               .add("title", article.title)
               .add_or_null("date", article.date)
               .add_or_null("outlet", article.outlet)
               .add_or_null("url", article.url)
               .add_raw("origin", origin_json(article))
               .add_raw("quotes", quotes)
               .str()
        << "\n";
    summary.quotes += article.quotes.size();
    ++summary.indexed;
  });
  return summary;
}

}  // namespace rostra
