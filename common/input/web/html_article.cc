#include "common/input/web/html_article.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <memory>
#include <optional>

#include "common/base/text_util.h"
#include "common/base/utf8.h"
#include "common/input/metadata/date_parser.h"
#include "common/input/web/charset.h"
#include "common/input/web/headline_date.h"
#include "common/input/web/html_tree.h"
#include "common/input/web/main_text.h"
#include "common/input/web/nfc.h"
#include "common/input/web/page_metadata.h"

namespace rostra {
namespace {

bool is_absolute_url(std::string_view url) {
  return starts_with_ignore_case(url, "http://") || starts_with_ignore_case(url, "https://");
}

// Decodes `bytes` to UTF-8 in `out`, given the charset already declared (BOM or HTTP) or
// found in the page's <meta>; returns the charset used.
std::string decode(std::string_view bytes, std::string declared, std::string& out,
                   std::vector<std::string>& warnings) {
  if (!declared.empty() && !is_utf8_charset(declared)) {
    if (convert_to_utf8(bytes, declared, out)) return declared;
    warnings.push_back("unknown charset '" + declared + "'");
  }
  if (is_valid_utf8(bytes)) {
    out.assign(bytes);
    return "utf-8";
  }
  std::string detected = detect_charset(bytes);
  if (!detected.empty() && !is_utf8_charset(detected) && convert_to_utf8(bytes, detected, out)) {
    warnings.push_back((declared.empty() ? "undeclared charset"
                                         : "charset declared " + declared + " but not valid") +
                       ", read as " + detected + " (ICU detector)");
    return detected;
  }
  out.assign(bytes);
  std::size_t bad = repair_utf8(out);
  warnings.push_back("invalid UTF-8 (" + std::to_string(bad) + " bytes decoded as Windows-1252)");
  return "utf-8";
}

// The paragraphs of a JSON-LD articleBody joined by "\n\n": its lines; or, when it is HTML
// (where sites leave their "read also" links), its main text as the page's is found.
std::string paragraphs_of(const std::string& article_body, std::string_view title) {
  if (article_body.find('<') != std::string::npos && article_body.find('>') != std::string::npos) {
    HtmlTree fragment(article_body);
    return extract_main_text(fragment, title, {}).body;
  }
  std::string out;
  std::string_view rest = article_body;
  while (!rest.empty()) {
    std::size_t end = std::min(rest.find('\n'), rest.size());
    std::string paragraph = collapse_whitespace(rest.substr(0, end));
    rest.remove_prefix(std::min(end + 1, rest.size()));
    if (paragraph.empty()) continue;
    if (!out.empty()) out += "\n\n";
    out += paragraph;
  }
  return out;
}

// True when a timestamp gives no offset of its own, or gives UTC's ("Z", "+00:00", "GMT"):
// its calendar date may then not be the one the outlet's readers saw.
bool is_utc_or_unzoned(std::string_view value) {
  std::size_t time = value.find(':');
  if (time == std::string_view::npos) return true;
  std::size_t sign = value.find_first_of("+-", time);
  if (sign == std::string_view::npos) return true;
  for (char c : value.substr(sign + 1)) {
    if (std::isdigit(static_cast<unsigned char>(c)) && c != '0') return false;
    if (!std::isdigit(static_cast<unsigned char>(c)) && c != ':') break;
  }
  return true;
}

// True when `iso` is the day of one of the page's modification dates.
bool is_modification_date(const std::vector<PageMetadata::Date>& dates, std::string_view iso) {
  return std::any_of(dates.begin(), dates.end(), [&](const PageMetadata::Date& d) {
    return d.source != "text" && d.source != "title" && !d.published && parse_date(d.value) == iso;
  });
}

// The publication date: the first of the page's dates, the URL's among them, that
// parse_date reads; but the date shown by the headline when the page's metadata has no
// publication date, or has a UTC or zone-less timestamp one day off it (an article
// published at 22:00 in Buenos Aires is dated the next day in UTC: its readers, and the
// outlet's archive, date it by the local calendar, which the byline shows); and the date the
// byline shows when it is the day of the page's modification date, not its publication's:
// the outlet dates the article by its update, and so do its readers and its archive.
void choose_date(const PageMetadata& page, const HtmlTree& tree, Article& article) {
  std::vector<PageMetadata::Date> dates = page.dates;
  // The URL's date comes after the page's publication dates and before every other date
  // (dates in its text or title, modification dates).
  auto other = std::find_if(dates.begin(), dates.end(),
                            [](const PageMetadata::Date& d) { return !d.published; });
  if (auto from_url = date_from_url(article.url)) dates.insert(other, {*from_url, "url"});
  const PageMetadata::Date* chosen = nullptr;
  std::optional<std::string> iso;
  for (const PageMetadata::Date& date : dates) {
    if ((iso = parse_date(date.value))) {
      chosen = &date;
      break;
    }
  }
  std::optional<std::string> shown = headline_date(tree, article.title, iso.value_or(""));
  bool prefer_shown = shown && (chosen == nullptr || !chosen->published ||
                                (is_utc_or_unzoned(chosen->value) &&
                                 std::abs(days_from_iso(*shown) - days_from_iso(*iso)) == 1) ||
                                (*shown != *iso && is_modification_date(dates, *shown)));
  if (prefer_shown) {
    article.raw_date = *shown;
    article.date_source = "byline";
  } else if (chosen != nullptr) {
    article.raw_date = chosen->value;
    article.date_source = chosen->source;
  }
}

void fill_article(const PageMetadata& page, const HtmlTree& tree, const HtmlContext& context,
                  Article& article) {
  article.url = is_absolute_url(page.canonical_url) ? page.canonical_url : context.url;
  article.title = page.title;
  article.author = page.author;
  article.raw_outlet = page.publisher;
  article.language = page.language;
  choose_date(page, tree, article);
  MainText main = extract_main_text(tree, article.title, page.description);
  article.body = std::move(main.body);
  article.lead = std::move(main.lead);
  // A page that draws its text with a script, or whose markup hides it from the scorer,
  // may still give it whole in JSON-LD: that text wins when it is much the longer.
  if (page.article_body.size() > 2 * (article.body.size() + article.lead.size()) + 200) {
    article.body = paragraphs_of(page.article_body, article.title);
  }
  for (std::string* text : {&article.title, &article.author, &article.body, &article.lead}) {
    to_nfc(*text);
  }
}

// Where the page's markup nests deeper than kMaxUnclosedTags, estimated without parsing by
// counting start tags against end tags; npos when it never does. The HTML5 tree builder
// scans the stack of open elements for most tags, so its time grows with the square of the
// depth: 100,000 nested <div> take gumbo minutes. Real pages stay far below the limit
// (<p> and <li> closed implicitly count as unclosed; void elements do not).
constexpr std::size_t kMaxUnclosedTags = 4000;

bool is_void_tag_at(std::string_view bytes, std::size_t at) {
  for (std::string_view tag : {"br", "img", "meta", "link", "input", "hr", "wbr", "source", "area",
                               "base", "col", "embed", "param", "track"}) {
    std::string_view here = bytes.substr(at + 1, tag.size() + 1);
    if (here.size() == tag.size() + 1 && starts_with_ignore_case(here, tag) &&
        !std::isalnum(static_cast<unsigned char>(here.back()))) {
      return true;
    }
  }
  return false;
}

std::size_t too_deep_at(std::string_view bytes) {
  std::size_t unclosed = 0;
  for (std::size_t at = bytes.find('<'); at != std::string_view::npos && at + 1 < bytes.size();
       at = bytes.find('<', at + 1)) {
    char next = bytes[at + 1];
    if (next == '/') {
      if (unclosed > 0) --unclosed;
    } else if ((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z')) {
      if (!is_void_tag_at(bytes, at) && ++unclosed > kMaxUnclosedTags) return at;
    }
  }
  return std::string_view::npos;
}

// A page that says it is an article but shows no text beyond its headline (a brief "The
// President met X" item of an official site) is kept as its headline, and said so.
void keep_headline_only(const PageMetadata& page, HtmlExtraction& result) {
  if (!result.article.body.empty() || result.article.title.empty() || !page.declares_article) {
    return;
  }
  result.headline_only = true;
  result.warnings.push_back("no main text found: an article of its headline only, kept as such");
}

}  // namespace

HtmlExtraction extract_html_article(std::string_view bytes, const HtmlContext& context) {
  HtmlExtraction result;
  if (bytes.size() > kMaxHtmlBytes) {
    result.warnings.push_back("page of " + std::to_string(bytes.size()) + " bytes cut to " +
                              std::to_string(kMaxHtmlBytes >> 20) + " MiB");
    bytes = bytes.substr(0, kMaxHtmlBytes);
  }
  if (std::size_t cut = too_deep_at(bytes); cut != std::string_view::npos) {
    result.warnings.push_back("markup nested more than " + std::to_string(kMaxUnclosedTags) +
                              " deep: page cut at byte " + std::to_string(cut));
    bytes = bytes.substr(0, cut);
  }
  std::size_t bom = 0;
  std::string declared = charset_from_bom(bytes, bom);
  bytes.remove_prefix(bom);
  if (declared.empty()) declared = charset_from_content_type(context.content_type);
  std::unique_ptr<HtmlTree> tree;
  if (declared.empty()) {
    // The <meta charset> is ASCII, so a parse of the raw bytes finds it whatever they are;
    // the page is parsed again only when they turn out not to be UTF-8.
    tree = std::make_unique<HtmlTree>(bytes);
    PageMetadata page = read_page_metadata(*tree, context.url);
    declared = page.charset;
    if ((declared.empty() || is_utf8_charset(declared)) && is_valid_utf8(bytes)) {
      result.charset = "utf-8";
      fill_article(page, *tree, context, result.article);
      keep_headline_only(page, result);
      return result;
    }
  }
  std::string utf8;
  result.charset = decode(bytes, declared, utf8, result.warnings);
  tree = std::make_unique<HtmlTree>(utf8);
  PageMetadata page = read_page_metadata(*tree, context.url);
  fill_article(page, *tree, context, result.article);
  keep_headline_only(page, result);
  return result;
}

bool looks_like_html(std::string_view head) {
  std::size_t bom = 0;
  charset_from_bom(head, bom);
  head.remove_prefix(bom);
  while (true) {
    head = trim(head);
    if (starts_with_ignore_case(head, "<!--")) {
      std::size_t end = head.find("-->");
      if (end == std::string_view::npos) return false;
      head.remove_prefix(end + 3);
      continue;
    }
    if (starts_with_ignore_case(head, "<?xml")) {
      std::size_t end = head.find("?>");
      if (end == std::string_view::npos) return false;
      head.remove_prefix(end + 2);
      continue;
    }
    break;
  }
  for (std::string_view start : {"<!doctype html", "<html", "<head", "<meta", "<body"}) {
    if (starts_with_ignore_case(head, start)) return true;
  }
  return false;
}

}  // namespace rostra
