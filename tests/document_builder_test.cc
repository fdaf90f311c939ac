// Golden term lists: the terms, wdfs and positions a document gets (after Xapian's
// api_termgen tests).
#include "common/document_builder.h"

#include <gtest/gtest.h>

#include <sstream>

#include "common/article_metadata.h"
#include "common/schema.h"
#include "common/stored_article.h"

namespace rostra {
namespace {

// "term:wdf[pos,pos] " for every term, in term order; boolean terms have no positions.
std::string serialize_terms(const Xapian::Document& doc, bool with_positions = true) {
  std::ostringstream out;
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
    out << *it << ":" << it.get_wdf();
    if (with_positions && it.positionlist_count() > 0) {
      out << "[";
      bool first = true;
      for (auto pos = it.positionlist_begin(); pos != it.positionlist_end(); ++pos) {
        out << (first ? "" : ",") << *pos;
        first = false;
      }
      out << "]";
    }
    out << " ";
  }
  return out.str();
}

Article resolved(Article a) {
  resolve_metadata(a, OutletTable());
  return a;
}

TEST(DocumentBuilder, WritesGoldenTermsForTitleAndBody) {
  Article a;
  a.title = "Putin’s Call";
  a.body = "Leaders called.";
  a.url = "https://example.org/2025/01/20/x";
  DocumentBuilder builder;
  Xapian::Document doc = builder.build(resolved(a));
  // Title words at 1-2 with wdf kTitleWdf (3), S terms, then a gap of 100 before the body.
  EXPECT_EQ(serialize_terms(doc),
            "Qhttps://example.org/2025/01/20/x:0 Scall:1[2] Sputin's:1[1] XLANGen:0 "
            "XOUTLETexample.org:0 Zcall:1 Zleader:1 Zputin:3 call:3[2] called:1[104] "
            "leaders:1[103] putin's:3[1] ");
}

TEST(DocumentBuilder, SeparatesParagraphsByAPositionGap) {
  Article a;
  a.title = "";
  a.body = "one two\n\nthree";
  DocumentBuilder builder;
  Xapian::Document doc = builder.build(resolved(a));
  std::string terms = serialize_terms(doc);
  EXPECT_NE(terms.find("two:1[2]"), std::string::npos) << terms;
  EXPECT_NE(terms.find("three:1[103]"), std::string::npos) << terms;
}

TEST(DocumentBuilder, WritesGoldenCommonGramsOnlyBetweenAdjacentWords) {
  Article a;
  a.title = "The Vote";
  a.body = "Leaders of the party.\n\nIn Moscow";
  a.url = "https://example.org/2025/01/20/x";
  DocumentBuilder builder;
  Xapian::Document doc = builder.build(resolved(a));
  // Pair terms (wdf 0) at the first word's position, for pairs holding a common word; none
  // across the title/body gap ("vote leaders") or the paragraph gap ("party in").
  EXPECT_EQ(serialize_terms(doc),
            "Qhttps://example.org/2025/01/20/x:0 Sthe:1[1] Svote:1[2] XCGin\x1fmoscow:0[207] "
            "XCGleaders\x1fof:0[103] XCGof\x1fthe:0[104] XCGthe\x1fparty:0[105] "
            "XCGthe\x1fvote:0[1] XLANGen:0 XOUTLETexample.org:0 Zleader:1 Zparti:1 "
            "in:1[207] leaders:1[103] moscow:1[208] of:1[104] "
            "party:1[106] the:4[1,105] vote:3[2] ");
}

TEST(DocumentBuilder, GivesQuoteDocumentsCommonGramsButQuoteWordTermsNone) {
  Article a;
  a.title = "Talks";
  a.body = "\"We want the talks,\" Varga said.";
  a.url = "https://example.org/2025/01/20/x";
  Quote q;
  q.start = 1;
  q.end = static_cast<std::uint32_t>(a.body.find(',') + 1);
  q.mark_end = q.end + 1;
  q.closed = true;
  q.speaker = "Elena Varga";
  a.quotes.push_back(q);
  DocumentBuilder builder;
  Article article = resolved(a);
  std::string article_terms = serialize_terms(builder.build(article));
  EXPECT_NE(article_terms.find("XCGwant\x1fthe:0[103]"), std::string::npos) << article_terms;
  EXPECT_NE(article_terms.find("XQUOTEthe:0[3]"), std::string::npos) << article_terms;
  // Only plain words get pairs: no XCG term is built from XQUOTE, XQBY or S terms.
  EXPECT_EQ(article_terms.find("XCGXQ"), std::string::npos) << article_terms;
  EXPECT_EQ(article_terms.find("\x1fXQ"), std::string::npos) << article_terms;
  auto quotes = builder.build_quotes(article);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(serialize_terms(quotes[0].second, false).find("XCGXQ"), std::string::npos);
  std::string quote_terms = serialize_terms(quotes[0].second);
  EXPECT_NE(quote_terms.find("XCGwant\x1fthe:0[2] XCGwe\x1fwant:0[1]"), std::string::npos)
      << quote_terms;
  EXPECT_NE(quote_terms.find("XCGthe\x1ftalks:0[3]"), std::string::npos) << quote_terms;
}

TEST(DocumentBuilder, StemsCyrillicWordsWithTheRussianStemmer) {
  Article a;
  a.title = "Выборы";
  a.body = "Парламентские выборы прошли в\u00a0этом году.";
  DocumentBuilder builder;
  Xapian::Document doc = builder.build(resolved(a));
  std::string terms = serialize_terms(doc, false);
  EXPECT_NE(terms.find("Zвыбор:4"), std::string::npos) << terms;  // title 3 + body 1
  EXPECT_NE(terms.find("XLANGru:0"), std::string::npos) << terms;
  EXPECT_NE(terms.find(" этом:1"), std::string::npos) << terms;  // no-break space split
}

TEST(DocumentBuilder, StoresValuesAndCompressedArticle) {
  Article a;
  a.title = "T";
  a.body = "Body text";
  a.raw_date = "December 31, 2017 ";
  a.raw_outlet = "Reuters";
  a.speakers = {"Vladimir Putin", "Donald Trump"};
  DocumentBuilder builder;
  Xapian::Document doc = builder.build(resolved(a));
  EXPECT_EQ(doc.get_value(schema::kSlotDate), "2017-12-31");
  EXPECT_EQ(doc.get_value(schema::kSlotOutlet), "Reuters");
  EXPECT_EQ(doc.get_value(schema::kSlotSpeakers),
            std::string("Vladimir Putin\x1f") + "Donald Trump");
  Article stored = decode_stored_article(doc.get_data());
  EXPECT_EQ(stored.body, "Body text");
  EXPECT_EQ(stored.date, "2017-12-31");
  EXPECT_EQ(stored.speakers.size(), 2u);
  std::string terms = serialize_terms(doc, false);
  EXPECT_NE(terms.find("XSPEAKERvladimir putin:0"), std::string::npos) << terms;
}

TEST(DocumentBuilder, LeavesUnknownDateAndOutletOut) {
  Article a;
  a.title = "No metadata";
  a.body = "Nothing known.";
  DocumentBuilder builder;
  Xapian::Document doc = builder.build(resolved(a));
  EXPECT_EQ(doc.get_value(schema::kSlotDate), "");
  EXPECT_EQ(doc.get_value(schema::kSlotOutlet), "");
  EXPECT_EQ(serialize_terms(doc, false).find("XOUTLET"), std::string::npos);
}

TEST(StoredArticle, RoundTripsEveryField) {
  Article a;
  a.id = "id";
  a.url = "u";
  a.title = "t";
  a.date = "2025-01-20";
  a.outlet = "o";
  a.author = "au";
  a.language = "en";
  a.source = "s";
  a.place = "p";
  a.lead = "l";
  a.body = std::string(100000, 'x');
  a.origin_file = "f";
  a.origin_line = 123456789;
  std::string data = encode_stored_article(a);
  EXPECT_LT(data.size(), 1000u);  // compressed
  Article b = decode_stored_article(data);
  EXPECT_EQ(b.id, a.id);
  EXPECT_EQ(b.body, a.body);
  EXPECT_EQ(b.place, a.place);
  EXPECT_EQ(b.origin_line, a.origin_line);
  EXPECT_THROW(decode_stored_article("garbage"), std::runtime_error);
}

}  // namespace
}  // namespace rostra
