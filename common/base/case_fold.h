#pragma once
// Case folding of names (outlets, speakers) for matching. Pure (ICU only).

#include <string>
#include <string_view>

namespace rostra {

/// `name` with NFKC case folding (any script: "ВЕСТНИК" -> "вестник") and whitespace runs,
/// U+00A0 included, collapsed to one space and trimmed. Used wherever two spellings of a
/// name must compare equal: facet terms, the outlet table.
std::string fold_case(std::string_view name);

}  // namespace rostra
