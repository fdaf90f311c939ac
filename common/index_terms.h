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

/// "XOUTLET" + case-folded outlet name.
std::string outlet_term(std::string_view outlet);

/// "XSPEAKER" + case-folded speaker name.
std::string speaker_term(std::string_view speaker);

/// "XLANG" + language code.
std::string language_term(std::string_view language);

/// Case-folds a facet name (outlet, speaker) for use in a term: NFKC case folding,
/// whitespace collapsed. Query and index sides must agree, so both use this.
std::string fold_facet_name(std::string_view name);

}  // namespace rostra
