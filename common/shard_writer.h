#pragma once
// One shard of a bulk load: an index directory of its own, written by its own thread, so
// that several shards fill in parallel (Xapian's writing is the costly part of indexing).

#include <exception>
#include <future>
#include <memory>
#include <string>
#include <thread>
#include <variant>

#include "common/article_preparer.h"
#include "common/article_writer.h"
#include "common/database.h"
#include "common/work_queue.h"

namespace rostra {

/// Writes prepared articles into the index directory `dir` (created if missing) on a
/// thread of its own, in the order they are queued. Articles with the same id must go to
/// the same shard, so that a later version replaces the earlier one. Calls from one
/// thread only.
class ShardWriter {
 public:
  /// Opens (or creates) the shard; `outlets` and `aliases` must outlive the writer. Throws
  /// DatabaseError when the shard cannot be opened.
  ShardWriter(const std::string& dir, const OutletTable& outlets, const SpeakerAliases& aliases);
  /// Ends the thread; anything not committed is lost, as after a crash.
  ~ShardWriter();
  ShardWriter(const ShardWriter&) = delete;
  ShardWriter& operator=(const ShardWriter&) = delete;

  /// Queues `prepared` to be stored in duplicate cluster `cluster`. Blocks while the queue
  /// is full.
  void store(PreparedArticle prepared, std::string cluster);

  /// Queues a commit of both databases; the future is ready once everything queued before
  /// is stored and committed, and rethrows (as DatabaseError) any failure since the last.
  std::future<void> commit();

  /// What the shard did with the articles it was given ("unchanged": already committed by
  /// an interrupted run). REQUIRES: the last commit() completed and nothing was queued since.
  OutcomeCounts counts() const { return counts_; }

  /// The shard's directory.
  const std::string& directory() const { return dir_; }

 private:
  struct Store {
    PreparedArticle prepared;
    std::string cluster;
  };
  struct Commit {
    std::shared_ptr<std::promise<void>> done;
  };
  using Job = std::variant<Store, Commit>;

  void run();

  std::string dir_;
  WritableIndex index_;
  ArticleWriter writer_;
  OutcomeCounts counts_;
  std::exception_ptr failure_;  // the first failure since the last commit
  WorkQueue<Job> jobs_;
  std::thread thread_;
};

}  // namespace rostra
