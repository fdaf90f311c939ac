#include "common/input/web/headline_date.h"

#include <gumbo.h>

#include <utility>
#include <vector>

#include "common/base/text_util.h"
#include "common/input/metadata/date_parser.h"
#include "common/input/web/markup_hints.h"

namespace rostra {
namespace {

// How far from the headline a date still belongs to it, in bytes of visible text: a
// byline with an author's name, a reading time and a share bar fits; the next teaser's
// date usually does not.
constexpr std::size_t kAfter = 400;
constexpr std::size_t kBefore = 200;

// The page's visible text with the byte ranges of each <h1> in it.
struct VisibleText {
  std::string text;
  std::vector<std::pair<std::size_t, std::size_t>> h1s;  // <h1> and <h2> elements
  std::vector<bool> is_h1;
};

VisibleText visible_text(const HtmlTree& tree) {
  VisibleText out;
  struct Frame {
    const HtmlNode* node;
    unsigned next;
    int h1;  // index in out.h1s when the node is an <h1>, else -1
  };
  std::vector<Frame> stack{{tree.root(), 0, -1}};
  while (!stack.empty()) {
    Frame& top = stack.back();
    const GumboVector& children = top.node->v.element.children;
    if (top.next >= children.length) {
      if (top.h1 >= 0) out.h1s[static_cast<std::size_t>(top.h1)].second = out.text.size();
      if (is_block_element(top.node)) out.text.push_back('\n');
      stack.pop_back();
      continue;
    }
    auto* child = static_cast<const HtmlNode*>(children.data[top.next++]);
    if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA) {
      out.text += child->v.text.text;
      out.text.push_back(' ');
    } else if (is_element(child) && !is_hidden_element(child) && !is_invisible(child)) {
      int h1 = -1;
      GumboTag tag = child->v.element.tag;
      if (tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2) {
        h1 = static_cast<int>(out.h1s.size());
        out.h1s.emplace_back(out.text.size(), out.text.size());
        out.is_h1.push_back(tag == GUMBO_TAG_H1);
      }
      if (is_block_element(child)) out.text.push_back('\n');
      stack.push_back({child, 0, h1});
    }
  }
  return out;
}

// The heading that shows `headline`: the first <h1> whose text the headline holds, else the
// first <h1>; on a page without <h1> (some set their headline in an <h2>), the first <h2>
// the headline holds. npos when there is none.
std::size_t headline_heading(const VisibleText& page, std::string_view headline) {
  std::string wanted = ascii_lower(collapse_whitespace(headline));
  std::size_t first_h1 = std::string::npos;
  for (std::size_t i = 0; i < page.h1s.size() && first_h1 == std::string::npos; ++i) {
    if (page.is_h1[i]) first_h1 = i;
  }
  // An <h1> showing the headline; an <h2> only on a page without <h1>.
  for (bool h1 : {true, false}) {
    if (!h1 && first_h1 != std::string::npos) break;
    for (std::size_t i = 0; i < page.h1s.size(); ++i) {
      if (page.is_h1[i] != h1) continue;
      auto [start, end] = page.h1s[i];
      std::string text =
          ascii_lower(collapse_whitespace(std::string_view(page.text).substr(start, end - start)));
      if (!wanted.empty() && text.size() >= 10 && wanted.find(text) != std::string::npos) {
        return i;
      }
    }
  }
  return first_h1;
}

}  // namespace

std::optional<std::string> headline_date(const HtmlTree& tree, std::string_view headline,
                                         std::string_view near) {
  VisibleText page = visible_text(tree);
  std::size_t chosen = headline_heading(page, headline);
  if (chosen == std::string::npos) return std::nullopt;
  auto [start, end] = page.h1s[chosen];
  std::string_view text = page.text;
  if (auto after = find_date(text.substr(end, kAfter), near)) return after;
  std::size_t from = start > kBefore ? start - kBefore : 0;
  // The last date before the headline: the one nearest to it.
  std::string_view before = text.substr(from, start - from);
  std::optional<std::string> last;
  for (std::size_t at = 0; at < before.size();) {
    std::size_t line_end = before.find('\n', at);
    if (line_end == std::string_view::npos) line_end = before.size();
    if (auto found = find_date(before.substr(at, line_end - at), near)) last = found;
    at = line_end + 1;
  }
  return last;
}

}  // namespace rostra
