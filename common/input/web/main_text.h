#pragma once
// Finds the main text of a news page: the article's paragraphs without navigation, related
// links, captions, comments, cookie banners and share buttons. Pure; no Xapian.

#include <string>
#include <string_view>
#include <vector>

#include "common/input/web/html_tree.h"

namespace rostra {

/// The main text of a page.
struct MainText {
  std::string body;  ///< Paragraphs separated by "\n\n".
  std::string lead;  ///< The standfirst shown apart from the body, or empty.
};

/// Why each text block of a page was kept or left out, for finding what a scorer rule
/// misses (tests and tools). One entry per block, in page order.
struct MainTextTrace {
  struct Entry {
    std::string text;
    std::string verdict;  ///< "kept", or the reason it was left out ("link density 0.62").
    std::string where;    ///< The block's element and its ancestors ("p < div class=x < body").
  };
  std::vector<Entry> blocks;
  std::string container;  ///< The element chosen as the article's ("div class=story").
};

/// The main text of `tree`: paragraphs (headings, list items and block quotes included)
/// separated by "\n\n", each with its whitespace collapsed; empty when the page has none.
///
/// How (after jusText and Readability): the page is cut into text blocks at block-level
/// elements and <br>; each block is classed by its length, link density (a link within the
/// page, href="#...", counts 0.3 as in Readability.js; an <a> without href none), a short
/// picture credit ("Photo: …", "(Credit: …)") and a block linking to three social networks
/// or more (e-mail counting as one: "follow us on …") are bad whatever their markup, and stop-word
/// density, and by hints in the markup (nav/aside/footer/figcaption elements, ARIA roles,
/// class and id words such as "comment", "share", "cookie", "related"; but not a <div> so
/// named that holds more than half the page's text, a layout wrapper); short blocks take
/// the class of their neighbours (on a page with no good block, its near-good ones are good;
/// with no prose block at all but headings, a brief item's sentences are: the <p> elements of
/// four words or more that end with a full stop, inside the element the markup names the
/// article's). The good blocks then vote, Readability-style, for the
/// element that holds the article (an <article>, <main> or itemprop=articleBody element
/// gains votes), and the good blocks inside it are the text, with any prose block there
/// that the context pass dropped, and any <p> of prose whose links are at most half its
/// text (a sentence that links a few words to another story), and the <p> elements that
/// stand beside the article's element, and the parts of the article beside it or beside
/// one of its nearest ancestors (elements of the same tag and class, or the same first
/// class word with modifiers of their own ("part opening" beside "part"), not named like
/// boilerplate, holding a good <p>: the sections of a long read, a live blog's entries), and
/// the good blocks of the nearest ancestor the markup names the article's (an <article>, a
/// class "article-body"; not <main>) that no boilerplate name covers (a standfirst beside
/// the body, the paragraphs around a table that drew the votes), and a short <p> between
/// two of its kept paragraphs, or after one and last of its element's <p>, or a short heading
/// before one, in the same element (captions and boxes set between them do not count). A
/// paragraph equal to `title` before any kept block but headings (a kicker above it) is
/// dropped (it is the headline, kept apart). A weak boilerplate word ("ad", "more") on the
/// article's element or above it does not weaken its paragraphs; the inline parts of a
/// sentence (its <strong> words) are read whatever names the block around them, and an inline
/// dateline opening a paragraph, or weakly named words amid a sentence, are text; ruby
/// annotations are not. The lead is
/// the visible block showing `description` (the page's meta description), when the body does not
/// hold it.
///
/// Iterative: no recursion over the tree, so any nesting depth is safe. Thread-safe.
/// When `trace` is given, it receives each block's verdict.
MainText extract_main_text(const HtmlTree& tree, std::string_view title,
                           std::string_view description, MainTextTrace* trace = nullptr);

}  // namespace rostra
