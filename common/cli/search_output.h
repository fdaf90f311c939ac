#pragma once
// Printing search results and database stats: human-readable or JSON Lines.

#include <iosfwd>
#include <string>
#include <string_view>

#include "common/search/database_stats.h"
#include "common/search/search.h"

namespace rostra {

/// How matched words are marked in human-readable snippets.
enum class HighlightStyle {
  kAnsi,   ///< bold, for a terminal
  kPlain,  ///< **word**, for pipes and files
};

/// `text` safe to print on a terminal: control characters (C0 but tab, and newline when
/// `keep_newlines`; DEL; the C1 range U+0080-U+009F, whose CSI U+009B starts an escape
/// sequence as ESC [ does) become '?', one per byte, so byte offsets into it stay valid. A
/// title holding "ESC ]2;...BEL" must not retitle the terminal or hide what follows.
std::string printable_text(std::string_view text, bool keep_newlines);

/// A numbered list of hits (title, date · outlet · url, snippet), then the totals line
/// and, when present, the facet counts.
void print_results_human(std::ostream& out, const SearchRequest& request,
                         const SearchResults& results, HighlightStyle style);

/// JSON Lines: one {"type":"hit",...} object per article hit (rank, id, score, title, date,
/// outlet, url, snippet with <mark>…</mark>) or {"type":"quote",...} per quote hit (rank,
/// score, text, snippet, speaker, cue, kind, date, outlet, title, url, article_id, start,
/// end), then {"type":"total",...}, then {"type":"facets",...} when facets were asked
/// for. Unknown values are null.
void print_results_json(std::ostream& out, const SearchRequest& request,
                        const SearchResults& results);

/// Database stats as a short report, or as one JSON object when `json`.
void print_stats(std::ostream& out, const DatabaseStats& stats, bool json);

}  // namespace rostra
