#pragma once
// Builds the prefixed terms of schema.h. The indexer and the query builder both call these,
// so no other file writes a prefix.

#include <string>
#include <string_view>

namespace rostra {

/// "Q" + id, or "Q" + "#" + hash of the id when the id is too long for a Xapian term.
std::string id_term(std::string_view id);

/// "Z" + stem.
std::string stem_term(std::string_view stem);

/// "S" + normalized title word.
std::string title_term(std::string_view word);

/// "XOUTLET" + the outlet name through fold_case.
std::string outlet_term(std::string_view outlet);

/// "XSPEAKER" + the speaker name through fold_case.
std::string speaker_term(std::string_view speaker);

/// "XLANG" + language code.
std::string language_term(std::string_view language);

}  // namespace rostra
