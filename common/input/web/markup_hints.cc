#include "common/input/web/markup_hints.h"

#include <gumbo.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "common/base/text_util.h"

namespace rostra {
namespace {

// Whole words of a class or id (split at '-', '_' and spaces) that name boilerplate.
constexpr std::string_view kBoilerplateWords[] = {
    "nav",     "menu",      "ad",        "ads",      "tags",    "tag",        "meta",
    "more",    "author",    "header",    "print",    "popup",   "modal",      "banner",
    "widget",  "hidden",    "login",     "skip",     "pager",   "pagination", "masthead",
    "signup",  "toolbar",   "rss",       "credit",   "credits", "copyright",  "trending",
    "popular", "sponsored", "partner",   "breaking", "topics",  "keywords",   "date",
    "time",    "dateline",  "timestamp", "bio",      "avatar",  "notice",     "disclaimer"};

// Pieces of a class or id (anywhere, camelCase included) that name boilerplate.
constexpr std::string_view kBoilerplatePieces[] = {
    "comment",    "related",    "share",     "social",          "cookie",  "sidebar",
    "breadcrumb", "newsletter", "outbrain",  "taboola",         "disqus",  "caption",
    "byline",     "footer",     "subscri",   "promo",           "consent", "navigation",
    "navbar",     "advert",     "teaser",    "recommend",       "gdpr",    "mostread",
    "most-read",  "readmore",   "read-more", "further-reading", "paywall", "inline-ad"};

// Pieces of a class or id that name the article text itself.
constexpr std::string_view kArticlePieces[] = {
    "articlebody",  "article-body", "article_body",    "article__body",  "articletext",
    "article-text", "article_text", "article-content", "articlecontent", "article__content",
    "story-body",   "storybody",    "story-content",   "entry-content",  "post-content",
    "post-body",    "body-text",    "field-body",      "news-text",      "newstext",
    "content-text", "text-content", "article-main"};

bool has_word(std::string_view names, std::string_view word) {
  std::size_t start = 0;
  while (start < names.size()) {
    std::size_t end = names.find_first_of(" -_", start);
    if (end == std::string_view::npos) end = names.size();
    if (names.substr(start, end - start) == word) return true;
    start = end + 1;
  }
  return false;
}

// A class or id that states a modifier of the element ("has-sidebar", "with-comments",
// "layout--no-ads") says nothing about its own content.
bool is_modifier(std::string_view token) {
  for (std::string_view mark : {"has-", "has_", "with-", "no-", "show-", "hide-", "js-"}) {
    if (token.find(mark) != std::string_view::npos) return true;
  }
  return false;
}

MarkupHint hint_of_names(const std::string& all_names) {
  std::string names;
  std::size_t start = 0;
  while (start < all_names.size()) {
    std::size_t end = std::min(all_names.find(' ', start), all_names.size());
    std::string_view token = std::string_view(all_names).substr(start, end - start);
    if (!is_modifier(token)) {
      names += token;
      names.push_back(' ');
    }
    start = end + 1;
  }
  for (std::string_view piece : kArticlePieces) {
    if (names.find(piece) != std::string::npos) return MarkupHint::kArticle;
  }
  for (std::string_view piece : kBoilerplatePieces) {
    if (names.find(piece) != std::string::npos) return MarkupHint::kBoilerplate;
  }
  // A call to action ("write to us", "subscribe") is never the article's text, even inside
  // its element; the word is too short to be looked for inside others.
  if (has_word(names, "cta")) return MarkupHint::kBoilerplate;
  for (std::string_view word : kBoilerplateWords) {
    if (has_word(names, word)) return MarkupHint::kWeakBoilerplate;
  }
  return MarkupHint::kNone;
}

MarkupHint hint_of_role(std::string_view role) {
  if (role == "main" || role == "article") return MarkupHint::kArticle;
  constexpr std::string_view kBoilerplateRoles[] = {
      "navigation", "banner",  "contentinfo", "complementary", "dialog", "alertdialog",
      "menu",       "menubar", "search",      "toolbar",       "alert"};
  for (std::string_view bad : kBoilerplateRoles) {
    if (role == bad) return MarkupHint::kBoilerplate;
  }
  return MarkupHint::kNone;
}

}  // namespace

MarkupHint markup_hint(const HtmlNode* element) {
  switch (element->v.element.tag) {
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_LABEL:
      return MarkupHint::kBoilerplate;
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
      return MarkupHint::kArticle;
    default:
      break;
  }
  MarkupHint role = hint_of_role(ascii_lower(attribute(element, "role")));
  if (role != MarkupHint::kNone) return role;
  std::string itemprop = ascii_lower(attribute(element, "itemprop"));
  // schema.org microdata of readers' comments (itemprop=comment, itemtype .../Comment).
  std::string itemtype = ascii_lower(attribute(element, "itemtype"));
  if (itemprop == "comment" || itemprop == "comments" ||
      (itemtype.size() >= 8 && itemtype.compare(itemtype.size() - 8, 8, "/comment") == 0)) {
    return MarkupHint::kBoilerplate;
  }
  if (itemprop == "articlebody" || itemprop == "text") return MarkupHint::kArticle;
  std::string names = ascii_lower(attribute(element, "class"));
  names.push_back(' ');
  names += ascii_lower(attribute(element, "id"));
  return hint_of_names(names);
}

bool names_dateline(const HtmlNode* element) {
  return has_word(ascii_lower(attribute(element, "class")), "dateline") ||
         has_word(ascii_lower(attribute(element, "id")), "dateline");
}

bool is_invisible(const HtmlNode* element) {
  if (attribute(element, "hidden").data() != nullptr) return true;
  if (ascii_lower(attribute(element, "aria-hidden")) == "true") return true;
  std::string style = ascii_lower(attribute(element, "style"));
  std::string compact;
  for (char c : style) {
    if (c != ' ') compact.push_back(c);
  }
  return compact.find("display:none") != std::string::npos ||
         compact.find("visibility:hidden") != std::string::npos;
}

}  // namespace rostra
