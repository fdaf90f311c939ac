#pragma once
// atleastN(word): the documents where a word, in any of its forms, occurs at least N times.

#include <xapian.h>

#include <string>
#include <vector>

#include "common/tokens/token_record.h"
#include "common/tokens/token_store.h"

namespace rostra {

/// The documents whose token record's text stream (articles: title, lead and body; quotes:
/// the quote) holds words of `ids` at least `count` times, weight 0. It walks the postings of
/// `terms` (the terms the word is indexed under: its stem, and the word where it is its own
/// stem), and reads the record only of a document whose wdf over them reaches `count`: every
/// occurrence adds at least 1 to the wdf (a title word 3, schema::kTitleWdf), so a lower wdf
/// cannot reach the count, and a higher one may be title weight, which the record settles.
/// Works per sub-database of a combined database; `tokens` reads the part files of all of them
/// and must outlive the query's searches. One thread at a time.
class OccurrenceFilter : public Xapian::PostingSource {
 public:
  /// REQUIRES: `terms` and `ids` not empty, `count` >= 1.
  OccurrenceFilter(std::vector<std::string> terms, std::vector<WordId> ids, unsigned count,
                   TokenStoreReader* tokens);

  void init(const Xapian::Database& db) override;
  Xapian::doccount get_termfreq_min() const override { return 0; }
  Xapian::doccount get_termfreq_est() const override { return termfreq_; }
  Xapian::doccount get_termfreq_max() const override { return termfreq_; }
  void next(double min_wt) override;
  void skip_to(Xapian::docid did, double min_wt) override;
  bool at_end() const override { return current_ == 0; }
  Xapian::docid get_docid() const override { return current_; }
  OccurrenceFilter* clone() const override;
  std::string name() const override { return "rostra::OccurrenceFilter"; }
  std::string get_description() const override;

 private:
  // One term's postings.
  struct Cursor {
    Xapian::PostingIterator at;
    Xapian::PostingIterator end;
  };
  // From the cursors' positions on, the first document that matches (current_ 0: none).
  void advance_to_match();
  // How often the words of ids_ occur in the record of `did`.
  unsigned occurrences(Xapian::docid did);

  std::vector<std::string> terms_;
  std::vector<WordId> ids_;  // sorted
  unsigned count_;
  TokenStoreReader* tokens_;
  Xapian::Database db_;
  std::vector<Cursor> cursors_;
  Xapian::ValueIterator values_;
  Xapian::ValueIterator values_end_;
  TokenRecordView record_;
  Xapian::doccount termfreq_ = 0;
  Xapian::docid current_ = 0;
  bool started_ = false;
};

}  // namespace rostra
