#include "common/serve/index_pool.h"

#include <algorithm>
#include <filesystem>

#include "common/base/errors.h"
#include "common/index/segment_directories.h"
#include "common/schema/schema.h"
#include "common/search/date_histogram.h"

namespace rostra {

const std::map<std::string, std::uint64_t>& IndexHandle::all_days(bool quotes) {
  auto& cached = quotes ? quote_days : article_days;
  if (!cached) {
    cached = std::make_unique<std::map<std::string, std::uint64_t>>(
        count_all_days(quotes ? index.quotes : index.articles));
  }
  return *cached;
}

IndexPool::IndexPool(std::string dir, const OutletTable* outlets, const SpeakerAliases* speakers,
                     std::size_t max_leases)
    : dir_(std::move(dir)), outlets_(outlets), speakers_(speakers), max_leases_(max_leases) {
  free_.push_back(open());
}

IndexPool::Lease::~Lease() {
  if (handle_) pool_->release(std::move(handle_));
}

std::string IndexPool::current_layout() const {
  std::vector<std::string> names;
  std::error_code error;
  // The segments of a bulk load under way (those of an earlier version's load included).
  const std::filesystem::path segments = segments_root(dir_);
  for (const auto& entry : std::filesystem::directory_iterator(segments, error)) {
    names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  std::string layout;
  for (const std::string& name : names) layout += name + "/";
  return layout;
}

std::unique_ptr<IndexHandle> IndexPool::open() const {
  auto handle = std::make_unique<IndexHandle>();
  // Taken first: a change while the index is opened makes the next stamp differ.
  handle->stamp = CommitStamp::take(dir_);
  handle->checked = std::chrono::steady_clock::now();
  handle->layout = current_layout();
  handle->index = open_index_for_reading(dir_);
  handle->searcher = std::make_unique<Searcher>(handle->index, outlets_, speakers_);
  // Requests are served side by side on the server's threads: a search uses one.
  handle->searcher->set_threads(1);
  return handle;
}

void IndexPool::refresh(std::unique_ptr<IndexHandle>& handle) const {
  CommitStamp stamp = CommitStamp::take(dir_);
  const auto now = std::chrono::steady_clock::now();
  if (handle->stamp.settled() && stamp.same_files(handle->stamp) &&
      now - handle->checked < kFullCheckEvery) {
    return;
  }
  handle->stamp = std::move(stamp);
  handle->checked = now;
  bool changed = handle->layout != current_layout();
  if (!changed) {
    try {
      // The searcher's copy shares these databases' internals: reopening them here moves
      // it too, but the token readers and caches must follow, so a change means a new handle.
      const bool articles = handle->index.articles.reopen();
      const bool quotes = handle->index.quotes.reopen();
      changed = articles || quotes;
    } catch (const Xapian::Error&) {
      changed = true;  // a database was replaced (a merge finished): open it again
    }
  }
  if (changed) handle = open();
}

std::unique_ptr<IndexHandle> IndexPool::take_slot() {
  std::unique_lock<std::mutex> lock(mutex_);
  if (waiting_.empty() && (max_leases_ == 0 || leased_ < max_leases_)) {
    ++leased_;
  } else {
    // release() hands this waiter the slot it frees (leased_ unchanged), so no later
    // caller can take it first.
    Waiter waiter;
    waiting_.push_back(&waiter);
    waiter.woken.wait(lock, [&waiter] { return waiter.granted; });
  }
  std::unique_ptr<IndexHandle> handle;
  if (!free_.empty()) {
    handle = std::move(free_.back());
    free_.pop_back();
  }
  return handle;
}

void IndexPool::release(std::unique_ptr<IndexHandle> handle) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (handle) free_.push_back(std::move(handle));
  if (waiting_.empty()) {
    --leased_;
    return;
  }
  Waiter* next = waiting_.front();
  waiting_.pop_front();
  next->granted = true;
  next->woken.notify_one();  // under the lock: the waiter cannot return (and end) before
}

IndexPool::Lease IndexPool::acquire() {
  std::unique_ptr<IndexHandle> handle = take_slot();
  try {
    if (handle) {
      refresh(handle);
    } else {
      handle = open();
    }
  } catch (...) {
    release(nullptr);
    throw;
  }
  return Lease(*this, std::move(handle));
}

}  // namespace rostra
