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

bool is_article_type(std::string_view type) {
  for (std::string_view t : kArticleTypes) {
    if (type == t) return true;
  }
  return false;
}

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

// The name of a string, an object with "name", or a list of either, joined by ", ".
std::string names_of(element value) {
  if (value.is_string()) return string_of(value);
  if (value.is_object()) {
    element name;
    return value["name"].get(name) ? std::string() : names_of(name);
  }
  std::string joined;
  if (value.is_array()) {
    for (element item : simdjson::dom::array(value)) {
      std::string name = item.is_array() ? std::string() : names_of(item);
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

void read_article(element object, JsonLdArticle& out) {
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
  if (!object["author"].get(value)) keep_first(out.author, names_of(value));
  if (!object["publisher"].get(value)) keep_first(out.publisher, names_of(value));
}

}  // namespace

void read_json_ld(std::string_view script, JsonLdArticle& out) {
  thread_local simdjson::dom::parser parser;
  element root;
  if (parser.parse(script.data(), script.size()).get(root)) return;
  // Objects to look at, found without recursion; the depth is bounded because only
  // arrays, @graph and mainEntity are entered.
  std::vector<std::pair<element, int>> pending{{root, 0}};
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
    if (has_article_type(node)) read_article(node, out);
    for (const char* key : {"@graph", "mainEntity", "mainEntityOfPage"}) {
      element inner;
      if (!node[key].get(inner)) pending.emplace_back(inner, depth + 1);
    }
  }
}

}  // namespace rostra
