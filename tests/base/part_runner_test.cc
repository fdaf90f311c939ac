#include "common/base/part_runner.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace rostra {
namespace {

// Runs `parts` parts on `runner` and checks that each ran exactly once, on a thread number
// the runner has; returns how many parts each thread ran.
std::vector<int> run_counted(PartRunner& runner, std::size_t parts,
                             std::chrono::microseconds each = {}) {
  std::vector<std::atomic<int>> runs(parts);
  std::vector<std::atomic<int>> by_thread(runner.helpers() + 1);
  runner.run(parts, [&](std::size_t i, unsigned thread) {
    if (each.count() > 0) std::this_thread::sleep_for(each);
    runs[i].fetch_add(1);
    if (thread < by_thread.size()) by_thread[thread].fetch_add(1);
  });
  int total = 0;
  for (std::size_t i = 0; i < parts; ++i) EXPECT_EQ(runs[i].load(), 1) << "part " << i;
  std::vector<int> out;
  for (auto& n : by_thread) {
    out.push_back(n.load());
    total += out.back();
  }
  EXPECT_EQ(total, static_cast<int>(parts)) << "a part ran on a thread number out of range";
  return out;
}

TEST(PartRunner, RunsEveryPartOnceInJobAfterJob) {
  for (unsigned helpers : {1u, 3u}) {
    PartRunner runner(helpers);
    EXPECT_EQ(runner.helpers(), helpers);
    for (int job = 0; job < 300; ++job) {
      run_counted(runner, 1 + static_cast<std::size_t>(job % 7));
    }
  }
}

TEST(PartRunner, WithoutHelpersTheCallingThreadRunsEveryPart) {
  PartRunner runner(0);
  std::vector<int> by_thread = run_counted(runner, 5);
  ASSERT_EQ(by_thread.size(), 1u);
  EXPECT_EQ(by_thread[0], 5);
  PartRunner none(1);
  none.run(0, [](std::size_t, unsigned) { ADD_FAILURE() << "a job of no parts ran a part"; });
}

// Parts of 20 ms each: a helper wakes long before the calling thread is through its first
// part and takes the other (allowed ten tries, for a loaded machine).
TEST(PartRunner, AHelperTakesPartsWhileTheCallerIsBusy) {
  PartRunner runner(1);
  bool shared = false;
  for (int attempt = 0; attempt < 10 && !shared; ++attempt) {
    std::vector<int> by_thread = run_counted(runner, 2, std::chrono::milliseconds(20));
    shared = by_thread[0] == 1 && by_thread[1] == 1;
  }
  EXPECT_TRUE(shared);
}

// The job's function and the data it uses may go away once run() returns: no helper may
// still be inside a part of it.
TEST(PartRunner, ReturnsOnlyWhenEveryPartHasReturned) {
  PartRunner runner(1);
  for (int job = 0; job < 100; ++job) {
    std::atomic<int> inside{0};
    std::atomic<int> done{0};
    runner.run(4, [&](std::size_t, unsigned) {
      inside.fetch_add(1);
      std::this_thread::sleep_for(std::chrono::microseconds(50));
      done.fetch_add(1);
      inside.fetch_sub(1);
    });
    EXPECT_EQ(inside.load(), 0);
    EXPECT_EQ(done.load(), 4);
  }
}

// A part that throws does not stop the others; run() rethrows what the lowest-numbered
// failed part threw, whichever thread ran it, and the runner takes the next job as before.
TEST(PartRunner, RethrowsTheLowestFailedPartsExceptionOnceEveryPartHasRun) {
  PartRunner runner(1);
  for (int job = 0; job < 50; ++job) {
    std::atomic<int> done{0};
    try {
      runner.run(6, [&](std::size_t i, unsigned) {
        done.fetch_add(1);
        if (i == 2 || i == 4) throw std::runtime_error("part " + std::to_string(i));
      });
      ADD_FAILURE() << "run() returned normally";
    } catch (const std::runtime_error& e) {
      EXPECT_STREQ(e.what(), "part 2");
    }
    EXPECT_EQ(done.load(), 6);
    std::atomic<int> next{0};
    runner.run(3, [&](std::size_t, unsigned) { next.fetch_add(1); });
    EXPECT_EQ(next.load(), 3);
  }
}

}  // namespace
}  // namespace rostra
