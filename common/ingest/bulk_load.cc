#include "common/ingest/bulk_load.h"

#include <charconv>
#include <filesystem>
#include <future>

#include "common/base/errors.h"
#include "common/index/bulk/segment_merge.h"
#include "common/index/database_access.h"
#include "common/index/segment_directories.h"
#include "common/schema/schema.h"

namespace rostra {
namespace {

// The number of writers an interrupted bulk load of `index` used; 0 when none is recorded.
unsigned stored_writers(WritableIndex& index, const std::string& dir) {
  const std::string stored = index.articles.get_metadata(std::string(schema::kBulkWritersKey));
  unsigned writers = 0;
  if (stored.empty()) return writers;
  auto [end, error] = std::from_chars(stored.data(), stored.data() + stored.size(), writers);
  if (error != std::errc() || end != stored.data() + stored.size()) {
    throw DatabaseError(dir + ": bad number of bulk writers '" + stored + "'; remove " +
                        std::string(schema::kSegmentsDirectory) + "/ and index again");
  }
  return writers;
}

}  // namespace

std::unique_ptr<BulkLoad> BulkLoad::resume_or_start(WritableIndex& index, const std::string& dir,
                                                    unsigned writers, bool may_start,
                                                    std::uint64_t segment_articles) {
  // An interrupted bulk load resumes with the same writers, so the same routing, after the
  // last round it committed (a round written but not committed is written again).
  const unsigned resumed_writers = stored_writers(index, dir);
  discard_uncommitted_segments(dir, resumed_writers);
  if (!list_segment_directories(dir).empty()) {
    return std::unique_ptr<BulkLoad>(new BulkLoad(index, dir, resumed_writers, segment_articles));
  }
  if (may_start && writers > 1 && index.articles.get_doccount() == 0) {
    return std::unique_ptr<BulkLoad>(new BulkLoad(index, dir, writers, segment_articles));
  }
  return nullptr;
}

BulkLoad::BulkLoad(WritableIndex& index, std::string dir, unsigned writers,
                   std::uint64_t segment_articles)
    : dir_(std::move(dir)),
      writers_(writers),
      segment_articles_(segment_articles),
      dictionary_(index.shared_dictionary()) {
  duplicates_.emplace(writers_);
  // Word ids continue those the segments already use (a resumed load).
  const std::vector<std::string> existing = list_segment_directories(dir_);
  for (const std::string& segment : existing) {
    for (std::string_view name : {schema::kArticlesDatabase, schema::kQuotesDatabase}) {
      std::string path = (std::filesystem::path(segment) / name).string();
      Xapian::Database db = open_for_reading(path);
      index.dictionary().load_from(db, path);
      if (name == schema::kArticlesDatabase) {
        filters_.push_back(std::make_shared<const SegmentFilter>(SegmentFilter::of(db)));
      }
    }
  }
  duplicates_->add_segments(existing, filters_);
  next_round_ = existing.size() / writers_;
  index.articles.set_metadata(std::string(schema::kBulkWritersKey), std::to_string(writers_));
}

void BulkLoad::open_round() {
  for (unsigned w = 0; w < writers_; ++w) {
    std::vector<std::string> earlier;
    std::vector<std::shared_ptr<const SegmentFilter>> earlier_filters;
    for (std::uint64_t r = 0; r < next_round_; ++r) {
      earlier.push_back(segment_directory(dir_, r * writers_ + w));
      earlier_filters.push_back(filters_[r * writers_ + w]);
    }
    segments_.push_back(
        std::make_unique<SegmentWriter>(segment_directory(dir_, next_round_ * writers_ + w),
                                        earlier, earlier_filters, dictionary_));
  }
  round_articles_ = 0;
}

void BulkLoad::store(PreparedArticle&& prepared, std::uint64_t id_hash,
                     ArticleWriter::Duplicate& duplicate) {
  if (segments_.empty()) open_round();
  const std::size_t segment = (id_hash >> 32) % segments_.size();
  std::string cluster = duplicates_->assign(prepared, segment, &duplicate);
  segments_[segment]->store(std::move(prepared), std::move(cluster));
  ++round_articles_;
}

bool BulkLoad::round_full() const {
  return round_articles_ >= segment_articles_ * writers_;
}

void BulkLoad::finish_round() {
  if (segments_.empty()) return;
  std::vector<std::future<void>> done;
  for (auto& segment : segments_) done.push_back(segment->finish());
  for (std::future<void>& d : done) d.get();
  std::vector<std::string> dirs;
  std::vector<std::shared_ptr<const SegmentFilter>> written;
  for (const auto& segment : segments_) {
    outcomes_ += segment->counts();
    dirs.push_back(segment->directory());
    written.push_back(segment->filter());
  }
  segments_.clear();
  filters_.insert(filters_.end(), written.begin(), written.end());
  duplicates_->add_segments(dirs, written);
  duplicates_->refresh();
  ++next_round_;
  round_articles_ = 0;
}

void BulkLoad::merge(WritableIndex& index) {
  duplicates_.reset();
  index.articles.close();
  index.quotes.close();
  merge_segments(dir_);
}

}  // namespace rostra
