#pragma once
// The one-screen summary of the query language that rostra-search --help-query prints.

#include <string>

namespace rostra {

/// The query language in about 30 lines: operators, proximity, wildcards, the fields of
/// query_fields.h (their help lines, so a new field appears here by itself) and the limits.
std::string query_language_help();

}  // namespace rostra
