#include "common/input/reuters_sgml_reader.h"

#include <gtest/gtest.h>

#include "common/input/input_reader.h"
#include "tests/support/test_support.h"

namespace rostra {
namespace {

// Two stories written in the collection's layout, one of them unprocessed (no <BODY>).
constexpr char kSample[] =
    "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n"
    "<REUTERS TOPICS=\"YES\" NEWID=\"7\">\n<DATE>26-FEB-1987 15:01:01.79</DATE>\n"
    "<UNKNOWN>&#5;&#5;C T</UNKNOWN>\n<TEXT>&#2;\n<TITLE>GRAIN &lt;SHIPMENTS&gt; RISE</TITLE>\n"
    "<DATELINE>    CHICAGO, Feb 26 - </DATELINE><BODY>Grain shipments rose in the week,\n"
    "the exchange said.\n    Traders expect more next week.\n Reuter\n&#3;</BODY></TEXT>\n"
    "</REUTERS>\n"
    "<REUTERS TOPICS=\"NO\" NEWID=\"8\">\n<DATE>27-FEB-1987 09:00:00.00</DATE>\n"
    "<TEXT TYPE=\"UNPROC\">&#2;\nShort unprocessed item\nabout rates.\n&#3;</TEXT>\n"
    "</REUTERS>\n<REUTERS NEWID=\"9\"><DATE>1-MAR-1987</DATE>";

TEST(ReutersSgmlReader, ReadsEachStoryWithItsParagraphsAndNewid) {
  test::MemorySource source(kSample);
  test::Collected got;
  read_reuters_sgml(source, "reut2-x.sgm", got.sink());
  ASSERT_EQ(got.articles.size(), 2u);
  const Article& a = got.articles[0];
  EXPECT_EQ(a.title, "GRAIN <SHIPMENTS> RISE");
  EXPECT_EQ(a.body,
            "Grain shipments rose in the week, the exchange said.\n\n"
            "Traders expect more next week.");
  EXPECT_EQ(a.raw_date, "26-FEB-1987 15:01:01.79");
  EXPECT_EQ(a.place, "CHICAGO");
  EXPECT_EQ(a.raw_outlet, "Reuters");
  EXPECT_EQ(a.origin_record, "7");
  EXPECT_EQ(a.origin_offset, std::string_view(kSample).find("<REUTERS"));
  EXPECT_EQ(got.articles[1].body, "Short unprocessed item about rates.");
  ASSERT_EQ(got.rejected().size(), 1u);  // NEWID 9 is cut off
  EXPECT_NE(got.rejected()[0].reason.find("story not closed"), std::string::npos);
}

TEST(ReutersSgmlReader, IsDetectedByContentNotJustTheExtension) {
  EXPECT_EQ(detect_format("reut2-000.sgm", kSample), InputFormat::kReutersSgml);
  EXPECT_EQ(detect_format("reut2-000.sgm.zst", kSample), InputFormat::kReutersSgml);
  EXPECT_EQ(detect_format("other.sgm", "<!DOCTYPE book>"), InputFormat::kUnsupported);
}

}  // namespace
}  // namespace rostra
