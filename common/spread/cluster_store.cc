#include "common/spread/cluster_store.h"

#include <algorithm>
#include <atomic>
#include <functional>
#include <map>
#include <stdexcept>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "common/base/part_runner.h"
#include "common/base/text_util.h"
#include "common/document/stored_article.h"
#include "common/document/stored_quote.h"
#include "common/model/quote.h"
#include "common/schema/index_terms.h"
#include "common/schema/schema.h"
#include "common/spread/phrase_block.h"

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

// The value in `slot` of each of `ids` (sorted), read from the slot's stream in one pass
// rather than document by document.
std::vector<std::string> values_of(const Xapian::Database& db, Xapian::valueno slot,
                                   const std::vector<Xapian::docid>& ids) {
  std::vector<std::string> out(ids.size());
  Xapian::ValueIterator v = db.valuestream_begin(slot);
  for (std::size_t i = 0; i < ids.size() && v != db.valuestream_end(slot); ++i) {
    v.skip_to(ids[i]);
    if (v != db.valuestream_end(slot) && v.get_docid() == ids[i]) out[i] = *v;
  }
  return out;
}

// The spoken quotes with a speaker by speaker, and (in `unattributed`) those without, of
// `ids`.
std::map<std::string, std::vector<Xapian::docid>> by_speaker(
    const Xapian::Database& db, const std::vector<Xapian::docid>& ids,
    std::vector<Xapian::docid>* unattributed = nullptr) {
  std::map<std::string, std::vector<Xapian::docid>> out;
  const std::vector<std::string> speakers = values_of(db, schema::kSlotSpeakers, ids);
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (!speakers[i].empty()) {
      out[speakers[i]].push_back(ids[i]);
    } else if (unattributed != nullptr) {
      unattributed->push_back(ids[i]);
    }
  }
  return out;
}

// The quote's unique id term (what names a cluster it founds).
std::string quote_id_of(const Xapian::Document& doc) {
  Xapian::TermIterator t = doc.termlist_begin();
  t.skip_to(std::string(schema::kPrefixId));
  if (t != doc.termlist_end() && (*t).starts_with(schema::kPrefixId)) return *t;
  return "#" + std::to_string(doc.get_docid());
}

// Reads the quotes `ids` (their data once each, on this thread: a Database is not
// thread-safe) and analyses their wording on `runner`'s threads.
std::vector<SpreadQuote> read_quotes(const Xapian::Database& db,
                                     const std::vector<Xapian::docid>& ids, PartRunner& runner,
                                     std::vector<WordingAnalyzer>& analyzers) {
  std::vector<std::string> data(ids.size());
  std::vector<SpreadQuote> out(ids.size());
  for (std::size_t i = 0; i < ids.size(); ++i) {
    Xapian::Document doc = db.get_document(ids[i]);
    data[i] = doc.get_data();
    out[i].id = quote_id_of(doc);
  }
  std::atomic<bool> corrupt{false};
  runner.run(ids.size(), [&](std::size_t i, unsigned thread) {
    try {
      StoredQuote stored = decode_stored_quote(data[i]);
      SpreadQuote& q = out[i];
      q.wording = analyzers[thread].analyze(stored.text, stored.language);
      q.date = std::move(stored.date);
      q.language = std::move(stored.language);
      q.article_id = std::move(stored.article_id);
      q.speaker = std::move(stored.speaker);
    } catch (const std::exception&) {
      corrupt = true;
    }
  });
  if (corrupt) throw std::runtime_error("quotes database: a corrupt stored quote");
  return out;
}

class Placer {
 public:
  Placer(Xapian::WritableDatabase& db, std::uint64_t commit_every)
      : db_(db), commit_every_(commit_every) {}

  void place(Xapian::docid docid, const std::string& cluster, const std::string& key) {
    Xapian::Document doc = db_.get_document(docid);
    doc.add_boolean_term(quote_cluster_term(cluster));
    doc.add_boolean_term(quote_text_term(key));
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

// The metadata key of `speaker`'s phrase block `month`.
std::string block_key(std::string_view speaker, std::string_view month) {
  return std::string(kMetaSpreadBlock) + hash_hex(speaker) + "." + std::string(month);
}

// The phrase blocks of one speaker that an update reads and writes, by month.
class SpeakerBlocks {
 public:
  SpeakerBlocks(Xapian::WritableDatabase& db, std::string speaker)
      : db_(db), speaker_(std::move(speaker)) {}

  // Reads the blocks the quotes are compared against; returns their phrases.
  std::vector<PlacedPhrase> load(const std::vector<SpreadQuote>& quotes) {
    std::vector<PlacedPhrase> out;
    for (const SpreadQuote& q : quotes) {
      for (const std::string& month : neighbour_blocks(q.date)) {
        if (blocks_.contains(month)) continue;
        Block& b = blocks_[month];
        b.phrases = decode_phrase_block(db_.get_metadata(block_key(speaker_, month)));
        for (std::size_t i = 0; i < b.phrases.size(); ++i) b.index[b.phrases[i].wording.key] = i;
        out.insert(out.end(), b.phrases.begin(), b.phrases.end());
      }
    }
    return out;
  }
  // Counts quote `q`, placed in `cluster`, in its own month's block.
  void add(const SpreadQuote& q, const std::string& cluster) {
    Block& b = blocks_[time_block(q.date)];
    auto [it, fresh] = b.index.try_emplace(q.wording.key, b.phrases.size());
    if (fresh) b.phrases.push_back(placed_phrase(q, cluster));
    count_quote(b.phrases[it->second], q);
    b.changed = true;
  }
  void save() {
    for (const auto& [month, b] : blocks_) {
      if (b.changed) db_.set_metadata(block_key(speaker_, month), encode_phrase_block(b.phrases));
    }
  }

 private:
  struct Block {
    std::vector<PlacedPhrase> phrases;
    std::unordered_map<std::string, std::size_t> index;  // wording key -> phrase
    bool changed = false;
  };
  Xapian::WritableDatabase& db_;
  std::string speaker_;
  std::map<std::string, Block> blocks_;
};

// The cluster of a placed quote of `speaker` whose wording is `key`, outside the blocks
// compared (said again months later), or "" when there is none.
std::string exact_copy(const Xapian::Database& db, const std::string& speaker,
                       const std::string& key) {
  constexpr int kLooked = 8;  // copies by other speakers are few; don't walk a long list
  const std::string term = quote_text_term(key);
  int looked = 0;
  for (auto p = db.postlist_begin(term); p != db.postlist_end(term) && looked < kLooked;
       ++p, ++looked) {
    Xapian::Document doc = db.get_document(*p);
    if (doc.get_value(schema::kSlotSpeakers) == speaker) {
      return doc.get_value(schema::kSlotQuoteCluster);
    }
  }
  return "";
}

// Places one speaker's quotes against the phrases of the blocks they fall in.
void place_speaker(Xapian::WritableDatabase& db, const std::vector<Xapian::docid>& ids,
                   const std::vector<SpreadQuote>& quotes, const ClusterOptions& options,
                   Placer& placer) {
  SpeakerBlocks blocks(db, quotes.front().speaker);
  std::vector<PlacedPhrase> existing = blocks.load(quotes);
  std::unordered_set<std::string> known;
  for (const PlacedPhrase& p : existing) known.insert(p.wording.key);
  for (const SpreadQuote& q : quotes) {
    if (q.wording.length < options.min_words || !known.insert(q.wording.key).second) continue;
    std::string cluster = exact_copy(db, q.speaker, q.wording.key);
    if (cluster.empty()) continue;
    existing.push_back(placed_phrase(q, cluster));
    existing.back().count = 1;
  }
  BlockClusters placed = cluster_block(existing, quotes, options);
  for (std::size_t i = 0; i < quotes.size(); ++i) {
    if (quotes[i].wording.length >= options.min_words) blocks.add(quotes[i], placed.clusters[i]);
  }
  blocks.save();  // before the quotes: a commit between them leaves no placed quote unknown
  for (std::size_t i = 0; i < quotes.size(); ++i) {
    if (placed.clusters[i] == new_cluster_id(quotes[i].id)) ++placer.update().founded;
    placer.place(ids[i], placed.clusters[i], placed.keys[i]);
  }
  placer.update().links += placed.links.size() / 2;
  for (auto& [cluster, link] : placed.links) placer.link(cluster, std::move(link));
}

// A quote with no speaker joins an exact copy (of min_words words or more), else founds.
void place_unattributed(Xapian::WritableDatabase& db, Xapian::docid docid, const SpreadQuote& q,
                        const ClusterOptions& options,
                        std::unordered_map<std::string, std::string>& by_key, Placer& placer) {
  const QuoteWording& w = q.wording;
  std::string cluster;
  if (w.length >= options.min_words) {
    if (auto it = by_key.find(w.key); it != by_key.end()) {
      cluster = it->second;
    } else {
      const std::string term = quote_text_term(w.key);
      if (auto p = db.postlist_begin(term); p != db.postlist_end(term)) {
        cluster = db.get_document(*p).get_value(schema::kSlotQuoteCluster);
      }
    }
  }
  if (cluster.empty()) {
    cluster = new_cluster_id(q.id);
    ++placer.update().founded;
  }
  if (w.length >= options.min_words) by_key.emplace(w.key, cluster);
  placer.place(docid, cluster, w.key);
}

// Quotes read and analysed at once: enough to keep both threads busy, few enough to bound
// the memory an update holds.
constexpr std::size_t kBatchQuotes = 4096;

// Calls fn(ids, quotes) for each speaker's quotes, read and analysed a batch of speakers at
// a time.
void for_each_speaker(
    const Xapian::Database& db, const std::map<std::string, std::vector<Xapian::docid>>& speakers,
    PartRunner& runner, std::vector<WordingAnalyzer>& analyzers,
    const std::function<void(const std::vector<Xapian::docid>&, std::vector<SpreadQuote>&)>& fn) {
  for (auto it = speakers.begin(); it != speakers.end();) {
    std::vector<Xapian::docid> batch;
    auto end = it;
    while (end != speakers.end() && (batch.empty() || batch.size() < kBatchQuotes)) {
      batch.insert(batch.end(), end->second.begin(), end->second.end());
      ++end;
    }
    std::vector<SpreadQuote> quotes = read_quotes(db, batch, runner, analyzers);
    auto at = quotes.begin();
    for (; it != end; ++it) {
      const auto n = static_cast<std::ptrdiff_t>(it->second.size());
      std::vector<SpreadQuote> mine(std::make_move_iterator(at), std::make_move_iterator(at + n));
      fn(it->second, mine);
      at += n;
    }
  }
}

// Builds the phrase blocks of an index whose quotes were placed before blocks were kept:
// each placed spoken quote with a speaker read and analysed once.
void build_blocks(Xapian::WritableDatabase& db, const ClusterOptions& options, PartRunner& runner,
                  std::vector<WordingAnalyzer>& analyzers) {
  std::vector<Xapian::docid> ids;
  for (QuoteKind kind : {QuoteKind::kQuote, QuoteKind::kTurn}) {
    std::vector<Xapian::docid> some = holding(db, quote_kind_term(quote_kind_name(kind)), true);
    ids.insert(ids.end(), some.begin(), some.end());
  }
  std::sort(ids.begin(), ids.end());
  const std::vector<std::string> clusters = values_of(db, schema::kSlotQuoteCluster, ids);
  auto cluster = [&](Xapian::docid id) {
    return clusters[std::lower_bound(ids.begin(), ids.end(), id) - ids.begin()];
  };
  for_each_speaker(db, by_speaker(db, ids), runner, analyzers,
                   [&](const std::vector<Xapian::docid>& mine, std::vector<SpreadQuote>& quotes) {
                     SpeakerBlocks blocks(db, quotes.front().speaker);
                     blocks.load(quotes);
                     for (std::size_t i = 0; i < quotes.size(); ++i) {
                       if (quotes[i].wording.length < options.min_words) continue;
                       blocks.add(quotes[i], cluster(mine[i]));
                     }
                     blocks.save();
                   });
}

}  // namespace

SpreadUpdate update_quote_clusters(Xapian::WritableDatabase& quotes, const ClusterOptions& options,
                                   std::uint64_t commit_every) {
  PartRunner runner(std::max(2u, std::thread::hardware_concurrency()) - 1);
  std::vector<WordingAnalyzer> analyzers(runner.helpers() + 1);
  Placer placer(quotes, commit_every);
  if (quotes.get_metadata(std::string(kMetaSpreadBlocks)).empty()) {
    build_blocks(quotes, options, runner, analyzers);
  }
  std::vector<Xapian::docid> unattributed;
  for_each_speaker(quotes, by_speaker(quotes, unplaced(quotes), &unattributed), runner, analyzers,
                   [&](const std::vector<Xapian::docid>& ids, std::vector<SpreadQuote>& mine) {
                     place_speaker(quotes, ids, mine, options, placer);
                   });
  std::unordered_map<std::string, std::string> by_key;
  for (std::size_t from = 0; from < unattributed.size(); from += kBatchQuotes) {
    std::vector<Xapian::docid> batch(
        unattributed.begin() + static_cast<std::ptrdiff_t>(from),
        unattributed.begin() +
            static_cast<std::ptrdiff_t>(std::min(unattributed.size(), from + kBatchQuotes)));
    std::vector<SpreadQuote> read = read_quotes(quotes, batch, runner, analyzers);
    for (std::size_t i = 0; i < batch.size(); ++i) {
      place_unattributed(quotes, batch[i], read[i], options, by_key, placer);
    }
  }
  quotes.set_metadata(std::string(kMetaSpreadBlocks), "1");
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
