#pragma once
// Marks how one printed wording differs from a cluster's canonical text. Pure.

#include <string>
#include <string_view>

namespace rostra {

/// `text` with its differences from `canonical` marked, word by word (words compared as
/// WordTokenizer normalizes them, so case, punctuation and quote marks are no difference):
/// words it adds as "{+words+}", canonical words it leaves out as "[-words-]", and a part
/// of the canonical text cut at its start or end as "[…]". Texts too long to compare
/// (more than about 4 million word pairs) come back unmarked.
std::string mark_differences(std::string_view text, std::string_view canonical);

}  // namespace rostra
