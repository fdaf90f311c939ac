#pragma once
// Token records: where each word of a document stands, kept outside Xapian's position table.
//
// A record lists a document's words in order as word ids (TermDictionary), so a phrase is a
// run of consecutive ids and a NEAR query a window over them. It is ~1.6 bytes per word, a
// seventh of what Xapian's position table takes for the same positions (benchmarks/NOTES.md),
// and checking one candidate costs a memory search instead of a B-tree lookup per term.
// Phrase, NEAR/ADJ, title: and quote: queries fetch candidates from Xapian's postings and
// keep those whose record matches (positional_filter.h). Pure: no Xapian.
//
// Layout (persisted: changing it requires bumping schema::kSchemaVersion):
//
//   record  := varint(byte length) title  varint(byte length) quotes
//              varint(byte length) sentences  text
//   title, text := { varint(word id) | 0x00 }*     (text runs to the end of the record)
//   quotes  := empty, or speakers spans
//   speakers:= varint(n) { varint(byte length) bytes }*        (speaker names, fold_case'd)
//   spans   := varint(n) { varint(start - previous end) varint(byte length)
//                          varint(speaker index + 1, or 0 when unattributed) }*
//   sentences := { varint(start - previous start) }*   (previous start 0 for the first)
//
// The text comes last and the small quote block before it, so a check that needs no quote
// touches only the record's first bytes and the text it searches.
//
// In a stream each word takes one position; 0x00 ends a paragraph or field, and the next
// word stands schema::kFieldPositionGap positions further on, so a phrase never crosses it.
// Ids are at least 1 and varints never end in 0x00, so a 0x00 byte is always a break and a
// byte below 0x80 always ends a token: a phrase is found by searching the stream's bytes
// for its ids' encoding, at a token boundary. Spans are byte ranges of the text stream
// holding one quote's words each (the `quote:` field), in order.
//
// Sentences (schema 7): a paragraph (0x00) always ends a sentence; `sentences` lists, as
// byte offsets into the text stream, the words that start a new sentence inside a paragraph
// (the token stream's sentences, word_tokenizer.h), in order. Two words stand in the same
// sentence when no break and no listed start lies after the first and up to the second
// (`w/s`); in the same paragraph when no break lies between them (`w/p`).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/base/varint.h"
#include "common/schema/schema.h"

namespace rostra {

/// A word's id in one index (see TermDictionary). 0 is never an id.
using WordId = std::uint32_t;

/// Builds one record. Add the title's words, then the text's, opening and closing quote
/// spans around the text words inside quotes. Reuse one builder: clear() keeps capacity.
class TokenRecordBuilder {
 public:
  void clear();

  /// Appends a word to the title stream. REQUIRES: id > 0.
  void add_title_word(WordId id) { add(title_, id); }
  /// Appends a word to the text stream. REQUIRES: id > 0.
  void add_text_word(WordId id) { add(text_, id); }
  /// Ends a paragraph or field of the text stream (nothing when none is open).
  void end_text_paragraph() { end_paragraph(text_); }
  /// Ends a paragraph of the title stream.
  void end_title_paragraph() { end_paragraph(title_); }
  /// The next text word starts a new sentence of its paragraph. REQUIRES: a text word was
  /// added since the last paragraph break (a break ends sentences by itself).
  void begin_sentence() { sentence_starts_.push_back(text_.size()); }

  /// Starts a quote span at the next text word; `speaker` (already fold_case'd) may be empty.
  /// A span still open is closed first.
  void begin_quote(std::string_view speaker);
  /// Ends the open quote span, if any. Empty spans are dropped.
  void end_quote();

  /// The encoded record. Closes an open span.
  std::string finish();

 private:
  static void add(std::string& stream, WordId id);
  static void end_paragraph(std::string& stream);

  std::string title_;
  std::string text_;
  std::vector<std::string> speakers_;
  struct Span {
    std::size_t start;
    std::size_t end;
    std::uint32_t speaker;  // index + 1, or 0
  };
  std::vector<Span> spans_;
  std::vector<std::size_t> sentence_starts_;  // byte offsets in text_
  bool in_quote_ = false;
  Span open_{};
};

/// One quote span of a record: a byte range of the text stream.
struct TokenSpan {
  std::size_t start = 0;
  std::size_t end = 0;
  std::string_view speaker;  ///< Empty when unattributed.
};

/// A decoded record: views into its bytes, valid while they are.
struct TokenRecordView {
  std::string_view title;
  std::string_view text;
  std::vector<TokenSpan> spans;  ///< Decoded only when asked for.
  std::string_view sentences;    ///< Encoded; read with sentence_starts().
};

/// The text-stream offsets at which sentences start inside a paragraph (see the layout), in
/// order, into `out`. Returns false when `record.sentences` is malformed.
bool sentence_starts(const TokenRecordView& record, std::vector<std::uint32_t>& out);

/// Decodes `bytes` into `out` (reusing its capacity), its quote spans too when `spans`.
/// Returns false when `bytes` is not a well-formed record (as far as it decoded); `out` is
/// then unspecified.
bool parse_token_record(std::string_view bytes, TokenRecordView& out, bool spans = true);

/// The positions of the words of a stream: one entry per word, position 1 first, each break
/// adding schema::kFieldPositionGap (as the indexer numbered positions before records).
/// Calls `visit(position, id)` for each word, in order. Returns false on a malformed stream
/// (a cut varint, or one ending in 0x00, which no writer makes).
template <typename Visit>
bool for_each_word(std::string_view stream, Visit&& visit);

/// What a phrase search looks for: the encoding of its ids as consecutive words of a
/// stream, and where in it the word searched for first (the anchor) stands: the one of
/// highest id, since ids are given in order of first use and a late word is a rare one.
struct WordRun {
  std::string bytes;
  std::size_t anchor = 0;         ///< Offset of the anchor word in `bytes`.
  std::size_t anchor_length = 0;  ///< Its encoding's length.
};
WordRun encode_word_run(const std::vector<WordId>& ids);

/// Whether `stream[from, to)` holds `run` starting at a word boundary. REQUIRES: `from` is
/// a word boundary (0, or a span start).
bool contains_word_run(std::string_view stream, const WordRun& run, std::size_t from,
                       std::size_t to);

// --- implementation of the template ----------------------------------------------------

template <typename Visit>
bool for_each_word(std::string_view stream, Visit&& visit) {
  const char* p = stream.data();
  const char* end = p + stream.size();
  std::uint32_t position = 1;
  bool in_paragraph = false;
  while (p < end) {
    if (*p == '\0') {
      ++p;
      if (in_paragraph) position += schema::kFieldPositionGap;
      in_paragraph = false;
      continue;
    }
    std::uint32_t id = 0;
    // A word never ends in 0x00 (that byte is a break): such a varint is malformed.
    if (!get_varint(p, end, id) || p[-1] == '\0') return false;
    visit(position, static_cast<WordId>(id));
    ++position;
    in_paragraph = true;
  }
  return true;
}

}  // namespace rostra
