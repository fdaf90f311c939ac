#pragma once
// A small writer for one-line JSON objects (JSON Lines output).

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rostra {

/// `s` as a JSON string literal, quotes included. Control characters are escaped;
/// invalid UTF-8 is written as U+FFFD.
std::string json_quote(std::string_view s);

/// `items` as a JSON array of strings, each as json_quote writes it: ["a","b"], or [].
std::string json_string_array(const std::vector<std::string>& items);

/// Builds one JSON object: JsonObject().add("id", id).add("n", 3).str().
class JsonObject {
 public:
  JsonObject& add(std::string_view key, std::string_view value);
  JsonObject& add(std::string_view key, const char* value) {
    return add(key, std::string_view(value));
  }
  JsonObject& add(std::string_view key, const std::string& value) {
    return add(key, std::string_view(value));
  }
  JsonObject& add(std::string_view key, std::uint64_t value);
  JsonObject& add(std::string_view key, int value);
  JsonObject& add(std::string_view key, double value);
  JsonObject& add(std::string_view key, bool value);
  JsonObject& add_null(std::string_view key);
  /// `value` is inserted as is: it must already be valid JSON.
  JsonObject& add_raw(std::string_view key, std::string_view value);
  /// An object of name -> count.
  JsonObject& add_counts(std::string_view key,
                         const std::vector<std::pair<std::string, std::uint64_t>>& counts);
  /// `value` or null when empty.
  JsonObject& add_or_null(std::string_view key, std::string_view value);

  std::string str() const { return body_ + "}"; }

 private:
  void key(std::string_view key);
  std::string body_ = "{";
};

}  // namespace rostra
