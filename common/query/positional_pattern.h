#pragma once
// What a phrase, NEAR/ADJ, title: or quote: query asks of a document's word positions, and
// the check of one token record against it. Pure: no Xapian (positional_filter.h applies it
// to Xapian's candidates).

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "common/query/byte_pairs.h"
#include "common/query/operand_near_matcher.h"
#include "common/query/same_unit_matcher.h"
#include "common/tokens/token_record.h"

namespace rostra {

/// A positional condition on one document.
struct PositionalPattern {
  enum class Kind {
    kPhrase,         ///< the words at consecutive positions, in order
    kNear,           ///< every word within `window` positions (ordered: in the order given)
    kSameSentence,   ///< every one of `operands` in one sentence (w/s)
    kSameParagraph,  ///< every one of `operands` in one paragraph (w/p)
    kNearOperands,   ///< every one of `operands` within `window` words (NEAR/ADJ with
                     ///< phrases or OR-groups: operand_near_matcher.h)
  };
  enum class Scope {
    kText,    ///< anywhere in the text stream (articles: title, lead and body)
    kTitle,   ///< in the title stream
    kQuotes,  ///< inside one quote span of the text stream
  };

  Kind kind = Kind::kPhrase;
  Scope scope = Scope::kText;
  /// Per query word, the ids it matches: one for a phrase word; a word's indexed forms for
  /// NEAR/ADJ. REQUIRES: non-empty, each entry non-empty.
  std::vector<std::vector<WordId>> words;
  /// kNear: the first and last matched words stand less than `window` positions apart
  /// (Xapian's OP_NEAR window). REQUIRES: window >= words.size().
  unsigned window = 0;
  bool ordered = false;  ///< kNear: the words in the order given (ADJ).
  /// kNear: per query word, how often its forms occur in the databases searched, when known
  /// (one entry a word): the rarest word's occurrences are looked for first. Empty: guessed
  /// from the ids. Either way the matches are the same.
  std::vector<std::uint64_t> frequencies;
  /// kQuotes: only spans of these speakers (fold_case'd); empty: any quote span.
  std::vector<std::string> speakers;
  /// kSameSentence, kSameParagraph, kNearOperands: the operands (then `words` lists every
  /// id they use). kNearOperands reads `window` as the N of NEAR/N and `ordered`.
  std::vector<UnitOperand> operands;
};

/// A set of word ids, each tagged with the query words it stands for, tuned for the common
/// answer "none": one bit test turns most ids away before a search.
class WordIdSet {
 public:
  WordIdSet() = default;
  explicit WordIdSet(const std::vector<std::vector<WordId>>& words);

  /// Calls `visit(word index)` for each query word `id` stands for.
  template <typename Visit>
  void for_each_word_of(WordId id, Visit&& visit) const {
    if ((bits_[(id >> 6) % kBitWords] & (std::uint64_t{1} << (id & 63))) == 0) return;
    for (std::size_t i = lower_bound(id); i < entries_.size() && entries_[i].first == id; ++i) {
      visit(entries_[i].second);
    }
  }

 private:
  static constexpr std::size_t kBitWords = 16;
  std::size_t lower_bound(WordId id) const;
  std::uint64_t bits_[kBitWords] = {};
  std::vector<std::pair<WordId, std::uint32_t>> entries_;  // (id, word index), sorted
};

/// The first bytes of a set of word ids' encodings, for finding where those words may start
/// in a stream without decoding every word.
struct FirstByteSet {
  void add(WordId id);
  std::uint8_t of[256] = {};  ///< 1 when an id's encoding starts with this byte
#if defined(__SSE2__)
  __m128i vectors[256];  ///< each first byte, sixteen times
#endif
  std::size_t count = 0;  ///< distinct first bytes
};

/// Checks token records against one pattern; keeps what it precomputes. Not thread-safe.
class PositionalMatcher {
 public:
  explicit PositionalMatcher(PositionalPattern pattern);

  /// Whether `record` (a well-formed parsed record) matches.
  bool matches(const TokenRecordView& record);

  const PositionalPattern& pattern() const { return pattern_; }

  /// Whether matches() reads the record's quote spans (parse them for it).
  bool needs_spans() const { return pattern_.scope == PositionalPattern::Scope::kQuotes; }

 private:
  bool phrase_in(std::string_view stream, std::size_t from, std::size_t to);
  // Whether stream[from, to) holds run_ at a word boundary (`from` is one).
  bool has_run(std::string_view stream, std::size_t from, std::size_t to) const;
  bool near_in(std::string_view stream);
  // The word a NEAR looks for first (see anchor_), or SIZE_MAX when every word is empty.
  std::size_t rarest_word() const;
  // NEAR over the hits of every word in `stream`.
  bool near_in_hits(std::string_view stream);
  // Calls `visit(start, end)` (true: stop) at each occurrence of a form of the anchor word
  // (see anchor_) of the forms in anchor_pairs_[group], in order; returns whether it stopped.
  template <typename Visit>
  bool find_anchor(std::string_view stream, std::size_t group, Visit&& visit) const;
  // The bytes of `stream` around the word at [from, to) that hold every word within the
  // window of it (up to a break).
  std::pair<std::size_t, std::size_t> around(std::string_view stream, std::size_t from,
                                             std::size_t to) const;
  // Calls `visit(word start, position)` at each word of `stream` whose first byte is in
  // `bytes`.
  template <typename Visit>
  void scan_word_starts(std::string_view stream, const FirstByteSet& bytes, Visit&& visit) const;
  // Fills hits_ with the (position, word index) of every wanted word of `stream`.
  void collect_hits(std::string_view stream);
  // Adds the hits of the word encoded at `word` (before `end`), standing at `position`.
  void add_hits(const char* word, const char* end, std::uint32_t position);
  // Whether hits_[from, to) give every word a position of its own.
  bool distinct_positions(std::size_t from, std::size_t to);
  bool scoped_speaker(std::string_view speaker) const;

  PositionalPattern pattern_;
  std::shared_ptr<SameUnitMatcher> same_unit_;        // for kSameSentence, kSameParagraph
  std::shared_ptr<OperandNearMatcher> operand_near_;  // for kNearOperands
  WordIdSet ids_;
  bool single_ids_ = true;        // every word has one id: phrases are a byte search
  bool shared_ids_ = false;       // some id stands for two words: NEAR must keep positions apart
  WordRun run_;                   // the encoded phrase, when single_ids_
  BytePairs run_ends_;            // its first and last bytes
  FirstByteSet wanted_;           // every word's ids
  std::uint8_t steps_[256] = {};  // how far a byte moves the position
  // NEAR within a paragraph: the query word whose occurrences are looked for first (the
  // rarest: see PositionalPattern::frequencies), or SIZE_MAX when the window can cross a
  // break.
  std::size_t anchor_ = SIZE_MAX;
  std::vector<std::string> anchor_forms_;  // the encodings of its distinct ids
  // Their first and last bytes, up to BytePairs::kMax forms a scan: anchor_forms_[k] is
  // pair k % kMax of anchor_pairs_[k / kMax].
  std::vector<BytePairs> anchor_pairs_;
  // Scratch for NEAR and multi-id phrases: (position, word index) occurrences.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> hits_;
  // NEAR with more forms than one scan takes: the anchor's occurrences (bytes), sorted.
  std::vector<std::pair<std::size_t, std::size_t>> anchor_hits_;
  // Scratch for unordered NEAR: per query word, its occurrences in the window.
  std::vector<std::uint32_t> word_counts_;
};

}  // namespace rostra
