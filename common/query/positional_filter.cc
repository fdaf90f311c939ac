#include "common/query/positional_filter.h"

#include "common/base/errors.h"
#include "common/schema/schema.h"

namespace rostra {

PositionalFilter::PositionalFilter(std::shared_ptr<const PositionalPattern> pattern,
                                   TokenStoreReader* tokens)
    : pattern_(std::move(pattern)), tokens_(tokens) {}

namespace {

// A table of record locations is built once the values read for a database (one per
// candidate checked) cost about what building it would: building reads every document's
// value once, in order, and a lookup of one value through the value stream costs as much as
// reading six or more that way (76,000-article real-text benchmark: the table in 2.9 ms,
// 38 ns a document; a NEAR count's lookups 0.2-0.5 us each; benchmarks/NOTES.md). So a
// process that runs one search never pays for it, and one that runs many gets it early.
constexpr Xapian::doccount kDocumentsPerLookup = 6;

// Which database revision `db` is, for RecordTable::database; empty when it cannot be told
// (then no table is kept).
std::string revision_key(const Xapian::Database& db) {
  try {
    return db.get_uuid() + "@" + std::to_string(db.get_revision());
  } catch (const Xapian::Error&) {
    return {};
  }
}

}  // namespace

void PositionalFilter::init(const Xapian::Database& db) {
  if (!matcher_) matcher_ = std::make_unique<PositionalMatcher>(*pattern_);
  values_ = db.valuestream_begin(schema::kSlotTokens);
  values_end_ = db.valuestream_end(schema::kSlotTokens);
  doccount_ = db.get_doccount();
  started_ = false;
  resume_after_ = 0;
  table_docid_ = 0;
  table_ = nullptr;
  if (const std::string key = revision_key(db); !key.empty()) {
    RecordTable& table = tokens_->record_table(db.get_uuid());
    if (table.database != key) table = RecordTable{key, {}, 0, false};
    table_ = &table;
    if (table.by_docid.empty() && !table.unavailable &&
        table.lookups * kDocumentsPerLookup >= doccount_) {
      build_table(db);
    }
  }
}

void PositionalFilter::build_table(const Xapian::Database& db) {
  tokens_->refresh_maps();
  std::vector<RecordLocation> locations(db.get_lastdocid());
  for (auto it = db.valuestream_begin(schema::kSlotTokens),
            end = db.valuestream_end(schema::kSlotTokens);
       it != end; ++it) {
    if (!tokens_->locate(*it, locations[it.get_docid() - 1])) {
      table_->unavailable = true;  // an in-memory index
      return;
    }
  }
  table_->by_docid = std::move(locations);
}

bool PositionalFilter::matches(std::string_view bytes, Xapian::docid did) {
  if (!parse_token_record(bytes, record_, matcher_->needs_spans())) {
    throw DatabaseError("malformed token record for document " + std::to_string(did) +
                        " (damaged index)");
  }
  return matcher_->matches(record_);
}

bool PositionalFilter::current_matches() {
  if (table_ != nullptr) ++table_->lookups;
  return matches(tokens_->record(*values_), values_.get_docid());
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
  table_docid_ = 0;
  if (table_ != nullptr && !table_->by_docid.empty()) {
    // The location from the table: no value to read. A document without a record (none in
    // the table) has no words, so it matches nothing.
    if (did > table_->by_docid.size()) return false;
    const RecordLocation location = table_->by_docid[did - 1];
    if (location.at == nullptr || !matches(TokenStoreReader::record_at(location), did)) {
      return false;
    }
    table_docid_ = did;  // on `did`; the value iterator stays where it was
    return true;
  }
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
  if (table_docid_ != 0) {
    resume_after_ = table_docid_;
    table_docid_ = 0;
  }
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
  table_docid_ = 0;
  values_.skip_to(did);
  advance_to_match();
}

std::string PositionalFilter::get_description() const {
  return "rostra::PositionalFilter(" + std::to_string(pattern_->words.size()) + " words)";
}

}  // namespace rostra
