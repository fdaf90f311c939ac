#include "common/query/positional_decider.h"

#include "common/base/errors.h"
#include "common/schema/schema.h"

namespace rostra {

PositionalDecider::PositionalDecider(
    const std::vector<std::shared_ptr<const PositionalPattern>>& patterns, TokenStoreReader* tokens)
    : tokens_(tokens) {
  matchers_.reserve(patterns.size());
  for (const auto& pattern : patterns) {
    matchers_.emplace_back(*pattern);
    needs_spans_ = needs_spans_ || matchers_.back().needs_spans();
  }
}

bool PositionalDecider::operator()(const Xapian::Document& doc) const {
  std::string_view bytes = tokens_->record(doc.get_value(schema::kSlotTokens));
  if (!parse_token_record(bytes, record_, needs_spans_)) {
    throw DatabaseError("malformed token record for document " + std::to_string(doc.get_docid()) +
                        " (damaged index)");
  }
  for (PositionalMatcher& matcher : matchers_) {
    if (!matcher.matches(record_)) return false;
  }
  return true;
}

}  // namespace rostra
