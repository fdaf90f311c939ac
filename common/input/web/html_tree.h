#pragma once
// An HTML5 document tree parsed by gumbo, and the iterative walks over it.
//
// Why gumbo (libgumbo-dev) and not libxml2's HTML parser: gumbo implements the HTML5
// tree-construction algorithm, so broken markup (unclosed <p>, misnested <b><i>, stray
// </div>) becomes the tree a browser builds; libxml2's parser is an HTML 4 parser that
// repairs differently from browsers. Gumbo has a small C API, allocates through a hook we
// point at an arena, and never loads a DTD or touches the network.

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct GumboInternalNode;
struct GumboInternalOutput;

namespace rostra {

using HtmlNode = GumboInternalNode;

/// A parsed page. The tree's memory lives in an arena freed at once on destruction, so
/// freeing never walks the tree (gumbo's own destructor recurses and a deeply nested page
/// would overflow the stack). Not copyable; not thread-safe (one tree per thread).
struct HtmlArena;

class HtmlTree {
 public:
  /// Parses `utf8` (invalid UTF-8 becomes U+FFFD). Never throws on bad markup; throws
  /// std::bad_alloc when memory runs out. Gumbo's nodes point into the text they were
  /// parsed from (an element's original tag, as tag_name reads it), so the tree keeps its
  /// own copy: `utf8` need not outlive it.
  explicit HtmlTree(std::string_view utf8);
  ~HtmlTree();
  HtmlTree(const HtmlTree&) = delete;
  HtmlTree& operator=(const HtmlTree&) = delete;

  /// The <html> element (gumbo always creates one).
  const HtmlNode* root() const;

  /// Every element in document order, found without recursion.
  const std::vector<const HtmlNode*>& elements() const { return elements_; }

 private:
  std::string source_;  // what output_ points into
  std::unique_ptr<HtmlArena> arena_;
  GumboInternalOutput* output_ = nullptr;
  std::vector<const HtmlNode*> elements_;
};

/// True when `node` is an element.
bool is_element(const HtmlNode* node);

/// The element's tag name, lower case ("div"; unknown tags as written, lower-cased).
std::string tag_name(const HtmlNode* node);

/// True for elements that start a new line of text in a browser (p, div, li, h1, br, td...).
bool is_block_element(const HtmlNode* node);

/// True for elements whose content is never page text (script, style, template, svg,
/// noscript, iframe, form controls, ruby annotations).
bool is_hidden_element(const HtmlNode* node);

/// The value of attribute `name` (lower case) of an element, or empty.
std::string_view attribute(const HtmlNode* node, std::string_view name);

/// All text under `node`, in document order, whitespace collapsed; <script>, <style> and
/// <template> content left out. Iterative.
std::string node_text(const HtmlNode* node);

/// The same, read only until more than `limit` bytes are gathered (so the text may end a
/// little past `limit`; a caller that wants a short text should check its size). Descends no
/// further once the limit is passed, so a huge or deeply nested element costs little.
std::string node_text(const HtmlNode* node, std::size_t limit);

/// The raw text of a <script> or <style> element (its text children joined).
std::string raw_text(const HtmlNode* node);

}  // namespace rostra
