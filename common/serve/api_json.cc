#include "common/serve/api_json.h"

#include <filesystem>

#include "common/base/json_writer.h"

namespace rostra {
namespace {

template <typename T, typename F>
std::string array_of(const std::vector<T>& items, F&& render) {
  std::string out = "[";
  for (const T& item : items) {
    if (out.size() > 1) out += ",";
    out += render(item);
  }
  return out + "]";
}

// {"text":…,"mark":…}, written straight into `out`: a page of hits has some hundred runs.
void append_run_json(std::string& out, std::string_view text, bool mark) {
  out += "{\"text\":";
  out += json_quote(text);
  out += mark ? ",\"mark\":true}" : ",\"mark\":false}";
}

}  // namespace

std::string snippet_json(const Snippet& snippet) {
  std::string out = "[";
  std::size_t at = 0;
  auto add = [&](std::size_t from, std::size_t to, bool mark) {
    if (to <= from) return;
    if (out.size() > 1) out += ",";
    append_run_json(out, std::string_view(snippet.text).substr(from, to - from), mark);
  };
  for (const auto& [start, end] : snippet.marks) {
    if (start < at || end > snippet.text.size()) continue;
    add(at, start, false);
    add(start, end, true);
    at = end;
  }
  add(at, snippet.text.size(), false);
  return out + "]";
}

std::string hit_json(const SearchHit& hit) {
  const Article& a = hit.article;
  return JsonObject()
      .add("rank", static_cast<std::uint64_t>(hit.rank))
      .add("id", a.id)
      .add("score", hit.score)
      .add_or_null("title", a.title)
      .add_or_null("date", a.date)
      .add_or_null("outlet", a.outlet)
      .add_or_null("url", a.url)
      .add_or_null("language", a.language)
      .add("collapsed", hit.collapsed)
      .add_raw("snippet", snippet_json(hit.snippet))
      .str();
}

std::string quote_json(const SearchHit& hit) {
  const StoredQuote& q = hit.quote;
  return JsonObject()
      .add("rank", static_cast<std::uint64_t>(hit.rank))
      .add("score", hit.score)
      .add("text", q.text)
      .add_raw("snippet", snippet_json(hit.snippet))
      .add_or_null("speaker", q.speaker)
      .add_or_null("cue", q.cue)
      .add("kind", quote_kind_name(q.kind))
      .add_or_null("date", q.date)
      .add_or_null("outlet", q.outlet)
      .add_or_null("title", q.title)
      .add_or_null("url", q.url)
      .add("article_id", q.article_id)
      .add("start", static_cast<std::uint64_t>(q.start))
      .add("end", static_cast<std::uint64_t>(q.end))
      .add_or_null("cluster", hit.cluster)
      .str();
}

std::string counts_json(const std::vector<std::pair<std::string, std::uint64_t>>& counts) {
  return array_of(counts, [](const auto& entry) {
    return JsonObject().add("name", entry.first).add("count", entry.second).str();
  });
}

std::string entries_json(const std::vector<FacetEntry>& entries) {
  return array_of(entries, [](const FacetEntry& entry) {
    return JsonObject().add("name", entry.name).add("count", entry.count).str();
  });
}

std::string buckets_json(const std::vector<HistogramBucket>& buckets) {
  return array_of(buckets, [](const HistogramBucket& b) {
    return JsonObject().add("key", b.key).add("count", b.matches).add("total", b.total).str();
  });
}

namespace {

// The body cut into runs at its quotes (overlapping quotes after the first are left out).
std::string body_runs(const std::string& body, const std::vector<StoredQuote>& quotes) {
  std::string out = "[";
  std::size_t at = 0;
  auto add = [&](std::size_t from, std::size_t to, int quote) {
    if (to <= from) return;
    if (out.size() > 1) out += ",";
    JsonObject run;
    run.add("text", std::string_view(body).substr(from, to - from));
    if (quote >= 0) run.add("quote", quote);
    out += run.str();
  };
  for (std::size_t i = 0; i < quotes.size(); ++i) {
    const StoredQuote& q = quotes[i];
    if (q.start < at || q.end > body.size() || q.end <= q.start) continue;
    add(at, q.start, -1);
    add(q.start, q.end, static_cast<int>(i));
    at = q.end;
  }
  add(at, body.size(), -1);
  return out + "]";
}

}  // namespace

std::string article_json(const ArticleWithQuotes& view) {
  const Article& a = view.article;
  // The quoted words are the body's runs that point here; a quote lists who and how.
  std::string quotes = array_of(view.quotes, [](const StoredQuote& q) {
    return JsonObject()
        .add_or_null("speaker", q.speaker)
        .add_or_null("cue", q.cue)
        .add("kind", quote_kind_name(q.kind))
        .str();
  });
  const std::string file = std::filesystem::path(a.origin_file).filename().string();
  return JsonObject()
      .add("id", a.id)
      .add_or_null("title", a.title)
      .add_or_null("url", a.url)
      .add_or_null("date", a.date)
      .add_or_null("outlet", a.outlet)
      .add_or_null("author", a.author)
      .add_or_null("language", a.language)
      .add_or_null("source", a.source)
      .add_or_null("place", a.place)
      .add_raw("provenance", JsonObject()
                                 .add_or_null("file", file)
                                 .add("line", a.origin_line)
                                 .add_or_null("record", a.origin_record)
                                 .add("offset", a.origin_offset)
                                 .str())
      .add_raw("speakers", json_string_array(a.speakers))
      .add_or_null("lead", a.lead)
      .add_raw("body", body_runs(a.body, view.quotes))
      .add_raw("quotes", quotes)
      .str();
}

std::string error_json(int status, const std::string& message) {
  return JsonObject()
      .add_raw("error", JsonObject().add("status", status).add("message", message).str())
      .str();
}

}  // namespace rostra
