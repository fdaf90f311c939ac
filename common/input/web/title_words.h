#pragma once
// How much of one title another shows, word for word: a page's visible headline and its
// metadata title are often two wordings of one headline (the editor's longer one on the
// page, a shorter one for search engines and social sites). Pure; thread-safe.

#include <cstddef>
#include <string_view>

namespace rostra {

/// The share (0..1) of the distinct words of `title` that `headline` also has. Words are
/// runs of letters and digits, compared with ASCII case folded; typographic quotes, dashes
/// and guillemets separate words like ASCII punctuation, so „quoted“ and "quoted" match.
/// 0 when `title` has no word.
double share_of_title_words(std::string_view title, std::string_view headline);

/// The number of distinct words of `text`, as share_of_title_words counts them.
std::size_t title_word_count(std::string_view text);

}  // namespace rostra
