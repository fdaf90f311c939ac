#pragma once
// UTF-8 validation and repair. Pure functions; never throw on bad input.

#include <cstddef>
#include <string>
#include <string_view>

namespace rostra {

/// True when `text` is well-formed UTF-8 (no overlongs, surrogates or truncated sequences).
bool is_valid_utf8(std::string_view text);

/// Makes `text` valid UTF-8 in place. Each byte that is not part of a well-formed sequence
/// is decoded as Windows-1252 (so a stray Latin-1 "£" or "ü" survives as itself); the five
/// bytes undefined in Windows-1252 become U+FFFD. Returns how many bytes were repaired.
std::size_t repair_utf8(std::string& text);

/// Appends the UTF-8 encoding of code point `cp` to `out`.
void append_utf8(std::string& out, char32_t cp);

}  // namespace rostra
