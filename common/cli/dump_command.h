#pragma once
// `rostra-index --dump`: every parsed article as JSON Lines, without an index, so that what
// the readers and extractors found can be checked and scored from outside.

#include <iosfwd>

#include "common/ingest/indexer.h"

namespace rostra {

/// Reads `options.inputs` as run_index does (metadata resolved, no quotes extracted) and
/// writes one JSON object per article to `out`:
///   {"id","url","title","date","date_source","outlet","author","language","place","lead",
///    "text","origin":{"file","line"?,"record"?,"offset"?}}
/// "text" is the body with its paragraphs separated by "\n\n"; unknown values are null.
/// The field names are stable: tools depend on them. Rejected records and warnings go to
/// `log` as run_index writes them; the returned summary counts articles in `indexed`.
IndexSummary run_dump(const IndexOptions& options, std::ostream& out, std::ostream& log);

}  // namespace rostra
