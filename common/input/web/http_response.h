#pragma once
// HTTP/1.x response messages as web archives store them: status, headers, and the payload
// with its transfer and content codings undone. Pure.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace rostra {

/// A parsed response.
struct HttpResponse {
  int status = 0;
  std::string content_type;        ///< The Content-Type value as sent, or empty.
  std::string body;                ///< The payload, de-chunked and decompressed.
  std::vector<std::string> notes;  ///< Repairs worth reporting ("body cut to 8 MiB").
};

/// Parses `message` (status line, headers, blank line, body) into `out`; returns an empty
/// string, or the reason the message is unusable ("broken HTTP status line", "broken HTTP
/// header line 3", "unsupported content coding 'br'").
///
/// Crawlers differ in what they store, so the headers are checked against the body rather
/// than trusted: a "Transfer-Encoding: chunked" body that does not start with a chunk size
/// is taken as already de-chunked (pywb), and a gzip or deflate Content-Encoding over a body
/// that is not compressed as already decoded (Common Crawl renames the header, others keep
/// it). The decoded payload is cut to `max_body` bytes, with a note. Thread-safe.
std::string parse_http_response(std::string_view message, std::size_t max_body, HttpResponse& out);

/// True for Content-Type values of HTML documents (text/html, application/xhtml+xml).
bool is_html_content_type(std::string_view content_type);

}  // namespace rostra
