#include "common/query/positional_filter.h"

#include "common/base/errors.h"
#include "common/schema/schema.h"

namespace rostra {

PositionalFilter::PositionalFilter(std::shared_ptr<const PositionalPattern> pattern,
                                   TokenStoreReader* tokens)
    : pattern_(std::move(pattern)), tokens_(tokens) {}

void PositionalFilter::init(const Xapian::Database& db) {
  if (!matcher_) matcher_ = std::make_unique<PositionalMatcher>(*pattern_);
  values_ = db.valuestream_begin(schema::kSlotTokens);
  values_end_ = db.valuestream_end(schema::kSlotTokens);
  doccount_ = db.get_doccount();
  started_ = false;
  resume_after_ = 0;
}

bool PositionalFilter::current_matches() {
  std::string_view bytes = tokens_->record(*values_);
  if (!parse_token_record(bytes, record_, matcher_->needs_spans())) {
    throw DatabaseError("malformed token record for document " +
                        std::to_string(values_.get_docid()) + " (damaged index)");
  }
  return matcher_->matches(record_);
}

void PositionalFilter::advance_to_match() {
  while (values_ != values_end_ && !current_matches()) ++values_;
}

bool PositionalFilter::check(Xapian::docid did, double) {
  // Only `did` is examined: a record is read only for the candidates Xapian asks about.
  // Otherwise the position is left "indeterminate", as check() allows: next() resumes
  // after `did`.
  started_ = true;
  resume_after_ = did;
  if (!values_.check(did)) return false;
  if (values_ == values_end_) {
    resume_after_ = 0;
    return true;  // no record at or after `did`: at the end, a definite position
  }
  if (values_.get_docid() != did || !current_matches()) return false;
  resume_after_ = 0;
  return true;
}

void PositionalFilter::next(double) {
  if (!started_) {
    // The value stream starts on its first document, which the first next() must examine.
    started_ = true;
    advance_to_match();
    return;
  }
  if (resume_after_ != 0) {
    values_.skip_to(resume_after_ + 1);
    resume_after_ = 0;
  } else {
    ++values_;
  }
  advance_to_match();
}

void PositionalFilter::skip_to(Xapian::docid did, double) {
  started_ = true;
  resume_after_ = 0;
  values_.skip_to(did);
  advance_to_match();
}

std::string PositionalFilter::get_description() const {
  return "rostra::PositionalFilter(" + std::to_string(pattern_->words.size()) + " words)";
}

}  // namespace rostra
