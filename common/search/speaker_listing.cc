#include "common/search/speaker_listing.h"

#include <algorithm>
#include <map>

#include "common/base/case_fold.h"
#include "common/schema/schema.h"

namespace rostra {

std::string_view last_name_word(std::string_view name) {
  const std::size_t space = name.rfind(' ');
  return space == std::string_view::npos ? name : name.substr(space + 1);
}

std::vector<SpeakerListing> list_speakers(const Xapian::Database& quotes,
                                          const SpeakerAliases* aliases, std::string_view prefix,
                                          std::size_t limit) {
  // Every folded name of the index by its last word.
  const std::string term_prefix(schema::kPrefixSpeaker);
  std::map<std::string, std::vector<FacetEntry>, std::less<>> by_surname;
  for (auto it = quotes.allterms_begin(term_prefix); it != quotes.allterms_end(term_prefix); ++it) {
    std::string folded = (*it).substr(term_prefix.size());
    std::string surname(last_name_word(folded));
    by_surname[surname].push_back({std::move(folded), it.get_termfreq()});
  }
  std::vector<FacetEntry> entries =
      list_facet(quotes, schema::kPrefixSpeaker, schema::kSlotSpeakers, prefix, limit);
  // A prefix that is an alias ("путин"), or starts one ("пут"), also lists the names the
  // table gives them.
  std::vector<std::string> named;
  if (aliases != nullptr && !prefix.empty()) {
    if (std::optional<std::string> name = aliases->canonical(prefix)) named.push_back(*name);
    for (std::string& name : aliases->canonicals_starting(prefix)) {
      if (std::ranges::find(named, name) == named.end()) named.push_back(std::move(name));
    }
    std::erase_if(named, [&](const std::string& n) { return fold_case(n) == fold_case(prefix); });
  }
  if (!named.empty()) {
    for (const std::string& name : named) {
      for (FacetEntry& entry :
           list_facet(quotes, schema::kPrefixSpeaker, schema::kSlotSpeakers, name, limit)) {
        if (std::ranges::none_of(entries,
                                 [&](const FacetEntry& e) { return e.name == entry.name; })) {
          entries.push_back(std::move(entry));
        }
      }
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const FacetEntry& a, const FacetEntry& b) { return a.count > b.count; });
    if (entries.size() > limit) entries.resize(limit);
  }
  std::vector<SpeakerListing> out;
  for (FacetEntry& entry : entries) {
    SpeakerListing listing;
    const std::string folded = fold_case(entry.name);
    listing.name = std::move(entry.name);
    listing.quotes = entry.count;
    if (aliases != nullptr) {
      for (std::string& alias : aliases->aliases_of(listing.name)) {
        if (alias != folded) listing.aliases.push_back(std::move(alias));
      }
      std::string canonical = aliases->canonical(listing.name).value_or("");
      if (fold_case(canonical) != folded) listing.canonical = std::move(canonical);
    }
    // A description ("spokesman", "Theresa's spokesman") ends in a common noun, written in
    // lower case: its last word is no surname, and the others ending in it are other people.
    const bool description = starts_lower_case(last_name_word(listing.name));
    if (auto found = by_surname.find(last_name_word(folded));
        !description && found != by_surname.end()) {
      for (const FacetEntry& other : found->second) {
        if (other.name != folded) listing.same_surname.push_back(other);
      }
    }
    std::stable_sort(listing.same_surname.begin(), listing.same_surname.end(),
                     [](const FacetEntry& a, const FacetEntry& b) { return a.count > b.count; });
    out.push_back(std::move(listing));
  }
  return out;
}

}  // namespace rostra
