// Fuzzes plain-text articles the way the indexer reads them: repair_utf8 on a copy of the
// bytes, is_word_list, parse_text_article, resolve_metadata. The raw (unrepaired) bytes are parsed
// too, since parse_text_article takes any string_view.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "common/input/text_article_parser.h"
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

void parse_and_resolve(std::string_view content, const rostra::OutletTable& outlets) {
  rostra::Article article = rostra::parse_text_article(content);
  rostra::resolve_metadata(article, outlets);
  FUZZ_CHECK(!article.id.empty());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const rostra::OutletTable outlets;
  const std::string_view raw(reinterpret_cast<const char*>(data), size);

  std::string repaired(raw);
  std::size_t bad = rostra::repair_utf8(repaired);
  FUZZ_CHECK(rostra::is_valid_utf8(repaired));
  FUZZ_CHECK((bad == 0) == rostra::is_valid_utf8(raw));
  FUZZ_CHECK(bad == 0 ? repaired == raw : repaired.size() >= raw.size());
  std::string again = repaired;
  FUZZ_CHECK(rostra::repair_utf8(again) == 0 && again == repaired);

  // What the indexer does: a list of short lines is no article; else parse the repaired
  // text; the result must be valid UTF-8. A list has lines, so an empty text is none.
  FUZZ_CHECK(!rostra::is_word_list(repaired) || !repaired.empty());
  rostra::Article article = rostra::parse_text_article(repaired);
  rostra::resolve_metadata(article, outlets);
  rostra::fuzz::check_resolved(article);

  if (bad != 0) parse_and_resolve(raw, outlets);
  return 0;
}
