#include "common/analysis/near_duplicates.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <utility>
#include <vector>

#include "common/analysis/word_tokenizer.h"

namespace rostra {
namespace {

std::uint64_t fnv1a(std::string_view s, std::uint64_t h) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

std::uint64_t mix(std::uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

}  // namespace

MinHashSignature text_minhash(std::string_view text) {
  return text_minhash(text_tokens(text));
}

MinHashSignature text_minhash(const TokenList& tokens) {
  thread_local std::vector<std::uint64_t> word_hashes;
  // Each word hashed once; a shingle's hash combines its three words' hashes in order.
  word_hashes.clear();
  for (const Token& token : tokens) {
    if (token.indexed()) {
      word_hashes.push_back(mix(fnv1a(tokens.text(token), 14695981039346656037ULL)));
    }
  }
  MinHashSignature signature;
  signature.fill(0xFFFFFFFFu);
  const std::size_t n = word_hashes.size();
  if (n == 0) {
    signature.fill(0);
    return signature;
  }
  // The 32 hash functions: multiply-add-shift with fixed odd multipliers, one multiply each.
  static const auto kFunctions = [] {
    std::array<std::pair<std::uint64_t, std::uint64_t>, std::tuple_size_v<MinHashSignature>> f{};
    std::uint64_t seed = 0x9E3779B97F4A7C15ULL;
    for (auto& [multiply, add] : f) {
      seed = mix(seed + 0x9E3779B97F4A7C15ULL);
      multiply = seed | 1;
      seed = mix(seed + 0x9E3779B97F4A7C15ULL);
      add = seed;
    }
    return f;
  }();
  const std::size_t shingles = n >= 3 ? n - 2 : 1;
  for (std::size_t i = 0; i < shingles; ++i) {
    std::uint64_t h = word_hashes[i];
    if (i + 1 < n) h = (h << 21 | h >> 43) ^ word_hashes[i + 1] * 0xff51afd7ed558ccdULL;
    if (i + 2 < n) h = (h << 21 | h >> 43) ^ word_hashes[i + 2] * 0xc4ceb9fe1a85ec53ULL;
    for (std::size_t j = 0; j < std::tuple_size_v<MinHashSignature>; ++j) {
      const auto v =
          static_cast<std::uint32_t>((h * kFunctions[j].first + kFunctions[j].second) >> 32);
      signature[j] = std::min(signature[j], v);
    }
  }
  return signature;
}

double minhash_similarity(const MinHashSignature& a, const MinHashSignature& b) {
  std::size_t equal = 0;
  for (std::size_t j = 0; j < a.size(); ++j) equal += a[j] == b[j] ? 1 : 0;
  return static_cast<double>(equal) / static_cast<double>(a.size());
}

std::vector<std::string> minhash_bands(const MinHashSignature& signature) {
  std::vector<std::string> bands;
  for (std::size_t band = 0; band < 8; ++band) {
    std::uint64_t h = 14695981039346656037ULL ^ band;
    for (std::size_t row = 0; row < 4; ++row) h = mix(h ^ signature[band * 4 + row]);
    char buf[24];
    std::snprintf(buf, sizeof buf, "%zu%012llx", band,
                  static_cast<unsigned long long>(h & 0xFFFFFFFFFFFFULL));
    bands.emplace_back(buf);
  }
  return bands;
}

std::string minhash_hex(const MinHashSignature& signature) {
  std::string out;
  out.reserve(signature.size() * 8);
  char buf[9];
  for (std::uint32_t v : signature) {
    std::snprintf(buf, sizeof buf, "%08x", v);
    out += buf;
  }
  return out;
}

MinHashSignature parse_minhash_hex(std::string_view hex) {
  MinHashSignature signature{};
  if (hex.size() != signature.size() * 8) return signature;
  for (std::size_t j = 0; j < signature.size(); ++j) {
    std::uint32_t v = 0;
    for (char c : hex.substr(j * 8, 8)) {
      v <<= 4;
      if (c >= '0' && c <= '9') {
        v |= static_cast<std::uint32_t>(c - '0');
      } else if (c >= 'a' && c <= 'f') {
        v |= static_cast<std::uint32_t>(c - 'a' + 10);
      } else {
        return MinHashSignature{};
      }
    }
    signature[j] = v;
  }
  return signature;
}

bool is_empty_signature(const MinHashSignature& signature) {
  return std::all_of(signature.begin(), signature.end(), [](std::uint32_t v) { return v == 0; });
}

}  // namespace rostra
