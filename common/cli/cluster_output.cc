#include "common/cli/cluster_output.h"

#include <iomanip>
#include <ostream>

#include "common/base/json_writer.h"
#include "common/cli/search_output.h"
#include "common/spread/wording_diff.h"

namespace rostra {
namespace {

std::string first_said_json(const ClusterSummary& s) {
  if (s.first_date.empty()) return "null";
  return JsonObject()
      .add("date", s.first_date)
      .add_or_null("outlet", s.first_outlet)
      .add("article_id", s.first_article)
      .add_or_null("date_source", s.first_date_source)
      .str();
}

std::string link_json(const TranslationLink& link) {
  JsonObject o;
  o.add("cluster", link.other).add("score", link.score);
  if (link.days_apart) {
    o.add("days_apart", *link.days_apart);
  } else {
    o.add_null("days_apart");
  }
  return o.add_raw("shared_words", json_string_array(link.shared_words))
      .add_raw("shared_numbers", json_string_array(link.shared_numbers))
      .add_raw("shared_names", json_string_array(link.shared_names))
      .str();
}

std::string first_said_text(const ClusterSummary& s) {
  if (s.first_date.empty()) return "date unknown";
  std::string text =
      s.first_date + ", " + (s.first_outlet.empty() ? "outlet unknown" : s.first_outlet);
  if (!s.first_date_source.empty()) text += " (date from " + s.first_date_source + ")";
  return text;
}

void print_summary_human(std::ostream& out, const ClusterSummary& s) {
  out << "cluster " << (s.id.empty() ? std::string("(none yet: the quote alone)") : s.id)
      << "\n  \"" << printable_text(s.canonical, false) << "\"\n"
      << "  speaker: " << (s.speaker.empty() ? "unknown" : s.speaker) << "\n"
      << "  first said: " << first_said_text(s) << "\n"
      << "  last seen: " << (s.last_date.empty() ? "date unknown" : s.last_date) << "\n"
      << "  carriage: " << s.articles << " articles, " << s.outlets << " outlets, " << s.quotes
      << " quotes, " << s.variants.size() << " wordings\n";
}

}  // namespace

std::string cluster_summary_json(const ClusterSummary& s) {
  std::string variants = "[";
  for (const ClusterVariant& v : s.variants) {
    variants += (variants.size() > 1 ? "," : "") +
                JsonObject().add("text", v.text).add("count", std::uint64_t{v.count}).str();
  }
  std::string timeline = "[";
  for (const auto& [date, count] : s.timeline) {
    timeline += (timeline.size() > 1 ? "," : "") +
                JsonObject().add("date", date).add("count", std::uint64_t{count}).str();
  }
  return JsonObject()
      .add("id", s.id)
      .add("canonical", s.canonical)
      .add_or_null("speaker", s.speaker)
      .add_raw("first_said", first_said_json(s))
      .add_or_null("last_seen", s.last_date)
      .add("quotes", std::uint64_t{s.quotes})
      .add("articles", std::uint64_t{s.articles})
      .add("outlets", std::uint64_t{s.outlets})
      .add_raw("variants", variants + "]")
      .add_raw("timeline", timeline + "]")
      .str();
}

std::string cluster_view_json(const ClusterView& view) {
  std::string occurrences = "[";
  for (const ClusterOccurrence& o : view.occurrences) {
    const StoredQuote& q = o.quote;
    occurrences += (occurrences.size() > 1 ? "," : "") +
                   JsonObject()
                       .add_or_null("date", q.date)
                       .add_or_null("outlet", q.outlet)
                       .add("article_id", q.article_id)
                       .add("title", q.title)
                       .add_or_null("url", q.url)
                       .add_or_null("speaker", q.speaker)
                       .add_or_null("language", q.language)
                       .add("text", q.text)
                       .add("marked", mark_differences(q.text, view.summary.canonical))
                       .str();
  }
  std::string links = "[";
  for (const TranslationLink& link : view.links) {
    links += (links.size() > 1 ? "," : "") + link_json(link);
  }
  return JsonObject()
      .add_raw("cluster", cluster_summary_json(view.summary))
      .add_raw("occurrences", occurrences + "]")
      .add_raw("translations", links + "]")
      .str();
}

void print_spread(std::ostream& out, const ClusterView& view, ClusterFormat format) {
  if (format == ClusterFormat::kJson) {
    out << cluster_view_json(view) << "\n";
    return;
  }
  print_summary_human(out, view.summary);
  out << "\noccurrences (date order; {+added+} [-left out-] […] cut, against the canonical "
         "text):\n";
  for (const ClusterOccurrence& o : view.occurrences) {
    const StoredQuote& q = o.quote;
    out << (q.date.empty() ? "date unknown" : q.date) << "  "
        << (q.outlet.empty() ? "outlet unknown" : q.outlet) << "  " << q.article_id << "\n    "
        << printable_text(mark_differences(q.text, view.summary.canonical), false) << "\n";
  }
  if (!view.links.empty()) out << "\npossible translations:\n";
  for (const TranslationLink& link : view.links) {
    out << "  cluster " << link.other << "  score " << std::fixed << std::setprecision(2)
        << link.score << "  "
        << (link.days_apart ? std::to_string(*link.days_apart) + " days apart" : "undated")
        << "  shared: " << link.shared_words.size() << " words";
    if (!link.shared_numbers.empty()) out << ", numbers " << json_string_array(link.shared_numbers);
    if (!link.shared_names.empty()) out << ", names " << json_string_array(link.shared_names);
    out << "\n";
  }
}

void print_quote_groups(std::ostream& out, const QuoteGroups& groups, ClusterFormat format) {
  if (format == ClusterFormat::kCsv) {
    csv_row(out, {"rank", "cluster", "canonical", "speaker", "first_date", "first_outlet",
                  "last_seen", "quotes", "articles", "outlets", "variants"});
  }
  std::size_t rank = 0;
  for (const QuoteGroup& g : groups.groups) {
    ++rank;
    ClusterSummary s = g.summary;
    if (s.id.empty()) {  // not placed yet: the quote alone
      s.canonical = g.hit.quote.text;
      s.speaker = g.hit.quote.speaker;
      s.first_date = g.hit.quote.date;
      s.first_outlet = g.hit.quote.outlet;
      s.last_date = g.hit.quote.date;
      s.variants = {ClusterVariant{g.hit.quote.text, 1, 0}};
      s.quotes = s.articles = 1;
      s.outlets = g.hit.quote.outlet.empty() ? 0 : 1;
    }
    if (format == ClusterFormat::kCsv) {
      csv_row(out,
              {std::to_string(rank), s.id, s.canonical, s.speaker, s.first_date, s.first_outlet,
               s.last_date, std::to_string(s.quotes), std::to_string(s.articles),
               std::to_string(s.outlets), std::to_string(s.variants.size())});
    } else if (format == ClusterFormat::kJson) {
      out << JsonObject()
                 .add("type", "cluster")
                 .add("rank", std::uint64_t{rank})
                 .add("score", g.hit.score)
                 .add_raw("cluster", cluster_summary_json(s))
                 .str()
          << "\n";
    } else {
      out << rank << ". ";
      print_summary_human(out, s);
    }
  }
  if (format == ClusterFormat::kJson) {
    out << JsonObject().add("type", "summary").add("quotes", groups.total).str() << "\n";
  } else if (format == ClusterFormat::kHuman) {
    out << groups.total << " matching quotes\n";
  }
}

}  // namespace rostra
