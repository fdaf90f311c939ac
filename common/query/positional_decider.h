#pragma once
// Checks deferred positional conditions (QueryBuilder::set_defer_positional) as a match
// decider: Xapian consults it only for documents that could still enter the page, so a
// top-k search reads few token records.

#include <xapian.h>

#include <memory>
#include <vector>

#include "common/query/positional_pattern.h"
#include "common/tokens/token_store.h"

namespace rostra {

/// Accepts the documents whose token record matches every pattern. `tokens` reads the
/// records of the databases searched and must outlive the decider; one thread at a time.
class PositionalDecider : public Xapian::MatchDecider {
 public:
  PositionalDecider(const std::vector<std::shared_ptr<const PositionalPattern>>& patterns,
                    TokenStoreReader* tokens);

  bool operator()(const Xapian::Document& doc) const override;

 private:
  TokenStoreReader* tokens_;
  mutable std::vector<PositionalMatcher> matchers_;
  mutable TokenRecordView record_;
  bool needs_spans_ = false;
};

}  // namespace rostra
