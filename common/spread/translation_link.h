#pragma once
// A possible translation: two quote clusters that may render one statement made in another
// language, with the evidence for it. Never a merge: the clusters stay apart. Pure.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rostra {

/// One link, seen from one of its clusters.
struct TranslationLink {
  std::string other;                        ///< The other cluster's id.
  double score = 0;                         ///< Weighted overlap of content stems, 0..1.
  std::optional<int> days_apart;            ///< Closest dates; nullopt: one side is undated.
  std::vector<std::string> shared_words;    ///< Content stems both hold.
  std::vector<std::string> shared_numbers;  ///< Numbers both hold.
  std::vector<std::string> shared_names;    ///< Capitalized names both hold.
};

/// The links of one cluster as stored in quotes-database metadata (schema::kMetaSpreadLink):
/// one line each, fields separated by '\x1f'. Persisted.
std::string encode_translation_links(const std::vector<TranslationLink>& links);

/// Reads what encode_translation_links wrote; malformed lines are skipped.
std::vector<TranslationLink> decode_translation_links(std::string_view data);

/// `links` with `link` added, replacing an earlier link to the same cluster.
void merge_translation_link(std::vector<TranslationLink>& links, TranslationLink link);

/// The day number (days since 1970-01-01) of an ISO date "YYYY-MM-DD", or nullopt when
/// `date` is not one.
std::optional<int> day_number(std::string_view date);

}  // namespace rostra
