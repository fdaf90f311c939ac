#pragma once
// Word segmentation and normalization: the only code in Rostra that splits text into words.
// Pure (ICU only, no Xapian) and allocation-free per token once its buffers have grown.
//
// One pass over a text gives its token stream (tantivy's tokens are the model): each word's
// byte offsets, normalized form and script, and the sentence and paragraph it stands in. The
// indexer, speaker attribution (quotes/article_words) and the near-duplicate fingerprint all
// read the same stream of an article body (text_tokens), so they cannot disagree on what a
// word, a sentence or a paragraph is, and the body is split once.
//
// Paragraphs: a paragraph break is "\n\n" (a run of k newlines holds k/2 breaks). Sentences:
// a sentence ends at a paragraph break, and at '.', '!' or '?' between two words, except a
// '.' right after an abbreviation or an initial (is_abbreviation: "Mr.", "U.S.", "J. Smith").
// Words joined by one of ' ’ - ‑ . ("U.S-based", "пресс-секретарь") never stand in different
// sentences.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/analysis/script.h"

struct UNormalizer2;

namespace rostra {

/// One word of the input. Offsets are bytes into the tokenized text.
struct Token {
  std::uint32_t start = 0;        ///< First byte of the word in the input.
  std::uint32_t end = 0;          ///< One past the last byte.
  std::uint32_t text_offset = 0;  ///< Where the normalized form starts in TokenList::chars.
  std::uint32_t text_length = 0;
  std::uint32_t sentence = 0;   ///< Sentence ends before the word in the text (see above).
  std::uint32_t paragraph = 0;  ///< Paragraph breaks before the word in the text.
  Script script = Script::kOther;
  /// Only one joiner (' ’ - ‑ .) stands between the previous word and this one: one word to
  /// speaker attribution ("don't", "пресс-секретарь"), two to the index.
  bool joined = false;

  /// Whether the word has an index form: false only in a list made with all_words for a
  /// word whose normalized form is empty or longer than WordTokenizer::kMaxWordBytes.
  bool indexed() const { return text_length != 0; }
};

/// The tokens of one text and the characters of their normalized forms. Reuse one list
/// across calls: clear() keeps its capacity.
class TokenList {
 public:
  void clear() {
    chars_.clear();
    tokens_.clear();
  }
  std::size_t size() const { return tokens_.size(); }
  bool empty() const { return tokens_.empty(); }
  const Token& operator[](std::size_t i) const { return tokens_[i]; }
  std::vector<Token>::const_iterator begin() const { return tokens_.begin(); }
  std::vector<Token>::const_iterator end() const { return tokens_.end(); }

  /// The normalized form of `token`, valid until the list is next modified.
  std::string_view text(const Token& token) const {
    return std::string_view(chars_).substr(token.text_offset, token.text_length);
  }

 private:
  friend class WordTokenizer;
  std::string chars_;
  std::vector<Token> tokens_;
};

/// Splits text into words and normalizes each one: NFKC case folding, ё folded to е,
/// apostrophes (' ’ ʼ) inside a word kept as "'" ("Trump’s" -> "trump's"), hyphens and
/// no-break spaces separating words ("long-term" -> "long", "term"), soft hyphens and
/// zero-width characters dropped, dotted acronyms joined ("U.S." -> "us"), digit groups
/// joined ("2,000" -> "2000", "3.5" and "3,5" -> "3.5"). Invalid UTF-8 bytes separate words.
/// Words longer than kMaxWordBytes after normalization are dropped.
///
/// Not thread-safe: use one tokenizer per thread.
class WordTokenizer {
 public:
  static constexpr std::size_t kMaxWordBytes = 100;

  WordTokenizer();

  /// Appends the words of `text` to `out` (does not clear it). With `all_words`, words without
  /// an index form are listed too (marked !indexed()), as attribution counts them. Sentence and
  /// paragraph numbers count from the start of `text`.
  /// REQUIRES: text.size() < 4 GiB.
  void tokenize(std::string_view text, TokenList& out, bool all_words = false);

 private:
  // Where the text stands between words: what the gap read so far means for sentences.
  struct Boundaries {
    std::uint32_t sentence = 0;
    std::uint32_t paragraph = 0;
    bool any_word = false;         // a word was seen
    bool newline = false;          // the gap's last character was an unpaired newline
    bool ends_sentence = false;    // a sentence end was seen in the gap
    bool at_gap_start = true;      // no character of the gap read yet
    std::uint32_t last_start = 0;  // the last word, as attribution reads it (for "Mr.")
    std::uint32_t last_end = 0;
    std::uint32_t run_start = 0;  // the first of the words joined up to the last one
  };
  // Reads one character `cp` of a gap between words of `text`.
  void read_gap(std::string_view text, char32_t cp);
  // Starts the word [start, end): numbers its sentence and paragraph into `token`.
  void start_word(std::string_view text, std::uint32_t start, std::uint32_t end, Token& token);
  void emit(std::uint32_t start, std::uint32_t end, Script script, bool ascii, TokenList& out,
            bool all_words);
  // How a word is written: its first script (Cyrillic wins) and whether it is all ASCII.
  struct WordShape {
    Script script = Script::kOther;
    bool ascii = true;
  };
  // Reads the dotted acronym of `length` bytes at `i` ("U.S.") into raw_ without its dots;
  // returns where it ends.
  std::size_t read_acronym(std::string_view text, std::size_t i, std::size_t length,
                           WordShape& shape);
  // Reads the word starting at `i` into raw_, joining what read_joiner joins; sets `end` to
  // the end of its last word character and returns where reading stopped (never before it).
  std::size_t read_word(std::string_view text, std::size_t i, WordShape& shape, std::size_t& end);
  // Whether the non-word character `cp` at `i` joins the word around it, between the word
  // character `previous` and `next`: an ignorable character (dropped), an apostrophe between
  // letters (written "'"), or a digit mark between digits (a decimal mark written '.'; a
  // thousands comma dropped). Appends what it writes to raw_.
  bool read_joiner(std::string_view text, std::size_t i, char32_t cp, char32_t previous,
                   char32_t next);

  const UNormalizer2* normalizer_;
  std::string raw_;  // the word's characters before normalization
  std::u16string utf16_in_;
  std::u16string utf16_out_;
  std::string_view text_;  // the text being tokenized
  Boundaries at_;
  Token next_;  // the word being emitted: its sentence, paragraph and join
};

/// The token stream of `text` with all_words, made once per thread for each text in a row:
/// the indexer, the attributor and the fingerprint asking for one article body share one
/// analysis. Valid until the next call on this thread with another text. Thread-safe (one
/// stream per thread).
const TokenList& text_tokens(std::string_view text);

/// Whether `lower` (a word lower-cased, ’ as ', without a trailing period or "'s") is an
/// abbreviation or an initial, after which a period does not end a sentence: "mr", "dr",
/// "u.s", "jan", "г", any single letter or digit...
bool is_abbreviation(std::string_view lower);

}  // namespace rostra
