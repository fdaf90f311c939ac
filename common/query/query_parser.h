#pragma once
// Parses Rostra's query language into a QueryNode tree. Pure: no Xapian.
//
//   putin dialogue          both words (implicit AND), matched by stem, ranked by BM25
//   "third world war"       exact phrase (also “…” and «…»)
//   a OR b, a AND b, NOT a, -a, a NOT b, ( ... )      operators are upper case
//   a NEAR b, a NEAR/5 b    within 5 words of each other (default 10), any order
//   a ADJ b, a ADJ/3 b      the same, in the order written
//   a w/5 b, a pre/5 b      Lexis: within 5 words any order; the first before the second
//   a w/s b, a w/p b        in one sentence; in one paragraph (words, phrases, OR-groups)
//   title:word  title:"a phrase"            in the title (a word by stem, "…" exactly)
//   quote:word  quote:"a phrase"            inside a quote (the same); with speaker: in the same
//   AND
//                                           group, inside a quote by that speaker
//   outlet:Reuters  outlet:"The Moscow Times"  speaker:"Vladimir Putin"   filters
//   date:2025  date:2025-01  date:2025-01-20  date:2025-01-01..2025-01-31  date:2024..
//   date:unknown  outlet:unknown                 articles without a date, without an outlet
//   title:(a OR "b c")      a field applied to every term of a group; Title: = title:
//   atleast3(sanctions)     the word (any form) at least 3 times in the article
//
// Precedence, loosest first: OR, AND (explicit or implicit), NOT, NEAR/ADJ.

#include <string>
#include <string_view>
#include <vector>

#include "common/query/query_ast.h"

namespace rostra {

/// NEAR and ADJ without a distance.
inline constexpr unsigned kDefaultProximityWindow = 10;
/// The largest NEAR/N or ADJ/N distance; a larger N is refused.
inline constexpr unsigned kMaxProximityWindow = 1000000;
/// The most words, phrases and field values one query may hold: a query of tens of thousands
/// of terms is refused instead of running for seconds.
inline constexpr std::size_t kMaxQueryTerms = 1000;
/// The most NEAR/ADJ operators in one query: each checks the positions of every candidate,
/// and a query of hundreds of them ran for minutes.
inline constexpr std::size_t kMaxProximityOperators = 32;
/// The largest N of atleastN(word).
inline constexpr unsigned kMaxAtLeastCount = 100000;

/// Parses `query`. Throws QueryError with a one-line message and the column of the
/// problem for unbalanced parentheses or quotes, a dangling operator, an unknown field,
/// a bad date, a distance past kMaxProximityWindow, an atleastN without one word or with N
/// past kMaxAtLeastCount, more than kMaxQueryTerms terms or
/// kMaxProximityOperators NEAR/ADJ, or a query with nothing to search for. Field names are
/// case-insensitive (query_fields.h); `field:( … )` applies the field to every word and
/// phrase of the group. `notes` (may be null) receives one line per thing worth telling the
/// user that does not stop the query (a lower-case "or" between words is a word).
QueryNode parse_query(std::string_view query, std::vector<std::string>* notes = nullptr);

/// Expands a date bound ("2025", "2025-01", "2025-01-20") to an ISO date: the first day
/// it covers when `upper` is false, the last when true. Returns "" when `text` is not one
/// of those forms or not a real date.
std::string expand_date_bound(std::string_view text, bool upper);

}  // namespace rostra
