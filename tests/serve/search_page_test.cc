// The search page in a real browser: Debian's headless Chromium, driven over the DevTools
// protocol, against a real server on 127.0.0.1. Skips when Chromium is not installed.
// Screenshots go to screenshots/ under the working directory (docs/ holds copies).
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "tests/serve/headless_chromium.h"
#include "tests/serve/serve_fixture.h"

namespace rostra {
namespace {

class SearchPage : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (testing::chromium_path().empty()) return;
    served_ = new testing::ServedIndex();
  }
  static void TearDownTestSuite() {
    delete served_;
    served_ = nullptr;
  }
  void SetUp() override {
    if (testing::chromium_path().empty()) GTEST_SKIP() << "chromium is not installed";
    browser_ = std::make_unique<testing::HeadlessChromium>(testing::chromium_path(), 1280, 900);
  }

  // Loads `path` and waits for results (or the article) to be drawn.
  void open(const std::string& path,
            const std::string& ready = "document.querySelector('#results li')") {
    browser_->navigate(served_->url(path));
    ASSERT_TRUE(browser_->wait_for(ready))
        << path << ": " << browser_->evaluate("document.body.innerText");
  }
  std::string eval(const std::string& expression) { return browser_->evaluate(expression); }
  static std::filesystem::path shots() { return std::filesystem::current_path() / "screenshots"; }

  static testing::ServedIndex* served_;
  std::unique_ptr<testing::HeadlessChromium> browser_;
};

testing::ServedIndex* SearchPage::served_ = nullptr;

TEST_F(SearchPage, RunsATypedQueryAndShowsResultsFacetsAndTheTimeline) {
  open("/", "document.body.dataset.ready");
  eval(
      "(() => { document.getElementById('q').value = 'tariffs'; "
      "document.getElementById('search-form').requestSubmit(); return true; })()");
  ASSERT_TRUE(browser_->wait_for("document.querySelectorAll('#results li').length === 3"));
  EXPECT_EQ(eval("location.search"), "\"?q=tariffs\"");
  EXPECT_EQ(eval("document.querySelector('#status').textContent.startsWith('3 articles')"), "true");
  EXPECT_EQ(eval("document.querySelectorAll('#results mark').length > 0"), "true");
  ASSERT_TRUE(browser_->wait_for("document.querySelectorAll('#chart rect.bar').length > 0"));
  EXPECT_EQ(eval("document.querySelectorAll('#facets button[data-facet=outlet]').length"), "3");
  browser_->screenshot(shots() / "search-page.png");
}

TEST_F(SearchPage, ClickingAFacetFiltersAndTheBackButtonUndoesIt) {
  open("/?q=date:2025");
  const std::string count =
      "parseInt(document.querySelector('#status').textContent.replace(/,/g, ''))";
  const std::string before = eval(count);
  const std::string outlet =
      eval("document.querySelector('#facets button[data-facet=outlet]').dataset.value");
  eval("document.querySelector('#facets button[data-facet=outlet]').click()");
  ASSERT_TRUE(browser_->wait_for("location.search.includes('outlet=')"));
  ASSERT_TRUE(browser_->wait_for(count + " !== " + before + " && " + count + " > 0"));
  EXPECT_LT(std::stoi(eval(count)), std::stoi(before));
  EXPECT_EQ(eval("document.querySelector('#filters .chip').textContent.includes(" + outlet + ")"),
            "true");
  // Every hit is from that outlet.
  EXPECT_EQ(
      eval("[...document.querySelectorAll('#results .meta')].every(m => m.textContent.includes(" +
           outlet + "))"),
      "true");
  eval("history.back()");
  ASSERT_TRUE(
      browser_->wait_for("!location.search.includes('outlet=') && " + count + " === " + before));
}

TEST_F(SearchPage, DraggingAcrossTheTimelineNarrowsTheDates) {
  open("/?q=date:2024..2025");
  ASSERT_TRUE(browser_->wait_for("document.querySelectorAll('#chart rect.bar').length > 3"));
  // A drag from the first to the second bucket, as pointer events.
  eval(
      "(() => { const svg = document.querySelector('#chart svg'); const box = "
      "svg.getBoundingClientRect();"
      " const n = document.querySelectorAll('#chart rect.bar').length; const step = box.width / n;"
      " const at = (i) => ({clientX: box.left + step * (i + 0.5), clientY: box.top + 40, "
      "pointerId: 1, bubbles: true});"
      " svg.setPointerCapture = () => {};"
      " svg.dispatchEvent(new PointerEvent('pointerdown', at(0)));"
      " svg.dispatchEvent(new PointerEvent('pointermove', at(1)));"
      " svg.dispatchEvent(new PointerEvent('pointerup', at(1))); return true; })()");
  ASSERT_TRUE(
      browser_->wait_for("location.search.includes('from=') && location.search.includes('to=')"));
  ASSERT_TRUE(browser_->wait_for("document.querySelectorAll('#filters .chip').length === 2"));
}

TEST_F(SearchPage, HostileTitlesAndQuotesShowAsText) {
  open("/?q=harbour%20levy");
  // The payloads would set data-pwned on <body> if they ran.
  EXPECT_EQ(eval("document.body.dataset.pwned === undefined"), "true");
  EXPECT_EQ(eval("document.querySelectorAll('#results img, #results script').length"), "0");
  EXPECT_EQ(eval("[...document.querySelectorAll('#results h3')].some(h => "
                 "h.textContent.includes('<script>'))"),
            "true");
  EXPECT_EQ(eval("[...document.querySelectorAll('#results h3')].some(h => "
                 "h.textContent.includes('<img src=x onerror='))"),
            "true");
  eval(
      "[...document.querySelectorAll('#results h3 a')].find(a => "
      "a.textContent.includes('<script>')).click()");
  ASSERT_TRUE(browser_->wait_for("document.querySelector('#article h1')"));
  EXPECT_EQ(eval("document.querySelectorAll('#article img, #article script').length"), "0");
  EXPECT_EQ(eval("document.querySelector('#article .quoted').textContent.includes('<img src=x')"),
            "true");
  EXPECT_EQ(eval("document.title.includes('<script>')"), "true");  // as text
  EXPECT_EQ(eval("document.body.dataset.pwned === undefined"), "true");
}

TEST_F(SearchPage, AHeadlineOnlyItemSaysItHasNoText) {
  // tests/fixtures/brief: a page that declares itself an article and shows only its
  // headline is indexed as that; its result says so instead of leaving a blank line.
  open("/?q=saltmarsh%20lighthouse");
  EXPECT_EQ(eval("document.querySelectorAll('#results li').length"), "1");
  EXPECT_EQ(eval("document.querySelector('#results h3').textContent"),
            "\"Minister opens the Saltmarsh lighthouse museum\"");
  EXPECT_EQ(eval("document.querySelector('#results .snippet').textContent"), "\"(no text)\"");
  EXPECT_EQ(eval("document.querySelector('#results .snippet').classList.contains('empty')"),
            "true");
  // Its article view says so too, rather than show a headline over nothing.
  eval("document.querySelector('#results h3 a').click()");
  ASSERT_TRUE(browser_->wait_for("document.querySelector('#article .body')"));
  EXPECT_EQ(eval("document.querySelector('#article .body').textContent"),
            "\"(no text: the page gave only its headline)\"");
}

TEST_F(SearchPage, ArticleViewMarksQuotesWithSpeakersAndSurvivesAReload) {
  open("/?q=tariffs");
  eval("document.querySelector('#results h3 a').click()");
  ASSERT_TRUE(browser_->wait_for("document.querySelector('#article h1')"));
  ASSERT_TRUE(browser_->wait_for("document.querySelectorAll('#article .quoted').length > 0"));
  EXPECT_EQ(eval("document.querySelectorAll('#article .who').length > 0"), "true");
  EXPECT_EQ(eval("getComputedStyle(document.getElementById('search-view')).display"), "\"none\"");
  const std::string url = eval("location.href");
  const std::string title = eval("document.querySelector('#article h1').textContent");
  browser_->screenshot(shots() / "article-view.png");
  // A shared link: the same URL loaded afresh shows the same article.
  browser_->navigate("about:blank");
  ASSERT_TRUE(browser_->wait_for("location.href === 'about:blank'"));
  browser_->navigate(url.substr(1, url.size() - 2));
  ASSERT_TRUE(browser_->wait_for("document.querySelector('#article h1')"));
  EXPECT_EQ(eval("document.querySelector('#article h1').textContent"), title);
  // Escape goes back to the results of the same query.
  eval("document.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape'}))");
  ASSERT_TRUE(browser_->wait_for("document.querySelectorAll('#results li').length === 3"));
  EXPECT_EQ(eval("document.getElementById('q').value"), "\"tariffs\"");
}

TEST_F(SearchPage, QuoteCardsLinkToTheirClusterShownAsText) {
  open("/?q=%22not%20a%20policy%22&mode=quotes");
  ASSERT_TRUE(
      browser_->wait_for("[...document.querySelectorAll('#results a')].some(a => "
                         "a.textContent === 'how it spread')"));
  eval(
      "[...document.querySelectorAll('#results a')].find(a => "
      "a.textContent === 'how it spread').click()");
  ASSERT_TRUE(browser_->wait_for("document.querySelectorAll('#cluster tbody tr').length > 0"))
      << eval("document.body.innerText");
  EXPECT_EQ(eval("location.search.includes('cluster=')"), "true");
  EXPECT_EQ(eval("getComputedStyle(document.getElementById('search-view')).display"), "\"none\"");
  // The hostile article's quote comes as text: nothing in it ran.
  EXPECT_EQ(eval("document.querySelectorAll('#cluster img, #cluster script').length"), "0");
  EXPECT_EQ(eval("document.body.dataset.pwned === undefined"), "true");
  EXPECT_EQ(eval("document.querySelectorAll('#cluster-timeline rect.bar').length > 0"), "true");
  EXPECT_EQ(eval("document.querySelector('#cluster .carriage').textContent.includes('1 articles')"),
            "true");
  browser_->screenshot(shots() / "cluster-view.png");
  // Escape goes back to the quotes.
  eval("document.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape'}))");
  ASSERT_TRUE(browser_->wait_for("document.querySelectorAll('#results li').length > 0"));
  EXPECT_EQ(eval("location.search.includes('cluster=')"), "false");
}

TEST_F(SearchPage, SharedUrlRestoresQueryModeAndFilters) {
  open("/?q=date:2025&mode=quotes&speaker=Marta%20Quill",
       "document.querySelector('#results .quote-card')");
  EXPECT_EQ(eval("document.getElementById('mode').value"), "\"quotes\"");
  EXPECT_EQ(eval("document.getElementById('q').value"), "\"date:2025\"");
  EXPECT_EQ(eval("[...document.querySelectorAll('#results .speaker')].every(s => s.textContent === "
                 "'Marta Quill')"),
            "true");
  EXPECT_EQ(eval("document.querySelector('#facets button[aria-pressed=true]').dataset.value"),
            "\"Marta Quill\"");
  open("/?q=we&mode=quotes", "document.querySelectorAll('#results .quote-card').length > 2");
  browser_->screenshot(shots() / "quote-mode.png");
}

TEST_F(SearchPage, FitsAPhoneScreen) {
  browser_->set_viewport(390, 844);
  open("/?q=tariffs");
  EXPECT_EQ(eval("document.documentElement.scrollWidth <= 390"), "true");
  // Facets go below the results.
  EXPECT_EQ(eval("document.getElementById('facets').getBoundingClientRect().top > "
                 "document.getElementById('results').getBoundingClientRect().top"),
            "true");
  browser_->screenshot(shots() / "phone.png");
}

}  // namespace
}  // namespace rostra
