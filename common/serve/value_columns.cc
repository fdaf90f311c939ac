#include "common/serve/value_columns.h"

#include <string_view>
#include <unordered_map>

#include "common/schema/index_terms.h"
#include "common/schema/schema.h"

namespace rostra {
namespace {

// Numbers values as they come, the first one seen of each getting the next number.
class ValueNumbers {
 public:
  explicit ValueNumbers(ValueColumn& column) : column_(column) {
    column_.names.emplace_back();
    numbers_.emplace(std::string(), 0);
  }

  std::uint32_t number(std::string_view value) {
    auto [it, added] =
        numbers_.try_emplace(std::string(value), static_cast<std::uint32_t>(column_.names.size()));
    if (added) column_.names.emplace_back(value);
    return it->second;
  }

 private:
  ValueColumn& column_;
  std::unordered_map<std::string, std::uint32_t> numbers_;
};

ValueColumn read_single(const Xapian::Database& db, Xapian::valueno slot, Xapian::docid last) {
  ValueColumn column;
  column.ids.assign(std::size_t{last} + 1, 0);
  ValueNumbers numbers(column);
  for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it) {
    if (it.get_docid() <= last) column.ids[it.get_docid()] = numbers.number(*it);
  }
  return column;
}

// Each document's names in the order they are joined (for_each_joined_value).
ValueColumn read_multiple(const Xapian::Database& db, Xapian::valueno slot, Xapian::docid last) {
  ValueColumn column;
  column.starts.assign(std::size_t{last} + 2, 0);
  ValueNumbers numbers(column);
  Xapian::docid next = 1;  // the first document whose start is not yet set
  for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it) {
    const Xapian::docid did = it.get_docid();
    if (did > last) break;
    while (next <= did) column.starts[next++] = static_cast<std::uint32_t>(column.ids.size());
    for_each_joined_value(
        *it, [&](std::string_view name) { column.ids.push_back(numbers.number(name)); });
  }
  while (next <= last + 1) column.starts[next++] = static_cast<std::uint32_t>(column.ids.size());
  return column;
}

}  // namespace

ValueColumns::ValueColumns(const Xapian::Database& db)
    : revision_(db.get_revision()),
      uuid_(db.get_uuid()),
      last_docid_(db.get_lastdocid()),
      outlets_(read_single(db, schema::kSlotOutlet, last_docid_)),
      speakers_(read_multiple(db, schema::kSlotSpeakers, last_docid_)),
      dates_(read_single(db, schema::kSlotDate, last_docid_)),
      languages_(read_single(db, schema::kSlotLanguage, last_docid_)) {
  std::vector<std::uint64_t> per_date(dates_.names.size(), 0);
  for (std::uint32_t id : dates_.ids) ++per_date[id];
  for (std::size_t id = 1; id < per_date.size(); ++id) {
    if (per_date[id] > 0) all_days_.emplace(dates_.names[id], per_date[id]);
  }
  for (DateInterval interval :
       {DateInterval::kDay, DateInterval::kWeek, DateInterval::kMonth, DateInterval::kYear}) {
    bucket_totals_[static_cast<std::size_t>(interval)] = bucket_counts(all_days_, interval);
  }
}

}  // namespace rostra
