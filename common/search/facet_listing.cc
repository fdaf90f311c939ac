#include "common/search/facet_listing.h"

#include <algorithm>

#include "common/base/case_fold.h"
#include "common/schema/index_terms.h"
#include "common/schema/schema.h"

namespace rostra {
namespace {

bool name_matches(std::string_view folded, std::string_view wanted) {
  if (wanted.empty() || folded.substr(0, wanted.size()) == wanted) return true;
  for (std::size_t space = folded.find(' '); space != std::string_view::npos;
       space = folded.find(' ', space + 1)) {
    if (folded.substr(space + 1, wanted.size()) == wanted) return true;
  }
  return false;
}

// The entry of a (possibly multi-valued) slot value that folds to `folded`, or "".
std::string display_name(std::string_view value, std::string_view folded) {
  std::string found;
  for_each_joined_value(value, [&](std::string_view entry) {
    if (found.empty() && fold_case(entry) == folded) found = entry;
  });
  return found;
}

}  // namespace

std::vector<FacetEntry> list_facet(const Xapian::Database& db, std::string_view prefix,
                                   Xapian::valueno slot, std::string_view starts_with,
                                   std::size_t limit) {
  const std::string wanted = fold_case(starts_with);
  const std::string p(prefix);
  std::vector<FacetEntry> out;
  std::vector<std::string> terms;
  for (auto it = db.allterms_begin(p); it != db.allterms_end(p); ++it) {
    std::string term = *it;
    std::string_view folded = std::string_view(term).substr(p.size());
    if (!name_matches(folded, wanted)) continue;
    out.push_back({std::string(folded), it.get_termfreq()});
    terms.push_back(std::move(term));
  }
  std::vector<std::size_t> order(out.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return out[a].count != out[b].count ? out[a].count > out[b].count : out[a].name < out[b].name;
  });
  if (order.size() > limit) order.resize(limit);
  std::vector<FacetEntry> top;
  for (std::size_t i : order) {
    FacetEntry entry = out[i];
    auto posting = db.postlist_begin(terms[i]);
    if (posting != db.postlist_end(terms[i])) {
      std::string name = display_name(db.get_document(*posting).get_value(slot), entry.name);
      if (!name.empty()) entry.name = std::move(name);
    }
    top.push_back(std::move(entry));
  }
  return top;
}

}  // namespace rostra
