// Fuzzes word segmentation: WordTokenizer::tokenize on arbitrary bytes (invalid UTF-8 is
// documented to separate words). Every token must lie inside the input with start < end,
// and its normalized form must be non-empty, in the list's characters and at most
// kMaxWordBytes long. A reused tokenizer and list must give the same tokens again.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "common/analysis/word_tokenizer.h"
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static rostra::WordTokenizer tokenizer;
  static rostra::TokenList tokens;
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  tokens.clear();
  tokenizer.tokenize(text, tokens);
  for (const rostra::Token& token : tokens) {
    FUZZ_CHECK(token.start < token.end);
    FUZZ_CHECK(token.end <= text.size());
    std::string_view word = tokens.text(token);
    FUZZ_CHECK(word.size() == token.text_length);
    FUZZ_CHECK(!word.empty());
    FUZZ_CHECK(word.size() <= rostra::WordTokenizer::kMaxWordBytes);
  }

  // Appending does not disturb earlier tokens; a fresh tokenizer agrees.
  const std::size_t first = tokens.size();
  rostra::WordTokenizer fresh;
  fresh.tokenize(text, tokens);
  FUZZ_CHECK(tokens.size() == 2 * first);
  for (std::size_t i = 0; i < first; ++i) {
    FUZZ_CHECK(tokens[i].start == tokens[first + i].start);
    FUZZ_CHECK(tokens[i].end == tokens[first + i].end);
    FUZZ_CHECK(tokens.text(tokens[i]) == tokens.text(tokens[first + i]));
  }
  return 0;
}
