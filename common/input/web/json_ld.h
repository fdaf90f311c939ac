#pragma once
// The schema.org article metadata in a page's JSON-LD scripts. Pure.

#include <string>
#include <string_view>

namespace rostra {

/// What JSON-LD said about the page's article.
struct JsonLdArticle {
  std::string headline;
  std::string alternative_headline;  ///< alternativeHeadline: another wording, often longer.
  std::string date_published;
  std::string date_modified;  ///< dateModified: when the article was last updated.
  std::string author;         ///< Names joined by ", " (an {"@id"} resolved in the script).
  /// True when `author` came only through {"@id"} references: on sites built with common
  /// SEO plugins that names the account that posted the article, not always its byline.
  bool author_by_reference = false;
  std::string publisher;  ///< The publisher's name.
  std::string description;
  std::string article_body;  ///< articleBody: the article's text as the outlet gives it.
  bool found = false;        ///< True once an object of the NewsArticle family was read.
};

/// True when `type` names NewsArticle or one of its family (see read_json_ld), as JSON-LD
/// writes it ("NewsArticle") or as microdata does ("https://schema.org/NewsArticle").
bool is_article_type(std::string_view type);

/// Merges what one <script type="application/ld+json"> holds into `out`, keeping values
/// already found. Reads objects whose @type is NewsArticle or one of its family (Article,
/// BlogPosting, ReportageNewsArticle, AnalysisNewsArticle, OpinionNewsArticle, Report,
/// LiveBlogPosting, ...), at the top level, in a top-level array, in @graph, or as the
/// mainEntity / mainEntityOfPage of a WebPage. An author or publisher given as {"@id": X}
/// is the name of the object of the same script whose @id is X (a @graph's Person node).
/// Malformed JSON is ignored. Thread-safe.
void read_json_ld(std::string_view script, JsonLdArticle& out);

}  // namespace rostra
