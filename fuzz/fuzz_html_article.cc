// Fuzzes the web page extractor: charset, HTML5 parse, metadata and main text, on any
// bytes, with and without an HTTP Content-Type. Nothing may crash, hang or leak; the body
// must be valid UTF-8.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "common/base/utf8.h"
#include "common/input/web/html_article.h"
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  rostra::HtmlExtraction plain = rostra::extract_html_article(bytes, {});
  FUZZ_CHECK(rostra::is_valid_utf8(plain.article.body));
  FUZZ_CHECK(rostra::is_valid_utf8(plain.article.title));
  rostra::HtmlExtraction served = rostra::extract_html_article(
      bytes, {"http://x.example/2024/01/02/a", "text/html; charset=koi8-r"});
  FUZZ_CHECK(rostra::is_valid_utf8(served.article.body));
  return 0;
}
