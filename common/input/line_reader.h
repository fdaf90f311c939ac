#pragma once
// Splits a ByteSource into lines without a fixed line-length limit.

#include <cstdint>
#include <string>
#include <string_view>

#include "common/input/byte_source.h"

namespace rostra {

/// Reads LF- or CRLF-terminated lines. The last line need not end with a newline.
/// Not thread-safe.
class LineReader {
 public:
  /// `max_line_bytes`: longer lines are returned truncated with `truncated()` set, and the
  /// rest of the line is skipped, so one giant line cannot exhaust memory.
  explicit LineReader(ByteSource& source, std::size_t max_line_bytes = 64u << 20)
      : source_(source), max_line_bytes_(max_line_bytes) {}

  /// Reads the next line into `line` (without its terminator). Returns false at the end.
  /// The view is valid until the next call. Throws StreamDamage from the source, after
  /// returning every complete line before the damage.
  bool next(std::string_view& line);

  /// 1-based number of the line last returned.
  std::uint64_t line_number() const { return line_number_; }

  /// True when the line last returned was longer than max_line_bytes and was cut.
  bool truncated() const { return truncated_; }

 private:
  bool fill();

  ByteSource& source_;
  std::size_t max_line_bytes_;
  std::string buffer_;
  std::size_t begin_ = 0;
  std::string line_;
  std::uint64_t line_number_ = 0;
  bool truncated_ = false;
  bool eof_ = false;
};

}  // namespace rostra
