#include "common/query/positional_pattern.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
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

void FirstByteSet::add(WordId id) {
  const auto first = static_cast<std::uint8_t>(id < 0x80 ? id : ((id & 0x7f) | 0x80));
  if (of[first] != 0) return;
  of[first] = 1;
#if defined(__SSE2__)
  vectors[count] = _mm_set1_epi8(static_cast<char>(first));
#endif
  ++count;
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
  for (WordId id : all) wanted_.add(id);
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
    if (!run_.bytes.empty()) run_ends_.add(run_.bytes);
  }
  // A window no wider than the gap at a break never crosses one (see around()).
  if (pattern_.kind == PositionalPattern::Kind::kNear && pattern_.words.size() > 1 &&
      pattern_.window <= schema::kFieldPositionGap) {
    anchor_ = rarest_word();
    if (anchor_ != SIZE_MAX) {
      std::vector<WordId> forms = pattern_.words[anchor_];
      std::sort(forms.begin(), forms.end());
      forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
      for (WordId id : forms) {
        if (anchor_forms_.size() % BytePairs::kMax == 0) anchor_pairs_.emplace_back();
        anchor_forms_.emplace_back();
        put_varint(anchor_forms_.back(), id);
        anchor_pairs_.back().add(anchor_forms_.back());
      }
    }
  }
  if (pattern_.kind == PositionalPattern::Kind::kSameSentence ||
      pattern_.kind == PositionalPattern::Kind::kSameParagraph) {
    same_unit_ = std::make_shared<SameUnitMatcher>(
        pattern_.kind == PositionalPattern::Kind::kSameSentence ? TextUnit::kSentence
                                                                : TextUnit::kParagraph,
        pattern_.operands);
  }
  if (pattern_.kind == PositionalPattern::Kind::kNearOperands) {
    operand_near_ =
        std::make_shared<OperandNearMatcher>(pattern_.operands, pattern_.window, pattern_.ordered);
  }
}

std::size_t PositionalMatcher::rarest_word() const {
  const std::vector<std::vector<WordId>>& words = pattern_.words;
  std::size_t rarest = SIZE_MAX;
  if (pattern_.frequencies.size() == words.size()) {
    for (std::size_t w = 0; w < words.size(); ++w) {
      if (!words[w].empty() &&
          (rarest == SIZE_MAX || pattern_.frequencies[w] < pattern_.frequencies[rarest])) {
        rarest = w;
      }
    }
    return rarest;
  }
  // Ids are given in order of first use, so the word whose lowest id is highest has the
  // rarest most common form.
  WordId best = 0;
  for (std::size_t w = 0; w < words.size(); ++w) {
    if (words[w].empty()) continue;
    const WordId lowest = *std::min_element(words[w].begin(), words[w].end());
    if (rarest == SIZE_MAX || lowest > best) {
      rarest = w;
      best = lowest;
    }
  }
  return rarest;
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

template <typename Visit>
void PositionalMatcher::scan_word_starts(std::string_view stream, const FirstByteSet& wanted_bytes,
                                         Visit&& visit) const {
  // Positions come from counting, not decoding: a position advances at each byte that ends
  // a word (below 0x80) and by the paragraph gap at a break (0x00). Only a word whose first
  // byte is wanted is visited.
  const auto* bytes = reinterpret_cast<const unsigned char*>(stream.data());
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
    for (std::size_t k = 0; k < wanted_bytes.count; ++k) {
      wanted |=
          static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, wanted_bytes.vectors[k])));
    }
    wanted &= ((ends << 1) | at_start) & 0xffffu;
    while (wanted != 0) {
      const int j = __builtin_ctz(wanted);
      const unsigned below = (1u << j) - 1;
      visit(stream.data() + i + j, position + bits16(word_ends & below) +
                                       schema::kFieldPositionGap * bits16(breaks & below));
      wanted &= wanted - 1;
    }
    position += bits16(word_ends) + schema::kFieldPositionGap * bits16(breaks);
    at_start = (ends >> 15) & 1u;
  }
#endif
  for (; i < n; ++i) {
    const unsigned char b = bytes[i];
    if ((at_start & wanted_bytes.of[b]) != 0) [[unlikely]] {
      visit(stream.data() + i, position);
    }
    position += steps_[b];
    at_start = b >> 7 ^ 1u;
  }
}

void PositionalMatcher::collect_hits(std::string_view stream) {
  hits_.clear();
  const char* end = stream.data() + stream.size();
  scan_word_starts(stream, wanted_, [&](const char* word, std::uint32_t position) {
    add_hits(word, end, position);
  });
}

template <typename Visit>
bool PositionalMatcher::find_anchor(std::string_view stream, std::size_t group,
                                    Visit&& visit) const {
  // Places where a form's first and last bytes stand, then the whole encoding at a word
  // start. memchr for each form's first byte stopped at every word sharing it and was most
  // of a NEAR count on long transcripts.
  const char* data = stream.data();
  const std::size_t forms =
      std::min(BytePairs::kMax, anchor_forms_.size() - group * BytePairs::kMax);
  return find_byte_pairs(stream, 0, stream.size(), anchor_pairs_[group], [&](std::size_t at) {
    if (at > 0 && static_cast<unsigned char>(data[at - 1]) >= 0x80) return false;
    for (std::size_t k = 0; k < forms; ++k) {
      const std::string& form = anchor_forms_[group * BytePairs::kMax + k];
      if (form.size() <= stream.size() - at &&
          std::memcmp(data + at, form.data(), form.size()) == 0) {
        return visit(at, at + form.size());  // encodings are prefix-free: one form at most
      }
    }
    return false;
  });
}

std::pair<std::size_t, std::size_t> PositionalMatcher::around(std::string_view stream,
                                                              std::size_t from,
                                                              std::size_t to) const {
  // Back and forth `reach` words, stopping at a break: a word beyond a break stands at least
  // kFieldPositionGap positions away, at or beyond the window.
  const auto* s = reinterpret_cast<const unsigned char*>(stream.data());
  const std::size_t n = stream.size();
  const std::size_t reach = pattern_.window - 1;  // words on each side a match may use
  for (std::size_t k = 0; k < reach && from > 0 && s[from - 1] != 0; ++k) {
    --from;  // the previous word's last byte
    while (from > 0 && s[from - 1] >= 0x80) --from;
  }
  for (std::size_t k = 0; k < reach && to < n && s[to] != 0; ++k) {
    while (to < n && s[to] >= 0x80) ++to;
    if (to < n) ++to;
  }
  return {from, to};
}

bool PositionalMatcher::has_run(std::string_view stream, std::size_t from, std::size_t to) const {
  const std::string& run = run_.bytes;
  const std::size_t size = run.size();
  if (size < 2 || to > stream.size() || from > to || to - from < size) {
    return contains_word_run(stream, run_, from, to);
  }
  // Where the run's first and last bytes both stand `size` - 1 apart, then the whole run at a
  // word boundary. The pair of bytes turns away nearly every place at once; searching for the
  // rarest word alone (contains_word_run) stopped at each byte equal to its first, and a
  // word's first byte is one of 128 continuation bytes shared by many words (memchr and
  // memcmp were a fifth of a phrase count on real text).
  const char* s = stream.data();
  return find_byte_pairs(stream, from, to, run_ends_, [&](std::size_t at) {
    return std::memcmp(s + at, run.data(), size) == 0 &&
           (at == from || static_cast<unsigned char>(s[at - 1]) < 0x80);
  });
}

bool PositionalMatcher::scoped_speaker(std::string_view speaker) const {
  if (pattern_.speakers.empty()) return true;
  return std::find(pattern_.speakers.begin(), pattern_.speakers.end(), speaker) !=
         pattern_.speakers.end();
}

bool PositionalMatcher::matches(const TokenRecordView& record) {
  if (same_unit_) return same_unit_->matches(record);
  if (operand_near_) return operand_near_->matches(record);
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
  if (single_ids_) return has_run(stream, from, to);
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
  if (anchor_ == SIZE_MAX) return near_in_hits(stream);
  // Every match holds the anchor word, and its other words stand within the window of it:
  // only the words around the anchor's occurrences are read (a whole record's words were
  // three quarters of a NEAR count on real text). Overlapping ranges are merged; a range is
  // checked once the next one starts past it, so with one scan (up to BytePairs::kMax forms)
  // a match early in a long record ends the scan there.
  std::pair<std::size_t, std::size_t> range;
  bool open = false;
  auto add = [&](std::size_t at, std::size_t end) {  // true: a match
    const auto [from, to] = around(stream, at, end);
    if (open && from <= range.second) {
      range.second = std::max(range.second, to);
      return false;
    }
    if (open && near_in_hits(stream.substr(range.first, range.second - range.first))) return true;
    range = {from, to};
    open = true;
    return false;
  };
  if (anchor_pairs_.size() == 1) {
    if (find_anchor(stream, 0, add)) return true;
  } else {
    anchor_hits_.clear();
    for (std::size_t group = 0; group < anchor_pairs_.size(); ++group) {
      find_anchor(stream, group, [&](std::size_t at, std::size_t end) {
        anchor_hits_.emplace_back(at, end);
        return false;
      });
    }
    std::sort(anchor_hits_.begin(), anchor_hits_.end());
    for (const auto& [at, end] : anchor_hits_) {
      if (add(at, end)) return true;
    }
  }
  return open && near_in_hits(stream.substr(range.first, range.second - range.first));
}

bool PositionalMatcher::near_in_hits(std::string_view stream) {
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
  std::vector<std::uint32_t>& counts = word_counts_;  // kept: one range after another
  counts.assign(n, 0);
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
