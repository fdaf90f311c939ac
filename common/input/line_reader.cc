#include "common/input/line_reader.h"

#include <cstring>

namespace rostra {

bool LineReader::fill() {
  if (eof_) return false;
  if (begin_ > 0) {
    buffer_.erase(0, begin_);
    begin_ = 0;
  }
  std::size_t old_size = buffer_.size();
  buffer_.resize(old_size + (1 << 16));
  std::size_t n = source_.read(buffer_.data() + old_size, 1 << 16);
  buffer_.resize(old_size + n);
  if (n == 0) eof_ = true;
  return n > 0;
}

bool LineReader::next(std::string_view& line) {
  line_.clear();
  truncated_ = false;
  bool have_any = false;
  while (true) {
    const char* start = buffer_.data() + begin_;
    std::size_t available = buffer_.size() - begin_;
    const void* newline = std::memchr(start, '\n', available);
    std::size_t take = newline ? static_cast<const char*>(newline) - start : available;
    if (take > 0 || newline) have_any = true;
    std::size_t room = line_.size() < max_line_bytes_ ? max_line_bytes_ - line_.size() : 0;
    if (take > room) truncated_ = true;
    line_.append(start, std::min(take, room));
    if (newline) {
      begin_ += take + 1;
      break;
    }
    begin_ = buffer_.size();
    if (!fill()) {
      if (!have_any) return false;
      break;
    }
  }
  if (!line_.empty() && line_.back() == '\r') line_.pop_back();
  ++line_number_;
  line = line_;
  return true;
}

}  // namespace rostra
