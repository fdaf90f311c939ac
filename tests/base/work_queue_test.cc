#include "common/base/work_queue.h"

#include <gtest/gtest.h>

#include <thread>

namespace rostra {
namespace {

TEST(WorkQueue, TryPopTakesWhatIsThereWithoutWaiting) {
  WorkQueue<int> queue(4);
  EXPECT_EQ(queue.try_pop(), std::nullopt);
  queue.push(1);
  queue.push(2);
  EXPECT_EQ(queue.try_pop(), 1);
  EXPECT_EQ(queue.try_pop(), 2);
  EXPECT_EQ(queue.try_pop(), std::nullopt);
  queue.push(3);
  queue.close();
  EXPECT_EQ(queue.try_pop(), 3);  // a closed queue still gives what it holds
  EXPECT_EQ(queue.try_pop(), std::nullopt);
}

TEST(WorkQueue, TryPopMakesRoomForABlockedPush) {
  WorkQueue<int> queue(1);
  queue.push(1);
  std::thread producer([&] { queue.push(2); });  // blocks: the queue is full
  std::optional<int> first = queue.try_pop();
  producer.join();
  EXPECT_EQ(first, 1);
  EXPECT_EQ(queue.pop(), 2);
}

}  // namespace
}  // namespace rostra
