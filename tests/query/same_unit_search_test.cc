// w/s, w/p and w/N, pre/N against a brute-force scan of real text: queries over
// ../shared/corpus (skipped when absent) must match exactly the articles in which a scan of
// the articles' own tokens finds every operand in one sentence (one paragraph), or the two
// operands within N words (in order for pre/N). The scan reads sentences and
// paragraphs as word_tokenizer.h documents them (the token stream's numbers), and matches
// words by stem and phrases by their exact words, independently of the
// token records, the query builder and the positional code under test.
#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <set>

#include "common/analysis/term_stemmer.h"
#include "common/analysis/word_tokenizer.h"
#include "common/index/write/article_writer.h"
#include "common/query/query_builder.h"
#include "common/query/query_parser.h"
#include "common/schema/index_terms.h"
#include "common/tokens/vocabulary.h"
#include "tests/support/index_fixture.h"
#include "tests/support/matching_ids.h"
#include "tests/support/shared_corpus.h"

namespace rostra {
namespace {

// One operand of the brute force: any of its alternatives, each a sequence of word tests.
using WordTest = std::function<bool(std::string_view form, std::string_view stem)>;
using Operand = std::vector<std::vector<WordTest>>;

struct BruteQuery {
  std::string text;  // as the parser reads it
  enum class Within { kSentence, kParagraph, kWords } within;
  std::vector<Operand> operands;
  unsigned words = 0;    // kWords: at most this many words apart (two operands)
  bool ordered = false;  // kWords: the first operand's occurrence before the second's
};

// Where one operand stands in a field: its first and last token and their units.
struct Occurrence {
  std::size_t first, last;
  std::uint32_t sentence, paragraph;
};

// Whether occurrences of the operands (for kWords: exactly two) satisfy the query.
bool satisfied(const BruteQuery& q, const std::vector<std::vector<Occurrence>>& found) {
  if (q.within == BruteQuery::Within::kWords) {
    for (const Occurrence& a : found[0]) {
      for (const Occurrence& b : found[1]) {
        if (a.paragraph != b.paragraph) continue;
        if (a.last < b.first && b.first - a.last <= q.words) return true;
        if (!q.ordered && b.last < a.first && a.first - b.last <= q.words) return true;
      }
    }
    return false;
  }
  std::map<std::uint32_t, std::size_t> operands_in;  // unit -> bits of operands found
  for (std::size_t o = 0; o < found.size(); ++o) {
    for (const Occurrence& at : found[o]) {
      const std::uint32_t unit =
          q.within == BruteQuery::Within::kSentence ? at.sentence : at.paragraph;
      operands_in[unit] |= std::size_t{1} << o;
    }
  }
  for (const auto& [u, bits] : operands_in) {
    if (bits == (std::size_t{1} << found.size()) - 1) return true;
  }
  return false;
}

WordTest by_stem(std::string word) {
  TermStemmer stemmer;
  stemmer.set_language("en");
  WordTokenizer tokenizer;
  TokenList tokens;
  tokenizer.tokenize(word, tokens);
  std::string form(tokens.text(tokens[0]));
  std::string stem = stemmer.stem(form, tokens[0].script);
  return [form, stem](std::string_view f, std::string_view s) { return f == form || s == stem; };
}

WordTest exactly(std::string form) {
  return [form](std::string_view f, std::string_view) { return f == form; };
}

// The articles in which the operands stand as the query asks in one field (title, lead,
// body): a phrase's words consecutive in one paragraph (and, for w/s, one sentence).
std::set<std::string> brute_force(const std::vector<Article>& articles, const BruteQuery& q) {
  WordTokenizer tokenizer;
  TermStemmer stemmer;
  TokenList tokens;
  std::set<std::string> out;
  for (const Article& article : articles) {
    stemmer.set_language(article.language);
    bool found = false;
    for (const std::string* field : {&article.title, &article.lead, &article.body}) {
      tokens.clear();
      tokenizer.tokenize(*field, tokens);
      std::vector<std::string> stems;
      for (const Token& t : tokens) stems.push_back(stemmer.stem(tokens.text(t), t.script));
      const bool by_sentence = q.within == BruteQuery::Within::kSentence;
      std::vector<std::vector<Occurrence>> occurrences(q.operands.size());
      for (std::size_t o = 0; o < q.operands.size(); ++o) {
        for (const auto& alternative : q.operands[o]) {
          for (std::size_t i = 0; i + alternative.size() <= tokens.size(); ++i) {
            bool all = true;
            for (std::size_t k = 0; all && k < alternative.size(); ++k) {
              const Token& t = tokens[i + k];
              all = (!by_sentence || t.sentence == tokens[i].sentence) &&
                    t.paragraph == tokens[i].paragraph &&
                    alternative[k](tokens.text(t), stems[i + k]);
            }
            if (all) {
              occurrences[o].push_back(
                  {i, i + alternative.size() - 1, tokens[i].sentence, tokens[i].paragraph});
            }
          }
        }
      }
      found = found || satisfied(q, occurrences);
    }
    if (found) out.insert(id_term(article.id));
  }
  return out;
}

// A third of the shared corpus's articles, each id once (a later article of the same id
// replaces it); empty when ../shared/corpus is absent.
std::vector<Article> every_third_article() {
  const std::vector<Article>& all = shared_corpus_articles();
  std::map<std::string, std::size_t> last;
  for (std::size_t i = 0; i < all.size(); i += 3) last[all[i].id] = i;
  std::vector<Article> articles;
  for (std::size_t i = 0; i < all.size(); i += 3) {
    if (last[all[i].id] == i) articles.push_back(all[i]);
  }
  return articles;
}

// Runs each query through the parser, the builder and the positional filter over an index
// of `articles`, and compares the articles found with the brute force.
void expect_brute_force_agrees(const std::vector<Article>& articles,
                               const std::vector<BruteQuery>& queries, const char* label) {
  WritableIndex index = testing::in_memory_index_without_quotes(articles);
  ReadableIndex view = testing::readable(index);
  Vocabulary vocabulary(view.article_databases);
  for (const BruteQuery& q : queries) {
    QueryBuilder builder("en", nullptr, &vocabulary, view.article_tokens.get());
    const std::set<std::string> found =
        testing::matching_ids(view.articles, builder.build(parse_query(q.text)).query);
    const std::set<std::string> expected = brute_force(articles, q);
    EXPECT_EQ(found, expected) << q.text;
    EXPECT_GT(expected.size(), 0u) << q.text;
    std::printf("[ %s ] %-50s %zu articles (brute force %zu) of %zu\n", label, q.text.c_str(),
                found.size(), expected.size(), articles.size());
  }
}

TEST(SameUnitSearch, MatchesABruteForceScanOfRealText) {
  const std::vector<Article> articles = every_third_article();
  if (articles.empty()) GTEST_SKIP() << "../shared/corpus not present";
  using W = BruteQuery::Within;
  const std::vector<BruteQuery> queries = {
      {"president w/s minister", W::kSentence, {{{by_stem("president")}}, {{by_stem("minister")}}}},
      {"\"prime minister\" w/p election",
       W::kParagraph,
       {{{exactly("prime"), exactly("minister")}}, {{by_stem("election")}}}},
      {"putin w/s (talks OR \"phone call\")",
       W::kSentence,
       {{{by_stem("putin")}}, {{by_stem("talks")}, {exactly("phone"), exactly("call")}}}},
      {"президент W/P россии", W::kParagraph, {{{by_stem("президент")}}, {{by_stem("россии")}}}},
  };
  expect_brute_force_agrees(articles, queries, "w/s w/p");
}

// NEAR/ADJ (w/N, pre/N) with phrases and OR-groups as operands, and plain words for the
// measure of distance they share.
TEST(OperandNearSearch, MatchesABruteForceScanOfRealText) {
  const std::vector<Article> articles = every_third_article();
  if (articles.empty()) GTEST_SKIP() << "../shared/corpus not present";
  using W = BruteQuery::Within;
  const std::vector<BruteQuery> queries = {
      {"blair w/5 brown", W::kWords, {{{by_stem("blair")}}, {{by_stem("brown")}}}, 5},
      {"tax pre/3 cut", W::kWords, {{{by_stem("tax")}}, {{by_stem("cut")}}}, 3, true},
      {"(iraq OR iran) w/10 war",
       W::kWords,
       {{{by_stem("iraq")}, {by_stem("iran")}}, {{by_stem("war")}}},
       10},
      {"\"prime minister\" w/4 (resign OR \"step down\")",
       W::kWords,
       {{{exactly("prime"), exactly("minister")}},
        {{by_stem("resign")}, {exactly("step"), exactly("down")}}},
       4},
      {"\"white house\" pre/6 \"press secretary\"",
       W::kWords,
       {{{exactly("white"), exactly("house")}}, {{exactly("press"), exactly("secretary")}}},
       6,
       true},
  };
  expect_brute_force_agrees(articles, queries, "w/N pre/N");
}

}  // namespace
}  // namespace rostra
