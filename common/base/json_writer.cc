#include "common/base/json_writer.h"

#include <cmath>
#include <cstdio>

#include "common/base/utf8.h"

namespace rostra {

namespace {

// Appends `s` to `out` as a JSON string. Runs of bytes that need no escape are copied whole,
// and the text is copied to be repaired only when it is not valid UTF-8: a search answer
// quotes some hundred strings (snippet runs, titles, keys).
void append_quoted(std::string& out, std::string_view s) {
  std::string repaired;
  if (!is_valid_utf8(s)) {
    repaired = std::string(s);
    repair_utf8(repaired);
    s = repaired;
  }
  out.push_back('"');
  std::size_t copied = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s, copied, i - copied);
    copied = i + 1;
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
      default: {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
        out += buf;
      }
    }
  }
  out.append(s, copied, s.size() - copied);
  out.push_back('"');
}

}  // namespace

std::string json_quote(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  append_quoted(out, s);
  return out;
}

std::string json_string_array(const std::vector<std::string>& items) {
  std::string out = "[";
  for (const std::string& item : items) {
    if (out.size() > 1) out.push_back(',');
    append_quoted(out, item);
  }
  out.push_back(']');
  return out;
}

void JsonObject::key(std::string_view k) {
  if (body_.size() > 1) body_.push_back(',');
  append_quoted(body_, k);
  body_.push_back(':');
}

JsonObject& JsonObject::add(std::string_view k, std::string_view value) {
  key(k);
  append_quoted(body_, value);
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
