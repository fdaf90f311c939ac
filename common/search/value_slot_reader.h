#pragma once
// Reads one value slot of many documents, in the order a Xapian match visits them.

#include <xapian.h>

#include <string>

namespace rostra {

/// The values of slot `slot` in `db`, read through its value stream. Asking for documents
/// in ascending docid order (as Xapian's matcher offers them to a MatchSpy) reads the
/// stream once, front to back: a few bytes per document instead of the B-tree lookup and
/// chunk scan of each Document::get_value. Any other order still gives the right values,
/// by starting the stream again. `db` must outlive the reader. Not thread-safe.
class ValueSlotReader {
 public:
  ValueSlotReader(const Xapian::Database& db, Xapian::valueno slot);

  /// The value of document `did` (a docid of `db`), or "" when it has none.
  std::string value(Xapian::docid did);

 private:
  const Xapian::Database& db_;
  Xapian::valueno slot_;
  Xapian::ValueIterator stream_;
  Xapian::docid last_ = 0;  ///< The docid asked for last; 0 before the first.
};

}  // namespace rostra
