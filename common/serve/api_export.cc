#include "common/serve/api_export.h"

#include <algorithm>

#include "common/base/csv_field.h"
#include "common/serve/api_json.h"

namespace rostra {
namespace {

constexpr const char* kArticleHeader = "rank,id,date,outlet,title,url,score,snippet\r\n";
constexpr const char* kQuoteHeader =
    "rank,date,speaker,cue,kind,outlet,text,title,url,article_id\r\n";

}  // namespace

ExportStream::ExportStream(SearchRequest request, ExportFormat format, PageSearch search)
    : request_(std::move(request)), format_(format), search_(std::move(search)) {}

std::string ExportStream::row(const SearchHit& hit) const {
  if (format_ == ExportFormat::kJsonLines) {
    return (request_.quotes ? quote_json(hit) : hit_json(hit)) + "\n";
  }
  std::string line = std::to_string(hit.rank) + ",";
  if (request_.quotes) {
    const StoredQuote& q = hit.quote;
    for (std::string_view field :
         {std::string_view(q.date), std::string_view(q.speaker), std::string_view(q.cue),
          quote_kind_name(q.kind), std::string_view(q.outlet), std::string_view(q.text),
          std::string_view(q.title), std::string_view(q.url)}) {
      line += csv_field(field) + ",";
    }
    return line + csv_field(q.article_id) + "\r\n";
  }
  const Article& a = hit.article;
  for (std::string_view field :
       {std::string_view(a.id), std::string_view(a.date), std::string_view(a.outlet),
        std::string_view(a.title), std::string_view(a.url)}) {
    line += csv_field(field) + ",";
  }
  return line + std::to_string(hit.score) + "," + csv_field(render_snippet(hit.snippet, "", "")) +
         "\r\n";
}

bool ExportStream::operator()(std::string& out) {
  if (!header_done_) {
    header_done_ = true;
    if (format_ == ExportFormat::kCsv) out += request_.quotes ? kQuoteHeader : kArticleHeader;
    return true;
  }
  if (done_ || written_ >= request_.limit) return false;
  SearchRequest page = request_;
  page.offset = request_.offset + written_;
  page.limit = std::min(kExportPageRows, request_.limit - written_);
  SearchResults results;
  try {
    results = search_(page);
  } catch (const std::exception&) {
    return false;  // the status is sent: a short export is all that can be said
  }
  for (const SearchHit& hit : results.hits) out += row(hit);
  written_ += results.hits.size();
  if (results.hits.size() < page.limit) done_ = true;
  return !results.hits.empty();
}

}  // namespace rostra
