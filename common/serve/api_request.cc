#include "common/serve/api_request.h"

#include <charconv>

#include "common/base/errors.h"

namespace rostra {
namespace {

// A field value as a quoted phrase; the query language has no escape for '"', so it goes.
std::string field_phrase(std::string_view value) {
  std::string out = "\"";
  for (char c : value) {
    if (c != '"') out.push_back(c);
  }
  return out + "\"";
}

bool flag(const ApiParams& params, std::string_view name) {
  const std::string value = param(params, name);
  if (value.empty() || value == "0" || value == "false") return false;
  if (value == "1" || value == "true") return true;
  throw UsageError(std::string(name) + " takes 1 or 0, not '" + value + "'");
}

}  // namespace

std::string param(const ApiParams& params, std::string_view name, std::string_view fallback) {
  auto it = params.find(std::string(name));
  return it == params.end() ? std::string(fallback) : it->second;
}

std::size_t number_param(const ApiParams& params, std::string_view name, std::size_t fallback,
                         std::size_t min, std::size_t max) {
  const std::string text = param(params, name);
  if (text.empty()) return fallback;
  std::size_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < min || value > max) {
    throw UsageError(std::string(name) + " takes a number from " + std::to_string(min) + " to " +
                     std::to_string(max) + ", not '" + text + "'");
  }
  return value;
}

std::string compose_query(const ApiParams& params) {
  const std::string q = param(params, "q");
  std::string filters;
  const std::string from = param(params, "from");
  const std::string to = param(params, "to");
  if (!from.empty() || !to.empty()) filters += " date:" + from + ".." + to;
  if (std::string outlet = param(params, "outlet"); !outlet.empty()) {
    filters += " outlet:" + field_phrase(outlet);
  }
  if (std::string speaker = param(params, "speaker"); !speaker.empty()) {
    filters += " speaker:" + field_phrase(speaker);
  }
  if (filters.empty()) {
    if (q.find_first_not_of(" \t") == std::string::npos) throw UsageError("no query given (q)");
    return q;
  }
  if (q.find_first_not_of(" \t") == std::string::npos) return filters.substr(1);
  return "(" + q + ")" + filters;
}

std::string make_cursor(std::size_t offset) {
  return "o" + std::to_string(offset);
}

std::size_t parse_cursor(std::string_view cursor) {
  std::size_t offset = 0;
  if (cursor.size() > 1 && cursor[0] == 'o') {
    auto [end, error] = std::from_chars(cursor.data() + 1, cursor.data() + cursor.size(), offset);
    if (error == std::errc() && end == cursor.data() + cursor.size()) return offset;
  }
  throw UsageError("cursor '" + std::string(cursor) + "' is not one this server gave");
}

SearchRequest search_request(const ApiParams& params, bool quotes, std::size_t max_size) {
  SearchRequest request;
  request.query = compose_query(params);
  request.quotes = quotes;
  request.limit = number_param(params, "size", kDefaultPageSize, 0, max_size);
  const std::string cursor = param(params, "cursor");
  request.offset = cursor.empty() ? 0 : parse_cursor(cursor);
  const std::string sort = param(params, "sort", "relevance");
  if (sort == "relevance") {
    request.sort = SortOrder::kRelevance;
  } else if (sort == "newest") {
    request.sort = SortOrder::kNewest;
  } else if (sort == "oldest") {
    request.sort = SortOrder::kOldest;
  } else {
    throw UsageError("sort takes relevance, newest or oldest, not '" + sort + "'");
  }
  request.language = param(params, "lang", "en");
  const bool code =
      request.language.size() >= 2 && request.language.size() <= 3 &&
      request.language.find_first_not_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos;
  if (!code)
    throw UsageError("lang takes a language code (en, ru), not '" + request.language + "'");
  request.collapse = flag(params, "collapse");
  request.exact_total = true;
  return request;
}

}  // namespace rostra
