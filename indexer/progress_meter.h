#pragma once
// The live progress line of a long indexing run on a terminal.

#include <chrono>
#include <cstdint>
#include <iosfwd>

namespace rostra {

/// Part of rostra-index, not of the library: the library reports progress through
/// IndexOptions::on_progress and draws nothing.
/// Redraws one status line ("\r12,345 articles · 45.2 MB · 1,234/s · 3.4 MB/s · 2 rejects
/// · ETA 3m") at most four times a second. The program creates it only when stderr
/// is a terminal and the run is not quiet. Not thread-safe: call from one thread.
class ProgressMeter {
 public:
  explicit ProgressMeter(std::ostream& out);

  /// Updates the counts and redraws when due. `total_bytes`: input size for the ETA, 0 when
  /// unknown.
  void update(std::uint64_t articles, std::uint64_t text_bytes, std::uint64_t input_bytes,
              std::uint64_t total_bytes, std::uint64_t rejects);

  /// Erases the line (before the final summary).
  void finish();

 private:
  std::ostream& out_;
  std::chrono::steady_clock::time_point started_;
  std::chrono::steady_clock::time_point last_draw_;
  bool drawn_ = false;
};

}  // namespace rostra
