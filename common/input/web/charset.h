#pragma once
// Character sets of web pages: finding them and converting to UTF-8 (ICU). Pure.

#include <string>
#include <string_view>

namespace rostra {

/// The charset a byte order mark names ("utf-8", "utf-16le", "utf-16be"), or empty, and
/// the BOM's length in `length`.
std::string charset_from_bom(std::string_view bytes, std::size_t& length);

/// The charset parameter of a Content-Type value ("text/html; charset=UTF-8" -> "utf-8"),
/// lower case, or empty.
std::string charset_from_content_type(std::string_view content_type);

/// ICU's guess (ucsdet) at the charset of `bytes`, lower case, or empty when ICU has none
/// with a confidence of at least 10 (of 100).
std::string detect_charset(std::string_view bytes);

/// True when `charset` names UTF-8 (or its ASCII subset).
bool is_utf8_charset(std::string_view charset);

/// Converts `bytes` in `charset` to UTF-8 into `out`. Labels are read as the WHATWG
/// Encoding standard reads them (iso-8859-1 and us-ascii mean windows-1252). Returns false,
/// leaving `out` empty, when ICU does not know the charset.
bool convert_to_utf8(std::string_view bytes, std::string_view charset, std::string& out);

}  // namespace rostra
