#include "common/spread/cluster_store.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <exception>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "common/base/part_runner.h"
#include "common/base/text_util.h"
#include "common/base/work_queue.h"
#include "common/document/stored_article.h"
#include "common/document/stored_quote.h"
#include "common/model/quote.h"
#include "common/schema/index_terms.h"
#include "common/schema/schema.h"
#include "common/spread/phrase_block.h"

namespace rostra {
namespace {

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

// The spoken quotes that are (`placed`) or are not placed in a cluster yet (hold its id
// in kSlotQuoteCluster), in docid order. Read from posting lists and the value stream:
// Xapian 1.4.22's Enquire with a weight that reads no wdf takes an all-documents shortcut
// that fails on docid gaps (see count_weight.h).
std::vector<Xapian::docid> spoken(const Xapian::Database& db, bool placed) {
  std::vector<Xapian::docid> all;
  for (QuoteKind kind : {QuoteKind::kQuote, QuoteKind::kTurn}) {
    const std::string term = quote_kind_term(quote_kind_name(kind));
    for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) all.push_back(*it);
  }
  std::sort(all.begin(), all.end());
  const std::vector<std::string> clusters = values_of(db, schema::kSlotQuoteCluster, all);
  std::vector<Xapian::docid> out;
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (clusters[i].empty() != placed) out.push_back(all[i]);
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

// Where placing gets its quotes: from `known` (may be null), else read back and analysed
// on `runner`'s threads, counted in `analysed`.
struct QuoteSource {
  PartRunner& runner;
  std::vector<WordingAnalyzer> analyzers;
  KnownQuotes* known = nullptr;
  std::uint64_t analysed = 0;
};

// The quotes `ids`: those `source.known` holds taken from it, the others read (their data
// once each, on this thread: a Database is not thread-safe) and analysed. With `wordings`,
// a quote taken from `source.known` is taken without its wording, left packed in its entry
// of `wordings` (KnownQuotes::take_head) for a clustering thread to unpack; the others'
// entries are empty.
std::vector<SpreadQuote> read_quotes(const Xapian::Database& db,
                                     const std::vector<Xapian::docid>& ids, QuoteSource& source,
                                     std::vector<std::string_view>* wordings = nullptr) {
  std::vector<std::string> data(ids.size());
  std::vector<SpreadQuote> out(ids.size());
  std::vector<std::size_t> unknown;
  if (wordings != nullptr) wordings->assign(ids.size(), {});
  for (std::size_t i = 0; i < ids.size(); ++i) {
    Xapian::Document doc = db.get_document(ids[i]);
    const std::string id = quote_id_of(doc);
    if (source.known != nullptr &&
        (wordings != nullptr ? source.known->take_head(id, out[i], (*wordings)[i])
                             : source.known->take(id, out[i]))) {
      continue;
    }
    data[i] = doc.get_data();
    out[i].id = id;
    unknown.push_back(i);
  }
  source.analysed += unknown.size();
  std::atomic<bool> corrupt{false};
  source.runner.run(unknown.size(), [&](std::size_t k, unsigned thread) {
    try {
      StoredQuote stored = decode_stored_quote(data[unknown[k]]);
      SpreadQuote& q = out[unknown[k]];
      q.wording = source.analyzers[thread].analyze(stored.text, stored.language);
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

// The metadata key of the first cluster of the quotes worded `key` (QuoteWording::key).
std::string text_key(std::string_view key) {
  return std::string(schema::kMetaSpreadText) + std::string(key);
}

// The metadata key listing the quotes of `cluster`.
std::string members_key(std::string_view cluster) {
  return std::string(schema::kMetaSpreadMembers) + std::string(cluster);
}

// Writes placements: each quote's cluster value, each cluster's list of quote ids and the
// links, committing every `commit_every` quotes. Everything written between two commits
// (the phrase blocks too) is one transaction, so a kill leaves none of it half written. Only a
// value is added to a quote document: a term would make Xapian re-encode the document's
// whole term list, which cost as much as all the rest of placing it.
class Placer {
 public:
  Placer(Xapian::WritableDatabase& db, std::uint64_t commit_every, PartRunner& runner)
      : db_(db),
        runner_(runner),
        commit_every_(commit_every),
        fresh_(db.metadata_keys_begin(std::string(kSpreadPrefix)) ==
               db.metadata_keys_end(std::string(kSpreadPrefix))) {
    begin();
  }
  // Drops what was written since the last commit (placing failed).
  ~Placer() {
    if (!in_transaction_) return;
    try {
      db_.cancel_transaction();
    } catch (const Xapian::Error&) {
      // Closing the database discards an uncommitted transaction all the same.
    }
  }
  Placer(const Placer&) = delete;
  Placer& operator=(const Placer&) = delete;

  // Places quote `docid`; `key` is its wording's key when it is long enough to be found
  // by an exact copy with no speaker, else "".
  void place(Xapian::docid docid, const std::string& quote_id, const std::string& cluster,
             const std::string& key) {
    if (!key.empty()) texts_.try_emplace(key, cluster);
    values_.emplace_back(docid, cluster);
    remember(cluster, quote_id);
    ++update_.placed;
    if (++uncommitted_ >= commit_every_) commit();
  }
  // Lists quote `quote_id` among the quotes of `cluster`.
  void remember(const std::string& cluster, const std::string& quote_id) {
    std::string& list = members_[cluster];
    list += quote_id;
    list += '\n';
  }
  // The first cluster of the quotes worded `key` (schema::kMetaSpreadText), or "": one an
  // earlier commit stored before one placed since (which that commit will not store).
  std::string text_cluster(const std::string& key) {
    std::string cluster = stored(text_key(key));
    if (!cluster.empty()) return cluster;
    auto it = texts_.find(key);
    return it != texts_.end() ? it->second : std::string();
  }
  void link(const std::string& cluster, TranslationLink link) {
    links_[cluster].push_back(std::move(link));
  }
  // Commits what was written since the last commit; begins the next transaction unless
  // `last`.
  void commit(bool last = false) {
    // The member lists' and text keys' metadata keys, made and put in key order as a part of
    // their own on runner_ while the values are written.
    std::vector<Entry> members;
    std::vector<Entry> texts;
    runner_.run(2, [&](std::size_t part, unsigned) {
      if (part == 0) {
        write_values();
      } else {
        members = in_key_order(members_, members_key);
        texts = in_key_order(texts_, text_key);
      }
    });
    for (auto& [cluster, links] : links_) {
      const std::string key = std::string(schema::kMetaSpreadLink) + cluster;
      const std::uint64_t hash = hash64(key);
      std::vector<TranslationLink> old = decode_translation_links(stored(key, hash));
      for (TranslationLink& link : links) merge_translation_link(old, std::move(link));
      write(key, encode_translation_links(old), hash);
    }
    for (const Entry& entry : members) {
      write(entry.key, stored(entry.key, entry.hash) + *entry.value, entry.hash);
    }
    for (const Entry& entry : texts) {
      if (stored(entry.key, entry.hash).empty()) write(entry.key, *entry.value, entry.hash);
    }
    const auto earlier = written_.begin() + static_cast<std::ptrdiff_t>(committed_);
    std::sort(earlier, written_.end());
    std::inplace_merge(written_.begin(), earlier, written_.end());
    committed_ = written_.size();
    links_.clear();
    members_.clear();
    texts_.clear();
    db_.commit_transaction();
    in_transaction_ = false;
    uncommitted_ = 0;
    if (!last) begin();
  }
  SpreadUpdate& update() { return update_; }

 private:
  // The metadata `key` (whose hash64 is `hash`) as stored: "" without a look-up when it is
  // known to be absent (the database held no cluster metadata when placing began, and no
  // commit of this update wrote `key`), as every key is in a bulk load's fresh index.
  std::string stored(const std::string& key, std::uint64_t hash) const {
    const auto earlier = written_.begin() + static_cast<std::ptrdiff_t>(committed_);
    if (fresh_ && !std::binary_search(written_.begin(), earlier, hash)) return {};
    return db_.get_metadata(key);
  }
  std::string stored(const std::string& key) const { return stored(key, hash64(key)); }
  void write(const std::string& key, const std::string& value, std::uint64_t hash) {
    db_.set_metadata(key, value);
    if (fresh_) written_.push_back(hash);
  }
  // A metadata entry a commit writes: its key, the key's hash64 and what the update adds.
  struct Entry {
    std::string key;
    std::uint64_t hash = 0;
    const std::string* value = nullptr;
  };
  // The entries of `map`, keyed by key_of(its key), in the order of their keys: metadata
  // written in key order changes each B-tree block once, where a hash map's order goes back
  // and forth (by reasoning: no run has timed this apart from the single commit it came with).
  using StringMap = std::unordered_map<std::string, std::string>;
  static std::vector<Entry> in_key_order(const StringMap& map,
                                         std::string (*key_of)(std::string_view)) {
    std::vector<Entry> out;
    out.reserve(map.size());
    for (const auto& [key, value] : map) {
      std::string full = key_of(key);
      const std::uint64_t hash = hash64(full);
      out.push_back({std::move(full), hash, &value});
    }
    std::sort(out.begin(), out.end(), [](const Entry& a, const Entry& b) { return a.key < b.key; });
    return out;
  }
  void begin() {
    db_.begin_transaction();
    in_transaction_ = true;
  }

  // Writes the cluster values placed since the last commit, in docid order. Xapian rewrites
  // every value of a document it replaces, and a document read from the database fetches
  // them slot by slot (a B-tree look-up of a value chunk each: most of what placing cost);
  // so each slot's values of a run of kValuesAtOnce documents are read from the slot's
  // stream in one pass, and each document is handed them whole (Document::clear_values
  // marks its values as present, so none is fetched again). Xapian merges the changed
  // values into the slots' chunks before it opens a value stream (the next run's reads) and
  // at the commit: in docid order, each merge rewrites only the chunks of its own stretch.
  void write_values() {
    std::sort(values_.begin(), values_.end());
    for (std::size_t from = 0; from < values_.size(); from += kValuesAtOnce) {
      const std::size_t to = std::min(values_.size(), from + kValuesAtOnce);
      std::vector<Xapian::docid> ids;
      ids.reserve(to - from);
      for (std::size_t i = from; i < to; ++i) ids.push_back(values_[i].first);
      std::vector<std::vector<std::string>> slots;
      for (Xapian::valueno slot = 0; slot < schema::kValueSlots; ++slot) {
        slots.push_back(slot == schema::kSlotQuoteCluster ? std::vector<std::string>()
                                                          : values_of(db_, slot, ids));
      }
      for (std::size_t i = 0; i < ids.size(); ++i) {
        Xapian::Document doc = db_.get_document(ids[i]);
        doc.clear_values();
        for (Xapian::valueno slot = 0; slot < schema::kValueSlots; ++slot) {
          if (slot != schema::kSlotQuoteCluster && !slots[slot][i].empty()) {
            doc.add_value(slot, slots[slot][i]);
          }
        }
        doc.add_value(schema::kSlotQuoteCluster, values_[from + i].second);
        db_.replace_document(ids[i], doc);
      }
    }
    values_.clear();
  }

  // Quote documents whose values are read at once (bounds the memory they take).
  static constexpr std::size_t kValuesAtOnce = 16384;

  // What every cluster metadata key (schema::kMetaSpread*) begins with.
  static constexpr std::string_view kSpreadPrefix = "rostra.spread.";
  static_assert(schema::kMetaSpreadLink.starts_with(kSpreadPrefix) &&
                schema::kMetaSpreadMembers.starts_with(kSpreadPrefix) &&
                schema::kMetaSpreadText.starts_with(kSpreadPrefix));

  Xapian::WritableDatabase& db_;
  PartRunner& runner_;  // runs a commit's value writing and key making side by side
  std::uint64_t commit_every_;
  std::uint64_t uncommitted_ = 0;
  bool fresh_;  // no cluster metadata was stored when placing began
  bool in_transaction_ = false;
  // hash64 of the metadata keys this update's commits wrote (only when fresh_): a key
  // they hold is looked up, one they lack is absent (a colliding hash costs a look-up).
  // Sorted up to committed_, those of the commits before the one under way; a commit
  // writes each key once.
  std::vector<std::uint64_t> written_;
  std::size_t committed_ = 0;
  std::map<std::string, std::vector<TranslationLink>> links_;
  StringMap members_;
  StringMap texts_;                                            // wording key -> its first cluster
  std::vector<std::pair<Xapian::docid, std::string>> values_;  // placed, not yet written
  SpreadUpdate update_;
};

// The metadata key of `speaker`'s phrase block `month`.
std::string block_key(std::string_view speaker, std::string_view month) {
  return std::string(schema::kMetaSpreadBlock) + hash_hex(speaker) + "." + std::string(month);
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
  // Counts quote `q`, placed in `cluster`, in its own month's block; the block takes over
  // its wording when it is the first of its words there (q.wording is left unspecified).
  void add(SpreadQuote& q, const std::string& cluster) {
    Block& b = blocks_[time_block(q.date)];
    auto [it, fresh] = b.index.try_emplace(q.wording.key, b.phrases.size());
    if (fresh) b.phrases.push_back(placed_phrase(std::move(q.wording), q.language, cluster));
    count_quote(b.phrases[it->second], q);
    b.changed = true;
  }
  // The blocks that add changed, as metadata keys and their new values. Touches no database:
  // may run while another thread uses it.
  std::vector<std::pair<std::string, std::string>> encoded() const {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& [month, b] : blocks_) {
      if (b.changed) out.emplace_back(block_key(speaker_, month), encode_phrase_block(b.phrases));
    }
    return out;
  }
  void save() {
    for (const auto& [key, value] : encoded()) db_.set_metadata(key, value);
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

// The wording key by which a quote with no speaker finds `q` (kMetaSpreadText), or "" when
// `q` is too short to be found so: only a wording of short_copy_words or more is matched
// at any distance in time, since a shorter one ("Thank you very much.") is said by many
// people on many occasions. Shorter keys are thus never recorded either.
std::string text_key_of(const SpreadQuote& q, const ClusterOptions& options) {
  const bool findable = q.wording.length >= std::max(options.min_words, options.short_copy_words);
  return findable ? q.wording.key : std::string();
}

// A quote with no speaker joins an exact copy (with a speaker or not), else founds.
void place_unattributed(Xapian::docid docid, const SpreadQuote& q, const ClusterOptions& options,
                        Placer& placer) {
  const std::string key = text_key_of(q, options);
  std::string cluster = key.empty() ? "" : placer.text_cluster(key);
  if (cluster.empty()) {
    cluster = new_cluster_id(q.id);
    ++placer.update().founded;
  }
  placer.place(docid, q.id, cluster, key);
}

// Quotes read and analysed at once: enough to keep both threads busy, few enough to bound
// the memory an update holds.
constexpr std::size_t kBatchQuotes = 4096;

// The speakers' docid lists, in the order their quotes are read.
using SpeakerOrder = std::vector<const std::vector<Xapian::docid>*>;

// The wordings of a speaker's quotes that read_quotes left packed, by quote ("" for those
// read whole).
using PackedWordings = std::vector<std::string_view>;

// Calls fn(k, ids, quotes, wordings) for the quotes `ids` of each speaker order[k], in that
// order, read and analysed a batch of speakers at a time; with `packed`, the known quotes'
// wordings are left packed in `wordings` (read_quotes), else `wordings` is empty.
void for_each_speaker(const Xapian::Database& db, const SpeakerOrder& order, QuoteSource& source,
                      bool packed,
                      const std::function<void(std::size_t, const std::vector<Xapian::docid>&,
                                               std::vector<SpreadQuote>&, PackedWordings&)>& fn) {
  for (std::size_t k = 0; k < order.size();) {
    std::vector<Xapian::docid> batch;
    std::size_t end = k;
    while (end < order.size() && (batch.empty() || batch.size() < kBatchQuotes)) {
      batch.insert(batch.end(), order[end]->begin(), order[end]->end());
      ++end;
    }
    PackedWordings wordings;
    std::vector<SpreadQuote> quotes = read_quotes(db, batch, source, packed ? &wordings : nullptr);
    auto at = quotes.begin();
    for (; k < end; ++k) {
      const auto n = static_cast<std::ptrdiff_t>(order[k]->size());
      std::vector<SpreadQuote> mine(std::make_move_iterator(at), std::make_move_iterator(at + n));
      PackedWordings my_wordings;
      if (packed) {
        const auto first = wordings.begin() + (at - quotes.begin());
        my_wordings.assign(first, first + n);
      }
      fn(k, *order[k], mine, my_wordings);
      at += n;
    }
  }
}

// A speaker's quotes on their way through placing: read with their blocks on the database's
// thread, clustered on a clustering thread (in memory only), then written.
struct SpeakerWork {
  SpeakerWork(Xapian::WritableDatabase& db, const std::vector<Xapian::docid>& speaker_ids,
              std::vector<SpreadQuote> speaker_quotes, PackedWordings packed_wordings,
              const KnownQuotes* known_quotes)
      : ids(speaker_ids),
        quotes(std::move(speaker_quotes)),
        wordings(std::move(packed_wordings)),
        known(known_quotes),
        blocks(db, quotes.front().speaker) {}
  const std::vector<Xapian::docid>& ids;  // the speaker's entry of the map being placed
  std::vector<SpreadQuote> quotes;        // their wordings taken over by the blocks
  PackedWordings wordings;                // those left packed in `known`, unpacked by clustering
  const KnownQuotes* known;
  SpeakerBlocks blocks;
  std::vector<PlacedPhrase> existing;  // the phrases of the blocks the quotes fall in
  BlockClusters placed;
  std::vector<std::string> keys;                                    // text_key_of each quote
  std::vector<std::pair<std::string, std::string>> encoded_blocks;  // metadata key -> value
  std::exception_ptr error;                                         // what clustering threw
  std::uint64_t sequence = 0;  // its speaker's place in speaker order: the order of writing
  bool early = false;          // handed over ahead of speaker order (a large speaker)
};

// Places `work`'s quotes against the phrases of the blocks they fall in; the blocks take
// the quotes' wordings over. Touches no database.
void place_speaker(SpeakerWork& work, const ClusterOptions& options) {
  std::vector<SpreadQuote>& quotes = work.quotes;
  for (std::size_t i = 0; i < work.wordings.size(); ++i) {
    if (work.wordings[i].empty()) continue;
    if (!work.known->unpack_wording(work.wordings[i], quotes[i].wording)) {
      throw std::runtime_error("placing: a known quote's wording cut off");
    }
  }
  work.placed = cluster_block(work.existing, quotes, options);
  work.keys.reserve(quotes.size());
  for (std::size_t i = 0; i < quotes.size(); ++i) {
    work.keys.push_back(text_key_of(quotes[i], options));
    if (quotes[i].wording.length >= options.min_words) {
      work.blocks.add(quotes[i], work.placed.clusters[i]);
    }
  }
  work.encoded_blocks = work.blocks.encoded();
}

// Writes what place_speaker gave: the blocks first, so that a commit among the quotes
// leaves no placed quote unknown to them.
void write_placement(Xapian::WritableDatabase& db, SpeakerWork& work, Placer& placer) {
  for (const auto& [key, value] : work.encoded_blocks) db.set_metadata(key, value);
  const std::vector<SpreadQuote>& quotes = work.quotes;
  for (std::size_t i = 0; i < quotes.size(); ++i) {
    if (work.placed.clusters[i] == new_cluster_id(quotes[i].id)) ++placer.update().founded;
    placer.place(work.ids[i], quotes[i].id, work.placed.clusters[i], work.keys[i]);
  }
  placer.update().links += work.placed.links.size() / 2;
  for (auto& [cluster, link] : work.placed.links) placer.link(cluster, std::move(link));
}

// Clusters speakers' quotes on threads of their own while the thread that hands them over
// reads the next speakers and writes those clustered, taking them back in the order of
// their sequence (speaker order, whatever order they were handed over in): the database is
// used by that one thread only, and a speaker's clustering touches nothing but its own
// SpeakerWork, so the result is the same with any number of clustering threads. With two, a
// speaker with many quotes (clustering takes time that grows faster than its count) no
// longer holds up the clustering of the others; their writing still waits for its turn.
class ClusteringThreads {
 public:
  using Work = std::unique_ptr<SpeakerWork>;

  ClusteringThreads(const ClusterOptions& options, unsigned threads) : options_(options) {
    for (unsigned i = 0; i < std::max(1u, threads); ++i) threads_.emplace_back([this] { loop(); });
  }
  // Stops after the speakers being clustered; those still waiting are dropped.
  ~ClusteringThreads() {
    stopping_ = true;
    todo_.close();
    for (std::thread& thread : threads_) thread.join();
  }
  ClusteringThreads(const ClusteringThreads&) = delete;
  ClusteringThreads& operator=(const ClusteringThreads&) = delete;

  // Hands `work` over; take returns the works by their sequence, 0 first, each once.
  void push(Work work) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      waiting_quotes_ += work->quotes.size();
    }
    todo_.push(std::move(work));
  }
  // The next speaker clustered, in the order of their sequence, or null when it is not yet.
  // The caller rethrows its error.
  Work take() {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = done_.find(taken_);
    if (it == done_.end()) return nullptr;
    Work work = std::move(it->second);
    done_.erase(it);
    ++taken_;
    return work;
  }
  // Quotes handed over whose clustering has not begun.
  std::size_t waiting_quotes() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return waiting_quotes_;
  }
  // How many times a clustering has begun or ended so far.
  std::uint64_t events() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return events_;
  }
  // Waits until a clustering begins or ends after events() returned `seen`.
  void wait_past(std::uint64_t seen) {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [&] { return events_ != seen; });
  }

 private:
  void loop() {
    while (std::optional<Work> work = todo_.pop()) {
      if (stopping_) return;
      note([&] { waiting_quotes_ -= (*work)->quotes.size(); });
      try {
        place_speaker(**work, options_);
      } catch (...) {
        (*work)->error = std::current_exception();
      }
      const std::uint64_t sequence = (*work)->sequence;
      note([&] { done_.emplace(sequence, std::move(*work)); });
    }
  }
  // Changes the state under the lock as `change` does, and tells a waiting wait_past.
  template <typename Change>
  void note(Change change) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      change();
      ++events_;
    }
    changed_.notify_all();
  }

  const ClusterOptions& options_;
  WorkQueue<Work> todo_{SIZE_MAX};
  mutable std::mutex mutex_;  // guards what follows it
  std::condition_variable changed_;
  std::map<std::uint64_t, Work> done_;  // clustered and not yet taken, by sequence
  std::uint64_t taken_ = 0;             // the sequence take returns next
  std::size_t waiting_quotes_ = 0;
  std::uint64_t events_ = 0;
  std::atomic<bool> stopping_{false};
  std::vector<std::thread> threads_;  // last: they start once the rest is built
};

// Quotes read ahead of clustering at most (about 2 KB each, analysed), besides the speakers
// being clustered: enough that reading and writing go on while a large speaker is clustered.
constexpr std::size_t kQuotesReadAhead = 65536;
// Quotes of the speakers handed over in speaker order that are not yet written, at most
// (clustered ones wait for a speaker before them that is still being clustered).
constexpr std::size_t kQuotesUnwritten = 2 * kQuotesReadAhead;

// The order the quotes of `speakers` are read and handed over to clustering in: first the
// large speakers (each with at least 1/`share` of the quotes; none when `share` is 0), which
// take longest to cluster, so that none is left clustering alone at the end; then the
// others, in speaker order.
struct ReadingOrder {
  SpeakerOrder speakers;
  std::vector<std::size_t> places;  // of each of `speakers` in speaker order
  std::size_t early = 0;            // the first `early` of `speakers` are the large ones
};
ReadingOrder reading_order(const std::map<std::string, std::vector<Xapian::docid>>& speakers,
                           std::size_t share) {
  std::size_t total = 0;
  for (const auto& entry : speakers) total += entry.second.size();
  const std::size_t large = share == 0 ? SIZE_MAX : std::max<std::size_t>(1, total / share);
  ReadingOrder out;
  for (int pass = 0; pass < 2; ++pass) {
    std::size_t place = 0;
    for (const auto& entry : speakers) {
      if ((entry.second.size() >= large) == (pass == 0)) {
        out.speakers.push_back(&entry.second);
        out.places.push_back(place);
      }
      ++place;
    }
    if (pass == 0) out.early = out.speakers.size();
  }
  return out;
}

// Places the quotes of each speaker of `speakers`, clustering them on threads of their own
// (ClusteringThreads, as many as the machine has cores) while this one reads the next
// speakers (reading_order) and writes those clustered, in speaker order, so the database is
// read and written as by one thread and the result does not depend on the reading order.
void place_speakers(Xapian::WritableDatabase& db,
                    const std::map<std::string, std::vector<Xapian::docid>>& speakers,
                    QuoteSource& source, const ClusterOptions& options, Placer& placer) {
  const ReadingOrder order = reading_order(speakers, options.large_speaker_share);
  ClusteringThreads clustering(options, std::max(1u, std::thread::hardware_concurrency()));
  std::size_t unwritten = 0;         // speakers handed over and not yet written
  std::size_t unwritten_quotes = 0;  // their quotes, but those of speakers handed over early
  // Writes the next speaker clustered, if it is; returns whether it was.
  auto write_next = [&] {
    std::unique_ptr<SpeakerWork> work = clustering.take();
    if (work == nullptr) return false;
    if (work->error) std::rethrow_exception(work->error);
    write_placement(db, *work, placer);
    --unwritten;
    if (!work->early) unwritten_quotes -= work->quotes.size();
    return true;
  };
  // Writes what is clustered until `enough`, waiting for the clustering threads meanwhile
  // (they depend on nothing this thread does, so the wait ends).
  auto write_until = [&](auto enough) {
    while (!enough()) {
      const std::uint64_t seen = clustering.events();
      if (!write_next()) clustering.wait_past(seen);
    }
  };
  for_each_speaker(db, order.speakers, source, true,
                   [&](std::size_t k, const std::vector<Xapian::docid>& ids,
                       std::vector<SpreadQuote>& quotes, PackedWordings& wordings) {
                     auto work = std::make_unique<SpeakerWork>(db, ids, std::move(quotes),
                                                               std::move(wordings), source.known);
                     work->existing = work->blocks.load(work->quotes);
                     work->sequence = order.places[k];
                     work->early = k < order.early;
                     if (!work->early) unwritten_quotes += work->quotes.size();
                     clustering.push(std::move(work));
                     ++unwritten;
                     while (write_next()) {
                     }
                     write_until([&] {
                       return clustering.waiting_quotes() < kQuotesReadAhead &&
                              unwritten_quotes < kQuotesUnwritten;
                     });
                   });
  write_until([&] { return unwritten == 0; });
}

// Builds the phrase blocks and member lists of an index whose quotes were placed before
// they were kept: each placed spoken quote read (and, with a speaker, analysed) once.
void build_blocks(Xapian::WritableDatabase& db, const ClusterOptions& options, QuoteSource& source,
                  Placer& placer) {
  const std::vector<Xapian::docid> ids = spoken(db, true);
  const std::vector<std::string> clusters = values_of(db, schema::kSlotQuoteCluster, ids);
  auto cluster = [&](Xapian::docid id) {
    return clusters[std::lower_bound(ids.begin(), ids.end(), id) - ids.begin()];
  };
  std::vector<Xapian::docid> unattributed;
  const auto speakers = by_speaker(db, ids, &unattributed);
  for_each_speaker(db, reading_order(speakers, 0).speakers, source, false,
                   [&](std::size_t, const std::vector<Xapian::docid>& mine,
                       std::vector<SpreadQuote>& quotes, PackedWordings&) {
                     SpeakerBlocks blocks(db, quotes.front().speaker);
                     blocks.load(quotes);
                     for (std::size_t i = 0; i < quotes.size(); ++i) {
                       placer.remember(cluster(mine[i]), quotes[i].id);
                       if (quotes[i].wording.length < options.min_words) continue;
                       blocks.add(quotes[i], cluster(mine[i]));
                     }
                     blocks.save();
                   });
  for (Xapian::docid id : unattributed)
    placer.remember(cluster(id), quote_id_of(db.get_document(id)));
}

}  // namespace

SpreadUpdate update_quote_clusters(Xapian::WritableDatabase& quotes, const ClusterOptions& options,
                                   std::uint64_t commit_every, KnownQuotes* known) {
  PartRunner runner(std::max(2u, std::thread::hardware_concurrency()) - 1);
  QuoteSource source{runner, std::vector<WordingAnalyzer>(runner.helpers() + 1), known};
  Placer placer(quotes, commit_every, runner);
  if (quotes.get_metadata(std::string(schema::kMetaSpreadBlocks)).empty()) {
    build_blocks(quotes, options, source, placer);
  }
  source.analysed = 0;  // count those placed anew only
  std::vector<Xapian::docid> unattributed;
  place_speakers(quotes, by_speaker(quotes, spoken(quotes, false), &unattributed), source, options,
                 placer);
  for (std::size_t from = 0; from < unattributed.size(); from += kBatchQuotes) {
    std::vector<Xapian::docid> batch(
        unattributed.begin() + static_cast<std::ptrdiff_t>(from),
        unattributed.begin() +
            static_cast<std::ptrdiff_t>(std::min(unattributed.size(), from + kBatchQuotes)));
    std::vector<SpreadQuote> read = read_quotes(quotes, batch, source);
    for (std::size_t i = 0; i < batch.size(); ++i) {
      place_unattributed(batch[i], read[i], options, placer);
    }
  }
  quotes.set_metadata(std::string(schema::kMetaSpreadBlocks), "1");
  placer.commit(true);
  placer.update().analysed = source.analysed;
  return placer.update();
}

namespace {

// The quote documents of cluster `id` (at most `limit`), in the order they were placed:
// those its member list names that still hold it (a deleted quote is gone, a re-indexed
// one may now be in another cluster).
std::vector<Xapian::Document> cluster_documents(const Xapian::Database& quotes, std::string_view id,
                                                std::size_t limit = SIZE_MAX) {
  std::vector<Xapian::Document> out;
  const std::string list = quotes.get_metadata(members_key(id));
  std::unordered_set<Xapian::docid> seen;
  for (std::size_t at = 0, end; at < list.size() && out.size() < limit; at = end + 1) {
    end = list.find('\n', at);
    if (end == std::string::npos) end = list.size();
    const std::string term = list.substr(at, end - at);
    for (auto p = quotes.postlist_begin(term); p != quotes.postlist_end(term); ++p) {
      if (!seen.insert(*p).second) continue;
      Xapian::Document doc = quotes.get_document(*p);
      if (doc.get_value(schema::kSlotQuoteCluster) == id) out.push_back(std::move(doc));
    }
  }
  return out;
}

}  // namespace

std::string cluster_of(const Xapian::Database& quotes, Xapian::docid docid) {
  return quotes.get_document(docid).get_value(schema::kSlotQuoteCluster);
}

std::vector<ClusterOccurrence> read_cluster(const Xapian::Database& quotes,
                                            const Xapian::Database* articles, std::string_view id) {
  std::vector<ClusterOccurrence> out;
  std::string earliest;
  for (const Xapian::Document& doc : cluster_documents(quotes, id)) {
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
    return cluster_documents(quotes, link.other, 1).empty();
  });
  return links;
}

}  // namespace rostra
