// Golden term lists: the terms, wdfs and positions a document gets (after Xapian's
// api_termgen tests).
#include "common/document/document_builder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <sstream>

#include "common/document/stored_article.h"
#include "common/document/stored_quote.h"
#include "common/input/metadata/article_metadata.h"
#include "common/schema/schema.h"
#include "common/tokens/token_record.h"

namespace rostra {
namespace {

// "term:wdf " for every term, in term order.
std::string serialize_terms(const IndexedDocument& doc) {
  std::vector<std::pair<std::string, Xapian::termcount>> terms = doc.content.terms;
  std::sort(terms.begin(), terms.end());
  std::ostringstream out;
  for (const auto& [term, wdf] : terms) out << term << ":" << wdf << " ";
  return out.str();
}

// The token record in words: "text: word@position ... | title: word ... | quote(speaker):
// word ... " (see token_record.h).
std::string serialize_record(const IndexedDocument& doc) {
  std::map<WordId, std::string> words;
  for (const DocumentWord& w : doc.words) words[w.id] = w.word;
  TokenRecordView record;
  EXPECT_TRUE(parse_token_record(doc.token_record, record));
  std::ostringstream out;
  out << "text:";
  for_each_word(record.text, [&](std::uint32_t position, WordId id) {
    out << " " << words[id] << "@" << position;
  });
  out << " | title:";
  for_each_word(record.title, [&](std::uint32_t, WordId id) { out << " " << words[id]; });
  for (const TokenSpan& span : record.spans) {
    out << " | quote(" << span.speaker << "):";
    for_each_word(record.text.substr(span.start, span.end - span.start),
                  [&](std::uint32_t, WordId id) { out << " " << words[id]; });
  }
  return out.str();
}

Article resolved(Article a) {
  resolve_metadata(a, OutletTable());
  return a;
}

TEST(DocumentBuilder, WritesGoldenTermsAndRecordForTitleAndBody) {
  Article a;
  a.title = "Putin’s Call";
  a.body = "Leaders called.";
  a.url = "https://example.org/2025/01/20/x";
  TermDictionary dictionary;
  DocumentBuilder builder(dictionary);
  IndexedDocument doc = builder.build(resolved(a));
  // Stems, title words with wdf kTitleWdf (3) ("call" 3 + "called" 1), exact S terms.
  EXPECT_EQ(serialize_terms(doc),
            "Qhttps://example.org/2025/01/20/x:0 Scall:1 Sputin's:1 XLANGen:0 "
            "XOUTLETexample.org:0 call:4 leader:1 putin:3 ");
  // Title words at 1-2, then a gap of 100 before the body; the title stream again alone.
  EXPECT_EQ(serialize_record(doc),
            "text: putin's@1 call@2 leaders@103 called@104 | title: putin's call");
  // Every distinct word with its stem where that differs from it.
  std::map<std::string, std::string> stems;
  for (const DocumentWord& w : doc.words) stems[w.word] = w.stem;
  EXPECT_EQ(stems,
            (std::map<std::string, std::string>{
                {"call", ""}, {"called", "call"}, {"leaders", "leader"}, {"putin's", "putin"}}));
  EXPECT_EQ(dictionary.size(), 4u);
}

TEST(DocumentBuilder, SeparatesParagraphsByAPositionGap) {
  Article a;
  a.title = "";
  a.body = "one two\n\nthree";
  TermDictionary dictionary;
  DocumentBuilder builder(dictionary);
  IndexedDocument doc = builder.build(resolved(a));
  EXPECT_EQ(serialize_record(doc), "text: one@1 two@2 three@103 | title:");
}

TEST(DocumentBuilder, GivesEachWordOneIdAcrossDocumentsAndBuilders) {
  TermDictionary dictionary;
  DocumentBuilder first(dictionary);
  DocumentBuilder second(dictionary);
  Article a;
  a.body = "war and peace";
  Article b;
  b.body = "peace talks";
  IndexedDocument x = first.build(resolved(a));
  IndexedDocument y = second.build(resolved(b));
  auto id_of = [](const IndexedDocument& doc, const std::string& word) {
    for (const DocumentWord& w : doc.words) {
      if (w.word == word) return w.id;
    }
    return WordId{0};
  };
  EXPECT_NE(id_of(x, "peace"), 0u);
  EXPECT_EQ(id_of(x, "peace"), id_of(y, "peace"));
  EXPECT_NE(id_of(y, "talks"), id_of(x, "war"));
  EXPECT_EQ(dictionary.find("talks"), id_of(y, "talks"));
}

TEST(DocumentBuilder, WritesGoldenCommonGramsOnlyBetweenAdjacentWords) {
  Article a;
  a.title = "The Vote";
  a.body = "Leaders of the party.\n\nIn Moscow";
  a.url = "https://example.org/2025/01/20/x";
  TermDictionary dictionary;
  DocumentBuilder builder(dictionary);
  IndexedDocument doc = builder.build(resolved(a));
  // Pair terms (wdf 0) for adjacent words holding a common word; none across the
  // title/body gap ("vote leaders") or the paragraph gap ("party in").
  EXPECT_EQ(serialize_terms(doc),
            "Qhttps://example.org/2025/01/20/x:0 Sthe:1 Svote:1 XCGin\x1fmoscow:0 "
            "XCGleaders\x1fof:0 XCGof\x1fthe:0 XCGthe\x1fparty:0 "
            "XCGthe\x1fvote:0 XLANGen:0 XOUTLETexample.org:0 "
            "in:1 leader:1 moscow:1 of:1 parti:1 the:4 vote:3 ");
}

TEST(DocumentBuilder, MarksQuoteSpansWithTheirSpeakerAndGivesQuoteDocumentsTheirOwnRecord) {
  Article a;
  a.title = "Talks";
  a.body = "\"We want the talks,\" Varga said. \"Fine.\"";
  a.url = "https://example.org/2025/01/20/x";
  Quote q;
  q.start = 1;
  q.end = static_cast<std::uint32_t>(a.body.find(',') + 1);
  q.mark_end = q.end + 1;
  q.closed = true;
  q.speaker = "Elena Varga";
  a.quotes.push_back(q);
  Quote unattributed;
  unattributed.start = static_cast<std::uint32_t>(a.body.find("Fine"));
  unattributed.end = unattributed.start + 5;
  unattributed.closed = true;
  a.quotes.push_back(unattributed);
  TermDictionary dictionary;
  DocumentBuilder builder(dictionary);
  Article article = resolved(a);
  IndexedDocument doc = builder.build(article);
  EXPECT_EQ(serialize_record(doc),
            "text: talks@1 we@102 want@103 the@104 talks@105 varga@106 said@107 fine@108 | "
            "title: talks | quote(elena varga): we want the talks | quote(): fine");
  // Quote words have no terms of their own.
  EXPECT_EQ(serialize_terms(doc).find("XQ"), std::string::npos);
  EXPECT_NE(serialize_terms(doc).find("XCGwant\x1fthe:0"), std::string::npos);
  auto quotes = builder.build_quotes(article);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(serialize_record(quotes[0].second), "text: we@1 want@2 the@3 talks@4 | title: talks");
  std::string quote_terms = serialize_terms(quotes[0].second);
  EXPECT_NE(quote_terms.find("Stalks:0 XARTICLE"), std::string::npos) << quote_terms;
  EXPECT_NE(quote_terms.find("XCGwant\x1fthe:0 XCGwe\x1fwant:0"), std::string::npos) << quote_terms;
}

// The wordings build_quotes hands on are made of the tokens and stems the quote documents
// were built from, and must equal what placing would make of the stored text.
TEST(DocumentBuilder, GivesEachSpokenQuoteTheWordingAnalysingItsTextWouldMake) {
  TermDictionary dictionary;
  DocumentBuilder builder(dictionary);
  WordingAnalyzer analyzer;
  struct Case {
    std::string language, open, close, body;
  };
  for (const Case& c : {
           Case{"en", "\"", "\"",
                "\"We see statements by the newly elected US President. We will restore "
                "direct contacts with Russia, 2,000 km,\" Putin said. Then a \"Title\" came."},
           Case{"ru", "«", "»",
                "«Мы видим заявления избранного президента США. Trump’s team — мы готовы к "
                "контактам», — сказал Путин."},
           Case{"", "\"", "\"", "\"Running talks continued\", she said."},
       }) {
    Article a;
    a.title = "Talks";
    a.body = c.body;
    a.url = "https://example.org/2025/01/20/x";
    Quote spoken;
    spoken.start = static_cast<std::uint32_t>(c.open.size());
    spoken.end = static_cast<std::uint32_t>(a.body.find(c.close, spoken.start));
    spoken.closed = true;
    spoken.speaker = "Vladimir Putin";
    a.quotes.push_back(spoken);
    if (a.body.find("Title") != std::string::npos) {
      Quote title;
      title.kind = QuoteKind::kTitle;
      title.start = static_cast<std::uint32_t>(a.body.find("Title"));
      title.end = title.start + 5;
      title.closed = true;
      a.quotes.push_back(title);
    }
    Article article = resolved(a);
    article.language = c.language;
    std::vector<AnalysedWording> wordings;
    auto quotes = builder.build_quotes(article, &wordings);
    ASSERT_EQ(wordings.size(), 1u) << "the title is not spoken";
    StoredQuote stored = decode_stored_quote(quotes[0].second.content.data);
    EXPECT_EQ(wordings[0].quote, quotes[0].first);
    const QuoteWording expected = analyzer.analyze(stored.text, stored.language);
    EXPECT_GT(expected.content.size(), 2u) << stored.text;
    EXPECT_EQ(wordings[0].wording, expected) << stored.text;
  }
}

TEST(DocumentBuilder, StemsCyrillicWordsWithTheRussianStemmer) {
  Article a;
  a.title = "Выборы";
  a.body = "Парламентские выборы прошли в\u00a0этом году.";
  TermDictionary dictionary;
  DocumentBuilder builder(dictionary);
  IndexedDocument doc = builder.build(resolved(a));
  std::string terms = serialize_terms(doc);
  EXPECT_NE(terms.find("выбор:4"), std::string::npos) << terms;  // title 3 + body 1
  EXPECT_NE(terms.find("XLANGru:0"), std::string::npos) << terms;
  EXPECT_NE(terms.find(" эт:1"), std::string::npos) << terms;  // "этом", split at a no-break space
  std::map<std::string, std::string> stems;
  for (const DocumentWord& w : doc.words) stems[w.word] = w.stem;
  EXPECT_EQ(stems["выборы"], "выбор");
}

TEST(DocumentBuilder, StoresValuesAndCompressedArticle) {
  Article a;
  a.title = "T";
  a.body = "Body text";
  a.raw_date = "December 31, 2017 ";
  a.raw_outlet = "Reuters";
  a.speakers = {"Vladimir Putin", "Donald Trump"};
  TermDictionary dictionary;
  DocumentBuilder builder(dictionary);
  IndexedDocument doc = builder.build(resolved(a));
  EXPECT_EQ(doc.value(schema::kSlotDate), "2017-12-31");
  EXPECT_EQ(doc.value(schema::kSlotOutlet), "Reuters");
  EXPECT_EQ(doc.value(schema::kSlotSpeakers), std::string("Vladimir Putin\x1f") + "Donald Trump");
  Article stored = decode_stored_article(doc.content.data);
  EXPECT_EQ(stored.body, "Body text");
  EXPECT_EQ(stored.date, "2017-12-31");
  EXPECT_EQ(stored.speakers.size(), 2u);
  std::string terms = serialize_terms(doc);
  EXPECT_NE(terms.find("XSPEAKERvladimir putin:0"), std::string::npos) << terms;
}

TEST(DocumentBuilder, LeavesUnknownDateAndOutletOut) {
  Article a;
  a.title = "No metadata";
  a.body = "Nothing known.";
  TermDictionary dictionary;
  DocumentBuilder builder(dictionary);
  IndexedDocument doc = builder.build(resolved(a));
  EXPECT_EQ(doc.value(schema::kSlotDate), "");
  EXPECT_EQ(doc.value(schema::kSlotOutlet), "");
  EXPECT_EQ(serialize_terms(doc).find("XOUTLET"), std::string::npos);
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
  a.date_source = "crawl";
  a.origin_record = "<urn:uuid:1>";
  a.origin_offset = 987654321;
  std::string data = encode_stored_article(a);
  EXPECT_LT(data.size(), 1000u);  // compressed
  Article b = decode_stored_article(data);
  EXPECT_EQ(b.id, a.id);
  EXPECT_EQ(b.body, a.body);
  EXPECT_EQ(b.place, a.place);
  EXPECT_EQ(b.origin_line, a.origin_line);
  EXPECT_EQ(b.date_source, a.date_source);
  EXPECT_EQ(b.origin_record, a.origin_record);
  EXPECT_EQ(b.origin_offset, a.origin_offset);
  EXPECT_THROW(decode_stored_article("garbage"), std::runtime_error);
}

}  // namespace
}  // namespace rostra
