#include "common/base/record_codec.h"

#include <zstd.h>

#include <new>
#include <stdexcept>

namespace rostra {
namespace {
constexpr int kZstdLevel = 3;

// One compression and one decompression context per thread, kept: ZSTD_compress and
// ZSTD_decompress would allocate and clear a fresh one for every record.
struct ZstdContexts {
  ZSTD_CCtx* compress = ZSTD_createCCtx();
  ZSTD_DCtx* decompress = ZSTD_createDCtx();
  ~ZstdContexts() {
    ZSTD_freeCCtx(compress);
    ZSTD_freeDCtx(decompress);
  }
};

ZstdContexts& contexts() {
  thread_local ZstdContexts mine;
  if (mine.compress == nullptr || mine.decompress == nullptr) throw std::bad_alloc();
  return mine;
}

}  // namespace

void RecordWriter::add(std::string_view field) {
  add(static_cast<std::uint64_t>(field.size()));
  raw_.append(field);
}

void RecordWriter::add(std::uint64_t value) {
  while (value >= 0x80) {
    raw_.push_back(static_cast<char>((value & 0x7F) | 0x80));
    value >>= 7;
  }
  raw_.push_back(static_cast<char>(value));
}

std::string RecordWriter::compressed() const {
  std::string out(ZSTD_compressBound(raw_.size()), '\0');
  std::size_t n = ZSTD_compressCCtx(contexts().compress, out.data(), out.size(), raw_.data(),
                                    raw_.size(), kZstdLevel);
  if (ZSTD_isError(n)) throw std::runtime_error(std::string("zstd: ") + ZSTD_getErrorName(n));
  out.resize(n);
  return out;
}

RecordReader::RecordReader(std::string_view data, char format) {
  unsigned long long size = ZSTD_getFrameContentSize(data.data(), data.size());
  if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > (1ull << 31)) {
    throw std::runtime_error("stored record: not a zstd frame");
  }
  raw_.assign(size, '\0');
  std::size_t n = ZSTD_decompressDCtx(contexts().decompress, raw_.data(), raw_.size(), data.data(),
                                      data.size());
  if (ZSTD_isError(n) || n != size) throw std::runtime_error("stored record: corrupt");
  if (raw_.empty() || raw_[0] != format) throw std::runtime_error("stored record: unknown format");
}

std::uint64_t RecordReader::number() {
  std::uint64_t value = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    if (pos_ >= raw_.size()) throw std::runtime_error("stored record: truncated");
    auto byte = static_cast<unsigned char>(raw_[pos_++]);
    value |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
    if (byte < 0x80) return value;
  }
  throw std::runtime_error("stored record: bad length");
}

std::string RecordReader::string() {
  std::uint64_t n = number();
  if (n > raw_.size() - pos_) throw std::runtime_error("stored record: truncated");
  std::string s = raw_.substr(pos_, n);
  pos_ += n;
  return s;
}

}  // namespace rostra
