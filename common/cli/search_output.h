#pragma once
// Printing search results and database stats: human-readable or JSON Lines.

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "common/search/database_stats.h"
#include "common/search/search.h"
#include "common/search/speaker_listing.h"

namespace rostra {

/// How matched words are marked in human-readable snippets.
enum class HighlightStyle {
  kAnsi,   ///< bold, for a terminal
  kPlain,  ///< **word**, for pipes and files
};

/// `text` safe to print on a terminal: a line break (newline, carriage return) becomes a
/// space unless `keep_newlines` keeps newlines; other control characters (C0 but tab; DEL;
/// the C1 range U+0080-U+009F, whose CSI U+009B starts an escape sequence as ESC [ does)
/// become '?'; one byte for one, so byte offsets into it stay valid. A
/// title holding "ESC ]2;...BEL" must not retitle the terminal or hide what follows.
std::string printable_text(std::string_view text, bool keep_newlines);

/// How facets are shown: the date buckets and how many names each facet lists.
struct FacetView {
  enum class Dates { kYear, kMonth, kDay };
  Dates dates = Dates::kMonth;  ///< --facet-by year|month|day
  std::size_t limit = 0;        ///< --facet-limit N: the top N per facet (0: all); of date
                                ///< buckets the N largest, in date order
};

/// Parses "year", "month" or "day". Throws UsageError otherwise.
FacetView::Dates parse_facet_dates(const std::string& name);

/// A numbered list of hits (title, date · outlet · url, id, snippet; a quote hit: the quote,
/// its speaker with the cue and the evidence, "(said; cue-after, pronoun “he”)"), then the totals
/// line and, when present, the facet counts as `view` says ("and M more" past its limit).
void print_results_human(std::ostream& out, const SearchRequest& request,
                         const SearchResults& results, HighlightStyle style,
                         const FacetView& view = {});

/// JSON Lines: one {"type":"hit",...} object per article hit (rank, id, score, title, date,
/// outlet, url, snippet with <mark>…</mark>) or {"type":"quote",...} per quote hit (rank,
/// score, text, snippet, speaker, cue, the evidence (rule, mention, as_written), kind, date,
/// outlet, title, url, article_id, start, end), then {"type":"total",...}, then
/// {"type":"facets",...} when facets were asked for. Unknown values are null.
void print_results_json(std::ostream& out, const SearchRequest& request,
                        const SearchResults& results, const FacetView& view = {});

/// One CSV row (RFC 4180: fields quoted when they hold a comma, quote or line break; CRLF).
void csv_row(std::ostream& out, const std::vector<std::string>& fields);

/// The columns of print_results_csv, in order: stable, documented in README.md.
inline constexpr const char* kArticleCsvHeader =
    "rank,id,score,date,outlet,title,url,language,snippet";
inline constexpr const char* kQuoteCsvHeader =
    "rank,score,date,outlet,speaker,cue,kind,text,title,url,article_id";

/// CSV (RFC 4180: a header row, fields quoted when they hold a comma, quote or line break,
/// CRLF line ends) of the hits: kArticleCsvHeader or kQuoteCsvHeader; unknown values empty,
/// snippets without marks. For spreadsheets; totals and facets are not included.
void print_results_csv(std::ostream& out, const SearchRequest& request,
                       const SearchResults& results);

/// The speakers of --list-speakers: per speaker its quote count and name, its aliases in the
/// speaker table and the names of the index sharing its surname; with `json` one
/// {"type":"speaker","name","quotes","aliases":[…],"alias_of","same_surname":{name: quotes}}
/// object each (alias_of null unless the table maps the name to another),
/// then {"type":"speakers","listed":N}.
void print_speakers(std::ostream& out, const std::vector<SpeakerListing>& speakers, bool json);

/// Database stats as a short report, or as one JSON object when `json`.
void print_stats(std::ostream& out, const DatabaseStats& stats, bool json);

}  // namespace rostra
