#include "common/input/web/json_ld.h"

#include <simdjson.h>

#include <utility>
#include <vector>

#include "common/base/text_util.h"

namespace rostra {
namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

constexpr std::string_view kArticleTypes[] = {"NewsArticle",           "Article",
                                              "ReportageNewsArticle",  "AnalysisNewsArticle",
                                              "OpinionNewsArticle",    "ReviewNewsArticle",
                                              "BackgroundNewsArticle", "BlogPosting",
                                              "LiveBlogPosting",       "Report",
                                              "SatiricalArticle",      "ScholarlyArticle",
                                              "TechArticle",           "SocialMediaPosting",
                                              "AskPublicNewsArticle",  "Posting"};

bool has_article_type(element object) {
  element type;
  if (object["@type"].get(type)) return false;
  if (type.is_string()) return is_article_type(std::string_view(type));
  if (type.is_array()) {
    for (element t : simdjson::dom::array(type)) {
      if (t.is_string() && is_article_type(std::string_view(t))) return true;
    }
  }
  return false;
}

std::string string_of(element value) {
  return value.is_string() ? std::string(trim(std::string_view(value))) : std::string();
}

// The names of the objects of one script that carry both "@id" and "name", by @id: a
// @graph's Person nodes, which an article's "author": {"@id": ...} points at.
using NamesById = std::vector<std::pair<std::string_view, element>>;

// The name of a string, an object with "name" (or an "@id" naming an object of `by_id` that
// has one), or a list of either, joined by ", ".
std::string names_of(element value, const NamesById& by_id) {
  if (value.is_string()) return string_of(value);
  if (value.is_object()) {
    element name;
    if (!value["name"].get(name)) return name.is_object() ? std::string() : names_of(name, by_id);
    std::string_view id;
    if (value["@id"].get(id)) return {};
    for (const auto& [known, named] : by_id) {
      if (known == id) return string_of(named);
    }
    return {};
  }
  std::string joined;
  if (value.is_array()) {
    for (element item : simdjson::dom::array(value)) {
      std::string name = item.is_array() ? std::string() : names_of(item, by_id);
      if (name.empty() || joined.find(name) != std::string::npos) continue;
      if (!joined.empty()) joined += ", ";
      joined += name;
    }
  }
  return joined;
}

void keep_first(std::string& field, std::string value) {
  if (field.empty()) field = std::move(value);
}

void read_article(element object, const NamesById& by_id, JsonLdArticle& out) {
  out.found = true;
  element value;
  if (!object["headline"].get(value)) keep_first(out.headline, string_of(value));
  // Some publishers' tools write the property name in lower case.
  for (const char* name : {"alternativeHeadline", "alternativeheadline"}) {
    if (!object[name].get(value)) keep_first(out.alternative_headline, string_of(value));
  }
  if (!object["datePublished"].get(value)) keep_first(out.date_published, string_of(value));
  if (out.date_published.empty() && !object["dateCreated"].get(value)) {
    keep_first(out.date_published, string_of(value));
  }
  if (!object["dateModified"].get(value)) keep_first(out.date_modified, string_of(value));
  if (!object["description"].get(value)) keep_first(out.description, string_of(value));
  if (!object["articleBody"].get(value)) keep_first(out.article_body, string_of(value));
  if (out.author.empty() && !object["author"].get(value)) {
    out.author = names_of(value, by_id);
    out.author_by_reference = !out.author.empty() && names_of(value, {}).empty();
  }
  if (!object["publisher"].get(value)) keep_first(out.publisher, names_of(value, by_id));
}

}  // namespace

bool is_article_type(std::string_view type) {
  // Microdata names the type by URL: itemtype="http://schema.org/NewsArticle".
  if (std::size_t slash = type.rfind('/'); slash != std::string_view::npos) {
    std::string_view host = type.substr(0, slash);
    if (!host.ends_with("schema.org")) return false;
    type.remove_prefix(slash + 1);
  }
  for (std::string_view t : kArticleTypes) {
    if (type == t) return true;
  }
  return false;
}

void read_json_ld(std::string_view script, JsonLdArticle& out) {
  thread_local simdjson::dom::parser parser;
  element root;
  if (parser.parse(script.data(), script.size()).get(root)) return;
  // Objects to look at, found without recursion; the depth is bounded because only
  // arrays, @graph and mainEntity are entered.
  std::vector<std::pair<element, int>> pending{{root, 0}};
  std::vector<element> objects;  // in the order they are read
  while (!pending.empty()) {
    auto [node, depth] = pending.back();
    pending.pop_back();
    if (depth > 4) continue;
    if (node.is_array()) {
      std::vector<element> items;
      for (element item : simdjson::dom::array(node)) items.push_back(item);
      // Reversed onto the stack, so the first item is read first.
      for (auto it = items.rbegin(); it != items.rend(); ++it) pending.emplace_back(*it, depth + 1);
      continue;
    }
    if (!node.is_object()) continue;
    objects.push_back(node);
    for (const char* key : {"@graph", "mainEntity", "mainEntityOfPage"}) {
      element inner;
      if (!node[key].get(inner)) pending.emplace_back(inner, depth + 1);
    }
  }
  NamesById by_id;
  for (element object : objects) {
    std::string_view id;
    element name;
    if (!object["@id"].get(id) && !object["name"].get(name) && name.is_string()) {
      by_id.emplace_back(id, name);
    }
  }
  for (element object : objects) {
    if (has_article_type(object)) read_article(object, by_id, out);
  }
}

}  // namespace rostra
