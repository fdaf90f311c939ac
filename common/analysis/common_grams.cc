#include "common/analysis/common_grams.h"

#include <algorithm>

#include "common/schema/schema.h"

namespace rostra {
namespace {

// The most frequent function words of English and Russian news text, in byte order (the
// static_assert checks it). Short on purpose: every pair holding one of them becomes a term.
// WARNING: persisted (see is_common_word).
constexpr std::string_view kCommonWords[] = {
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "had", "has", "have",
    "he", "her", "his", "in", "is", "it", "its", "not", "of", "on", "or", "she", "that", "the",
    "their", "they", "this", "to", "was", "we", "were", "who", "will", "with", "would",
    // Russian, with ё written е as the tokenizer folds it ("ее" is "её").
    "а", "бы", "в", "во", "для", "до", "его", "ее", "же", "за", "и", "из", "к", "как", "мы", "на",
    "не", "но", "о", "об", "он", "она", "они", "от", "по", "с", "со", "у", "что", "это", "я"};

static_assert(std::ranges::is_sorted(kCommonWords), "kCommonWords must stay sorted");

// The bytes of the longest common word: most words are longer, and need no search.
constexpr std::size_t kLongestCommonWord =
    std::ranges::max(kCommonWords, {}, &std::string_view::size).size();

}  // namespace

bool is_common_word(std::string_view word) {
  return word.size() <= kLongestCommonWord && std::ranges::binary_search(kCommonWords, word);
}

bool common_pair_fits(std::size_t first_bytes, std::size_t second_bytes) {
  return schema::kPrefixCommonGram.size() + first_bytes + 1 + second_bytes <= schema::kMaxTermBytes;
}

bool is_common_pair(std::string_view first, std::string_view second) {
  return common_pair_fits(first.size(), second.size()) &&
         (is_common_word(first) || is_common_word(second));
}

std::vector<PhraseUnit> rewrite_phrase(const std::vector<std::string>& words) {
  std::vector<PhraseUnit> units;
  const std::size_t n = words.size();
  bool last_was_pair = false;
  for (std::size_t i = 0; i + 1 < n; ++i) {
    last_was_pair = is_common_pair(words[i], words[i + 1]);
    units.push_back(last_was_pair ? PhraseUnit{words[i], words[i + 1]} : PhraseUnit{words[i], {}});
  }
  // Every word before the last is the first word of its unit; the last word is the second
  // word of the last unit when that is a pair, else it needs a unit of its own.
  if (n > 0 && !last_was_pair) units.push_back(PhraseUnit{words[n - 1], {}});
  return units;
}

}  // namespace rostra
