#include "common/quotes/publisher_office.h"

#include "common/base/case_fold.h"
#include "common/base/errors.h"
#include "common/base/table_file.h"
#include "common/base/text_util.h"
#include "common/quotes/title_sender.h"

namespace rostra {
namespace {

// The office's words a role description uses: "President of Russia" -> president, russia.
std::vector<std::string> office_roles(std::string_view office) {
  std::vector<std::string> roles;
  for (const std::string& word : title_words(office)) {
    std::string lower = fold_case(word);
    if (lower != "of" && lower != "the") roles.push_back(lower);
  }
  return roles;
}

bool iso_day(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

// The tab-separated fields of `line`, trimmed.
std::vector<std::string_view> fields(std::string_view line) {
  std::vector<std::string_view> out;
  for (std::size_t from = 0;;) {
    std::size_t tab = line.find('\t', from);
    out.push_back(trim(line.substr(from, tab == std::string_view::npos ? tab : tab - from)));
    if (tab == std::string_view::npos) return out;
    from = tab + 1;
  }
}

}  // namespace

OfficeTable load_office_table(const std::filesystem::path& path) {
  if (path.empty()) return OfficeTable();
  return OfficeTable::load(path);
}

OfficeTable OfficeTable::load(const std::filesystem::path& path) {
  OfficeTable table;
  for_each_table_record(path, "office table", [&](std::string_view text, std::size_t number) {
    std::vector<std::string_view> f = fields(text);
    if (f.size() == 3) f.emplace_back();  // in office: the line ends after the first day
    bool valid = f.size() == 4 && !f[0].empty() && !f[1].empty() && iso_day(f[2]) &&
                 (f[3].empty() || (iso_day(f[3]) && f[3] > f[2]));
    if (!valid) {
      throw InputError(path.string() + ":" + std::to_string(number) +
                       ": expected office<TAB>holder<TAB>YYYY-MM-DD<TAB>[YYYY-MM-DD after it]");
    }
    table.add(f[0], f[1], f[2], f[3]);
  });
  return table;
}

void OfficeTable::add(std::string_view office, std::string_view holder, std::string_view from,
                      std::string_view to) {
  terms_.push_back({std::string(office), std::string(holder), std::string(from),
                    to.empty() ? std::string("9999") : std::string(to)});
}

OfficeHolder OfficeTable::holder(std::string_view outlet, std::string_view iso_date) const {
  if (iso_date.size() < 10) return {};
  std::string_view day = iso_date.substr(0, 10);
  for (const Term& t : terms_) {
    std::string_view office = t.office;
    bool named = outlet == office ||
                 (outlet.size() > office.size() + 1 && outlet.substr(0, office.size()) == office &&
                  outlet[office.size()] == ' ');
    if (named && day >= t.from && day < t.to) return {t.holder, office_roles(office)};
  }
  return {};
}

}  // namespace rostra
