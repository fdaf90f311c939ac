#include "common/quotes/publisher_office.h"

#include "common/base/case_fold.h"
#include "common/quotes/title_sender.h"

namespace rostra {
namespace {

struct Term {
  std::string_view office;  // as outlet display names begin
  std::string_view from;    // first day in office, ISO
  std::string_view to;      // first day out of office, ISO ("9999" while in office)
  std::string_view holder;
};

// Offices whose own sites the outlet table lists. Extend with an outlet that publishes for an
// office: its display name must begin with the office's name.
constexpr Term kTerms[] = {
    {"President of Russia", "1991-07-10", "1999-12-31", "Boris Yeltsin"},
    {"President of Russia", "1999-12-31", "2008-05-07", "Vladimir Putin"},
    {"President of Russia", "2008-05-07", "2012-05-07", "Dmitry Medvedev"},
    {"President of Russia", "2012-05-07", "9999", "Vladimir Putin"},
};

// The office's words a role description uses: "President of Russia" -> president, russia.
std::vector<std::string> office_roles(std::string_view office) {
  std::vector<std::string> roles;
  for (const std::string& word : title_words(office)) {
    std::string lower = fold_case(word);
    if (lower != "of" && lower != "the") roles.push_back(lower);
  }
  return roles;
}

}  // namespace

OfficeHolder publisher_office_holder(std::string_view outlet, std::string_view iso_date) {
  if (iso_date.size() < 10) return {};
  std::string_view day = iso_date.substr(0, 10);
  for (const Term& t : kTerms) {
    bool named = outlet == t.office ||
                 (outlet.size() > t.office.size() + 1 &&
                  outlet.substr(0, t.office.size()) == t.office && outlet[t.office.size()] == ' ');
    if (named && day >= t.from && day < t.to) {
      return {std::string(t.holder), office_roles(t.office)};
    }
  }
  return {};
}

}  // namespace rostra
