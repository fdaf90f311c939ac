#pragma once
// A web page's bytes to an Article: charset, HTML5 parse, metadata and main text. Pure.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "common/model/article.h"

namespace rostra {

/// Pages larger than this are cut to it before parsing (a warning says so): no news text
/// needs more, and it bounds the parse's memory (gumbo takes about ten times the page).
inline constexpr std::size_t kMaxHtmlBytes = 8u << 20;

/// What the page was served with, when it came from an HTTP response.
struct HtmlContext {
  std::string url;           ///< Where the page was fetched from, or empty.
  std::string content_type;  ///< The HTTP Content-Type, or empty.
};

/// An article found in a page, with the repairs and doubts worth reporting.
struct HtmlExtraction {
  Article article;      ///< url, title, body, raw_date, date_source, author, raw_outlet, language
  std::string charset;  ///< The charset the bytes were read in.
  std::vector<std::string> warnings;  ///< E.g. "page of 52428800 bytes cut to 8 MiB".
  /// True for a page with no main text that declares itself an article (PageMetadata::
  /// declares_article) and has a title: a news item of its headline only, worth keeping
  /// (a warning says so). A page with no main text and not this is no article.
  bool headline_only = false;
};

/// Reads one page. The charset is taken from a byte order mark, else the HTTP
/// Content-Type, else <meta charset> / http-equiv, else ICU's detector (when the bytes are
/// not valid UTF-8); the bytes are converted to UTF-8 before the parse that counts. Then:
///   url:    <link rel=canonical> (or og:url) when absolute, else context.url.
///   title, author, raw_outlet (the publisher, else og:site_name), language (<html lang>):
///           see read_page_metadata.
///   raw_date/date_source: the first of the page's dates (JSON-LD, metas, <time>, the URL
///           path, dates in the text) that parse_date accepts; but the date the byline by
///           the headline shows (headline_date; source "byline") when the page gives no
///           publication date, only a modification or text date, or a UTC or zone-less
///           timestamp one day off the byline's (the outlet's local calendar date). A
///           timestamp with its own offset keeps the date as written. Else empty.
///   body:   extract_main_text (paragraphs separated by "\n\n"); but JSON-LD articleBody
///           (its lines, or its main text when it is HTML) when that is more than twice as
///           long (a page drawn by a script); empty when none found (see headline_only).
/// Title, author, body and lead are in Unicode NFC (to_nfc).
/// Never throws on bad input. Thread-safe.
HtmlExtraction extract_html_article(std::string_view bytes, const HtmlContext& context);

/// True when `head` (the first bytes of a file) looks like an HTML document: after a BOM,
/// whitespace and comments, it starts with <!doctype html, <html, <head, <meta or <body,
/// compared case-insensitively.
bool looks_like_html(std::string_view head);

}  // namespace rostra
