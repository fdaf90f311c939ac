#include "common/near_duplicates.h"

#include <bit>
#include <cstdio>

#include "common/word_tokenizer.h"

namespace rostra {
namespace {

std::uint64_t fnv1a(std::string_view s, std::uint64_t h = 14695981039346656037ULL) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

// A final mix so that similar shingle hashes spread over all bits.
std::uint64_t mix(std::uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

}  // namespace

std::uint64_t text_simhash(std::string_view text) {
  thread_local WordTokenizer tokenizer;
  thread_local TokenList tokens;
  tokens.clear();
  tokenizer.tokenize(text, tokens);
  int weights[64] = {};
  const std::size_t n = tokens.size();
  if (n == 0) return 0;
  const std::size_t shingles = n >= 3 ? n - 2 : 1;
  for (std::size_t i = 0; i < shingles; ++i) {
    std::uint64_t h = 14695981039346656037ULL;
    for (std::size_t k = i; k < std::min(n, i + 3); ++k) {
      h = fnv1a(tokens.text(tokens[k]), h);
      h = fnv1a(" ", h);
    }
    h = mix(h);
    for (int b = 0; b < 64; ++b) weights[b] += ((h >> b) & 1) ? 1 : -1;
  }
  std::uint64_t fingerprint = 0;
  for (int b = 0; b < 64; ++b) {
    if (weights[b] > 0) fingerprint |= 1ULL << b;
  }
  return fingerprint;
}

int hamming_distance(std::uint64_t a, std::uint64_t b) {
  return std::popcount(a ^ b);
}

std::array<std::string, 4> simhash_bands(std::uint64_t fingerprint) {
  std::array<std::string, 4> bands;
  for (int i = 0; i < 4; ++i) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%d%04x", i,
                  static_cast<unsigned>((fingerprint >> (16 * i)) & 0xFFFF));
    bands[static_cast<std::size_t>(i)] = buf;
  }
  return bands;
}

std::string simhash_hex(std::uint64_t fingerprint) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(fingerprint));
  return buf;
}

std::uint64_t parse_simhash_hex(std::string_view hex) {
  if (hex.size() != 16) return 0;
  std::uint64_t value = 0;
  for (char c : hex) {
    value <<= 4;
    if (c >= '0' && c <= '9') {
      value |= static_cast<std::uint64_t>(c - '0');
    } else if (c >= 'a' && c <= 'f') {
      value |= static_cast<std::uint64_t>(c - 'a' + 10);
    } else {
      return 0;
    }
  }
  return value;
}

}  // namespace rostra
