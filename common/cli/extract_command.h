#pragma once
// `rostra-index --extract`: what the indexer would extract, as JSON Lines, without an index.

#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

#include "common/ingest/indexer.h"
#include "common/model/article.h"

namespace rostra {

/// Reads `options.inputs` like run_index and writes one JSON object per article to `out`:
///   {"id","title","date","outlet","url","origin":{"file","line"?,"record"?,"offset"?},
///    "quotes":[{"text","speaker","canonical","cue","kind","rule","mention","as_written",
///               "start","end"}]}
/// `start`/`end` are byte offsets of the quoted text in the article body; unknown values
/// are null. `speaker` is the fullest name the article itself writes (its script, the
/// nominative: "Дональд Трамп" in a Russian text), so a reader can check it against the
/// text; `canonical` is the alias table's name the index groups by ("Donald Trump"). `rule`,
/// `mention` and `as_written` are the evidence for the speaker: which rule assigned it, how its
/// mention was read, and the mention as the text writes it. The field names are stable: tools
/// depend on them. Rejected records are logged to `log` as run_index does; the returned summary
/// counts articles in `indexed`. Where an article came from, as a JSON object: {"file"}, with
/// "line" for line-based inputs and "record" and "offset" for records of WARC and SGML files.
std::string origin_json(const Article& article);

IndexSummary run_extract(const IndexOptions& options, std::ostream& out, std::ostream& log);

}  // namespace rostra
