#pragma once
// A document as analysis produces it, before any database: what both writers take (Xapian's
// WritableDatabase through to_xapian_document, and the bulk glass writer).

#include <xapian.h>

#include <string>
#include <utility>
#include <vector>

#include "common/glass/bulk_document.h"
#include "common/tokens/term_dictionary.h"

namespace rostra {

/// The terms, values, data and token record of one document (schema.h). Its terms are
/// distinct (wdf 0 for boolean and pair terms) and each value slot appears once, as the bulk
/// writer requires.
struct IndexedDocument {
  /// What either writer stores as the Xapian document: terms, values, data.
  BulkDocument content;
  /// The token record (token_record.h); its location goes into kSlotTokens when written.
  std::string token_record;
  /// The distinct words the record uses, for the dictionary entries of the database that
  /// stores it.
  std::vector<DocumentWord> words;

  /// Adds `term` with wdf 0. REQUIRES: `term` is not among the terms yet.
  void add_boolean_term(std::string term) { content.terms.emplace_back(std::move(term), 0); }
  /// Sets `slot` to `value` (replacing an earlier value of that slot).
  void set_value(Xapian::valueno slot, std::string value);
  /// The value of `slot`, or empty.
  const std::string& value(Xapian::valueno slot) const;
};

/// The Xapian document holding `doc`'s terms, values and data (the record's location is
/// one of its values once the writer has stored the record).
Xapian::Document to_xapian_document(const IndexedDocument& doc);

}  // namespace rostra
