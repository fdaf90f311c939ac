#pragma once
// The plain form of a Xapian document without positions: what the bulk glass writer takes.

#include <xapian.h>

#include <string>
#include <utility>
#include <vector>

namespace rostra {

/// One document as the bulk writer takes it: distinct terms with their wdf (wdf 0 allowed,
/// e.g. boolean filter terms), non-empty values by slot, and the document data.
/// No positions: the databases the bulk writer writes have no position table.
struct BulkDocument {
  std::vector<std::pair<std::string, Xapian::termcount>> terms;  // any order, each term once
  std::vector<std::pair<Xapian::valueno, std::string>> values;   // any order, each slot once
  std::string data;
};

}  // namespace rostra
