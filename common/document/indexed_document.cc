#include "common/document/indexed_document.h"

namespace rostra {

void IndexedDocument::set_value(Xapian::valueno slot, std::string value) {
  for (auto& [s, v] : content.values) {
    if (s == slot) {
      v = std::move(value);
      return;
    }
  }
  content.values.emplace_back(slot, std::move(value));
}

const std::string& IndexedDocument::value(Xapian::valueno slot) const {
  static const std::string kEmpty;
  for (const auto& [s, v] : content.values) {
    if (s == slot) return v;
  }
  return kEmpty;
}

Xapian::Document to_xapian_document(const IndexedDocument& doc) {
  Xapian::Document out;
  for (const auto& [term, wdf] : doc.content.terms) out.add_term(term, wdf);
  for (const auto& [slot, value] : doc.content.values) {
    if (!value.empty()) out.add_value(slot, value);
  }
  out.set_data(doc.content.data);
  return out;
}

}  // namespace rostra
