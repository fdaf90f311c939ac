#pragma once
// Reads web archives (ISO 28500 WARC files: .warc, .warc.gz with a gzip member per record,
// .warc.zst) as a stream of records, turning archived HTML pages into articles.

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>

#include "common/model/input_issue.h"

namespace rostra {

/// Records of one WARC file by what became of them: "warcinfo", "request", "metadata",
/// "response: article", "response: not HTML", "response: not 2xx", "response: dns",
/// "revisit", "revisit of a page indexed", "resource: article", ...
using WarcRecordCounts = std::map<std::string, std::uint64_t>;

/// Reads the WARC file at `path` (opened here, so that gzip members can be located) and
/// delivers an article for each `response` or `resource` record of an HTML page with a 2xx
/// status (extract_html_article on the decoded payload). The article's url is the
/// WARC-Target-URI; its date the page's own, else the URL's, else the WARC-Date (then
/// date_source "crawl"); origin_record the WARC-Record-ID and origin_offset where the record
/// starts (the gzip member's offset for .warc.gz, the uncompressed offset otherwise).
/// Other records are skipped and counted in `counts`, which this also reports through
/// `sink.warn` as one "WARC records: ..." line per file. A revisit record whose payload
/// digest or target matches a page indexed earlier in the file is counted as such.
/// A broken record header ends the file (there is no safe way to find the next record); a
/// broken HTTP message, a page that yields no text, or a payload over 8 MiB is reported
/// with the record's offset and skipped; a truncated record or gzip member is reported
/// with its offset and everything before it is delivered, the truncated record's own first
/// part too when it is a page (with a warning naming the record and how many of its bytes
/// arrived; counted as "response: truncated article"). Throws InputError when the file
/// cannot be opened.
void read_warc(const std::filesystem::path& path, const ReaderSink& sink, WarcRecordCounts& counts);

/// True when `head` (the first decompressed bytes of a file) starts a WARC record.
bool looks_like_warc(std::string_view head);

}  // namespace rostra
