#pragma once
// Streaming byte input from a file that may be zstd- or gzip-compressed. Memory stays
// bounded however large the input: nothing is read ahead beyond one buffer.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>

namespace rostra {

/// A compressed stream is damaged (truncated or corrupt) at `offset` bytes into the file.
/// Everything read before the damage was delivered. The message does not name the file:
/// the caller knows it.
class StreamDamage : public std::runtime_error {
 public:
  StreamDamage(const std::string& what, std::uint64_t offset)
      : std::runtime_error(what), offset_(offset) {}
  std::uint64_t offset() const { return offset_; }

 private:
  std::uint64_t offset_;
};

enum class Compression { kNone, kZstd, kGzip };

/// A forward-only stream of decompressed bytes. Not thread-safe.
class ByteSource {
 public:
  virtual ~ByteSource() = default;

  /// Reads up to `size` bytes into `buffer`; returns 0 only at the end of the input.
  /// Throws StreamDamage when a compressed stream is truncated or corrupt, and
  /// InputError on a read error.
  virtual std::size_t read(char* buffer, std::size_t size) = 0;

  /// Bytes consumed from the underlying file so far (compressed bytes), for progress.
  virtual std::uint64_t file_offset() const = 0;

  virtual Compression compression() const = 0;

  /// For a gzip stream, the file offset at which the gzip member that produced the bytes
  /// last returned by read() starts (one read() never returns bytes of two members); for
  /// other sources kNoMember. Web archives compress each record as its own member, and this
  /// offset is how archive indexes (CDX) locate a record.
  virtual std::uint64_t member_offset() const { return kNoMember; }
  static constexpr std::uint64_t kNoMember = ~std::uint64_t{0};
};

/// Opens `path` ("-": standard input), detecting zstd and gzip by their magic bytes (not by
/// extension).
/// Throws InputError naming the file when it cannot be opened.
std::unique_ptr<ByteSource> open_byte_source(const std::filesystem::path& path);

/// Reads the whole decompressed content of `path`. Throws InputError when it exceeds
/// `max_bytes`, and StreamDamage (after filling `out` with what was readable).
void read_whole_file(const std::filesystem::path& path, std::string& out, std::size_t max_bytes);

}  // namespace rostra
