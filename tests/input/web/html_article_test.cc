#include "common/input/web/html_article.h"

#include <gtest/gtest.h>

#include <string>

#include "common/input/input_reader.h"

namespace rostra {
namespace {

// A news page of our own: navigation, a share bar, a caption, a related list, comments
// and a cookie banner around three paragraphs and a block quote.
std::string sample_page(const std::string& head_extra = "") {
  return "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">" + head_extra +
         "<title>Senate passes the budget | The Daily Sample</title>"
         "<meta property=\"og:site_name\" content=\"The Daily Sample\">"
         "<link rel=\"canonical\" href=\"https://sample.example/politics/budget-vote\">"
         "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
         "\"@type\":\"NewsArticle\",\"headline\":\"Senate passes the budget\","
         "\"datePublished\":\"2024-03-05T18:30:00Z\",\"author\":[{\"@type\":\"Person\","
         "\"name\":\"Ann Writer\"},{\"@type\":\"Person\",\"name\":\"Bob Scribe\"}],"
         "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Daily Sample\"}}</script>"
         "</head><body><nav><a href=\"/\">Home</a> <a href=\"/politics\">Politics</a></nav>"
         "<div class=\"cookie-banner\">We use cookies to improve your experience of the site "
         "and for the purposes of advertising, which you can accept here.</div>"
         "<article><h1>Senate passes the budget</h1>"
         "<div class=\"share-buttons\"><a href=\"#\">Share on Facebook</a></div>"
         "<p>The Senate passed the budget on Tuesday after a debate that lasted for most of "
         "the night, and the bill now goes to the president for his signature.</p>"
         "<figure><img src=\"x.jpg\"><figcaption>Senators leave the chamber after the "
         "vote.</figcaption></figure>"
         "<p>It was the first time in three years that the chamber had agreed on a budget "
         "before the deadline, and the leaders of both parties said that they were pleased "
         "with the result.</p>"
         "<blockquote>We have done what the people sent us here to do, and we did it on "
         "time,” said the majority leader to the reporters who were waiting outside.</blockquote>"
         "<p>The vote was 61 to 38, with several members of the minority joining the "
         "majority in the final hour of the session.</p></article>"
         "<aside class=\"related\"><h2>Related</h2><ul><li><a href=\"/a\">House to vote on "
         "the budget next week as the deadline nears for the whole of the Congress</a></li>"
         "</ul></aside><section id=\"comments\"><p>This is a comment from a reader who "
         "thinks that the budget is far too large and that it will never be paid for.</p>"
         "</section></body></html>";
}

TEST(HtmlArticle, KeepsParagraphsAndQuotesAndDropsBoilerplate) {
  HtmlExtraction page = extract_html_article(sample_page(), {});
  const Article& a = page.article;
  EXPECT_EQ(a.title, "Senate passes the budget");
  EXPECT_EQ(a.raw_date, "2024-03-05T18:30:00Z");
  EXPECT_EQ(a.date_source, "json-ld");
  EXPECT_EQ(a.author, "Ann Writer, Bob Scribe");
  EXPECT_EQ(a.raw_outlet, "Daily Sample");
  EXPECT_EQ(a.url, "https://sample.example/politics/budget-vote");
  EXPECT_EQ(a.language, "en");
  EXPECT_EQ(a.body.find("The Senate passed the budget on Tuesday"), 0u) << a.body;
  EXPECT_NE(a.body.find("signature.\n\nIt was the first time"), std::string::npos) << a.body;
  EXPECT_NE(a.body.find("We have done what the people sent us here"), std::string::npos);
  EXPECT_NE(a.body.find("The vote was 61 to 38"), std::string::npos);
  for (const char* boilerplate : {"Home", "cookies", "Share on", "Senators leave", "House to vote",
                                  "comment from a reader"}) {
    EXPECT_EQ(a.body.find(boilerplate), std::string::npos) << boilerplate << "\n" << a.body;
  }
}

TEST(HtmlArticle, ReadsAnUndeclaredLegacyEncodingThroughTheDetector) {
  // Russian in windows-1251 with no charset anywhere: ICU's detector must find it.
  std::string utf8 =
      "<html><head><title>Новости</title></head><body><p>Президент России провёл встречу с "
      "членами правительства, на которой обсуждались вопросы развития экономики и социальной "
      "сферы в регионах страны.</p><p>Участники совещания также рассмотрели ход выполнения "
      "поручений, которые были даны по итогам прошлой встречи в начале этого года.</p>"
      "</body></html>";
  // The windows-1251 bytes, written from the code points (U+0410..U+044F are 0xC0..0xFF).
  std::string legacy;
  for (std::size_t i = 0; i < utf8.size();) {
    auto c = static_cast<unsigned char>(utf8[i]);
    if (c < 0x80) {
      legacy.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    char32_t cp = ((c & 0x1F) << 6) | (static_cast<unsigned char>(utf8[i + 1]) & 0x3F);
    legacy.push_back(static_cast<char>(cp == 0x451 ? 0xB8 : cp - 0x410 + 0xC0));
    i += 2;
  }
  HtmlExtraction page = extract_html_article(legacy, {});
  EXPECT_EQ(page.article.title, "Новости");
  EXPECT_NE(page.article.body.find("Президент России провёл встречу"), std::string::npos)
      << page.charset << "\n"
      << page.article.body;
  EXPECT_FALSE(page.warnings.empty());  // the guess is reported
}

TEST(HtmlArticle, HttpCharsetWinsOverTheMetaAndLatin1IsReadAsWindows1252) {
  std::string page =
      "<html><head><meta charset=\"utf-8\"><title>Caf\xE9 \x93news\x94</title>"
      "</head><body></body></html>";
  HtmlExtraction out = extract_html_article(page, {"", "text/html; charset=ISO-8859-1"});
  EXPECT_EQ(out.article.title, "Café “news”");
}

TEST(HtmlArticle, SurvivesDeeplyNestedAndMisnestedMarkup) {
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  deep += "<p>deep text</p>";
  for (int i = 0; i < 1000; ++i) deep += "<b><i></b></i>";
  HtmlExtraction page = extract_html_article("<html><body>" + deep, {});
  EXPECT_TRUE(page.article.title.empty());
}

TEST(HtmlArticle, CutsAHugePageAndSaysSo) {
  std::string huge = sample_page() + std::string(kMaxHtmlBytes, ' ');
  HtmlExtraction page = extract_html_article(huge, {});
  ASSERT_EQ(page.warnings.size(), 1u);
  EXPECT_NE(page.warnings[0].find("cut to 8 MiB"), std::string::npos);
  EXPECT_EQ(page.article.title, "Senate passes the budget");
}

TEST(HtmlArticle, IsDetectedByExtensionAndByContent) {
  EXPECT_EQ(detect_format("a/page.html", ""), InputFormat::kHtml);
  EXPECT_EQ(detect_format("a/page.htm.zst", ""), InputFormat::kHtml);
  EXPECT_EQ(detect_format("a/page", "\xEF\xBB\xBF <!-- saved --> <!DOCTYPE html><html>"),
            InputFormat::kHtml);
  EXPECT_EQ(detect_format("a/page", "<HTML><BODY>"), InputFormat::kHtml);
  EXPECT_EQ(detect_format("a/notes", "Plain text with <b> in it"), InputFormat::kText);
}

// A page that draws its text with a script: the markup holds a teaser line, JSON-LD the text.
std::string scripted_page(const std::string& article_body) {
  return "<html><head><title>Harbour fees rise again</title>"
         "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":"
         "\"Harbour fees rise again\",\"articleBody\":\"" +
         article_body +
         "\"}</script></head><body><h1>Harbour fees rise again</h1><div id=\"app\"><p>The "
         "port raises its fees.</p></div></body></html>";
}

TEST(HtmlArticle, TakesTheJsonLdArticleBodyWhenThePageShowsMuchLessText) {
  std::string plain =
      "The port authority said on Monday that it would raise its fees for the third time in "
      "two years, blaming the cost of dredging the channel.\n\nShipping companies said that "
      "they would pass the rise on to their customers, and some of them warned that they "
      "might move their ships to the other harbour along the coast.\n\nThe new fees take "
      "effect in the spring, after a vote of the city council.";
  std::string escaped;
  for (char c : plain) escaped += c == '\n' ? std::string("\\n") : std::string(1, c);
  Article a = extract_html_article(scripted_page(escaped), {}).article;
  EXPECT_EQ(a.body, plain);
  // Given as HTML, its "read also" link is left out like on any page.
  std::string html =
      "<p>The port authority said on Monday that it would raise its fees for the third time "
      "in two years, blaming the cost of dredging the channel and the new cranes.</p>"
      "<div class='read-also'><a href='/x'>Read also: the harbour's history in twelve "
      "pictures, from the first quay to the container terminal of today</a></div>"
      "<p>Shipping companies said that they would pass the rise on to their customers, and "
      "some of them warned that they might move their ships to the other harbour.</p>";
  a = extract_html_article(scripted_page(html), {}).article;
  EXPECT_NE(a.body.find("blaming the cost of dredging"), std::string::npos);
  EXPECT_NE(a.body.find("pass the rise on"), std::string::npos);
  EXPECT_EQ(a.body.find("Read also"), std::string::npos);
  // A short articleBody (a summary) does not replace the page's own text.
  a = extract_html_article(scripted_page("Fees rise."), {}).article;
  EXPECT_EQ(a.body.find("Fees rise"), std::string::npos);
}

TEST(HtmlArticle, KeepsAnArticleParagraphThatLinksSomeOfItsWords) {
  std::string page =
      "<html><body><nav><a href='/'>Home</a></nav><article><h1>Claims rise again</h1>"
      "<p>The number of people who asked for help rose again last week, the third rise in a "
      "row, and the agency said it expected more in the weeks to come.</p>"
      "<p>New data on Thursday showed <a href='/story'>that unemployment claims had topped six "
      "million</a> for the second week in a row, bringing the total to a level not seen "
      "since the crisis.</p>"
      "<p><a href='/a'>Read more: how the claims are counted and what the numbers mean</a> "
      "here.</p>"
      "<p>Economists said that the figures would be revised, as they often are, once the "
      "late returns of the smaller states came in.</p></article></body></html>";
  Article a = extract_html_article(page, {}).article;
  EXPECT_NE(a.body.find("unemployment claims had topped six million for the second week"),
            std::string::npos)
      << a.body;
  EXPECT_EQ(a.body.find("Read more"), std::string::npos) << a.body;
}

TEST(HtmlArticle, KeepsAParagraphBesideTheArticlesElement) {
  // An interview: the question is a heading, the first answer a <p> beside the element
  // that holds the rest of the text.
  std::string page =
      "<html><body><div class='page'><h1>Ten questions for a gardener</h1>"
      "<h4>What is your work about?</h4>"
      "<p>I try to show plants as storytellers who keep the memory of the places where they "
      "grew and of the people who tended them.</p>"
      "<div class='text'><p>The gardener has worked in the city park for twenty years, and "
      "in that time she has planted more than a thousand trees, most of them oaks.</p>"
      "<p>She says that the work has changed, because the summers are hotter, the rain "
      "comes at other times, and the old trees suffer from both of these things.</p>"
      "<p>Her next project, she says, is a garden of medicinal plants, with signs that tell "
      "visitors where each of them came from, who brought it, and what it was used for.</p>"
      "<p>It will open in the spring, if the council agrees to pay for the fences, the "
      "paths, the benches and the water that such a garden needs in a dry year.</p></div>"
      "</div></body></html>";
  Article a = extract_html_article(page, {}).article;
  EXPECT_NE(a.body.find("I try to show plants as storytellers"), std::string::npos) << a.body;
  EXPECT_NE(a.body.find("a garden of medicinal plants"), std::string::npos) << a.body;
}

TEST(HtmlArticle, LeavesOutCommentsMarkedWithSchemaOrgMicrodata) {
  // The readers' comments, longer than the article, are known by their microdata only;
  // their itemprop=text is a comment's text, not the article's.
  std::string comment =
      "<li itemscope itemtype='https://schema.org/Comment'><p itemprop='text'>I have "
      "lived by this bridge for forty years and I can tell you that the council has never "
      "once listened to those of us who cross it every day, whatever they say now.</p></li>";
  std::string page =
      "<html><body><div class='story'><h1>Bridge to close for repairs</h1>"
      "<p>The old bridge over the river will close for three months from June, the "
      "council said on Monday, while engineers replace the worn bearings under it.</p>"
      "<p>Buses will take a longer route through the town, and a ferry will carry people "
      "on foot across the river for the whole time of the works.</p></div>"
      "<div class='reader-voices'><ul>" +
      comment + comment + comment + comment + comment + comment + "</ul></div></body></html>";
  Article a = extract_html_article(page, {}).article;
  EXPECT_NE(a.body.find("The old bridge over the river"), std::string::npos) << a.body;
  EXPECT_EQ(a.body.find("forty years"), std::string::npos) << a.body;
}

TEST(HtmlArticle, ReadsAWrapperNamedForTheSidebarThatHoldsMostOfThePageAsLayout) {
  // The page builder named the main column after the sidebar beside it; the real sidebar,
  // inside it, is still left out.
  std::string first =
      "Police are trying to find out how a hunter died, whose body was found "
      "on Tuesday in the forest north of the village by two woodcutters.";
  std::string second =
      "The two men said that they had heard shots on the evening before, "
      "but had thought nothing of it, since the hunting season had begun.";
  std::string page =
      "<html><body><div class='sidebar-layout'><div class='main-column'>"
      "<h2>Hunter found in the forest</h2><p>" +
      first + "</p><p>" + second +
      "</p></div><aside><a href='/a'>Most read</a> <a href='/b'>Weather</a>"
      "</aside></div></body></html>";
  Article a = extract_html_article(page, {}).article;
  EXPECT_NE(a.body.find("Police are trying to find out"), std::string::npos) << a.body;
  EXPECT_NE(a.body.find("heard shots on the evening"), std::string::npos) << a.body;
  EXPECT_EQ(a.body.find("Most read"), std::string::npos) << a.body;
}

TEST(HtmlArticle, ComposesTheTextInNormalizationFormC) {
  // "Café" and "déjà" written with combining accents come out precomposed.
  std::string decomposed = "Cafe\u0301 opens its doors";
  std::string page = "<html><body><h1>" + decomposed +
                     "</h1><p>The new cafe\u0301 in the old station opened its doors on "
                     "Monday, and the owners said it felt like de\u0301ja\u0300 vu to them, "
                     "since the station once had a buffet.</p></body></html>";
  Article a = extract_html_article(page, {}).article;
  EXPECT_EQ(a.title, "Caf\u00E9 opens its doors");
  EXPECT_NE(a.body.find("caf\u00E9 in the old station"), std::string::npos) << a.body;
  EXPECT_NE(a.body.find("d\u00E9j\u00E0 vu"), std::string::npos) << a.body;
}

TEST(HtmlArticle, KeepsEveryPartOfAnArticleCutIntoSectionsOfOneKind) {
  // A long read in three sections of one class; the middle one draws the votes. A box of
  // the page grid beside them, and a same-class section named for tags, stay out.
  auto box = [](const std::string& tag, const std::string& attributes, const std::string& text) {
    return "<" + tag + " " + attributes + "><p>" + text + "</p></" + tag + ">";
  };
  const std::string part = "section", of_one_kind = "class='story-part' ";
  std::string page =
      "<html><body><article><h1>The river that came back</h1><div class='row'>"
      "<div class='body'>" +
      box(part, of_one_kind + "id='s0'",
          "When the factory closed, nobody expected that the river would ever be clean again, "
          "and for a decade the town turned its back on it.") +
      box(part, of_one_kind + "id='s1'",
          "Then, slowly, the fish came back. First the small ones, then the trout, and with "
          "them the herons, the otters, the anglers and, at last, the swimmers.</p><p>The "
          "council, which had planned to build a road along the bank, changed its mind, and the "
          "bank is now a park, with paths, benches and a small beach for children.</p><p>The "
          "old mill, which stood empty for years, is a museum of the river, and its garden is a "
          "place where the town meets.") +
      box(part, of_one_kind + "id='s2'",
          "Today the river is the pride of the town, and the mayor says that it will stay that "
          "way as long as she has anything to say about it.</p><div class='letters-cta'><p>"
          "Write to us and tell us what you think about this article, and about the other "
          "stories that we have written about the rivers of the valley.</p></div><p>") +
      box(part, of_one_kind + "id='tags'",
          "Filed under rivers, towns, the valley, nature and the other subjects that the "
          "readers of this page have asked us about.") +
      "</div></div><div class='row'>" +
      box("div", "class='notice'",
          "This story is part of a series that the readers of the paper support with their "
          "gifts, and you can join them on the page of the series.") +
      "</div></article></body></html>";
  Article a = extract_html_article(page, {}).article;
  for (const char* kept : {"nobody expected that the river", "Then, slowly, the fish came back",
                           "Today the river is the pride"}) {
    EXPECT_NE(a.body.find(kept), std::string::npos) << kept << "\n" << a.body;
  }
  for (const char* left_out : {"Filed under", "part of a series", "Write to us"}) {
    EXPECT_EQ(a.body.find(left_out), std::string::npos) << left_out << "\n" << a.body;
  }
}

TEST(HtmlArticle, KeepsTheGoodTextOfTheArticlesNamedElementAroundTheVotedOne) {
  // The body's paragraphs draw the votes to their column; the standfirst, apart in
  // the same <article>, is kept; the author's box and a notice in it, and prose outside
  // it, are not.
  std::string page =
      "<html><body><article><h1>A new school for the valley</h1>"
      "<div class='intro'>The valley will have a school of its own again next year, after "
      "the region agreed to pay for the building that the villages have asked for.</div>"
      "<div class='row'><div class='columns'><div class='text'>"
      "<p>The old school closed twenty years ago, when the last teacher retired and the "
      "children began to take the bus to the town, an hour away on a winding road.</p>"
      "<p>The new one will have four classes, a library and a garden, and it will be built "
      "on the field beside the church, which the parish has given for the purpose.</p>"
      "<p>Parents said that they were glad, because the bus had been late every winter, "
      "and the children had spent more time on the road than in the playground.</p>"
      "<p>The mayor of the largest village said that a school was what kept a village "
      "alive, and that young families would now come back to the old houses.</p>"
      "<p>Building will begin in March, if the weather allows, and the first pupils are "
      "expected in the autumn, with two teachers, a cook and a caretaker.</p>"
      "<p>The region will also pay for a small bus, which will bring the children from the "
      "farms at the head of the valley, where the road is closed by snow in winter.</p>"
      "</div></div></div><div class='author-box'><p>The writer has reported on the villages of "
      "the valley for the paper since the spring of the year when the school closed.</p>"
      "</div><div class='row'><div class='reader-notice'><p>This article gives the view of "
      "its writer and not that of the paper, which publishes the letters of its readers.</p>"
      "</div></div></article><div class='elsewhere'><p>In the town, the council is still arguing "
      "about the new car park, which the shops want and which the residents do not.</p>"
      "</div></body></html>";
  Article a = extract_html_article(page, {}).article;
  EXPECT_NE(a.body.find("a school of its own again"), std::string::npos) << a.body;
  EXPECT_NE(a.body.find("more time on the road"), std::string::npos) << a.body;
  EXPECT_EQ(a.body.find("The writer has reported"), std::string::npos) << a.body;
  EXPECT_EQ(a.body.find("gives the view of its writer"), std::string::npos) << a.body;
  EXPECT_EQ(a.body.find("the new car park"), std::string::npos) << a.body;
}

TEST(HtmlArticle, KeepsAShortLineOrSubheadingAmongTheArticlesParagraphsAcrossACaption) {
  // An interview: a one-line answer and a subheading each stand before a photo's caption,
  // which jusText counts as the bad block after them; a short label of the related box in
  // the article's element stays out.
  auto figure = [](const std::string& caption) {
    return "<figure><img src='x.jpg'><figcaption>" + caption + "</figcaption></figure>";
  };
  std::string page =
      "<html><body><article><h1>A baker on the night shift</h1><div class='text'>"
      "<p>Do you still like bread, after forty years of baking it every night for the "
      "whole of the town, from the first loaf at two to the last one at six?</p>"
      "<p>Every morning.</p>" +
      figure("The baker at the oven, photographed by the paper's photographer.") +
      "<p>Then what is the hardest part of the work, if it is not the bread itself, and "
      "not the hours that you keep while the rest of the town is asleep in bed?</p>"
      "<h3>The early years</h3>" +
      figure("The bakery as it was in the year when it opened its doors.") +
      "<p>The baker learnt the trade from his father, who had opened the bakery after the "
      "war in a shed behind the house, with one oven and a borrowed cart.</p>"
      "<div class='box'><p>See also</p><ul><li><a href='/a'>The butcher who sings to his "
      "customers</a></li></ul></div>"
      "<p>He says that he will work until his daughter takes over the shop, which she has "
      "promised to do when her own children are old enough to help her.</p>"
      "</div></article></body></html>";
  Article a = extract_html_article(page, {}).article;
  EXPECT_NE(a.body.find("Every morning."), std::string::npos) << a.body;
  EXPECT_NE(a.body.find("The early years"), std::string::npos) << a.body;
  EXPECT_EQ(a.body.find("See also"), std::string::npos) << a.body;
  EXPECT_EQ(a.body.find("photographed by"), std::string::npos) << a.body;
}

TEST(HtmlArticle, KeepsThePartsOfAnArticleWhoseClassesShareTheirFirstWord) {
  // The opening and closing parts add a modifier to the class of the part that draws the
  // votes ("part opening"); a box of another kind beside them stays out.
  auto part = [](const std::string& names, const std::string& paragraphs) {
    return "<section class='" + names + "'><div class='body-content'>" + paragraphs +
           "</div></section>";
  };
  std::string page =
      "<html><body><div class='story'><h1>The last ferry of the season</h1>" +
      part("part opening",
           "<p>The last ferry of the season left the island on Sunday with the summer people "
           "on board and the school band playing on the quay.</p>") +
      part("part",
           "<p>For the hundred people who live on the island through the winter, it is the "
           "start of five months when the mainland is an hour away by the post boat.</p>"
           "<p>The shop will open two days a week, the school has eleven pupils, and the "
           "doctor comes across on Thursdays when the sea allows it.</p>"
           "<p>Most of those who stay say that they love the quiet, the storms and the long "
           "evenings, and that they would not live anywhere else.</p>"
           "<p>The council has promised a new pier for the post boat, which has had to wait "
           "offshore on rough days since the old one was damaged in a storm.</p>") +
      part("part closing",
           "<p>The ferry will run again in May, when the first visitors come back with the "
           "birds and the island wakes up for another summer.</p>") +
      part("reading-list",
           "<p>Our reporters have written about the islands of the coast for many years, and "
           "you can find all of their stories on the page of the series.</p>") +
      "</div></body></html>";
  Article a = extract_html_article(page, {}).article;
  EXPECT_NE(a.body.find("with the summer people"), std::string::npos) << a.body;
  EXPECT_NE(a.body.find("The ferry will run again in May"), std::string::npos) << a.body;
  EXPECT_EQ(a.body.find("Our reporters have written"), std::string::npos) << a.body;
}

TEST(HtmlArticle, DropsTheHeadlineFromTheBodyAfterASectionLabelAboveIt) {
  std::string page =
      "<html><head><title>Storks return to the marshes early</title></head><body><div>"
      "<h4>Nature</h4><h1>Storks return to the marshes early</h1>"
      "<p>The first storks came back to the marshes on Monday, two weeks earlier than last "
      "year, and the wardens say that the mild winter is the reason for it.</p>"
      "<p>Some of the birds have already begun to mend their nests on the roofs of the "
      "village, where the people put out old cart wheels for them every spring.</p>"
      "</div></body></html>";
  Article a = extract_html_article(page, {}).article;
  EXPECT_EQ(a.title, "Storks return to the marshes early");
  EXPECT_NE(a.body.find("The first storks came back"), std::string::npos) << a.body;
  EXPECT_EQ(a.body.find("Storks return to the marshes early"), std::string::npos) << a.body;
}

TEST(HtmlArticle, ReadsRubyBaseTextWithoutItsAnnotations) {
  // Japanese furigana: the reading of each word sits in <rt> above it, not in the sentence.
  std::string page =
      "<html><body><div class='story'><h1>News</h1>"
      "<p><ruby>政府<rt>せいふ</rt></ruby>は<ruby>新<rp>(</rp><rt>あたら</rt><rp>)</rp>"
      "</ruby>しい<ruby>法律<rt>ほうりつ</rt></ruby>をつくりました。<ruby>子<rt>こ</rt></ruby>"
      "どもを<ruby>守<rt>まも</rt></ruby>るための<ruby>法律<rt>ほうりつ</rt></ruby>です。"
      "来年の四月から始まります。親や学校の先生も、この法律を守らなければなりません。"
      "</p></div></body></html>";
  Article a = extract_html_article(page, {}).article;
  EXPECT_NE(a.body.find("政府は新しい法律をつくりました。子どもを守るための法律です。"),
            std::string::npos)
      << a.body;
}

TEST(HtmlArticle, KeepsTheDatelineThatOpensTheFirstSentence) {
  std::string page =
      "<html><body><div class='story'><h1>Masks stolen</h1>"
      "<div class='dateline'>Published March 3, 2020</div>"
      "<p><span class='dateline'>KOBE – </span>A total of 6,000 surgical masks have been "
      "lost at a hospital in the city, it was learned on Tuesday, and the police are "
      "investigating the case as one of theft.</p>"
      "<p>The masks had been kept in a machine room on the third floor of the hospital, "
      "officials at the institution said, and were found missing during a check.</p>"
      "</div></body></html>";
  Article a = extract_html_article(page, {}).article;
  EXPECT_EQ(a.body.find("KOBE – A total of 6,000 surgical masks"), 0u) << a.body;
  EXPECT_EQ(a.body.find("Published"), std::string::npos) << a.body;
}

TEST(HtmlArticle, ReadsTheInlineWordsOfASentenceInAWeaklyNamedBlock) {
  // "ad" names advertising as a word of its own; here the votes' element is so named.
  std::string page =
      "<html><body><div class='body-ad'><h1>The president travels south</h1>"
      "<p>The president will fly to the south of the country on Wednesday, where he will meet "
      "the local authorities and then <strong>travel on to the national park</strong> that "
      "the government plans to enlarge next year.</p>"
      "<p>Besides the park, he will visit the farthest north of the southern territory.</p>"
      "<p>It is his second visit to the regions since he took office in the spring, and "
      "his aides say that more of them are planned before the end of the year.</p>"
      "</div></body></html>";
  Article a = extract_html_article(page, {}).article;
  EXPECT_NE(a.body.find("and then travel on to the national park that"), std::string::npos)
      << a.body;
  // Short prose under the weak name of the article's own element is text too.
  EXPECT_NE(a.body.find("Besides the park"), std::string::npos) << a.body;
}

TEST(HtmlArticle, KeepsTheShortClosingLineOfTheArticlesElement) {
  std::string page =
      "<html><body><nav><a href='/'>Home</a> <a href='/n'>News</a></nav>"
      "<div class='story'><h1>The press secretary leaves the studio</h1>"
      "<p>The former press secretary is leaving her post as the head of communications at "
      "the film studio after five years, she told a trade paper on Tuesday.</p>"
      "<p>She said that she would take some time to think about what comes next, and that "
      "it would be connected in some way to the media, where she has worked for long.</p>"
      "<p>Her last day is April 1.</p>"
      "<div class='share-tools'><a href='#'>Share</a></div></div>"
      "<div class='tag-list'>Filed under studios, people</div></body></html>";
  Article a = extract_html_article(page, {}).article;
  EXPECT_NE(a.body.find("connected in some way to the media"), std::string::npos) << a.body;
  EXPECT_NE(a.body.find("Her last day is April 1."), std::string::npos) << a.body;
  EXPECT_EQ(a.body.find("Filed under"), std::string::npos) << a.body;
}

// A podcast transcript: a table of contents linking to its questions, the questions
// anchored with <a name>, a "more on this" box set into the text before a one-line answer.
TEST(HtmlArticle, ReadsInPageLinksAndAnchorsAsTextAndShortLinesAcrossABox) {
  std::string page =
      "<html><body><nav><a href='/'>Home</a></nav><div class='copytext'>"
      "<h1>The virologist answers the listeners</h1>"
      "<h3>The questions of this episode</h3>"
      "<p><a href='#critics'>What do you say to the critics who say that these viruses have "
      "always been with us and that nothing is new?</a></p>"
      "<p><a href='#test'>How did you set up the test so early, and who was part of the work "
      "that made it ready in January?</a></p>"
      "<p>Host: Professor, before we come to your findings, let us start with the question "
      "that our listeners have sent us more often than any other in the last weeks.</p>"
      "<p><a name='critics'>What do you say to the critics who say that these viruses have "
      "always been with us and that nothing is new?</a></p>"
      "<p>Professor: It is true that there are other viruses of this kind, four of them, "
      "but this one comes to us as a pandemic, and that changes everything we know.</p>"
      "<p>Host: Where did the first sequence of the new virus come from, and when did it reach "
      "your laboratory, which was one of the first to have a test for it?</p>"
      "<div class='box'><div class='boxhead'>More information</div><div class='teaser'>"
      "<h2><a href='/other'>All episodes of the podcast</a></h2></div></div>"
      "<p>Host: From abroad.</p>"
      "<p>Professor: From abroad, from colleagues, but only as a sequence at first, and then "
      "we built the test from it in our own laboratory over the following days.</p>"
      "</div></body></html>";
  Article a = extract_html_article(page, {}).article;
  EXPECT_NE(a.body.find("How did you set up the test so early"), std::string::npos) << a.body;
  EXPECT_NE(a.body.find("this one comes to us as a pandemic"), std::string::npos) << a.body;
  // The question is in the table of contents and, anchored, above its answer.
  EXPECT_NE(a.body.find("nothing is new?\n\nProfessor: It is true"), std::string::npos) << a.body;
  EXPECT_NE(a.body.find("Host: From abroad."), std::string::npos) << a.body;
}

TEST(HtmlArticle, LeavesOutAPictureCreditSetIntoTheText) {
  std::string page =
      "<html><body><div class='story'><h1>Emissions fell last year</h1>"
      "<p>Just a week into the new year, the first estimate of how much pollution the country "
      "put into the air last year is already in, and it is better than many feared.</p>"
      "<p><img src='chart.png'></p><p>(Credit: Ann Lee / The Weekly)</p>"
      "<p>Total emissions fell two percent compared with the year before, according to a "
      "research firm that often works on the numbers of the climate and the economy.</p>"
      "<div class='img-box'>The minister at the plant, photo: Government archive</div>"
      "<p>The firm said that the fall came mostly from the power plants, which burned less "
      "coal than in any year since the records began, and more gas and wind.</p>"
      "</div></body></html>";
  Article a = extract_html_article(page, {}).article;
  EXPECT_NE(a.body.find("Total emissions fell two percent"), std::string::npos) << a.body;
  EXPECT_EQ(a.body.find("Credit:"), std::string::npos) << a.body;
  EXPECT_EQ(a.body.find("photo:"), std::string::npos) << a.body;
}

TEST(HtmlArticle, KeepsWeaklyNamedWordsInTheMiddleOfASentence) {
  std::string page =
      "<html><body><div class='story'><h1>Medicine beside medicine</h1>"
      "<p>Experts have been discussing since yesterday whether the treatments that are not "
      "taught at the universities should be offered in the hospitals of the country.</p>"
      "<p>Offers that are serious can be found at <a class='more' href='http://x.example'>"
      "www.example.at</a>, where the association lists the people it has trained.</p>"
      "<p>Many patients already use them, the doctors said, and they want to know which of "
      "them help, which do no harm, and which should be avoided altogether.</p>"
      "<p>The full programme of the conference is online. <a class='more' href='/p'>More</a>"
      "</p></div></body></html>";
  Article a = extract_html_article(page, {}).article;
  EXPECT_NE(a.body.find("can be found at www.example.at, where the association"), std::string::npos)
      << a.body;
  EXPECT_EQ(a.body.find("online. More"), std::string::npos) << a.body;
}

TEST(HtmlArticle, LeavesOutALineAskingReadersToFollowTheOutlet) {
  std::string page =
      "<html><body><div class='story'><h1>Penguins on a green continent</h1>"
      "<p>That the base recorded a temperature above twenty degrees is news that worries the "
      "scientists who have studied the ice of the south for most of their lives.</p>"
      "<p>The ice will melt in places, they say, and some of the coast will turn green as "
      "mosses and grasses take the ground that the snow leaves behind in the summer.</p>"
      "<p>You can write to us at <a href='mailto:desk@example.org'>desk@example.org</a> or "
      "follow us on <a href='https://www.facebook.com/example'>Facebook</a>, "
      "<a href='https://twitter.com/example'>Twitter</a> and "
      "<a href='https://www.instagram.com/example/'>Instagram</a>, or sign up for our "
      "<a href='/newsletter'>newsletter</a>.</p>"
      "<p>The minister said on <a href='https://twitter.com/minister/status/1'>Twitter</a> "
      "that the government would fund the base for ten more years, and <a "
      "href='https://twitter.com/minister/status/2'>added later</a> that more would come.</p>"
      "</div></body></html>";
  Article a = extract_html_article(page, {}).article;
  EXPECT_NE(a.body.find("some of the coast will turn green"), std::string::npos) << a.body;
  EXPECT_EQ(a.body.find("write to us"), std::string::npos) << a.body;
  EXPECT_NE(a.body.find("The minister said on Twitter"), std::string::npos) << a.body;
}

// Share icons the text leaves out (named as boilerplate) are not the paragraph's own links:
// three of them inside a real paragraph do not make it a "follow us" line.
TEST(HtmlArticle, KeepsAParagraphHoldingShareIconsItLeavesOut) {
  std::string page =
      "<html><body><div class='story'><h1>Penguins on a green continent</h1>"
      "<p>That the base recorded a temperature above twenty degrees is news that worries the "
      "scientists who have studied the ice of the south for most of their lives.</p>"
      "<p>The ice will melt in places, they say, and some of the coast will turn green as "
      "mosses and grasses take the ground that the snow leaves behind in the summer."
      "<a class='share' href='https://www.facebook.com/sharer?u=1'>f</a>"
      "<a class='share' href='https://twitter.com/intent/tweet?u=1'>t</a>"
      "<a class='share' href='https://www.linkedin.com/share?u=1'>in</a></p>"
      "<p>The station will stay open through the winter, the scientists said, and its "
      "measurements will be published for anyone who wants to check them.</p>"
      "</div></body></html>";
  Article a = extract_html_article(page, {}).article;
  EXPECT_NE(a.body.find("some of the coast will turn green"), std::string::npos) << a.body;
  EXPECT_EQ(a.body.find("sharer"), std::string::npos) << a.body;
}

// A brief item of an official site: a long headline, one short sentence, and publication
// details in the article's element. The sentence is its text.
std::string brief_item_page(const std::string& text_paragraph) {
  return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
         "<title>Acting President spoke by telephone with the President of a neighbouring "
         "country about the talks</title></head><body>"
         "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
         "<article itemscope itemtype=\"http://schema.org/NewsArticle\"><div class=\"read__top\">"
         "<h1>Acting President spoke by telephone with the President of a neighbouring "
         "country about the talks</h1><div class=\"read__meta\"><time datetime=\"2000-03-14\">"
         "March 14, 2000</time><div class=\"read__time\">19:30</div></div></div>"
         "<div class=\"entry-content\" itemprop=\"articleBody\">" +
         text_paragraph +
         "<div class=\"read__status\"><p>Published in section: <a href=\"/news\">News</a></p>"
         "<p>Direct link: <a href=\"/d/1\">example.org/d/1</a></p></div></div></article>"
         "<footer><p>All content on this site is licensed under a licence.</p></footer>"
         "</body></html>";
}

TEST(HtmlArticle, KeepsTheOneShortSentenceOfABriefItem) {
  HtmlExtraction page = extract_html_article(
      brief_item_page("<p>The presidents discussed issues of bilateral cooperation.</p>"), {});
  EXPECT_EQ(page.article.body, "The presidents discussed issues of bilateral cooperation.");
  EXPECT_FALSE(page.headline_only);
  // A line of names is a brief item's text too, though it has few stop words.
  page = extract_html_article(
      brief_item_page("<p>Taking part were: Aide Alexander Abramov, Minister Igor Levitin, "
                      "Governor Pyotr Sumin.</p>"),
      {});
  EXPECT_EQ(page.article.body.find("Taking part were:"), 0u) << page.article.body;
}

TEST(HtmlArticle, KeepsAnArticleOfItsHeadlineOnlyAndSaysSo) {
  HtmlExtraction page = extract_html_article(brief_item_page("<p> </p>"), {});
  EXPECT_TRUE(page.article.body.empty()) << page.article.body;
  EXPECT_TRUE(page.headline_only);
  EXPECT_EQ(page.article.raw_date, "2000-03-14");
  ASSERT_EQ(page.warnings.size(), 1u);
  EXPECT_NE(page.warnings[0].find("headline only"), std::string::npos);
  // A page that does not say it is an article, with no text, is no article.
  page = extract_html_article(
      "<html><head><title>Section front</title></head><body><h1>Politics</h1><ul><li><a "
      "href=\"/a\">One story</a></li><li><a href=\"/b\">Another story</a></li></ul></body>"
      "</html>",
      {});
  EXPECT_TRUE(page.article.body.empty());
  EXPECT_FALSE(page.headline_only);
  EXPECT_TRUE(page.warnings.empty());
}

}  // namespace
}  // namespace rostra
