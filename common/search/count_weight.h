#pragma once
// The weighting scheme of searches that only count: every match weighs 0, as with
// Xapian::BoolWeight, but it declares that it reads the wdf.
//
// Why not BoolWeight: Xapian 1.4.22 replaces the posting list of a term that every document
// holds by its "all documents" list when the weighting scheme reads no wdf, and on a glass
// database whose docids have gaps (a replaced or deleted article leaves one) that list then
// fails with "DatabaseCorruptError: Unexpected end of posting list for 'the'" although the
// database is sound (xapian-check finds nothing; Xapian's own databases fail alike). A
// scheme that reads the wdf never takes that path. Reading the wdf costs a few instructions
// per posting.

#include <xapian.h>

#include <string>

namespace rostra {

/// Zero for every match; asks Xapian for the wdf only so that it keeps every posting list.
class CountWeight : public Xapian::Weight {
 public:
  CountWeight();
  CountWeight* clone() const override;
  std::string name() const override;
  double get_sumpart(Xapian::termcount wdf, Xapian::termcount doclen,
                     Xapian::termcount uniqterms) const override;
  double get_maxpart() const override;
  double get_sumextra(Xapian::termcount doclen, Xapian::termcount uniqterms) const override;
  double get_maxextra() const override;

 private:
  void init(double factor) override;
};

}  // namespace rostra
