// Quote extraction and speaker attribution scored on the hand-annotated development set
// ../shared/quotes-dev (real articles; never committed). The scoring follows its score.py:
// spans match by word overlap, speakers by surname after dropping titles. Skips cleanly when
// the set is absent. ROSTRA_QUOTE_REPORT=1 prints every error.
#include <gtest/gtest.h>
#include <simdjson.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "common/base/utf8.h"
#include "common/quotes/speaker_attributor.h"
#include "tests/support/index_fixture.h"

namespace rostra {
namespace {

// Floors a little under the figures measured when this test was last tuned, so a change
// that loses ground fails here; the targets are higher (0.95 / 0.95 / 0.90).
constexpr double kMinSpanF1 = 0.94;
constexpr double kMinSpeakerP = 0.81;
constexpr double kMinSpeakerR = 0.63;

std::filesystem::path dev_set_dir() {
  return std::filesystem::path(ROSTRA_SOURCE_DIR) / ".." / "shared" / "quotes-dev";
}

// score.py's words(): lower case, ё as е, runs of letters, digits, _ and apostrophes.
std::vector<std::string> words(std::string_view s) {
  std::vector<std::string> out;
  std::string current;
  auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t i = 0;
  while (i < static_cast<int32_t>(s.size())) {
    UChar32 c;
    U8_NEXT(p, i, static_cast<int32_t>(s.size()), c);
    if (c == 0x2019 || c == 0x2018) c = '\'';
    if (c > 0 && (u_isalnum(c) || c == '_' || c == '\'' || (U_GET_GC_MASK(c) & U_GC_M_MASK))) {
      c = u_tolower(c);
      if (c == 0x451) c = 0x435;
      append_utf8(current, static_cast<char32_t>(c));
    } else if (!current.empty()) {
      out.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) out.push_back(std::move(current));
  return out;
}

std::string joined(const std::vector<std::string>& w) {
  std::string s;
  for (const std::string& x : w) s += (s.empty() ? "" : " ") + x;
  return s;
}

bool span_match(std::string_view a, std::string_view b) {
  std::vector<std::string> wa = words(a), wb = words(b);
  if (wa.empty() || wb.empty()) return false;
  std::set<std::string> sa(wa.begin(), wa.end()), sb(wb.begin(), wb.end());
  std::size_t common = 0;
  for (const std::string& w : sa) common += sb.count(w);
  if (double(common) / double(sa.size() + sb.size() - common) >= 0.6) return true;
  std::string na = joined(wa), nb = joined(wb);
  const std::string& shorter = na.size() <= nb.size() ? na : nb;
  const std::string& longer = na.size() <= nb.size() ? nb : na;
  return longer.find(shorter) != std::string::npos && shorter.size() * 2 >= longer.size();
}

bool speaker_ok(std::string_view predicted, std::string_view gold) {
  static const std::set<std::string> kTitles{"mr",
                                             "mrs",
                                             "ms",
                                             "dr",
                                             "sir",
                                             "lord",
                                             "president",
                                             "senator",
                                             "sen",
                                             "rep",
                                             "representative",
                                             "prime",
                                             "minister",
                                             "secretary",
                                             "general",
                                             "u",
                                             "s",
                                             "us",
                                             "the",
                                             "house",
                                             "speaker",
                                             "governor",
                                             "г",
                                             "господин",
                                             "президент",
                                             "министр"};
  std::vector<std::string> p = words(predicted), g = words(gold);
  if (p.empty() || g.empty()) return false;
  if (p == g) return true;
  auto content = [&](const std::vector<std::string>& w) {
    std::vector<std::string> c;
    for (const std::string& x : w) {
      if (!kTitles.count(x)) c.push_back(x);
    }
    return c.empty() ? w : c;
  };
  std::vector<std::string> pc = content(p), gc = content(g);
  if (pc.back() == gc.back()) {
    return !(pc.size() > 1 && gc.size() > 1 && pc.front()[0] != gc.front()[0]);
  }
  std::string sp = joined(p), sg = joined(g);
  return (sp.size() > 3 && sg.find(sp) != std::string::npos) ||
         (sg.size() > 3 && sp.find(sg) != std::string::npos);
}

struct Tally {
  std::size_t gold = 0, predicted = 0, matched = 0, gold_with_speaker = 0;
  std::size_t predicted_with_speaker = 0, speaker_right = 0, non_quotes_as_quotes = 0;
  double span_f1() const {
    double p = predicted ? double(matched) / double(predicted) : 0;
    double r = gold ? double(matched) / double(gold) : 0;
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
  double speaker_p() const {
    return predicted_with_speaker ? double(speaker_right) / double(predicted_with_speaker) : 0;
  }
  double speaker_r() const {
    return gold_with_speaker ? double(speaker_right) / double(gold_with_speaker) : 0;
  }
};

struct GoldItem {
  std::string text, kind, speaker;
};

std::string_view string_or_empty(simdjson::dom::element e) {
  std::string_view s;
  return e.get(s) ? std::string_view() : s;
}

// Scores one article's predictions into every tally of `tallies`; errors go to `log`.
void score_article(const std::string& id, const std::string& body,
                   const std::vector<GoldItem>& gold, std::vector<Tally*> tallies,
                   std::ostream& log) {
  std::vector<Quote> got = extract_quotes(body, testing::project_aliases());
  std::vector<const Quote*> predicted;
  for (const Quote& q : got) {
    if (q.kind == QuoteKind::kQuote) predicted.push_back(&q);
  }
  auto text = [&](const Quote* q) {
    return std::string_view(body).substr(q->start, q->end - q->start);
  };
  std::vector<bool> used(predicted.size(), false);
  auto add = [&](std::size_t Tally::*field) {
    for (Tally* t : tallies) ++(t->*field);
  };
  for (Tally* t : tallies) t->predicted += predicted.size();
  for (const GoldItem& g : gold) {
    if (g.kind != "quote") continue;
    add(&Tally::gold);
    if (!g.speaker.empty()) add(&Tally::gold_with_speaker);
    std::size_t hit = predicted.size();
    for (std::size_t i = 0; i < predicted.size() && hit == predicted.size(); ++i) {
      if (!used[i] && span_match(text(predicted[i]), g.text)) hit = i;
    }
    if (hit == predicted.size()) {
      log << id << ": missed «" << g.text.substr(0, 60) << "»\n";
      continue;
    }
    used[hit] = true;
    add(&Tally::matched);
    const Quote& q = *predicted[hit];
    if (!q.speaker.empty()) add(&Tally::predicted_with_speaker);
    if (!g.speaker.empty() && speaker_ok(q.speaker, g.speaker)) {
      add(&Tally::speaker_right);
    } else if (!g.speaker.empty()) {
      log << id << ": speaker '" << q.speaker << "' (" << attribution_rule_name(q.rule)
          << "), want '" << g.speaker << "' for «" << g.text.substr(0, 50) << "»\n";
    }
  }
  for (std::size_t i = 0; i < predicted.size(); ++i) {
    if (used[i]) continue;
    bool non_quote = std::any_of(gold.begin(), gold.end(), [&](const GoldItem& g) {
      return g.kind != "quote" && span_match(text(predicted[i]), g.text);
    });
    if (non_quote) add(&Tally::non_quotes_as_quotes);
    log << id << ": " << (non_quote ? "non-quote as quote" : "extra") << " «"
        << text(predicted[i]).substr(0, 60) << "»\n";
  }
}

TEST(QuoteDevSet, ScoresTheAnnotatedRealArticlesPerSource) {
  std::filesystem::path dir = dev_set_dir();
  if (!std::filesystem::exists(dir / "gold.jsonl") ||
      !std::filesystem::exists(dir / "articles.jsonl")) {
    GTEST_SKIP() << "no development set at " << dir;
  }
  simdjson::dom::parser article_parser, gold_parser;
  simdjson::padded_string articles_json =
      simdjson::padded_string::load((dir / "articles.jsonl").string());
  simdjson::padded_string gold_json = simdjson::padded_string::load((dir / "gold.jsonl").string());
  std::map<std::string, std::string> bodies;
  for (simdjson::dom::element a : article_parser.parse_many(articles_json)) {
    bodies[std::string(string_or_empty(a["id"]))] = std::string(string_or_empty(a["body"]));
  }
  std::map<std::string, Tally> tallies;
  std::ostringstream log;
  std::size_t articles = 0;
  for (simdjson::dom::element g : gold_parser.parse_many(gold_json)) {
    std::string id(string_or_empty(g["id"]));
    auto body = bodies.find(id);
    ASSERT_NE(body, bodies.end()) << id << ": in gold.jsonl but not in articles.jsonl";
    std::vector<GoldItem> items;
    for (simdjson::dom::element q : g["quotes"]) {
      items.push_back({std::string(string_or_empty(q["text"])),
                       std::string(string_or_empty(q["kind"])),
                       std::string(string_or_empty(q["speaker"]))});
    }
    std::string source(string_or_empty(g["source"]));
    score_article(id, body->second, items, {&tallies["all"], &tallies[source]}, log);
    ++articles;
  }
  ASSERT_GT(articles, 0u);
  for (const auto& [source, t] : tallies) {
    std::cout << source << ": spans F1 " << t.span_f1() << "; speaker P " << t.speaker_p() << " R "
              << t.speaker_r() << "; non-quotes taken as quotes " << t.non_quotes_as_quotes << "; "
              << t.gold << " gold quotes\n";
  }
  if (std::getenv("ROSTRA_QUOTE_REPORT") != nullptr) std::cout << log.str();
  const Tally& all = tallies["all"];
  EXPECT_GE(all.span_f1(), kMinSpanF1);
  EXPECT_GE(all.speaker_p(), kMinSpeakerP);
  EXPECT_GE(all.speaker_r(), kMinSpeakerR);
}

}  // namespace
}  // namespace rostra
