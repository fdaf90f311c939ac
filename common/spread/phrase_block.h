#pragma once
// The placed phrases of one speaker and time block as the cluster store keeps them in
// quotes-database metadata (schema::kMetaSpreadBlock): what placing later quotes compares,
// so they never re-read or re-analyse the quotes placed before them. Pure.

#include <string>
#include <string_view>
#include <vector>

#include "common/spread/quote_clusterer.h"

namespace rostra {

/// The phrases as one zstd-compressed record. Persisted: change only with a new format byte.
std::string encode_phrase_block(const std::vector<PlacedPhrase>& phrases);

/// Reads what encode_phrase_block wrote ("" is an empty block). Throws std::runtime_error
/// on a corrupt record.
std::vector<PlacedPhrase> decode_phrase_block(std::string_view data);

/// The time block of a quote dated `date` ("YYYY-MM"), or "" for an undated one.
std::string time_block(std::string_view date);

/// The time blocks a quote dated `date` is compared against: its own month, the months
/// before and after it, and the undated block; only the undated block for an undated quote.
std::vector<std::string> neighbour_blocks(std::string_view date);

}  // namespace rostra
