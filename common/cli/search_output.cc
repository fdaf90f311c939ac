#include "common/cli/search_output.h"

#include <algorithm>
#include <iomanip>
#include <ostream>
#include <sstream>

#include "common/base/csv_field.h"
#include "common/base/errors.h"
#include "common/base/json_writer.h"
#include "common/schema/schema.h"

namespace rostra {
namespace {

constexpr const char* kUnknown = "date unknown";

std::string printable(std::string_view text) {
  return printable_text(text, false);
}

// The snippet of `hit`, made printable, with its marks.
std::string printable_snippet(const Snippet& snippet, bool ansi) {
  Snippet safe = snippet;
  safe.text = printable(snippet.text);
  return render_snippet(safe, ansi ? "\x1b[1;33m" : "**", ansi ? "\x1b[0m" : "**");
}

using CountList = std::vector<std::pair<std::string, std::uint64_t>>;

// `counts` cut to `limit` entries (0: all).
CountList limited(const CountList& counts, std::size_t limit) {
  if (limit == 0 || counts.size() <= limit) return counts;
  return CountList(counts.begin(), counts.begin() + static_cast<std::ptrdiff_t>(limit));
}

// Date buckets cut to `limit` (0: all): the largest ones, still in date order, since the
// first N years of a histogram say little of where the matches are.
CountList limited_dates(const CountList& counts, std::size_t limit) {
  if (limit == 0 || counts.size() <= limit) return counts;
  std::vector<std::size_t> order(counts.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return counts[a].second > counts[b].second;
  });
  order.resize(limit);
  std::sort(order.begin(), order.end());
  CountList out;
  for (std::size_t i : order) out.push_back(counts[i]);
  return out;
}

void print_counts(std::ostream& out, const char* label, const CountList& counts,
                  std::size_t limit = 0, bool limit_dates = false) {
  out << label << ":";
  if (counts.empty()) out << " (none)";
  for (const auto& [name, count] :
       limit_dates ? limited_dates(counts, limit) : limited(counts, limit)) {
    out << "\n  " << std::setw(6) << count << "  " << printable_text(name, false);
  }
  if (limit > 0 && counts.size() > limit) out << "\n  and " << counts.size() - limit << " more";
  out << "\n";
}

const CountList& dates_of(const FacetResults& facets, const FacetView& view) {
  switch (view.dates) {
    case FacetView::Dates::kYear:
      return facets.years;
    case FacetView::Dates::kDay:
      return facets.days;
    case FacetView::Dates::kMonth:
      break;
  }
  return facets.months;
}

const char* dates_label(const FacetView& view) {
  return view.dates == FacetView::Dates::kYear  ? "Years"
         : view.dates == FacetView::Dates::kDay ? "Days"
                                                : "Months";
}

std::vector<std::pair<std::string, std::uint64_t>> top(
    const std::vector<std::pair<std::string, std::uint64_t>>& counts, std::size_t n) {
  return {counts.begin(), counts.begin() + static_cast<long>(std::min(n, counts.size()))};
}

// " (190 quotes: --quotes lists them; 10 title, 6 scare: --all-kinds adds them)".
std::string quote_kinds_line(const std::vector<std::pair<std::string, std::uint64_t>>& kinds) {
  bool listed = false;  // the counts name a kind --quotes lists
  std::uint64_t spoken = 0;
  std::uint64_t turns = 0;
  std::string others;
  for (const auto& [kind, count] : kinds) {
    const bool turn = kind == quote_kind_name(QuoteKind::kTurn);
    if (turn || kind == quote_kind_name(QuoteKind::kQuote)) {
      listed = true;
      spoken += count;
      if (turn) turns = count;
    } else {
      others += (others.empty() ? "" : ", ") + std::to_string(count) + " " + kind;
    }
  }
  if (!listed) return "";
  return " (" + std::to_string(spoken) + " someone's words" +
         (turns > 0 ? " (" + std::to_string(turns) + " of them transcript turns)" : "") +
         ": --quotes lists them" +
         (others.empty() ? "" : "; " + others + ": --all-kinds adds them") + ")";
}

std::string sort_name(SortOrder sort) {
  switch (sort) {
    case SortOrder::kNewest:
      return "newest";
    case SortOrder::kOldest:
      return "oldest";
    case SortOrder::kRelevance:
      break;
  }
  return "relevance";
}

// "(said; cue-after, pronoun “he”)": the cue and the evidence for the speaker. Quotes stored
// before the evidence was recorded (rule none) show their cue alone.
std::string quote_evidence_human(const StoredQuote& q) {
  std::string evidence = printable(q.cue);
  if (q.rule != AttributionRule::kNone && !q.speaker.empty()) {
    evidence +=
        std::string(evidence.empty() ? "" : "; ") + std::string(attribution_rule_name(q.rule));
    if (q.mention != SpeakerMention::kNone) {
      evidence += ", " + std::string(speaker_mention_name(q.mention));
      if (!q.as_written.empty()) evidence += " \u201C" + printable(q.as_written) + "\u201D";
    }
  }
  return evidence.empty() ? evidence : " (" + evidence + ")";
}

void print_quote_human(std::ostream& out, const SearchHit& hit, bool ansi) {
  const StoredQuote& q = hit.quote;
  out << hit.rank << ". \u201C" << printable_snippet(hit.snippet, ansi) << "\u201D  [" << std::fixed
      << std::setprecision(2) << hit.score << "]\n";
  out << "   \u2014 "
      << (q.speaker.empty() ? std::string("speaker unknown") : printable(q.speaker));
  out << quote_evidence_human(q);
  if (q.kind != QuoteKind::kQuote) out << " [" << quote_kind_name(q.kind) << "]";
  out << " · " << (q.date.empty() ? kUnknown : printable(q.date)) << " · "
      << (q.outlet.empty() ? "outlet unknown" : printable(q.outlet)) << "\n";
  out << "   " << (ansi ? "\x1b[1m" : "") << (q.title.empty() ? "(untitled)" : printable(q.title))
      << (ansi ? "\x1b[0m" : "");
  if (!q.url.empty()) out << " · " << printable(q.url);
  out << "\n\n";
}

}  // namespace

std::string printable_text(std::string_view text, bool keep_newlines) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c == '\n' || c == '\r') && !keep_newlines) {
      out.push_back(' ');  // a line or paragraph break inside one printed line
    } else if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7f) {
      out.push_back('?');
    } else if (c == 0xC2 && i + 1 < text.size() &&
               static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(text[i + 1]) <= 0x9f) {
      out += "??";  // a C1 control character
      ++i;
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

FacetView::Dates parse_facet_dates(const std::string& name) {
  if (name == "year") return FacetView::Dates::kYear;
  if (name == "month") return FacetView::Dates::kMonth;
  if (name == "day") return FacetView::Dates::kDay;
  throw UsageError("--facet-by takes year, month or day, not '" + name + "'");
}

void print_results_human(std::ostream& out, const SearchRequest& request,
                         const SearchResults& results, HighlightStyle style,
                         const FacetView& view) {
  const bool ansi = style == HighlightStyle::kAnsi;
  for (const SearchHit& hit : results.hits) {
    if (request.quotes) {
      print_quote_human(out, hit, ansi);
      continue;
    }
    const Article& a = hit.article;
    out << hit.rank << ". " << (ansi ? "\x1b[1m" : "")
        << (a.title.empty() ? "(untitled)" : printable(a.title)) << (ansi ? "\x1b[0m" : "") << "  ["
        << std::fixed << std::setprecision(2) << hit.score << "]\n";
    out << "   " << (a.date.empty() ? kUnknown : printable(a.date)) << " · "
        << (a.outlet.empty() ? "outlet unknown" : printable(a.outlet));
    if (!a.url.empty()) out << " · " << printable(a.url);
    if (hit.collapsed > 0) out << " · +" << hit.collapsed << " similar";
    out << "\n   id " << printable(a.id);
    if (a.url.empty() && !a.origin_file.empty()) out << " · " << printable(a.origin_file);
    // A WARC record or a Reuters story: where to find the archived copy again.
    if (!a.origin_record.empty()) {
      out << " · " << (a.url.empty() ? "" : printable(a.origin_file) + " ") << "record "
          << printable(a.origin_record);
      if (a.origin_offset > 0) out << " at byte " << a.origin_offset;
    }
    out << "\n";
    // An article of its headline only (a brief item of an official site) has no text to show.
    out << "   " << (hit.snippet.text.empty() ? "(no text)" : printable_snippet(hit.snippet, ansi))
        << "\n\n";
  }
  std::size_t first = results.hits.empty() ? 0 : request.offset + 1;
  std::size_t last = request.offset + results.hits.size();
  const char* noun = request.quotes ? (results.total == 1 ? " quote" : " quotes")
                                    : (results.total == 1 ? " match" : " matches");
  out << (request.exact_total || request.facets ? "" : "about ") << results.total << noun;
  if (request.collapse) out << " (" << results.stories << " distinct stories)";
  if (!results.hits.empty()) out << " (showing " << first << "-" << last << ")";
  out << ", sorted by " << sort_name(request.sort) << "\n";
  if (results.has_facets) {
    print_counts(out, "Outlets", results.facets.outlets, view.limit);
    out << "Distinct stories: " << results.facets.stories
        << " (by outlet below; a story two outlets carry counts under each)\n";
    print_counts(out, "Distinct stories by outlet", results.facets.outlet_stories, view.limit);
    print_counts(out, "Speakers", results.facets.speakers, view.limit);
    print_counts(out, dates_label(view), dates_of(results.facets, view), view.limit, true);
  }
}

void print_results_json(std::ostream& out, const SearchRequest& request,
                        const SearchResults& results, const FacetView& view) {
  for (const SearchHit& hit : results.hits) {
    if (request.quotes) {
      const StoredQuote& q = hit.quote;
      out << JsonObject()
                 .add("type", "quote")
                 .add("rank", static_cast<std::uint64_t>(hit.rank))
                 .add("score", hit.score)
                 .add("text", q.text)
                 .add("snippet", render_snippet(hit.snippet, "<mark>", "</mark>"))
                 .add_or_null("speaker", q.speaker)
                 .add_or_null("cue", q.cue)
                 .add("rule", attribution_rule_name(q.rule))
                 .add("mention", speaker_mention_name(q.mention))
                 .add_or_null("as_written", q.as_written)
                 .add("kind", quote_kind_name(q.kind))
                 .add_or_null("date", q.date)
                 .add_or_null("outlet", q.outlet)
                 .add("title", q.title)
                 .add_or_null("url", q.url)
                 .add("article_id", q.article_id)
                 .add("start", static_cast<std::uint64_t>(q.start))
                 .add("end", static_cast<std::uint64_t>(q.end))
                 .str()
          << "\n";
      continue;
    }
    const Article& a = hit.article;
    out << JsonObject()
               .add("type", "hit")
               .add("rank", static_cast<std::uint64_t>(hit.rank))
               .add("id", a.id)
               .add("score", hit.score)
               .add("title", a.title)
               .add_or_null("date", a.date)
               .add_or_null("outlet", a.outlet)
               .add_or_null("url", a.url)
               .add_or_null("language", a.language)
               .add("collapsed", hit.collapsed)
               .add("snippet", render_snippet(hit.snippet, "<mark>", "</mark>"))
               .str()
        << "\n";
  }
  out << JsonObject()
             .add("type", "total")
             .add("matches", results.total)
             .add("stories", request.collapse ? results.stories : results.total)
             .add("offset", static_cast<std::uint64_t>(request.offset))
             .add("limit", static_cast<std::uint64_t>(request.limit))
             .add("returned", static_cast<std::uint64_t>(results.hits.size()))
             .add("sort", sort_name(request.sort))
             .str()
      << "\n";
  if (results.has_facets) {
    out << JsonObject()
               .add("type", "facets")
               .add("stories", results.facets.stories)
               .add_counts("outlet", limited(results.facets.outlets, view.limit))
               .add_counts("outlet_stories", limited(results.facets.outlet_stories, view.limit))
               .add_counts("speaker", limited(results.facets.speakers, view.limit))
               .add_counts(view.dates == FacetView::Dates::kYear  ? "year"
                           : view.dates == FacetView::Dates::kDay ? "day"
                                                                  : "month",
                           limited_dates(dates_of(results.facets, view), view.limit))
               .str()
        << "\n";
  }
}

namespace {

std::string score_text(double score) {
  std::ostringstream text;
  text << std::fixed << std::setprecision(4) << score;
  return text.str();
}

}  // namespace

void csv_row(std::ostream& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) out << (i ? "," : "") << csv_field(fields[i]);
  out << "\r\n";
}

void print_results_csv(std::ostream& out, const SearchRequest& request,
                       const SearchResults& results) {
  out << (request.quotes ? kQuoteCsvHeader : kArticleCsvHeader) << "\r\n";
  for (const SearchHit& hit : results.hits) {
    const std::string rank = std::to_string(hit.rank);
    if (request.quotes) {
      const StoredQuote& q = hit.quote;
      csv_row(out, {rank, score_text(hit.score), q.date, q.outlet, q.speaker, q.cue,
                    std::string(quote_kind_name(q.kind)), q.text, q.title, q.url, q.article_id});
    } else {
      const Article& a = hit.article;
      csv_row(out, {rank, a.id, score_text(hit.score), a.date, a.outlet, a.title, a.url, a.language,
                    hit.snippet.text});
    }
  }
}

void print_speakers(std::ostream& out, const std::vector<SpeakerListing>& speakers, bool json) {
  for (const SpeakerListing& speaker : speakers) {
    CountList same;
    for (const FacetEntry& other : speaker.same_surname) same.emplace_back(other.name, other.count);
    if (json) {
      out << JsonObject()
                 .add("type", "speaker")
                 .add("name", speaker.name)
                 .add("quotes", speaker.quotes)
                 .add_raw("aliases", json_string_array(speaker.aliases))
                 .add_or_null("alias_of", speaker.canonical)
                 .add_counts("same_surname", same)
                 .str()
          << "\n";
      continue;
    }
    out << std::setw(7) << speaker.quotes << "  " << printable(speaker.name);
    if (!speaker.canonical.empty()) out << "  (alias of " << printable(speaker.canonical) << ")";
    out << "\n";
    if (!speaker.aliases.empty()) {
      out << "         aliases:";
      for (const std::string& alias : speaker.aliases) out << " " << printable(alias) << ";";
      out << "\n";
    }
    if (!same.empty()) {
      out << "         same surname in the index:";
      for (const auto& [name, count] : same) out << " " << printable(name) << " (" << count << ");";
      out << "\n";
    }
  }
  if (json) {
    out << JsonObject().add("type", "speakers").add("listed", std::uint64_t{speakers.size()}).str()
        << "\n";
  } else {
    out << speakers.size() << (speakers.size() == 1 ? " speaker" : " speakers")
        << " (quotes attributed to each name)\n";
  }
}

void print_stats(std::ostream& out, const DatabaseStats& s, bool json) {
  if (json) {
    out << JsonObject()
               .add("type", "stats")
               .add("path", s.path)
               .add("schema_version", s.schema_version)
               .add("articles", s.articles)
               .add("articles_with_date", s.articles_with_date)
               .add_or_null("first_date", s.first_date)
               .add_or_null("last_date", s.last_date)
               .add_counts("outlets", s.outlets)
               .add_counts("languages", s.languages)
               .add("quotes", s.quotes)
               .add("hidden_quotes", s.hidden_quotes)
               .add_counts("quote_kinds", s.quote_kinds)
               .add("speakers", static_cast<std::uint64_t>(s.speakers.size()))
               .add_counts("top_speakers", top(s.speakers, 20))
               .add("distinct_terms", s.distinct_terms)
               .add("size_bytes", s.size_bytes)
               .str()
        << "\n";
    return;
  }
  out << "database:       " << s.path << "\n"
      << "schema version: " << s.schema_version << "\n"
      << "articles:       " << s.articles << " (" << s.articles_with_date << " with a date)\n"
      << "date range:     "
      << (s.first_date.empty() ? std::string("none") : s.first_date + " .. " + s.last_date) << "\n"
      << "quotes:         " << s.quotes << quote_kinds_line(s.quote_kinds) << "\n";
  if (s.hidden_quotes > 0) {
    out << "hidden quotes:  " << s.hidden_quotes
        << " (of a batch whose articles' commit failed; the next indexer run removes them)\n";
  }
  out << "speakers:       " << s.speakers.size() << "\n"
      << "distinct terms: " << s.distinct_terms << "\n"
      << "size on disk:   " << std::fixed << std::setprecision(2)
      << static_cast<double>(s.size_bytes) / (1024.0 * 1024.0) << " MiB\n";
  print_counts(out, "outlets", s.outlets);
  print_counts(out, "languages", s.languages);
  print_counts(out, "top speakers (quotes)", top(s.speakers, 20));
}

}  // namespace rostra
