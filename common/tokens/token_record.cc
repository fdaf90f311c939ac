#include "common/tokens/token_record.h"

#include <cstring>

#include "common/base/varint.h"
#include "common/schema/schema.h"

namespace rostra {

namespace {

bool read_bytes(const char*& p, const char* end, std::string_view& out) {
  std::uint32_t size = 0;
  if (!get_varint(p, end, size) || size > static_cast<std::size_t>(end - p)) return false;
  out = std::string_view(p, size);
  p += size;
  return true;
}

}  // namespace

void TokenRecordBuilder::clear() {
  title_.clear();
  text_.clear();
  speakers_.clear();
  spans_.clear();
  sentence_starts_.clear();
  in_quote_ = false;
}

void TokenRecordBuilder::add(std::string& stream, WordId id) {
  put_varint(stream, id);
}

void TokenRecordBuilder::end_paragraph(std::string& stream) {
  if (!stream.empty() && stream.back() != '\0') stream.push_back('\0');
}

void TokenRecordBuilder::begin_quote(std::string_view speaker) {
  end_quote();
  std::uint32_t index = 0;
  if (!speaker.empty()) {
    std::size_t i = 0;
    while (i < speakers_.size() && speakers_[i] != speaker) ++i;
    if (i == speakers_.size()) speakers_.emplace_back(speaker);
    index = static_cast<std::uint32_t>(i + 1);
  }
  open_ = Span{text_.size(), text_.size(), index};
  in_quote_ = true;
}

void TokenRecordBuilder::end_quote() {
  if (!in_quote_) return;
  in_quote_ = false;
  open_.end = text_.size();
  // A break closing the quote's paragraph belongs to no span.
  while (open_.end > open_.start && text_[open_.end - 1] == '\0') --open_.end;
  if (open_.end > open_.start) spans_.push_back(open_);
}

std::string TokenRecordBuilder::finish() {
  end_quote();
  std::string quotes;
  if (!spans_.empty()) {
    put_varint(quotes, speakers_.size());
    for (const std::string& s : speakers_) {
      put_varint(quotes, s.size());
      quotes += s;
    }
    put_varint(quotes, spans_.size());
    std::size_t previous_end = 0;
    for (const Span& span : spans_) {
      put_varint(quotes, span.start - previous_end);
      put_varint(quotes, span.end - span.start);
      put_varint(quotes, span.speaker);
      previous_end = span.end;
    }
  }
  std::string sentences;
  std::size_t previous_start = 0;
  for (std::size_t start : sentence_starts_) {
    put_varint(sentences, start - previous_start);
    previous_start = start;
  }
  std::string out;
  out.reserve(title_.size() + quotes.size() + sentences.size() + text_.size() + 12);
  put_varint(out, title_.size());
  out += title_;
  put_varint(out, quotes.size());
  out += quotes;
  put_varint(out, sentences.size());
  out += sentences;
  out += text_;
  return out;
}

namespace {

// Decodes a record's quote block (see the layout) into `spans`.
bool parse_spans(std::string_view quotes, std::size_t text_size, std::vector<TokenSpan>& spans) {
  spans.clear();
  if (quotes.empty()) return true;
  const char* p = quotes.data();
  const char* end = p + quotes.size();
  std::uint32_t speaker_count = 0;
  // Each speaker takes at least its length byte: a larger count is damage, not a size.
  if (!get_varint(p, end, speaker_count) || speaker_count > static_cast<std::size_t>(end - p)) {
    return false;
  }
  // Speakers are few in an article: a small array on the stack keeps parsing allocation-free.
  // A long transcript names more (its speaker turns), and a cap refused such records as
  // damaged ("malformed token record": every quote: search over a Kremlin transcript failed).
  constexpr std::size_t kSpeakersOnStack = 64;
  std::string_view on_stack[kSpeakersOnStack];
  std::vector<std::string_view> on_heap;
  std::string_view* speakers = on_stack;
  if (speaker_count > kSpeakersOnStack) {
    on_heap.resize(speaker_count);
    speakers = on_heap.data();
  }
  for (std::uint32_t i = 0; i < speaker_count; ++i) {
    if (!read_bytes(p, end, speakers[i])) return false;
  }
  std::uint32_t span_count = 0;
  if (!get_varint(p, end, span_count)) return false;
  std::size_t previous_end = 0;
  for (std::uint32_t i = 0; i < span_count; ++i) {
    std::uint32_t gap = 0;
    std::uint32_t length = 0;
    std::uint32_t speaker = 0;
    if (!get_varint(p, end, gap) || !get_varint(p, end, length) || !get_varint(p, end, speaker) ||
        speaker > speaker_count) {
      return false;
    }
    TokenSpan span;
    span.start = previous_end + gap;
    span.end = span.start + length;
    if (span.end > text_size) return false;
    if (speaker > 0) span.speaker = speakers[speaker - 1];
    spans.push_back(span);
    previous_end = span.end;
  }
  return p == end;
}

}  // namespace

bool parse_token_record(std::string_view bytes, TokenRecordView& out, bool spans) {
  const char* p = bytes.data();
  const char* end = p + bytes.size();
  std::string_view quotes;
  if (!read_bytes(p, end, out.title) || !read_bytes(p, end, quotes) ||
      !read_bytes(p, end, out.sentences)) {
    return false;
  }
  out.text = std::string_view(p, static_cast<std::size_t>(end - p));
  if (!spans) {
    out.spans.clear();
    return true;
  }
  return parse_spans(quotes, out.text.size(), out.spans);
}

bool sentence_starts(const TokenRecordView& record, std::vector<std::uint32_t>& out) {
  out.clear();
  const char* p = record.sentences.data();
  const char* end = p + record.sentences.size();
  std::uint32_t start = 0;
  while (p < end) {
    std::uint32_t delta = 0;
    if (!get_varint(p, end, delta) || delta > record.text.size() - start) return false;
    start += delta;
    out.push_back(start);
  }
  return true;
}

WordRun encode_word_run(const std::vector<WordId>& ids) {
  WordRun run;
  WordId highest = 0;
  for (WordId id : ids) {
    const std::size_t at = run.bytes.size();
    put_varint(run.bytes, id);
    if (id >= highest) {
      highest = id;
      run.anchor = at;
      run.anchor_length = run.bytes.size() - at;
    }
  }
  return run;
}

bool contains_word_run(std::string_view stream, const WordRun& run, std::size_t from,
                       std::size_t to) {
  const std::size_t size = run.bytes.size();
  if (size == 0 || to > stream.size() || from > to || to - from < size) return false;
  // Look for the anchor (the rarest word) and check the whole run around each one found.
  const std::string_view anchor(run.bytes.data() + run.anchor, run.anchor_length);
  const std::string_view window = stream.substr(0, to - (size - run.anchor - run.anchor_length));
  for (std::size_t at = window.find(anchor, from + run.anchor); at != std::string_view::npos;
       at = window.find(anchor, at + 1)) {
    const std::size_t start = at - run.anchor;
    // A match inside a longer varint is preceded by one of its continuation bytes.
    if (std::memcmp(stream.data() + start, run.bytes.data(), size) == 0 &&
        (start == from || static_cast<unsigned char>(stream[start - 1]) < 0x80)) {
      return true;
    }
  }
  return false;
}

}  // namespace rostra
