#pragma once
// The header block of a WARC record (ISO 28500, WARC/1.0 and 1.1). Pure.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rostra {

/// A record's version line and named fields.
struct WarcHeader {
  std::string version;  ///< "WARC/1.0", "WARC/1.1"
  std::vector<std::pair<std::string, std::string>> fields;

  /// The value of field `name` (compared case-insensitively), or empty.
  std::string get(std::string_view name) const;
};

/// Parses a header block: the version line and the field lines, up to (not including) the
/// blank line. Returns an empty string, or why it is not a WARC header.
std::string parse_warc_header(std::string_view text, WarcHeader& out);

/// A WARC-Target-URI without the angle brackets WARC/1.0 writers such as wget put around it.
std::string warc_target_uri(const WarcHeader& header);

}  // namespace rostra
