#pragma once
// Read handles on one index directory, one per thread that serves a request, kept on the
// latest commit.

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "common/index/readable_index.h"
#include "common/input/metadata/outlet_table.h"
#include "common/quotes/speaker_aliases.h"
#include "common/search/search.h"
#include "common/serve/commit_stamp.h"

namespace rostra {

/// One handle: an index opened read-only, a Searcher over it (on one thread), and what
/// is cached for the revision it reads (all documents by date, for histograms).
struct IndexHandle {
  ReadableIndex index;
  std::unique_ptr<Searcher> searcher;
  std::string layout;  ///< The bulk-load segments it was opened with (see IndexPool).
  std::unique_ptr<std::map<std::string, std::uint64_t>> article_days;  ///< Lazily counted.
  std::unique_ptr<std::map<std::string, std::uint64_t>> quote_days;
  /// The index directory's files as they were just before the last full look at whether
  /// this handle is on the latest commit (see IndexPool::acquire), and when that was.
  CommitStamp stamp;
  std::chrono::steady_clock::time_point checked;

  /// Every article (or quote) by ISO date, counted on first use for this revision.
  const std::map<std::string, std::uint64_t>& all_days(bool quotes);
};

/// A pool of at most `max_leases` IndexHandles on `dir`. acquire() hands out a free handle
/// (opening a new one when none is free), first brought to the latest commit: when an
/// indexer has committed since, or a bulk load has added or merged segments, the handle is
/// opened again, so a server sees new articles without a restart and, during a bulk load,
/// answers from what is committed. Whether anything changed is looked at in full (the
/// segment directories listed, each database's version file read) only when a stat() of
/// the files a change touches differs from the handle's last full look, that look's stamp
/// is not settled (a file changed less than CommitStamp::kSettle before it), or the look
/// is over kFullCheckEvery old; otherwise a handle costs four stat() calls, not a listing
/// and two file reads. When all `max_leases` handles are out, acquire() waits,
/// and waiting callers are served first come, first served: the bound keeps as many
/// searches running as there are cores (more only share the cores, and each one's time
/// grows), and the order keeps a request from waiting behind later ones, which is what
/// makes the slowest requests under load no slower than the queue ahead of them. The
/// bound also bounds memory: each handle caches token records. Thread-safe; a handle is
/// used by one thread at a time.
class IndexPool {
 public:
  /// The longest a handle is trusted on its stamp alone: a bound on what a change that
  /// somehow kept every file's status (a clock stepped back, a file system without
  /// modification times) can go unseen.
  static constexpr std::chrono::seconds kFullCheckEvery{1};

  /// Opens `dir` once to check it. Throws DatabaseError (see open_index_for_reading).
  /// `outlets` and `speakers` must outlive the pool. `max_leases` 0: no bound.
  IndexPool(std::string dir, const OutletTable* outlets, const SpeakerAliases* speakers,
            std::size_t max_leases = 0);

  /// A handle returned to the pool when the lease ends.
  class Lease {
   public:
    Lease(IndexPool& pool, std::unique_ptr<IndexHandle> handle)
        : pool_(&pool), handle_(std::move(handle)) {}
    Lease(Lease&&) = default;
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    IndexHandle& operator*() const { return *handle_; }
    IndexHandle* operator->() const { return handle_.get(); }

   private:
    IndexPool* pool_;
    std::unique_ptr<IndexHandle> handle_;
  };

  /// A handle on the latest commit (as of a moment during the call), after the callers
  /// already waiting have had theirs.
  /// Throws DatabaseError when the index cannot be opened (for instance while a bulk load
  /// moves its merged databases into place).
  Lease acquire();

  const std::string& dir() const { return dir_; }

 private:
  std::unique_ptr<IndexHandle> open() const;
  // The names of the bulk-load segment directories now present.
  std::string current_layout() const;
  // Brings `handle` to the latest commit, reopening it when anything changed; looks in full
  // only when its stamp does not vouch for it.
  void refresh(std::unique_ptr<IndexHandle>& handle) const;
  // Takes a lease slot (waiting in line when all are taken) and a free handle, if any.
  std::unique_ptr<IndexHandle> take_slot();
  // Returns `handle` (may be null) and passes its slot to the first caller waiting.
  void release(std::unique_ptr<IndexHandle> handle);

  /// One caller of acquire() waiting for a slot; woken alone, in turn.
  struct Waiter {
    std::condition_variable woken;
    bool granted = false;
  };

  std::string dir_;
  const OutletTable* outlets_;
  const SpeakerAliases* speakers_;
  std::size_t max_leases_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<IndexHandle>> free_;  ///< Last returned, first reused (warm).
  std::size_t leased_ = 0;                          ///< Slots taken (handles out or opening).
  std::deque<Waiter*> waiting_;                     ///< In arrival order.
};

}  // namespace rostra
