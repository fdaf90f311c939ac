#pragma once
// What a query asks snippets to highlight. Pure data.

#include <string>
#include <unordered_set>
#include <vector>

namespace rostra {

/// Words and phrases to mark in snippets. A word matches a token whose normalized form is
/// in `words` or whose stem is in `stems`; a phrase matches a run of tokens whose
/// normalized forms equal its words in order, and is marked as a whole.
struct HighlightTerms {
  std::unordered_set<std::string> words;
  std::unordered_set<std::string> stems;
  std::vector<std::vector<std::string>> phrases;
};

}  // namespace rostra
