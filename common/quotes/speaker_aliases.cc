#include "common/quotes/speaker_aliases.h"

#include <xapian.h>

#include <algorithm>

#include "common/base/case_fold.h"
#include "common/base/errors.h"
#include "common/base/table_file.h"
#include "common/base/text_util.h"

namespace rostra {

namespace {

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() > tail.size() && s.substr(s.size() - tail.size()) == tail;
}

// Russian surnames in -ов/-ев/-ин/-ын decline like adjectives, which Snowball does not
// expect of nouns ("Волков" -> "волк" but "Волкова" -> "волков"); strip their case endings
// by hand so every form gets one key.
std::optional<std::string> surname_stem(const std::string& word) {
  for (std::string_view ending :
       {"ыми", "ого", "ому", "ым", "ом", "ой", "ою", "ую", "ых", "ы", "а", "у", "е", "и"}) {
    if (!ends_with(word, ending)) continue;
    std::string stem = word.substr(0, word.size() - ending.size());
    for (std::string_view suffix : {"ов", "ев", "ёв", "ин", "ын"}) {
      if (ends_with(stem, suffix)) return stem;
    }
  }
  for (std::string_view suffix : {"ов", "ев", "ёв", "ин", "ын"}) {
    if (ends_with(word, suffix)) return word;
  }
  return std::nullopt;
}

}  // namespace

std::string inflection_key(std::string_view name) {
  static thread_local Xapian::Stem russian("ru");
  std::string folded = fold_case(name);
  std::string key;
  std::size_t start = 0;
  while (start <= folded.size()) {
    std::size_t end = folded.find(' ', start);
    if (end == std::string::npos) end = folded.size();
    if (end > start) {
      if (!key.empty()) key.push_back(' ');
      std::string word = folded.substr(start, end - start);
      key += surname_stem(word).value_or(russian(word));
    }
    start = end + 1;
  }
  return key;
}

SpeakerAliases load_speaker_aliases(const std::filesystem::path& path) {
  if (path.empty()) return SpeakerAliases();
  return SpeakerAliases::load(path);
}

SpeakerAliases SpeakerAliases::load(const std::filesystem::path& path) {
  SpeakerAliases table;
  for_each_table_record(path, "speaker alias table",
                        [&](std::string_view text, std::size_t number) {
                          std::size_t tab = text.find('\t');
                          if (tab == std::string_view::npos || trim(text.substr(0, tab)).empty() ||
                              trim(text.substr(tab + 1)).empty()) {
                            throw InputError(path.string() + ":" + std::to_string(number) +
                                             ": expected alias<TAB>canonical name");
                          }
                          table.add(trim(text.substr(0, tab)), trim(text.substr(tab + 1)));
                        });
  return table;
}

void SpeakerAliases::add(std::string_view alias, std::string_view canonical) {
  std::string name(canonical);
  exact_[fold_case(alias)] = name;
  exact_.emplace(fold_case(canonical), name);
  bool cyrillic = false;
  for (unsigned char c : alias) cyrillic = cyrillic || c == 0xD0 || c == 0xD1;
  if (cyrillic) inflected_[inflection_key(alias)] = name;
}

std::optional<std::string> SpeakerAliases::canonical(std::string_view name) const {
  if (auto found = exact_.find(fold_case(name)); found != exact_.end()) return found->second;
  if (inflected_.empty()) return std::nullopt;
  if (auto found = inflected_.find(inflection_key(name)); found != inflected_.end()) {
    return found->second;
  }
  return std::nullopt;
}

std::vector<std::string> SpeakerAliases::aliases_of(std::string_view canonical) const {
  const std::string folded = fold_case(canonical);
  std::vector<std::string> out;
  for (const auto& [alias, name] : exact_) {
    if (fold_case(name) == folded) out.push_back(alias);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> SpeakerAliases::canonicals_starting(std::string_view prefix) const {
  const std::string folded = fold_case(prefix);
  std::vector<std::string> out;
  if (folded.empty()) return out;
  for (const auto& [alias, name] : exact_) {
    // The alias itself or one of its words starts with the prefix ("пут" and "владимир путин").
    bool starts = alias.rfind(folded, 0) == 0;
    for (std::size_t space = alias.find(' '); !starts && space != std::string::npos;
         space = alias.find(' ', space + 1)) {
      starts = alias.compare(space + 1, folded.size(), folded) == 0;
    }
    if (starts && std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace rostra
