#pragma once
// The parsed form of a search query. Pure data; see query_parser.h for the syntax.

#include <string>
#include <vector>

#include "common/query/query_fields.h"

namespace rostra {

/// One node of a parsed query.
struct QueryNode {
  enum class Kind {
    kWord,       ///< `text`: a bare word, matched by stem (or a phrase if it splits).
    kPhrase,     ///< `text`: a quoted phrase, matched exactly in order.
    kNear,       ///< `children` (words) within `window` words; `ordered` for ADJ; with
                 ///< `unit` (w/s, w/p) `children` (words, phrases, OR-groups of them) in
                 ///< one sentence or paragraph.
    kAnd,        ///< all `children`
    kOr,         ///< any of `children`
    kNot,        ///< `children[0]` and not `children[1]`; children[0] may be kMatchAll.
    kMatchAll,   ///< every article
    kField,      ///< `field` (title:, quote:, outlet:, speaker:) applied to `text`;
                 ///< `phrase` set when the value was quoted. speaker: only: `children`
                 ///< may hold more names of the same person (kField speaker nodes, added
                 ///< by the search: a full name for its surname alone), matched as well.
    kDateRange,  ///< `date_from`..`date_to`, inclusive ISO dates; either may be empty;
                 ///< both empty: articles without a date (date:unknown).
    kAtLeast,    ///< `atleastN(text)`: the word `text` (any form, or a wildcard) occurs at
                 ///< least `count` times in the article (Factiva, Nexis).
  };

  Kind kind = Kind::kMatchAll;
  std::string text;
  QueryField field = QueryField::kTitle;  ///< kField: which (see query_fields.h)
  bool phrase = false;
  unsigned window = 0;
  bool ordered = false;
  /// kNear: kWords for NEAR/ADJ/w/N/pre/N; kSentence for w/s, kParagraph for w/p.
  enum class Unit { kWords, kSentence, kParagraph } unit = Unit::kWords;
  std::string date_from;
  std::string date_to;
  unsigned count = 0;  ///< kAtLeast: the fewest occurrences.
  std::vector<QueryNode> children;
  std::size_t column = 0;  ///< 1-based position in the query, for error messages.
};

}  // namespace rostra
