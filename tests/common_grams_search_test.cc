// Common grams on the sample corpus: a phrase rewritten over pair terms matches exactly the
// documents the plain phrase over word terms matches, and the wdf-0 pair terms leave word
// ranking untouched.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <set>

#include "common/common_grams.h"
#include "common/input_reader.h"
#include "common/query_builder.h"
#include "common/query_parser.h"
#include "common/schema.h"
#include "common/word_tokenizer.h"
#include "index_fixture.h"

namespace rostra {
namespace {

namespace fs = std::filesystem;

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

std::vector<std::string> words_of(const std::string& phrase) {
  WordTokenizer tokenizer;
  TokenList tokens;
  tokenizer.tokenize(phrase, tokens);
  std::vector<std::string> words;
  for (const Token& token : tokens) words.emplace_back(tokens.text(token));
  return words;
}

// OP_PHRASE over the word terms: what phrase search did before common grams.
Xapian::Query plain_phrase(const std::string& phrase) {
  std::vector<std::string> words = words_of(phrase);
  return Xapian::Query(Xapian::Query::OP_PHRASE, words.begin(), words.end(),
                       static_cast<Xapian::termcount>(words.size()));
}

// The phrase as rostra-search builds it (`ranked` false: for a count alone).
Xapian::Query built_phrase(const std::string& phrase, QueryTarget target, bool ranked = true) {
  QueryBuilder builder("en", nullptr, nullptr, target);
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
    dir_ = new testing::TempDir();
    index_ = new WritableIndex(testing::build_index(testing::Backend::kInMemory, *dir_,
                                                    std::move(articles), load_outlet_table("")));
  }
  static void TearDownTestSuite() {
    delete index_;
    delete dir_;
  }

  static testing::TempDir* dir_;
  static WritableIndex* index_;
};

testing::TempDir* CommonGramsSearch::dir_ = nullptr;
WritableIndex* CommonGramsSearch::index_ = nullptr;

TEST_F(CommonGramsSearch, IndexesTheWholeSample) {
  EXPECT_EQ(index_->articles.get_doccount(), 38u);
  EXPECT_GT(index_->quotes.get_doccount(), 0u);
  EXPECT_GT(index_->articles.get_termfreq("XCGof\x1fthe"), 0u);
}

TEST_F(CommonGramsSearch, RewrittenPhrasesMatchExactlyWhatPlainPhrasesMatch) {
  for (const std::string& phrase : kCommonPhrases) {
    SCOPED_TRACE(phrase);
    Xapian::Query rewritten = built_phrase(phrase, QueryTarget::kArticles);
    std::set<Xapian::docid> expected = matches(index_->articles, plain_phrase(phrase));
    EXPECT_FALSE(expected.empty());
    EXPECT_EQ(matches(index_->articles, rewritten), expected);
  }
}

TEST_F(CommonGramsSearch, RewrittenPhrasesMatchExactlyWhatPlainPhrasesMatchInQuotes) {
  std::size_t nonempty = 0;
  for (const std::string& phrase : kCommonPhrases) {
    SCOPED_TRACE(phrase);
    Xapian::Query rewritten = built_phrase(phrase, QueryTarget::kQuotes);
    std::set<Xapian::docid> expected = matches(index_->quotes, plain_phrase(phrase));
    if (!expected.empty()) ++nonempty;
    EXPECT_EQ(matches(index_->quotes, rewritten), expected);
  }
  EXPECT_GE(nonempty, 3u);
}

TEST_F(CommonGramsSearch, RewrittenPhrasesNeverReadTheCommonWords) {
  for (const std::string& phrase : kCommonPhrases) {
    SCOPED_TRACE(phrase);
    std::vector<std::string> terms = terms_of(built_phrase(phrase, QueryTarget::kArticles));
    bool has_pair = false;
    for (const std::string& term : terms) {
      EXPECT_FALSE(is_common_word(term)) << term;
      if (term.starts_with(schema::kPrefixCommonGram)) has_pair = true;
    }
    EXPECT_TRUE(has_pair);
  }
}

TEST_F(CommonGramsSearch, PhrasesWithoutCommonWordsKeepThePlainPhrase) {
  for (const std::string& phrase : kPlainPhrases) {
    SCOPED_TRACE(phrase);
    Xapian::Query built = built_phrase(phrase, QueryTarget::kArticles);
    EXPECT_EQ(built.get_description(), plain_phrase(phrase).get_description());
    EXPECT_FALSE(matches(index_->articles, built).empty());
  }
}

// Pair terms weigh nothing (wdf 0), so the rewrite ANDs the uncommon words inside pairs
// back in: a match weighs what those words weigh together.
TEST_F(CommonGramsSearch, RewrittenPhrasesRankByTheirUncommonWords) {
  for (const std::string& phrase :
       {std::string("the two countries"), std::string("the end of"), std::string("по его словам"),
        std::string("говорится в заявлении")}) {
    SCOPED_TRACE(phrase);
    std::vector<std::string> uncommon;
    for (const std::string& word : words_of(phrase)) {
      if (!is_common_word(word)) uncommon.push_back(word);
    }
    std::map<Xapian::docid, double> word_weights;
    Xapian::MSet words = run(
        index_->articles, Xapian::Query(Xapian::Query::OP_AND, uncommon.begin(), uncommon.end()));
    for (auto it = words.begin(); it != words.end(); ++it) word_weights[*it] = it.get_weight();
    Xapian::MSet rewritten = run(index_->articles, built_phrase(phrase, QueryTarget::kArticles));
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
    Xapian::Query ranked = built_phrase(phrase, QueryTarget::kArticles);
    Xapian::Query unranked = built_phrase(phrase, QueryTarget::kArticles, false);
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
    QueryBuilder builder;
    Xapian::Query built = builder.build(parse_query(query)).query;
    Xapian::MSet a = run(with, built);
    Xapian::MSet b = run(without, built);
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
