#include "common/query/occurrence_filter.h"

#include <algorithm>
#include <limits>

#include "common/base/errors.h"
#include "common/schema/schema.h"

namespace rostra {

OccurrenceFilter::OccurrenceFilter(std::vector<std::string> terms, std::vector<WordId> ids,
                                   unsigned count, TokenStoreReader* tokens)
    : terms_(std::move(terms)), ids_(std::move(ids)), count_(count), tokens_(tokens) {
  std::sort(ids_.begin(), ids_.end());
}

OccurrenceFilter* OccurrenceFilter::clone() const {
  return new OccurrenceFilter(terms_, ids_, count_, tokens_);
}

void OccurrenceFilter::init(const Xapian::Database& db) {
  db_ = db;
  cursors_.clear();
  termfreq_ = 0;
  for (const std::string& term : terms_) {
    cursors_.push_back({db.postlist_begin(term), db.postlist_end(term)});
    termfreq_ = std::min(db.get_doccount(), termfreq_ + db.get_termfreq(term));
  }
  values_ = db.valuestream_begin(schema::kSlotTokens);
  values_end_ = db.valuestream_end(schema::kSlotTokens);
  current_ = 0;
  started_ = false;
}

unsigned OccurrenceFilter::occurrences(Xapian::docid did) {
  values_.skip_to(did);
  if (values_ == values_end_ || values_.get_docid() != did) return 0;  // no record
  if (!parse_token_record(tokens_->record(*values_), record_, false)) {
    throw DatabaseError("malformed token record for document " + std::to_string(did) +
                        " (damaged index)");
  }
  unsigned found = 0;
  for_each_word(record_.text, [&](std::uint32_t, WordId id) {
    if (std::binary_search(ids_.begin(), ids_.end(), id)) ++found;
  });
  return found;
}

void OccurrenceFilter::advance_to_match() {
  while (true) {
    Xapian::docid next = std::numeric_limits<Xapian::docid>::max();
    for (const Cursor& cursor : cursors_) {
      if (cursor.at != cursor.end) next = std::min(next, *cursor.at);
    }
    if (next == std::numeric_limits<Xapian::docid>::max()) {
      current_ = 0;
      return;
    }
    Xapian::termcount wdf = 0;
    for (Cursor& cursor : cursors_) {
      if (cursor.at == cursor.end || *cursor.at != next) continue;
      wdf += cursor.at.get_wdf();
      ++cursor.at;  // past `next`: the cursors always stand after current_
    }
    if (wdf >= count_ && occurrences(next) >= count_) {
      current_ = next;
      return;
    }
  }
}

void OccurrenceFilter::next(double) {
  started_ = true;
  advance_to_match();
}

void OccurrenceFilter::skip_to(Xapian::docid did, double) {
  if (started_ && current_ != 0 && current_ >= did) return;
  started_ = true;
  for (Cursor& cursor : cursors_) {
    if (cursor.at != cursor.end) cursor.at.skip_to(did);
  }
  advance_to_match();
}

std::string OccurrenceFilter::get_description() const {
  return "rostra::OccurrenceFilter(at least " + std::to_string(count_) + ")";
}

}  // namespace rostra
