// The indexing run's reader -> workers -> writer stages (common/ingest/ordered_pipeline.h).
#include "common/ingest/ordered_pipeline.h"

#include <gtest/gtest.h>

#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace rostra {
namespace {

// Workers that finish out of order (later items faster) still hand the writer every
// result in the order the reader sent the items.
TEST(OrderedPipeline, TheWriterSeesResultsInTheReadersOrder) {
  std::vector<int> consumed;
  run_ordered_pipeline<int, std::string>(
      3, 4,
      [](const PipelineSource<int>& source) {
        for (int i = 0; i < 200; ++i) source.send(i);
      },
      [] {
        return [](int&& i) {
          if (i % 7 == 0) std::this_thread::sleep_for(std::chrono::microseconds(300));
          return std::to_string(i);
        };
      },
      [&](std::string& s) { consumed.push_back(std::stoi(s)); });
  ASSERT_EQ(consumed.size(), 200u);
  for (int i = 0; i < 200; ++i) EXPECT_EQ(consumed[i], i);
}

// An exception in any stage stops the others (the reader sees `stopping`, nothing hangs on
// a full queue) and reaches the caller.
TEST(OrderedPipeline, AFailingStageStopsTheRunAndItsErrorReachesTheCaller) {
  for (int failing_stage = 0; failing_stage < 3; ++failing_stage) {
    bool reader_stopped = false;
    auto run = [&] {
      run_ordered_pipeline<int, int>(
          2, 2,
          [&](const PipelineSource<int>& source) {
            for (int i = 0; i < 100000; ++i) {
              if (failing_stage == 0 && i == 50) throw std::runtime_error("reader failed");
              if (!source.send(i)) {
                reader_stopped = source.stopping();
                return;
              }
            }
          },
          [&] {
            return [&](int&& i) {
              if (failing_stage == 1 && i == 60) throw std::runtime_error("worker failed");
              return i;
            };
          },
          [&](int& i) {
            if (failing_stage == 2 && i == 70) throw std::runtime_error("writer failed");
          });
    };
    EXPECT_THROW(run(), std::runtime_error) << "stage " << failing_stage;
    if (failing_stage > 0) {
      EXPECT_TRUE(reader_stopped) << "stage " << failing_stage;
    }
  }
}

}  // namespace
}  // namespace rostra
