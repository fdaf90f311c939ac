#pragma once
// Plain-text articles, one per file. Pure: text in, Article out.

#include <cstddef>
#include <string_view>

#include "common/model/article.h"

namespace rostra {

/// Parses a plain-text article shaped like a saved news page:
///   title on the first non-blank line;
///   then, before the first paragraph, optional short header lines: a date line
///   ("January 20, 2025"), a byline ("By Jane Doe"), a source line ("kremlin.ru");
///   paragraphs separated by blank lines (hard-wrapped lines within one are joined);
///   markdown links "[text](url)" and images "![alt](url)" reduced to their text, and
///   "<url>" autolinks dropped;
///   an optional footer "Original url:" followed (on the same or a later line) by the URL.
/// A Usenet-style header block (From:/Subject: lines, then a blank line) is also read:
/// Subject is the title and From the author.
/// The date goes to Article::raw_date, unresolved; see resolve_metadata.
Article parse_text_article(std::string_view content);

/// Whether `content` is a list of entries, one a line, rather than an article: at least
/// kWordListMinLines non-blank lines, none of them of kProseWords words or more (a
/// sentence). Corpus directories carry such files beside the articles (Reuters-21578's
/// all-people-strings.lc.txt: one name a line); an article always has a line of prose.
inline constexpr std::size_t kWordListMinLines = 8;
inline constexpr std::size_t kProseWords = 4;
bool is_word_list(std::string_view content);

/// `text` with markdown links and images replaced by their text and "<url>" autolinks
/// removed.
std::string strip_markdown_links(std::string_view text);

}  // namespace rostra
