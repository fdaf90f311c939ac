// IndexPool: at most max_leases handles out at once, callers waiting for one served in
// the order they came, a handle reused rather than opened again, and every commit seen by
// the next acquire() whether or not the handle's stamp vouched for it.
#include "common/serve/index_pool.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "common/index/write/article_writer.h"
#include "tests/support/index_fixture.h"

namespace rostra {
namespace {

using testing::Backend;
using testing::TempDir;

class IndexPoolTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing::build_index(Backend::kGlass, dir_,
                         {testing::make_article("Budget", "The committee passed the budget.")});
  }
  std::string db() const { return (dir_.path() / "db").string(); }

  TempDir dir_;
  OutletTable outlets_;
  SpeakerAliases speakers_;
};

// Waits until `done` holds or a second has passed.
template <typename Done>
bool eventually(Done&& done) {
  for (int i = 0; i < 1000 && !done(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return done();
}

TEST_F(IndexPoolTest, ReusesTheHandleReturnedLast) {
  IndexPool pool(db(), &outlets_, &speakers_, 2);
  const IndexHandle* first = nullptr;
  {
    IndexPool::Lease lease = pool.acquire();
    first = &*lease;
  }
  IndexPool::Lease again = pool.acquire();
  EXPECT_EQ(&*again, first);
  EXPECT_EQ(again->index.articles.get_doccount(), 1u);
}

TEST_F(IndexPoolTest, WaitersGetTheBoundedHandlesInArrivalOrder) {
  IndexPool pool(db(), &outlets_, &speakers_, 1);
  std::optional<IndexPool::Lease> held(pool.acquire());
  std::mutex mutex;
  std::vector<int> order;
  std::atomic<int> started{0};
  std::vector<std::thread> waiters;
  for (int i = 0; i < 4; ++i) {
    // Each waiter starts only once the one before it is queued (it has started and
    // had time to block in acquire()), so the arrival order is 0, 1, 2, 3.
    ASSERT_TRUE(eventually([&] { return started.load() == i; }));
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    waiters.emplace_back([&, i] {
      started.fetch_add(1);
      IndexPool::Lease lease = pool.acquire();
      std::lock_guard<std::mutex> lock(mutex);
      order.push_back(i);
    });
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  {
    std::lock_guard<std::mutex> lock(mutex);
    EXPECT_TRUE(order.empty()) << "a caller got a handle past the bound";
  }
  held.reset();
  for (std::thread& t : waiters) t.join();
  EXPECT_EQ(order, (std::vector<int>{0, 1, 2, 3}));
}

// Adds one article to the index in `dir` and commits.
void commit_one_more(const std::string& dir, int n) {
  WritableIndex index = open_index_for_writing(dir);
  OutletTable outlets;
  ArticleWriter writer(index, outlets, testing::project_aliases());
  std::vector<std::string> warnings;
  Article article =
      testing::make_article("Budget " + std::to_string(n),
                            "The committee passed budget number " + std::to_string(n) + ".",
                            "https://example.test/" + std::to_string(n));
  writer.write(article, warnings);
  index.commit();
}

TEST_F(IndexPoolTest, SeesCommitsLandingBackToBackBeforeTheirFilesSettle) {
  IndexPool pool(db(), &outlets_, &speakers_, 2);
  Xapian::doccount expected = 1;
  for (int round = 0; round < 10; ++round) {
    // One commit, then two in a row (a freed inode may be reused, the size stay the same
    // and both land within one tick of the file system's clock): each is seen at once.
    const int commits = round % 2 == 0 ? 1 : 2;
    for (int i = 0; i < commits; ++i) commit_one_more(db(), static_cast<int>(++expected));
    IndexPool::Lease lease = pool.acquire();
    EXPECT_EQ(lease->index.articles.get_doccount(), expected) << "round " << round;
  }
}

TEST_F(IndexPoolTest, SeesACommitLandingRightAfterASettledLook) {
  IndexPool pool(db(), &outlets_, &speakers_, 2);
  // Past the settling time, a look leaves a stamp that vouches for the handle on its own.
  std::this_thread::sleep_for(CommitStamp::kSettle + std::chrono::milliseconds(100));
  EXPECT_EQ(pool.acquire()->index.articles.get_doccount(), 1u);
  {
    IndexPool::Lease lease = pool.acquire();  // trusted on its stamp: nothing changed
    EXPECT_EQ(lease->index.articles.get_doccount(), 1u);
    EXPECT_TRUE(lease->stamp.settled());
  }
  // Well within IndexPool::kFullCheckEvery of that look: only the stamp can tell.
  commit_one_more(db(), 2);
  EXPECT_EQ(pool.acquire()->index.articles.get_doccount(), 2u);
}

}  // namespace
}  // namespace rostra
