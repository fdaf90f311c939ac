#include "common/input/web/byline.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <unordered_set>
#include <utility>
#include <vector>

#include "common/base/text_util.h"
#include "common/base/url.h"

namespace rostra {
namespace {

// A byline's text is short; an element with more text than this is no byline.
constexpr std::size_t kMaxBylineText = 400;

// Words of an attribute value split at whitespace.
std::vector<std::string> tokens_of(std::string_view value) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < value.size()) {
    while (i < value.size() && std::isspace(static_cast<unsigned char>(value[i]))) ++i;
    std::size_t start = i;
    while (i < value.size() && !std::isspace(static_cast<unsigned char>(value[i]))) ++i;
    if (i > start) out.push_back(ascii_lower(value.substr(start, i - start)));
  }
  return out;
}

bool has_token(std::string_view value, std::string_view wanted) {
  for (const std::string& token : tokens_of(value)) {
    if (token == wanted) return true;
  }
  return false;
}

// A class, id or data-testid token that marks a byline: it holds "author" or "byline", and
// names no comment, picture, biography or label beside it.
bool marks_a_byline(std::string_view value) {
  // Most elements' classes name neither: leave them before splitting anything.
  bool named = false;
  for (std::size_t i = 0; !named && i + 5 <= value.size(); ++i) {
    named = starts_with_ignore_case(value.substr(i), "autor") ||
            starts_with_ignore_case(value.substr(i), "author") ||
            starts_with_ignore_case(value.substr(i), "auteur") ||
            starts_with_ignore_case(value.substr(i), "byline");
  }
  if (!named) return false;
  for (const std::string& token : tokens_of(value)) {
    if (token.find("author") == std::string::npos && token.find("byline") == std::string::npos &&
        token.find("autor") == std::string::npos && token.find("auteur") == std::string::npos) {
      continue;
    }
    bool other = false;
    for (std::string_view part : {"comment", "image", "img", "photo", "avatar", "pic", "bio",
                                  "desc", "social", "label", "title", "follow", "more", "mail"}) {
      if (token.find(part) != std::string::npos) other = true;
    }
    if (!other) return true;
  }
  return false;
}

// The words of the last part of a link's path ("gathmann-moritz" gives gathmann, moritz).
std::vector<std::string> slug_words(std::string_view path) {
  while (!path.empty() && path.back() == '/') path.remove_suffix(1);
  std::string_view slug = path.substr(path.rfind('/') + 1);
  std::vector<std::string> words;
  std::string word;
  for (char c : std::string(slug) + "-") {
    if (std::isalpha(static_cast<unsigned char>(c))) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else {
      if (word.size() >= 2) words.push_back(word);
      word.clear();
    }
  }
  return words;
}

// True when a link's text can be the author its path names: the path's last part has fewer
// than two words ("/author/kditton"), or the text shares one of them ("Rocío Latorre" and
// "rocio-latorre" share "latorre"; "Zur Artikelübersicht" and "gathmann-moritz" share none).
bool text_fits_slug(std::string_view text, std::string_view path) {
  std::vector<std::string> words = slug_words(path);
  if (words.size() < 2) return true;
  std::string lower = ascii_lower(text);
  for (const std::string& w : words) {
    if (w.size() >= 3 && lower.find(w) != std::string::npos) return true;
  }
  return false;
}

// The path of a link to an author's page (a segment such as "author" or "autoren" followed by
// the author's own part: "/author/jane-doe"), lower case, or empty.
std::string author_link_path(const HtmlNode* element) {
  if (element->v.element.tag != GUMBO_TAG_A) return {};
  std::string href = ascii_lower(attribute(element, "href"));
  std::size_t scheme = href.find("://");
  std::size_t path = href.find('/', scheme == std::string::npos ? 0 : scheme + 3);
  if (path == std::string::npos) return {};
  std::string_view rest = std::string_view(href).substr(path);
  rest = rest.substr(0, rest.find_first_of("?#"));
  for (std::string_view segment :
       {"author", "authors", "autor", "autoren", "autores", "auteur", "auteurs", "autore", "autori",
        "writer", "writers", "journalist", "journalists", "reporter", "reporters"}) {
    std::string needle = "/" + std::string(segment) + "/";
    std::size_t at = rest.find(needle);
    if (at != std::string_view::npos && at + needle.size() < rest.size()) return std::string(rest);
  }
  return {};
}

// True for a link to an author's page whose text can be that author.
bool links_to_an_author(const HtmlNode* element) {
  std::string path = author_link_path(element);
  return !path.empty() && text_fits_slug(node_text(element, kMaxBylineText), path);
}

// True when a descendant of `element` is a link to an author's page (whatever its text).
bool holds_an_author_link(const HtmlNode* element) {
  std::vector<const HtmlNode*> pending{element};
  for (std::size_t visited = 0; !pending.empty() && visited < 200; ++visited) {
    const HtmlNode* node = pending.back();
    pending.pop_back();
    if (node != element && !author_link_path(node).empty()) return true;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = children.length; i-- > 0;) {
      auto* child = static_cast<const HtmlNode*>(children.data[i]);
      if (is_element(child)) pending.push_back(child);
    }
  }
  return false;
}

// The names of the descendants of `element` that name its author: marked itemprop=name, links
// to an author's page (rel=author, "/author/jane-doe"), or of a class naming an author
// ("author-name"), joined by ", "; empty when none looks like a name.
std::string names_below(const HtmlNode* element) {
  std::vector<const HtmlNode*> pending{element};
  std::vector<const HtmlNode*> marked;  // in document order
  std::size_t visited = 0;
  while (!pending.empty() && visited < 200) {
    const HtmlNode* node = pending.back();
    pending.pop_back();
    ++visited;
    if (node != element && (ascii_lower(attribute(node, "itemprop")) == "name" ||
                            has_token(attribute(node, "rel"), "author") ||
                            links_to_an_author(node) || marks_a_byline(attribute(node, "class")))) {
      marked.push_back(node);
    }
    const GumboVector& children = node->v.element.children;
    for (unsigned i = children.length; i-- > 0;) {
      auto* child = static_cast<const HtmlNode*>(children.data[i]);
      if (is_element(child)) pending.push_back(child);
    }
  }
  // The innermost marked elements name one author each ("<div rel=author"> around three
  // author links gives the three names, not its text with " and " in it).
  std::unordered_set<const HtmlNode*> holds_another;
  std::unordered_set<const HtmlNode*> is_marked(marked.begin(), marked.end());
  for (const HtmlNode* inner : marked) {
    for (const HtmlNode* up = inner->parent; up != nullptr && up != element; up = up->parent) {
      if (is_marked.count(up) != 0 && !holds_another.insert(up).second) break;
    }
  }
  std::string joined;
  for (std::size_t i = 0; i < marked.size(); ++i) {
    if (holds_another.count(marked[i]) != 0) continue;
    std::string text = node_text(marked[i], kMaxBylineText);
    if (text.empty()) text = std::string(attribute(marked[i], "content"));
    std::string name = clean_author_name(text);
    if (!looks_like_author_name(name) || joined.find(name) != std::string::npos) continue;
    if (!joined.empty()) joined += ", ";
    joined += name;
  }
  return joined;
}

// True for a class naming a teaser of other articles ("slider-teaser", "related-posts"); with
// `strict`, only the names that never mark the page's own header ("teaser" does on some sites).
bool names_a_teaser(std::string_view value, bool strict) {
  std::string lower = ascii_lower(value);
  for (std::string_view part : {"related", "recommend", "slider", "carousel", "teaser", "promo"}) {
    if (strict && (part == "teaser" || part == "promo")) continue;
    if (lower.find(part) != std::string::npos) return true;
  }
  return false;
}

// True when `element` is, or sits inside, a teaser of another article: a link, an element
// whose class names a teaser, or one inside a list of related articles or a slider. Its
// byline is not this page's.
bool in_a_teaser(const HtmlNode* element) {
  if (names_a_teaser(attribute(element, "class"), false)) return true;
  int depth = 0;
  for (const HtmlNode* up = element->parent; up != nullptr && depth < 12; up = up->parent) {
    if (!is_element(up)) break;
    if (up->v.element.tag == GUMBO_TAG_A && !attribute(up, "href").empty()) return true;
    if (names_a_teaser(attribute(up, "class"), true)) return true;
    ++depth;
  }
  return false;
}

// Letters and digits of `s`, lower case (bytes of other scripts kept as they are).
std::string letters_of(std::string_view s) {
  std::string out;
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || std::isalnum(u)) out += static_cast<char>(std::tolower(u));
  }
  return out;
}

// A word shaped like a domain name: labels joined by dots, the last two to six letters
// ("mdr.de", "ORF.at", "www.dw.com"), or any word holding "www.".
bool is_domain_word(std::string_view word) {
  std::string w = ascii_lower(word);
  while (!w.empty() && std::string_view("()[],;").find(w.back()) != std::string_view::npos) {
    w.pop_back();
  }
  while (!w.empty() && std::string_view("([").find(w.front()) != std::string_view::npos) {
    w.erase(0, 1);
  }
  if (w.find("www.") != std::string::npos) return true;
  std::size_t dot = w.rfind('.');
  if (dot == std::string::npos || dot == 0) return false;
  std::string_view tld = std::string_view(w).substr(dot + 1);
  if (tld.size() < 2 || tld.size() > 6) return false;
  for (char c : tld) {
    if (c < 'a' || c > 'z') return false;
  }
  for (char c : std::string_view(w).substr(0, dot)) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-')) return false;
  }
  return true;
}

}  // namespace

std::string clean_author_name(std::string_view name) {
  std::string text = collapse_whitespace(name);
  std::string_view view = trim(text);
  // Enclosing quote marks ("'Luana Patriolino, Raphael Felice'").
  for (std::string_view mark : {"'", "\"", "\xe2\x80\x9c", "\xe2\x80\x9d", "\xc2\xab"}) {
    if (view.size() > 2 * mark.size() && view.substr(0, mark.size()) == mark) {
      std::string_view inner = view.substr(mark.size());
      for (std::string_view close : {"'", "\"", "\xe2\x80\x9d", "\xe2\x80\x9c", "\xc2\xbb"}) {
        if (inner.size() > close.size() && inner.substr(inner.size() - close.size()) == close) {
          view = trim(inner.substr(0, inner.size() - close.size()));
          break;
        }
      }
    }
  }
  for (std::string_view prefix : {"written by ", "by ", "von ", "par ", "por ", "di ", "door ",
                                  "av ", "author:", "autor:", "auteur:", "autore:", "text:"}) {
    if (starts_with_ignore_case(view, prefix) && view.size() > prefix.size()) {
      view = trim(view.substr(prefix.size()));
      break;
    }
  }
  // A byline's label alone ("By", "Por") names nobody.
  for (std::string_view label : {"by", "von", "par", "por", "di", "door", "av", "author", "autor",
                                 "auteur", "autore", "text", "written by"}) {
    std::string_view bare = view;
    if (!bare.empty() && bare.back() == ':') bare.remove_suffix(1);
    if (ascii_lower(bare) == label) return {};
  }
  std::string out;
  std::size_t i = 0;
  while (i < view.size()) {
    std::size_t end = view.find(' ', i);
    if (end == std::string_view::npos) end = view.size();
    std::string_view word = view.substr(i, end - i);
    if (!word.empty() && word.front() != '@') {
      if (!out.empty()) out += ' ';
      out += word;
    }
    i = end + 1;
  }
  while (!out.empty() && (out.back() == ',' || out.back() == '|' || out.back() == '-')) {
    out.pop_back();
    while (!out.empty() && out.back() == ' ') out.pop_back();
  }
  return out;
}

bool looks_like_author_name(std::string_view name) {
  if (name.empty() || name.size() > 100) return false;
  if (name.find("://") != std::string_view::npos) return false;
  if (name.find("\xc2\xa9") != std::string_view::npos) return false;  // "©": a picture's credit
  // A picture's credit ("Photo: ...", "Фото из Инстаграма ...").
  std::string first = ascii_lower(name.substr(0, name.find(' ')));
  while (!first.empty() && (first.back() == ':' || first.back() == ',')) first.pop_back();
  for (std::string_view credit :
       {"photo", "photos", "foto", "fotos", "bild", "image", "picture", "credit", "copyright",
        "\xd1\x84\xd0\xbe\xd1\x82\xd0\xbe", "\xd0\xa4\xd0\xbe\xd1\x82\xd0\xbe"}) {  // фото, Фото
    if (first == credit) return false;
  }
  bool letter = false;
  int words = 1;
  for (char c : name) {
    auto u = static_cast<unsigned char>(c);
    if (std::isdigit(u) || c == '?' || c == '!' || c == ':' || c == '|') return false;
    if (std::isalpha(u) || u >= 0x80) letter = true;
    if (c == ' ') ++words;
  }
  return letter && words <= 10;
}

bool is_byline_element(const HtmlNode* element) {
  if (!is_element(element) || element->v.element.tag == GUMBO_TAG_META ||
      element->v.element.tag == GUMBO_TAG_LINK || is_hidden_element(element)) {
    return false;
  }
  return ascii_lower(attribute(element, "itemprop")) == "author" ||
         has_token(attribute(element, "rel"), "author") || !author_link_path(element).empty() ||
         marks_a_byline(attribute(element, "class")) || marks_a_byline(attribute(element, "id")) ||
         marks_a_byline(attribute(element, "data-testid"));
}

std::string byline_name(const HtmlNode* element) {
  if (!is_byline_element(element)) return {};
  // A link to an author's page whose text is not that author's name names nobody.
  if (const std::string path = author_link_path(element);
      !path.empty() && !text_fits_slug(node_text(element, kMaxBylineText), path)) {
    return {};
  }
  if (in_a_teaser(element)) return {};
  std::string below = names_below(element);
  if (!below.empty()) return below;
  // Its author link says something else ("To the article list"): the name is not in its text.
  if (holds_an_author_link(element)) return {};
  std::string text = node_text(element, kMaxBylineText);
  if (text.size() > kMaxBylineText) return {};
  // "Jane Doe | Published 3 hours ago": the name is what comes before the separator.
  for (std::string_view separator : {"|", "\xe2\x80\xa2", "\xc2\xb7"}) {  // |, bullet, middle dot
    std::size_t at = text.find(separator);
    if (at != std::string::npos) text.resize(at);
  }
  std::string name = clean_author_name(text);
  return looks_like_author_name(name) ? name : std::string();
}

bool names_the_site(std::string_view name, std::string_view publisher, std::string_view site_name,
                    std::string_view url) {
  std::string letters = letters_of(name);
  if (letters.empty()) return false;
  for (std::string_view site : {publisher, site_name}) {
    if (!site.empty() && letters_of(site) == letters) return true;
  }
  std::string host = ascii_lower(url_host(url));
  if (host.rfind("www.", 0) == 0) host.erase(0, 4);
  if (!host.empty()) {
    if (letters_of(host) == letters) return true;
    std::size_t dot = host.find('.');
    if (dot != std::string::npos && letters_of(host.substr(0, dot)) == letters) return true;
  }
  std::string_view trimmed = trim(name);
  std::string label;  // the host's first label ("furche" of furche.at)
  if (std::size_t dot = host.find('.'); dot != std::string::npos)
    label = letters_of(host.substr(0, dot));
  for (std::size_t i = 0; i < trimmed.size();) {
    std::size_t end = std::min(trimmed.find(' ', i), trimmed.size());
    std::string_view word = trimmed.substr(i, end - i);
    // "Deutsche Welle (www.dw.com)", "Die FURCHE" on furche.at, "OÖ Volksblatt".
    if (is_domain_word(word) || (label.size() >= 4 && letters_of(word) == label)) return true;
    i = end + 1;
  }
  // A login name: one lower-case word with dots or underscores between its parts.
  if (trimmed.find(' ') == std::string_view::npos &&
      trimmed.find_first_of("._") != std::string_view::npos && ascii_lower(trimmed) == trimmed) {
    return true;
  }
  for (std::string_view desk : {"redaktion", "redaccion", "redacción", "rédaction", "redazione",
                                "redactie", "redakcja", "editorial", "newsroom"}) {
    if (letters == letters_of(desk)) return true;
  }
  return false;
}

bool is_placeholder_author(std::string_view name) {
  std::string letters = letters_of(name);
  for (std::string_view placeholder :
       {"noauthor", "unknown", "unknownauthor", "admin", "administrator", "none", "null", "na",
        "anonymous", "anonym", "anonyme", "anonimo", "anónimo"}) {
    if (letters == placeholder) return true;
  }
  return false;
}

}  // namespace rostra
