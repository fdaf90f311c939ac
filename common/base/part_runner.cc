#include "common/base/part_runner.h"

#include <chrono>
#include <utility>

namespace rostra {

PartRunner::PartRunner(unsigned helpers) {
  threads_.reserve(helpers);
  for (unsigned t = 1; t <= helpers; ++t) threads_.emplace_back([this, t] { help(t); });
}

PartRunner::~PartRunner() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_.store(true, std::memory_order_release);
  }
  work_ready_.notify_all();
  for (std::thread& thread : threads_) thread.join();
}

bool PartRunner::claim(std::uint64_t generation, Claim& claim) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (generation_.load(std::memory_order_relaxed) != generation || next_part_ >= parts_) {
    return false;
  }
  claim.part = part_;
  claim.index = next_part_++;
  return true;
}

void PartRunner::call(const Claim& claim, unsigned thread) {
  try {
    (*claim.part)(claim.index, thread);
  } catch (...) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!error_ || claim.index < error_part_) {
      error_ = std::current_exception();
      error_part_ = claim.index;
    }
  }
}

void PartRunner::finish() {
  bool last = false;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    last = --unfinished_ == 0;
  }
  if (last) work_done_.notify_one();
}

void PartRunner::run(std::size_t parts, const std::function<void(std::size_t, unsigned)>& part) {
  if (parts == 0) return;
  std::uint64_t generation = 0;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    part_ = &part;
    parts_ = parts;
    next_part_ = 0;
    unfinished_ = parts;
    error_ = nullptr;
    generation = generation_.load(std::memory_order_relaxed) + 1;
    generation_.store(generation, std::memory_order_release);
  }
  work_ready_.notify_all();
  Claim claimed;
  while (claim(generation, claimed)) {
    call(claimed, 0);
    finish();
  }
  std::exception_ptr error;
  {
    std::unique_lock<std::mutex> lock(mutex_);
    work_done_.wait(lock, [this] { return unfinished_ == 0; });
    part_ = nullptr;
    error = std::exchange(error_, nullptr);
  }
  if (error) std::rethrow_exception(error);
}

void PartRunner::help(unsigned thread) {
  std::uint64_t seen = 0;
  for (;;) {
    // Poll for a new job for a while, then sleep until one comes.
    const auto until = std::chrono::steady_clock::now() + kHelperSpin;
    while (generation_.load(std::memory_order_acquire) == seen &&
           !stopping_.load(std::memory_order_acquire) && std::chrono::steady_clock::now() < until) {
      std::this_thread::yield();
    }
    {
      std::unique_lock<std::mutex> lock(mutex_);
      work_ready_.wait(lock, [&] {
        return stopping_.load(std::memory_order_relaxed) ||
               generation_.load(std::memory_order_relaxed) != seen;
      });
      if (stopping_.load(std::memory_order_relaxed)) return;
      seen = generation_.load(std::memory_order_relaxed);
    }
    Claim claimed;
    while (claim(seen, claimed)) {
      call(claimed, thread);
      finish();
    }
  }
}

}  // namespace rostra
