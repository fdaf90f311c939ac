#include "common/index/bulk/bulk_duplicates.h"

#include <algorithm>
#include <filesystem>

#include "common/base/text_util.h"
#include "common/index/database_access.h"
#include "common/schema/index_terms.h"
#include "common/schema/schema.h"

namespace rostra {

void BulkDuplicates::add_segments(
    const std::vector<std::string>& dirs,
    const std::vector<std::shared_ptr<const SegmentFilter>>& filters) {
  for (std::size_t i = 0; i < dirs.size(); ++i) {
    committed_.push_back(
        open_for_reading((std::filesystem::path(dirs[i]) / schema::kArticlesDatabase).string()));
    filters_.push_back(filters[i]);
  }
}

void BulkDuplicates::refresh() {
  for (Xapian::Database& db : committed_) db.reopen();
  pending_.clear();
  pending_exact_.clear();
  pending_bands_.clear();
}

std::string BulkDuplicates::assign(const PreparedArticle& prepared, std::size_t writer,
                                   ArticleWriter::Duplicate* duplicate) {
  for (int attempt = 0;; ++attempt) {
    try {
      return assign_once(prepared, writer, duplicate);
    } catch (const Xapian::DatabaseModifiedError&) {
      // A segment committed twice since the last refresh (a writer removed an earlier
      // version of an article from it, or Xapian flushed on its own): read its latest commit.
      if (attempt >= 3) throw;
      for (Xapian::Database& db : committed_) db.reopen();
    }
  }
}

std::string BulkDuplicates::assign_once(const PreparedArticle& prepared, std::size_t writer,
                                        ArticleWriter::Duplicate* duplicate) {
  *duplicate = ArticleWriter::Duplicate::kNone;
  const std::string& id = prepared.article.id;
  std::vector<std::string> bands;
  if (!is_empty_signature(prepared.minhash)) bands = minhash_bands(prepared.minhash);
  // This article's own earlier version (a repeated id, in one of its writer's segments) is
  // never its duplicate.
  std::vector<Xapian::docid> self(committed_.size(), 0);
  for (std::size_t s = writer; s < committed_.size(); s += writers_) {
    if (filters_[s]->may_hold(prepared.id_term))
      self[s] = find_docid(committed_[s], prepared.id_term);
  }

  std::string cluster;
  const std::string exact = content_hash_term(prepared.content_hash);
  for (std::size_t s = 0; s < committed_.size() && cluster.empty(); ++s) {
    if (filters_[s]->may_hold(exact))
      cluster = find_exact_cluster(committed_[s], prepared, self[s]);
  }
  if (cluster.empty()) {
    auto it = pending_exact_.find(prepared.content_hash);
    if (it != pending_exact_.end() && pending_[it->second].id != id) {
      cluster = pending_[it->second].cluster;
    }
  }
  if (!cluster.empty()) {
    *duplicate = ArticleWriter::Duplicate::kExact;
  } else {
    for (std::size_t s = 0; s < committed_.size() && cluster.empty(); ++s) {
      const bool any_band = std::any_of(bands.begin(), bands.end(), [&](const std::string& band) {
        return filters_[s]->may_hold(minhash_band_term(band));
      });
      if (any_band) cluster = find_near_cluster(committed_[s], prepared, self[s]);
    }
    for (std::size_t b = 0; b < bands.size() && cluster.empty(); ++b) {
      auto it = pending_bands_.find(bands[b]);
      if (it == pending_bands_.end()) continue;
      for (std::size_t candidate : it->second) {
        const Pending& other = pending_[candidate];
        if (other.id != id &&
            minhash_similarity(other.minhash, prepared.minhash) >= kNearDuplicateSimilarity) {
          cluster = other.cluster;
          break;
        }
      }
    }
    if (!cluster.empty()) *duplicate = ArticleWriter::Duplicate::kNear;
  }
  if (cluster.empty()) cluster = hash_hex(id);

  std::size_t index = pending_.size();
  pending_.push_back(Pending{id, prepared.minhash, cluster});
  pending_exact_.emplace(prepared.content_hash, index);
  for (std::string& band : bands) {
    std::vector<std::size_t>& candidates = pending_bands_[std::move(band)];
    if (candidates.size() < kMaxBandCandidates) candidates.push_back(index);
  }
  return cluster;
}

}  // namespace rostra
