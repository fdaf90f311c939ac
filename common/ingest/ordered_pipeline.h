#pragma once
// The indexing run's three stages: one reader, several workers, one writer that sees the
// workers' results in the order the reader produced them.

#include <atomic>
#include <cstdint>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

#include "common/base/work_queue.h"

namespace rostra {

/// What a pipeline stage is given: `send` passes an item on (false once the pipeline
/// stops: the producer should return), `stopping` says the pipeline is stopping.
template <typename In>
struct PipelineSource {
  std::function<bool(In)> send;
  std::function<bool()> stopping;
};

/// Runs `produce` on a reader thread, `workers` threads each transforming the items it
/// sends with its own function made by `make_worker` (on that thread, so it may hold
/// per-thread state), and `consume` on the calling thread with every result in the order
/// its item was sent; returns when all are consumed.
///
/// The first exception any stage throws stops the pipeline (the reader is told, queued
/// items are dropped, the threads are joined) and is rethrown here. `capacity` bounds each
/// of the two queues, so memory stays bounded whatever the stages' speeds.
template <typename In, typename Out>
void run_ordered_pipeline(unsigned workers, std::size_t capacity,
                          const std::function<void(const PipelineSource<In>&)>& produce,
                          const std::function<std::function<Out(In&&)>()>& make_worker,
                          const std::function<void(Out&)>& consume) {
  struct Job {
    std::uint64_t seq = 0;
    In in;
  };
  struct Done {
    std::uint64_t seq = 0;
    Out out;
  };
  WorkQueue<Job> work(capacity);
  WorkQueue<Done> results(capacity);
  std::atomic<bool> stop{false};
  std::mutex failure_mutex;
  std::exception_ptr failure;
  auto fail = [&](std::exception_ptr error) {
    {
      std::lock_guard lock(failure_mutex);
      if (!failure) failure = std::move(error);
    }
    stop = true;
    work.close();
    results.close();
  };

  std::thread reader([&] {
    std::uint64_t seq = 0;
    PipelineSource<In> source;
    source.send = [&](In item) { return !stop && work.push(Job{seq++, std::move(item)}); };
    source.stopping = [&] { return stop.load(); };
    try {
      produce(source);
    } catch (...) {
      fail(std::current_exception());
    }
    work.close();
  });
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < std::max(1u, workers); ++t) {
    threads.emplace_back([&] {
      try {
        std::function<Out(In &&)> transform = make_worker();
        while (std::optional<Job> next = work.pop()) {
          if (!results.push(Done{next->seq, transform(std::move(next->in))})) break;
        }
      } catch (...) {
        fail(std::current_exception());
      }
    });
  }
  std::thread closer([&] {
    for (std::thread& thread : threads) thread.join();
    results.close();
  });

  // The writer: results arrive in any order and are consumed in the reader's.
  try {
    std::map<std::uint64_t, Out> pending;
    std::uint64_t next_seq = 0;
    while (std::optional<Done> result = results.pop()) {
      if (stop) break;
      pending.emplace(result->seq, std::move(result->out));
      for (auto it = pending.find(next_seq); it != pending.end(); it = pending.find(next_seq)) {
        consume(it->second);
        pending.erase(it);
        ++next_seq;
      }
    }
  } catch (...) {
    fail(std::current_exception());
  }
  reader.join();
  closer.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace rostra
