#pragma once
// NEAR/N and ADJ/N (w/N, pre/N) between phrases and OR-groups, not only plain words:
// whether one occurrence of every operand stands within N words of the others, checked on a
// document's token record. Pure: no Xapian.

#include <cstdint>
#include <vector>

#include "common/query/same_unit_matcher.h"
#include "common/tokens/token_record.h"

namespace rostra {

/// Checks the text stream of token records for `(a OR b) w/5 "c d"`-style proximity. Each
/// operand occurrence counts as one word: two occurrences are within N words when at most
/// N - 1 words stand between them, as for plain words (`a w/5 b` is |pos a - pos b| <= 5).
/// With more than two operands, the span from the first occurrence to the last, every
/// occurrence counted as one word, is at most N + (operands - 2) words, as Xapian's OP_NEAR
/// window reads it for plain words. Occurrences never share a position. Ordered (ADJ, pre/N):
/// each operand's occurrence ends before the next one's starts. A phrase stands at
/// consecutive positions, so it never crosses a paragraph break; the window never reaches
/// across one either, since a break adds schema::kFieldPositionGap positions.
/// Not thread-safe (keeps scratch buffers).
class OperandNearMatcher {
 public:
  /// REQUIRES: at least two operands; each operand, phrase and word non-empty; distance >= 1.
  OperandNearMatcher(std::vector<UnitOperand> operands, unsigned distance, bool ordered);

  /// Whether the text stream of `record` (well-formed) holds the operands that close. False
  /// for a malformed stream, and false after 20 million placement steps on one record (only
  /// three or more operands in a window of thousands of words, each occurring thousands of
  /// times, come near it), so that no record can hang a search.
  bool matches(const TokenRecordView& record);

 private:
  struct Occurrence {
    std::uint32_t start;  // position of its first word
    std::uint32_t end;    // position of its last word
  };
  // Fills words_ with the (position, id) of every word of the text stream.
  bool read_words(const TokenRecordView& record);
  // Every occurrence of `operand`, by start position.
  void occurrences_of(const UnitOperand& operand, std::vector<Occurrence>& out) const;
  bool phrase_at(const PhraseIds& phrase, std::size_t at) const;
  // Whether operands i.. can be placed around the occurrences chosen so far.
  bool place(std::size_t i);

  std::vector<UnitOperand> operands_;
  unsigned distance_;
  bool ordered_;
  std::vector<std::pair<std::uint32_t, WordId>> words_;
  std::vector<std::vector<Occurrence>> found_;  // per operand
  std::vector<Occurrence> chosen_;              // one per operand placed so far
  std::vector<std::int64_t> longest_;           // per operand: its longest phrase, minus one
  std::vector<std::int64_t> later_extra_;       // per operand: longest_ summed over those after it
  std::uint64_t steps_ = 0;                     // work done by place(), bounded
};

}  // namespace rostra
