#include "common/search/database_stats.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "common/index/readable_index.h"
#include "common/model/quote.h"
#include "common/schema/index_terms.h"
#include "common/schema/schema.h"
#include "common/search/facet_counter.h"

namespace rostra {
namespace {

// Documents per term with `prefix`, each with the name it is shown under.
struct TermCount {
  std::string term;
  std::string name;
  std::uint64_t count = 0;
};

// Counts documents per term with `prefix`, naming each by the value in `slot` of its first
// document (the display name), or by the term itself when slot is Xapian::BAD_VALUENO.
std::vector<TermCount> count_prefix(const Xapian::Database& db, std::string_view prefix,
                                    Xapian::valueno slot) {
  std::vector<TermCount> out;
  std::string p(prefix);
  for (auto it = db.allterms_begin(p); it != db.allterms_end(p); ++it) {
    TermCount entry{*it, (*it).substr(p.size()), it.get_termfreq()};
    if (slot != Xapian::BAD_VALUENO) {
      auto posting = db.postlist_begin(entry.term);
      if (posting != db.postlist_end(entry.term)) {
        std::string value = db.get_document(*posting).get_value(slot);
        if (!value.empty()) entry.name = value;
      }
    }
    out.push_back(std::move(entry));
  }
  return out;
}

// `counts` as (name, count) pairs, the largest count first, without zero counts.
std::vector<std::pair<std::string, std::uint64_t>> by_count(std::vector<TermCount> counts) {
  std::stable_sort(counts.begin(), counts.end(),
                   [](const TermCount& a, const TermCount& b) { return a.count > b.count; });
  std::vector<std::pair<std::string, std::uint64_t>> out;
  for (TermCount& entry : counts) {
    if (entry.count > 0) out.emplace_back(std::move(entry.name), entry.count);
  }
  return out;
}

std::uint64_t directory_size(const std::string& path) {
  std::uint64_t total = 0;
  std::error_code error;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(path, error)) {
    if (entry.is_regular_file(error)) total += entry.file_size(error);
  }
  return total;
}

// Leaves the quotes `index` hides out of `stats`' quote total and kinds and of `speakers`.
// Hidden quotes exist only after a failed commit, so reading each is cheap.
void leave_out_hidden_quotes(const ReadableIndex& index, DatabaseStats& stats,
                             std::vector<TermCount>& speakers) {
  std::set<Xapian::docid> hidden;
  for (const std::string& link : index.hidden_quote_links) {
    for (auto it = index.quotes.postlist_begin(link); it != index.quotes.postlist_end(link); ++it) {
      hidden.insert(*it);
    }
  }
  stats.hidden_quotes = hidden.size();
  stats.quotes -= std::min<std::uint64_t>(stats.quotes, hidden.size());
  for (Xapian::docid did : hidden) {
    for (auto t = index.quotes.termlist_begin(did); t != index.quotes.termlist_end(did); ++t) {
      const std::string term = *t;
      for (auto& [name, count] : stats.quote_kinds) {
        if (count > 0 && term == quote_kind_term(name)) --count;
      }
      for (TermCount& speaker : speakers) {
        if (speaker.count > 0 && speaker.term == term) --speaker.count;
      }
    }
  }
}

}  // namespace

DatabaseStats collect_stats(const ReadableIndex& index, const std::string& path) {
  const Xapian::Database& db = index.articles;
  DatabaseStats stats;
  stats.path = path;
  stats.schema_version = stored_schema_version(db);
  stats.articles = db.get_doccount();
  stats.articles_with_date = db.get_value_freq(schema::kSlotDate);
  if (stats.articles_with_date > 0) {
    stats.first_date = db.get_value_lower_bound(schema::kSlotDate);
    stats.last_date = db.get_value_upper_bound(schema::kSlotDate);
  }
  stats.outlets = by_count(count_prefix(db, schema::kPrefixOutlet, schema::kSlotOutlet));
  stats.languages = by_count(count_prefix(db, schema::kPrefixLanguage, Xapian::BAD_VALUENO));
  stats.quotes = index.quotes.get_doccount();
  for (QuoteKind kind :
       {QuoteKind::kQuote, QuoteKind::kTurn, QuoteKind::kTitle, QuoteKind::kScare}) {
    const std::string_view name = quote_kind_name(kind);
    stats.quote_kinds.emplace_back(name, index.quotes.get_termfreq(quote_kind_term(name)));
  }
  std::vector<TermCount> speakers =
      count_prefix(index.quotes, schema::kPrefixSpeaker, schema::kSlotSpeakers);
  if (!index.hidden_quote_links.empty()) leave_out_hidden_quotes(index, stats, speakers);
  stats.speakers = by_count(std::move(speakers));
  for (auto it = db.allterms_begin(); it != db.allterms_end(); ++it) ++stats.distinct_terms;
  stats.size_bytes = directory_size(path);
  return stats;
}

}  // namespace rostra
