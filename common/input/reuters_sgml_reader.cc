#include "common/input/reuters_sgml_reader.h"

#include <utility>

#include "common/base/errors.h"
#include "common/base/text_util.h"
#include "common/base/utf8.h"

namespace rostra {
namespace {

constexpr std::size_t kMaxFileBytes = 64u << 20;

// The content of the first <tag>...</tag> in `element`, or empty.
std::string_view element_text(std::string_view element, std::string_view tag) {
  std::string open = "<" + std::string(tag);
  std::size_t start = element.find(open);
  while (start != std::string_view::npos && element[start + open.size()] != '>' &&
         element[start + open.size()] != ' ') {
    start = element.find(open, start + 1);
  }
  if (start == std::string_view::npos) return {};
  start = element.find('>', start);
  std::size_t end = element.find("</" + std::string(tag) + ">", start);
  if (start == std::string_view::npos || end == std::string_view::npos) return {};
  return element.substr(start + 1, end - start - 1);
}

std::string_view attribute_value(std::string_view element, std::string_view name) {
  std::size_t at = element.find(" " + std::string(name) + "=\"");
  if (at == std::string_view::npos || at > element.find('>')) return {};
  at += name.size() + 3;
  return element.substr(at, element.find('"', at) - at);
}

// Decodes the character references the collection uses (&lt; &gt; &amp; and numeric ones)
// and drops control characters other than newlines, and any tags left (in <TEXT>).
std::string decode(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '<') {
      std::size_t end = text.find('>', i);
      if (end == std::string_view::npos) break;
      i = end;
      continue;
    }
    if (c == '&') {
      std::size_t end = text.find(';', i);
      std::string_view name = text.substr(i + 1, end == std::string_view::npos ? 0 : end - i - 1);
      if (name == "lt" || name == "gt" || name == "amp") {
        out.push_back(name == "lt" ? '<' : name == "gt" ? '>' : '&');
        i = end;
        continue;
      }
      if (!name.empty() && name[0] == '#') {
        i = end;  // the numeric references are all teletype control codes
        continue;
      }
    }
    if (static_cast<unsigned char>(c) >= 0x20 || c == '\n') out.push_back(c);
  }
  return out;
}

// Teletype text to paragraphs: wrapped lines joined, indented lines start paragraphs.
std::string paragraphs(std::string_view text) {
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    std::string_view words = trim(line);
    if (words.empty()) continue;
    if (pos >= text.size() && (words == "Reuter" || words == "REUTER")) break;  // sign-off
    bool indented = line.front() == ' ' || line.front() == '\t';
    if (!out.empty()) out += indented ? "\n\n" : " ";
    out += words;
  }
  return out;
}

Article story(std::string_view element, const std::string& file, std::uint64_t offset) {
  Article article;
  article.given_id = std::string(attribute_value(element, "NEWID"));
  article.origin_record = article.given_id;
  article.origin_offset = offset;
  article.origin_file = file;
  article.raw_outlet = "Reuters";
  article.raw_date = collapse_whitespace(decode(element_text(element, "DATE")));
  article.date_source = "input";
  article.title = collapse_whitespace(decode(element_text(element, "TITLE")));
  std::string dateline = collapse_whitespace(decode(element_text(element, "DATELINE")));
  std::size_t comma = dateline.rfind(',');
  if (comma != std::string::npos) article.place = std::string(trim(dateline.substr(0, comma)));
  std::string_view body = element_text(element, "BODY");
  article.body = paragraphs(decode(body.empty() ? element_text(element, "TEXT") : body));
  repair_utf8(article.body);  // the collection is ASCII; stray bytes become Windows-1252
  repair_utf8(article.title);
  return article;
}

}  // namespace

void read_reuters_sgml(ByteSource& source, const std::string& file, const ReaderSink& sink) {
  std::string content;
  char buffer[1 << 16];
  while (std::size_t n = source.read(buffer, sizeof buffer)) {
    if (content.size() + n > kMaxFileBytes) throw InputError("larger than 64 MiB");
    content.append(buffer, n);
  }
  std::size_t start = content.find("<REUTERS");
  while (start != std::string::npos) {
    std::size_t end = content.find("</REUTERS>", start);
    std::size_t next = content.find("<REUTERS", start + 1);
    if (end == std::string::npos || (next != std::string::npos && next < end)) {
      sink.reject(file, 0, "story not closed (<REUTERS at byte " + std::to_string(start) + ")");
      start = next;
      continue;
    }
    Article article = story(std::string_view(content).substr(start, end - start), file, start);
    if (article.title.empty() && article.body.empty()) {
      sink.reject(
          file, 0,
          "empty story (NEWID " + article.given_id + " at byte " + std::to_string(start) + ")");
    } else {
      sink.article(std::move(article));
    }
    start = next;
  }
}

bool looks_like_reuters_sgml(std::string_view head) {
  return starts_with_ignore_case(trim(head), "<!DOCTYPE lewis") ||
         starts_with_ignore_case(trim(head), "<REUTERS");
}

}  // namespace rostra
