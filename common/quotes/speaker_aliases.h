#pragma once
// The editable speaker alias table (corpus/speakers.tsv): merges the names one speaker
// goes by, across articles and scripts; with it, the office table (corpus/offices.tsv) that
// names who held an office a publisher speaks for on a date.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "common/quotes/publisher_office.h"

namespace rostra {

/// Maps aliases ("Путин", "Владимир Путин", "Mr Putin") to canonical speaker names
/// ("Vladimir Putin"). Lookups fold case and whitespace, and for Cyrillic words also
/// inflection ("Путина" finds "Путин"). Immutable after loading: safe to share.
class SpeakerAliases {
 public:
  /// Reads "alias<TAB>canonical" lines; '#' starts a comment line. Throws InputError
  /// naming the file and line for an unreadable file or a malformed line.
  static SpeakerAliases load(const std::filesystem::path& path);

  void add(std::string_view alias, std::string_view canonical);

  /// The canonical name for `name`, or nullopt when the table does not list it.
  std::optional<std::string> canonical(std::string_view name) const;

  /// Every name the table maps to `canonical` (its aliases and the canonical name itself),
  /// fold_case'd and sorted; empty when no alias maps to it. Lets a search also find what an
  /// index stored under an alias before the table listed it.
  std::vector<std::string> aliases_of(std::string_view canonical) const;

  /// The canonical names of the aliases that start with `prefix`, or one of whose words does
  /// (case folded; "пут" gives "Vladimir Putin" through "путин"), sorted, each once. What a
  /// listing by prefix also shows, so that part of a name in another script finds its speaker.
  std::vector<std::string> canonicals_starting(std::string_view prefix) const;

  std::size_t size() const { return exact_.size(); }

  /// The terms of office a publisher's unsigned words are credited by (empty unless set).
  const OfficeTable& offices() const { return offices_; }
  void set_offices(OfficeTable offices) { offices_ = std::move(offices); }

 private:
  OfficeTable offices_;
  std::unordered_map<std::string, std::string> exact_;      // fold_case(alias)
  std::unordered_map<std::string, std::string> inflected_;  // stems of Cyrillic aliases
};

/// Loads `path`; an empty `path` gives an empty table. Which table a program uses when none
/// is named is the program's choice (see common/cli/cli_options.h). Throws InputError for
/// a named file that cannot be read.
SpeakerAliases load_speaker_aliases(const std::filesystem::path& path);

/// The key under which Cyrillic names compare regardless of case ending: each word
/// case-folded and Russian-stemmed. Used for alias lookups and for merging mentions.
std::string inflection_key(std::string_view name);

}  // namespace rostra
