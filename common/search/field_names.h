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

/// Whether `query` has an outlet: or speaker: value (check_field_names has work to do).
bool has_filter_fields(const QueryNode& query);

/// Checks each outlet: and speaker: value of `query` against the names `db` holds (after the
/// builder's outlet table and speaker aliases) and says what it finds in `notes`, one line
/// each. One person may stand under a surname alone and a full name: a speaker: value that
/// is a surname (after the aliases) of exactly one full name in the index also matches that
/// name (added to the node's children), and a full name also matches its surname alone when no
/// other full name in the index has it, each with a note; a surname of several full names is
/// a note listing them, and the value is kept. An outlet: or speaker: value matching nothing
/// gets a note naming up to kMaxNameSuggestions of the closest names in the index (same
/// surname, containing the value, or a few letters apart). The search then runs as usual.
/// `builder` maps names to terms as the search will. Reads the speaker term list of `db` for
/// each speaker: value, the outlet list only for outlet: values that match nothing. Throws
/// Xapian::Error as the database does.
void check_field_names(QueryNode& query, const QueryBuilder& builder, const Xapian::Database& db,
                       std::vector<std::string>& notes);

}  // namespace rostra
