#pragma once
// The query language's fields (`title:`, `quote:`, `outlet:`, `speaker:`, `date:`), declared
// once: the parser finds a field here by name and the builder decides what it does by the
// entry's kind, as notmuch's prefix table drives both its indexer and its query parser. A new
// field is one line in kQueryFields (query_fields.cc) and one case in the builder. Pure.

#include <span>
#include <string>
#include <string_view>

namespace rostra {

/// A field of the query language. Its name is only in kQueryFields.
enum class QueryField { kTitle, kQuote, kOutlet, kSpeaker, kDate };

/// How a field's value is matched.
enum class QueryFieldKind {
  kText,    ///< words and phrases, matched by stem (exact form in quotes), ranked
  kFilter,  ///< a name resolved through a table to one term, weight 0
  kDate,    ///< a date or date range over the date value slot, weight 0
};

/// One row of the field table.
struct QueryFieldInfo {
  QueryField field;
  std::string_view name;  ///< lower case, without the colon
  QueryFieldKind kind;
  std::string_view help;  ///< one line for --help-query
};

/// Every field, in the order help lists them.
std::span<const QueryFieldInfo> query_fields();

/// The field named `name` (ASCII case-insensitive: "Title" is title), or nullptr.
const QueryFieldInfo* find_query_field(std::string_view name);

/// The row of `field`. Every QueryField has one.
const QueryFieldInfo& query_field_info(QueryField field);

/// "title:, quote:, ...": every field, for error messages.
std::string query_field_list();

}  // namespace rostra
