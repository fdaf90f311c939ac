// Quote clusters without Xapian: exact copies, variants, short fragments, possible
// translations, incremental placement, what a cluster knows, and marked wordings.
#include "common/spread/quote_clusterer.h"

#include <gtest/gtest.h>

#include "common/spread/cluster_summary.h"
#include "common/spread/phrase_block.h"
#include "common/spread/translation_link.h"
#include "common/spread/wording_diff.h"

namespace rostra {
namespace {

SpreadQuote quote(std::string id, std::string text, std::string date = "2025-06-10",
                  std::string article = "") {
  static WordingAnalyzer analyzer;
  SpreadQuote q;
  q.id = id;
  q.text = std::move(text);
  q.date = std::move(date);
  q.language = "en";
  q.article_id = article.empty() ? "article-" + id : article;
  q.wording = analyzer.analyze(q.text, q.language);
  return q;
}

// A quote placed in `cluster` by an earlier update, as the cluster store keeps it.
PlacedPhrase placed(const SpreadQuote& q, std::string cluster) {
  PlacedPhrase p = placed_phrase(q, std::move(cluster));
  count_quote(p, q);
  return p;
}

BlockClusters place(const std::vector<PlacedPhrase>& existing,
                    const std::vector<SpreadQuote>& added) {
  return cluster_block(existing, added);
}

const std::string kLong =
    "We will not allow the grain corridor to be closed by threats from anyone. Our ships will "
    "sail, and our partners will receive every ton that was promised.";

TEST(QuoteClustererTest, ExactCopiesJoinDespiteCasePunctuationMarksAndYo) {
  BlockClusters b = place({}, {quote("a", "«Всё решено заранее, и мы это знаем», — сказал он."),
                               quote("b", "Все решено заранее и мы это знаем"),
                               quote("c", "ВСЁ РЕШЕНО ЗАРАНЕЕ; и мы ЭТО знаем!")});
  EXPECT_EQ(b.clusters[0], b.clusters[1]);
  EXPECT_EQ(b.clusters[0], b.clusters[2]);
  EXPECT_EQ(b.clusters[0], new_cluster_id("a"));
}

// A short stock phrase said again months later is another occasion, not the statement
// carried again; copies within days of its first date (or undated) are the same one.
TEST(QuoteClustererTest, AShortWordingSaidAgainLaterIsAnotherOccasion) {
  BlockClusters b = place({}, {quote("first", "Thank you all very much.", "2016-03-01"),
                               quote("carried", "Thank you all very much!", "2016-03-04"),
                               quote("undated", "Thank you all very much.", ""),
                               quote("later", "Thank you all very much.", "2017-09-20")});
  EXPECT_EQ(b.clusters[0], b.clusters[1]);
  EXPECT_EQ(b.clusters[0], b.clusters[2]);
  EXPECT_NE(b.clusters[3], b.clusters[0]);
  EXPECT_EQ(b.clusters[3], new_cluster_id("later"));
  // Placed by an earlier run, the same.
  BlockClusters again = place(
      {placed(quote("first", "Thank you all very much.", "2016-03-01"), new_cluster_id("first"))},
      {quote("next", "Thank you all very much.", "2016-03-08"),
       quote("year", "Thank you all very much.", "2017-03-08")});
  EXPECT_EQ(again.clusters[0], new_cluster_id("first"));
  EXPECT_EQ(again.clusters[1], new_cluster_id("year"));
  // Nor does a short variant join a quote of another year (it would without the rule).
  const std::vector<SpreadQuote> toasts = {
      quote("toast", "Thank you very much and good luck to everyone here.", "2012-12-25"),
      quote("thanks", "Thank you very much and good luck.", "2019-05-22")};
  EXPECT_NE(place({}, toasts).clusters[0], place({}, toasts).clusters[1]);
  ClusterOptions no_rule;
  no_rule.short_copy_words = 0;
  BlockClusters without = cluster_block({}, toasts, no_rule);
  EXPECT_EQ(without.clusters[0], without.clusters[1]);
  // A long statement quoted again months later is still that statement.
  BlockClusters long_again =
      place({}, {quote("said", kLong, "2016-03-01"), quote("recalled", kLong, "2016-09-01")});
  EXPECT_EQ(long_again.clusters[0], long_again.clusters[1]);
}

TEST(QuoteClustererTest, TrimmedVariantJoinsItsLongerForm) {
  BlockClusters b = place({}, {quote("short",
                                     "Our ships will sail, and our partners will receive every ton "
                                     "that was promised"),
                               quote("long", kLong)});
  EXPECT_EQ(b.clusters[0], b.clusters[1]);
  EXPECT_EQ(b.clusters[1], new_cluster_id("long"));  // the longest form founds it
}

TEST(QuoteClustererTest, ShortOrBarelySharedQuotesJoinNothing) {
  BlockClusters b =
      place({}, {quote("a", "We will see."), quote("b", "We will see."), quote("c", kLong),
                 quote("d",
                       "Our ships will sail to the north again next spring, "
                       "when the ice clears and the ports reopen.")});
  EXPECT_NE(b.clusters[0], b.clusters[1]);
  EXPECT_NE(b.clusters[2], b.clusters[3]);
}

TEST(QuoteClustererTest, AGenericFragmentDoesNotChainTwoQuotes) {
  const std::string fragment = "we are ready for talks without any preconditions at all";
  BlockClusters b = place(
      {}, {quote("x", "On the border: " + fragment + ", but the border of 1994 stays as it is."),
           quote("y", "On trade, " + fragment + ", and the tariffs can be lowered by March."),
           quote("f", fragment)});
  EXPECT_NE(b.clusters[0], b.clusters[1]);
  EXPECT_TRUE(b.clusters[2] == b.clusters[0] || b.clusters[2] == b.clusters[1]);
}

// Placing reads the postings of only the rarest shingles a variant could share with a longer
// form (prefix filtering): here the trimmed quote shares just enough (6 of its 10 shingles,
// the 0.6 needed) with its longer form, all 6 among its commonest (31 other quotes print those
// words), and its 4 rarest are its own; the longer form is found through the fifth rarest.
TEST(QuoteClustererTest, AVariantSharingJustEnoughOfItsCommonestShinglesJoinsItsLongerForm) {
  const std::string shared = "harbour cranes lifted seventeen crates of frozen salmon";
  std::vector<SpreadQuote> quotes;
  for (int i = 0; i < 5; ++i) {
    quotes.push_back(quote("long" + std::to_string(i),
                           "Yesterday at noon the " + shared + " onto the grey northern ship"));
  }
  const char* tails[] = {"amber",   "basalt",  "cobalt", "dune",   "ember",  "fjord",
                         "garnet",  "hazel",   "indigo", "jasper", "kelp",   "lilac",
                         "marble",  "nettle",  "ochre",  "pewter", "quartz", "russet",
                         "saffron", "thistle", "umber",  "violet", "willow", "xenon",
                         "yarrow",  "zinc",    "alder",  "birch",  "cedar",  "damson"};
  for (const char* tail : tails) {
    const std::string t = tail;
    quotes.push_back(
        quote("other-" + t, shared + " " + t + "a " + t + "b " + t + "c " + t + "d " + t + "e"));
  }
  quotes.push_back(quote("trimmed", shared + " before dawn on Tuesday"));
  const BlockClusters b = place({}, quotes);
  EXPECT_EQ(b.clusters.back(), new_cluster_id("long0"));
  EXPECT_NE(b.clusters[5], b.clusters[6]) << "the others share too little to join";
}

TEST(QuoteClustererTest, AddedQuotesJoinPlacedClustersWithoutMovingThem) {
  BlockClusters b = place(
      {placed(quote("old", kLong), "c0ffee"),
       placed(quote("other", "Prices for bread will be frozen until the end of the year."),
              "beef")},
      {quote("new", kLong + " And that is final."), quote("trim",
                                                          "the grain corridor to be closed by "
                                                          "threats from anyone")});
  EXPECT_EQ(b.clusters[0], "c0ffee");  // a longer form joins the cluster it contains
  EXPECT_EQ(b.clusters[1], "c0ffee");
}

// Two renderings of one statement made in another language (written after the seeds' pair).
const std::string kRenderingA =
    "We see statements by the newly elected president of Varnia and members of her team about "
    "the wish to restore direct contacts with Orlania that were cut off by the outgoing "
    "government.";
const std::string kRenderingB =
    "We see [Varga's] and her team's statements on their wish to restore direct contacts with "
    "Orlania, which the outgoing [Halvik] government had cut off through no fault of ours.";

TEST(QuoteClustererTest, RenderingsOfOneStatementAreLinkedNotMerged) {
  BlockClusters b = place(
      {}, {quote("a", kRenderingA, "", "seed-a"), quote("b", kRenderingB, "2025-01-20", "seed-b")});
  EXPECT_NE(b.clusters[0], b.clusters[1]);
  ASSERT_EQ(b.links.size(), 2u);
  const TranslationLink& link = b.links[0].second;
  EXPECT_FALSE(link.days_apart);  // one side is undated: not ruled out
  EXPECT_GE(link.score, 0.45);
  EXPECT_NE(std::find(link.shared_words.begin(), link.shared_words.end(), "restor"),
            link.shared_words.end());
}

TEST(QuoteClustererTest, RenderingsFarApartOrWithOtherNumbersAreNotLinked) {
  BlockClusters far = place({}, {quote("a", kRenderingA, "2025-01-01", "seed-a"),
                                 quote("b", kRenderingB, "2025-03-20", "seed-b")});
  EXPECT_TRUE(far.links.empty());
  BlockClusters numbers =
      place({}, {quote("a",
                       "The deal covers 400,000 tons of wheat this season and will be "
                       "renewed in September."),
                 quote("b",
                       "This season the deal covers 250,000 tonnes of wheat and will be "
                       "extended in September.")});
  EXPECT_TRUE(numbers.links.empty());
}

// Issue #20: a short quote that shares a clause with a long speech turn joined the turn
// (3 shared shingles of 3 words, 5 words in a row, were enough).
TEST(QuoteClustererTest, AShortQuoteSharingAClauseWithALongTurnDoesNotJoinIt) {
  const std::string turn =
      "Colleagues, the harvest was good this year, and we will do everything to protect our "
      "farmers from the prices of the world market, which the sanctions have made rise by a "
      "third since the spring. The budget will carry the cost, as it did last year and the "
      "year before, and the regions will add what they can. I have asked the government to "
      "report on it every month, and I will hold everyone to that.";
  BlockClusters b = place({placed(quote("turn", turn), "7075726e")},
                          {quote("short", "We will do everything to protect, he said.")});
  EXPECT_NE(b.clusters[0], "7075726e");
  // Eight shared words in a row are a trimmed form of it.
  BlockClusters trimmed =
      place({placed(quote("turn", turn), "7075726e")},
            {quote("trim", "We will do everything to protect our farmers from the prices.")});
  EXPECT_EQ(trimmed.clusters[0], "7075726e");
}

// A quote that holds two placed quotes (a variant of both) joins the more carried one's
// cluster; the clusters are not merged.
TEST(QuoteClustererTest, AQuoteBridgingTwoClustersJoinsTheMoreCarriedOne) {
  const std::string a =
      "The grain corridor will stay open for every ship that sails under our flag";
  const std::string b = "Prices for bread will be frozen until the end of the year in every region";
  PlacedPhrase carried = placed(quote("a1", a), "aaaa");
  count_quote(carried, quote("a2", a));
  count_quote(carried, quote("a3", a));
  BlockClusters out = place({placed(quote("b1", b), "bbbb"), carried},
                            {quote("both", a + ", and " + b + "."), quote("b2", b + "!")});
  EXPECT_EQ(out.clusters[0], "aaaa");
  EXPECT_EQ(out.clusters[1], "bbbb");  // b's cluster stays itself
  BlockClusters fewer = place({placed(quote("b1", b), "bbbb"), placed(quote("a1", a), "aaaa")},
                              {quote("both", b + ", and " + a + ".")});
  // Carried alike: the longer root wins, else the order is fixed by the roots' words.
  EXPECT_TRUE(fewer.clusters[0] == "aaaa" || fewer.clusters[0] == "bbbb");
}

// A longer quote that holds only a trimmed form of a placed quote (not its root) does not
// join that cluster through the fragment.
TEST(QuoteClustererTest, ALongerQuoteDoesNotChainThroughATrimmedForm) {
  const std::string fragment = "we are ready for talks without any preconditions at all";
  BlockClusters b = place({placed(quote("root", "On the border, " + fragment +
                                                    ", but the border of 1994 "
                                                    "stays as it is and nobody will move it."),
                                  "cccc"),
                           placed(quote("trim", fragment), "cccc")},
                          {quote("other", "On trade, " + fragment +
                                              ", and the tariffs can be lowered by "
                                              "March if the other side agrees.")});
  EXPECT_NE(b.clusters[0], "cccc");
}

TEST(PhraseBlockTest, PlacedPhrasesRoundTripThroughTheirEncoding) {
  PlacedPhrase p = placed(quote("a", kRenderingA, "2025-01-20", "seed-a"), "abcd");
  count_quote(p, quote("b", kRenderingA, "", "seed-b"));
  std::vector<PlacedPhrase> back = decode_phrase_block(encode_phrase_block({p, p}));
  ASSERT_EQ(back.size(), 2u);
  EXPECT_EQ(back[1].cluster, "abcd");
  EXPECT_EQ(back[1].count, 2u);
  EXPECT_TRUE(back[1].undated);
  EXPECT_EQ(back[1].days, p.days);
  EXPECT_EQ(back[1].articles, p.articles);
  EXPECT_EQ(back[1].wording.key, p.wording.key);
  EXPECT_EQ(back[1].wording.length, p.wording.length);
  EXPECT_EQ(back[1].wording.shingles, p.wording.shingles);
  EXPECT_EQ(back[1].wording.content, p.wording.content);
  EXPECT_EQ(back[1].wording.sentences, p.wording.sentences);
  EXPECT_EQ(back[1].wording.names, p.wording.names);
  EXPECT_TRUE(decode_phrase_block("").empty());
  EXPECT_THROW(decode_phrase_block("garbage"), std::runtime_error);
  EXPECT_EQ(neighbour_blocks("2025-01-20"),
            (std::vector<std::string>{"2024-12", "2025-01", "2025-02", ""}));
  EXPECT_EQ(neighbour_blocks(""), std::vector<std::string>{""});
  EXPECT_EQ(time_block("2025-12-31"), "2025-12");
}

TEST(QuoteClustererTest, TranslationLinksRoundTripThroughTheirEncoding) {
  TranslationLink link;
  link.other = "abc";
  link.score = 0.625;
  link.days_apart = 2;
  link.shared_words = {"restor", "contact"};
  link.shared_numbers = {"1994"};
  std::vector<TranslationLink> back = decode_translation_links(encode_translation_links({link}));
  ASSERT_EQ(back.size(), 1u);
  EXPECT_EQ(back[0].other, "abc");
  EXPECT_EQ(back[0].days_apart, 2);
  EXPECT_EQ(back[0].shared_words, link.shared_words);
  EXPECT_EQ(back[0].shared_numbers, link.shared_numbers);
  EXPECT_TRUE(back[0].shared_names.empty());
  EXPECT_TRUE(decode_translation_links("garbage\n").empty());
  EXPECT_EQ(day_number("1970-01-02"), 1);
  EXPECT_EQ(*day_number("2025-03-01") - *day_number("2025-02-28"), 1);
  EXPECT_FALSE(day_number("2025-13-01"));
}

ClusterOccurrence occurrence(std::string text, std::string date, std::string outlet,
                             std::string article, std::string duplicate) {
  ClusterOccurrence o;
  o.quote.text = std::move(text);
  o.quote.date = std::move(date);
  o.quote.outlet = std::move(outlet);
  o.quote.article_id = std::move(article);
  o.quote.speaker = "Elena Varga";
  o.duplicate_key = std::move(duplicate);
  return o;
}

TEST(ClusterSummaryTest, FirstSaidIsTheEarliestDatedAndCopiesOfAnArticleCountOnce) {
  std::vector<ClusterOccurrence> occurrences{
      occurrence("We will hold the vote on time.", "2025-09-03", "Harbor", "h1", "d1"),
      occurrence("We will hold the vote on time", "", "Ledger", "l1", "d2"),
      occurrence("We will hold the vote on time, and nobody will delay it.", "2025-09-02", "Wire",
                 "w1", "d3"),
      occurrence("We will hold the vote on time.", "2025-09-03", "Mirror", "m1", "d1")};
  ClusterSummary s = summarize_cluster("c1", occurrences);
  EXPECT_EQ(s.first_date, "2025-09-02");
  EXPECT_EQ(s.first_outlet, "Wire");
  EXPECT_EQ(s.last_date, "2025-09-03");
  EXPECT_EQ(s.quotes, 4u);
  EXPECT_EQ(s.articles, 3u);  // h1 and m1 are copies of one article
  EXPECT_EQ(s.outlets, 4u);
  EXPECT_EQ(s.canonical, "We will hold the vote on time.");  // printed 3 times
  ASSERT_EQ(s.variants.size(), 2u);
  EXPECT_EQ(s.variants[0].count, 3u);
  ASSERT_EQ(s.timeline.size(), 2u);
  EXPECT_EQ(s.timeline[1], (std::pair<std::string, std::size_t>("2025-09-03", 2)));
  EXPECT_TRUE(occurrences.back().quote.date.empty());  // undated last
}

TEST(WordingDiffTest, MarksAddedLeftOutAndCutWords) {
  const std::string canonical = "We will hold the election on the date set by the constitution.";
  EXPECT_EQ(
      mark_differences("We will hold the election on the date set by the constitution", canonical),
      "We will hold the election on the date set by the constitution");
  EXPECT_EQ(mark_differences("the date set by the constitution", canonical),
            "[…] the date set by the constitution");
  EXPECT_EQ(mark_differences("We will not hold the election on the date set by the constitution.",
                             canonical),
            "We will {+not+} hold the election on the date set by the constitution.");
  EXPECT_EQ(mark_differences("We will hold the election on the date set by parliament.", canonical),
            "We will hold the election on the date set by [-the constitution.-] {+parliament.+}");
}

}  // namespace
}  // namespace rostra
