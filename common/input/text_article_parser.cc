#include "common/input/text_article_parser.h"

#include <string>
#include <vector>

#include "common/base/text_util.h"
#include "common/input/metadata/date_parser.h"

namespace rostra {
namespace {

std::vector<std::string_view> split_lines(std::string_view content) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= content.size()) {
    std::size_t end = content.find('\n', start);
    if (end == std::string_view::npos) end = content.size();
    std::string_view line = content.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

bool ends_sentence(std::string_view line) {
  if (line.empty()) return false;
  char last = line.back();
  if (last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || last == '"') {
    return true;
  }
  auto ends_with = [&](std::string_view tail) {
    return line.size() >= tail.size() && line.substr(line.size() - tail.size()) == tail;
  };
  return ends_with("\xE2\x80\x9D") || ends_with("\xC2\xBB");  // ” »
}

// A short line naming where the article came from: "kremlin.ru", "Reuters".
bool looks_like_source_line(std::string_view line) {
  if (line.size() > 60 || ends_sentence(line)) return false;
  std::size_t spaces = 0;
  for (char c : line) spaces += c == ' ';
  return spaces <= 4;
}

std::string_view strip_angle_brackets(std::string_view s) {
  s = trim(s);
  if (s.size() >= 2 && s.front() == '<' && s.back() == '>') s = s.substr(1, s.size() - 2);
  return trim(s);
}

bool is_header_line(std::string_view line) {
  std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 40) return false;
  for (std::size_t i = 0; i < colon; ++i) {
    char c = line[i];
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
      return false;
    }
  }
  return true;
}

// Reads an RFC 822 header block (Usenet posts); returns the index of the first body line,
// or 0 when `lines` does not start with one that has a Subject.
std::size_t parse_mail_headers(const std::vector<std::string_view>& lines, Article& article) {
  std::size_t i = 0;
  bool subject = false;
  for (; i < lines.size() && !trim(lines[i]).empty(); ++i) {
    std::string_view line = lines[i];
    if (line.front() == ' ' || line.front() == '\t') continue;  // folded header
    if (!is_header_line(line)) return 0;
    std::size_t colon = line.find(':');
    std::string name = ascii_lower(line.substr(0, colon));
    std::string_view value = trim(line.substr(colon + 1));
    if (name == "subject") {
      article.title = std::string(value);
      subject = true;
    } else if (name == "from") {
      article.author = std::string(value);
    } else if (name == "date") {
      article.raw_date = std::string(value);
    }
  }
  return subject && i < lines.size() ? i + 1 : 0;
}

}  // namespace

std::string strip_markdown_links(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (c == '[' || (c == '!' && i + 1 < text.size() && text[i + 1] == '[')) {
      std::size_t open = c == '!' ? i + 1 : i;
      std::size_t close = text.find(']', open + 1);
      if (close != std::string_view::npos && close + 1 < text.size() && text[close + 1] == '(' &&
          text.find('\n', open) > close) {
        std::size_t paren = text.find(')', close + 2);
        if (paren != std::string_view::npos && text.find('\n', close) > paren) {
          out.append(text.substr(open + 1, close - open - 1));
          i = paren + 1;
          continue;
        }
      }
    }
    if (c == '<' && (text.substr(i + 1, 7) == "http://" || text.substr(i + 1, 8) == "https://")) {
      std::size_t close = text.find('>', i);
      if (close != std::string_view::npos && text.find_first_of(" \n", i) > close) {
        i = close + 1;
        continue;
      }
    }
    out.push_back(c);
    ++i;
  }
  return out;
}

bool is_word_list(std::string_view content) {
  std::size_t lines = 0;
  for (std::string_view line : split_lines(content)) {
    std::size_t words = 0;
    bool in_word = false;
    for (char c : line) {
      const bool space = c == ' ' || c == '\t' || c == '\f' || c == '\v';
      if (!space && !in_word) ++words;
      in_word = !space;
    }
    if (words >= kProseWords) return false;
    if (words > 0) ++lines;
  }
  return lines >= kWordListMinLines;
}

Article parse_text_article(std::string_view content) {
  if (content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);
  std::vector<std::string_view> lines = split_lines(content);
  Article article;

  // The "Original url:" footer, removed from the text.
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = trim(lines[i]);
    if (!starts_with_ignore_case(line, "original url:")) continue;
    std::string_view rest = strip_angle_brackets(line.substr(13));
    std::size_t end = i + 1;
    if (rest.empty()) {
      while (end < lines.size() && trim(lines[end]).empty()) ++end;
      if (end < lines.size()) rest = strip_angle_brackets(lines[end++]);
    }
    article.url = std::string(rest);
    lines.erase(lines.begin() + static_cast<long>(i), lines.begin() + static_cast<long>(end));
    break;
  }

  std::size_t i = parse_mail_headers(lines, article);
  if (i == 0) {
    while (i < lines.size() && trim(lines[i]).empty()) ++i;
    if (i < lines.size()) {
      std::string_view title = trim(lines[i++]);
      while (!title.empty() && title.front() == '#') title.remove_prefix(1);
      article.title = strip_markdown_links(trim(title));
    }
    // Header lines between the title and the first paragraph.
    for (int header_lines = 0; i < lines.size() && header_lines < 4; ++i) {
      std::string_view line = trim(lines[i]);
      if (line.empty()) continue;
      if (article.raw_date.empty() && parse_date_line(line)) {
        article.raw_date = std::string(line);
      } else if (article.author.empty() && line.size() < 80 &&
                 starts_with_ignore_case(line, "by ") && !ends_sentence(line)) {
        article.author = std::string(trim(line.substr(3)));
      } else if (article.source.empty() && looks_like_source_line(line)) {
        article.source = std::string(line);
      } else {
        break;
      }
      ++header_lines;
    }
  }

  // Paragraphs: blank-line separated; hard-wrapped lines are joined with a space.
  std::string body;
  std::string paragraph;
  auto flush = [&] {
    std::string text = strip_markdown_links(paragraph);
    std::string_view trimmed = trim(text);
    if (!trimmed.empty()) {
      if (!body.empty()) body += "\n\n";
      body.append(trimmed);
    }
    paragraph.clear();
  };
  for (; i < lines.size(); ++i) {
    std::string_view line = trim(lines[i]);
    if (line.empty()) {
      flush();
      continue;
    }
    if (!paragraph.empty()) paragraph.push_back(' ');
    paragraph.append(line);
  }
  flush();
  article.body = std::move(body);
  return article;
}

}  // namespace rostra
