#include "common/index/write/article_writer.h"

#include <algorithm>

#include "common/analysis/near_duplicates.h"
#include "common/base/text_util.h"
#include "common/input/metadata/article_metadata.h"
#include "common/schema/index_terms.h"
#include "common/schema/schema.h"

namespace rostra {

ArticleWriter::Outcome ArticleWriter::write(Article& article, std::vector<std::string>& warnings) {
  for (std::string& warning : resolve_metadata(article, outlets_)) {
    warnings.push_back(std::move(warning));
  }
  return write_resolved(article);
}

ArticleWriter::Outcome ArticleWriter::write_resolved(Article& article) {
  PreparedArticle prepared = preparer_.prepare(std::move(article), &index_.articles);
  Outcome outcome = store(prepared);
  article = std::move(prepared.article);
  return outcome;
}

void OutcomeCounts::count(ArticleWriter::Outcome outcome) {
  switch (outcome) {
    case ArticleWriter::Outcome::kAdded:
      ++added;
      break;
    case ArticleWriter::Outcome::kReplaced:
      ++replaced;
      break;
    case ArticleWriter::Outcome::kUnchanged:
      ++unchanged;
      break;
  }
}

OutcomeCounts& OutcomeCounts::operator+=(const OutcomeCounts& other) {
  added += other.added;
  replaced += other.replaced;
  unchanged += other.unchanged;
  return *this;
}

std::string find_exact_cluster(const Xapian::Database& db, const PreparedArticle& prepared,
                               Xapian::docid self) {
  std::string exact = content_hash_term(prepared.content_hash);
  for (auto it = db.postlist_begin(exact); it != db.postlist_end(exact); ++it) {
    if (*it == self) continue;
    return db.get_document(*it).get_value(schema::kSlotCluster);
  }
  return {};
}

std::string find_near_cluster(const Xapian::Database& db, const PreparedArticle& prepared,
                              Xapian::docid self) {
  if (is_empty_signature(prepared.minhash)) return {};
  for (const std::string& band : minhash_bands(prepared.minhash)) {
    std::string term = minhash_band_term(band);
    std::size_t examined = 0;
    for (auto it = db.postlist_begin(term);
         it != db.postlist_end(term) && examined < kMaxBandCandidates; ++it, ++examined) {
      if (*it == self) continue;
      Xapian::Document other = db.get_document(*it);
      MinHashSignature signature = parse_minhash_hex(other.get_value(schema::kSlotMinhash));
      if (minhash_similarity(signature, prepared.minhash) >= kNearDuplicateSimilarity) {
        return other.get_value(schema::kSlotCluster);
      }
    }
  }
  return {};
}

ArticleWriter::Outcome ArticleWriter::store(PreparedArticle& prepared, Duplicate* duplicate,
                                            const std::string* cluster_given) {
  Duplicate found = Duplicate::kNone;
  if (duplicate != nullptr) *duplicate = Duplicate::kNone;
  if (prepared.unchanged) return Outcome::kUnchanged;
  Xapian::docid existing = find_docid(index_.articles, prepared.id_term);
  if (existing != 0 && index_.articles.get_document(existing).get_value(schema::kSlotRecordHash) ==
                           prepared.record_hash) {
    return Outcome::kUnchanged;
  }
  std::string cluster;
  if (cluster_given != nullptr) {
    cluster = *cluster_given;
  } else if (cluster = find_exact_cluster(index_.articles, prepared, existing); !cluster.empty()) {
    found = Duplicate::kExact;
  } else if (cluster = find_near_cluster(index_.articles, prepared, existing); !cluster.empty()) {
    found = Duplicate::kNear;
  }
  if (cluster.empty()) cluster = hash_hex(prepared.article.id);
  prepared.document.set_value(schema::kSlotCluster, cluster);
  index_.replace_article(prepared.id_term, prepared.document);
  std::string link = article_term(prepared.article.id);
  if (existing != 0 || index_.quotes.term_exists(link)) index_.quotes.delete_document(link);
  for (auto& [id, doc] : prepared.quote_documents) {
    doc.set_value(schema::kSlotCluster, cluster);
    index_.replace_quote(id, doc);
  }
  if (duplicate != nullptr) *duplicate = found;
  return existing != 0 ? Outcome::kReplaced : Outcome::kAdded;
}

bool ArticleWriter::erase(const std::string& id) {
  return erase_article(index_, id);
}

bool erase_article(WritableIndex& index, const std::string& id) {
  // Quotes whose article is gone already (left by a run of an older version, killed between
  // two commits) are deleted too: a deleted article's text must not stay findable.
  const std::string term = id_term(id);
  const std::string link = article_term(id);
  const bool article = index.articles.term_exists(term);
  const bool quotes = index.quotes.term_exists(link);
  if (quotes) index.quotes.delete_document(link);
  if (article) index.articles.delete_document(term);
  return article || quotes;
}

}  // namespace rostra
