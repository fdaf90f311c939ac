#pragma once
// Running the parts of one job on the calling thread and a few helper threads that claim
// them as they come free (a parallel search's docid ranges, see Searcher::set_threads).

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace rostra {

/// A calling thread plus `helpers` helper threads, started at construction and joined at
/// destruction. run() hands out a job's parts one at a time to whichever thread asks
/// first, the calling thread included, so a job never waits for a helper that is slow to
/// wake: with no helper awake the calling thread runs every part itself. Waking a sleeping
/// thread on another core costs 250-400 us on the 2-core machines we measure on (more than
/// a whole small search), so after a job a helper polls for the next one for kHelperSpin
/// before it sleeps: back-to-back searches (batches, benchmarks, an analyst's refinements)
/// find it awake. Not thread-safe: one run() at a time.
class PartRunner {
 public:
  /// How long a helper keeps polling for the next job after finishing a part.
  static constexpr std::chrono::microseconds kHelperSpin{2000};

  explicit PartRunner(unsigned helpers);
  ~PartRunner();
  PartRunner(const PartRunner&) = delete;
  PartRunner& operator=(const PartRunner&) = delete;

  /// Calls part(i, thread) once for every i below `parts` and returns when all calls have
  /// returned. `thread` is 0 for the calling thread and 1..helpers() for the helpers, so
  /// each thread can use resources of its own (a database handle). When parts throw, the
  /// other parts still run, and run() then rethrows what the lowest-numbered of them threw.
  void run(std::size_t parts, const std::function<void(std::size_t, unsigned)>& part);

  /// How many helper threads there are.
  unsigned helpers() const { return static_cast<unsigned>(threads_.size()); }

 private:
  // A part to run: the job's function and the part's number.
  struct Claim {
    const std::function<void(std::size_t, unsigned)>* part = nullptr;
    std::size_t index = 0;
  };
  // Takes the next part of job `generation`, if that job still has parts left.
  bool claim(std::uint64_t generation, Claim& claim);
  // Runs a claimed part on `thread`, keeping what it throws if no lower part threw.
  void call(const Claim& claim, unsigned thread);
  // Marks a claimed part done; wakes run() when it was the last.
  void finish();
  // The loop of helper `thread`.
  void help(unsigned thread);

  std::mutex mutex_;
  std::condition_variable work_ready_;  ///< A new job, or stopping.
  std::condition_variable work_done_;   ///< The job's last part finished.
  std::atomic<std::uint64_t> generation_{0};
  std::atomic<bool> stopping_{false};
  // The current job; guarded by mutex_.
  const std::function<void(std::size_t, unsigned)>* part_ = nullptr;
  std::size_t parts_ = 0;
  std::size_t next_part_ = 0;
  std::size_t unfinished_ = 0;
  std::exception_ptr error_;    // what the lowest-numbered failed part threw
  std::size_t error_part_ = 0;  // its number
  std::vector<std::thread> threads_;
};

}  // namespace rostra
