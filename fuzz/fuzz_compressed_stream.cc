// Fuzzes file input: the bytes are written to a temporary file and read back through
// open_byte_source (short, irregular reads) and read_whole_file. Arbitrary and truncated
// zstd and gzip data is reached through the magic bytes. StreamDamage and InputError are
// documented outcomes; anything else escaping is a finding. When neither read fails, both
// must deliver the same bytes, and plain files must come back unchanged.

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>

#include "common/base/errors.h"
#include "common/input/byte_source.h"
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

namespace fs = std::filesystem;

// Decompression bombs are not findings: stop reading after this much output.
constexpr std::size_t kMaxOutput = 16u << 20;

// One file per process (libFuzzer -jobs/-fork run several), removed at exit.
class TempFile {
 public:
  TempFile()
      : path_(fs::temp_directory_path() /
              ("rostra-fuzz-stream-" + std::to_string(::getpid()) + ".bin")) {}
  ~TempFile() {
    std::error_code ignored;
    fs::remove(path_, ignored);
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;

  const fs::path& path() const { return path_; }

  void write(std::string_view bytes) const {
    std::FILE* f = std::fopen(path_.c_str(), "wb");
    FUZZ_CHECK(f != nullptr);
    FUZZ_CHECK(std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size());
    FUZZ_CHECK(std::fclose(f) == 0);
  }

 private:
  fs::path path_;
};

rostra::Compression expected_compression(std::string_view bytes) {
  if (bytes.size() >= 4 && bytes.substr(0, 4) == std::string_view("\x28\xB5\x2F\xFD", 4)) {
    return rostra::Compression::kZstd;
  }
  // A zstd skippable frame (magic 0x184D2A50 to 0x184D2A5F, little-endian), as pzstd writes.
  if (bytes.size() >= 4 && (static_cast<unsigned char>(bytes[0]) & 0xF0) == 0x50 &&
      bytes.substr(1, 3) == std::string_view("\x2A\x4D\x18", 3)) {
    return rostra::Compression::kZstd;
  }
  if (bytes.size() >= 2 && bytes.substr(0, 2) == "\x1F\x8B") return rostra::Compression::kGzip;
  return rostra::Compression::kNone;
}

// Streams the file with reads of 1, 2, 5, 64, 4096 and 65536 bytes, cycling. Returns
// false when the stream reported damage.
bool stream_file(const fs::path& path, std::string_view input, std::string& out) {
  static constexpr std::size_t kSizes[] = {1, 2, 5, 64, 4096, 65536};
  static char buffer[65536];
  out.clear();
  try {
    auto source = rostra::open_byte_source(path);
    FUZZ_CHECK(source->compression() == expected_compression(input));
    for (std::size_t i = 0; out.size() < kMaxOutput; ++i) {
      std::size_t want = kSizes[i % std::size(kSizes)];
      std::size_t n = source->read(buffer, want);
      FUZZ_CHECK(n <= want);
      if (n == 0) break;
      out.append(buffer, n);
      FUZZ_CHECK(source->file_offset() <= input.size());
    }
    return true;
  } catch (const rostra::StreamDamage& damage) {
    FUZZ_CHECK(damage.offset() <= input.size());
    return false;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const TempFile file;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  file.write(input);

  std::string streamed;
  bool stream_ok = false;
  try {
    stream_ok = stream_file(file.path(), input, streamed);
  } catch (const rostra::InputError&) {
  }

  std::string whole;
  bool whole_ok = false;
  try {
    rostra::read_whole_file(file.path(), whole, kMaxOutput);
    whole_ok = true;
  } catch (const rostra::StreamDamage&) {
  } catch (const rostra::InputError&) {
  }

  if (stream_ok && whole_ok) FUZZ_CHECK(streamed == whole);
  if (expected_compression(input) == rostra::Compression::kNone) {
    FUZZ_CHECK(stream_ok && whole_ok && whole == input);
  }
  return 0;
}
