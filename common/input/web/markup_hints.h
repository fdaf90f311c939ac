#pragma once
// What an element's tag, ARIA role, itemprop, class and id say about its content: the
// hints the main-text scorer reads. Pure; thread-safe.

#include "common/input/web/html_tree.h"

namespace rostra {

enum class MarkupHint {
  kNone,
  kBoilerplate,  ///< nav, aside, footer, header, figure captions, class "comments", "share",
                 ///< schema.org Comment microdata...
  /// A class or id word that names boilerplate on its own ("widget", "meta", "more", "tag")
  /// but is also used by page builders for any wrapper: boilerplate outside the article's
  /// element, nothing inside it.
  kWeakBoilerplate,
  kArticle,  ///< article, main, itemprop=articleBody, class "article-body", "entry-content"
};

/// The hint of one element. A class or id naming the article body wins over one naming
/// boilerplate ("article-body share-tools" is the article).
MarkupHint markup_hint(const HtmlNode* element);

/// True when the element's class or id has the word "dateline": the place (and date) that
/// opens a wire story's first sentence ("KOBE –"). Boilerplate as a block of its own, the
/// start of the text when it stands inline in a paragraph.
bool names_dateline(const HtmlNode* element);

/// True for elements a browser would not show: the hidden attribute, aria-hidden="true",
/// an inline style with display:none or visibility:hidden.
bool is_invisible(const HtmlNode* element);

}  // namespace rostra
