#include "common/stored_article.h"

#include <zstd.h>

#include <stdexcept>

namespace rostra {
namespace {

// Persisted: the layout version of the stored record.
constexpr char kStoredFormat = 1;
constexpr int kZstdLevel = 3;
constexpr char kListSeparator = '\x1f';

void put_varint(std::string& out, std::size_t value) {
  while (value >= 0x80) {
    out.push_back(static_cast<char>((value & 0x7F) | 0x80));
    value >>= 7;
  }
  out.push_back(static_cast<char>(value));
}

void put_string(std::string& out, std::string_view s) {
  put_varint(out, s.size());
  out.append(s);
}

class Reader {
 public:
  explicit Reader(std::string_view data) : data_(data) {}
  std::size_t varint() {
    std::size_t value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos_ >= data_.size()) throw std::runtime_error("stored article: truncated");
      auto byte = static_cast<unsigned char>(data_[pos_++]);
      value |= static_cast<std::size_t>(byte & 0x7F) << shift;
      if (byte < 0x80) return value;
    }
    throw std::runtime_error("stored article: bad length");
  }
  std::string string() {
    std::size_t n = varint();
    if (n > data_.size() - pos_) throw std::runtime_error("stored article: truncated");
    std::string s(data_.substr(pos_, n));
    pos_ += n;
    return s;
  }

 private:
  std::string_view data_;
  std::size_t pos_ = 0;
};

}  // namespace

std::string encode_stored_article(const Article& a) {
  std::string raw;
  raw.reserve(a.body.size() + a.title.size() + a.lead.size() + 256);
  raw.push_back(kStoredFormat);
  std::string speakers;
  for (const std::string& s : a.speakers) {
    if (!speakers.empty()) speakers.push_back(kListSeparator);
    speakers += s;
  }
  for (std::string_view field :
       {std::string_view(a.id), std::string_view(a.url), std::string_view(a.title),
        std::string_view(a.date), std::string_view(a.outlet), std::string_view(a.author),
        std::string_view(a.language), std::string_view(a.source), std::string_view(a.place),
        std::string_view(speakers), std::string_view(a.lead), std::string_view(a.body),
        std::string_view(a.origin_file)}) {
    put_string(raw, field);
  }
  put_varint(raw, a.origin_line);

  std::string out(ZSTD_compressBound(raw.size()), '\0');
  std::size_t n = ZSTD_compress(out.data(), out.size(), raw.data(), raw.size(), kZstdLevel);
  if (ZSTD_isError(n)) throw std::runtime_error(std::string("zstd: ") + ZSTD_getErrorName(n));
  out.resize(n);
  return out;
}

Article decode_stored_article(std::string_view data) {
  unsigned long long size = ZSTD_getFrameContentSize(data.data(), data.size());
  if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > (1ull << 31)) {
    throw std::runtime_error("stored article: not a zstd frame");
  }
  std::string raw(size, '\0');
  std::size_t n = ZSTD_decompress(raw.data(), raw.size(), data.data(), data.size());
  if (ZSTD_isError(n) || n != size) throw std::runtime_error("stored article: corrupt");
  if (raw.empty() || raw[0] != kStoredFormat) {
    throw std::runtime_error("stored article: unknown format");
  }
  Reader in(std::string_view(raw).substr(1));
  Article a;
  a.id = in.string();
  a.url = in.string();
  a.title = in.string();
  a.date = in.string();
  a.outlet = in.string();
  a.author = in.string();
  a.language = in.string();
  a.source = in.string();
  a.place = in.string();
  std::string speakers = in.string();
  for (std::size_t start = 0; start < speakers.size();) {
    std::size_t end = speakers.find(kListSeparator, start);
    if (end == std::string::npos) end = speakers.size();
    a.speakers.push_back(speakers.substr(start, end - start));
    start = end + 1;
  }
  a.lead = in.string();
  a.body = in.string();
  a.origin_file = in.string();
  a.origin_line = in.varint();
  return a;
}

}  // namespace rostra
