#include "common/input/web/stop_words.h"

#include <string>

#include "common/base/word_set.h"

namespace rostra {
namespace {

// The most frequent function words of each language (from frequency lists of news text);
// a block of prose in any of them has a third or more of its words here.
const WordSet& stop_words() {
  static const WordSet words{
      // English
      "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "was", "on", "with", "he",
      "as", "by", "at", "his", "be", "this", "from", "have", "are", "an", "or", "had", "not", "but",
      "they", "were", "she", "her", "has", "been", "their", "said", "we", "which", "will", "would",
      "who", "there", "its", "also", "after", "than", "into", "more", "can", "about", "when", "if",
      "them", "our", "you", "all", "one", "i", "no", "so", "up", "out", "what", "some", "could",
      "other", "him", "my", "do", "how", "only", "over", "because", "such", "most", "new", "any",
      "these", "two", "may", "first", "then", "did", "those", "your", "just", "like", "very",
      "where", "even", "many", "before", "while", "should", "through", "being", "us", "against",
      "during", "under", "between", "since", "both", "each", "own", "same", "now", "told", "says",
      "say", "me", "here", "does",
      // Russian
      "и", "в", "не", "на", "что", "с", "по", "как", "это", "а", "к", "из", "о", "за", "у", "от",
      "для", "то", "же", "так", "но", "его", "мы", "он", "она", "они", "был", "была", "были", "бы",
      "уже", "также", "только", "при", "или", "до", "все", "ее", "их", "во", "который", "которые",
      "этого", "этом", "этой", "этот", "том", "чтобы", "если", "может",
      // German
      "der", "die", "das", "und", "ist", "nicht", "den", "dem", "zu", "ein", "eine", "mit", "sich",
      "auf", "für", "von", "im", "auch", "es", "sie", "er", "des", "wird", "wie", "bei", "nach",
      "noch", "aus", "hat", "sind", "wurde", "werden", "dass", "einen", "einer", "um", "am", "aber",
      "nur", "vor", "über", "so", "man",
      // French
      "le", "la", "les", "de", "des", "et", "un", "une", "du", "en", "est", "que", "qui", "dans",
      "pour", "pas", "sur", "au", "aux", "ce", "il", "elle", "ne", "se", "par", "plus", "avec",
      "son", "sa", "ses", "ont", "été", "mais", "nous", "vous", "ils", "leur",
      // Spanish and Portuguese
      "el", "los", "las", "y", "del", "por", "con", "para", "una", "su", "al", "lo", "como", "más",
      "pero", "sus", "le", "ya", "o", "fue", "este", "ha", "sí", "porque", "esta", "entre",
      "cuando", "muy", "sin", "sobre", "también", "hasta", "hay", "donde", "desde", "os", "as",
      "do", "da", "dos", "das", "em", "um", "uma", "não", "mais", "foi", "ao", "pelo", "pela",
      "são", "na", "no", "nos", "ser", "tem",
      // Italian
      "il", "di", "che", "è", "per", "non", "si", "della", "sono", "gli", "nel", "alla", "anche",
      "dei", "delle", "ma", "ed", "come", "questo"};
  return words;
}

bool is_word_byte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

// Lower-cases ASCII and the Cyrillic capitals U+0400..U+042F in place.
void lower_word(std::string& word) {
  for (std::size_t i = 0; i < word.size(); ++i) {
    auto c = static_cast<unsigned char>(word[i]);
    if (c >= 'A' && c <= 'Z') {
      word[i] = static_cast<char>(c + 32);
    } else if (c == 0xD0 && i + 1 < word.size()) {
      auto next = static_cast<unsigned char>(word[i + 1]);
      if (next >= 0x90 && next <= 0x9F) {
        word[i + 1] = static_cast<char>(next + 0x20);  // А..П -> а..п
      } else if (next >= 0xA0 && next <= 0xAF) {
        word[i] = static_cast<char>(0xD1);  // Р..Я -> р..я
        word[i + 1] = static_cast<char>(next - 0x20);
      }
      ++i;
    }
  }
}

// The length of the multi-byte punctuation or space character at `i` that must end a word
// (U+00A0, « », and the General Punctuation block: dashes, curly quotes, ellipsis), or 0.
std::size_t punctuation_length(std::string_view s, std::size_t i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c == 0xC2 && i + 1 < s.size()) {
    auto n = static_cast<unsigned char>(s[i + 1]);
    return n == 0xA0 || n == 0xAB || n == 0xBB ? 2 : 0;
  }
  bool general = c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80;
  return general ? 3 : 0;
}

}  // namespace

StopWordCount count_stop_words(std::string_view utf8) {
  StopWordCount count;
  std::string word;
  const WordSet& stops = stop_words();
  std::size_t i = 0;
  while (i < utf8.size()) {
    while (i < utf8.size() && !is_word_byte(static_cast<unsigned char>(utf8[i]))) ++i;
    std::size_t start = i;
    while (i < utf8.size() && is_word_byte(static_cast<unsigned char>(utf8[i])) &&
           punctuation_length(utf8, i) == 0) {
      ++i;
    }
    if (i == start) {
      if (i < utf8.size()) i += punctuation_length(utf8, i);
      continue;
    }
    word.assign(utf8.substr(start, i - start));
    lower_word(word);
    ++count.words;
    if (stops.contains(word)) ++count.stop_words;
  }
  return count;
}

}  // namespace rostra
