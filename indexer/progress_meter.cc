#include "indexer/progress_meter.h"

#include <cstdio>
#include <ostream>
#include <string>

namespace rostra {
namespace {

std::string with_commas(std::uint64_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

std::string duration(double seconds) {
  auto s = static_cast<long>(seconds);
  char buf[32];
  if (s >= 3600) {
    std::snprintf(buf, sizeof buf, "%ldh%02ldm", s / 3600, (s / 60) % 60);
  } else if (s >= 60) {
    std::snprintf(buf, sizeof buf, "%ldm%02lds", s / 60, s % 60);
  } else {
    std::snprintf(buf, sizeof buf, "%lds", s);
  }
  return buf;
}

}  // namespace

ProgressMeter::ProgressMeter(std::ostream& out)
    : out_(out), started_(std::chrono::steady_clock::now()), last_draw_(started_) {}

void ProgressMeter::update(std::uint64_t articles, std::uint64_t text_bytes,
                           std::uint64_t input_bytes, std::uint64_t total_bytes,
                           std::uint64_t rejects) {
  auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(250)) return;
  last_draw_ = now;
  double elapsed = std::chrono::duration<double>(now - started_).count();
  if (elapsed <= 0) return;
  char line[256];
  std::snprintf(line, sizeof line, "%s articles · %.1f MB · %.0f/s · %.2f MB/s · %s rejects",
                with_commas(articles).c_str(), static_cast<double>(text_bytes) / 1e6,
                static_cast<double>(articles) / elapsed,
                static_cast<double>(text_bytes) / 1e6 / elapsed, with_commas(rejects).c_str());
  std::string text = line;
  if (total_bytes > 0 && input_bytes > 0 && input_bytes <= total_bytes) {
    double remaining =
        elapsed * static_cast<double>(total_bytes - input_bytes) / static_cast<double>(input_bytes);
    text +=
        " · " + std::to_string(100 * input_bytes / total_bytes) + "% · ETA " + duration(remaining);
  }
  out_ << "\r\x1b[K" << text << std::flush;
  drawn_ = true;
}

void ProgressMeter::finish() {
  if (drawn_) out_ << "\r\x1b[K" << std::flush;
  drawn_ = false;
}

}  // namespace rostra
