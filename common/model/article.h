#pragma once
// The plain article record that readers produce and the indexer consumes.

#include <cstdint>
#include <string>
#include <vector>

#include "common/model/quote.h"

namespace rostra {

/// One article as read from input. Text fields are valid UTF-8 (readers repair bad bytes).
/// Empty strings mean "unknown": metadata is never guessed.
struct Article {
  std::string id;  ///< Stable unique id (filled by resolve_metadata).
  std::string url;
  std::string title;
  std::string lead;  ///< Summary paragraph, when the source has one apart from the body.
  std::string body;  ///< Paragraphs separated by "\n\n".
  std::string date;  ///< ISO 8601 "YYYY-MM-DD", or empty.
  /// Where `date` came from: "json-ld", "meta <name>", "time" (a page's own metadata),
  /// "url" (the URL path), "input" (a date field of a dump), "crawl" (a WARC-Date: the
  /// page gave none); empty when there is no date.
  std::string date_source;
  std::string outlet;  ///< Display name, or empty.
  std::string author;
  std::string language;  ///< "en", "ru", ...; detected when the input does not say.
  std::string source;    ///< A source line of a text article ("kremlin.ru"), as written.
  std::string place;     ///< Dateline place ("WASHINGTON"), as written.
  std::vector<std::string> speakers;  ///< Distinct speakers of `quotes` (kind quote).
  std::vector<Quote> quotes;          ///< Quoted spans of `body` (see extract_quotes).

  // Raw metadata as found in the input, before resolve_metadata normalizes it.
  std::string raw_date;
  std::string raw_outlet;
  std::string given_id;
  /// For an article that is a whole file (a text file, a saved page): the file's absolute
  /// path, symlinks resolved. It is the article's identity when it has no URL and no id, so
  /// that an edited file replaces its old version. Empty for records of multi-record files
  /// and for standard input.
  std::string file_identity;

  // Where the article came from, for error messages and provenance.
  std::string origin_file;
  std::uint64_t origin_line = 0;  ///< 1-based line (record start); 0 for whole-file articles.
  /// The record's id within origin_file: the WARC-Record-ID of a WARC record, the NEWID of
  /// a Reuters-21578 story; empty for other inputs.
  std::string origin_record;
  /// Byte offset where the record starts in origin_file, meaningful when origin_record is
  /// set: for .warc.gz the offset of its gzip member (as CDX indexes give it), for .warc and
  /// .warc.zst the offset in the uncompressed stream, for SGML the offset of <REUTERS.
  std::uint64_t origin_offset = 0;
};

}  // namespace rostra
