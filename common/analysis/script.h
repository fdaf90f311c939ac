#pragma once
// Writing systems and per-article language detection. Pure; no Xapian.

#include <string_view>

namespace rostra {

/// The writing system of a token, which picks its stemmer.
enum class Script : unsigned char { kOther, kLatin, kCyrillic };

/// The script of code point `cp` (kOther for digits, punctuation and other scripts).
Script script_of(char32_t cp);

/// Guesses an article's language from its letters: "ru" when Cyrillic letters outnumber
/// Latin ones in the first 8 KiB, else "en". Bad UTF-8 is skipped.
std::string_view detect_language(std::string_view text);

}  // namespace rostra
