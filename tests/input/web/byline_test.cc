// Authors from bylines in markup, JSON-LD @id references and author metas, on pages we wrote.

#include "common/input/web/byline.h"

#include <gtest/gtest.h>

#include <string>

#include "common/input/web/page_metadata.h"

namespace rostra {
namespace {

std::string author_of(const std::string& head, const std::string& body) {
  HtmlTree tree("<html><head>" + head + "</head><body>" + body + "</body></html>");
  return read_page_metadata(tree).author;
}

TEST(Byline, ReadsTheAuthorLinkOfABylineThatAlsoShowsTheDate) {
  // The byline's whole text has a date in it; its author link gives the name.
  EXPECT_EQ(author_of("",
                      "<h1>Council votes</h1><div class=\"byline\">By <a "
                      "href=\"https://example.org/author/jane-doe/\">Jane Doe</a> "
                      "<span>May 4, 2022 10:15</span></div><p>Text.</p>"),
            "Jane Doe");
  // itemprop=author with the name in itemprop=name.
  EXPECT_EQ(author_of("",
                      "<h1>Council votes</h1><span itemprop=\"author\"><img alt=\"\">"
                      "<span itemprop=\"name\">Anna Muster</span></span>"),
            "Anna Muster");
  // A byline of plain text: its label is not part of the name.
  EXPECT_EQ(author_of("",
                      "<h1>Council votes</h1><p class=\"article-author\">Von Anna "
                      "Muster</p>"),
            "Anna Muster");
  // Three author links in one byline: three names, not the text with its " y ".
  EXPECT_EQ(author_of("",
                      "<h1>T</h1><div class=\"author\"><div rel=\"author\">"
                      "<a href=\"/autor/a-b\">Ana Bel</a>, <a href=\"/autor/c-d\">Carlos "
                      "Dos</a> y <a href=\"/autor/e-f\">Eva Fe</a></div></div>"),
            "Ana Bel, Carlos Dos, Eva Fe");
}

TEST(Byline, IgnoresBylinesOfTeasersCommentsAndPictureCredits) {
  // A teaser of another article (inside a link), a comment's author and a picture's credit.
  EXPECT_EQ(author_of("",
                      "<h1>Council votes</h1><a href=\"/other\"><h3>Other story</h3>"
                      "<div class=\"author-name\">Von Andreas Beispiel</div></a>"
                      "<div class=\"comment-author\">Troll Two</div>"
                      "<span class=\"author\">Bild \xc2\xa9 Agentur</span>"),
            "");
  // Before the headline the byline of a sidebar counts only when none follows it.
  EXPECT_EQ(author_of("",
                      "<aside><span class=\"byline\">By Side Bar</span></aside>"
                      "<h1>Council votes</h1><span class=\"byline\">By Main Writer</span>"),
            "Main Writer");
}

TEST(Byline, PrefersAPersonToTheSiteNamedAsAuthor) {
  const std::string head =
      "<meta property=\"og:site_name\" content=\"Daily Example\">"
      "<link rel=\"canonical\" href=\"https://www.dailyexample.com/news/1\">";
  // The author meta names the site; the byline names the writer.
  EXPECT_EQ(author_of(head + "<meta name=\"author\" content=\"Daily Example\">",
                      "<h1>T</h1><span class=\"byline\">By Lisa Writer</span>"),
            "Lisa Writer");
  // The site is no author (the outlet names it); nor are its domain name, a login name or a
  // desk.
  EXPECT_EQ(author_of(head + "<meta name=\"author\" content=\"Daily Example\">", "<h1>T</h1>"), "");
  EXPECT_EQ(author_of(head + "<meta name=\"author\" content=\"dailyexample.com\">", "<h1>T</h1>"),
            "");
  EXPECT_EQ(author_of(head + "<meta name=\"author\" content=\"lisa.writer\">",
                      "<h1>T</h1><span class=\"byline\">Lisa Writer</span>"),
            "Lisa Writer");
  EXPECT_EQ(author_of(head + "<meta name=\"author\" content=\"Redaktion\">",
                      "<h1>T</h1><div class=\"author\">Von Max Muster</div>"),
            "Max Muster");
  // A placeholder is nobody; the outlet after a comma is dropped.
  EXPECT_EQ(author_of(head + "<meta name=\"author\" content=\"No Author\">", "<h1>T</h1>"), "");
  EXPECT_EQ(author_of(head + "<meta name=\"author\" content=\"Rob Writer, Daily Example\">", ""),
            "Rob Writer");
}

TEST(Byline, JoinsSeveralAuthorMetasAndResolvesJsonLdReferences) {
  EXPECT_EQ(author_of("<meta name=\"parsely-author\" content=\"Jessica One\">"
                      "<meta name=\"parsely-author\" content=\"Gail Two\">",
                      ""),
            "Jessica One, Gail Two");
  const std::string graph =
      "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"NewsArticle\","
      "\"headline\":\"T\",\"author\":{\"@id\":\"https://x.org/#/person/1\"}},"
      "{\"@type\":\"Person\",\"@id\":\"https://x.org/#/person/1\",\"name\":\"Evan Poster\"}]}"
      "</script>";
  EXPECT_EQ(author_of(graph, "<h1>T</h1>"), "Evan Poster");
  // The account a reference names gives way to a byline that shows someone else.
  EXPECT_EQ(author_of(graph, "<h1>T</h1><div class=\"byline\">By Kate Shown</div>"), "Kate Shown");
  // An inline JSON-LD author keeps its trust.
  EXPECT_EQ(author_of("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                      "\"author\":{\"@type\":\"Person\",\"name\":\"Inline Name\"}}</script>",
                      "<h1>T</h1><div class=\"byline\">By Kate Shown</div>"),
            "Inline Name");
}

TEST(Byline, ReadsTheNameBeforeASeparatorAndChecksAuthorLinksAgainstTheirPath) {
  EXPECT_EQ(author_of("",
                      "<h1>T</h1><div class=\"autor\"><h6>Jana Writer | Published 3 "
                      "hours ago</h6></div>"),
            "Jana Writer");
  // A link to the author's page whose text is no name ("To the article list").
  EXPECT_EQ(author_of("",
                      "<h1>T</h1><div class=\"author-box\"><a "
                      "href=\"/autoren/writer-jana\">Zur Artikelliste</a></div>"),
            "");
  // A class with "teaser" may mark the page's own header; a slider of other stories may not.
  EXPECT_EQ(author_of("",
                      "<div class=\"slider\"><span class=\"card__author\">Other "
                      "Person</span></div><h1>T</h1><div class=\"teaser-meta\"><p "
                      "class=\"byline__author\">Von <a href=\"/autoren/writer-jana\">JANA "
                      "WRITER</a></p></div>"),
            "JANA WRITER");
}

TEST(Byline, TellsTheSiteByThePagesUrlWhenThereIsNoCanonicalLink) {
  HtmlTree tree(
      "<html><head><meta name=\"author\" content=\"Die Wochenpost\"></head><body><h1>T</h1>"
      "<div class=\"author\">Ursula Writer</div><div class=\"author\">Wochenpost Staff</div>"
      "</body></html>");
  EXPECT_EQ(read_page_metadata(tree, "https://www.wochenpost.at/a/1").author, "Ursula Writer");
  // Without the URL nothing tells the site's name from a person's.
  EXPECT_EQ(read_page_metadata(tree).author, "Die Wochenpost");
  // In a list of names, the site's goes.
  HtmlTree listed(
      "<html><body><h1>T</h1><div class=\"byline\"><a class=\"author-name\">Adam Writer</a>"
      "<span class=\"author-staff\">Wochenpost Staff</span></div></body></html>");
  EXPECT_EQ(read_page_metadata(listed, "https://wochenpost.at/a/1").author, "Adam Writer");
}

TEST(Byline, ReadsDeeplyNestedBylinesWithoutReadingTheirWholeTextEachTime) {
  // 8,000 nested byline elements: each is read with a bounded walk, and only the first of
  // them are read at all (20,000 took 21 s when each read its whole subtree).
  std::string body = "<h1>T</h1>";
  for (int i = 0; i < 8000; ++i) body += "<div class=\"author\">word ";
  EXPECT_EQ(author_of("", body), "");
  body = "<h1>T</h1><span class=\"byline\">By Jane Doe</span>";
  for (int i = 0; i < 8000; ++i) body += "<div class=\"date\">word ";
  EXPECT_EQ(author_of("", body), "Jane Doe");
}

TEST(Byline, CleansNames) {
  EXPECT_EQ(clean_author_name("  'Luana One, Raphael Two' "), "Luana One, Raphael Two");
  EXPECT_EQ(clean_author_name("Williams Perdomo @wperdomod"), "Williams Perdomo");
  EXPECT_EQ(clean_author_name("By Glen Owen And Brendan Carlin"), "Glen Owen And Brendan Carlin");
  EXPECT_EQ(clean_author_name("Por"), "");
  EXPECT_FALSE(looks_like_author_name("Updated 10:45"));
  EXPECT_FALSE(looks_like_author_name("Bild \xc2\xa9 hr"));
  EXPECT_FALSE(looks_like_author_name("Photo: Jane Doe"));
  EXPECT_TRUE(is_placeholder_author("an\xc3\xb3nimo"));
  EXPECT_TRUE(looks_like_author_name("dpa/lno"));
}

}  // namespace
}  // namespace rostra
