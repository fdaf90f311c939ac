#include "common/input/web/warc_header.h"

#include "common/base/text_util.h"

namespace rostra {

std::string WarcHeader::get(std::string_view name) const {
  for (const auto& [key, value] : fields) {
    if (key.size() == name.size() && starts_with_ignore_case(key, name)) return value;
  }
  return {};
}

std::string parse_warc_header(std::string_view text, WarcHeader& out) {
  std::size_t eol = text.find('\n');
  out.version = std::string(trim(text.substr(0, eol)));
  if (out.version.rfind("WARC/", 0) != 0) return "not a WARC record (no WARC/ version line)";
  std::size_t pos = eol == std::string_view::npos ? text.size() : eol + 1;
  while (pos < text.size()) {
    eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    if ((line.front() == ' ' || line.front() == '\t') && !out.fields.empty()) {
      out.fields.back().second += " " + std::string(trim(line));  // folded value
      continue;
    }
    std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) return "broken WARC header line";
    out.fields.emplace_back(std::string(trim(line.substr(0, colon))),
                            std::string(trim(line.substr(colon + 1))));
  }
  return {};
}

std::string warc_target_uri(const WarcHeader& header) {
  std::string value = header.get("WARC-Target-URI");
  std::string_view uri = trim(value);
  if (uri.size() >= 2 && uri.front() == '<' && uri.back() == '>') {
    uri = uri.substr(1, uri.size() - 2);
  }
  return std::string(uri);
}

}  // namespace rostra
