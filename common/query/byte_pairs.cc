#include "common/query/byte_pairs.h"

#include <cstdint>
#include <cstring>

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif

namespace rostra {

void BytePairs::add(std::string_view encoding) {
  first[count] = static_cast<unsigned char>(encoding.front());
  last[count] = static_cast<unsigned char>(encoding.back());
  distance[count] = encoding.size() - 1;
  if (distance[count] > max_distance) max_distance = distance[count];
  ++count;
}

namespace {

// The last places (or all of them, without AVX2) from `at`, one at a time, up to the first.
std::size_t scan_rest(const unsigned char* s, std::size_t& at, std::size_t to, const BytePairs& p,
                      std::size_t (&out)[kBytePairBatch]) {
  std::size_t n = 0;
  for (; at < to && n == 0; ++at) {
    for (std::size_t k = 0; k < p.count; ++k) {
      if (at + p.distance[k] < to && s[at] == p.first[k] && s[at + p.distance[k]] == p.last[k]) {
        out[n++] = at;
        break;
      }
    }
  }
  return n;
}

#if defined(__x86_64__) && defined(__GNUC__)
// How far ahead of a step the vector loops ask for the stream's bytes. A record scanned whole
// (a NEAR anchor in a long transcript, a phrase absent from its record) mostly lies outside
// the core's caches, and each step waited on its load (benchmarks/NOTES.md, perf5: a quarter
// of the scan's samples on the instruction after it); the processor's own prefetcher does
// not run far enough ahead for records of a few kilobytes. 1,024 bytes: 512 saved less,
// 2,048 no more (76,000-article real-text corpus).
constexpr std::size_t kPrefetchAhead = 1024;

inline void prefetch_ahead(const unsigned char* s, std::size_t at, std::size_t to) {
  if (at + kPrefetchAhead < to) {
    _mm_prefetch(reinterpret_cast<const char*>(s + at + kPrefetchAhead), _MM_HINT_T0);
  }
}

// Whole 32-byte steps from `at` (each pair's second load inside [at, to)), up to the first
// step with a candidate: a caller may stop at the first one.
__attribute__((target("avx2"))) std::size_t scan_avx2(const unsigned char* s, std::size_t& at,
                                                      std::size_t to, const BytePairs& p,
                                                      std::size_t (&out)[kBytePairBatch]) {
  constexpr std::size_t kStep = 32;
  __m256i first[BytePairs::kMax];
  __m256i last[BytePairs::kMax];
  for (std::size_t k = 0; k < p.count; ++k) {
    first[k] = _mm256_set1_epi8(static_cast<char>(p.first[k]));
    last[k] = _mm256_set1_epi8(static_cast<char>(p.last[k]));
  }
  std::size_t n = 0;
  for (; at + kStep + p.max_distance <= to && n == 0; at += kStep) {
    prefetch_ahead(s, at, to);
    const __m256i head = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + at));
    unsigned mask = 0;
    for (std::size_t k = 0; k < p.count; ++k) {
      const __m256i tail =
          _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + at + p.distance[k]));
      mask |= static_cast<unsigned>(_mm256_movemask_epi8(
          _mm256_and_si256(_mm256_cmpeq_epi8(head, first[k]), _mm256_cmpeq_epi8(tail, last[k]))));
    }
    for (; mask != 0; mask &= mask - 1)
      out[n++] = at + static_cast<std::size_t>(__builtin_ctz(mask));
  }
  return n;
}

// The same, 64 bytes a step. A pair's two compares are folded into one byte that is zero
// where both agree ((head ^ first) | (tail ^ last), one ternary-logic instruction after the
// xor), and the pairs into their minimum, tested once: three vector operations a pair, no
// mask register per compare (compares into masks share one execution port and were the
// limit; a NEAR count scans whole transcripts for its anchor's 3-5 forms).
__attribute__((target("avx512f,avx512bw"))) std::size_t scan_avx512(
    const unsigned char* s, std::size_t& at, std::size_t to, const BytePairs& p,
    std::size_t (&out)[kBytePairBatch]) {
  constexpr std::size_t kStep = 64;
  static_assert(kBytePairBatch >= kStep);
  __m512i first[BytePairs::kMax];
  __m512i last[BytePairs::kMax];
  for (std::size_t k = 0; k < p.count; ++k) {
    first[k] = _mm512_set1_epi8(static_cast<char>(p.first[k]));
    last[k] = _mm512_set1_epi8(static_cast<char>(p.last[k]));
  }
  constexpr int kXorOr = 0xbe;  // (a ^ b) | c
  std::size_t n = 0;
  for (; at + kStep + p.max_distance <= to && n == 0; at += kStep) {
    prefetch_ahead(s, at, to);
    const __m512i head = _mm512_loadu_si512(s + at);
    __m512i least = _mm512_set1_epi8(-1);
    for (std::size_t k = 0; k < p.count; ++k) {
      const __m512i tail = _mm512_xor_si512(_mm512_loadu_si512(s + at + p.distance[k]), last[k]);
      least = _mm512_min_epu8(least, _mm512_ternarylogic_epi32(head, first[k], tail, kXorOr));
    }
    for (std::uint64_t mask = _mm512_testn_epi8_mask(least, least); mask != 0; mask &= mask - 1)
      out[n++] = at + static_cast<std::size_t>(__builtin_ctzll(mask));
  }
  return n;
}

bool has_avx2() {
  static const bool has = __builtin_cpu_supports("avx2") != 0;
  return has;
}

bool has_avx512() {
  static const bool has =
      __builtin_cpu_supports("avx512f") != 0 && __builtin_cpu_supports("avx512bw") != 0;
  return has;
}
#endif

}  // namespace

std::size_t next_byte_pairs(std::string_view stream, std::size_t& at, std::size_t to,
                            const BytePairs& pairs, std::size_t (&out)[kBytePairBatch],
                            BytePairScan scan) {
  const auto* s = reinterpret_cast<const unsigned char*>(stream.data());
#if defined(__x86_64__) && defined(__GNUC__)
  // Whole vector steps, the widest first, then the bytes left. Processors without AVX2
  // (x86-64 servers have had it since Haswell, 2013) take the slower byte loop.
  if (scan == BytePairScan::kBest && has_avx512()) {
    if (const std::size_t n = scan_avx512(s, at, to, pairs, out); n > 0) return n;
  }
  if (scan != BytePairScan::kBytes && has_avx2()) {
    if (const std::size_t n = scan_avx2(s, at, to, pairs, out); n > 0) return n;
  }
#else
  (void)scan;
#endif
  return scan_rest(s, at, to, pairs, out);
}

}  // namespace rostra
