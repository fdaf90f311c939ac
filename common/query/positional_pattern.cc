#include "common/query/positional_pattern.h"

#include <algorithm>
#include <cstdint>
#include <functional>

#include "common/base/varint.h"
#include "common/schema/schema.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace rostra {

WordIdSet::WordIdSet(const std::vector<std::vector<WordId>>& words) {
  for (std::size_t w = 0; w < words.size(); ++w) {
    for (WordId id : words[w]) {
      bits_[(id >> 6) % kBitWords] |= std::uint64_t{1} << (id & 63);
      entries_.emplace_back(id, static_cast<std::uint32_t>(w));
    }
  }
  std::sort(entries_.begin(), entries_.end());
}

std::size_t WordIdSet::lower_bound(WordId id) const {
  return static_cast<std::size_t>(
      std::lower_bound(entries_.begin(), entries_.end(), std::make_pair(id, 0u)) -
      entries_.begin());
}

PositionalMatcher::PositionalMatcher(PositionalPattern pattern)
    : pattern_(std::move(pattern)), ids_(pattern_.words) {
  std::vector<WordId> all;
  for (const std::vector<WordId>& word : pattern_.words) {
    std::vector<WordId> distinct(word.begin(), word.end());
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    all.insert(all.end(), distinct.begin(), distinct.end());
  }
  std::sort(all.begin(), all.end());
  shared_ids_ = std::adjacent_find(all.begin(), all.end()) != all.end();
  for (WordId id : all) first_bytes_[id < 0x80 ? id : ((id & 0x7f) | 0x80)] = 1;
#if defined(__SSE2__)
  for (unsigned b = 0; b < 256; ++b) {
    if (first_bytes_[b]) {
      first_byte_vectors_[first_byte_count_++] = _mm_set1_epi8(static_cast<char>(b));
    }
  }
#endif
  static_assert(schema::kFieldPositionGap < 256);
  for (unsigned b = 0; b < 256; ++b) {
    steps_[b] = static_cast<std::uint8_t>(b == 0 ? schema::kFieldPositionGap : (b < 0x80 ? 1 : 0));
  }
  std::vector<WordId> ids;
  for (const std::vector<WordId>& word : pattern_.words) {
    if (word.size() != 1) single_ids_ = false;
    if (!word.empty()) ids.push_back(word.front());
  }
  if (single_ids_ && pattern_.kind == PositionalPattern::Kind::kPhrase) {
    run_ = encode_word_run(ids);
  }
  if (pattern_.kind == PositionalPattern::Kind::kSameSentence ||
      pattern_.kind == PositionalPattern::Kind::kSameParagraph) {
    same_unit_ = std::make_shared<SameUnitMatcher>(
        pattern_.kind == PositionalPattern::Kind::kSameSentence ? TextUnit::kSentence
                                                                : TextUnit::kParagraph,
        pattern_.operands);
  }
}

namespace {

// Bits set in a 16-bit mask, by table: x86-64's baseline has no popcount instruction, and
// GCC's builtin then calls a library function.
struct BitCounts {
  std::uint8_t of[256];
  constexpr BitCounts() : of() {
    for (unsigned i = 0; i < 256; ++i) of[i] = static_cast<std::uint8_t>((i & 1) + of[i / 2]);
  }
};
constexpr BitCounts kBitCounts;

inline std::uint32_t bits16(unsigned mask) {
  return kBitCounts.of[mask & 0xffu] + kBitCounts.of[(mask >> 8) & 0xffu];
}

}  // namespace

void PositionalMatcher::add_hits(const char* word, const char* end, std::uint32_t position) {
  std::uint32_t id = 0;
  if (get_varint(word, end, id)) {
    ids_.for_each_word_of(id, [&](std::uint32_t w) { hits_.emplace_back(position, w); });
  }
}

void PositionalMatcher::collect_hits(std::string_view stream) {
  // Positions come from counting, not decoding: a position advances at each byte that ends
  // a word (below 0x80) and by the paragraph gap at a break (0x00). Only a word whose first
  // byte some wanted id starts with is decoded and looked up.
  hits_.clear();
  const auto* bytes = reinterpret_cast<const unsigned char*>(stream.data());
  const char* end = stream.data() + stream.size();
  const std::size_t n = stream.size();
  std::uint32_t position = 1;
  unsigned at_start = 1;  // the byte before ended a word, or the stream starts
  std::size_t i = 0;
#if defined(__SSE2__)
  // Sixteen bytes at a time (SSE2, on every x86-64): masks of word ends, breaks and wanted
  // first bytes, and popcounts for the positions.
  const __m128i zero = _mm_setzero_si128();
  for (; i + 16 <= n; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + i));
    const unsigned ends = ~static_cast<unsigned>(_mm_movemask_epi8(v)) & 0xffffu;
    const unsigned breaks = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, zero)));
    const unsigned word_ends = ends & ~breaks;
    unsigned wanted = 0;
    for (std::size_t k = 0; k < first_byte_count_; ++k) {
      wanted |= static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, first_byte_vectors_[k])));
    }
    wanted &= ((ends << 1) | at_start) & 0xffffu;
    while (wanted != 0) {
      const int j = __builtin_ctz(wanted);
      const unsigned below = (1u << j) - 1;
      add_hits(stream.data() + i + j, end,
               position + bits16(word_ends & below) +
                   schema::kFieldPositionGap * bits16(breaks & below));
      wanted &= wanted - 1;
    }
    position += bits16(word_ends) + schema::kFieldPositionGap * bits16(breaks);
    at_start = (ends >> 15) & 1u;
  }
#endif
  for (; i < n; ++i) {
    const unsigned char b = bytes[i];
    if ((at_start & first_bytes_[b]) != 0) [[unlikely]] {
      add_hits(stream.data() + i, end, position);
    }
    position += steps_[b];
    at_start = b >> 7 ^ 1u;
  }
}

bool PositionalMatcher::scoped_speaker(std::string_view speaker) const {
  if (pattern_.speakers.empty()) return true;
  return std::find(pattern_.speakers.begin(), pattern_.speakers.end(), speaker) !=
         pattern_.speakers.end();
}

bool PositionalMatcher::matches(const TokenRecordView& record) {
  if (same_unit_) return same_unit_->matches(record);
  if (pattern_.words.empty()) return false;
  switch (pattern_.scope) {
    case PositionalPattern::Scope::kTitle:
    case PositionalPattern::Scope::kText: {
      std::string_view stream =
          pattern_.scope == PositionalPattern::Scope::kTitle ? record.title : record.text;
      if (pattern_.kind == PositionalPattern::Kind::kNear) return near_in(stream);
      return phrase_in(stream, 0, stream.size());
    }
    case PositionalPattern::Scope::kQuotes:
      for (const TokenSpan& span : record.spans) {
        if (scoped_speaker(span.speaker) && phrase_in(record.text, span.start, span.end)) {
          return true;
        }
      }
      return false;
  }
  return false;
}

bool PositionalMatcher::phrase_in(std::string_view stream, std::size_t from, std::size_t to) {
  if (single_ids_) return contains_word_run(stream, run_, from, to);
  // Some word has several forms: list the words in range, then look for a run.
  collect_hits(stream.substr(from, to - from));
  const std::size_t n = pattern_.words.size();
  for (std::size_t i = 0; i < hits_.size(); ++i) {
    if (hits_[i].second != 0) continue;
    // Word w must stand at position p + w; hits are ordered by position.
    std::uint32_t expect = hits_[i].first;
    std::size_t w = 1;
    for (std::size_t j = i + 1; j < hits_.size() && w < n; ++j) {
      if (hits_[j].first <= expect) continue;
      if (hits_[j].first > expect + 1) break;
      if (hits_[j].second == w) {
        ++w;
        ++expect;
      }
    }
    if (w == n) return true;
  }
  return false;
}

bool PositionalMatcher::near_in(std::string_view stream) {
  collect_hits(stream);
  const std::size_t n = pattern_.words.size();
  const std::uint32_t window = pattern_.window;
  if (pattern_.ordered) {
    // For each start, the earliest later occurrence of each next word is the best choice.
    for (std::size_t i = 0; i < hits_.size(); ++i) {
      if (hits_[i].second != 0) continue;
      const std::uint32_t first = hits_[i].first;
      std::uint32_t last = first;
      std::size_t w = 1;
      for (std::size_t j = i + 1; j < hits_.size() && w < n; ++j) {
        if (hits_[j].first - first >= window) break;
        if (hits_[j].second == w && hits_[j].first > last) {
          last = hits_[j].first;
          ++w;
        }
      }
      if (w == n) return true;
    }
    return false;
  }
  // Unordered: a sliding window over the occurrences that holds every word, each at a
  // position of its own (as Xapian's OP_NEAR wants: "the NEAR the" needs two of them).
  std::vector<std::uint32_t> counts(n, 0);
  std::size_t covered = 0;
  std::size_t left = 0;
  for (std::size_t right = 0; right < hits_.size(); ++right) {
    if (counts[hits_[right].second]++ == 0) ++covered;
    while (hits_[right].first - hits_[left].first >= window) {
      if (--counts[hits_[left].second] == 0) --covered;
      ++left;
    }
    if (covered == n && (!shared_ids_ || distinct_positions(left, right + 1))) return true;
  }
  return false;
}

bool PositionalMatcher::distinct_positions(std::size_t from, std::size_t to) {
  // A matching of words to positions (Kuhn's augmenting paths): words are few.
  const std::size_t n = pattern_.words.size();
  std::vector<std::size_t> owner(to - from, SIZE_MAX);  // hit -> word, per position's hits
  std::vector<bool> visited;
  std::function<bool(std::size_t)> place = [&](std::size_t word) {
    for (std::size_t h = from; h < to; ++h) {
      if (hits_[h].second != word || visited[h - from]) continue;
      visited[h - from] = true;
      // Every hit at this position competes for it.
      std::size_t first = h;
      while (first > from && hits_[first - 1].first == hits_[h].first) --first;
      std::size_t held = SIZE_MAX;
      for (std::size_t k = first; k < to && hits_[k].first == hits_[h].first; ++k) {
        if (owner[k - from] != SIZE_MAX) held = k;
      }
      if (held == SIZE_MAX || place(owner[held - from])) {
        if (held != SIZE_MAX) owner[held - from] = SIZE_MAX;
        owner[h - from] = word;
        return true;
      }
    }
    return false;
  };
  for (std::size_t word = 0; word < n; ++word) {
    visited.assign(to - from, false);
    if (!place(word)) return false;
  }
  return true;
}

}  // namespace rostra
