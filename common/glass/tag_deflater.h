#pragma once
// Compresses table tags the way glass stores compressed tags: raw deflate (no zlib header or
// checksum), which Xapian inflates when it reads them.

#include <string>
#include <string_view>

struct libdeflate_compressor;

namespace rostra {

/// One compressor (libdeflate's: a whole buffer at a time, several times faster than zlib at
/// a like ratio) reused for many tags. Level 0 writes the bytes as stored blocks: no
/// compression, only deflate's framing, for tags that are compressed already (a compacting
/// Xapian copies tags marked compressed as they are, and tries to compress any other).
/// Not thread-safe.
class TagDeflater {
 public:
  /// `level`: 0 (stored) to 12 (libdeflate's scale; 1 fastest, 6 zlib's default). Throws
  /// std::runtime_error when the compressor cannot be made.
  explicit TagDeflater(int level);
  ~TagDeflater();
  TagDeflater(const TagDeflater&) = delete;
  TagDeflater& operator=(const TagDeflater&) = delete;

  /// Compresses `tag` into `out` (replacing its contents).
  void deflate(std::string_view tag, std::string& out);

 private:
  libdeflate_compressor* compressor_;
};

}  // namespace rostra
