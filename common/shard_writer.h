#pragma once
// One writer of a bulk load: a segment (an index directory of its own) written by its own
// thread, so that several writers fill segments in parallel (Xapian's writing is the costly
// part of indexing).

#include <exception>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <variant>
#include <vector>

#include "common/article_preparer.h"
#include "common/article_writer.h"
#include "common/database.h"
#include "common/work_queue.h"

namespace rostra {

/// Writes prepared articles into the segment `dir` (created if missing) on a thread of its
/// own, in the order they are queued. `earlier` are the segments this writer filled before
/// (same routing): an article whose id one of them holds is unchanged if its record is the
/// same, else removed there (committed with this segment) and replaced here. Articles with
/// the same id must go to the same writer. Calls from one thread only.
class ShardWriter {
 public:
  /// Opens (or creates) the segment and opens the earlier ones for reading; `outlets` and
  /// `aliases` must outlive the writer; `dictionary` holds the word ids of the whole index
  /// (shared with the other writers and the analysis threads). Throws DatabaseError when
  /// one cannot be opened.
  ShardWriter(const std::string& dir, const std::vector<std::string>& earlier,
              const OutletTable& outlets, const SpeakerAliases& aliases,
              std::shared_ptr<TermDictionary> dictionary);
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

  /// What the writer did with the articles it was given ("unchanged": already committed by
  /// an interrupted run). REQUIRES: the last commit() completed and nothing was queued since.
  OutcomeCounts counts() const { return counts_; }

  /// The segment's directory.
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

  // A segment this writer filled before: read to find ids, written only to remove them.
  struct Earlier {
    std::string dir;
    Xapian::Database read;
    std::optional<WritableIndex> write;  // open from a removal until the next commit
  };

  void run();
  // What an earlier segment holds of `prepared`: kUnchanged (the same record), kReplaced
  // (another version, now removed there) or kAdded (nothing).
  ArticleWriter::Outcome remove_from_earlier(const PreparedArticle& prepared);
  void commit_earlier();

  std::string dir_;
  std::shared_ptr<TermDictionary> dictionary_;
  std::vector<Earlier> earlier_;
  WritableIndex index_;
  ArticleWriter writer_;
  OutcomeCounts counts_;
  std::exception_ptr failure_;  // the first failure since the last commit
  WorkQueue<Job> jobs_;
  std::thread thread_;
};

}  // namespace rostra
