#include "common/serve/column_counter.h"

#include <algorithm>
#include <string_view>

namespace rostra {
namespace {

constexpr std::string_view kUnknown = "(unknown)";

// `counts` (by name) ordered by count descending, then by name, at most `limit` of them.
ColumnCounter::Counts by_count(const std::map<std::string, std::uint64_t>& counts,
                               std::size_t limit = SIZE_MAX) {
  ColumnCounter::Counts out(counts.begin(), counts.end());
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  if (out.size() > limit) out.resize(limit);
  return out;
}

// The counted names of `column`, each under the name `rename` gives it (names it gives
// alike are added up); names it gives as empty are left out.
template <typename Rename>
std::map<std::string, std::uint64_t> named(const ValueColumn& column,
                                           const std::vector<std::uint64_t>& counts,
                                           Rename&& rename) {
  std::map<std::string, std::uint64_t> out;
  for (std::size_t id = 0; id < counts.size(); ++id) {
    if (counts[id] == 0) continue;
    std::string name = rename(column.names[id]);
    if (!name.empty()) out[std::move(name)] += counts[id];
  }
  return out;
}

std::string as_is(const std::string& name) {
  return name;
}

}  // namespace

ColumnCounter::ColumnCounter(std::shared_ptr<const ValueColumns> columns)
    : columns_(std::move(columns)),
      outlets_(columns_->outlets().names.size(), 0),
      speakers_(columns_->speakers().names.size(), 0),
      dates_(columns_->dates().names.size(), 0),
      languages_(columns_->languages().names.size(), 0) {}

void ColumnCounter::operator()(const Xapian::Document& doc, double) {
  const Xapian::docid did = doc.get_docid();
  // Only a later revision has such a document; the caller, seeing the revision moved,
  // counts again without the columns.
  if (did > columns_->last_docid()) return;
  ++outlets_[columns_->outlets().ids[did]];
  ++dates_[columns_->dates().ids[did]];
  ++languages_[columns_->languages().ids[did]];
  const ValueColumn& speakers = columns_->speakers();
  for (std::uint32_t at = speakers.starts[did]; at < speakers.starts[did + 1]; ++at) {
    ++speakers_[speakers.ids[at]];
  }
}

ColumnCounter::Counts ColumnCounter::outlets() const {
  return by_count(named(columns_->outlets(), outlets_, [](const std::string& name) {
    return name.empty() ? std::string(kUnknown) : name;
  }));
}

ColumnCounter::Counts ColumnCounter::speakers() const {
  // A document without speakers has no names to count (its id list is empty): every
  // counted name, "" included (two separators in a row), is one FacetCounter counts.
  std::map<std::string, std::uint64_t> counts;
  for (std::size_t id = 0; id < speakers_.size(); ++id) {
    if (speakers_[id] > 0) counts[columns_->speakers().names[id]] += speakers_[id];
  }
  return by_count(counts);
}

ColumnCounter::Counts ColumnCounter::languages(std::size_t limit) const {
  return by_count(named(columns_->languages(), languages_, as_is), limit);
}

ColumnCounter::Counts ColumnCounter::months() const {
  const auto counts = named(columns_->dates(), dates_, [](const std::string& date) {
    return date.size() >= 7 && date != kUnknown ? date.substr(0, 7) : std::string(kUnknown);
  });
  return Counts(counts.begin(), counts.end());
}

std::map<std::string, std::uint64_t> ColumnCounter::days() const {
  return named(columns_->dates(), dates_, as_is);
}

std::uint64_t ColumnCounter::undated() const {
  return dates_.empty() ? 0 : dates_[0];
}

}  // namespace rostra
