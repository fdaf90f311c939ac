// Fuzzes token records, which searches read back from part files on disk (a damaged or
// foreign file must never crash a search): parse_token_record on arbitrary bytes, and when
// they parse, every kind of positional pattern matched against them. The first four bytes
// choose the word ids the patterns look for; the rest is the record.
//
// Invariants: spans lie inside the text stream and do not overlap; for_each_word positions
// rise; a phrase of one word matches exactly when for_each_word sees that word; the same
// matcher answers the same twice.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "common/query/positional_pattern.h"
#include "common/tokens/token_record.h"
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 4) return 0;
  using rostra::PositionalPattern;
  using rostra::WordId;
  const WordId a = data[0] + 1u;
  const WordId b = data[1] + 1u;
  const WordId c = static_cast<WordId>(data[2]) * 131u + 1u;  // often two varint bytes
  const unsigned window = data[3] % 200u + 3u;
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 4, size - 4);

  rostra::TokenRecordView record;
  if (!rostra::parse_token_record(bytes, record)) return 0;
  std::size_t previous_end = 0;
  for (const rostra::TokenSpan& span : record.spans) {
    FUZZ_CHECK(span.start >= previous_end);
    FUZZ_CHECK(span.start <= span.end && span.end <= record.text.size());
    previous_end = span.end;
  }
  bool holds_a = false;
  std::uint32_t last = 0;
  const bool well_formed = rostra::for_each_word(record.text, [&](std::uint32_t p, WordId id) {
    FUZZ_CHECK(p > last);
    last = p;
    if (id == a) holds_a = true;
  });

  auto pattern = [](PositionalPattern::Kind kind, PositionalPattern::Scope scope,
                    std::vector<std::vector<WordId>> words, unsigned w, bool ordered) {
    PositionalPattern p;
    p.kind = kind;
    p.scope = scope;
    p.words = std::move(words);
    p.window = w;
    p.ordered = ordered;
    return p;
  };
  using Kind = PositionalPattern::Kind;
  using Scope = PositionalPattern::Scope;
  const PositionalPattern patterns[] = {
      pattern(Kind::kPhrase, Scope::kText, {{a}}, 0, false),
      pattern(Kind::kPhrase, Scope::kText, {{a}, {b}, {c}}, 0, false),
      pattern(Kind::kPhrase, Scope::kTitle, {{a}, {b}}, 0, false),
      pattern(Kind::kPhrase, Scope::kQuotes, {{a}, {c}}, 0, false),
      pattern(Kind::kPhrase, Scope::kText, {{a, c}, {b, a}}, 0, false),
      pattern(Kind::kNear, Scope::kText, {{a}, {b}}, window, false),
      pattern(Kind::kNear, Scope::kText, {{a, b}, {b}, {a}}, window, false),
      pattern(Kind::kNear, Scope::kText, {{c}, {a, b}}, window, true),
  };
  for (const PositionalPattern& p : patterns) {
    rostra::PositionalMatcher matcher(p);
    const bool first = matcher.matches(record);
    FUZZ_CHECK(matcher.matches(record) == first);
  }
  if (well_formed) {
    rostra::PositionalMatcher single(patterns[0]);
    FUZZ_CHECK(single.matches(record) == holds_a);
  }
  return 0;
}
