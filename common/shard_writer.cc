#include "common/shard_writer.h"

#include "common/errors.h"

namespace rostra {
namespace {

// Articles queued per shard: enough to keep its thread busy while the caller hands out
// the next ones, few enough to bound the memory of prepared documents.
constexpr std::size_t kQueueCapacity = 64;

}  // namespace

ShardWriter::ShardWriter(const std::string& dir, const OutletTable& outlets,
                         const SpeakerAliases& aliases)
    : dir_(dir),
      index_(open_index_for_writing(dir)),
      writer_(index_, outlets, aliases),
      jobs_(kQueueCapacity),
      thread_([this] { run(); }) {}

ShardWriter::~ShardWriter() {
  jobs_.close();
  thread_.join();
}

void ShardWriter::store(PreparedArticle prepared, std::string cluster) {
  jobs_.push(Store{std::move(prepared), std::move(cluster)});
}

std::future<void> ShardWriter::commit() {
  auto done = std::make_shared<std::promise<void>>();
  std::future<void> ready = done->get_future();
  if (!jobs_.push(Commit{done})) {
    done->set_exception(std::make_exception_ptr(DatabaseError(dir_ + ": shard writer stopped")));
  }
  return ready;
}

void ShardWriter::run() {
  while (std::optional<Job> job = jobs_.pop()) {
    if (auto* store = std::get_if<Store>(&*job)) {
      if (failure_) continue;  // reported with the next commit
      try {
        counts_.count(writer_.store(store->prepared, nullptr, &store->cluster));
      } catch (const Xapian::Error& e) {
        failure_ = std::make_exception_ptr(DatabaseError(
            dir_ + ": writing " + store->prepared.article.id + ": " + e.get_description()));
      }
      continue;
    }
    Commit& commit = std::get<Commit>(*job);
    if (!failure_) {
      try {
        index_.commit();
      } catch (const Xapian::Error& e) {
        failure_ = std::make_exception_ptr(
            DatabaseError(dir_ + ": commit failed: " + e.get_description()));
      }
    }
    if (failure_) {
      commit.done->set_exception(failure_);
    } else {
      commit.done->set_value();
    }
  }
}

}  // namespace rostra
