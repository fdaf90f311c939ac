#include "common/query/same_unit_matcher.h"

#include <algorithm>
#include <iterator>

#include "common/base/varint.h"

namespace rostra {

SameUnitMatcher::SameUnitMatcher(TextUnit unit, std::vector<UnitOperand> operands)
    : unit_(unit), operands_(std::move(operands)) {}

bool SameUnitMatcher::read_words(const TokenRecordView& record) {
  words_.clear();
  if (unit_ == TextUnit::kSentence) {
    if (!sentence_starts(record, starts_)) return false;
  } else {
    starts_.clear();
  }
  const char* const begin = record.text.data();
  const char* p = begin;
  const char* const end = p + record.text.size();
  std::uint32_t unit = 0;
  std::size_t next_start = 0;  // in starts_
  while (p < end) {
    if (*p == '\0') {
      ++unit;  // a paragraph ends every sentence too
      ++p;
      continue;
    }
    const auto offset = static_cast<std::uint32_t>(p - begin);
    if (next_start < starts_.size() && starts_[next_start] == offset) {
      ++unit;
      ++next_start;
    }
    std::uint32_t id = 0;
    if (!get_varint(p, end, id)) return false;
    words_.push_back(Word{id, unit});
  }
  return true;
}

bool SameUnitMatcher::phrase_at(const PhraseIds& phrase, std::size_t at) const {
  if (at + phrase.size() > words_.size()) return false;
  const std::uint32_t unit = words_[at].unit;
  for (std::size_t k = 0; k < phrase.size(); ++k) {
    const Word& word = words_[at + k];
    if (word.unit != unit ||
        std::find(phrase[k].begin(), phrase[k].end(), word.id) == phrase[k].end()) {
      return false;
    }
  }
  return true;
}

void SameUnitMatcher::units_of(const UnitOperand& operand,
                               std::vector<std::uint32_t>& units) const {
  units.clear();
  for (std::size_t at = 0; at < words_.size(); ++at) {
    if (!units.empty() && units.back() == words_[at].unit) continue;  // unit already found
    for (const PhraseIds& phrase : operand) {
      if (phrase_at(phrase, at)) {
        units.push_back(words_[at].unit);
        break;
      }
    }
  }
}

bool SameUnitMatcher::matches(const TokenRecordView& record) {
  if (operands_.empty() || !read_words(record)) return false;
  // The units holding the first operand, narrowed by each of the others.
  units_of(operands_[0], common_);
  for (std::size_t i = 1; i < operands_.size() && !common_.empty(); ++i) {
    units_of(operands_[i], units_);
    std::vector<std::uint32_t> both;
    std::set_intersection(common_.begin(), common_.end(), units_.begin(), units_.end(),
                          std::back_inserter(both));
    common_.swap(both);
  }
  return !common_.empty();
}

}  // namespace rostra
