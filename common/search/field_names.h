#pragma once
// Checks the names an outlet: or speaker: filter gives against the names the index holds, so
// that a name matching nothing is said instead of returning zero in silence.

#include <xapian.h>

#include <string>
#include <vector>

#include "common/query/query_ast.h"
#include "common/query/query_builder.h"

namespace rostra {

/// The most names a "did you mean" note lists.
inline constexpr std::size_t kMaxNameSuggestions = 5;

/// For each outlet: and speaker: value of `query` that no document of `db` is filed under
/// (after the builder's outlet table and speaker aliases): a speaker: value that is the last
/// word (the surname) of exactly one speaker name in the index is replaced by that name, with
/// a note saying so; several such names are listed in a note and the value is kept; any other
/// value gets a note naming up to kMaxNameSuggestions of the closest names in the index
/// (same surname, containing the value, or a few letters apart). The search then runs as
/// usual. `builder` maps names to terms as the search will. Reads the term list of `db`
/// only for values that match nothing. Throws Xapian::Error as the database does.
/// Whether `query` has an outlet: or speaker: value (check_field_names has work to do).
bool has_filter_fields(const QueryNode& query);

void check_field_names(QueryNode& query, const QueryBuilder& builder, const Xapian::Database& db,
                       std::vector<std::string>& notes);

}  // namespace rostra
