#pragma once
// The protocol that makes a token record visible exactly when its document is, written once
// for both writers (WritableIndex through Xapian, SegmentBuilder through the bulk glass
// writer): append the record to the token store, point the document's kSlotTokens at it,
// record in the database's metadata the dictionary words it lacks, then add the document.
// A reader finds the record through the slot, so it can only meet the record once the
// document (and the metadata, committed with it) is there; the token parts must be synced
// before the commit that makes the document visible (TokenStoreWriter::sync).

#include <xapian.h>

#include <string>

#include "common/document/indexed_document.h"
#include "common/schema/schema.h"
#include "common/tokens/term_dictionary.h"
#include "common/tokens/token_store.h"

namespace rostra {

/// Stores `doc` into a database through `database`, which provides
/// `std::string metadata(const std::string& key)`, `void set_metadata(key, value)` and
/// `Xapian::docid add(const IndexedDocument& doc)` (adding or replacing it). Returns the
/// docid `add` gives. Throws what the token store (DatabaseError) or the database throws.
template <typename Database>
Xapian::docid store_document_with_record(Database& database, TokenStoreWriter& tokens,
                                         RecordedWords& recorded, IndexedDocument& doc) {
  doc.set_value(schema::kSlotTokens, tokens.append(doc.token_record));
  recorded.add(
      doc.words, [&](const std::string& key) { return database.metadata(key); },
      [&](const std::string& key, const std::string& value) { database.set_metadata(key, value); });
  return database.add(doc);
}

}  // namespace rostra
