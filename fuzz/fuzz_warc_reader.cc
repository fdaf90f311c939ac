// Fuzzes the WARC reader on a file of any bytes (written to a temporary file, since the
// reader opens its input to locate gzip members), and the HTTP response parser on the same
// bytes. Nothing may crash or hang; every article body must be valid UTF-8.

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "common/base/utf8.h"
#include "common/input/warc_reader.h"
#include "common/input/web/http_response.h"
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string path = "/tmp/rostra-fuzz-warc-" + std::to_string(::getpid());
  std::FILE* file = std::fopen(path.c_str(), "wb");
  if (file == nullptr) return 0;
  std::fwrite(data, 1, size, file);
  std::fclose(file);
  rostra::ReaderSink sink;
  sink.article = [](rostra::Article&& a) { FUZZ_CHECK(rostra::is_valid_utf8(a.body)); };
  sink.issue = [](rostra::InputIssue&&) {};
  rostra::WarcRecordCounts counts;
  try {
    rostra::read_warc(path, sink, counts);
  } catch (const std::exception&) {
  }
  rostra::HttpResponse response;
  rostra::parse_http_response(std::string_view(reinterpret_cast<const char*>(data), size), 1 << 20,
                              response);
  return 0;
}
