#pragma once
// Web page text in Unicode Normalization Form C. Pages write the same letter in more than
// one way (a Bengali vowel sign as one code point or as two; "é" precomposed or as "e" and
// a combining accent): composed, equal text compares, searches and quotes as equal. Pure.

#include <string>

namespace rostra {

/// Puts valid UTF-8 `text` in NFC, in place; text already in NFC (nearly all of it) is
/// checked without being copied. Thread-safe. Text that is not valid UTF-8 is left as it is.
void to_nfc(std::string& text);

}  // namespace rostra
