#pragma once
// The office an outlet publishes for ("President of Russia (kremlin.ru)") and who held it on a
// date: the author of the unsigned messages such an outlet publishes. Pure.

#include <string>
#include <string_view>
#include <vector>

namespace rostra {

/// The holder of the office a publisher speaks for, on one date.
struct OfficeHolder {
  std::string name;                ///< Canonical name ("Vladimir Putin").
  std::vector<std::string> roles;  ///< Lower-case words of the office ("president", "russia").
};

/// When `outlet` (a display name, see corpus/outlets.tsv) names an office the built-in table
/// knows ("President of Russia", optionally followed by " (host)") and `iso_date`
/// ("YYYY-MM-DD", possibly longer) falls in one holder's term, that holder; else an empty
/// name. An outlet that is an office's own site publishes its holder's greetings, messages and
/// letters unsigned ("The message reads: …"), so they are the holder's words. Terms overlap by
/// no day: a date on a hand-over belongs to the incoming holder. Thread-safe.
OfficeHolder publisher_office_holder(std::string_view outlet, std::string_view iso_date);

}  // namespace rostra
