#include "common/search/database_stats.h"

#include <algorithm>
#include <filesystem>

#include "common/index/readable_index.h"
#include "common/model/quote.h"
#include "common/schema/index_terms.h"
#include "common/schema/schema.h"
#include "common/search/facet_counter.h"

namespace rostra {
namespace {

// Counts documents per term with `prefix`, naming each by the value in `slot` of its first
// document (the display name), or by the term itself when slot is Xapian::BAD_VALUENO.
std::vector<std::pair<std::string, std::uint64_t>> count_prefix(const Xapian::Database& db,
                                                                std::string_view prefix,
                                                                Xapian::valueno slot) {
  std::vector<std::pair<std::string, std::uint64_t>> out;
  std::string p(prefix);
  for (auto it = db.allterms_begin(p); it != db.allterms_end(p); ++it) {
    std::string term = *it;
    std::string name = term.substr(p.size());
    if (slot != Xapian::BAD_VALUENO) {
      auto posting = db.postlist_begin(term);
      if (posting != db.postlist_end(term)) {
        std::string value = db.get_document(*posting).get_value(slot);
        if (!value.empty()) name = value;
      }
    }
    out.emplace_back(name, it.get_termfreq());
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
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
  stats.outlets = count_prefix(db, schema::kPrefixOutlet, schema::kSlotOutlet);
  stats.languages = count_prefix(db, schema::kPrefixLanguage, Xapian::BAD_VALUENO);
  stats.quotes = index.quotes.get_doccount();
  for (QuoteKind kind :
       {QuoteKind::kQuote, QuoteKind::kTurn, QuoteKind::kTitle, QuoteKind::kScare}) {
    const std::string_view name = quote_kind_name(kind);
    stats.quote_kinds.emplace_back(name, index.quotes.get_termfreq(quote_kind_term(name)));
  }
  stats.speakers = count_prefix(index.quotes, schema::kPrefixSpeaker, schema::kSlotSpeakers);
  for (auto it = db.allterms_begin(); it != db.allterms_end(); ++it) ++stats.distinct_terms;
  stats.size_bytes = directory_size(path);
  return stats;
}

}  // namespace rostra
