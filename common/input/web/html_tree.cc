#include "common/input/web/html_tree.h"

#include <gumbo.h>

#include <cstdlib>
#include <limits>
#include <new>
#include <utility>

#include "common/base/text_util.h"

namespace rostra {

// A bump allocator: gumbo frees nothing we need to keep, and dropping the whole arena at
// once avoids gumbo_destroy_output's recursive walk.
struct HtmlArena {
  static constexpr std::size_t kBlock = 256 * 1024;
  std::vector<void*> blocks;
  char* next = nullptr;
  std::size_t left = 0;

  ~HtmlArena() {
    for (void* block : blocks) std::free(block);
  }
  void* allocate(std::size_t size) {
    size = (size + 15) & ~std::size_t{15};
    if (size > kBlock / 4) return own_block(size);
    if (size > left) {
      next = static_cast<char*>(own_block(kBlock));
      left = kBlock;
    }
    void* out = next;
    next += size;
    left -= size;
    return out;
  }
  void* own_block(std::size_t size) {
    void* block = std::malloc(size);
    if (block == nullptr) throw std::bad_alloc();
    blocks.push_back(block);
    return block;
  }
};

namespace {

void* arena_allocate(void* arena, std::size_t size) {
  return static_cast<HtmlArena*>(arena)->allocate(size);
}
void arena_free(void*, void*) {}

const GumboVector* children_of(const GumboNode* node) {
  if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) {
    return &node->v.element.children;
  }
  if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
  return nullptr;
}

// Calls `visit` on every node under `start` in document order, entering a node's children
// when `visit` returns true. Without recursion: an explicit stack of (node, next child).
template <typename Visit>
void walk(const GumboNode* start, Visit visit) {
  std::vector<std::pair<const GumboNode*, unsigned>> stack{{start, 0}};
  while (!stack.empty()) {
    auto& [node, next] = stack.back();
    const GumboVector* children = children_of(node);
    if (children == nullptr || next >= children->length) {
      stack.pop_back();
      continue;
    }
    auto* child = static_cast<const GumboNode*>(children->data[next++]);
    if (visit(child)) stack.emplace_back(child, 0);
  }
}

}  // namespace

HtmlTree::HtmlTree(std::string_view utf8) : source_(utf8), arena_(std::make_unique<HtmlArena>()) {
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = arena_allocate;
  options.deallocator = arena_free;
  options.userdata = arena_.get();
  options.max_errors = 0;  // error records are of no use to us and cost memory
  output_ = gumbo_parse_with_options(&options, source_.data(), source_.size());
  walk(output_->document, [this](const GumboNode* child) {
    if (!is_element(child)) return false;
    elements_.push_back(child);
    return true;
  });
}

HtmlTree::~HtmlTree() = default;  // the arena holds every byte gumbo allocated

const HtmlNode* HtmlTree::root() const {
  return output_->root;
}

bool is_element(const HtmlNode* node) {
  return node != nullptr && (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE);
}

std::string tag_name(const HtmlNode* node) {
  if (!is_element(node)) return {};
  const GumboElement& element = node->v.element;
  if (element.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(element.tag);
  GumboStringPiece original = element.original_tag;
  gumbo_tag_from_original_text(&original);
  return ascii_lower(std::string_view(original.data, original.length));
}

bool is_block_element(const HtmlNode* node) {
  if (!is_element(node)) return false;
  switch (node->v.element.tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_HTML:
      return true;
    default:
      return false;
  }
}

bool is_hidden_element(const HtmlNode* node) {
  if (node->type == GUMBO_NODE_TEMPLATE) return true;
  if (!is_element(node)) return false;
  switch (node->v.element.tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_HEAD:
    // Ruby annotations (Japanese furigana) are read above their base text, not in it:
    // "<ruby>漢字<rt>かんじ</rt></ruby>" reads "漢字".
    case GUMBO_TAG_RT:
    case GUMBO_TAG_RP:
      return true;
    default:
      return false;
  }
}

std::string_view attribute(const HtmlNode* node, std::string_view name) {
  if (!is_element(node)) return {};
  const GumboVector& attributes = node->v.element.attributes;
  for (unsigned i = 0; i < attributes.length; ++i) {
    auto* attr = static_cast<const GumboAttribute*>(attributes.data[i]);
    if (name == attr->name) return attr->value;
  }
  return {};
}

std::string node_text(const HtmlNode* node) {
  return node_text(node, std::numeric_limits<std::size_t>::max());
}

std::string node_text(const HtmlNode* node, std::size_t limit) {
  std::string out;
  walk(node, [&out, limit](const GumboNode* child) {
    if (out.size() > limit) return false;
    if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE ||
        child->type == GUMBO_NODE_CDATA) {
      out += child->v.text.text;
      return false;
    }
    if (!is_element(child) || is_hidden_element(child)) return false;
    if (is_block_element(child)) out.push_back(' ');
    return true;
  });
  return collapse_whitespace(out);
}

std::string raw_text(const HtmlNode* node) {
  std::string out;
  const GumboVector* children = children_of(node);
  for (unsigned i = 0; children != nullptr && i < children->length; ++i) {
    auto* child = static_cast<const GumboNode*>(children->data[i]);
    if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA ||
        child->type == GUMBO_NODE_WHITESPACE) {
      out += child->v.text.text;
    }
  }
  return out;
}

}  // namespace rostra
