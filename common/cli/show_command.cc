#include "common/cli/show_command.h"

#include <algorithm>
#include <ostream>
#include <sstream>
#include <vector>

#include "common/base/errors.h"
#include "common/base/json_writer.h"
#include "common/cli/search_output.h"
#include "common/document/stored_article.h"
#include "common/document/stored_quote.h"
#include "common/schema/index_terms.h"

namespace rostra {
namespace {

// The quotes stored for the article `id`, in text order.
std::vector<StoredQuote> quotes_of(const Xapian::Database& quotes, const std::string& id) {
  std::vector<StoredQuote> out;
  const std::string term = article_term(id);
  for (auto it = quotes.postlist_begin(term); it != quotes.postlist_end(term); ++it) {
    out.push_back(decode_stored_quote(quotes.get_document(*it).get_data()));
  }
  std::sort(out.begin(), out.end(),
            [](const StoredQuote& a, const StoredQuote& b) { return a.start < b.start; });
  return out;
}

// `body` with quote n's span written "⟦…⟧[n]". Spans are byte offsets into the body; one
// out of range or overlapping the one before is left unmarked.
std::string marked_body(const std::string& body, const std::vector<StoredQuote>& quotes) {
  std::string out;
  std::size_t at = 0;
  for (std::size_t n = 0; n < quotes.size(); ++n) {
    const StoredQuote& q = quotes[n];
    if (q.start < at || q.end > body.size() || q.start > q.end) continue;
    out.append(body, at, q.start - at);
    out += "\u27E6";
    out.append(body, q.start, q.end - q.start);
    out += "\u27E7[" + std::to_string(n + 1) + "]";
    at = q.end;
  }
  out.append(body, at, std::string::npos);
  return out;
}

std::string provenance(const Article& a) {
  if (a.origin_file.empty()) return "";
  return a.origin_file + (a.origin_line > 0 ? ":" + std::to_string(a.origin_line) : "");
}

void show_json(const Article& a, const std::vector<StoredQuote>& quotes, std::ostream& out) {
  std::string list = "[";
  for (const StoredQuote& q : quotes) {
    list += (list.size() > 1 ? "," : "") + JsonObject()
                                               .add("start", static_cast<std::uint64_t>(q.start))
                                               .add("end", static_cast<std::uint64_t>(q.end))
                                               .add("text", q.text)
                                               .add_or_null("speaker", q.speaker)
                                               .add_or_null("cue", q.cue)
                                               .add("kind", quote_kind_name(q.kind))
                                               .str();
  }
  out << JsonObject()
             .add("type", "article")
             .add("id", a.id)
             .add("title", a.title)
             .add_or_null("date", a.date)
             .add_or_null("outlet", a.outlet)
             .add_or_null("url", a.url)
             .add_or_null("language", a.language)
             .add_or_null("origin_file", a.origin_file)
             .add("origin_line", a.origin_line)
             .add("lead", a.lead)
             .add("body", a.body)
             .add_raw("quotes", list + "]")
             .str()
      << "\n";
}

void show_human(const Article& a, const std::vector<StoredQuote>& quotes, std::ostream& out_) {
  std::ostringstream out;
  out << "id:       " << a.id << "\n"
      << "title:    " << a.title << "\n"
      << "date:     " << (a.date.empty() ? "unknown" : a.date) << "\n"
      << "outlet:   " << (a.outlet.empty() ? "unknown" : a.outlet) << "\n";
  if (!a.url.empty()) out << "url:      " << a.url << "\n";
  if (!a.language.empty()) out << "language: " << a.language << "\n";
  if (!a.origin_file.empty()) out << "read from " << provenance(a) << "\n";
  out << "quotes:   " << quotes.size() << "\n\n";
  if (!a.lead.empty()) out << a.lead << "\n\n";
  out << marked_body(a.body, quotes) << "\n";
  if (!quotes.empty()) out << "\n";
  for (std::size_t n = 0; n < quotes.size(); ++n) {
    const StoredQuote& q = quotes[n];
    out << "[" << n + 1 << "] " << (q.speaker.empty() ? "speaker unknown" : q.speaker);
    if (!q.cue.empty()) out << " (" << q.cue << ")";
    if (q.kind != QuoteKind::kQuote) out << " [" << quote_kind_name(q.kind) << "]";
    out << "\n";
  }
  out_ << printable_text(out.str(), true);
}

}  // namespace

void show_article(ReadableIndex& index, const std::string& id, bool json, std::ostream& out) {
  try {
    const std::string term = id_term(id);
    auto it = index.articles.postlist_begin(term);
    if (it == index.articles.postlist_end(term)) {
      throw InputError("no article with id '" + id + "' (ids are shown with each hit)");
    }
    const Article article = decode_stored_article(index.articles.get_document(*it).get_data());
    const std::vector<StoredQuote> quotes = quotes_of(index.quotes, article.id);
    if (json) {
      show_json(article, quotes, out);
    } else {
      show_human(article, quotes, out);
    }
  } catch (const Xapian::Error& e) {
    throw DatabaseError("--show " + id + ": " + e.get_description());
  }
}

}  // namespace rostra
