// Precision and recall of quote extraction and speaker attribution on the annotated fixture
// set tests/fixtures/quotes (see its README for the annotation conventions).
#include <gtest/gtest.h>
#include <simdjson.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "common/quotes/speaker_attributor.h"
#include "tests/support/index_fixture.h"

namespace rostra {
namespace {

struct Expected {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  std::string speaker;
  std::string kind;
};

struct Fixture {
  std::string name;
  std::string body;
  std::vector<Expected> quotes;
};

std::vector<Fixture> load_fixtures() {
  std::filesystem::path path =
      std::filesystem::path(ROSTRA_SOURCE_DIR) / "tests" / "fixtures" / "quotes" / "articles.jsonl";
  simdjson::dom::parser parser;
  simdjson::dom::document_stream stream;
  simdjson::padded_string json = simdjson::padded_string::load(path.string());
  std::vector<Fixture> fixtures;
  if (parser.parse_many(json).get(stream)) return fixtures;
  for (simdjson::dom::element doc : stream) {
    Fixture f;
    f.name = std::string(std::string_view(doc["name"]));
    f.body = std::string(std::string_view(doc["body"]));
    std::size_t from = 0;
    for (simdjson::dom::element q : doc["quotes"]) {
      std::string_view text = q["text"];
      Expected e;
      std::size_t at = f.body.find(text, from);
      if (at == std::string::npos) at = f.body.find(text);  // reported as a fixture error below
      e.start = static_cast<std::uint32_t>(at);
      e.end = static_cast<std::uint32_t>(at + text.size());
      e.speaker = std::string(std::string_view(q["speaker"]));
      e.kind = std::string(std::string_view(q["kind"]));
      from = at == std::string::npos ? from : at + text.size();
      f.quotes.push_back(std::move(e));
    }
    fixtures.push_back(std::move(f));
  }
  return fixtures;
}

struct Counts {
  std::size_t predicted = 0, expected = 0, matched = 0;  // spans
  std::size_t kind_right = 0;
  // Speakers, over matched spans annotated as kind "quote".
  std::size_t speaker_predicted = 0, speaker_expected = 0, speaker_right = 0;
  double precision() const { return predicted ? double(matched) / double(predicted) : 1; }
  double recall() const { return expected ? double(matched) / double(expected) : 1; }
  double speaker_precision() const {
    return speaker_predicted ? double(speaker_right) / double(speaker_predicted) : 1;
  }
  double speaker_recall() const {
    return speaker_expected ? double(speaker_right) / double(speaker_expected) : 1;
  }
};

TEST(QuoteAccuracy, MeetsPrecisionAndRecallOnTheAnnotatedFixtures) {
  std::vector<Fixture> fixtures = load_fixtures();
  ASSERT_GE(fixtures.size(), 20u);
  const bool report = std::getenv("ROSTRA_QUOTE_REPORT") != nullptr;
  Counts c;
  std::ostringstream errors;
  for (const Fixture& f : fixtures) {
    std::vector<Quote> got = extract_quotes(f.body, testing::project_aliases());
    c.predicted += got.size();
    c.expected += f.quotes.size();
    std::vector<bool> used(got.size(), false);
    for (const Expected& e : f.quotes) {
      ASSERT_NE(e.start, std::string::npos) << f.name << ": fixture text not in body";
      if (e.kind == "quote" && !e.speaker.empty()) ++c.speaker_expected;
      std::size_t match = got.size();
      for (std::size_t i = 0; i < got.size(); ++i) {
        if (!used[i] && got[i].start == e.start && got[i].end == e.end) match = i;
      }
      std::string text = f.body.substr(e.start, std::min<std::size_t>(e.end - e.start, 70));
      if (match == got.size()) {
        errors << f.name << ": MISSED span \"" << text << "\"\n";
        continue;
      }
      used[match] = true;
      ++c.matched;
      const Quote& q = got[match];
      if (quote_kind_name(q.kind) == e.kind) {
        ++c.kind_right;
      } else {
        errors << f.name << ": KIND " << quote_kind_name(q.kind) << " != " << e.kind << " \""
               << text << "\"\n";
      }
      if (e.kind != "quote") continue;
      if (!q.speaker.empty()) ++c.speaker_predicted;
      if (!q.speaker.empty() && q.speaker == e.speaker) {
        ++c.speaker_right;
      } else if (q.speaker != e.speaker) {
        errors << f.name << ": SPEAKER '" << q.speaker << "' (" << q.cue << ") != '" << e.speaker
               << "' \"" << text << "\"\n";
      }
    }
    for (std::size_t i = 0; i < got.size(); ++i) {
      if (!used[i]) {
        errors << f.name << ": EXTRA span \""
               << f.body.substr(got[i].start,
                                std::min<std::uint32_t>(got[i].end - got[i].start, 70))
               << "\"\n";
      }
    }
  }
  std::cout << "quote spans: " << c.matched << " of " << c.expected << " annotated found, "
            << c.predicted << " extracted: precision " << c.precision() << ", recall " << c.recall()
            << "\n"
            << "kinds right: " << c.kind_right << " of " << c.matched << "\n"
            << "speakers: " << c.speaker_right << " right of " << c.speaker_predicted
            << " attributed, " << c.speaker_expected << " annotated: precision "
            << c.speaker_precision() << ", recall " << c.speaker_recall() << "\n";
  if (report) std::cout << errors.str();
  EXPECT_GE(c.precision(), 0.95) << errors.str();
  EXPECT_GE(c.recall(), 0.90) << errors.str();
  EXPECT_GE(c.speaker_precision(), 0.95) << errors.str();
  EXPECT_GE(c.speaker_recall(), 0.90) << errors.str();
}

}  // namespace
}  // namespace rostra
