#include "common/index/bulk/segment_writer.h"

#include <filesystem>

#include "common/base/errors.h"
#include "common/schema/schema.h"

namespace rostra {
namespace {

// Articles queued per segment: enough to keep its thread busy while the caller hands out
// the next ones, few enough to bound the memory of prepared documents.
constexpr std::size_t kQueueCapacity = 64;

// Token parts of segment <n> (segments/<n>/) are named "s<n>-<k>", unique in the whole index, so a
// merge can move them all into one database directory.
std::string segment_part_prefix(const std::string& dir) {
  return "s" + std::filesystem::path(dir).filename().string() + "-";
}

}  // namespace

SegmentWriter::SegmentWriter(
    const std::string& dir, const std::vector<std::string>& earlier,
    const std::vector<std::shared_ptr<const SegmentFilter>>& earlier_filters,
    std::shared_ptr<TermDictionary> dictionary)
    : dir_(dir),
      dictionary_(std::move(dictionary)),
      earlier_([&] {
        std::vector<Earlier> segments;
        for (std::size_t i = 0; i < earlier.size(); ++i) {
          std::string articles =
              (std::filesystem::path(earlier[i]) / schema::kArticlesDatabase).string();
          segments.push_back(
              Earlier{earlier[i], open_for_reading(articles), std::nullopt, earlier_filters[i]});
        }
        return segments;
      }()),
      segment_(dir, segment_part_prefix(dir)),
      jobs_(kQueueCapacity),
      thread_([this] { run(); }) {}

SegmentWriter::~SegmentWriter() {
  jobs_.close();
  thread_.join();
}

void SegmentWriter::store(PreparedArticle prepared, std::string cluster) {
  jobs_.push(Store{std::move(prepared), std::move(cluster)});
}

std::future<void> SegmentWriter::finish() {
  auto done = std::make_shared<std::promise<void>>();
  std::future<void> ready = done->get_future();
  if (!jobs_.push(Finish{done})) {
    done->set_exception(std::make_exception_ptr(DatabaseError(dir_ + ": segment writer stopped")));
  }
  return ready;
}

void SegmentWriter::run() {
  while (std::optional<Job> job = jobs_.pop()) {
    if (auto* store = std::get_if<Store>(&*job)) {
      if (failure_) continue;  // reported by finish()
      try {
        PreparedArticle& prepared = store->prepared;
        ArticleWriter::Outcome outcome = ArticleWriter::Outcome::kUnchanged;
        if (!prepared.unchanged &&
            !segment_.holds_unchanged(prepared.id_term, prepared.record_hash)) {
          // An earlier segment's version makes this one unchanged or a replacement.
          outcome = remove_from_earlier(prepared);
          if (outcome != ArticleWriter::Outcome::kUnchanged) {
            const bool replaced = segment_.add(prepared, store->cluster);
            if (replaced) outcome = ArticleWriter::Outcome::kReplaced;
          }
        }
        counts_.count(outcome);
      } catch (const Xapian::Error& e) {
        failure_ = std::make_exception_ptr(DatabaseError(
            dir_ + ": writing " + store->prepared.article.id + ": " + e.get_description()));
      } catch (const std::exception& e) {
        failure_ = std::make_exception_ptr(
            DatabaseError(dir_ + ": writing " + store->prepared.article.id + ": " + e.what()));
      }
      continue;
    }
    Finish& finish = std::get<Finish>(*job);
    if (!failure_) {
      try {
        // Removals first: a crash between the two then loses the new version, which the
        // next run writes again, and never leaves two versions of an article.
        commit_earlier();
        segment_.finish();
        filter_ = std::make_shared<const SegmentFilter>(SegmentFilter::of(
            open_for_reading((std::filesystem::path(dir_) / schema::kArticlesDatabase).string())));
      } catch (const Xapian::Error& e) {
        failure_ = std::make_exception_ptr(
            DatabaseError(dir_ + ": commit failed: " + e.get_description()));
      } catch (const std::exception& e) {
        failure_ = std::make_exception_ptr(DatabaseError(dir_ + ": " + e.what()));
      }
    }
    if (failure_) {
      finish.done->set_exception(failure_);
    } else {
      finish.done->set_value();
    }
  }
}

ArticleWriter::Outcome SegmentWriter::remove_from_earlier(const PreparedArticle& prepared) {
  // Every earlier segment is asked, so that a version left by an interrupted run anywhere
  // is found: the same record makes the article unchanged, another one is removed.
  bool same = false;
  bool removed = false;
  for (Earlier& e : earlier_) {
    if (!e.filter->may_hold(prepared.id_term)) continue;
    // After a removal the writable handle is the current one.
    const Xapian::Database& db = e.write ? e.write->articles : e.read;
    Xapian::docid docid = find_docid(db, prepared.id_term);
    if (docid == 0) continue;
    if (!same &&
        db.get_document(docid).get_value(schema::kSlotRecordHash) == prepared.record_hash) {
      same = true;
      continue;
    }
    if (!e.write) {
      e.write.emplace(open_index_for_writing(e.dir, dictionary_, segment_part_prefix(e.dir)));
    }
    erase_article(*e.write, prepared.article.id);
    removed = true;
  }
  if (same) return ArticleWriter::Outcome::kUnchanged;
  return removed ? ArticleWriter::Outcome::kReplaced : ArticleWriter::Outcome::kAdded;
}

void SegmentWriter::commit_earlier() {
  for (Earlier& e : earlier_) {
    if (!e.write) continue;
    e.write->commit();
    e.write.reset();
    e.read.reopen();
  }
}

}  // namespace rostra
