#include "common/base/json_writer.h"

#include <cmath>
#include <cstdio>

#include "common/base/utf8.h"

namespace rostra {

std::string json_quote(std::string_view s) {
  std::string text(s);
  repair_utf8(text);
  std::string out;
  out.reserve(text.size() + 2);
  out.push_back('"');
  for (char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
          out += buf;
        } else {
          out.push_back(c);
        }
    }
  }
  out.push_back('"');
  return out;
}

void JsonObject::key(std::string_view k) {
  if (body_.size() > 1) body_.push_back(',');
  body_ += json_quote(k);
  body_.push_back(':');
}

JsonObject& JsonObject::add(std::string_view k, std::string_view value) {
  key(k);
  body_ += json_quote(value);
  return *this;
}

JsonObject& JsonObject::add(std::string_view k, std::uint64_t value) {
  key(k);
  body_ += std::to_string(value);
  return *this;
}

JsonObject& JsonObject::add(std::string_view k, int value) {
  key(k);
  body_ += std::to_string(value);
  return *this;
}

JsonObject& JsonObject::add(std::string_view k, double value) {
  key(k);
  if (!std::isfinite(value)) {
    body_ += "null";
    return *this;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", value);
  body_ += buf;
  return *this;
}

JsonObject& JsonObject::add(std::string_view k, bool value) {
  key(k);
  body_ += value ? "true" : "false";
  return *this;
}

JsonObject& JsonObject::add_null(std::string_view k) {
  key(k);
  body_ += "null";
  return *this;
}

JsonObject& JsonObject::add_raw(std::string_view k, std::string_view value) {
  key(k);
  body_ += value;
  return *this;
}

JsonObject& JsonObject::add_counts(
    std::string_view k, const std::vector<std::pair<std::string, std::uint64_t>>& counts) {
  JsonObject inner;
  for (const auto& [name, count] : counts) inner.add(name, count);
  return add_raw(k, inner.str());
}

JsonObject& JsonObject::add_or_null(std::string_view k, std::string_view value) {
  return value.empty() ? add_null(k) : add(k, value);
}

}  // namespace rostra
