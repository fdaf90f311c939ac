#pragma once
// Byte-level string helpers shared by readers and metadata code. Pure.

#include <cstdint>
#include <string>
#include <string_view>

namespace rostra {

/// `s` without leading and trailing ASCII whitespace and U+00A0.
std::string_view trim(std::string_view s);

/// ASCII letters lower-cased; other bytes unchanged.
std::string ascii_lower(std::string_view s);

/// Runs of whitespace (ASCII, U+00A0, newlines) collapsed to one space, trimmed.
std::string collapse_whitespace(std::string_view s);

/// 64-bit FNV-1a hash of `s`. Stable across runs and machines. Persisted (routes ids to
/// segments): never change.
std::uint64_t hash64(std::string_view s);

/// 64-bit FNV-1a hash of `s`, as 16 lower-case hex digits. Stable across runs and machines.
/// Persisted (content hashes and hashed ids): never change.
std::string hash_hex(std::string_view s);

/// True when `s` starts with `prefix`, ignoring ASCII case.
bool starts_with_ignore_case(std::string_view s, std::string_view prefix);

}  // namespace rostra
