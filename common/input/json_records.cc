#include "common/input/json_records.h"

namespace rostra {
namespace {

bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

// The column of the first non-blank byte of `line`, or npos when it is blank.
std::size_t first_column(std::string_view line) {
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (!is_blank(line[i])) return i;
  }
  return std::string_view::npos;
}

}  // namespace

void JsonRecordSplitter::start_record(std::size_t column) {
  open_ = true;
  text_.clear();
  start_line_ = lines_.line_number();
  start_column_ = column;
  depth_ = 0;
  in_string_ = false;
  escaped_ = false;
  too_long_ = false;
}

bool JsonRecordSplitter::finish(JsonRecord& record, JsonRecord::Status status) {
  record.status = too_long_ ? JsonRecord::Status::kTooLong : status;
  if (!text_.empty() && text_.back() == '\n') text_.pop_back();  // the open record's line end
  record.text = std::move(text_);
  record.line = start_line_;
  text_.clear();
  open_ = false;
  seen_value_ = true;
  return true;
}

// Scans line_ from pos_; returns true with `record` set when a record ends in it.
bool JsonRecordSplitter::scan_line(JsonRecord& record) {
  while (pos_ < line_.size()) {
    char c = line_[pos_++];
    if (!open_) {
      if (is_blank(c)) continue;
      if (array_state_ == ArrayState::kOpen && (c == ',' || c == ']')) {
        if (c == ']') array_state_ = ArrayState::kClosed;
        continue;
      }
      if (c == '[' && array_state_ == ArrayState::kNone && !seen_value_) {
        array_state_ = ArrayState::kOpen;
        continue;
      }
      start_record(pos_ - 1);
      scalar_ = c != '{' && c != '[';
    }
    if (scalar_ && !in_string_ && array_state_ == ArrayState::kOpen && (c == ',' || c == ']')) {
      --pos_;  // the separator is the array's
      return finish(record, JsonRecord::Status::kComplete);
    }
    if (text_.size() < max_record_bytes_) {
      text_.push_back(c);
    } else {
      too_long_ = true;
    }
    if (in_string_) {
      if (escaped_) {
        escaped_ = false;
      } else if (c == '\\') {
        escaped_ = true;
      } else if (c == '"') {
        in_string_ = false;
      }
    } else if (c == '"') {
      in_string_ = true;
    } else if (!scalar_ && (c == '{' || c == '[')) {
      ++depth_;
    } else if (!scalar_ && (c == '}' || c == ']') && --depth_ == 0) {
      return finish(record, JsonRecord::Status::kComplete);
    }
  }
  // A string never spans lines; a scalar ends with its line.
  in_string_ = false;
  escaped_ = false;
  if (open_ && scalar_) return finish(record, JsonRecord::Status::kComplete);
  if (open_) text_.push_back('\n');
  return false;
}

bool JsonRecordSplitter::next(JsonRecord& record) {
  while (true) {
    if (have_line_ && scan_line(record)) return true;
    have_line_ = lines_.next(line_);
    pos_ = 0;
    if (!have_line_) {
      if (open_) return finish(record, JsonRecord::Status::kTruncated);
      return false;
    }
    if (lines_.truncated()) too_long_ = too_long_ || open_;
    std::size_t column = first_column(line_);
    if (open_ && column == start_column_ && line_[column] == '{') {
      // The open record never closed and the next one starts where it did.
      finish(record, JsonRecord::Status::kBroken);
      return true;
    }
  }
}

}  // namespace rostra
