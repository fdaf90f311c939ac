#pragma once
// Splits a stream of JSON text into its records: one object per line (JSON Lines), objects
// printed over several lines, or the elements of one top-level array, without holding more
// than one record in memory.

#include <cstdint>
#include <string>
#include <string_view>

#include "common/input/line_reader.h"

namespace rostra {

/// One record found by JsonRecordSplitter.
struct JsonRecord {
  enum class Status {
    kComplete,   ///< Brackets balanced: `text` is one JSON value (valid or not).
    kBroken,     ///< Never closed: a new record started at the indentation this one had.
    kTruncated,  ///< Never closed: the input ended inside it.
    kTooLong,    ///< Larger than the record limit; its text is cut.
  };
  Status status = Status::kComplete;
  std::string text;
  std::uint64_t line = 0;  ///< 1-based line the record starts on.
};

/// Finds the records of a JSON stream. A record is a top-level value, or an element of a
/// top-level array (a file that starts with '[' is one array of records); whitespace, and
/// commas and brackets between array elements, separate them. Records end when their
/// brackets balance outside strings. A record left open is recovered from, so one broken
/// record costs only itself: a line whose first non-blank character is '{' at the column
/// where the open record started (the next JSON Lines line, or the next element of a
/// pretty-printed array) ends the open record as kBroken and starts a new one; a string
/// never spans lines (JSON forbids raw newlines in strings). Not thread-safe.
class JsonRecordSplitter {
 public:
  /// `max_record_bytes`: longer records are returned as kTooLong with their text cut.
  explicit JsonRecordSplitter(ByteSource& source, std::size_t max_record_bytes = 64u << 20)
      : lines_(source, max_record_bytes), max_record_bytes_(max_record_bytes) {}

  /// The next record, or false at the end of the input. Throws StreamDamage from the
  /// source after returning every record completed before the damage.
  bool next(JsonRecord& record);

  /// True once the input started a top-level array.
  bool in_array() const { return array_state_ != ArrayState::kNone; }

 private:
  enum class ArrayState { kNone, kOpen, kClosed };

  bool scan_line(JsonRecord& record);
  void start_record(std::size_t column);
  bool finish(JsonRecord& record, JsonRecord::Status status);

  LineReader lines_;
  std::size_t max_record_bytes_;
  std::string_view line_;
  std::size_t pos_ = 0;  // next byte of line_ to scan
  bool have_line_ = false;
  ArrayState array_state_ = ArrayState::kNone;
  bool seen_value_ = false;  // anything before a '[' makes it a value, not an array of records
  // The open record.
  bool open_ = false;
  std::string text_;
  std::uint64_t start_line_ = 0;
  std::size_t start_column_ = 0;
  int depth_ = 0;
  bool in_string_ = false;
  bool escaped_ = false;
  bool scalar_ = false;  // a number, string or literal: ends with its line or a comma
  bool too_long_ = false;
};

}  // namespace rostra
