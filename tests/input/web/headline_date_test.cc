#include "common/input/web/headline_date.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "common/input/web/html_article.h"

namespace rostra {
namespace {

using Date = std::optional<std::string>;

// A page of our own: a teaser list with its own dates above the article, the headline,
// a byline with `byline`, and `head` in <head>.
std::string page_with(const std::string& byline, const std::string& head = "") {
  return "<html><head>" + head +
         "<title>Der Stadtrat stimmt dem neuen Radweg zu - Musterblatt</title></head><body>"
         "<ul class=\"teasers\"><li><a href=\"/a\">Ein anderer Artikel</a> 02.02.2019</li>"
         "</ul><div class=\"intro\">Das Musterblatt berichtet jeden Tag aus der Stadt und "
         "aus dem Umland, aus dem Rathaus, aus den Vereinen, von den Baustellen, aus den "
         "Schulen und von allem, was die Leserinnen und Leser sonst bewegt.</div><article><h1>Der "
         "Stadtrat stimmt dem neuen Radweg zu</h1>"
         "<div class=\"byline\">Von Erika Beispiel | " +
         byline +
         "</div><p>Nach langer Debatte hat der Stadtrat am Abend dem Bau des neuen Radwegs "
         "entlang des Flusses zugestimmt, den die Anwohner seit Jahren fordern.</p>"
         "<p>Eine Mehrheit von zwei Stimmen genügte am Ende, und die Arbeiten sollen im "
         "kommenden Frühjahr beginnen, wie die Verwaltung mitteilte. Die Gegner des Plans "
         "kündigten an, die Entscheidung prüfen zu lassen, und die Befürworter feierten "
         "vor dem Rathaus bis spät in die Nacht.</p></article>"
         "<footer>Impressum 01.01.2020</footer></body></html>";
}

TEST(HeadlineDate, ReadsTheBylineUnderTheHeadlineInTheOutletsLanguage) {
  HtmlTree tree(page_with("Di, 21. April 2020 - 16:40"));
  EXPECT_EQ(headline_date(tree, "Der Stadtrat stimmt dem neuen Radweg zu"), Date("2020-04-21"));
}

TEST(HeadlineDate, ReadsADatelineAboveTheHeadlineWhenNoneFollowsIt) {
  HtmlTree tree(
      "<html><body><div>Politique<br>30 septembre 2018</div><h1>Le conseil vote le budget</h1>"
      "<p>Le conseil a voté le budget de la ville après une longue séance.</p></body></html>");
  EXPECT_EQ(headline_date(tree, "Le conseil vote le budget"), Date("2018-09-30"));
}

TEST(HeadlineDate, FindsTheHeadlineInAnH2OnAPageWithoutH1) {
  HtmlTree tree(
      "<html><body><h2>Most read</h2><p>Teaser from March 3, 2020</p><h2>Harbor patrol "
      "seizes a boat off the coast</h2><span>Published On May 10, 2022 01:52 PM</span>"
      "<p>Officers stopped the boat on Tuesday morning.</p></body></html>");
  EXPECT_EQ(headline_date(tree, "Harbor patrol seizes a boat off the coast"), Date("2022-05-10"));
}

TEST(HeadlineDate, ReadsAnAmbiguousSlashDateTheWayTheMetadataAgreesWith) {
  HtmlTree tree(page_with("03/05/2022 21:44"));
  EXPECT_EQ(headline_date(tree, "Der Stadtrat stimmt dem neuen Radweg zu"), std::nullopt);
  EXPECT_EQ(headline_date(tree, "Der Stadtrat stimmt dem neuen Radweg zu", "2022-05-04"),
            Date("2022-05-03"));
  EXPECT_EQ(headline_date(tree, "Der Stadtrat stimmt dem neuen Radweg zu", "2022-03-05"),
            Date("2022-03-05"));
}

TEST(HeadlineDate, IsNoneWithoutAHeadingOrADateNearIt) {
  EXPECT_EQ(headline_date(HtmlTree("<html><body><p>3 May 2020</p></body></html>"), "x"),
            std::nullopt);
  HtmlTree far(page_with(std::string(600, 'x') + " 21. April 2020"));
  EXPECT_EQ(headline_date(far, "Der Stadtrat stimmt dem neuen Radweg zu"), std::nullopt);
}

std::string extracted_date(const std::string& page) {
  return extract_html_article(page, {}).article.raw_date;
}

TEST(HtmlArticleDate, TheBylinesLocalDateWinsOverAUtcTimestampADayOff) {
  // Published at 22:41 in the outlet's zone, 02:41 the next day in UTC.
  std::string utc = "<meta property=\"article:published_time\" content=\"2022-05-04T02:41:00Z\">";
  EXPECT_EQ(extracted_date(page_with("3. Mai 2022, 22:41 Uhr", utc)), "2022-05-03");
  // A timestamp with the outlet's own offset is the date as written.
  std::string local =
      "<meta property=\"article:published_time\" content=\"2022-05-03T22:41:00-04:00\">";
  EXPECT_EQ(extracted_date(page_with("4. Mai 2022, 09:00 Uhr", local)),
            "2022-05-03T22:41:00-04:00");
  // A byline further off than a day is another date (an update): the metadata wins.
  EXPECT_EQ(extracted_date(page_with("9. Mai 2022", utc)), "2022-05-04T02:41:00Z");
}

TEST(HtmlArticleDate, TheBylineWinsOverAModificationDateAndStandsInForNone) {
  std::string modified =
      "<meta property=\"article:modified_time\" content=\"2022-06-01T10:00:00+02:00\">";
  EXPECT_EQ(extracted_date(page_with("18. März 2020", modified)), "2020-03-18");
  EXPECT_EQ(extracted_date(page_with("18. März 2020")), "2020-03-18");
  EXPECT_EQ(extract_html_article(page_with("18. März 2020"), {}).article.date_source, "byline");
}

TEST(HtmlArticleDate, TheBylineShowingTheUpdateDayWinsOverThePublicationDay) {
  // Published on the 2nd, updated on the 9th in JSON-LD: the outlet dates the page by the
  // update when its byline shows that day.
  std::string head =
      "<meta property=\"article:published_time\" content=\"2021-06-02T08:00:00+02:00\">"
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
      "\"datePublished\":\"2021-06-02T08:00:00+02:00\","
      "\"dateModified\":\"2021-06-09T17:30:00+02:00\"}</script>";
  EXPECT_EQ(extracted_date(page_with("Aktualisiert am 9. Juni 2021", head)), "2021-06-09");
  EXPECT_EQ(extract_html_article(page_with("9. Juni 2021", head), {}).article.date_source,
            "byline");
  // A byline showing the publication day, or a day that is no date of the page's metadata
  // (a teaser's, an event's), leaves the publication date.
  EXPECT_EQ(extracted_date(page_with("2. Juni 2021", head)), "2021-06-02T08:00:00+02:00");
  EXPECT_EQ(extracted_date(page_with("5. Juni 2021", head)), "2021-06-02T08:00:00+02:00");
  // The same from a modification date meta tag.
  std::string meta =
      "<meta property=\"article:published_time\" content=\"2021-06-02T08:00:00+02:00\">"
      "<meta property=\"article:modified_time\" content=\"2021-06-09T17:30:00+02:00\">";
  EXPECT_EQ(extracted_date(page_with("9. Juni 2021", meta)), "2021-06-09");
}

TEST(HtmlArticleDate, TheUrlsDateComesBeforeAModificationDate) {
  // No publication date anywhere but the URL; JSON-LD gives only when the page was updated.
  std::string head =
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
      "\"dateModified\":\"2021-06-09T17:30:00+02:00\"}</script>";
  HtmlContext context;
  context.url = "https://musterblatt.example/stadt/2021/06/02/radweg";
  // No date in the page's text either (page_with's teasers and footer have some).
  const std::string page =
      "<html><head>" + head +
      "<title>Der Stadtrat stimmt dem neuen Radweg zu</title></head><body><article><h1>Der "
      "Stadtrat stimmt dem neuen Radweg zu</h1><p>Nach langer Debatte hat der Stadtrat am "
      "Abend dem Bau des neuen Radwegs entlang des Flusses zugestimmt, den die Anwohner seit "
      "Jahren fordern.</p><p>Eine Mehrheit von zwei Stimmen genügte am Ende, und die Arbeiten "
      "sollen im kommenden Frühjahr beginnen, wie die Verwaltung mitteilte.</p></article>"
      "</body></html>";
  const Article a = extract_html_article(page, context).article;
  EXPECT_EQ(a.date_source, "url");
  EXPECT_EQ(a.raw_date, "2021-06-02");
}

}  // namespace
}  // namespace rostra
