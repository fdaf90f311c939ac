#include "common/query/operand_near_matcher.h"

#include <algorithm>
#include <cstdint>
#include <utility>

namespace rostra {
namespace {

// place() tries only occurrences within the window of those already chosen, so two
// operands cost about (occurrences of the first) x (those of the second within the window).
// Three or more operands with a window of thousands of words, each occurring thousands of
// times in one record, could try very many combinations when none fits: past this many
// steps on one record it stops and answers "no" rather than hang the search.
constexpr std::uint64_t kMaxPlacementSteps = 20'000'000;

}  // namespace

OperandNearMatcher::OperandNearMatcher(std::vector<UnitOperand> operands, unsigned distance,
                                       bool ordered)
    : operands_(std::move(operands)), distance_(distance), ordered_(ordered) {
  for (const UnitOperand& operand : operands_) {
    std::size_t longest = 1;
    for (const PhraseIds& phrase : operand) longest = std::max(longest, phrase.size());
    longest_.push_back(static_cast<std::int64_t>(longest) - 1);
  }
  later_extra_.assign(operands_.size() + 1, 0);
  for (std::size_t i = operands_.size(); i-- > 0;) {
    later_extra_[i] = later_extra_[i + 1] + (i + 1 < operands_.size() ? longest_[i + 1] : 0);
  }
}

bool OperandNearMatcher::read_words(const TokenRecordView& record) {
  words_.clear();
  return for_each_word(record.text, [this](std::uint32_t position, WordId id) {
    words_.emplace_back(position, id);
  });
}

bool OperandNearMatcher::phrase_at(const PhraseIds& phrase, std::size_t at) const {
  if (at + phrase.size() > words_.size()) return false;
  for (std::size_t k = 0; k < phrase.size(); ++k) {
    const auto& [position, id] = words_[at + k];
    if (position != words_[at].first + k) return false;  // a break inside
    if (std::find(phrase[k].begin(), phrase[k].end(), id) == phrase[k].end()) return false;
  }
  return true;
}

void OperandNearMatcher::occurrences_of(const UnitOperand& operand,
                                        std::vector<Occurrence>& out) const {
  out.clear();
  for (std::size_t at = 0; at < words_.size(); ++at) {
    for (const PhraseIds& phrase : operand) {
      if (phrase_at(phrase, at)) {
        const auto length = static_cast<std::uint32_t>(phrase.size());
        out.push_back({words_[at].first, words_[at].first + length - 1});
      }
    }
  }
}

bool OperandNearMatcher::place(std::size_t i) {
  if (i == operands_.size()) return true;
  // Counting each chosen occurrence as one word, the final choice spans at most `allowed`.
  // Occurrences still to be chosen can only lower the count by their own extra words (a
  // phrase between two chosen ones), so a partial choice is kept while it could still fit.
  const std::int64_t allowed = distance_ + static_cast<std::int64_t>(operands_.size()) - 2;
  const std::int64_t slack = allowed + later_extra_[i];
  std::int64_t first = INT64_MAX;
  std::int64_t last = 0;
  std::int64_t extra = 0;  // words beyond one per chosen occurrence
  for (std::size_t k = 0; k < i; ++k) {
    first = std::min<std::int64_t>(first, chosen_[k].start);
    last = std::max<std::int64_t>(last, chosen_[k].end);
    extra += chosen_[k].end - chosen_[k].start;
  }
  // Occurrences are sorted by start: only those starting in [low, high] can fit.
  const std::vector<Occurrence>& candidates = found_[i];
  auto it = candidates.begin();
  std::int64_t high = INT64_MAX;
  if (i > 0) {
    const std::int64_t low = last - slack - extra - longest_[i];
    high = first + slack + extra;
    it = std::lower_bound(candidates.begin(), candidates.end(), low,
                          [](const Occurrence& o, std::int64_t v) { return o.start < v; });
  }
  for (; it != candidates.end() && it->start <= high; ++it) {
    if (++steps_ > kMaxPlacementSteps) return false;
    const Occurrence& next = *it;
    if (ordered_ && i > 0 && next.start <= chosen_[i - 1].end) continue;
    bool apart = true;
    for (std::size_t k = 0; k < i && apart; ++k) {
      apart = next.end < chosen_[k].start || chosen_[k].end < next.start;
    }
    const std::int64_t span = std::max<std::int64_t>(last, next.end) -
                              std::min<std::int64_t>(first, next.start) - extra -
                              (next.end - next.start);
    if (!apart || (i > 0 && span > slack)) continue;
    chosen_[i] = next;
    if (place(i + 1)) return true;
  }
  return false;
}

bool OperandNearMatcher::matches(const TokenRecordView& record) {
  if (operands_.size() < 2 || !read_words(record)) return false;
  found_.resize(operands_.size());
  for (std::size_t i = 0; i < operands_.size(); ++i) {
    occurrences_of(operands_[i], found_[i]);
    if (found_[i].empty()) return false;
  }
  chosen_.assign(operands_.size(), Occurrence{0, 0});
  steps_ = 0;
  return place(0);
}

}  // namespace rostra
