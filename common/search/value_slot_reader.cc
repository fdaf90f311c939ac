#include "common/search/value_slot_reader.h"

namespace rostra {

ValueSlotReader::ValueSlotReader(const Xapian::Database& db, Xapian::valueno slot)
    : db_(db), slot_(slot) {}

std::string ValueSlotReader::value(Xapian::docid did) {
  // A stream only moves forward: an earlier document needs a fresh one.
  if (last_ == 0 || did < last_) stream_ = db_.valuestream_begin(slot_);
  last_ = did;
  if (stream_ == db_.valuestream_end(slot_)) return std::string();
  stream_.skip_to(did);
  if (stream_ == db_.valuestream_end(slot_) || stream_.get_docid() != did) return std::string();
  return *stream_;
}

}  // namespace rostra
