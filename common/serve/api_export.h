#pragma once
// Exports of a whole result set as CSV or JSON Lines, produced a page at a time so that
// memory stays bounded however many rows are asked for.

#include <functional>
#include <string>

#include "common/search/search.h"

namespace rostra {

enum class ExportFormat { kCsv, kJsonLines };

/// Rows fetched per search while exporting.
inline constexpr std::size_t kExportPageRows = 500;

/// The stream of an export: each call appends the next chunk (the header row first for
/// CSV, then one page of rows) and returns false once `request.limit` rows, or every
/// match, have been written. `search` runs one page (request with offset and limit set).
/// An error while searching ends the stream early (the status line is already sent).
class ExportStream {
 public:
  using PageSearch = std::function<SearchResults(const SearchRequest&)>;
  ExportStream(SearchRequest request, ExportFormat format, PageSearch search);

  bool operator()(std::string& out);

 private:
  std::string row(const SearchHit& hit) const;

  SearchRequest request_;
  ExportFormat format_;
  PageSearch search_;
  std::size_t written_ = 0;
  bool header_done_ = false;
  bool done_ = false;
};

}  // namespace rostra
