#include "common/input/metadata/outlet_table.h"

#include <stdexcept>

#include "common/base/case_fold.h"
#include "common/base/errors.h"
#include "common/base/table_file.h"
#include "common/base/text_util.h"

namespace rostra {

OutletTable load_outlet_table(const std::filesystem::path& path) {
  if (path.empty()) return OutletTable();
  return OutletTable::load(path);
}

OutletTable OutletTable::load(const std::filesystem::path& path) {
  OutletTable table;
  for_each_table_record(path, "outlet table", [&](std::string_view text, std::size_t number) {
    std::size_t tab1 = text.find('\t');
    std::size_t tab2 = tab1 == std::string_view::npos ? tab1 : text.find('\t', tab1 + 1);
    if (tab2 == std::string_view::npos) {
      throw InputError(path.string() + ":" + std::to_string(number) +
                       ": expected kind<TAB>key<TAB>display name");
    }
    std::string_view kind = trim(text.substr(0, tab1));
    std::string_view key = trim(text.substr(tab1 + 1, tab2 - tab1 - 1));
    std::string_view name = trim(text.substr(tab2 + 1));
    if (key.empty() || name.empty()) {
      throw InputError(path.string() + ":" + std::to_string(number) + ": empty key or name");
    }
    try {
      table.add(kind, key, name);
    } catch (const std::invalid_argument& e) {
      throw InputError(path.string() + ":" + std::to_string(number) + ": " + e.what());
    }
  });
  return table;
}

void OutletTable::add(std::string_view kind, std::string_view key, std::string_view display_name) {
  std::string name(display_name);
  if (kind == "host") {
    hosts_[fold_case(key)] = name;
  } else if (kind == "wire") {
    wires_[fold_case(key)] = name;
  } else if (kind == "alias") {
    aliases_[fold_case(key)] = name;
  } else {
    throw std::invalid_argument("unknown kind '" + std::string(kind) +
                                "' (expected host, wire or alias)");
  }
  aliases_.emplace(fold_case(display_name), name);
}

std::optional<std::string> OutletTable::by_host(std::string_view host) const {
  std::string h = ascii_lower(host);
  if (h.rfind("www.", 0) == 0) h.erase(0, 4);
  std::string_view rest = h;
  while (!rest.empty()) {
    auto found = hosts_.find(std::string(rest));
    if (found != hosts_.end()) return found->second;
    std::size_t dot = rest.find('.');
    if (dot == std::string_view::npos) break;
    rest.remove_prefix(dot + 1);
    if (rest.find('.') == std::string_view::npos) break;  // never match a bare TLD
  }
  return std::nullopt;
}

std::optional<std::string> OutletTable::by_wire(std::string_view agency) const {
  auto found = wires_.find(fold_case(agency));
  if (found == wires_.end()) return std::nullopt;
  return found->second;
}

std::string OutletTable::canonical_name(std::string_view name) const {
  std::string key = fold_case(name);
  if (auto found = aliases_.find(key); found != aliases_.end()) return found->second;
  if (auto host = by_host(key)) return *host;
  if (auto wire = by_wire(key)) return *wire;
  return std::string(trim(name));
}

}  // namespace rostra
