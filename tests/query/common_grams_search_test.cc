// Common grams on the sample corpus: a phrase whose candidates come from pair terms matches
// exactly the documents Xapian's OP_PHRASE matches over positional word terms (the oracle,
// positional_oracle.h), and the wdf-0 pair terms leave word ranking untouched.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "common/analysis/common_grams.h"
#include "common/analysis/term_stemmer.h"
#include "common/analysis/word_tokenizer.h"
#include "common/input/input_reader.h"
#include "common/query/positional_decider.h"
#include "common/query/query_builder.h"
#include "common/query/query_parser.h"
#include "common/schema/schema.h"
#include "tests/support/index_fixture.h"
#include "tests/support/positional_oracle.h"

namespace rostra {
namespace {

namespace fs = std::filesystem;
using testing::words_of;

// Phrases with common words, all present in the corpus/sample articles.
const std::vector<std::string> kCommonPhrases = {
    "one of the",          "of the",         "in the",       "said the",
    "said in a statement", "is not a",       "the end of",   "the two countries",
    "on both sides",       "по его словам",  "по её словам", "говорится в заявлении",
    "в первом чтении",     "после того как", "не менее",     "за два года",
};
// Phrases without common words: they must keep the plain path.
const std::vector<std::string> kPlainPhrases = {"prime minister elena varga",
                                                "opposition homeland party"};

// The stems of the words of `phrase`, as the indexer stems them (English and Russian).
std::vector<std::string> stems_of(const std::string& phrase) {
  WordTokenizer tokenizer;
  TokenList tokens;
  tokenizer.tokenize(phrase, tokens);
  TermStemmer stemmer("en");
  std::vector<std::string> stems;
  for (const Token& token : tokens) stems.push_back(stemmer.stem(tokens.text(token), token.script));
  return stems;
}

// OP_PHRASE over the word terms: what phrase search did before common grams (run it on the
// oracle, whose terms have positions).
Xapian::Query plain_phrase(const std::string& phrase) {
  std::vector<std::string> words = words_of(phrase);
  return Xapian::Query(Xapian::Query::OP_PHRASE, words.begin(), words.end(),
                       static_cast<Xapian::termcount>(words.size()));
}

// The phrase as rostra-search builds it over `view` (`ranked` false: for a count alone).
Xapian::Query built_phrase(ReadableIndex& view, const std::string& phrase, QueryTarget target,
                           bool ranked = true) {
  const Vocabulary articles(view.article_databases);
  const Vocabulary quotes(view.quote_databases);
  const bool on_quotes = target == QueryTarget::kQuotes;
  QueryBuilder builder("en", nullptr, on_quotes ? &quotes : &articles,
                       on_quotes ? view.quote_tokens.get() : view.article_tokens.get(), target);
  builder.set_ranked(ranked);
  return builder.build(parse_query("\"" + phrase + "\"")).query;
}

Xapian::MSet run(const Xapian::Database& db, const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BM25Weight());
  return enquire.get_mset(0, db.get_doccount());
}

std::set<Xapian::docid> matches(const Xapian::Database& db, const Xapian::Query& query) {
  std::set<Xapian::docid> out;
  Xapian::MSet mset = run(db, query);
  for (auto it = mset.begin(); it != mset.end(); ++it) out.insert(*it);
  return out;
}

std::vector<std::string> terms_of(const Xapian::Query& query) {
  return std::vector<std::string>(query.get_terms_begin(), query.get_terms_end());
}

// corpus/sample indexed once, in memory, as rostra-index would.
class CommonGramsSearch : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::vector<Article> articles;
    ReaderSink sink;
    sink.article = [&](Article&& a) { articles.push_back(std::move(a)); };
    sink.issue = [](InputIssue&&) {};
    InputStats stats;
    read_inputs({fs::path(ROSTRA_SOURCE_DIR) / "corpus" / "sample"}, sink, stats);
    index_ = new WritableIndex(in_memory_index());
    oracle_ = new testing::PositionalOracle();
    OutletTable outlets = load_outlet_table(ROSTRA_SOURCE_DIR "/corpus/outlets.tsv");
    ArticleWriter writer(*index_, outlets, testing::project_aliases());
    std::vector<std::string> warnings;
    for (Article& article : articles) {
      writer.write(article, warnings);
      oracle_->add(article);
    }
    index_->commit();
    view_ = new ReadableIndex(read_view(*index_));
  }
  static void TearDownTestSuite() {
    delete view_;
    delete oracle_;
    delete index_;
  }
  static Xapian::Query built(const std::string& phrase, QueryTarget target, bool ranked = true) {
    return built_phrase(*view_, phrase, target, ranked);
  }

  static WritableIndex* index_;
  static ReadableIndex* view_;
  static testing::PositionalOracle* oracle_;
};

WritableIndex* CommonGramsSearch::index_ = nullptr;
ReadableIndex* CommonGramsSearch::view_ = nullptr;
testing::PositionalOracle* CommonGramsSearch::oracle_ = nullptr;

TEST_F(CommonGramsSearch, IndexesTheWholeSample) {
  EXPECT_EQ(index_->articles.get_doccount(), 38u);
  EXPECT_GT(index_->quotes.get_doccount(), 0u);
  EXPECT_GT(index_->articles.get_termfreq("XCGof\x1fthe"), 0u);
}

TEST_F(CommonGramsSearch, RewrittenPhrasesMatchExactlyWhatPlainPhrasesMatch) {
  for (const std::string& phrase : kCommonPhrases) {
    SCOPED_TRACE(phrase);
    Xapian::Query rewritten = built(phrase, QueryTarget::kArticles);
    std::set<Xapian::docid> expected = matches(oracle_->articles, plain_phrase(phrase));
    EXPECT_FALSE(expected.empty());
    EXPECT_EQ(matches(index_->articles, rewritten), expected);
  }
}

TEST_F(CommonGramsSearch, RewrittenPhrasesMatchExactlyWhatPlainPhrasesMatchInQuotes) {
  std::size_t nonempty = 0;
  for (const std::string& phrase : kCommonPhrases) {
    SCOPED_TRACE(phrase);
    Xapian::Query rewritten = built(phrase, QueryTarget::kQuotes);
    std::set<Xapian::docid> expected = matches(oracle_->quotes, plain_phrase(phrase));
    if (!expected.empty()) ++nonempty;
    EXPECT_EQ(matches(index_->quotes, rewritten), expected);
  }
  EXPECT_GE(nonempty, 3u);
}

TEST_F(CommonGramsSearch, RewrittenPhrasesNeverReadTheCommonWords) {
  for (const std::string& phrase : kCommonPhrases) {
    SCOPED_TRACE(phrase);
    std::vector<std::string> terms = terms_of(built(phrase, QueryTarget::kArticles));
    bool has_pair = false;
    for (const std::string& term : terms) {
      EXPECT_FALSE(is_common_word(term)) << term;
      if (term.starts_with(schema::kPrefixCommonGram)) has_pair = true;
    }
    EXPECT_TRUE(has_pair);
  }
}

TEST_F(CommonGramsSearch, PhrasesWithoutCommonWordsTakeTheirCandidatesFromTheirWords) {
  for (const std::string& phrase : kPlainPhrases) {
    SCOPED_TRACE(phrase);
    Xapian::Query query = built(phrase, QueryTarget::kArticles);
    std::vector<std::string> terms = terms_of(query);
    std::vector<std::string> stems = stems_of(phrase);
    std::sort(terms.begin(), terms.end());
    std::sort(stems.begin(), stems.end());
    EXPECT_EQ(terms, stems);
    EXPECT_FALSE(matches(index_->articles, query).empty());
    EXPECT_EQ(matches(index_->articles, query), matches(oracle_->articles, plain_phrase(phrase)));
  }
}

// Pair terms weigh nothing (wdf 0), so the rewrite ANDs the stems of the uncommon words
// inside pairs back in: a match weighs what those stems weigh together.
TEST_F(CommonGramsSearch, RewrittenPhrasesRankByTheirUncommonWords) {
  for (const std::string& phrase :
       {std::string("the two countries"), std::string("the end of"), std::string("по его словам"),
        std::string("говорится в заявлении")}) {
    SCOPED_TRACE(phrase);
    std::vector<std::string> uncommon;
    std::vector<std::string> words = words_of(phrase);
    std::vector<std::string> stems = stems_of(phrase);
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (!is_common_word(words[i])) uncommon.push_back(stems[i]);
    }
    std::map<Xapian::docid, double> word_weights;
    Xapian::MSet stem_matches = run(
        index_->articles, Xapian::Query(Xapian::Query::OP_AND, uncommon.begin(), uncommon.end()));
    for (auto it = stem_matches.begin(); it != stem_matches.end(); ++it) {
      word_weights[*it] = it.get_weight();
    }
    Xapian::MSet rewritten = run(index_->articles, built(phrase, QueryTarget::kArticles));
    ASSERT_GT(rewritten.size(), 0u);
    for (auto it = rewritten.begin(); it != rewritten.end(); ++it) {
      ASSERT_TRUE(word_weights.contains(*it));
      EXPECT_GT(it.get_weight(), 0.0);
      EXPECT_NEAR(it.get_weight(), word_weights[*it], 1e-9);
    }
  }
}

// Counted alone, a rewritten phrase is its pair phrase only: the words that rank it are left
// out, and it matches the same documents.
TEST_F(CommonGramsSearch, UnrankedRewrittenPhrasesLeaveOutTheWordsThatOnlyRank) {
  // Phrases whose every word is inside a pair (so some word is there only to rank).
  for (const std::string& phrase :
       {std::string("one of the"), std::string("the end of"), std::string("по его словам")}) {
    SCOPED_TRACE(phrase);
    Xapian::Query ranked = built(phrase, QueryTarget::kArticles);
    Xapian::Query unranked = built(phrase, QueryTarget::kArticles, false);
    std::vector<std::string> terms = terms_of(unranked);
    ASSERT_FALSE(terms.empty());
    for (const std::string& term : terms) {
      EXPECT_TRUE(term.starts_with(schema::kPrefixCommonGram)) << term;
    }
    EXPECT_LT(terms.size(), terms_of(ranked).size());
    EXPECT_FALSE(matches(index_->articles, unranked).empty());
    EXPECT_EQ(matches(index_->articles, unranked), matches(index_->articles, ranked));
  }
}

// A top-k search defers the positional check to the documents that could enter the page,
// and then leaves the dense pair units of a phrase (here "of the", in most of the sample's
// articles) out of its candidates, keeping the rarest unit: the same documents match,
// with the same weights, and the dense pair's postings are never read.
TEST_F(CommonGramsSearch, DeferredPhrasesLeaveOutTheirDenseUnits) {
  const std::string dense_pair = "XCGof\x1fthe";
  ASSERT_GT(index_->articles.get_termfreq(dense_pair), index_->articles.get_doccount() / 8);
  const Vocabulary vocabulary(view_->article_databases);
  std::set<std::string> pruned;
  for (const std::string& phrase : kCommonPhrases) {
    SCOPED_TRACE(phrase);
    QueryBuilder builder("en", nullptr, &vocabulary, view_->article_tokens.get());
    builder.set_defer_positional(true);
    BuiltQuery deferred = builder.build(parse_query("\"" + phrase + "\""));
    std::vector<std::string> terms = terms_of(deferred.query);
    ASSERT_FALSE(terms.empty());
    auto holds = [&](const std::vector<std::string>& list) {
      return std::ranges::find(list, dense_pair) != list.end();
    };
    if (holds(terms_of(built(phrase, QueryTarget::kArticles))) && !holds(terms)) {
      pruned.insert(phrase);
    }
    Xapian::Enquire enquire(index_->articles);
    enquire.set_query(deferred.query);
    enquire.set_weighting_scheme(Xapian::BM25Weight());
    PositionalDecider decider(deferred.deferred, view_->article_tokens.get());
    const Xapian::doccount all = index_->articles.get_doccount();
    Xapian::MSet found =
        enquire.get_mset(0, all, all, nullptr, deferred.deferred.empty() ? nullptr : &decider);
    Xapian::MSet expected = run(index_->articles, built(phrase, QueryTarget::kArticles));
    std::map<Xapian::docid, double> expected_weights;
    for (auto it = expected.begin(); it != expected.end(); ++it)
      expected_weights[*it] = it.get_weight();
    std::set<Xapian::docid> found_docs;
    for (auto it = found.begin(); it != found.end(); ++it) {
      found_docs.insert(*it);
      ASSERT_TRUE(expected_weights.contains(*it));
      EXPECT_NEAR(it.get_weight(), expected_weights[*it], 1e-9);
    }
    EXPECT_EQ(found_docs, matches(oracle_->articles, plain_phrase(phrase)));
    EXPECT_EQ(found_docs.size(), expected_weights.size());
  }
  // "of the" is left out of "one of the", beside the rarer "one of".
  EXPECT_TRUE(pruned.contains("one of the"));
}

// The same documents without their pair terms: word queries must rank identically.
TEST_F(CommonGramsSearch, PairTermsLeaveDocumentLengthsAndWordWeightsUnchanged) {
  Xapian::WritableDatabase without(std::string(), Xapian::DB_BACKEND_INMEMORY);
  const Xapian::Database& with = index_->articles;
  for (auto it = with.postlist_begin(""); it != with.postlist_end(""); ++it) {
    Xapian::Document doc = with.get_document(*it);
    std::vector<std::string> pairs;
    const std::string prefix(schema::kPrefixCommonGram);
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
      if ((*t).starts_with(prefix)) pairs.push_back(*t);
    }
    for (const std::string& pair : pairs) doc.remove_term(pair);
    without.replace_document(*it, doc);
  }
  without.commit();
  ASSERT_EQ(without.get_doccount(), with.get_doccount());
  EXPECT_LT(without.get_termfreq("XCGof\x1fthe"), with.get_termfreq("XCGof\x1fthe"));
  EXPECT_EQ(without.get_total_length(), with.get_total_length());
  for (auto it = with.postlist_begin(""); it != with.postlist_end(""); ++it) {
    EXPECT_EQ(without.get_doclength(*it), with.get_doclength(*it));
  }
  for (const std::string query : {"minister OR the OR war", "в OR выборы OR бюджет", "party of"}) {
    SCOPED_TRACE(query);
    Vocabulary vocabulary(view_->article_databases);
    QueryBuilder builder("en", nullptr, &vocabulary, view_->article_tokens.get());
    Xapian::Query words = builder.build(parse_query(query)).query;
    Xapian::MSet a = run(with, words);
    Xapian::MSet b = run(without, words);
    ASSERT_GT(a.size(), 0u);
    ASSERT_EQ(a.size(), b.size());
    for (auto x = a.begin(), y = b.begin(); x != a.end(); ++x, ++y) {
      EXPECT_EQ(*x, *y);
      EXPECT_DOUBLE_EQ(x.get_weight(), y.get_weight());
    }
  }
}

}  // namespace
}  // namespace rostra
