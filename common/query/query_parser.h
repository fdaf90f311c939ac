#pragma once
// Parses Rostra's query language into a QueryNode tree. Pure: no Xapian.
//
//   putin dialogue          both words (implicit AND), matched by stem, ranked by BM25
//   "third world war"       exact phrase (also “…” and «…»)
//   a OR b, a AND b, NOT a, -a, a NOT b, ( ... )      operators are upper case
//   a NEAR b, a NEAR/5 b    within 5 words of each other (default 10), any order
//   a ADJ b, a ADJ/3 b      the same, in the order written
//   title:word  title:"a phrase"            in the title
//   quote:word  quote:"a phrase"            inside a quote; with speaker: in the same AND
//                                           group, inside a quote by that speaker
//   outlet:Reuters  outlet:"The Moscow Times"  speaker:"Vladimir Putin"   filters
//   date:2025  date:2025-01  date:2025-01-20  date:2025-01-01..2025-01-31  date:2024..
//
// Precedence, loosest first: OR, AND (explicit or implicit), NOT, NEAR/ADJ.

#include <string_view>

#include "common/query/query_ast.h"

namespace rostra {

/// Parses `query`. Throws QueryError with a one-line message and the column of the
/// problem for unbalanced parentheses or quotes, a dangling operator, an unknown field,
/// a bad date, or a query with nothing to search for.
QueryNode parse_query(std::string_view query);

/// Expands a date bound ("2025", "2025-01", "2025-01-20") to an ISO date: the first day
/// it covers when `upper` is false, the last when true. Returns "" when `text` is not one
/// of those forms or not a real date.
std::string expand_date_bound(std::string_view text, bool upper);

}  // namespace rostra
