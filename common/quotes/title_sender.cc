#include "common/quotes/title_sender.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "common/base/case_fold.h"
#include "common/quotes/attribution_lexicon.h"

namespace rostra {
namespace {

constexpr std::string_view kSendingVerbs[] = {"sent",       "sends",    "addressed",
                                              "addresses",  "направил", "направила",
                                              "направляет", "отправил", "отправила"};

constexpr std::string_view kMessageNouns[] = {"congratulations", "condolences",    "поздравление",
                                              "поздравления",    "соболезнования", "приветствие",
                                              "телеграмму",      "послание",       "письмо"};

bool listed(std::string_view w, const std::string_view* begin, const std::string_view* end) {
  for (const std::string_view* p = begin; p != end; ++p) {
    if (*p == w) return true;
  }
  return false;
}

}  // namespace

std::vector<std::string> title_words(std::string_view title) {
  std::vector<std::string> words;
  std::size_t from = 0;
  while (from < title.size()) {
    std::size_t space = title.find(' ', from);
    if (space == std::string_view::npos) space = title.size();
    std::string_view w = title.substr(from, space - from);
    while (!w.empty() && (w.back() == ',' || w.back() == ':' || w.back() == '.'))
      w.remove_suffix(1);
    if (!w.empty()) words.emplace_back(w);
    from = space + 1;
  }
  return words;
}

namespace {

bool capitalised(const std::string& w) {
  auto* s = reinterpret_cast<const uint8_t*>(w.data());
  int32_t i = 0;
  UChar32 c = -1;
  if (!w.empty()) U8_NEXT(s, i, static_cast<int32_t>(w.size()), c);
  return c >= 0 && u_isupper(c);
}

}  // namespace

bool is_sending_verb(std::string_view lower) {
  return listed(lower, std::begin(kSendingVerbs), std::end(kSendingVerbs));
}

bool is_message_noun(std::string_view lower) {
  return is_document_noun(lower) ||
         listed(lower, std::begin(kMessageNouns), std::end(kMessageNouns));
}

std::vector<std::string> title_sender(std::string_view title) {
  std::vector<std::string> words = title_words(title);
  for (std::size_t v = 1; v < words.size(); ++v) {
    if (!is_sending_verb(fold_case(words[v]))) continue;
    bool message = false;
    for (std::size_t k = v + 1; k < words.size() && k <= v + 5 && !message; ++k) {
      message = is_message_noun(fold_case(words[k]));
    }
    if (!message) return {};
    std::vector<std::string> name;
    for (std::size_t k = 0; k < v; ++k) {
      std::string lower = fold_case(words[k]);
      if (!capitalised(words[k])) return {};  // "Putin and Merkel sent": not one sender
      if (name.empty() && (is_title_word(lower) || is_demonym(lower))) continue;
      name.push_back(words[k]);
    }
    if (name.size() < 2) return {};
    return name;
  }
  return {};
}

}  // namespace rostra
