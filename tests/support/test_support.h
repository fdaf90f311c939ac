#pragma once
// Helpers shared by the unit tests: in-memory byte sources, a collecting ReaderSink,
// zstd/gzip compression and temporary files.

#include <stdlib.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "common/input/byte_source.h"
#include "common/model/article.h"
#include "common/model/input_issue.h"

namespace rostra::test {

/// A ByteSource over a string. `chunk` caps how many bytes one read() returns, to exercise
/// buffer boundaries. With `damage_at_end`, reading past the data throws StreamDamage
/// instead of reporting the end.
class MemorySource : public ByteSource {
 public:
  explicit MemorySource(std::string data, std::size_t chunk = static_cast<std::size_t>(-1),
                        bool damage_at_end = false)
      : data_(std::move(data)), chunk_(chunk), damage_at_end_(damage_at_end) {}

  std::size_t read(char* buffer, std::size_t size) override {
    std::size_t n = std::min({size, chunk_, data_.size() - pos_});
    if (n == 0 && damage_at_end_) throw StreamDamage("memory source: damaged", pos_);
    std::memcpy(buffer, data_.data() + pos_, n);
    pos_ += n;
    return n;
  }
  std::uint64_t file_offset() const override { return pos_; }
  Compression compression() const override { return Compression::kNone; }

 private:
  std::string data_;
  std::size_t chunk_;
  bool damage_at_end_;
  std::size_t pos_ = 0;
};

/// Collects what a reader delivers.
struct Collected {
  std::vector<Article> articles;
  std::vector<InputIssue> issues;

  ReaderSink sink() {
    ReaderSink sink;
    sink.article = [this](Article&& a) { articles.push_back(std::move(a)); };
    sink.issue = [this](InputIssue&& i) { issues.push_back(std::move(i)); };
    return sink;
  }
  std::vector<InputIssue> of_kind(InputIssue::Kind kind) const {
    std::vector<InputIssue> out;
    for (const InputIssue& issue : issues) {
      if (issue.kind == kind) out.push_back(issue);
    }
    return out;
  }
  std::vector<InputIssue> rejected() const { return of_kind(InputIssue::Kind::kRejected); }
  std::vector<InputIssue> warnings() const { return of_kind(InputIssue::Kind::kWarning); }
};

/// True when `haystack` contains `needle`.
inline bool contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

/// Everything `source` delivers, reading `chunk` bytes at a time.
inline std::string read_all(ByteSource& source, std::size_t chunk = 4096) {
  std::string out;
  std::vector<char> buffer(chunk);
  while (std::size_t n = source.read(buffer.data(), buffer.size())) out.append(buffer.data(), n);
  return out;
}

/// One zstd frame holding `data`.
inline std::string zstd_compress(std::string_view data, int level = 3) {
  std::string out(ZSTD_compressBound(data.size()), '\0');
  std::size_t n = ZSTD_compress(out.data(), out.size(), data.data(), data.size(), level);
  if (ZSTD_isError(n)) throw std::runtime_error(ZSTD_getErrorName(n));
  out.resize(n);
  return out;
}

/// One gzip member holding `data` (deflateInit2 with windowBits 31).
inline std::string gzip_compress(std::string_view data) {
  z_stream stream;
  std::memset(&stream, 0, sizeof stream);
  if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
    throw std::runtime_error("deflateInit2 failed");
  }
  std::string out(deflateBound(&stream, static_cast<uLong>(data.size())) + 64, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  int rc = deflate(&stream, Z_FINISH);
  std::size_t produced = out.size() - stream.avail_out;
  deflateEnd(&stream);
  if (rc != Z_STREAM_END) throw std::runtime_error("deflate did not finish");
  out.resize(produced);
  return out;
}

/// Deterministic, poorly compressible text of `size` bytes (lines of pseudo-random words).
inline std::string noisy_text(std::size_t size, std::uint32_t seed = 12345) {
  std::string out;
  out.reserve(size);
  std::uint32_t state = seed;
  std::size_t column = 0;
  while (out.size() < size) {
    state = state * 1664525u + 1013904223u;
    char c = static_cast<char>('a' + (state >> 24) % 26);
    if ((state >> 16) % 7 == 0) c = ' ';
    if (++column > 70) {
      c = '\n';
      column = 0;
    }
    out.push_back(c);
  }
  return out;
}

/// A fresh directory under the system temp directory, removed with its contents.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "rostra-unit-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }

  /// Writes `content` to `name` inside the directory and returns its path.
  std::filesystem::path write(const std::string& name, std::string_view content) const {
    std::filesystem::path file = path_ / name;
    std::ofstream out(file, std::ios::binary);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    if (!out) throw std::runtime_error("cannot write " + file.string());
    return file;
  }

 private:
  std::filesystem::path path_;
};

}  // namespace rostra::test
