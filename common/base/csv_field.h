#pragma once
// One field of a CSV row, as every CSV that Rostra writes (rostra-search --format csv, the
// server's exports) quotes it.

#include <string>
#include <string_view>

namespace rostra {

/// `value` as a CSV field (RFC 4180): in double quotes, with '"' doubled, when it holds a
/// comma, a double quote or a line break. A field starting with '=', '+', '-' or '@' gets a
/// leading "'" and quotes, so that a spreadsheet opening the file shows it as text instead of
/// running it as a formula (article titles and quotes are untrusted text).
std::string csv_field(std::string_view value);

}  // namespace rostra
