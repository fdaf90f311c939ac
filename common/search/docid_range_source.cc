#include "common/search/docid_range_source.h"

#include <algorithm>

namespace rostra {

DocidRangeSource::DocidRangeSource(Xapian::docid first, Xapian::docid last)
    : first_(std::max<Xapian::docid>(first, 1)), last_(last) {}

void DocidRangeSource::init(const Xapian::Database& db) {
  end_ = std::min(last_, db.get_lastdocid());
  current_ = 0;
  size_ = end_ >= first_ ? std::min<Xapian::doccount>(end_ - first_ + 1, db.get_doccount()) : 0;
}

void DocidRangeSource::next(double) {
  current_ = current_ == 0 ? first_ : current_ + 1;
}

void DocidRangeSource::skip_to(Xapian::docid did, double) {
  current_ = std::max({current_, did, first_});
}

std::string DocidRangeSource::get_description() const {
  return "rostra::DocidRangeSource(" + std::to_string(first_) + ".." + std::to_string(last_) + ")";
}

}  // namespace rostra
