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
/// counted in `summary` and, unless options.quiet, logged to `log` as
/// "rostra-index: rejected: FILE:LINE: REASON". Fills summary's file, byte, unknown-date
/// and unknown-outlet counts; `handle` counts what it does with the article.
void stream_articles(const IndexOptions& options, const OutletTable& outlets, std::ostream& log,
                     IndexSummary& summary, const std::function<void(Article&)>& handle);

}  // namespace rostra
