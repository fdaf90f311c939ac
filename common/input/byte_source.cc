#include "common/input/byte_source.h"

#include <zlib.h>
#include <zstd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

#include "common/base/errors.h"

namespace rostra {
namespace {

constexpr std::size_t kChunk = 1 << 17;

class File {
 public:
  // "-" is standard input, read from where it stands and left open.
  explicit File(const std::filesystem::path& path) : path_(path.string()) {
    file_ = path_ == "-" ? stdin : std::fopen(path_.c_str(), "rb");
    if (file_ == nullptr) throw InputError(path_ + ": cannot open: " + std::strerror(errno));
  }
  ~File() {
    if (file_ != stdin) std::fclose(file_);
  }
  File(const File&) = delete;
  File& operator=(const File&) = delete;

  std::size_t read(void* buffer, std::size_t size) {
    std::size_t n = std::fread(buffer, 1, size, file_);
    if (n < size && std::ferror(file_)) {
      throw InputError(path_ + ": read error: " + std::strerror(errno));
    }
    offset_ += n;
    return n;
  }
  std::uint64_t offset() const { return offset_; }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::FILE* file_ = nullptr;
  std::uint64_t offset_ = 0;
};

class PlainSource : public ByteSource {
 public:
  PlainSource(std::unique_ptr<File> file, std::string prefix)
      : file_(std::move(file)), pending_(std::move(prefix)) {}
  std::size_t read(char* buffer, std::size_t size) override {
    if (!pending_.empty()) {
      std::size_t n = std::min(size, pending_.size());
      std::memcpy(buffer, pending_.data(), n);
      pending_.erase(0, n);
      return n;
    }
    return file_->read(buffer, size);
  }
  std::uint64_t file_offset() const override { return file_->offset() - pending_.size(); }
  Compression compression() const override { return Compression::kNone; }

 private:
  std::unique_ptr<File> file_;
  std::string pending_;
};

class ZstdSource : public ByteSource {
 public:
  ZstdSource(std::unique_ptr<File> file, std::string prefix)
      : file_(std::move(file)), stream_(ZSTD_createDStream()), in_buffer_(kChunk) {
    if (stream_ == nullptr) throw std::bad_alloc();
    // Dumps are written with --long (128 MiB windows); a frame asking for more is refused as
    // damaged rather than allowed to allocate gigabytes.
    ZSTD_DCtx_setParameter(stream_, ZSTD_d_windowLogMax, 27);
    std::memcpy(in_buffer_.data(), prefix.data(), prefix.size());
    input_ = {in_buffer_.data(), prefix.size(), 0};
  }
  ~ZstdSource() override { ZSTD_freeDStream(stream_); }

  std::size_t read(char* buffer, std::size_t size) override {
    ZSTD_outBuffer output = {buffer, size, 0};
    while (output.pos == 0) {
      if (input_.pos == input_.size) {
        if (eof_) {
          if (frame_open_) {
            throw StreamDamage("truncated zstd stream at byte " + std::to_string(file_->offset()),
                               file_->offset());
          }
          return 0;
        }
        std::size_t n = file_->read(in_buffer_.data(), in_buffer_.size());
        if (n == 0) {
          eof_ = true;
          continue;
        }
        input_ = {in_buffer_.data(), n, 0};
      }
      std::size_t result = ZSTD_decompressStream(stream_, &output, &input_);
      if (ZSTD_isError(result)) {
        std::uint64_t at = file_->offset() - (input_.size - input_.pos);
        throw StreamDamage("corrupt zstd stream near byte " + std::to_string(at) + ": " +
                               ZSTD_getErrorName(result),
                           at);
      }
      frame_open_ = result != 0;
    }
    return output.pos;
  }
  std::uint64_t file_offset() const override {
    return file_->offset() - (input_.size - input_.pos);
  }
  Compression compression() const override { return Compression::kZstd; }

 private:
  std::unique_ptr<File> file_;
  ZSTD_DStream* stream_;
  std::vector<char> in_buffer_;
  ZSTD_inBuffer input_{};
  bool eof_ = false;
  bool frame_open_ = false;
};

class GzipSource : public ByteSource {
 public:
  GzipSource(std::unique_ptr<File> file, std::string prefix)
      : file_(std::move(file)), in_buffer_(kChunk) {
    std::memset(&stream_, 0, sizeof stream_);
    if (inflateInit2(&stream_, 15 + 32) != Z_OK) throw std::bad_alloc();
    std::memcpy(in_buffer_.data(), prefix.data(), prefix.size());
    stream_.next_in = reinterpret_cast<Bytef*>(in_buffer_.data());
    stream_.avail_in = static_cast<uInt>(prefix.size());
  }
  ~GzipSource() override { inflateEnd(&stream_); }

  std::size_t read(char* buffer, std::size_t size) override {
    stream_.next_out = reinterpret_cast<Bytef*>(buffer);
    stream_.avail_out = static_cast<uInt>(size);
    while (stream_.avail_out == size) {
      if (stream_.avail_in == 0) {
        std::size_t n = eof_ ? 0 : file_->read(in_buffer_.data(), in_buffer_.size());
        if (n == 0) {
          eof_ = true;
          if (member_open_) {
            throw StreamDamage("truncated gzip stream at byte " + std::to_string(file_->offset()),
                               file_->offset());
          }
          return 0;
        }
        stream_.next_in = reinterpret_cast<Bytef*>(in_buffer_.data());
        stream_.avail_in = static_cast<uInt>(n);
      }
      if (!member_open_) {
        // A concatenated gzip member starts here.
        inflateReset(&stream_);
        member_open_ = true;
        member_start_ = file_offset();
      }
      int rc = inflate(&stream_, Z_NO_FLUSH);
      if (rc == Z_STREAM_END) {
        member_open_ = false;
      } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
        throw StreamDamage("corrupt gzip stream near byte " + std::to_string(file_offset()) + ": " +
                               (stream_.msg ? stream_.msg : "inflate error"),
                           file_offset());
      }
    }
    return size - stream_.avail_out;
  }
  std::uint64_t file_offset() const override { return file_->offset() - stream_.avail_in; }
  Compression compression() const override { return Compression::kGzip; }
  std::uint64_t member_offset() const override { return member_start_; }

 private:
  std::unique_ptr<File> file_;
  std::uint64_t member_start_ = 0;
  z_stream stream_;
  std::vector<char> in_buffer_;
  bool eof_ = false;
  bool member_open_ = true;
};

}  // namespace

std::unique_ptr<ByteSource> open_byte_source(const std::filesystem::path& path) {
  auto file = std::make_unique<File>(path);
  std::string prefix(4, '\0');
  prefix.resize(file->read(prefix.data(), prefix.size()));
  auto bytes = reinterpret_cast<const unsigned char*>(prefix.data());
  // A zstd frame, or a skippable frame (magic 0x184D2A50 to 0x184D2A5F, little-endian), which
  // pzstd writes first and the zstd decoder passes over.
  const bool zstd_frame = prefix.size() == 4 && bytes[0] == 0x28 && bytes[1] == 0xB5 &&
                          bytes[2] == 0x2F && bytes[3] == 0xFD;
  const bool skippable_frame = prefix.size() == 4 && (bytes[0] & 0xF0) == 0x50 &&
                               bytes[1] == 0x2A && bytes[2] == 0x4D && bytes[3] == 0x18;
  if (zstd_frame || skippable_frame) {
    return std::make_unique<ZstdSource>(std::move(file), std::move(prefix));
  }
  if (prefix.size() >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B) {
    return std::make_unique<GzipSource>(std::move(file), std::move(prefix));
  }
  return std::make_unique<PlainSource>(std::move(file), std::move(prefix));
}

void read_whole_file(const std::filesystem::path& path, std::string& out, std::size_t max_bytes) {
  out.clear();
  auto source = open_byte_source(path);
  char buffer[1 << 16];
  while (std::size_t n = source->read(buffer, sizeof buffer)) {
    if (out.size() + n > max_bytes) {
      throw InputError(path.string() + ": larger than " + std::to_string(max_bytes >> 20) + " MiB");
    }
    out.append(buffer, n);
  }
}

}  // namespace rostra
