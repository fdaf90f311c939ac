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
            "XOUTLETexample.org:0 Zcall:4 Zleader:1 Zputin:3 call:3[2] called:1[104] "
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
