#pragma once
// Case folding of names (outlets, speakers) for matching. Pure (ICU only).

#include <string>
#include <string_view>

namespace rostra {

/// `name` with NFKC case folding (any script: "ВЕСТНИК" -> "вестник") and whitespace runs,
/// U+00A0 included, collapsed to one space and trimmed. Used wherever two spellings of a
/// name must compare equal: facet terms, the outlet table.
std::string fold_case(std::string_view name);

/// Is the first character of `word` a lower-case letter, in any script ("spokesman",
/// "источник"; not "Putin", "Путин", digits or a caseless script such as Chinese)? False
/// for an empty or ill-formed start.
bool starts_lower_case(std::string_view word);

}  // namespace rostra
