#pragma once
// Wire-service datelines at the start of an article: "WASHINGTON (Reuters) - ". Pure.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace rostra {

/// A dateline found at the start of a text.
struct Dateline {
  std::string place;       ///< "WASHINGTON", "WEST PALM BEACH, Fla./WASHINGTON"; may be empty
  std::string agency;      ///< "Reuters"; empty for "WASHINGTON () - "
  std::string byline;      ///< "Jonathan Spicer and Rob Cox" from "By Jonathan Spicer and Rob Cox"
  std::size_t length = 0;  ///< Bytes of text the dateline takes, including the dash and space.
};

/// Recognizes `[(correction note)] [By NAMES] [PLACE] (Agency) - ` (hyphen, en or em dash)
/// at the start of `text`, after optional whitespace. A leading parenthetical longer than
/// 40 bytes is a correction note and is skipped. PLACE must start with an upper-case letter
/// and be at most 80 bytes of letters, spaces and . , / ' - characters; after a byline, the
/// place starts at the first all-capitals word. Agency is at most 40 bytes.
std::optional<Dateline> parse_dateline(std::string_view text);

}  // namespace rostra
