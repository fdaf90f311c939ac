#include "common/input/web/main_text.h"

#include <gumbo.h>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstdio>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "common/base/text_util.h"
#include "common/input/web/markup_hints.h"
#include "common/input/web/stop_words.h"

namespace rostra {
namespace {

// jusText's thresholds (Pomikálek 2011), in characters and fractions of words.
constexpr std::size_t kShortChars = 70;
constexpr std::size_t kLongChars = 140;
constexpr double kMaxLinkDensity = 0.2;
// A <p> inside the article's element may link more of its words (see is_linked_paragraph).
constexpr double kMaxLinkDensityInProse = 0.5;
// Lower than jusText's 0.30 and 0.32: our lists are the most frequent words only.
constexpr double kStopWordsLow = 0.20;
constexpr double kStopWordsHigh = 0.25;
// Below this share of stop words over the whole page, its language is not one we have a
// list for (Chinese, Japanese, Bengali): blocks are then judged by length alone.
constexpr double kPageStopWordsFloor = 0.05;

enum class BlockClass { kBad, kShort, kNearGood, kGood };

struct Block {
  std::string text;
  std::size_t chars = 0;
  std::size_t link_chars = 0;
  std::uint32_t networks = 0;       // the social networks its links lead to (social_network_bit)
  const HtmlNode* owner = nullptr;  // the block-level element holding the text
  std::uint32_t order = 0;          // preorder number of `owner`
  bool boilerplate = false;
  bool weak = false;  // under a weak boilerplate name: kept only as long prose
  bool heading = false;
  bool in_article = false;  // inside an element the markup names the article's
  BlockClass kind = BlockClass::kBad;
  BlockClass initial = BlockClass::kBad;  // before the context pass
  StopWordCount stops;
};

struct Flags {
  bool boilerplate = false;
  bool link = false;
  bool in_page_link = false;  // a link to a place in the page ("#section-2")
  bool heading = false;
  bool in_article = false;  // inside an element the markup names the article's
  bool weak = false;        // inside an element a weak boilerplate word names
};

struct Frame {
  const GumboNode* node;
  unsigned next;
  Flags flags;
  std::size_t owner;    // index in the stack of the nearest block-level frame
  std::uint32_t order;  // preorder number
  bool marked = false;  // a block-level element the markup names boilerplate
};

std::size_t count_chars(std::string_view utf8) {
  std::size_t n = 0;
  for (char c : utf8) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

bool is_heading(const HtmlNode* node) {
  GumboTag tag = node->v.element.tag;
  return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6;
}

const HtmlNode* body_of(const HtmlTree& tree) {
  const GumboVector& children = tree.root()->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (is_element(child) && child->v.element.tag == GUMBO_TAG_BODY) return child;
  }
  return tree.root();
}

// A bit for the social network (or e-mail) a link leads to, 0 for any other link.
std::uint32_t social_network_bit(std::string_view href) {
  constexpr std::string_view kNetworks[] = {
      "mailto:",        "facebook.com/", "twitter.com/", "instagram.com/", "linkedin.com/",
      "youtube.com/",   "tiktok.com/",   "//t.me/",      "//wa.me/",       "whatsapp.com/",
      "pinterest.com/", "threads.net/",  "//x.com/",     "telegram.me/",   "flipboard.com/"};
  std::string folded = ascii_lower(href);
  for (std::size_t i = 0; i < std::size(kNetworks); ++i) {
    if (folded.find(kNetworks[i]) != std::string::npos) return 1u << i;
  }
  return 0;
}

bool is_words(const HtmlNode* node) {
  return node != nullptr && node->type == GUMBO_NODE_TEXT && !trim(node->v.text.text).empty();
}

// True when words stand right before and right after the inline `element`: it is part of
// a sentence.
bool is_mid_sentence(const HtmlNode* element) {
  const GumboVector& siblings = element->parent->v.element.children;
  unsigned at = element->index_within_parent;
  return at > 0 && at + 1 < siblings.length &&
         is_words(static_cast<const HtmlNode*>(siblings.data[at - 1])) &&
         is_words(static_cast<const HtmlNode*>(siblings.data[at + 1]));
}

// Cuts the page into text blocks, remembering each block-level element's preorder range.
class BlockCutter {
 public:
  std::vector<Block> blocks;
  std::unordered_map<const HtmlNode*, std::pair<std::uint32_t, std::uint32_t>> ranges;
  /// The block-level elements named boilerplate, with their preorder ranges.
  std::vector<std::pair<const HtmlNode*, std::pair<std::uint32_t, std::uint32_t>>> marked;
  /// Elements whose boilerplate names are not read (see layout_wrappers).
  std::unordered_set<const HtmlNode*> wrappers;

  void run(const HtmlNode* body) {
    stack_.push_back({body, 0, {}, 0, next_order_++});
    while (!stack_.empty()) {
      Frame& top = stack_.back();
      const GumboVector& children = top.node->v.element.children;
      if (top.next >= children.length) {
        leave();
        continue;
      }
      visit(static_cast<const GumboNode*>(children.data[top.next++]));
    }
  }

 private:
  std::vector<Frame> stack_;
  std::string pending_;
  std::size_t pending_links_ = 0;
  std::uint32_t pending_networks_ = 0;
  std::uint32_t next_order_ = 0;

  void visit(const GumboNode* child) {
    const Frame& parent = stack_.back();
    if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE ||
        child->type == GUMBO_NODE_CDATA) {
      std::string_view text = child->v.text.text;
      pending_ += text;
      // A link within the page (a table of contents, a footnote) counts for less, as in
      // Readability.js: it leads to more of the same text, not away from it.
      if (parent.flags.link) {
        pending_links_ += parent.flags.in_page_link ? text.size() * 3 / 10 : text.size();
      }
      return;
    }
    if (!is_element(child) || is_hidden_element(child) || is_invisible(child)) return;
    if (child->v.element.tag == GUMBO_TAG_BR || child->v.element.tag == GUMBO_TAG_HR) {
      flush();
      return;
    }
    Flags flags = parent.flags;
    MarkupHint hint = wrappers.count(child) != 0 ? MarkupHint::kNone : markup_hint(child);
    bool boilerplate = hint == MarkupHint::kBoilerplate;
    if (boilerplate) flags.boilerplate = true;
    if (hint == MarkupHint::kWeakBoilerplate && !flags.in_article) flags.weak = true;
    // The article's own element inside a wrapper named like boilerplate is still the article;
    // but itemprop=text, the text of any schema.org work, is a comment's text in comments.
    if (hint == MarkupHint::kArticle &&
        !(flags.boilerplate && ascii_lower(attribute(child, "itemprop")) == "text")) {
      flags.boilerplate = false;
      flags.weak = false;
      flags.in_article = true;
    }
    if (child->v.element.tag == GUMBO_TAG_A) {
      // An <a> without href is no link but a place to link to (<a name="part-2">).
      std::string_view href = attribute(child, "href");
      flags.link = href.data() != nullptr;
      flags.in_page_link = trim(href).substr(0, 1) == "#";
    }
    if (is_heading(child)) flags.heading = true;
    bool block = is_block_element(child);
    // Inline boilerplate (a share link, a byline's author tag) is left out whole; but not
    // the inline parts of a sentence inside a weakly named block (its <strong> words), nor
    // a dateline that opens a paragraph's first sentence ("<span class=dateline>KOBE
    // –</span> A total of…"), nor words weakly named in the middle of a sentence ("offers
    // are at <a class=more>www.example.at</a>, which…").
    bool named = boilerplate || hint == MarkupHint::kWeakBoilerplate;
    bool in_p = stack_[parent.owner].node->v.element.tag == GUMBO_TAG_P;
    if (!block && named &&
        !(in_p && (names_dateline(child) || (!boilerplate && is_mid_sentence(child))))) {
      return;
    }
    // Counted only for links the text keeps: share icons left out above are not the
    // paragraph's own links, so three of them never make a real paragraph a "follow us" line.
    if (child->v.element.tag == GUMBO_TAG_A)
      pending_networks_ |= social_network_bit(attribute(child, "href"));
    if (block) flush();
    std::size_t owner = block ? stack_.size() : parent.owner;
    stack_.push_back({child, 0, flags, owner, next_order_++, boilerplate && block});
  }

  void leave() {
    const Frame& top = stack_.back();
    bool block = is_block_element(top.node) || stack_.size() == 1;
    if (block) {
      flush();
      ranges[top.node] = {top.order, next_order_};
    }
    if (top.marked) marked.push_back({top.node, {top.order, next_order_}});
    stack_.pop_back();
  }

  void flush() {
    std::string text = collapse_whitespace(pending_);
    std::size_t links = pending_links_;
    std::uint32_t networks = pending_networks_;
    pending_.clear();
    pending_links_ = 0;
    pending_networks_ = 0;
    if (text.empty()) return;
    const Frame& owner = stack_[stack_.back().owner];
    Block b;
    b.chars = count_chars(text);
    b.link_chars = std::min(
        b.chars, count_chars(std::string_view(text).substr(0, std::min(text.size(), links))));
    b.networks = networks;
    b.text = std::move(text);
    b.owner = owner.node;
    b.order = owner.order;
    b.boilerplate = stack_.back().flags.boilerplate;
    b.weak = stack_.back().flags.weak;
    b.heading = owner.flags.heading;
    b.in_article = stack_.back().flags.in_article;
    b.stops = count_stop_words(b.text);
    blocks.push_back(std::move(b));
  }
};

// The <div> elements named boilerplate that hold more than half of the page's text: the
// layout of a page with a sidebar ("sidebar-main", "sidebar_content"), not a sidebar; their
// names are not read. Named comments are left alone: a long thread can outweigh its article.
std::unordered_set<const HtmlNode*> layout_wrappers(const BlockCutter& cutter) {
  std::size_t total = 0;
  for (const Block& b : cutter.blocks) total += b.chars;
  std::unordered_set<const HtmlNode*> out;
  for (const auto& [node, range] : cutter.marked) {
    std::size_t inside = 0;
    for (const Block& b : cutter.blocks) {
      if (b.order >= range.first && b.order < range.second) inside += b.chars;
    }
    std::string names = ascii_lower(attribute(node, "class"));
    names += ascii_lower(attribute(node, "id"));
    if (2 * inside > total && names.find("comment") == std::string::npos && is_element(node) &&
        node->v.element.tag == GUMBO_TAG_DIV) {
      out.insert(node);
    }
  }
  return out;
}

double link_density(const Block& b) {
  return double(b.link_chars) / double(std::max<std::size_t>(b.chars, 1));
}

// True for a short block that credits a picture ("(Credit: Ann Lee / Grist)", "The minister,
// photo: Government archive", "Foto: Archivo"): the caption of a picture set into the text
// without <figcaption> markup. The words are those of the languages we have stop words for.
bool is_picture_credit(const Block& b) {
  if (b.chars > kLongChars || b.text.find(':') == std::string::npos) return false;
  std::string folded = ascii_lower(b.text);
  for (std::string_view word : {"photo:", "photos:", "foto:", "fotos:", "credit:", "image:",
                                "imagen:", "bild:", "picture:", "photo credit", "crédito:"}) {
    for (std::size_t at = folded.find(word); at != std::string::npos;
         at = folded.find(word, at + 1)) {
      if (at == 0 || folded[at - 1] == ' ' || folded[at - 1] == '(') return true;
    }
  }
  return false;
}

// A block linking to kFollowUsNetworks different social networks (e-mail counts as one) asks
// the reader to follow the outlet ("write to us at …, or follow us on Facebook, Twitter
// and Instagram"); an article's sentence quotes a post or two.
constexpr int kFollowUsNetworks = 3;

BlockClass classify(const Block& b, bool use_stop_words,
                    double max_link_density = kMaxLinkDensity) {
  if (b.boilerplate || is_picture_credit(b) || std::popcount(b.networks) >= kFollowUsNetworks) {
    return BlockClass::kBad;
  }
  if (link_density(b) > max_link_density) return BlockClass::kBad;
  if (b.heading && b.chars < kShortChars) return BlockClass::kShort;
  if (!use_stop_words) {
    if (b.weak) return BlockClass::kBad;
    return b.chars >= kShortChars / 2 ? BlockClass::kGood : BlockClass::kShort;
  }
  if (b.chars < kShortChars) return b.weak ? BlockClass::kBad : BlockClass::kShort;
  double density = b.stops.density();
  // Under a weak boilerplate name ("more", "widget"), only long prose is text.
  if (b.weak && (b.chars <= kLongChars || density < kStopWordsHigh)) return BlockClass::kBad;
  if (density >= kStopWordsHigh)
    return b.chars > kLongChars ? BlockClass::kGood : BlockClass::kNearGood;
  return density >= kStopWordsLow ? BlockClass::kNearGood : BlockClass::kBad;
}

// The class of the nearest block before (step -1) or after (step +1) `i` that is not short
// (nor near-good, with `skip_near_good`); kBad past either end, as jusText has it.
BlockClass neighbour(const std::vector<Block>& blocks, std::size_t i, int step,
                     bool skip_near_good) {
  for (std::size_t j = i + step; j < blocks.size(); j += step) {
    BlockClass kind = blocks[j].kind;
    if (kind == BlockClass::kShort || (skip_near_good && kind == BlockClass::kNearGood)) continue;
    return kind;
  }
  return BlockClass::kBad;
}

// jusText's context pass (Pomikálek 2011, justext.core.revise_paragraph_classification):
// a short block between good ones is good, between bad ones bad, and between a good and a
// bad one good when a near-good block is the closer; headings before good text are good;
// a near-good block is good unless bad blocks surround it.
void classify_in_context(std::vector<Block>& blocks) {
  std::vector<BlockClass> resolved(blocks.size());
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    resolved[i] = blocks[i].kind;
    if (blocks[i].kind != BlockClass::kShort) continue;
    BlockClass before = neighbour(blocks, i, -1, true);
    BlockClass after = neighbour(blocks, i, +1, true);
    bool good = before == BlockClass::kGood && after == BlockClass::kGood;
    if (before != after) {
      good =
          (before == BlockClass::kBad &&
           neighbour(blocks, i, -1, false) == BlockClass::kNearGood) ||
          (after == BlockClass::kBad && neighbour(blocks, i, +1, false) == BlockClass::kNearGood) ||
          (blocks[i].heading && after == BlockClass::kGood);
    }
    resolved[i] = good ? BlockClass::kGood : BlockClass::kBad;
  }
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (blocks[i].kind != BlockClass::kNearGood) continue;
    bool bad = neighbour(blocks, i, -1, true) == BlockClass::kBad &&
               neighbour(blocks, i, +1, true) == BlockClass::kBad;
    resolved[i] = bad ? BlockClass::kBad : BlockClass::kGood;
  }
  for (std::size_t i = 0; i < blocks.size(); ++i) blocks[i].kind = resolved[i];
}

// Readability's vote: each good block scores its element and, less, the ancestors above;
// the element with the most votes holds the article.
// Only elements in `ranges` (the <body> and what it holds) can win.
const HtmlNode* best_container(
    const std::vector<Block>& blocks,
    const std::unordered_map<const HtmlNode*, std::pair<std::uint32_t, std::uint32_t>>& ranges,
    std::unordered_map<const HtmlNode*, double>& votes) {
  for (const Block& b : blocks) {
    if (b.kind != BlockClass::kGood) continue;
    double score = 1.0 + double(std::count(b.text.begin(), b.text.end(), ',')) +
                   std::min(double(b.chars) / 100.0, 3.0);
    const HtmlNode* node = b.owner;
    for (int level = 0; level < 5 && ranges.count(node) != 0; ++level) {
      votes[node] += level <= 1 ? score : score / level;
      node = node->parent;
    }
  }
  const HtmlNode* best = nullptr;
  double best_score = 0;
  for (auto& [node, score] : votes) {
    if (markup_hint(node) == MarkupHint::kArticle) score *= 1.5;
    if (score > best_score) {
      best_score = score;
      best = node;
    }
  }
  return best;
}

using Ranges = std::unordered_map<const HtmlNode*, std::pair<std::uint32_t, std::uint32_t>>;

// True when `range` holds a good block that is a <p> (prose, not a notice in a <div>).
bool holds_good_paragraph(const std::vector<Block>& blocks,
                          std::pair<std::uint32_t, std::uint32_t> range) {
  return std::any_of(blocks.begin(), blocks.end(), [&](const Block& b) {
    return b.kind == BlockClass::kGood && b.owner->v.element.tag == GUMBO_TAG_P &&
           b.order >= range.first && b.order < range.second;
  });
}

// True for a class of a page grid's cells ("row", "col-xs-12", "large-8", "clearfix"):
// it places an element, and says nothing of what the element holds.
bool is_layout_class(std::string_view token) {
  for (std::string_view prefix : {"col", "row", "grid", "large-", "medium-", "small-", "span"}) {
    if (token.rfind(prefix, 0) == 0) return true;
  }
  for (std::string_view word : {"container", "clearfix", "wrapper", "inner", "cf", "group"}) {
    if (token == word) return true;
  }
  return false;
}

// The first word of an element's class, lower-cased: what a page names the element's kind
// by, the words after it being modifiers ("detail-body first-paragraph", "row row--story").
std::string first_class(const HtmlNode* element) {
  std::string folded = ascii_lower(trim(attribute(element, "class")));
  return folded.substr(0, std::min(folded.find(' '), folded.size()));
}

// True when `a` and `b` are elements of one kind: the same tag and the same class, or the
// same first class word and modifiers of their own ("detail-body first-paragraph" beside
// "detail-body") (a <div> without a class, or with classes of the page grid only, says
// nothing of what it holds).
bool same_kind(const HtmlNode* a, const HtmlNode* b) {
  if (!is_element(a) || !is_element(b) || a->v.element.tag != b->v.element.tag) return false;
  std::string_view names = attribute(a, "class");
  if (names != attribute(b, "class")) {
    std::string kind = first_class(a);
    return !kind.empty() && kind == first_class(b) && !is_layout_class(kind);
  }
  if (a->v.element.tag != GUMBO_TAG_DIV) return true;
  std::string folded = ascii_lower(names);
  std::string_view rest = folded;
  while (!rest.empty()) {
    std::size_t end = std::min(rest.find(' '), rest.size());
    if (end > 0 && !is_layout_class(rest.substr(0, end))) return true;
    rest.remove_prefix(std::min(end + 1, rest.size()));
  }
  return false;
}

// True when the element's markup names boilerplate, even weakly ("tags", "more").
bool names_boilerplate(const HtmlNode* element) {
  MarkupHint hint = markup_hint(element);
  return hint == MarkupHint::kBoilerplate || hint == MarkupHint::kWeakBoilerplate;
}

// The articles cut into parts of one kind (the sections of a long read, the entries of a
// live blog, the boxes of a paragraph-per-module layout): the elements beside the
// container, or beside one of its kMaxPartLevels nearest ancestors, of the same kind as it
// and holding a good paragraph of their own, with no name of boilerplate (after Readability, which
// favours siblings of the top candidate's class).
constexpr int kMaxPartLevels = 4;
void add_parts(const HtmlNode* best, const std::vector<Block>& blocks, const Ranges& ranges,
               std::vector<std::pair<std::uint32_t, std::uint32_t>>& kept) {
  const HtmlNode* node = best;
  for (int level = 0; level <= kMaxPartLevels && is_element(node->parent); ++level) {
    const GumboVector& siblings = node->parent->v.element.children;
    for (unsigned i = 0; i < siblings.length; ++i) {
      auto* sibling = static_cast<const HtmlNode*>(siblings.data[i]);
      auto range = ranges.find(sibling);
      if (sibling != node && range != ranges.end() && same_kind(sibling, node) &&
          holds_good_paragraph(blocks, range->second) && !names_boilerplate(sibling)) {
        kept.push_back(range->second);
      }
    }
    node = node->parent;
    if (ranges.count(node->parent) == 0) break;
  }
}

// A paragraph of the article's prose that links a few of its words to other stories
// ("New data showed <a>claims had topped 6 million</a> for the second week"): more links
// than a jusText block may have, but still mostly the writer's sentence, and a <p>.
bool is_linked_paragraph(const Block& b, bool use_stop_words) {
  if (b.owner->v.element.tag != GUMBO_TAG_P || link_density(b) > kMaxLinkDensityInProse) {
    return false;
  }
  BlockClass kind = classify(b, use_stop_words, kMaxLinkDensityInProse);
  return kind == BlockClass::kGood || kind == BlockClass::kNearGood;
}

// True when `sibling` of the article's element is a paragraph of the same article however
// few votes it drew (after Readability): a <p> standing beside the article's element (an
// interview's answer after its question's heading, a lead above the body).
bool is_sibling_part(const HtmlNode* sibling) {
  return is_element(sibling) && sibling->v.element.tag == GUMBO_TAG_P;
}

// The nearest ancestor of the article's element that the markup names the article's own
// (an <article>, itemprop=articleBody, a class "article-body" or "entry-content"), when the
// vote chose an element inside it (a table, one entry, the body beside the intro): good
// blocks elsewhere in it are parts of the same article (after trafilatura, which takes the
// whole of such an element). <main> and role=main are left out: they hold the page's whole
// content column, teasers and all.
const HtmlNode* named_article_around(const HtmlNode* best, const Ranges& ranges) {
  for (const HtmlNode* node = best->parent; is_element(node) && ranges.count(node) != 0;
       node = node->parent) {
    if (node->v.element.tag == GUMBO_TAG_BODY || node->v.element.tag == GUMBO_TAG_MAIN) break;
    if (markup_hint(node) == MarkupHint::kArticle &&
        ascii_lower(attribute(node, "role")) != "main") {
      return node;
    }
  }
  return nullptr;
}

// True when an element from `owner` up to `top` (not included) is named like boilerplate,
// even weakly: inside an article's element, the author's box, a photo credit or a notice.
bool under_boilerplate_name(const HtmlNode* owner, const HtmlNode* top) {
  for (const HtmlNode* node = owner; is_element(node) && node != top; node = node->parent) {
    if (names_boilerplate(node)) return true;
  }
  return false;
}

// True for a block that a weak boilerplate word names only at or above the article's
// element `best` (the votes chose a "cuerpo-ad" or "widget-body" wrapper: its name says
// nothing of the paragraphs it holds) and that is prose once that name is not read.
bool is_prose_named_weakly_above(const Block& b, const HtmlNode* best, bool use_stop_words) {
  if (!b.weak || b.boilerplate || under_boilerplate_name(b.owner, best)) return false;
  Block plain = b;
  plain.weak = false;
  BlockClass kind = classify(plain, use_stop_words);
  return kind == BlockClass::kGood || kind == BlockClass::kNearGood;
}

// True when the nearest block before (step -1) or after (step +1) block `i` in the same
// element as `i`, and that no boilerplate markup names, is a kept paragraph of the article:
// a box set into the text between them (a "more on this" list) does not count.
bool kept_neighbour(const std::vector<Block>& blocks, const std::vector<bool>& inside,
                    const std::vector<bool>& keep, std::size_t i, int step) {
  for (std::size_t j = i + step; j < blocks.size(); j += step) {
    if (blocks[j].boilerplate || blocks[j].owner->parent != blocks[i].owner->parent) continue;
    return inside[j] && keep[j];
  }
  return false;
}

// True when no <p> follows `paragraph` in its parent: the closing line of the article's
// element ("Her last day is April 1.", a reporter's name), whatever follows the element.
bool is_last_paragraph(const HtmlNode* paragraph) {
  const GumboVector& siblings = paragraph->parent->v.element.children;
  for (unsigned i = paragraph->index_within_parent + 1; i < siblings.length; ++i) {
    auto* sibling = static_cast<const HtmlNode*>(siblings.data[i]);
    if (is_element(sibling) && sibling->v.element.tag == GUMBO_TAG_P) return false;
  }
  return true;
}

// A short <p> between two kept paragraphs of the article, or last in their element after
// one, or a short heading before one,
// in the same element and but for captions and share bars between them, is the article's
// (a one-line answer in an interview, a subheading above a photo): jusText's context pass
// judges it by the bad blocks around the article, which the container already set apart.
// Not when its markup, or its parent's, names boilerplate even weakly ("ad-heading"). One
// pass, from the verdicts before it, so that a run of short blocks is not taken in whole.
void keep_short_paragraphs_beside_kept(const std::vector<Block>& blocks,
                                       const std::vector<bool>& inside, std::vector<bool>& keep) {
  std::vector<bool> before = keep;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    if (!inside[i] || before[i] || b.initial != BlockClass::kShort || b.boilerplate || b.weak ||
        names_boilerplate(b.owner) ||
        (is_element(b.owner->parent) && names_boilerplate(b.owner->parent))) {
      continue;
    }
    bool next_kept = kept_neighbour(blocks, inside, before, i, +1);
    if (is_heading(b.owner)) {
      keep[i] = next_kept;
    } else if (b.owner->v.element.tag == GUMBO_TAG_P) {
      keep[i] = kept_neighbour(blocks, inside, before, i, -1) &&
                (next_kept || is_last_paragraph(b.owner));
    }
  }
}

// The block that shows the page's description (its standfirst), when the body lacks it.
std::string find_lead(const std::vector<Block>& blocks, std::string_view description,
                      std::string_view body) {
  std::string wanted = collapse_whitespace(description);
  if (wanted.size() < 40 || body.find(wanted) != std::string_view::npos) return {};
  for (const Block& b : blocks) {
    if (link_density(b) > kMaxLinkDensity || b.text.size() > 2 * wanted.size()) continue;
    if (b.text.find(wanted) != std::string::npos ||
        (b.text.size() >= 40 && wanted.find(b.text) != std::string::npos)) {
      return body.find(b.text) == std::string_view::npos ? b.text : std::string();
    }
  }
  return {};
}

std::string describe(const HtmlNode* node) {
  std::string out = tag_name(node);
  for (const char* key : {"class", "id"}) {
    std::string_view value = attribute(node, key);
    if (!value.empty()) out += " " + std::string(key) + "=" + std::string(value);
  }
  return out;
}

// `node` and its ancestors up to the <body>, innermost first.
std::string path_of(const HtmlNode* node) {
  std::string out = describe(node);
  for (node = node->parent; is_element(node) && node->v.element.tag != GUMBO_TAG_HTML;
       node = node->parent) {
    out += " < " + describe(node);
  }
  return out;
}

// Why block `b` was left out of the text (for MainTextTrace).
std::string why_left_out(const Block& b, bool inside) {
  char figure[32];
  if (b.boilerplate) return "boilerplate markup in " + describe(b.owner);
  if (!inside) return "outside the container, in " + describe(b.owner);
  if (link_density(b) > kMaxLinkDensity) {
    std::snprintf(figure, sizeof figure, "%.2f", link_density(b));
    return std::string("link density ") + figure;
  }
  if (b.weak) return "weak boilerplate markup in " + describe(b.owner);
  if (b.initial == BlockClass::kShort) return "short, between bad blocks";
  std::snprintf(figure, sizeof figure, "%.2f", b.stops.density());
  return std::string("stop-word density ") + figure;
}

// True for a paragraph of the article's own element that reads as a sentence: no heading,
// no boilerplate or picture credit, few links, at least four words, a full stop (or ! ? …)
// at its end. Stop words are not counted: a brief item's one line ("Taking part were: Aide
// A, Minister B, ...") may be all names.
bool is_brief_sentence(const Block& b) {
  constexpr std::ptrdiff_t kMinWords = 4;
  if (!b.in_article || b.heading || b.boilerplate || b.weak || is_picture_credit(b) ||
      link_density(b) > kMaxLinkDensity || b.owner->v.element.tag != GUMBO_TAG_P ||
      std::count(b.text.begin(), b.text.end(), ' ') + 1 < kMinWords) {
    return false;
  }
  std::string_view text = b.text;
  while (!text.empty() && (text.back() == '"' || text.back() == ')')) text.remove_suffix(1);
  for (std::string_view close : {"\u201d", "\u00bb"}) {
    if (text.ends_with(close)) text.remove_suffix(close.size());
  }
  for (std::string_view end : {".", "!", "?", "\u2026"}) {
    if (text.ends_with(end)) return true;
  }
  return false;
}

// Cuts the body of `tree` into blocks; when some boilerplate-named wrappers turn out to hold
// the page's layout, cuts again treating them as layout.
BlockCutter cut_blocks(const HtmlTree& tree) {
  BlockCutter cutter;
  cutter.run(body_of(tree));
  if (std::unordered_set<const HtmlNode*> wrappers = layout_wrappers(cutter); !wrappers.empty()) {
    cutter = BlockCutter();
    cutter.wrappers = std::move(wrappers);
    cutter.run(body_of(tree));
  }
  return cutter;
}

// Classifies every block alone and then in context; returns whether the page has enough stop
// words for stop-word density to count (a page in a language without a list has none).
bool classify_blocks(std::vector<Block>& blocks) {
  StopWordCount page;
  for (const Block& b : blocks) {
    if (b.boilerplate) continue;
    page.words += b.stops.words;
    page.stop_words += b.stops.stop_words;
  }
  bool use_stop_words = page.density() >= kPageStopWordsFloor;
  bool any_good = false;
  for (Block& b : blocks) {
    b.kind = b.initial = classify(b, use_stop_words);
    any_good = any_good || b.kind == BlockClass::kGood;
  }
  // A short page (a brief news item) may have no block long enough to be good on its own:
  // its near-good blocks are then its text; with no prose block at all, only headings, the
  // sentences of the element the markup names the article's ("The presidents discussed
  // bilateral cooperation.").
  bool any_prose = false;
  for (Block& b : blocks) {
    any_prose =
        any_prose || (b.kind != BlockClass::kBad && b.kind != BlockClass::kShort && !b.heading);
    if (!any_good && b.kind == BlockClass::kNearGood) b.kind = BlockClass::kGood;
  }
  // There, the headline (kept apart) is no neighbour that makes the date lines under it text.
  for (Block& b : blocks) {
    if (any_prose) break;
    if (b.heading) b.kind = BlockClass::kBad;
    if (is_brief_sentence(b)) b.kind = BlockClass::kGood;
  }
  classify_in_context(blocks);
  return use_stop_words;
}

// The block ranges kept: the voted container `best`, the parts of the article cut into its
// siblings, and those of its siblings that drew a fair share of the votes.
std::vector<std::pair<std::uint32_t, std::uint32_t>> kept_ranges(
    const HtmlNode* best, const std::vector<Block>& blocks, BlockCutter& cutter,
    std::unordered_map<const HtmlNode*, double>& votes) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> kept{cutter.ranges[best]};
  add_parts(best, blocks, cutter.ranges, kept);
  double threshold = std::max(10.0, votes[best] * 0.2);
  if (!is_element(best->parent)) return kept;
  const GumboVector& siblings = best->parent->v.element.children;
  for (unsigned i = 0; i < siblings.length; ++i) {
    auto* sibling = static_cast<const HtmlNode*>(siblings.data[i]);
    auto vote = votes.find(sibling);
    if (sibling != best && vote != votes.end() &&
        (vote->second >= threshold || is_sibling_part(sibling))) {
      kept.push_back(cutter.ranges[sibling]);
    }
  }
  return kept;
}

// Which blocks are the article's text (`keep`) and which stand inside its kept ranges or its
// named article element (`inside`, for the trace).
struct BlockChoice {
  std::vector<bool> inside;
  std::vector<bool> keep;
};

BlockChoice choose_blocks(const std::vector<Block>& blocks, const HtmlNode* best,
                          BlockCutter& cutter,
                          const std::vector<std::pair<std::uint32_t, std::uint32_t>>& kept,
                          bool use_stop_words) {
  std::pair<std::uint32_t, std::uint32_t> scope{0, 0};
  const HtmlNode* article = named_article_around(best, cutter.ranges);
  if (article != nullptr) scope = cutter.ranges[article];
  BlockChoice choice{std::vector<bool>(blocks.size()), std::vector<bool>(blocks.size())};
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    bool in_kept = std::any_of(kept.begin(), kept.end(), [&](const auto& range) {
      return b.order >= range.first && b.order < range.second;
    });
    // Inside the article's element, prose that lost its context (a paragraph between an
    // embedded tweet and a link list) still belongs to the article.
    bool prose = b.initial == BlockClass::kGood || b.initial == BlockClass::kNearGood ||
                 is_linked_paragraph(b, use_stop_words) ||
                 (in_kept && is_prose_named_weakly_above(b, best, use_stop_words));
    bool in_scope = b.order >= scope.first && b.order < scope.second;
    choice.keep[i] =
        (in_kept && (b.kind == BlockClass::kGood || prose)) ||
        (in_scope && b.kind == BlockClass::kGood && !under_boilerplate_name(b.owner, article));
    choice.inside[i] = in_kept || in_scope;
  }
  keep_short_paragraphs_beside_kept(blocks, choice.inside, choice.keep);
  return choice;
}

// The kept blocks joined as paragraphs, without the headline; traced block by block.
std::string join_kept_blocks(const std::vector<Block>& blocks, const BlockChoice& choice,
                             std::string_view title, MainTextTrace* trace) {
  std::string body;
  std::string folded_title = ascii_lower(collapse_whitespace(title));
  // The headline, kept apart, is dropped while only headings came before it (a kicker or
  // section label above it).
  bool prose_kept = false;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    bool keep = choice.keep[i];
    bool is_title = keep && !prose_kept && ascii_lower(b.text) == folded_title;
    if (trace != nullptr) {
      trace->blocks.push_back(
          {b.text, keep ? (is_title ? "the title" : "kept") : why_left_out(b, choice.inside[i]),
           path_of(b.owner)});
    }
    if (!keep || is_title) continue;
    prose_kept = prose_kept || !is_heading(b.owner);
    if (!body.empty()) body += "\n\n";
    body += b.text;
  }
  return body;
}

}  // namespace

MainText extract_main_text(const HtmlTree& tree, std::string_view title,
                           std::string_view description, MainTextTrace* trace) {
  BlockCutter cutter = cut_blocks(tree);
  std::vector<Block>& blocks = cutter.blocks;
  bool use_stop_words = classify_blocks(blocks);
  std::unordered_map<const HtmlNode*, double> votes;
  const HtmlNode* best = best_container(blocks, cutter.ranges, votes);
  if (best == nullptr) {
    if (trace != nullptr) {
      for (const Block& b : blocks) {
        trace->blocks.push_back({b.text, "no container found", path_of(b.owner)});
      }
    }
    return {{}, find_lead(blocks, description, {})};
  }
  if (trace != nullptr) trace->container = path_of(best);
  BlockChoice choice =
      choose_blocks(blocks, best, cutter, kept_ranges(best, blocks, cutter, votes), use_stop_words);
  MainText out;
  out.body = join_kept_blocks(blocks, choice, title, trace);
  out.lead = find_lead(blocks, description, out.body);
  return out;
}

}  // namespace rostra
