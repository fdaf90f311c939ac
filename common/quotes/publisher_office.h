#pragma once
// The offices outlets publish for ("President of Russia (kremlin.ru)") and who held each on a
// date (corpus/offices.tsv): the author of the unsigned messages such an outlet publishes.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace rostra {

/// The holder of the office a publisher speaks for, on one date.
struct OfficeHolder {
  std::string name;                ///< Canonical name ("Vladimir Putin").
  std::vector<std::string> roles;  ///< Lower-case words of the office ("president", "russia").
};

/// Terms of office: who held an office from which day to which. Immutable after loading:
/// safe to share between threads.
class OfficeTable {
 public:
  /// Reads "office<TAB>holder<TAB>first day<TAB>first day out" lines (ISO dates; an empty
  /// last column while in office); '#' starts a comment line. Throws InputError naming the
  /// file and line for an unreadable file, a malformed line or a term that ends before it
  /// begins.
  static OfficeTable load(const std::filesystem::path& path);

  /// Adds one term. REQUIRES: `from` and `to` ISO "YYYY-MM-DD" (`to` empty: still in office).
  void add(std::string_view office, std::string_view holder, std::string_view from,
           std::string_view to);

  /// When `outlet` (a display name, see corpus/outlets.tsv) names an office of the table
  /// ("President of Russia", optionally followed by " (host)") and `iso_date` ("YYYY-MM-DD",
  /// possibly longer) falls in one holder's term, that holder; else an empty name. An outlet
  /// that is an office's own site publishes its holder's greetings, messages and letters
  /// unsigned ("The message reads: …"), so they are the holder's words. A term includes its
  /// first day, not its last: a date on a hand-over belongs to the incoming holder.
  OfficeHolder holder(std::string_view outlet, std::string_view iso_date) const;

  std::size_t size() const { return terms_.size(); }

 private:
  struct Term {
    std::string office;
    std::string holder;
    std::string from;  // first day in office
    std::string to;    // first day out of office; "9999" while in office
  };
  std::vector<Term> terms_;
};

/// Loads `path`; an empty `path` gives an empty table (no office known). Which table a
/// program uses when none is named is the program's choice (common/cli/cli_options.h).
OfficeTable load_office_table(const std::filesystem::path& path);

}  // namespace rostra
