#pragma once
// The metadata a news page declares about itself: JSON-LD, <meta> tags, <time>, <link
// rel=canonical>, <html lang>, <title> and <h1>. Pure; no Xapian.

#include <string>
#include <vector>

#include "common/input/web/html_tree.h"

namespace rostra {

/// What a page says about itself. Each field is the most trusted value found, and empty
/// when none was.
struct PageMetadata {
  std::string title;
  /// Publication dates as written (an ISO timestamp, "March 4, 2022", ...), most trusted
  /// first, each with where it came from: "json-ld", "meta <name>", "time".
  struct Date {
    std::string value;
    std::string source;
    /// False for dates that may not be the publication date: a modification date, or a
    /// date found in the text of an element named like a date.
    bool published = true;
  };
  std::vector<Date> dates;
  std::string description;  ///< og:description, meta description, JSON-LD description.
  std::string author;       ///< Names joined by ", ".
  std::string publisher;    ///< The JSON-LD publisher's name, else og:site_name.
  std::string canonical_url;
  std::string language;  ///< Primary subtag of <html lang> (or xml:lang), lower case ("en").
  std::string charset;   ///< As declared by <meta charset> or http-equiv, lower case.
  /// JSON-LD articleBody as given (plain text, or HTML on some sites), or empty.
  std::string article_body;
  /// True when the page says it is an article: JSON-LD of the NewsArticle family, og:type
  /// "article", or an element of such a schema.org itemtype. A news item may then be only
  /// its headline.
  bool declares_article = false;
};

/// Reads the metadata of `tree`. In order of trust:
///   title:     the first <h1> when JSON-LD headline, og:title, twitter:title or <title>
///              contains it; else the first <h1>, then the first element named the headline
///              (itemprop=headline, an <h2>/<h3> of class "headline"), that rewords one of
///              those (shows 60% of its words, holds no whole title plus a kicker); else the
///              first of those, without a " | Site" suffix (or an
///              unspaced "-Site" after a CJK title), and whole when a quote cut it (another
///              title continues it with '"'); else h1.
///   date:      JSON-LD datePublished (NewsArticle and its family: Article, BlogPosting,
///              ReportageNewsArticle, ...); article:published_time, og:published_time and
///              the other common date metas (pubdate, dc.date, sailthru.date, ...);
///              itemprop=datePublished; the first <time datetime>; then the text of
///              <time> elements and of elements whose class or id names a date (a
///              "02/10/2020" there read day first where the page's language and region
///              write so: parse_date_day_first, as ISO); a date
///              written in a title (JSON-LD headline, og:title, twitter:title, <title>);
///              modification dates last (JSON-LD dateModified, then the metas).
///   author:    JSON-LD author (names of a string, Person or list, or of the Person an
///              {"@id"} points at, which counts only after the bylines when no byline shows
///              it); author, article:author (unless a URL), dc.creator, byl, sailthru.author,
///              parsely-author, dcterms.creator, twitter:creator metas (every value of one
///              joined), then any other meta whose name ends in "author"; then the names the
///              markup shows in bylines (byline_name), those after the first <h1> first.
///              Cleaned (clean_author_name: "By", quotes, @handles, a trailing ", Site");
///              placeholders ("No Author") are nobody, and so is the site itself
///              (names_the_site: "ORF.at", "El Mostrador", "Redaktion"), which the outlet
///              names already.
///   publisher: JSON-LD publisher name; og:site_name.
///   canonical: <link rel=canonical>; og:url.
///   declares_article: see PageMetadata.
/// `page_url`, where the page was fetched from, stands in for the canonical URL when telling
/// the site's own name from a person's. Malformed JSON-LD is ignored. Thread-safe.
PageMetadata read_page_metadata(const HtmlTree& tree, std::string_view page_url = {});

}  // namespace rostra
