#pragma once
// The documents a Xapian query matches, by unique id term: what positional tests compare.

#include <xapian.h>

#include <set>
#include <string>

namespace rostra::testing {

/// The unique id term ("Q…") of each document of `db` matching `query`.
inline std::set<std::string> matching_ids(const Xapian::Database& db, const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
  std::set<std::string> out;
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    Xapian::TermIterator t = db.termlist_begin(*it);
    t.skip_to("Q");
    out.insert(*t);
  }
  return out;
}

}  // namespace rostra::testing
