#pragma once
// `w/s` and `w/p`: whether words, phrases and OR-groups of them stand in one sentence or one
// paragraph of a document's text, checked on its token record. Pure: no Xapian.

#include <cstdint>
#include <vector>

#include "common/tokens/token_record.h"

namespace rostra {

/// One phrase as the ids each of its words may have (a single word is a phrase of one).
using PhraseIds = std::vector<std::vector<WordId>>;
/// One operand of w/s or w/p: any of its phrases (an OR-group has several).
using UnitOperand = std::vector<PhraseIds>;

/// The unit two operands must share.
enum class TextUnit { kSentence, kParagraph };

/// Checks token records for every operand occurring in one sentence (or one paragraph) of
/// the text stream. A phrase occurs in a unit when all its words stand in it, consecutively.
/// Sentences and paragraphs are those of the token stream (word_tokenizer.h), as the record
/// stores them (token_record.h). Not thread-safe (keeps scratch buffers).
class SameUnitMatcher {
 public:
  /// REQUIRES: operands non-empty; each operand, phrase and word non-empty.
  SameUnitMatcher(TextUnit unit, std::vector<UnitOperand> operands);

  /// Whether `record` (well-formed) has a unit holding every operand. False for a record
  /// whose sentence list is malformed.
  bool matches(const TokenRecordView& record);

 private:
  // Fills words_ with the text stream's words and the number of the unit each stands in.
  bool read_words(const TokenRecordView& record);
  // The units in which `operand` occurs, ascending and distinct, into `units`.
  void units_of(const UnitOperand& operand, std::vector<std::uint32_t>& units) const;
  // Whether `phrase` stands at words_[at...] inside one unit.
  bool phrase_at(const PhraseIds& phrase, std::size_t at) const;

  struct Word {
    WordId id;
    std::uint32_t unit;
  };
  TextUnit unit_;
  std::vector<UnitOperand> operands_;
  std::vector<Word> words_;
  std::vector<std::uint32_t> starts_;
  std::vector<std::uint32_t> units_;
  std::vector<std::uint32_t> common_;
};

}  // namespace rostra
