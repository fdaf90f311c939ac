#include "common/input/web/page_metadata.h"

#include <gtest/gtest.h>

#include <string>

namespace rostra {
namespace {

std::string title_of(const std::string& head) {
  HtmlTree tree("<html><head>" + head + "</head><body><p>Text.</p></body></html>");
  return read_page_metadata(tree).title;
}

TEST(PageMetadata, TakesTheWholeTitleWhenAQuoteCutTheMetaAttribute) {
  // The attribute ends at the inner quote; <title> has the whole headline.
  EXPECT_EQ(title_of("<meta property=\"og:title\" content=\"Mayor calls the plan \"absurd\"\">"
                     "<title>Mayor calls the plan \"absurd\"</title>"),
            "Mayor calls the plan \"absurd\"");
  // A shorter og:title that the <title> merely continues stays as it is.
  EXPECT_EQ(title_of("<meta property=\"og:title\" content=\"Mayor calls the plan absurd\">"
                     "<title>Mayor calls the plan absurd and leaves</title>"),
            "Mayor calls the plan absurd");
}

std::string title_of_page(const std::string& head, const std::string& body) {
  return read_page_metadata(
             HtmlTree("<html><head>" + head + "</head><body>" + body + "</body></html>"))
      .title;
}

TEST(PageMetadata, TakesTheTitleInTheEditorsCaseWhenAnotherIsInTitleCase) {
  // og:title in a template's Title Case, <title> in the editor's case: the latter wins.
  EXPECT_EQ(
      title_of("<meta property=\"og:title\" content=\"Ship Returning To Port With 40 "
               "Pounds Of Cargo Held By Agents\">"
               "<title>Ship Returning to Port With 40 Pounds of Cargo Held by Agents</title>"),
      "Ship Returning to Port With 40 Pounds of Cargo Held by Agents");
  // Titles that differ in more than case keep their order of trust.
  EXPECT_EQ(title_of("<meta property=\"og:title\" content=\"Ship Returning To Port\">"
                     "<title>Ship returning to port with cargo</title>"),
            "Ship Returning To Port");
}

TEST(PageMetadata, TakesTheNamedHeadlineThatTheAlternativeHeadlineHolds) {
  const std::string head =
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":"
      "\"Report: council weighs a longer street closure\",\"alternativeHeadline\":"
      "\"Four more weeks? | Report: mayor and council plan to extend the closure\"}</script>";
  // The kicker shares no word with the headline in the metadata; the headline does. A
  // breadcrumb's <h1> repeating the metadata's headline does not win over it.
  EXPECT_EQ(title_of_page(head,
                          "<div>News &gt; <h1>Report: council weighs a longer street "
                          "closure</h1></div><h2 class=\"headline-kicker\">Four more weeks?</h2>"
                          "<h2 class=\"headline-title\">Report: mayor and council plan to "
                          "extend the closure</h2><p>Text.</p>"),
            "Report: mayor and council plan to extend the closure");
  // Without the alternative headline the metadata's wording stays.
  EXPECT_EQ(title_of_page("<meta property=\"og:title\" content=\"Report: council weighs a "
                          "longer street closure\">",
                          "<h2 class=\"headline-title\">Report: mayor and council plan to "
                          "extend the closure</h2><p>Text.</p>"),
            "Report: council weighs a longer street closure");
}

TEST(PageMetadata, TakesTheVisibleHeadlineThatRewordsTheMetadataTitle) {
  const std::string og = "<meta property=\"og:title\" content=\"Why the harbour fees rise\">";
  // The page shows the editor's longer wording of the same headline.
  EXPECT_EQ(title_of_page(og, "<h1>Five reasons why harbour fees will rise this spring</h1>"),
            "Five reasons why harbour fees will rise this spring");
  // Typographic quotes and dashes count as punctuation, like ASCII ones.
  EXPECT_EQ(title_of_page("<title>Mayor \"We will not pay\" - Port News</title>",
                          "<h1>Mayor \u201EWe will not pay\u201C \u2013 in full</h1>"),
            "Mayor \u201EWe will not pay\u201C \u2013 in full");
  // With <h1> kept for the logo, an <h2> the markup names the headline.
  EXPECT_EQ(title_of_page(og,
                          "<h1>Port News</h1><h2 class=\"story-headline\">How the "
                          "harbour fees rise</h2>"),
            "How the harbour fees rise");
  // A headline that only adds a section name to the whole title, or shares few of its
  // words, is not the headline.
  EXPECT_EQ(title_of_page(og, "<h1>Business | Why the harbour fees rise</h1>"),
            "Why the harbour fees rise");
  EXPECT_EQ(title_of_page(og, "<h1>Ferry times for the summer</h1>"), "Why the harbour fees rise");
  // Nor is a sentence under the title (a tagline, a standfirst).
  EXPECT_EQ(title_of_page(og, "<h1>We explain why the harbour fees rise.</h1>"),
            "Why the harbour fees rise");
}

TEST(PageMetadata, DropsASiteNameJoinedWithoutSpacesToACjkTitle) {
  EXPECT_EQ(title_of("<title>城市的声音：春天来了，公园里开满了花！-示例网</title>"),
            "城市的声音：春天来了，公园里开满了花！");
  EXPECT_EQ(title_of("<title>城市的声音：春天来了，公园里开满了花！_示例新闻网</title>"),
            "城市的声音：春天来了，公园里开满了花！");
  // A short title, or a Latin one, keeps its dash.
  EXPECT_EQ(title_of("<title>春天-示例网</title>"), "春天-示例网");
  EXPECT_EQ(title_of("<title>Spring arrives early in the city parks-Example</title>"),
            "Spring arrives early in the city parks-Example");
}

TEST(PageMetadata, ReadsTheJsonLdModificationDateAsNoPublicationDate) {
  PageMetadata page = read_page_metadata(
      HtmlTree("<html><head><script type=\"application/ld+json\">{\"@type\":\"BlogPosting\","
               "\"dateModified\":\"2020-02-03T10:00:00Z\",\"datePublished\":\"2020-02-01\"}"
               "</script></head><body></body></html>"));
  ASSERT_EQ(page.dates.size(), 2u);
  EXPECT_EQ(page.dates[0].value, "2020-02-01");
  EXPECT_TRUE(page.dates[0].published);
  EXPECT_EQ(page.dates[1].value, "2020-02-03T10:00:00Z");
  EXPECT_EQ(page.dates[1].source, "json-ld modified");
  EXPECT_FALSE(page.dates[1].published);
}

TEST(PageMetadata, ReadsADateWrittenInTheTitleAfterTheOtherDates) {
  HtmlTree tree(
      "<html><head><title>Harbour fees rise | Port News | 23.05.2011</title></head><body>"
      "<span class=\"date\">24.05.2011</span></body></html>");
  PageMetadata page = read_page_metadata(tree);
  ASSERT_EQ(page.dates.size(), 2u);
  EXPECT_EQ(page.dates[0].value, "24.05.2011");
  EXPECT_EQ(page.dates[1].value, "2011-05-23");
  EXPECT_EQ(page.dates[1].source, "title");
  EXPECT_FALSE(page.dates[1].published);
  EXPECT_TRUE(read_page_metadata(HtmlTree("<title>Ten years of the port</title>")).dates.empty());
}

TEST(PageMetadata, ReadsAnAmbiguousDateDayFirstWhereThePagesPlaceWritesSo) {
  auto first_date = [](const std::string& html_attributes) {
    HtmlTree tree("<html " + html_attributes +
                  "><body><span class=\"time\">02/10/2020</span></body></html>");
    PageMetadata page = read_page_metadata(tree);
    return page.dates.empty() ? std::string() : page.dates[0].value;
  };
  EXPECT_EQ(first_date("xml:lang=\"en-GB\""), "2020-10-02");
  EXPECT_EQ(first_date("lang=\"de\""), "2020-10-02");
  EXPECT_EQ(read_page_metadata(HtmlTree("<html xml:lang=\"en-GB\"></html>")).language, "en");
  // US English, plain English and no language leave it unread.
  EXPECT_EQ(first_date("lang=\"en-US\""), "02/10/2020");
  EXPECT_EQ(first_date("lang=\"en\""), "02/10/2020");
  EXPECT_EQ(first_date(""), "02/10/2020");
}

}  // namespace
}  // namespace rostra
