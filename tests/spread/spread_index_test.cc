// Quote clusters in a real index: the labelled stories of corpus/spread indexed directly, by a
// bulk load (segments merged) and in two incremental runs, measured against their labels
// (pairwise precision and recall of exact and variant pairs, precision of translation links);
// deleting an article updates its cluster; the seeds' two renderings of Putin's words link.
#include <gtest/gtest.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "common/document/stored_quote.h"
#include "common/index/readable_index.h"
#include "common/ingest/indexer.h"
#include "common/schema/schema.h"
#include "common/search/article_lookup.h"
#include "common/search/cluster_lookup.h"
#include "common/search/search.h"
#include "common/spread/cluster_store.h"
#include "common/spread/phrase_block.h"
#include "tests/support/test_support.h"

namespace rostra {
namespace {

namespace fs = std::filesystem;

const fs::path kStories = fs::path(ROSTRA_SOURCE_DIR) / "corpus" / "spread";
const fs::path kSeeds = fs::path(ROSTRA_SOURCE_DIR) / ".." / "shared" / "seeds";

IndexSummary index_into(const fs::path& db, std::vector<fs::path> inputs, unsigned segments,
                        std::vector<std::string> deletes = {}, bool cluster_quotes = true) {
  IndexOptions options;
  options.cluster_quotes = cluster_quotes;
  options.db_path = db.string();
  options.outlets_path = ROSTRA_SOURCE_DIR "/corpus/outlets.tsv";
  options.speakers_path = ROSTRA_SOURCE_DIR "/corpus/speakers.tsv";
  options.inputs = std::move(inputs);
  options.quiet = true;
  options.segment_writers = segments;
  options.delete_ids = std::move(deletes);
  std::ostringstream log;
  return run_index(options, log);
}

// One spoken quote of the index: its cluster and its label ("" when unlabelled).
struct Placed {
  std::string cluster;
  std::string gold;  // utterance/rendering
  std::string utterance;
};

std::vector<Placed> placed_quotes(const fs::path& db) {
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> labels;
  std::ifstream in(kStories / "labels.tsv");
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::stringstream cells(line);
    for (std::string cell; std::getline(cells, cell, '\t');) f.push_back(cell);
    labels[f[0]].emplace_back(f[1], f[2] + "/" + f[3]);
  }
  ReadableIndex index = open_index_for_reading(db.string());
  std::vector<Placed> out;
  for (auto it = index.quotes.postlist_begin(""); it != index.quotes.postlist_end(""); ++it) {
    Xapian::Document doc = index.quotes.get_document(*it);
    StoredQuote q = decode_stored_quote(doc.get_data());
    if (!is_spoken(q.kind)) continue;
    Placed p{doc.get_value(schema::kSlotQuoteCluster), "", ""};
    std::optional<ArticleWithQuotes> article = find_article(index, q.article_id);
    // Article ids are their URLs, https://host/<the id of labels.tsv>.
    const std::string id = q.article_id.substr(q.article_id.rfind('/') + 1);
    for (const auto& [fragment, gold] : labels[id]) {
      std::size_t at = article->article.body.find(fragment);
      if (at != std::string::npos && at >= q.start && at < q.end) p.gold = gold;
    }
    p.utterance = p.gold.substr(0, p.gold.find('/'));
    out.push_back(p);
  }
  return out;
}

struct Figures {
  double precision = 0, recall = 0, link_precision = 0;
  std::size_t pairs = 0, links = 0, unlabelled = 0;
};

Figures measure(const fs::path& db) {
  std::vector<Placed> quotes = placed_quotes(db);
  Figures f;
  std::size_t tp = 0, fp = 0, fn = 0;
  for (std::size_t i = 0; i < quotes.size(); ++i) {
    if (quotes[i].gold.empty()) ++f.unlabelled;
    for (std::size_t j = i + 1; j < quotes.size(); ++j) {
      const bool same = !quotes[i].cluster.empty() && quotes[i].cluster == quotes[j].cluster;
      const bool gold = !quotes[i].gold.empty() && quotes[i].gold == quotes[j].gold;
      tp += same && gold;
      fp += same && !gold;
      fn += !same && gold;
    }
  }
  f.pairs = tp + fn;
  f.precision = tp + fp == 0 ? 1 : static_cast<double>(tp) / static_cast<double>(tp + fp);
  f.recall = tp + fn == 0 ? 1 : static_cast<double>(tp) / static_cast<double>(tp + fn);
  // A link is right when its clusters hold the same utterance in different renderings.
  std::map<std::string, std::string> utterance_of, gold_of;
  for (const Placed& p : quotes) {
    utterance_of[p.cluster] = p.utterance;
    gold_of[p.cluster] = p.gold;
  }
  ReadableIndex index = open_index_for_reading(db.string());
  std::size_t right = 0;
  for (const auto& [cluster, utterance] : utterance_of) {
    for (const TranslationLink& link : read_translation_links(index.quotes, cluster)) {
      ++f.links;
      right += !utterance.empty() && utterance_of[link.other] == utterance &&
               gold_of[link.other] != gold_of[cluster];
    }
  }
  f.link_precision = f.links == 0 ? 1 : static_cast<double>(right) / static_cast<double>(f.links);
  std::printf(
      "spread: %zu quotes (%zu unlabelled), %zu gold pairs: P %.3f R %.3f; %zu links "
      "(each pair twice), precision %.3f\n",
      quotes.size(), f.unlabelled, f.pairs, f.precision, f.recall, f.links, f.link_precision);
  return f;
}

void expect_targets(const Figures& f) {
  EXPECT_EQ(f.unlabelled, 0u) << "every spoken quote of corpus/spread is labelled";
  EXPECT_GE(f.precision, 0.95);
  EXPECT_GE(f.recall, 0.90);
  EXPECT_GT(f.links, 0u);
  EXPECT_GE(f.link_precision, 0.90);
}

TEST(SpreadIndexTest, LabelledStoriesMeetTheTargetsWrittenDirectly) {
  test::TempDir dir;
  IndexSummary s = index_into(dir.path() / "db", {kStories / "stories.jsonl"}, 1);
  EXPECT_GT(s.quotes_clustered, 30u);
  expect_targets(measure(dir.path() / "db"));
}

TEST(SpreadIndexTest, BulkLoadAndIncrementalLoadsPlaceQuotesTheSame) {
  test::TempDir dir;
  index_into(dir.path() / "bulk", {kStories / "stories.jsonl"}, 2);
  expect_targets(measure(dir.path() / "bulk"));
  // Half the stories, then the rest: the second run places only what it adds.
  std::ifstream in(kStories / "stories.jsonl");
  std::string first, second;
  std::size_t n = 0;
  for (std::string line; std::getline(in, line); ++n) (n % 2 == 0 ? first : second) += line + "\n";
  fs::path a = dir.write("a.jsonl", first);
  fs::path b = dir.write("b.jsonl", second);
  index_into(dir.path() / "inc", {a}, 1);
  IndexSummary again = index_into(dir.path() / "inc", {b}, 1);
  EXPECT_LT(again.quotes_clustered, 30u);
  // Placed clusters are never merged: when the first run placed a trimmed form and a
  // fragment of one quote apart and the second adds the whole quote, it joins one of them
  // (here Столичный курьер's two halves of Volkov's words: 3 pairs of 29 missed).
  Figures f = measure(dir.path() / "inc");
  EXPECT_GE(f.precision, 0.95);
  EXPECT_GE(f.recall, 0.85);
  EXPECT_GE(f.link_precision, 0.90);
}

// Each quote's cluster, by its id term.
std::map<std::string, std::string> clusters_by_quote(const fs::path& db) {
  ReadableIndex index = open_index_for_reading(db.string());
  std::map<std::string, std::string> out;
  for (auto t = index.quotes.allterms_begin(std::string(schema::kPrefixId));
       t != index.quotes.allterms_end(std::string(schema::kPrefixId)); ++t) {
    out[*t] = cluster_of(index.quotes, *index.quotes.postlist_begin(*t));
  }
  return out;
}

// A run places the quotes it writes as it kept them, with the wordings it made while indexing
// them (none is read back and analysed again), and they land in the clusters that reading
// and analysing them again gives.
TEST(SpreadIndexTest, PlacingWithTheRunsOwnWordingsGivesTheClustersOfAnalysingThemAgain) {
  test::TempDir dir;
  IndexSummary run = index_into(dir.path() / "run", {kStories / "stories.jsonl"}, 2);
  EXPECT_GT(run.quotes_clustered, 30u);
  EXPECT_EQ(run.quotes_clustered_analysed, 0u);
  index_into(dir.path() / "later", {kStories / "stories.jsonl"}, 2, {}, false);
  {
    Xapian::WritableDatabase db((dir.path() / "later" / schema::kQuotesDatabase).string());
    SpreadUpdate later = update_quote_clusters(db);
    EXPECT_EQ(later.placed, run.quotes_clustered);
    EXPECT_EQ(later.analysed, later.placed);
  }
  std::map<std::string, std::string> a = clusters_by_quote(dir.path() / "run");
  EXPECT_GT(a.size(), 30u);
  EXPECT_EQ(a, clusters_by_quote(dir.path() / "later"));
}

// Every rostra.spread.* metadata entry and each quote's cluster, of the quotes database `path`.
std::map<std::string, std::string> spread_state(const std::string& path) {
  Xapian::Database db(path);
  std::map<std::string, std::string> out;
  for (auto k = db.metadata_keys_begin("rostra.spread."); k != db.metadata_keys_end(); ++k) {
    out[*k] = db.get_metadata(*k);
  }
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    out["#" + std::to_string(*it)] = db.get_document(*it).get_value(schema::kSlotQuoteCluster);
  }
  return out;
}

// Placing into a fresh index looks up only the metadata its own earlier commits wrote: a
// commit after every quote writes what one commit at the end writes.
TEST(SpreadIndexTest, CommittingAfterEveryQuoteWritesWhatOneCommitWrites) {
  test::TempDir dir;
  std::map<std::string, std::string> state[2];
  for (int i = 0; i < 2; ++i) {
    const fs::path db = dir.path() / std::to_string(i);
    index_into(db, {kStories / "stories.jsonl"}, 2, {}, false);
    const std::string quotes = (db / schema::kQuotesDatabase).string();
    {
      Xapian::WritableDatabase writable(quotes);
      EXPECT_GT(update_quote_clusters(writable, {}, i == 0 ? 1 : 50000).placed, 30u);
    }
    state[i] = spread_state(quotes);
  }
  EXPECT_GT(state[0].size(), 60u);
  EXPECT_EQ(state[0], state[1]);
}

// Words two speakers and a banner print in the tests below.
constexpr const char* kBridgeWords =
    "The old bridge over the river will be rebuilt before the first snow of winter falls";

// Writes `bodies` (JSON-escaped) to `path` as articles copy-1, copy-2, … of one outlet,
// dated 2025-01-01, 2025-01-02, … (at most nine).
void write_dated_articles(const fs::path& path, const std::vector<std::string>& bodies) {
  std::ofstream out(path);
  for (std::size_t i = 0; i < bodies.size(); ++i) {
    const std::size_t day = i + 1;
    out << R"({"id": "copy-)" << day << R"(", "url": "https://ledger.example/copy-)" << day
        << R"(", "title": "Bridge", "date": "2025-01-0)" << day << R"(", "body": ")" << bodies[i]
        << "\"}\n";
  }
}

// Placing reads and clusters the speakers with a large share of the quotes first (on
// several clustering threads), but writes in speaker order: the clusters, blocks, member
// lists and links are the same whichever speakers it reads first. Here Clara Cole, with
// most of the quotes, is read first with a share of 1/2; she and Boris Brandt print the
// same words, and the copy with no speaker must still join Boris's cluster, the first of
// those words in speaker order.
TEST(SpreadIndexTest, ReadingLargeSpeakersFirstPlacesQuotesAsReadingInSpeakerOrder) {
  const std::string quoted = std::string(R"(\")") + kBridgeWords;
  test::TempDir dir;
  const fs::path input = dir.path() / "large-speaker.jsonl";
  write_dated_articles(
      input,
      {quoted + R"(,\" said Boris Brandt.)", quoted + R"(,\" said Clara Cole.)",
       R"(\"The ferry will run every hour from the harbour this summer,\" said Clara Cole.)",
       R"(\"Our new library opens its doors to every reader on Monday,\" said Clara Cole.)",
       R"(\"The council has voted to plant a thousand trees along the canal,\" said Clara Cole.)",
       R"(A banner on the town hall read: )" + quoted + R"(.\")"});
  index_into(dir.path() / "db", {input}, 1, {}, false);
  const std::string quotes = (dir.path() / "db" / schema::kQuotesDatabase).string();
  std::map<std::string, std::string> state[3];
  const std::size_t shares[3] = {0, 2, 16};
  for (int i = 0; i < 3; ++i) {
    const fs::path copy = dir.path() / ("copy" + std::to_string(i));
    fs::copy(quotes, copy);
    std::map<std::string, std::string> by_day;  // its article's date -> a quote's cluster
    {
      Xapian::WritableDatabase db(copy.string());
      ClusterOptions options;
      options.large_speaker_share = shares[i];
      ASSERT_EQ(update_quote_clusters(db, options).placed, 6u);
      for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
        const Xapian::Document doc = db.get_document(*it);
        by_day[decode_stored_quote(doc.get_data()).date] = doc.get_value(schema::kSlotQuoteCluster);
      }
    }
    ASSERT_EQ(by_day.size(), 6u);
    EXPECT_NE(by_day["2025-01-01"], by_day["2025-01-02"]) << "two speakers, two clusters";
    EXPECT_EQ(by_day["2025-01-06"], by_day["2025-01-01"]) << "share 1/" << shares[i];
    state[i] = spread_state(copy.string());
  }
  EXPECT_EQ(state[1], state[0]);
  EXPECT_EQ(state[2], state[0]);
  // The labelled stories too.
  index_into(dir.path() / "stories", {kStories / "stories.jsonl"}, 2, {}, false);
  const std::string stories = (dir.path() / "stories" / schema::kQuotesDatabase).string();
  for (int i = 0; i < 2; ++i) {
    const fs::path copy = dir.path() / ("stories" + std::to_string(i));
    fs::copy(stories, copy);
    {
      Xapian::WritableDatabase db(copy.string());
      ClusterOptions options;
      options.large_speaker_share = i == 0 ? 0 : 4;
      EXPECT_GT(update_quote_clusters(db, options).placed, 30u);
    }
    state[i] = spread_state(copy.string());
  }
  EXPECT_GT(state[0].size(), 60u);
  EXPECT_EQ(state[1], state[0]);
}

// By default placing commits once, at the end (a commit rewrites value chunks all over the
// database); told to commit every n quotes, it commits after each n and at the end, and
// leaves no transaction open.
TEST(SpreadIndexTest, PlacingCommitsOnceUnlessToldToCommitMoreOften) {
  test::TempDir dir;
  index_into(dir.path() / "db", {kStories / "stories.jsonl"}, 2, {}, false);
  const std::string quotes = (dir.path() / "db" / schema::kQuotesDatabase).string();
  for (std::uint64_t commit_every : {UINT64_MAX, std::uint64_t{7}}) {
    const fs::path copy = dir.path() / ("copy" + std::to_string(commit_every % 1000));
    fs::copy(quotes, copy);
    Xapian::WritableDatabase db(copy.string());
    const Xapian::rev before = db.get_revision();
    const std::uint64_t placed = update_quote_clusters(db, {}, commit_every).placed;
    ASSERT_GT(placed, 30u);
    const Xapian::rev commits = commit_every == UINT64_MAX ? 1 : placed / commit_every + 1;
    EXPECT_EQ(db.get_revision() - before, commits) << commit_every;
    db.set_metadata("rostra.test.after", "1");  // a commit would throw inside a transaction
    EXPECT_NO_THROW(db.commit());
  }
}

// A quote with no speaker joins the first cluster of its words (the one kMetaSpreadText
// keeps), wherever the commits fall: here two speakers print the same words, each in a
// cluster of their own, and committing every two quotes puts the first speaker's in an
// earlier commit than the second's and the unattributed copy.
TEST(SpreadIndexTest, AQuoteWithNoSpeakerJoinsTheFirstClusterOfItsWordsWhereverCommitsFall) {
  test::TempDir dir;
  const std::string words =
      "The old bridge over the river will be rebuilt before the first snow of winter falls";
  const fs::path input = dir.path() / "copies.jsonl";
  write_dated_articles(
      input,
      {R"(\"We will open the new school in the northern district next spring,\" said Anna Alder.)",
       R"(\")" + words + R"(,\" said Boris Brandt.)", R"(\")" + words + R"(,\" said Clara Cole.)",
       R"(A banner on the town hall read: \")" + words + R"(.\")"});
  index_into(dir.path() / "db", {input}, 1, {}, false);
  const std::string quotes = (dir.path() / "db" / schema::kQuotesDatabase).string();
  std::map<std::string, std::string> state[3];
  const std::uint64_t every[3] = {UINT64_MAX, 2, 1};
  for (int i = 0; i < 3; ++i) {
    const fs::path copy = dir.path() / ("copy" + std::to_string(i));
    fs::copy(quotes, copy);
    std::map<std::string, std::string> by_speaker;  // speaker ("" for none) -> cluster
    {
      Xapian::WritableDatabase db(copy.string());
      ASSERT_EQ(update_quote_clusters(db, {}, every[i]).placed, 4u);
      for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
        const Xapian::Document doc = db.get_document(*it);
        by_speaker[doc.get_value(schema::kSlotSpeakers)] = doc.get_value(schema::kSlotQuoteCluster);
      }
    }
    ASSERT_EQ(by_speaker.size(), 4u) << "each article's quote, three speakers and none";
    EXPECT_NE(by_speaker["Boris Brandt"], by_speaker["Clara Cole"]);
    EXPECT_EQ(by_speaker[""], by_speaker["Boris Brandt"]) << "committing every " << every[i];
    state[i] = spread_state(copy.string());
  }
  EXPECT_EQ(state[1], state[0]);
  EXPECT_EQ(state[2], state[0]);
}

// Every value of every quote document, by docid and slot.
std::map<std::pair<Xapian::docid, Xapian::valueno>, std::string> all_values(
    const std::string& path) {
  Xapian::Database db(path);
  std::map<std::pair<Xapian::docid, Xapian::valueno>, std::string> out;
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    Xapian::Document doc = db.get_document(*it);
    for (auto v = doc.values_begin(); v != doc.values_end(); ++v) {
      out[{*it, v.get_valueno()}] = *v;
    }
  }
  return out;
}

// Placing hands each quote document its values from the slots' streams (not read document by
// document): every value a quote held before is still there, unchanged, beside its cluster,
// whether the values are written in one batch or in many, and no slot lies at or past
// kValueSlots.
TEST(SpreadIndexTest, PlacingKeepsEveryValueOfTheQuotesItPlaces) {
  test::TempDir dir;
  index_into(dir.path() / "db", {kStories / "stories.jsonl"}, 2, {}, false);
  const std::string quotes = (dir.path() / "db" / schema::kQuotesDatabase).string();
  const auto before = all_values(quotes);
  ASSERT_GT(before.size(), 200u);
  for (const auto& [at, value] : before) {
    EXPECT_LT(at.second, schema::kValueSlots);
    EXPECT_NE(at.second, schema::kSlotQuoteCluster);
  }
  for (std::uint64_t commit_every : {std::uint64_t{7}, std::uint64_t{50000}}) {
    const fs::path copy = dir.path() / ("copy" + std::to_string(commit_every));
    fs::copy(quotes, copy);
    std::uint64_t placed = 0;
    {
      Xapian::WritableDatabase db(copy.string());
      placed = update_quote_clusters(db, {}, commit_every).placed;
    }
    EXPECT_GT(placed, 30u);
    auto after = all_values(copy.string());
    std::uint64_t clusters = 0;
    for (auto it = after.begin(); it != after.end();) {
      if (it->first.second == schema::kSlotQuoteCluster) {
        ++clusters;
        it = after.erase(it);
      } else {
        ++it;
      }
    }
    EXPECT_EQ(clusters, placed);
    EXPECT_EQ(after, before) << commit_every;
  }
}

// Grouping quotes of an index written with --no-spread says so instead of listing clusters
// with empty ids; indexing the same inputs again places them.
TEST(SpreadIndexTest, GroupingUnplacedQuotesSaysSoAndARerunPlacesThem) {
  test::TempDir dir;
  const fs::path db = dir.path() / "db";
  index_into(db, {kStories}, 1, {}, false);
  auto groups = [&] {
    ReadableIndex index = open_index_for_reading(db.string());
    Searcher searcher(index, nullptr);
    SearchRequest request;
    request.query = "the";
    request.limit = 5;
    return search_quote_groups(searcher, index, request, GroupOrder::kRelevance);
  };
  QuoteGroups before = groups();
  ASSERT_FALSE(before.groups.empty());
  EXPECT_TRUE(before.groups.front().summary.id.empty());
  ASSERT_EQ(before.notes.size(), 1u);
  EXPECT_NE(before.notes[0].find("--no-spread"), std::string::npos) << before.notes[0];
  index_into(db, {kStories}, 1);
  QuoteGroups after = groups();
  ASSERT_FALSE(after.groups.empty());
  EXPECT_FALSE(after.groups.front().summary.id.empty());
  EXPECT_TRUE(after.notes.empty());
}

// The most relevant clusters that the sorted orders once ranked within.
constexpr std::size_t kGroupPool = 200;

// --group-sort carriage and first order every matching cluster, not only the kGroupPool most
// relevant: here the one quote three outlets carried, said first of all, matches the query
// least well of 231 clusters.

TEST(SpreadIndexTest, SortingByCarriageOrFirstSaidOrdersEveryMatchingCluster) {
  test::TempDir dir;
  const std::vector<std::string> first = {"Anna",  "Boris",   "Clara", "Dmitri", "Elena", "Felix",
                                          "Greta", "Hugo",    "Irina", "Jonas",  "Karin", "Lukas",
                                          "Marta", "Nikolai", "Olga",  "Pavel"};
  const std::vector<std::string> last = {"Adler", "Brandt", "Castel", "Dorn",  "Ebert",
                                         "Falk",  "Graf",   "Hahn",   "Iger",  "Jung",
                                         "Kern",  "Lenz",   "Mohr",   "Nagel", "Ott"};
  std::string jsonl;
  auto article = [&](const std::string& id, const std::string& outlet, const std::string& quote,
                     const std::string& speaker, const std::string& more = "",
                     const std::string& date = "2025-03-04") {
    jsonl += R"({"id":"https://)" + outlet + ".example/" + id + R"(","title":"Port news )" + id +
             R"(","date":")" + date + R"(","outlet":")" + outlet + R"(","body":"\")" + quote +
             R"(,\" )" + speaker + " said. " + more + "\"}\n";
  };
  for (std::size_t i = 0; i < kGroupPool + 30; ++i) {
    article("a" + std::to_string(i), "Outlet" + std::to_string(i % 7),
            "The harbour fees, harbour berths and harbour tolls must fall by " + std::to_string(i) +
                " percent",
            first[i % first.size()] + " " + last[i / first.size()]);
  }
  const std::string carried =
      "We will discuss many questions about the future of the harbour with all our partners "
      "in the coming weeks and months";
  // Three articles of their own (not copies of one article, which count once).
  const std::vector<std::pair<std::string, std::string>> outlets = {
      {"Capital", "Ministers met in the capital on Monday to weigh the budget for new roads."},
      {"Harbor", "Dock workers voted to end their strike after two weeks of long talks."},
      {"Courier", "Farmers in the north expect a late harvest because of the cold spring."}};
  for (const auto& [outlet, more] : outlets) {
    // Said first of all: the earliest cluster, though the least relevant.
    article("carried-" + outlet, outlet, carried, "Miroslav Tesar", more, "2025-01-02");
  }
  const fs::path db = dir.path() / "db";
  index_into(db, {dir.write("port.jsonl", jsonl)}, 1);
  ReadableIndex index = open_index_for_reading(db.string());
  Searcher searcher(index, nullptr);
  SearchRequest request;
  request.query = "harbour";
  request.limit = 1000;
  QuoteGroups by_relevance = search_quote_groups(searcher, index, request, GroupOrder::kRelevance);
  ASSERT_EQ(by_relevance.groups.size(), kGroupPool + 31);
  EXPECT_NE(by_relevance.groups.back().hit.quote.text.find("future of the harbour"),
            std::string::npos)
      << "the carried quote ranks last by relevance";
  request.limit = 2;
  QuoteGroups by_carriage = search_quote_groups(searcher, index, request, GroupOrder::kCarriage);
  ASSERT_EQ(by_carriage.groups.size(), 2u);
  EXPECT_EQ(by_carriage.groups[0].summary.articles, 3u);
  EXPECT_NE(by_carriage.groups[0].hit.quote.text.find("future of the harbour"), std::string::npos);
  EXPECT_EQ(by_carriage.groups[1].summary.articles, 1u);
  // The next page starts after it, in relevance order among equally carried clusters.
  request.offset = 1;
  request.limit = 1;
  QuoteGroups second = search_quote_groups(searcher, index, request, GroupOrder::kCarriage);
  ASSERT_EQ(second.groups.size(), 1u);
  EXPECT_EQ(second.groups[0].summary.id, by_relevance.groups[0].summary.id);
  // By first said: the earliest cluster first, then the rest in relevance order.
  request.offset = 0;
  request.limit = 2;
  QuoteGroups by_first = search_quote_groups(searcher, index, request, GroupOrder::kFirstSaid);
  ASSERT_EQ(by_first.groups.size(), 2u);
  EXPECT_EQ(by_first.groups[0].summary.first_date, "2025-01-02");
  EXPECT_NE(by_first.groups[0].hit.quote.text.find("future of the harbour"), std::string::npos);
  EXPECT_EQ(by_first.groups[1].summary.id, by_relevance.groups[0].summary.id);
}

TEST(SpreadIndexTest, DeletingAnArticleUpdatesItsCluster) {
  test::TempDir dir;
  index_into(dir.path() / "db", {kStories / "stories.jsonl"}, 1);
  ReadableIndex index = open_index_for_reading((dir.path() / "db").string());
  // The cluster of Capital Wire's grain corridor quote: first said by Capital Wire.
  std::string cluster;
  for (auto it = index.quotes.postlist_begin(""); it != index.quotes.postlist_end(""); ++it) {
    StoredQuote q = decode_stored_quote(index.quotes.get_document(*it).get_data());
    if (q.article_id.ends_with("/cw-20250610-tesar-grain") &&
        q.text.starts_with("We will not allow")) {
      cluster = cluster_of(index.quotes, *it);
    }
  }
  ASSERT_FALSE(cluster.empty());
  std::optional<ClusterView> before = find_cluster(index, cluster);
  ASSERT_TRUE(before);
  EXPECT_EQ(before->summary.first_article, "https://capitalwire.example/cw-20250610-tesar-grain");
  EXPECT_EQ(before->summary.speaker, "Miroslav Tesar");
  EXPECT_GE(before->summary.articles, 3u);
  index_into(dir.path() / "db", {}, 1, {"https://capitalwire.example/cw-20250610-tesar-grain"});
  std::optional<ClusterView> after =
      find_cluster(open_index_for_reading((dir.path() / "db").string()), cluster);
  ASSERT_TRUE(after);
  EXPECT_EQ(after->summary.quotes, before->summary.quotes - 1);
  EXPECT_EQ(after->summary.first_article, "https://harbortimes.example/ht-20250610-grain-corridor");
}

// An index whose quotes were placed before the phrase blocks and member lists were kept
// (here: those removed) has them built by its next update, which places nothing anew.
TEST(SpreadIndexTest, AnUpdateBuildsTheBlocksAndMemberListsAnOlderIndexLacks) {
  test::TempDir dir;
  index_into(dir.path() / "db", {kStories / "stories.jsonl"}, 1);
  const std::string quotes_path = (dir.path() / "db" / schema::kQuotesDatabase).string();
  std::map<std::string, std::size_t> sizes;  // cluster -> quotes read back
  auto read_all = [&] {
    ReadableIndex index = open_index_for_reading((dir.path() / "db").string());
    std::map<std::string, std::size_t> out;
    for (auto it = index.quotes.postlist_begin(""); it != index.quotes.postlist_end(""); ++it) {
      const std::string cluster = cluster_of(index.quotes, *it);
      if (!cluster.empty()) out[cluster] = read_cluster(index.quotes, nullptr, cluster).size();
    }
    return out;
  };
  sizes = read_all();
  ASSERT_GT(sizes.size(), 10u);
  {
    Xapian::WritableDatabase db(quotes_path);
    std::vector<std::string> keys;
    for (auto k = db.metadata_keys_begin("rostra.spread."); k != db.metadata_keys_end(); ++k) {
      if (!(*k).starts_with(schema::kMetaSpreadLink)) keys.push_back(*k);
    }
    for (const std::string& k : keys) db.set_metadata(k, "");
    db.commit();
  }
  for (const auto& [cluster, n] : read_all()) EXPECT_EQ(n, 0u) << cluster;
  Xapian::WritableDatabase db(quotes_path);
  EXPECT_EQ(update_quote_clusters(db).placed, 0u);
  db.close();
  EXPECT_EQ(read_all(), sizes);
  // The rebuilt blocks place a later copy: the next run's copy of a placed quote joins it.
  const std::string copy =
      R"({"id":"https://late.example/copy","title":"Copy","date":"2025-06-12","outlet":"Late",)"
      R"("body":"\"We will not allow the grain corridor to be closed by threats from anyone,\" )"
      R"(Miroslav Tesar said."})";
  index_into(dir.path() / "db", {dir.write("late.jsonl", copy + "\n")}, 1);
  std::map<std::string, std::size_t> after = read_all();
  std::size_t grown = 0;
  for (const auto& [cluster, n] : after)
    grown += sizes.contains(cluster) && n == sizes[cluster] + 1;
  EXPECT_EQ(grown, 1u);
}

TEST(SpreadIndexTest, TheSeedsRenderingsOfPutinsWordsAreLinked) {
  if (!fs::exists(kSeeds)) GTEST_SKIP() << "../shared/seeds not present";
  test::TempDir dir;
  index_into(dir.path() / "db", {kSeeds}, 1);
  ReadableIndex index = open_index_for_reading((dir.path() / "db").string());
  std::map<std::string, std::string> restore, welcome;  // article -> cluster
  for (auto it = index.quotes.postlist_begin(""); it != index.quotes.postlist_end(""); ++it) {
    StoredQuote q = decode_stored_quote(index.quotes.get_document(*it).get_data());
    if (q.text.find("restore direct contacts") != std::string::npos) {
      restore[q.article_id] = cluster_of(index.quotes, *it);
    }
    if (q.text.find("congratulate the elected") != std::string::npos) {
      welcome[q.article_id] = cluster_of(index.quotes, *it);
    }
  }
  for (auto* pair : {&restore, &welcome}) {
    ASSERT_EQ(pair->size(), 2u);
    const std::string a = pair->begin()->second;
    const std::string b = std::next(pair->begin())->second;
    ASSERT_NE(a, b);
    std::vector<TranslationLink> links = read_translation_links(index.quotes, a);
    EXPECT_TRUE(std::ranges::any_of(links, [&](const TranslationLink& l) { return l.other == b; }))
        << "clusters " << a << " and " << b << " are not linked";
  }
}

}  // namespace
}  // namespace rostra
