#include "common/spread/cluster_store.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "common/base/text_util.h"
#include "common/document/stored_article.h"
#include "common/document/stored_quote.h"
#include "common/model/quote.h"
#include "common/schema/index_terms.h"
#include "common/schema/schema.h"

namespace rostra {
namespace {

const std::string& clustered_term() {
  static const std::string term(schema::kClusteredTerm);
  return term;
}

// The documents holding `term` that do (`placed`) or do not hold the clustered term, in
// docid order. Read from the posting lists: Xapian 1.4.22's Enquire with a weight that
// reads no wdf takes an all-documents shortcut that fails on docid gaps (see count_weight.h).
std::vector<Xapian::docid> holding(const Xapian::Database& db, const std::string& term,
                                   bool placed) {
  std::vector<Xapian::docid> out;
  Xapian::PostingIterator marker = db.postlist_begin(clustered_term());
  const Xapian::PostingIterator marker_end = db.postlist_end(clustered_term());
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
    if (marker != marker_end) marker.skip_to(*it);
    const bool has = marker != marker_end && *marker == *it;
    if (has == placed) out.push_back(*it);
  }
  return out;
}

// The spoken quotes not placed yet, in docid order.
std::vector<Xapian::docid> unplaced(const Xapian::Database& db) {
  std::vector<Xapian::docid> out;
  for (QuoteKind kind : {QuoteKind::kQuote, QuoteKind::kTurn}) {
    std::vector<Xapian::docid> some = holding(db, quote_kind_term(quote_kind_name(kind)), false);
    out.insert(out.end(), some.begin(), some.end());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// The quote's unique id term (what names a cluster it founds).
std::string quote_id_of(const Xapian::Document& doc) {
  Xapian::TermIterator t = doc.termlist_begin();
  t.skip_to(std::string(schema::kPrefixId));
  if (t != doc.termlist_end() && (*t).starts_with(schema::kPrefixId)) return *t;
  return "#" + std::to_string(doc.get_docid());
}

SpreadQuote spread_quote(const Xapian::Document& doc) {
  StoredQuote stored = decode_stored_quote(doc.get_data());
  SpreadQuote q;
  q.id = quote_id_of(doc);
  q.text = std::move(stored.text);
  q.date = std::move(stored.date);
  q.language = std::move(stored.language);
  q.article_id = std::move(stored.article_id);
  q.cluster = doc.get_value(schema::kSlotQuoteCluster);
  return q;
}

class Placer {
 public:
  Placer(Xapian::WritableDatabase& db, std::uint64_t commit_every)
      : db_(db), commit_every_(commit_every) {}

  void place(Xapian::docid docid, const std::string& cluster, const std::string& key) {
    Xapian::Document doc = db_.get_document(docid);
    doc.add_boolean_term(quote_cluster_term(cluster));
    doc.add_boolean_term(quote_text_term(hash_hex(key)));
    doc.add_boolean_term(clustered_term());
    doc.add_value(schema::kSlotQuoteCluster, cluster);
    db_.replace_document(docid, doc);
    ++update_.placed;
    if (++uncommitted_ >= commit_every_) commit();
  }
  void link(const std::string& cluster, TranslationLink link) {
    links_[cluster].push_back(std::move(link));
  }
  void commit() {
    for (auto& [cluster, links] : links_) {
      const std::string key = std::string(schema::kMetaSpreadLink) + cluster;
      std::vector<TranslationLink> stored = decode_translation_links(db_.get_metadata(key));
      for (TranslationLink& link : links) merge_translation_link(stored, std::move(link));
      db_.set_metadata(key, encode_translation_links(stored));
    }
    links_.clear();
    db_.commit();
    uncommitted_ = 0;
  }
  SpreadUpdate& update() { return update_; }

 private:
  Xapian::WritableDatabase& db_;
  std::uint64_t commit_every_;
  std::uint64_t uncommitted_ = 0;
  std::map<std::string, std::vector<TranslationLink>> links_;
  SpreadUpdate update_;
};

void place_speaker(Xapian::WritableDatabase& db, const std::string& speaker_term,
                   const std::vector<Xapian::docid>& added_ids, WordingAnalyzer& analyzer,
                   const ClusterOptions& options, Placer& placer) {
  std::vector<SpreadQuote> existing, added;
  for (Xapian::docid id : holding(db, speaker_term, true)) {
    existing.push_back(spread_quote(db.get_document(id)));
  }
  for (Xapian::docid id : added_ids) added.push_back(spread_quote(db.get_document(id)));
  BlockClusters placed = cluster_block(existing, added, analyzer, options);
  for (std::size_t i = 0; i < added.size(); ++i) {
    if (placed.clusters[i] == new_cluster_id(added[i].id)) ++placer.update().founded;
    placer.place(added_ids[i], placed.clusters[i], placed.keys[i]);
  }
  placer.update().links += placed.links.size() / 2;
  for (auto& [cluster, link] : placed.links) placer.link(cluster, std::move(link));
}

// A quote with no speaker joins an exact copy (of min_words words or more), else founds.
void place_unattributed(Xapian::WritableDatabase& db, Xapian::docid docid,
                        WordingAnalyzer& analyzer, const ClusterOptions& options,
                        std::unordered_map<std::string, std::string>& by_key, Placer& placer) {
  SpreadQuote q = spread_quote(db.get_document(docid));
  QuoteWording w = analyzer.analyze(q.text, q.language);
  std::string cluster;
  if (w.words.size() >= options.min_words) {
    if (auto it = by_key.find(w.key); it != by_key.end()) {
      cluster = it->second;
    } else {
      const std::string term = quote_text_term(hash_hex(w.key));
      if (auto p = db.postlist_begin(term); p != db.postlist_end(term)) {
        cluster = db.get_document(*p).get_value(schema::kSlotQuoteCluster);
      }
    }
  }
  if (cluster.empty()) {
    cluster = new_cluster_id(q.id);
    ++placer.update().founded;
  }
  if (w.words.size() >= options.min_words) by_key.emplace(w.key, cluster);
  placer.place(docid, cluster, w.key);
}

}  // namespace

SpreadUpdate update_quote_clusters(Xapian::WritableDatabase& quotes, const ClusterOptions& options,
                                   std::uint64_t commit_every) {
  std::map<std::string, std::vector<Xapian::docid>> by_speaker;
  std::vector<Xapian::docid> unattributed;
  for (Xapian::docid id : unplaced(quotes)) {
    std::string speaker = quotes.get_document(id).get_value(schema::kSlotSpeakers);
    if (speaker.empty()) {
      unattributed.push_back(id);
    } else {
      by_speaker[speaker_term(speaker)].push_back(id);
    }
  }
  Placer placer(quotes, commit_every);
  WordingAnalyzer analyzer;
  for (const auto& [term, ids] : by_speaker) {
    place_speaker(quotes, term, ids, analyzer, options, placer);
  }
  std::unordered_map<std::string, std::string> by_key;
  for (Xapian::docid id : unattributed) {
    place_unattributed(quotes, id, analyzer, options, by_key, placer);
  }
  placer.commit();
  return placer.update();
}

std::string cluster_of(const Xapian::Database& quotes, Xapian::docid docid) {
  return quotes.get_document(docid).get_value(schema::kSlotQuoteCluster);
}

std::vector<ClusterOccurrence> read_cluster(const Xapian::Database& quotes,
                                            const Xapian::Database* articles, std::string_view id) {
  std::vector<ClusterOccurrence> out;
  const std::string term = quote_cluster_term(id);
  std::string earliest;
  for (auto it = quotes.postlist_begin(term); it != quotes.postlist_end(term); ++it) {
    Xapian::Document doc = quotes.get_document(*it);
    ClusterOccurrence o;
    o.quote = decode_stored_quote(doc.get_data());
    o.duplicate_key = doc.get_value(schema::kSlotCluster);
    if (!o.quote.date.empty() && (earliest.empty() || o.quote.date < earliest)) {
      earliest = o.quote.date;
    }
    out.push_back(std::move(o));
  }
  // The date's source is the article's: read only for the occurrences that may be first.
  if (articles == nullptr) return out;
  for (ClusterOccurrence& o : out) {
    if (o.quote.date != earliest || earliest.empty()) continue;
    const std::string article = id_term(o.quote.article_id);
    auto p = articles->postlist_begin(article);
    if (p == articles->postlist_end(article)) continue;
    o.date_source = decode_stored_article(articles->get_document(*p).get_data()).date_source;
  }
  return out;
}

std::vector<TranslationLink> read_translation_links(const Xapian::Database& quotes,
                                                    std::string_view id) {
  std::vector<TranslationLink> links = decode_translation_links(
      quotes.get_metadata(std::string(schema::kMetaSpreadLink) + std::string(id)));
  std::erase_if(links, [&](const TranslationLink& link) {
    return !quotes.term_exists(quote_cluster_term(link.other));
  });
  return links;
}

}  // namespace rostra
