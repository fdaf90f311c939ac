// Fuzzes quote finding and speaker attribution: extract_quotes with an empty alias table.
// Every quote must lie inside the body: mark_start <= start <= end <= mark_end <= size.
// Bodies reach extract_quotes as valid UTF-8 (readers repair them), so invalid input is
// also run repaired; the raw bytes are run first, as extract_quotes takes any string_view.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/quotes/speaker_attributor.h"
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

void check_quotes(std::string_view body, const rostra::SpeakerAliases& aliases) {
  std::vector<rostra::Quote> quotes = rostra::extract_quotes(body, aliases);
  for (const rostra::Quote& q : quotes) {
    FUZZ_CHECK(q.mark_start <= q.start);
    FUZZ_CHECK(q.start <= q.end);
    FUZZ_CHECK(q.end <= body.size());
    FUZZ_CHECK(q.end <= q.mark_end);
    FUZZ_CHECK(q.mark_end <= body.size());
    FUZZ_CHECK(q.closed || q.mark_end == q.end);
    // Names come from the body (or the alias table), so they are as valid as the body.
    if (rostra::is_valid_utf8(body)) {
      FUZZ_CHECK(rostra::is_valid_utf8(q.speaker));
      FUZZ_CHECK(rostra::is_valid_utf8(q.cue));
      FUZZ_CHECK(rostra::is_valid_utf8(q.as_written));
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const rostra::SpeakerAliases aliases;
  const std::string_view raw(reinterpret_cast<const char*>(data), size);
  check_quotes(raw, aliases);
  std::string repaired(raw);
  if (rostra::repair_utf8(repaired) != 0) check_quotes(repaired, aliases);
  return 0;
}
