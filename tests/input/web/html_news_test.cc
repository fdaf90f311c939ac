// Scores the HTML extractor on ../shared/html-news (140 real pages, each with the expected
// title, date, author, and snippets the main text must and must not hold) and on
// ../shared/corpus/kremlin-en against its clean conversion kremlin-en-full. Skipped when
// ../shared is absent. Prints the figures per field and the misses.

#include <gtest/gtest.h>
#include <simdjson.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "common/base/case_fold.h"
#include "common/base/text_util.h"
#include "common/input/byte_source.h"
#include "common/input/metadata/date_parser.h"
#include "common/input/web/html_article.h"
#include "common/input/web/html_tree.h"
#include "common/input/web/main_text.h"
#include "common/input/web/page_metadata.h"

namespace rostra {
namespace {

namespace fs = std::filesystem;

const fs::path kShared = fs::path(ROSTRA_SOURCE_DIR) / ".." / "shared";

std::string read_file(const fs::path& path) {
  std::string out;
  read_whole_file(path, out, 64u << 20);
  return out;
}

std::string date_of(const Article& article) {
  return article.raw_date.empty() ? std::string() : parse_date(article.raw_date).value_or("");
}

struct Score {
  int pages = 0, titles = 0, titles_folded = 0, dates = 0, authors = 0, authors_any_case = 0,
      with_author = 0;
  int without_author = 0, without_author_none = 0;  // pages the annotators gave no author
  int snippets = 0;
  int contain_ok = 0, contain_total = 0, avoid_ok = 0, avoid_total = 0;
  std::vector<std::string> misses;
  std::map<std::string, int> reasons;  // why snippets were missed, by class
};

// Why the scorer kept or dropped the block that shows `snippet` (its first 40 bytes, as a
// snippet may run over two blocks): the block's verdict, or why no block shows it.
std::string reason_for(const MainTextTrace& trace, const std::string& snippet) {
  std::string head = snippet.substr(0, std::min<std::size_t>(snippet.size(), 40));
  for (const MainTextTrace::Entry& block : trace.blocks) {
    if (collapse_whitespace(block.text).find(head) != std::string::npos) {
      return block.verdict + " (at " + block.where + ")";
    }
  }
  return "in no text block (script, hidden markup, or split)";
}

// The class of a reason: its words before any figure or element.
std::string reason_class(const std::string& reason) {
  std::size_t cut = std::min(reason.find_first_of("0123456789,("), reason.find(" in "));
  if (reason.rfind("in no text block", 0) == 0) return "in no text block";
  return std::string(trim(std::string_view(reason).substr(0, cut)));
}

// `title` case-folded, with every double quotation mark („ “ ” « » ") made '"'.
std::string fold_title(const std::string& title) {
  std::string out = fold_case(title);
  for (std::string_view mark : {"\u201e", "\u201c", "\u201d", "\u00ab", "\u00bb"}) {
    for (std::size_t at = out.find(mark); at != std::string::npos; at = out.find(mark, at)) {
      out.replace(at, mark.size(), "\"");
    }
  }
  return out;
}

void score_page(simdjson::dom::element expected, const fs::path& dir, Score& score) {
  std::string file = std::string(std::string_view(expected["file"]));
  HtmlContext context{std::string(std::string_view(expected["url"])), ""};
  const std::string html = read_file(dir / file);
  HtmlExtraction page = extract_html_article(html, context);
  const Article& a = page.article;
  // The scorer's verdicts on the page's blocks, to say why a snippet was missed.
  MainTextTrace trace;
  if (page.charset == "utf-8") {
    HtmlTree tree(html);
    PageMetadata meta = read_page_metadata(tree);
    extract_main_text(tree, a.title, meta.description, &trace);
  }
  auto note = [&](const std::string& what, const std::string& snippet) {
    std::string reason = reason_for(trace, snippet);
    ++score.reasons[what + ": " + reason_class(reason)];
    score.misses.push_back(file + " " + what + " [" + reason + "] in " + trace.container + ": " +
                           snippet);
  };
  ++score.pages;
  std::string want_title = collapse_whitespace(std::string_view(expected["title"]));
  // Some pages show headlines in capitals by CSS, and some annotators typed straight quotes
  // for the page's „…“ (or the other way round): the same title.
  if (fold_title(a.title) == fold_title(want_title)) ++score.titles_folded;
  if (collapse_whitespace(a.title) == want_title) {
    ++score.titles;
  } else {
    score.misses.push_back(file + " title: got '" + a.title + "' want '" + want_title + "'");
  }
  std::string want_date = std::string(std::string_view(expected["date"]));
  if (date_of(a) == want_date) {
    ++score.dates;
  } else {
    score.misses.push_back(file + " date: got '" + a.raw_date + "' (" + a.date_source + ") want " +
                           want_date);
  }
  std::string_view want_author;
  if (expected["author"].get(want_author) || want_author.empty()) {
    ++score.without_author;
    if (a.author.empty()) ++score.without_author_none;
  } else {
    ++score.with_author;
    std::string got = collapse_whitespace(a.author), want = collapse_whitespace(want_author);
    // Some pages show bylines in capitals by CSS, which annotators copied as shown.
    if (ascii_lower(got) == ascii_lower(want)) ++score.authors_any_case;
    if (got == want) {
      ++score.authors;
    } else {
      score.misses.push_back(file + " author: got '" + a.author + "' want '" +
                             collapse_whitespace(want_author) + "'");
    }
  }
  std::string text = collapse_whitespace(a.lead + "\n" + a.body);
  bool all = true;
  for (simdjson::dom::element s : expected["must_contain"].get_array()) {
    ++score.contain_total;
    std::string snippet = collapse_whitespace(std::string_view(s));
    if (text.find(snippet) != std::string::npos) {
      ++score.contain_ok;
    } else {
      all = false;
      note("missing", snippet);
    }
  }
  for (simdjson::dom::element s : expected["must_not_contain"].get_array()) {
    ++score.avoid_total;
    std::string snippet = collapse_whitespace(std::string_view(s));
    if (text.find(snippet) == std::string::npos) {
      ++score.avoid_ok;
    } else {
      all = false;
      note("boilerplate", snippet);
    }
  }
  score.snippets += all;
}

double percent(int part, int whole) {
  return whole == 0 ? 0 : 100.0 * part / whole;
}

TEST(HtmlNews, FindsTitleDateAndMainTextOfRealNewsPages) {
  fs::path dir = kShared / "html-news";
  if (!fs::exists(dir / "expectations.jsonl")) GTEST_SKIP() << "no " << dir;
  simdjson::dom::parser parser;
  simdjson::dom::document_stream lines;
  std::string expectations = read_file(dir / "expectations.jsonl");
  ASSERT_FALSE(parser.parse_many(expectations).get(lines));
  Score score;
  for (simdjson::dom::element expected : lines) score_page(expected, dir, score);
  for (const std::string& miss : score.misses) std::printf("  miss %s\n", miss.c_str());
  for (const auto& [reason, count] : score.reasons) {
    std::printf("  snippets %s: %d\n", reason.c_str(), count);
  }
  std::printf(
      "html-news: %d pages; title %d (%.1f%%; %d, %.1f%%, ignoring case and the style of "
      "quotation marks), date %d (%.1f%%), author %d of %d "
      "(%.1f%%; %d ignoring case), none on %d of %d without; all snippets right on %d pages "
      "(%.1f%%); must_contain %d/%d "
      "(%.1f%%), must_not_contain absent %d/%d (%.1f%%)\n",
      score.pages, score.titles, percent(score.titles, score.pages), score.titles_folded,
      percent(score.titles_folded, score.pages), score.dates, percent(score.dates, score.pages),
      score.authors, score.with_author, percent(score.authors, score.with_author),
      score.authors_any_case, score.without_author_none, score.without_author, score.snippets,
      percent(score.snippets, score.pages), score.contain_ok, score.contain_total,
      percent(score.contain_ok, score.contain_total), score.avoid_ok, score.avoid_total,
      percent(score.avoid_ok, score.avoid_total));
  // Issue 19's targets are title 95%, date 90%, snippets 90%; these floors are what the
  // extractor reached (130, 132 and 126 pages; dates with a margin of two), so that a change
  // that loses ground fails.
  EXPECT_EQ(score.pages, 140);
  // Authors: 49 of 112 right before bylines in markup were read; 76, and an author given on 21
  // of the 28 pages the annotators gave none (mostly the site's own name), while the site's
  // name stood in for a missing author; 74 and 10 since it does not.
  EXPECT_GE(score.authors, 74);
  EXPECT_GE(score.without_author_none, 18);
  EXPECT_GE(score.titles, 130);
  EXPECT_GE(score.titles_folded, 133);
  EXPECT_GE(score.dates, 130);
  EXPECT_GE(score.snippets, 126);
}

// The 4-word shingles of a text (lower-cased words of letters and digits).
std::set<std::string> shingles(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  // U+00A0 and other spaces are word breaks too: collapse them first.
  for (char c : collapse_whitespace(text) + " ") {
    auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) {
      word.push_back(static_cast<char>(std::tolower(u)));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  std::set<std::string> out;
  for (std::size_t i = 0; i + 4 <= words.size(); ++i) {
    out.insert(words[i] + " " + words[i + 1] + " " + words[i + 2] + " " + words[i + 3]);
  }
  return out;
}

TEST(HtmlNews, KremlinPagesMatchTheirSiteSpecificConversion) {
  fs::path pages = kShared / "corpus" / "kremlin-en" / "news";
  fs::path full = kShared / "corpus" / "kremlin-en-full" / "kremlin-en.jsonl.zst";
  if (!fs::exists(pages) || !fs::exists(full)) GTEST_SKIP() << "no kremlin-en";
  std::string jsonl = read_file(full);
  simdjson::dom::parser parser;
  simdjson::dom::document_stream lines;
  ASSERT_FALSE(parser.parse_many(jsonl).get(lines));
  struct Clean {
    std::string title, date, body;
  };
  std::map<std::string, Clean> by_id;
  for (simdjson::dom::element line : lines) {
    auto text = [&](const char* key) {
      std::string_view value;
      return line[key].get(value) ? std::string() : std::string(value);
    };
    by_id[text("id")] = {text("title"), text("date"), text("body")};
  }
  int compared = 0, titles = 0, dates = 0, dated = 0;
  double recall = 0, precision = 0;
  for (const auto& entry : fs::directory_iterator(pages)) {
    auto clean = by_id.find(entry.path().stem().string());
    if (clean == by_id.end()) continue;
    HtmlExtraction page = extract_html_article(read_file(entry.path()), {});
    ++compared;
    titles += collapse_whitespace(page.article.title) == collapse_whitespace(clean->second.title);
    // Pages the conversion found no date for are not compared on dates.
    dated += !clean->second.date.empty();
    dates += !clean->second.date.empty() && date_of(page.article) == clean->second.date;
    if ((!clean->second.date.empty() && date_of(page.article) != clean->second.date) ||
        collapse_whitespace(page.article.title) != collapse_whitespace(clean->second.title)) {
      std::printf("  kremlin miss %s: '%s' %s vs '%s' %s\n", entry.path().filename().c_str(),
                  page.article.title.c_str(), date_of(page.article).c_str(),
                  clean->second.title.c_str(), clean->second.date.c_str());
    }
    std::set<std::string> got = shingles(page.article.lead + " " + page.article.body);
    std::set<std::string> want = shingles(clean->second.body);
    std::size_t common = 0;
    for (const std::string& s : got) common += want.count(s);
    recall += want.empty() ? 1.0 : double(common) / double(want.size());
    precision += got.empty() ? (want.empty() ? 1.0 : 0.0) : double(common) / double(got.size());
  }
  ASSERT_GT(compared, 0);
  std::printf(
      "kremlin-en: %d pages with a clean conversion; title equal %d (%.1f%%), date equal "
      "%d of %d dated (%.1f%%); 4-word shingles: recall %.3f, precision %.3f (means "
      "per page)\n",
      compared, titles, percent(titles, compared), dates, dated, percent(dates, dated),
      recall / compared, precision / compared);
  EXPECT_GE(percent(titles, compared), 98.0);
  EXPECT_GE(percent(dates, dated), 98.0);
  // What the extractor reached (recall 0.969, precision 0.911).
  EXPECT_GE(recall / compared, 0.965);
  EXPECT_GE(precision / compared, 0.905);
}

}  // namespace
}  // namespace rostra
