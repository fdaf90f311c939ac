#include "common/base/csv_field.h"

namespace rostra {

std::string csv_field(std::string_view value) {
  const bool formula =
      !value.empty() && std::string_view("=+-@").find(value.front()) != std::string_view::npos;
  if (!formula && value.find_first_of(",\"\r\n") == std::string_view::npos) {
    return std::string(value);
  }
  std::string out = "\"";
  if (formula) out.push_back('\'');
  for (char c : value) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  return out + "\"";
}

}  // namespace rostra
