#pragma once
// The worker threads of rostra-serve, with a bound on the connections waiting for them.

#include <httplib.h>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace rostra {

/// cpp-httplib's task queue, as its ThreadPool, except that enqueue() waits while
/// `max_queued` connections already wait for a worker: the accept loop stops, and further
/// clients wait in the kernel's listen backlog instead of holding a file descriptor and
/// memory each. Thread-safe.
class BoundedTaskQueue : public httplib::TaskQueue {
 public:
  BoundedTaskQueue(std::size_t threads, std::size_t max_queued);
  ~BoundedTaskQueue() override;

  void enqueue(std::function<void()> fn) override;
  void shutdown() override;

 private:
  void work();

  std::size_t max_queued_;
  std::mutex mutex_;
  std::condition_variable ready_;  ///< A job was queued, or shutdown.
  std::condition_variable room_;   ///< A job was taken.
  std::deque<std::function<void()>> jobs_;
  bool shutdown_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace rostra
