#pragma once
// Word segmentation and normalization: the only code in Rostra that splits text into words.
// Pure (ICU only, no Xapian) and allocation-free per token once its buffers have grown.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/analysis/script.h"

struct UNormalizer2;

namespace rostra {

/// One word of the input. Offsets are bytes into the tokenized text.
struct Token {
  std::uint32_t start = 0;        ///< First byte of the word in the input.
  std::uint32_t end = 0;          ///< One past the last byte.
  std::uint32_t text_offset = 0;  ///< Where the normalized form starts in TokenList::chars.
  std::uint32_t text_length = 0;
  Script script = Script::kOther;
};

/// The tokens of one text and the characters of their normalized forms. Reuse one list
/// across calls: clear() keeps its capacity.
class TokenList {
 public:
  void clear() {
    chars_.clear();
    tokens_.clear();
  }
  std::size_t size() const { return tokens_.size(); }
  bool empty() const { return tokens_.empty(); }
  const Token& operator[](std::size_t i) const { return tokens_[i]; }
  std::vector<Token>::const_iterator begin() const { return tokens_.begin(); }
  std::vector<Token>::const_iterator end() const { return tokens_.end(); }

  /// The normalized form of `token`, valid until the list is next modified.
  std::string_view text(const Token& token) const {
    return std::string_view(chars_).substr(token.text_offset, token.text_length);
  }

 private:
  friend class WordTokenizer;
  std::string chars_;
  std::vector<Token> tokens_;
};

/// Splits text into words and normalizes each one: NFKC case folding, ё folded to е,
/// apostrophes (' ’ ʼ) inside a word kept as "'" ("Trump’s" -> "trump's"), hyphens and
/// no-break spaces separating words ("long-term" -> "long", "term"), soft hyphens and
/// zero-width characters dropped, dotted acronyms joined ("U.S." -> "us"), digit groups
/// joined ("2,000" -> "2000", "3.5" and "3,5" -> "3.5"). Invalid UTF-8 bytes separate words.
/// Words longer than kMaxWordBytes after normalization are dropped.
///
/// Not thread-safe: use one tokenizer per thread.
class WordTokenizer {
 public:
  static constexpr std::size_t kMaxWordBytes = 100;

  WordTokenizer();

  /// Appends the words of `text` to `out` (does not clear it).
  /// REQUIRES: text.size() < 4 GiB.
  void tokenize(std::string_view text, TokenList& out);

 private:
  void emit(std::uint32_t start, std::uint32_t end, Script script, bool ascii, TokenList& out);

  const UNormalizer2* normalizer_;
  std::string raw_;  // the word's characters before normalization
  std::u16string utf16_in_;
  std::u16string utf16_out_;
};

}  // namespace rostra
