#pragma once
// Cutting off a search that runs past its time.

#include <xapian.h>

#include <chrono>
#include <cstdint>
#include <stdexcept>
#include <string>

namespace rostra {

/// A search ran past its deadline and was abandoned.
class SearchTimeout : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// A match spy that throws SearchTimeout from inside the match once `limit` has passed
/// since it was made (checked every few matches, so a search stops within a few
/// microseconds of matching work after its deadline). Xapian lets a spy's exception
/// through get_mset. Not thread-safe: one per search.
class DeadlineSpy : public Xapian::MatchSpy {
 public:
  explicit DeadlineSpy(std::chrono::milliseconds limit)
      : limit_(limit), deadline_(std::chrono::steady_clock::now() + limit) {}

  void operator()(const Xapian::Document& doc, double weight) override;
  std::string name() const override { return "rostra::DeadlineSpy"; }

 private:
  std::chrono::milliseconds limit_;
  std::chrono::steady_clock::time_point deadline_;
  std::uint32_t seen_ = 0;
};

}  // namespace rostra
