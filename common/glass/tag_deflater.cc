#include "common/glass/tag_deflater.h"

#include <libdeflate.h>

#include <stdexcept>

namespace rostra {

TagDeflater::TagDeflater(int level) : compressor_(libdeflate_alloc_compressor(level)) {
  if (compressor_ == nullptr) throw std::runtime_error("libdeflate: cannot make a compressor");
}

TagDeflater::~TagDeflater() {
  libdeflate_free_compressor(compressor_);
}

void TagDeflater::deflate(std::string_view tag, std::string& out) {
  out.resize(libdeflate_deflate_compress_bound(compressor_, tag.size()));
  const std::size_t n =
      libdeflate_deflate_compress(compressor_, tag.data(), tag.size(), out.data(), out.size());
  if (n == 0) throw std::runtime_error("libdeflate: output larger than its own bound");
  out.resize(n);
}

}  // namespace rostra
