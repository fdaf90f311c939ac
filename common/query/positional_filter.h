#pragma once
// Applies a positional pattern (phrase, NEAR/ADJ, title:, quote:) inside a Xapian query: the
// documents whose token record matches it.

#include <xapian.h>

#include <memory>
#include <string>

#include "common/query/positional_pattern.h"
#include "common/tokens/token_store.h"

namespace rostra {

/// The documents whose token record matches `pattern`, weight 0. Meant as the right side
/// of OP_FILTER over a query that yields the candidates (the pattern's words): Xapian then
/// asks it about each candidate (check()), and it reads that one record. On its own (as the
/// first of an AND, or under OP_OR) it walks every document with a record, which is correct
/// but slow. Works per sub-database of a combined database: `tokens` reads the part files of
/// all of them. `tokens` must outlive the query's searches; one thread at a time.
class PositionalFilter : public Xapian::PostingSource {
 public:
  PositionalFilter(std::shared_ptr<const PositionalPattern> pattern, TokenStoreReader* tokens);

  void init(const Xapian::Database& db) override;
  Xapian::doccount get_termfreq_min() const override { return 0; }
  Xapian::doccount get_termfreq_est() const override { return doccount_; }
  Xapian::doccount get_termfreq_max() const override { return doccount_; }
  bool check(Xapian::docid did, double min_wt) override;
  void next(double min_wt) override;
  void skip_to(Xapian::docid did, double min_wt) override;
  bool at_end() const override { return table_docid_ == 0 && values_ == values_end_; }
  Xapian::docid get_docid() const override {
    return table_docid_ != 0 ? table_docid_ : values_.get_docid();
  }
  PositionalFilter* clone() const override { return new PositionalFilter(pattern_, tokens_); }
  std::string name() const override { return "rostra::PositionalFilter"; }
  std::string get_description() const override;

 private:
  // Whether the document the value iterator is on matches.
  bool current_matches();
  // Whether `bytes`, the record of document `did`, matches.
  bool matches(std::string_view bytes, Xapian::docid did);
  // Fills table_ with the location of every record of `db`.
  void build_table(const Xapian::Database& db);
  // From the value iterator's position on, the first document that matches (or the end).
  void advance_to_match();

  std::shared_ptr<const PositionalPattern> pattern_;
  TokenStoreReader* tokens_;
  std::unique_ptr<PositionalMatcher> matcher_;
  TokenRecordView record_;
  Xapian::ValueIterator values_;
  Xapian::ValueIterator values_end_;
  Xapian::doccount doccount_ = 0;
  RecordTable* table_ = nullptr;    // this database's record locations, kept by tokens_
  Xapian::docid table_docid_ = 0;   // a check() through table_ matched this (not values_)
  Xapian::docid resume_after_ = 0;  // after a failed check(): where next() resumes
  bool started_ = false;            // whether next(), skip_to() or check() was called
};

}  // namespace rostra
