#pragma once
// Reading every input into resolved articles, with issues logged and counted: the front
// half shared by indexing and --extract.

#include <functional>
#include <iosfwd>

#include "common/ingest/indexer.h"
#include "common/input/metadata/outlet_table.h"
#include "common/model/article.h"

namespace rostra {

/// Reads options.inputs, resolves each article's metadata with `outlets`, and calls
/// `handle` with it. Rejected records and warnings (including metadata warnings) are
/// reported as an indexing run reports them (RunReport: counted in `summary`, logged to
/// `log` unless options.quiet, rejects written to options.rejects_path). Fills summary's
/// file, byte, unknown-date, unknown-outlet and title-only counts; `handle` counts what it
/// does with the article.
void stream_articles(const IndexOptions& options, const OutletTable& outlets, std::ostream& log,
                     IndexSummary& summary, const std::function<void(Article&)>& handle);

}  // namespace rostra
