// Positional queries against the oracle: every phrase, NEAR/ADJ, title: and quote: query
// built over token records must match exactly the documents Xapian's own OP_PHRASE and
// OP_NEAR match over positional terms (positional_oracle.h), on every way an index is
// written: in memory, on disk by one writer, and by a bulk load into merged segments.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "common/analysis/term_stemmer.h"
#include "common/index/write/article_writer.h"
#include "common/ingest/indexer.h"
#include "common/input/input_reader.h"
#include "common/input/metadata/article_metadata.h"
#include "common/query/query_builder.h"
#include "common/query/query_parser.h"
#include "common/schema/index_terms.h"
#include "tests/support/index_fixture.h"
#include "tests/support/matching_ids.h"
#include "tests/support/positional_oracle.h"

namespace rostra {
namespace {

namespace fs = std::filesystem;
using testing::matching_ids;
using testing::words_of;

enum class Path { kInMemory, kGlass, kBulkLoad };

std::string path_name(const ::testing::TestParamInfo<Path>& info) {
  switch (info.param) {
    case Path::kInMemory:
      return "InMemory";
    case Path::kGlass:
      return "Glass";
    case Path::kBulkLoad:
      return "BulkLoad";
  }
  return "?";
}

fs::path sample_dir() {
  return fs::path(ROSTRA_SOURCE_DIR) / "corpus" / "sample";
}

std::vector<Article> sample_articles() {
  std::vector<Article> articles;
  ReaderSink sink;
  sink.article = [&](Article&& a) { articles.push_back(std::move(a)); };
  sink.issue = [](InputIssue&&) {};
  InputStats stats;
  read_inputs({sample_dir()}, sink, stats);
  return articles;
}

std::string join(const std::vector<std::string>& words, std::size_t from, std::size_t n) {
  std::string out;
  for (std::size_t i = from; i < from + n; ++i) out += (out.empty() ? "" : " ") + words[i];
  return out;
}

Xapian::Query phrase_over(const std::vector<std::string>& words, const std::string& prefix) {
  std::vector<Xapian::Query> terms;
  for (const std::string& w : words) terms.emplace_back(prefix + w);
  return Xapian::Query(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(),
                       static_cast<Xapian::termcount>(terms.size()));
}

class PositionalSearch : public ::testing::TestWithParam<Path> {
 protected:
  void SetUp() override {
    articles_ = sample_articles();
    OutletTable outlets = load_outlet_table(ROSTRA_SOURCE_DIR "/corpus/outlets.tsv");
    // The oracle: the same articles, analyzed as the writer analyzes them.
    TermDictionary scratch;
    ArticlePreparer preparer(testing::project_aliases(), scratch, true);
    for (Article article : articles_) {
      resolve_metadata(article, outlets);
      PreparedArticle prepared = preparer.prepare(article);
      oracle_.add(prepared.article);
      Xapian::docid last = oracle_.articles.get_lastdocid();
      Xapian::Document doc = oracle_.articles.get_document(last);
      doc.add_boolean_term(prepared.id_term);
      oracle_.articles.replace_document(last, doc);
      for (std::size_t n = 0; oracle_.quotes.get_lastdocid() > quote_docs_; ++n) {
        ++quote_docs_;
        Xapian::Document quote = oracle_.quotes.get_document(quote_docs_);
        quote.add_boolean_term(id_term(prepared.article.id + "#" + std::to_string(n)));
        oracle_.quotes.replace_document(quote_docs_, quote);
      }
      analyzed_.push_back(std::move(prepared.article));
    }
    switch (GetParam()) {
      case Path::kInMemory:
      case Path::kGlass:
        writable_ = testing::build_index(
            GetParam() == Path::kInMemory ? testing::Backend::kInMemory : testing::Backend::kGlass,
            dir_, articles_, outlets);
        view_ = read_view(writable_);
        break;
      case Path::kBulkLoad: {
        IndexOptions options;
        options.db_path = (dir_.path() / "bulk").string();
        options.outlets_path = ROSTRA_SOURCE_DIR "/corpus/outlets.tsv";
        options.speakers_path = ROSTRA_SOURCE_DIR "/corpus/speakers.tsv";
        options.inputs = {sample_dir()};
        options.quiet = true;
        options.segment_writers = 2;
        options.segment_articles = 7;  // several rounds of segments
        options.commit_every = 5;
        std::ostringstream log;
        run_index(options, log);
        view_ = open_index_for_reading(options.db_path);
        break;
      }
    }
  }

  // What the query `text` matches in the index under test.
  std::set<std::string> found(const std::string& text, QueryTarget target) {
    const bool quotes = target == QueryTarget::kQuotes;
    Vocabulary vocabulary(quotes ? view_.quote_databases : view_.article_databases);
    QueryBuilder builder("en", nullptr, &vocabulary,
                         quotes ? view_.quote_tokens.get() : view_.article_tokens.get(), target,
                         &testing::project_aliases());
    Xapian::Query query = builder.build(parse_query(text)).query;
    return matching_ids(quotes ? view_.quotes : view_.articles, query);
  }

  std::vector<Article> articles_;
  std::vector<Article> analyzed_;  // as the writer leaves them: quotes and speakers found
  testing::PositionalOracle oracle_;
  Xapian::docid quote_docs_ = 0;
  testing::TempDir dir_;
  WritableIndex writable_;
  ReadableIndex view_;
};

TEST_P(PositionalSearch, PhrasesMatchWhatXapiansPhraseMatches) {
  std::size_t checked = 0;
  std::size_t nonempty = 0;
  for (const Article& article : analyzed_) {
    std::vector<std::string> words = words_of(article.title + "\n\n" + article.body);
    for (std::size_t at = 0; at + 4 <= words.size(); at += 7) {
      for (std::size_t n = 2; n <= 4; ++n) {
        std::string phrase = join(words, at, n);
        SCOPED_TRACE(phrase);
        std::vector<std::string> terms(words.begin() + static_cast<std::ptrdiff_t>(at),
                                       words.begin() + static_cast<std::ptrdiff_t>(at + n));
        std::set<std::string> expected = matching_ids(oracle_.articles, phrase_over(terms, ""));
        EXPECT_EQ(found("\"" + phrase + "\"", QueryTarget::kArticles), expected);
        ++checked;
        if (!expected.empty()) ++nonempty;
      }
    }
  }
  EXPECT_GT(checked, 300u);
  // Phrases that straddle a paragraph or field break are among them and match less.
  EXPECT_GT(nonempty, checked * 3 / 4);
}

TEST_P(PositionalSearch, NearAndAdjMatchWhatXapiansNearAndPhraseMatch) {
  TermStemmer stemmer("en");
  Vocabulary vocabulary(view_.article_databases);
  // The forms NEAR expands a word to, built as the query builder builds them.
  auto forms = [&](const std::string& word) {
    std::vector<Xapian::Query> out{Xapian::Query(word)};
    const std::string stem = stemmer.stem(word, Script::kLatin);
    if (stem != word && stemmer.stem(stem, Script::kLatin) == stem) out.emplace_back(stem);
    for (const auto& [form, id] : vocabulary.forms(stem)) {
      if (form != word && form != stem) out.emplace_back(form);
    }
    return Xapian::Query(Xapian::Query::OP_OR, out.begin(), out.end());
  };
  std::size_t nonempty = 0;
  std::size_t checked = 0;
  for (const Article& article : analyzed_) {
    if (article.language != "en") continue;
    std::vector<std::string> words = words_of(article.body);
    for (std::size_t at = 0; at + 6 < words.size(); at += 11) {
      for (unsigned distance : {1u, 3u, 5u}) {
        const std::string& a = words[at];
        const std::string& b = words[at + distance];
        for (bool ordered : {false, true}) {
          std::string query =
              b + (ordered ? " ADJ/" : " NEAR/") + std::to_string(distance) + " " + a;
          SCOPED_TRACE(query);
          std::vector<Xapian::Query> pair{forms(b), forms(a)};
          Xapian::Query oracle(ordered ? Xapian::Query::OP_PHRASE : Xapian::Query::OP_NEAR,
                               pair.begin(), pair.end(), distance + 1);
          std::set<std::string> expected = matching_ids(oracle_.articles, oracle);
          EXPECT_EQ(found(query, QueryTarget::kArticles), expected);
          ++checked;
          if (!expected.empty()) ++nonempty;
        }
      }
    }
  }
  EXPECT_GT(checked, 100u);
  EXPECT_GT(nonempty, checked / 3);  // unordered ones, at least, match their own article
  EXPECT_LT(nonempty, checked);      // and reversed ADJ often do not
}

TEST_P(PositionalSearch, TitlePhrasesMatchWhatXapiansPhraseOverTitleTermsMatches) {
  std::size_t nonempty = 0;
  for (const Article& article : analyzed_) {
    std::vector<std::string> words = words_of(article.title);
    for (std::size_t at = 0; at + 2 <= words.size(); at += 2) {
      std::vector<std::string> terms{words[at], words[at + 1]};
      std::string phrase = join(words, at, 2);
      SCOPED_TRACE(phrase);
      std::set<std::string> expected = matching_ids(oracle_.articles, phrase_over(terms, "S"));
      EXPECT_EQ(found("title:\"" + phrase + "\"", QueryTarget::kArticles), expected);
      if (!expected.empty()) ++nonempty;
    }
  }
  EXPECT_GT(nonempty, 20u);
}

TEST_P(PositionalSearch, QuotePhrasesMatchWhatXapiansPhraseOverQuoteTermsMatches) {
  std::size_t by_anyone = 0;
  std::size_t by_speaker = 0;
  for (const Article& article : analyzed_) {
    for (const Quote& q : article.quotes) {
      if (q.kind != QuoteKind::kQuote) continue;
      std::vector<std::string> words =
          words_of(std::string_view(article.body).substr(q.start, q.end - q.start));
      for (std::size_t at = 0; at + 2 <= words.size(); at += 5) {
        std::size_t n = std::min<std::size_t>(3, words.size() - at);
        std::vector<std::string> terms(words.begin() + static_cast<std::ptrdiff_t>(at),
                                       words.begin() + static_cast<std::ptrdiff_t>(at + n));
        std::string phrase = join(words, at, n);
        SCOPED_TRACE(phrase);
        std::set<std::string> anyone = matching_ids(oracle_.articles, phrase_over(terms, "XQUOTE"));
        EXPECT_EQ(found("quote:\"" + phrase + "\"", QueryTarget::kArticles), anyone);
        if (!anyone.empty()) ++by_anyone;
        if (q.speaker.empty()) continue;
        std::set<std::string> said = matching_ids(
            oracle_.articles, phrase_over(terms, "XQBY" + fold_case(q.speaker) + "\x1f"));
        EXPECT_EQ(
            found("speaker:\"" + q.speaker + "\" quote:\"" + phrase + "\"", QueryTarget::kArticles),
            said);
        if (!said.empty()) ++by_speaker;
      }
    }
  }
  EXPECT_GT(by_anyone, 30u);
  EXPECT_GT(by_speaker, 15u);
}

TEST_P(PositionalSearch, PhrasesInQuoteDocumentsMatchWhatXapiansPhraseMatches) {
  std::size_t nonempty = 0;
  for (const Article& article : analyzed_) {
    for (const Quote& q : article.quotes) {
      std::vector<std::string> words =
          words_of(std::string_view(article.body).substr(q.start, q.end - q.start));
      if (words.size() < 2) continue;
      std::vector<std::string> terms{words[0], words[1]};
      std::string phrase = join(words, 0, 2);
      SCOPED_TRACE(phrase);
      std::set<std::string> expected = matching_ids(oracle_.quotes, phrase_over(terms, ""));
      EXPECT_EQ(found("\"" + phrase + "\"", QueryTarget::kQuotes), expected);
      if (!expected.empty()) ++nonempty;
    }
  }
  EXPECT_GT(nonempty, 30u);
}

INSTANTIATE_TEST_SUITE_P(Paths, PositionalSearch,
                         ::testing::Values(Path::kInMemory, Path::kGlass, Path::kBulkLoad),
                         path_name);

}  // namespace
}  // namespace rostra
