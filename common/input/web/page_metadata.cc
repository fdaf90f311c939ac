#include "common/input/web/page_metadata.h"

#include <gumbo.h>

#include <algorithm>
#include <optional>
#include <string_view>
#include <utility>

#include "common/base/text_util.h"
#include "common/base/utf8.h"
#include "common/input/metadata/date_parser.h"
#include "common/input/web/byline.h"
#include "common/input/web/charset.h"
#include "common/input/web/json_ld.h"
#include "common/input/web/markup_hints.h"
#include "common/input/web/title_words.h"

namespace rostra {
namespace {

// Date metas, most trusted first.
constexpr std::string_view kDateMetas[] = {"article:published_time",
                                           "og:published_time",
                                           "article:published",
                                           "datepublished",
                                           "pubdate",
                                           "publishdate",
                                           "publish-date",
                                           "publish_date",
                                           "dc.date.issued",
                                           "dcterms.issued",
                                           "dc.date",
                                           "dcterms.date",
                                           "dcterms.created",
                                           "sailthru.date",
                                           "parsely-pub-date",
                                           "article.published",
                                           "date",
                                           "citation_publication_date",
                                           "cxenseparse:recs:publishtime",
                                           "og:pubdate"};

// Modification dates: a last resort, after every publication date.
constexpr std::string_view kModifiedMetas[] = {"article:modified_time", "og:updated_time",
                                               "last-modified", "datemodified"};

constexpr std::string_view kAuthorMetas[] = {
    "author",          "article:author", "dc.creator",      "byl",
    "sailthru.author", "parsely-author", "dcterms.creator", "twitter:creator"};

// The meta tags of a page by lower-cased name or property, first value kept.
struct Metas {
  std::vector<std::pair<std::string, std::string>> entries;

  std::string get(std::string_view key) const {
    for (const auto& [name, value] : entries) {
      if (name == key && !value.empty()) return value;
    }
    return {};
  }

  // Every value of `key`, joined by ", " (a page with one author meta per author).
  std::string joined(std::string_view key) const {
    std::string out;
    for (const auto& [name, value] : entries) {
      if (name != key || value.empty() || out.find(value) != std::string::npos) continue;
      if (!out.empty()) out += ", ";
      out += value;
    }
    return out;
  }
};

// True when the page's <html lang> names a language and place that write a numeric date
// day first: any but English without a region or of the United States (and its
// territories), and Chinese, Japanese and Korean, which write the year first.
bool writes_day_first(std::string_view lang) {
  std::string tag = ascii_lower(trim(lang));
  for (char& c : tag) c = c == '_' ? '-' : c;
  if (tag.empty()) return false;
  for (std::string_view not_day_first : {"en", "en-us", "en-pr", "en-um", "zh", "ja", "ko"}) {
    if (tag == not_day_first) return false;
    if (not_day_first.size() == 2 && tag.rfind(std::string(not_day_first) + "-", 0) == 0 &&
        not_day_first != "en") {
      return false;
    }
  }
  return true;
}

std::string primary_language(std::string_view lang) {
  std::string lower = ascii_lower(trim(lang));
  std::size_t dash = lower.find_first_of("-_");
  if (dash != std::string::npos) lower.resize(dash);
  return lower.size() >= 2 && lower.size() <= 3 ? lower : std::string();
}

void read_meta(const HtmlNode* element, Metas& metas, PageMetadata& page) {
  std::string_view charset = attribute(element, "charset");
  if (!charset.empty() && page.charset.empty()) page.charset = ascii_lower(trim(charset));
  std::string_view content = attribute(element, "content");
  if (ascii_lower(attribute(element, "http-equiv")) == "content-type" && page.charset.empty()) {
    page.charset = charset_from_content_type(content);
  }
  std::string value(trim(content));
  for (const char* key : {"property", "name", "itemprop"}) {
    std::string_view name = attribute(element, key);
    if (!name.empty()) metas.entries.emplace_back(ascii_lower(trim(name)), value);
  }
}

// Decodes the character references left in values that were escaped twice
// (content="&amp;quot;"): &quot; &amp; &lt; &gt; &apos; &nbsp; and numeric ones.
std::string decode_entities(std::string_view s) {
  if (s.find('&') == std::string_view::npos) return std::string(s);
  static constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
      {"&quot;", "\""}, {"&amp;", "&"},  {"&lt;", "<"},
      {"&gt;", ">"},    {"&apos;", "'"}, {"&nbsp;", " "}};
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    bool done = false;
    for (auto [name, value] : kNamed) {
      if (s.substr(i, name.size()) == name) {
        out += value;
        i += name.size();
        done = true;
        break;
      }
    }
    if (!done && s.substr(i, 2) == "&#") {
      std::size_t end = s.find(';', i);
      bool hex = i + 2 < s.size() && (s[i + 2] == 'x' || s[i + 2] == 'X');
      std::string digits(
          s.substr(i + 2 + hex, end == std::string_view::npos ? 0 : end - i - 2 - hex));
      char32_t cp = 0;
      bool ok = !digits.empty() && digits.size() <= 6;
      for (char c : digits) {
        int v = c >= '0' && c <= '9'          ? c - '0'
                : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                              : -1;
        ok = ok && v >= 0;
        cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(std::max(v, 0));
      }
      if (ok && cp > 0 && cp < 0x110000) {
        append_utf8(out, cp);
        i = end + 1;
        done = true;
      }
    }
    if (!done) out.push_back(s[i++]);
  }
  return out;
}

// True for a UTF-8 lead byte of a character in the CJK blocks (U+2E80..U+9FFF, U+AC00..
// U+D7AF, U+F900..U+FAFF, U+FF00..U+FFEF): the scripts written without spaces.
bool is_cjk_at(std::string_view s, std::size_t at) {
  if (at + 2 >= s.size()) return false;
  auto b0 = static_cast<unsigned char>(s[at]);
  auto b1 = static_cast<unsigned char>(s[at + 1]);
  if (b0 == 0xE2) return b1 >= 0xBA;
  return (b0 >= 0xE3 && b0 <= 0xE9) || (b0 >= 0xEA && b0 <= 0xED && !(b0 == 0xED && b1 >= 0x9F)) ||
         (b0 == 0xEF && (b1 <= 0xAB || (b1 >= 0xBC && b1 <= 0xBF)));
}

// A title in a script written without spaces, without the site's name its writers join
// to it unspaced: "新闻标题-新华网", "标题_新浪网", "見出し｜サイト" (at most eight characters
// after the separator, at least ten before it).
std::string strip_unspaced_site_suffix(const std::string& title) {
  for (std::string_view separator : {"-", "_", "|", "\xEF\xBD\x9C"}) {
    std::size_t at = title.rfind(separator);
    if (at == std::string::npos || at < 30 || !is_cjk_at(title, at - 3)) continue;
    std::string_view tail = std::string_view(title).substr(at + separator.size());
    std::size_t chars = 0;
    bool cjk = !tail.empty();
    for (std::size_t i = 0; i < tail.size(); i += 3, ++chars) cjk = cjk && is_cjk_at(tail, i);
    if (cjk && chars <= 8 && tail.size() % 3 == 0) return title.substr(0, at);
  }
  return title;
}

// A title without a trailing " | Site Name" or " - Site" part (any of | - – — ·), when
// that part is short (at most four words) and the rest is not.
std::string strip_site_suffix(const std::string& title) {
  if (std::string cjk = strip_unspaced_site_suffix(title); cjk.size() < title.size()) return cjk;
  for (std::string_view separator :
       {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " \xC2\xB7 ", " :: "}) {
    std::size_t at = title.rfind(separator);
    if (at == std::string::npos || at < 15) continue;
    std::string_view tail = std::string_view(title).substr(at + separator.size());
    if (std::count(tail.begin(), tail.end(), ' ') < 4) return title.substr(0, at);
  }
  return title;
}

bool contains_folded(std::string_view haystack, std::string_view needle) {
  return ascii_lower(haystack).find(ascii_lower(needle)) != std::string::npos;
}

// `title` without the site's own name at its end or start, when a separator (| - – — · : »
// or /) stands between them, spaced or not: "Headline | Site", "Headline-Site",
// "SITE|Headline".
std::string strip_site_name(const std::string& title, std::string_view site) {
  std::string_view name = trim(site);
  if (name.size() < 2 || title.size() <= name.size() + 2) return title;
  auto is_separator_at = [](std::string_view text, std::size_t at) {
    for (std::string_view sep :
         {"|", "-", "\xE2\x80\x93", "\xE2\x80\x94", "\xC2\xB7", ":", "\xC2\xBB", "/"}) {
      if (text.substr(at, sep.size()) == sep) return sep.size();
    }
    return std::size_t{0};
  };
  std::string folded = ascii_lower(title);
  std::string folded_name = ascii_lower(name);
  if (folded.size() > folded_name.size() &&
      folded.compare(folded.size() - folded_name.size(), folded_name.size(), folded_name) == 0) {
    std::string_view head = trim(std::string_view(title).substr(0, title.size() - name.size()));
    for (std::size_t back = 1; back <= 3 && back <= head.size(); ++back) {
      if (std::size_t n = is_separator_at(head, head.size() - back); n == back) {
        return std::string(trim(head.substr(0, head.size() - back)));
      }
    }
  }
  if (folded.rfind(folded_name, 0) == 0) {
    std::string_view tail = trim(std::string_view(title).substr(name.size()));
    if (std::size_t n = is_separator_at(tail, 0); n > 0) return std::string(trim(tail.substr(n)));
  }
  return title;
}

// `title` as another of the page's titles gives it whole when a quotation mark cut it: a
// content="Biden called it "absurd"" attribute ends at the inner quote, while <title> or
// JSON-LD holds the whole headline.
const std::string& uncut_title(const std::string& title, const std::vector<std::string>& all) {
  for (const std::string& other : all) {
    if (other.size() > title.size() + 1 && other.compare(0, title.size(), title) == 0) {
      std::string_view rest = trim(std::string_view(other).substr(title.size()));
      if (!rest.empty() && rest.front() == '"') return other;
    }
  }
  return title;
}

// A visible headline and a metadata title are two wordings of one headline when the
// headline shows most of the title's words (and is no paragraph): "11 things we learned
// from the interview" for "What we learned from the interview".
constexpr double kMinSharedTitleWords = 0.6;
constexpr std::size_t kMinHeadlineWords = 3;

bool rewords(std::string_view headline, std::string_view title) {
  std::size_t words = title_word_count(headline);
  // A sentence with its full stop under a title is a tagline or a standfirst.
  if (headline.empty() || headline.back() == '.') return false;
  return words >= kMinHeadlineWords && words <= 2 * title_word_count(title) &&
         share_of_title_words(title, headline) >= kMinSharedTitleWords;
}

// Pages put their logo or section name in an <h1> too: the first of `h1s` the most trusted
// title confirms (a <title> holding the site's name confirms a logo's <h1>, og:title does
// not), or "".
template <typename IsSite>
std::string confirmed_h1(const std::vector<std::string>& meta_titles,
                         const std::vector<std::string>& h1s, const IsSite& is_site) {
  for (const std::string& t : meta_titles) {
    for (const std::string& h1 : h1s) {
      if (!h1.empty() && !is_site(h1) && contains_folded(strip_site_suffix(t), h1)) return h1;
    }
  }
  return {};
}

std::size_t capital_count(std::string_view s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; }));
}

// `title` (made whole as uncut_title does) in the wording of another of the page's titles
// that differs from it only in letter case and has fewer capitals: a site's templates set
// one of its titles in Title Case ("Pounds Of Cocaine"), the editor's own case is the other.
std::string least_capitalised(const std::string& title, const std::vector<std::string>& all) {
  std::string best = uncut_title(title, all);
  std::string folded = ascii_lower(strip_site_suffix(best));
  for (const std::string& other : all) {
    std::string cut = strip_site_suffix(other);
    if (ascii_lower(cut) == folded && capital_count(cut) < capital_count(strip_site_suffix(best))) {
      best = cut;
    }
  }
  return best;
}

// The headline the markup names that JSON-LD's alternativeHeadline holds whole ("Kicker? |
// Headline") and that shares a word with a metadata title (which a kicker above it need
// not), or "": the page shows the alternative wording, the metadata the other.
std::string alternative_headline_shown(std::string_view alternative,
                                       const std::vector<std::string>& titles,
                                       const std::vector<std::string>& named_headlines) {
  if (alternative.empty()) return {};
  for (const std::string& headline : named_headlines) {
    if (title_word_count(headline) < kMinHeadlineWords || !contains_folded(alternative, headline)) {
      continue;
    }
    auto shares = [&](const std::string& t) { return share_of_title_words(headline, t) > 0; };
    if (std::any_of(titles.begin(), titles.end(), shares)) return headline;
  }
  return {};
}

// The headline: a named headline that JSON-LD's alternativeHeadline confirms; else the
// first <h1> when a title in the metadata confirms it (h1 is also used for logos and section
// names); else the first headline (an <h1>, then an element the markup names the headline)
// that rewords a metadata title: the page shows its readers the editor's wording; else the
// metadata's title without the site's name (in the case the page's titles least capitalise).
// A title equal to the site's name is no headline.
std::string choose_title(const std::vector<std::string>& meta_titles,
                         const std::vector<std::string>& h1s,
                         const std::vector<std::string>& named_headlines, std::string_view site,
                         std::string_view alternative) {
  auto is_site = [&](std::string_view t) { return !site.empty() && contains_folded(site, t); };
  std::vector<std::string> titles;
  for (const std::string& t : meta_titles) {
    if (!t.empty()) titles.push_back(strip_site_suffix(strip_site_name(t, site)));
  }
  // The alternative headline names the wording shown even where an <h1> (a breadcrumb's last
  // step) repeats the metadata's.
  if (std::string shown = alternative_headline_shown(alternative, titles, named_headlines);
      !shown.empty()) {
    return shown;
  }
  if (std::string h1 = confirmed_h1(meta_titles, h1s, is_site); !h1.empty()) return h1;
  for (const auto* headlines : {&h1s, &named_headlines}) {
    for (const std::string& headline : *headlines) {
      // A headline that holds a whole title only adds a kicker to it ("Politics | Title").
      auto holds = [&](const std::string& t) {
        return headline.size() > t.size() && contains_folded(headline, t);
      };
      if (is_site(headline) || std::any_of(titles.begin(), titles.end(), holds)) continue;
      auto reworded = [&](const std::string& t) { return rewords(headline, t); };
      if (std::any_of(titles.begin(), titles.end(), reworded)) return headline;
    }
  }
  for (const std::string& t : meta_titles) {
    if (!t.empty() && !is_site(t)) {
      return strip_site_suffix(strip_site_name(least_capitalised(t, meta_titles), site));
    }
  }
  for (const std::string& h1 : h1s) {
    if (!h1.empty()) return h1;
  }
  return {};
}

// True for a part of a headline that is not the headline: a kicker or topic line set above
// it inside the same <h1> ("Klimaschutz", "Nach Corona-Lockerungen"), or text hidden from
// sight (a separator kept for screen readers).
bool is_headline_aside(const HtmlNode* element) {
  if (is_invisible(element)) return true;
  std::string names = ascii_lower(attribute(element, "class"));
  for (std::string_view piece :
       {"kicker", "dachzeile", "topline", "overline", "roofline", "eyebrow", "supertitle",
        "superline", "overtitle", "titleheader", "spitzmarke", "visually-hidden", "sr-only",
        "screen-reader", "visuallyhidden", "hiddendash"}) {
    if (names.find(piece) != std::string::npos) return true;
  }
  return false;
}

// The text of an <h1> without its kicker and hidden parts; iterative.
std::string headline_text(const HtmlNode* h1) {
  std::string out;
  std::vector<std::pair<const HtmlNode*, unsigned>> stack{{h1, 0}};
  while (!stack.empty()) {
    auto& [node, next] = stack.back();
    const GumboVector& children = node->v.element.children;
    if (next >= children.length) {
      stack.pop_back();
      continue;
    }
    auto* child = static_cast<const HtmlNode*>(children.data[next++]);
    if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE ||
        child->type == GUMBO_NODE_CDATA) {
      out += child->v.text.text;
    } else if (is_element(child) && !is_hidden_element(child) && !is_headline_aside(child)) {
      out.push_back(' ');
      stack.emplace_back(child, 0);
    }
  }
  // What a removed kicker leaves: the separator that stood after it (": ", " - ").
  std::string text = collapse_whitespace(out);
  std::size_t start = 0;
  while (start < text.size() &&
         (text[start] == ':' || text[start] == '-' || text[start] == '|' || text[start] == ' ')) {
    ++start;
  }
  return text.substr(start);
}

// True for an element the markup names the article's headline: itemprop=headline, or an
// <h2> or <h3> whose class says "headline" (pages that keep <h1> for their logo).
bool names_a_headline(const HtmlNode* element) {
  GumboTag tag = element->v.element.tag;
  if (tag == GUMBO_TAG_META) return false;
  if (ascii_lower(attribute(element, "itemprop")) == "headline") return true;
  return (tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3) &&
         ascii_lower(attribute(element, "class")).find("headline") != std::string::npos;
}

bool is_url(std::string_view s) {
  return s.find("://") != std::string_view::npos;
}

// True for elements whose class or id says they show a date ("date", "time", "published").
bool names_a_date(const HtmlNode* element) {
  std::string names = ascii_lower(attribute(element, "class"));
  names += ' ';
  names += ascii_lower(attribute(element, "id"));
  for (std::string_view piece : {"date", "time", "publish", "posted"}) {
    if (names.find(piece) != std::string::npos) return true;
  }
  return false;
}

void collect_dates(const JsonLdArticle& ld, const Metas& metas, std::string_view time_datetime,
                   PageMetadata& page) {
  if (!ld.date_published.empty()) page.dates.push_back({ld.date_published, "json-ld"});
  for (std::string_view key : kDateMetas) {
    std::string value = metas.get(key);
    if (!value.empty()) page.dates.push_back({value, "meta " + std::string(key)});
  }
  if (!time_datetime.empty()) page.dates.push_back({std::string(time_datetime), "time"});
}

// The names a page gives its article's author, in order of trust: JSON-LD, the author metas
// (the common ones, then any other whose name ends in "author"), then the bylines its markup
// shows (those after the first <h1> before those above it, where sidebars and menus sit).
std::vector<std::string> author_candidates(const JsonLdArticle& ld, const Metas& metas,
                                           const std::vector<std::string>& bylines_after_h1,
                                           const std::vector<std::string>& bylines_before_h1) {
  std::vector<std::string> out;
  // An author named only through an @id reference that no byline shows comes after them.
  bool shown = !ld.author_by_reference || (bylines_after_h1.empty() && bylines_before_h1.empty());
  for (const auto* list : {&bylines_after_h1, &bylines_before_h1}) {
    for (const std::string& byline : *list) {
      shown = shown || byline.find(ld.author) != std::string::npos;
    }
  }
  if (!ld.author.empty() && shown) out.push_back(ld.author);
  for (std::string_view key : kAuthorMetas) {
    // Several values of one meta are several authors, unless one is a URL (article:author
    // often is): then the first value alone, which choose_author skips if it is that URL.
    std::string all = metas.joined(key);
    out.push_back(all.find("://") != std::string::npos ? metas.get(key) : all);
  }
  for (const auto& [name, value] : metas.entries) {
    std::string_view key = name;
    bool common = false;
    for (std::string_view known : kAuthorMetas) common = common || key == known;
    if (!common && key.size() > 6 && key.substr(key.size() - 6) == "author") out.push_back(value);
  }
  out.insert(out.end(), bylines_after_h1.begin(), bylines_after_h1.end());
  out.insert(out.end(), bylines_before_h1.begin(), bylines_before_h1.end());
  if (!ld.author.empty() && !shown) out.push_back(ld.author);
  return out;
}

// The first candidate that names a person or an agency (not a URL, a @handle, a placeholder
// or the site itself, which the outlet already names), cleaned, with the site's name taken
// out of a list of names; empty when there is none.
std::string choose_author(const std::vector<std::string>& candidates, std::string_view publisher,
                          std::string_view site_name, std::string_view url) {
  for (const std::string& raw : candidates) {
    std::string value = collapse_whitespace(decode_entities(raw));
    if (value.empty() || is_url(value) || value.front() == '@') continue;
    std::string name = clean_author_name(value);
    if (name.empty() || is_placeholder_author(name)) continue;
    // In a list of names, those of the site go ("Rob Picheta, CNN", "Adam Writer, PhillyVoice
    // Staff").
    if (name.find(", ") != std::string::npos) {
      std::string people;
      for (std::size_t i = 0; i < name.size();) {
        std::size_t end = std::min(name.find(", ", i), name.size());
        std::string_view one = std::string_view(name).substr(i, end - i);
        if (!names_the_site(one, publisher, site_name, url)) {
          if (!people.empty()) people += ", ";
          people += one;
        }
        i = end + 2;
      }
      if (!people.empty()) name = std::move(people);
    }
    if (names_the_site(name, publisher, site_name, url)) continue;
    return name;
  }
  return {};
}

}  // namespace

namespace {

// What one walk over a page's elements gathers for its metadata.
struct PageSignals {
  Metas metas;
  JsonLdArticle ld;
  std::string title_element;
  std::vector<std::string> h1s, named_headlines;
  std::string time_datetime;
  std::vector<std::string> visible_dates;
  // Names shown in bylines, before and after the first <h1>.
  std::vector<std::string> bylines_before_h1, bylines_after_h1;
  int byline_elements_read = 0;
  bool article_itemtype = false;  // an element of a schema.org article type
};

// Reads what an element without a tag of its own says: a headline or a date its markup names,
// or itemprop=datePublished.
void read_named_element(const HtmlNode* element, PageSignals& signals) {
  if (!signals.article_itemtype) {
    std::string_view itemtype = trim(attribute(element, "itemtype"));
    signals.article_itemtype = !itemtype.empty() && is_article_type(itemtype);
  }
  auto& bylines = signals.h1s.empty() ? signals.bylines_before_h1 : signals.bylines_after_h1;
  // Each byline element read costs a walk below it: a page gets a bounded number of them.
  if (bylines.size() < 8 && is_byline_element(element) && signals.byline_elements_read < 128) {
    ++signals.byline_elements_read;
    std::string name = byline_name(element);
    if (!name.empty() && std::find(bylines.begin(), bylines.end(), name) == bylines.end()) {
      bylines.push_back(std::move(name));
    }
  }
  if (signals.named_headlines.size() < 8 && names_a_headline(element)) {
    signals.named_headlines.push_back(headline_text(element));
  }
  if (signals.visible_dates.size() < 8 && names_a_date(element)) {
    std::string text = node_text(element, 120);  // longer is no date line
    if (text.size() <= 120) signals.visible_dates.push_back(std::move(text));
  }
  if (signals.time_datetime.empty() &&
      ascii_lower(attribute(element, "itemprop")) == "datepublished") {
    std::string_view when = attribute(element, "datetime");
    if (when.empty()) when = attribute(element, "content");
    signals.time_datetime = std::string(trim(when));
  }
}

// Walks every element of `tree` once; the canonical link goes straight into `page`.
PageSignals read_page_signals(const HtmlTree& tree, PageMetadata& page) {
  PageSignals signals;
  for (const HtmlNode* element : tree.elements()) {
    switch (element->v.element.tag) {
      case GUMBO_TAG_META:
        read_meta(element, signals.metas, page);
        break;
      case GUMBO_TAG_SCRIPT:
        if (ascii_lower(trim(attribute(element, "type"))) == "application/ld+json") {
          read_json_ld(raw_text(element), signals.ld);
        }
        break;
      case GUMBO_TAG_TITLE:
        if (signals.title_element.empty()) signals.title_element = node_text(element);
        break;
      case GUMBO_TAG_H1:
        if (signals.h1s.size() < 8) signals.h1s.push_back(headline_text(element));
        break;
      case GUMBO_TAG_LINK:
        if (page.canonical_url.empty() &&
            ascii_lower(trim(attribute(element, "rel"))) == "canonical") {
          page.canonical_url = std::string(trim(attribute(element, "href")));
        }
        break;
      case GUMBO_TAG_TIME:
        if (signals.time_datetime.empty())
          signals.time_datetime = std::string(trim(attribute(element, "datetime")));
        if (signals.visible_dates.size() < 8) signals.visible_dates.push_back(node_text(element));
        break;
      default:
        read_named_element(element, signals);
        break;
    }
  }
  return signals;
}

// Adds the dates found after the published ones: the visible dates (read day first where the
// page's language writes them so), a date in a title, then the modified dates.
void add_later_dates(PageSignals& signals, const std::vector<std::string>& meta_titles,
                     std::string_view lang, PageMetadata& page) {
  bool day_first = writes_day_first(lang);
  for (std::string& text : signals.visible_dates) {
    // "02/10/2020" on a British or a German page is the 2nd of October.
    std::optional<std::string> day_first_read;
    if (day_first && !parse_date(text)) day_first_read = parse_date_day_first(text);
    page.dates.push_back({day_first_read ? *day_first_read : std::move(text), "text", false});
  }
  // Some sites end their titles with the date ("Headline | Section | Site | 23.05.2011").
  for (const std::string& t : meta_titles) {
    if (auto in_title = find_date(t)) {
      page.dates.push_back({*in_title, "title", false});
      break;
    }
  }
  if (!signals.ld.date_modified.empty()) {
    page.dates.push_back({signals.ld.date_modified, "json-ld modified", false});
  }
  for (std::string_view key : kModifiedMetas) {
    std::string value = signals.metas.get(key);
    if (!value.empty()) page.dates.push_back({value, "meta " + std::string(key), false});
  }
}

}  // namespace

PageMetadata read_page_metadata(const HtmlTree& tree, std::string_view page_url) {
  PageMetadata page;
  // XHTML pages may give only xml:lang.
  std::string_view lang = attribute(tree.root(), "lang");
  if (lang.empty()) lang = attribute(tree.root(), "xml:lang");
  page.language = primary_language(lang);
  PageSignals signals = read_page_signals(tree, page);
  const Metas& metas = signals.metas;
  JsonLdArticle& ld = signals.ld;
  std::vector<std::string> meta_titles;
  for (const std::string& t :
       {ld.headline, metas.get("og:title"), metas.get("twitter:title"), signals.title_element}) {
    meta_titles.push_back(collapse_whitespace(decode_entities(t)));
  }
  page.publisher =
      decode_entities(!ld.publisher.empty() ? ld.publisher : metas.get("og:site_name"));
  page.title = choose_title(meta_titles, signals.h1s, signals.named_headlines, page.publisher,
                            collapse_whitespace(decode_entities(ld.alternative_headline)));
  for (const std::string& d : {ld.description, metas.get("og:description"),
                               metas.get("description"), metas.get("twitter:description")}) {
    if (page.description.empty()) page.description = collapse_whitespace(decode_entities(d));
  }
  collect_dates(ld, metas, signals.time_datetime, page);
  add_later_dates(signals, meta_titles, lang, page);
  page.article_body = std::move(ld.article_body);
  if (page.canonical_url.empty() || !is_url(page.canonical_url)) {
    std::string og_url = metas.get("og:url");
    if (is_url(og_url)) page.canonical_url = og_url;
  }
  page.author = choose_author(
      author_candidates(ld, metas, signals.bylines_after_h1, signals.bylines_before_h1),
      page.publisher, decode_entities(metas.get("og:site_name")),
      page.canonical_url.empty() ? page_url : std::string_view(page.canonical_url));
  page.declares_article =
      ld.found || signals.article_itemtype || ascii_lower(trim(metas.get("og:type"))) == "article";
  return page;
}

}  // namespace rostra
