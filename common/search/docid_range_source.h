#pragma once
// A posting source matching a range of document ids, to split one search between threads.

#include <xapian.h>

#include <string>

namespace rostra {

/// Every docid from `first` to `last` (inclusive, clipped to the database's last docid),
/// weight 0: used as the right side of OP_FILTER, it restricts a query to that range. It
/// also yields ids of deleted documents, so only use it to filter another query. For a
/// single database only (in a combined one the ids it sees are each database's own).
class DocidRangeSource : public Xapian::PostingSource {
 public:
  DocidRangeSource(Xapian::docid first, Xapian::docid last);

  void init(const Xapian::Database& db) override;
  Xapian::doccount get_termfreq_min() const override { return 0; }
  Xapian::doccount get_termfreq_est() const override { return size_; }
  Xapian::doccount get_termfreq_max() const override { return size_; }
  void next(double min_wt) override;
  void skip_to(Xapian::docid did, double min_wt) override;
  bool at_end() const override { return current_ > end_; }
  Xapian::docid get_docid() const override { return current_; }
  DocidRangeSource* clone() const override { return new DocidRangeSource(first_, last_); }
  std::string name() const override { return "rostra::DocidRangeSource"; }
  std::string get_description() const override;

 private:
  Xapian::docid first_;
  Xapian::docid last_;
  Xapian::docid end_ = 0;      ///< `last_` clipped to the database.
  Xapian::docid current_ = 0;  ///< 0 before the first next() or skip_to().
  Xapian::doccount size_ = 0;  ///< How many ids the range holds in this database.
};

}  // namespace rostra
