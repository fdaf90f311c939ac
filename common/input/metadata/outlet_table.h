#pragma once
// The editable table that maps web hosts, wire-service names and spellings to outlet
// display names (corpus/outlets.tsv).

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace rostra {

/// Outlet display names by host, by wire name and by alias. Keys compare through
/// fold_case: case-insensitive in any script, whitespace-insensitive.
/// Immutable after loading, so safe to share between threads.
class OutletTable {
 public:
  /// Reads a table file: one entry per line, "kind<TAB>key<TAB>display name", kind one of
  /// host, wire, alias; blank lines and lines starting with '#' are ignored.
  /// Throws InputError naming the file and line for an unreadable file or a malformed line.
  static OutletTable load(const std::filesystem::path& path);

  /// Adds one entry. `kind` is "host", "wire" or "alias"; throws std::invalid_argument else.
  void add(std::string_view kind, std::string_view key, std::string_view display_name);

  /// The outlet for a host: tries the host, then each parent domain ("en.kremlin.ru",
  /// "kremlin.ru"). Nullopt when none is listed.
  std::optional<std::string> by_host(std::string_view host) const;

  /// The outlet for the agency named in a dateline ("Reuters", "AP").
  std::optional<std::string> by_wire(std::string_view agency) const;

  /// The display name for an outlet as an input field names it: an alias, a listed host, a
  /// wire name or a display name in any case; else the name as given, trimmed.
  std::string canonical_name(std::string_view name) const;

  std::size_t size() const { return hosts_.size() + wires_.size() + aliases_.size(); }

 private:
  using Map = std::unordered_map<std::string, std::string>;
  Map hosts_;
  Map wires_;
  Map aliases_;  // includes every display name, keyed by its lower-case form
};

/// Loads `path`; an empty `path` gives an empty table (outlets are then named by host).
/// Which table a program uses when none is named is the program's choice (see
/// common/cli/cli_options.h): the library reads no environment and knows no install path.
/// Throws InputError for a named file that cannot be read or is malformed.
OutletTable load_outlet_table(const std::filesystem::path& path);

}  // namespace rostra
