#include "common/index/bulk/segment_filter.h"

#include <string>

#include "common/base/string_index.h"
#include "common/schema/schema.h"

namespace rostra {
namespace {

// Seven probes and ten bits a term: about 0.8% false positives.
constexpr unsigned kProbes = 7;
constexpr std::size_t kBitsPerTerm = 10;

}  // namespace

SegmentFilter::SegmentFilter(std::size_t terms) {
  std::size_t bits = 1024;
  while (bits < terms * kBitsPerTerm) bits *= 2;
  bits_.assign(bits / 64, 0);
  mask_ = bits - 1;
}

void SegmentFilter::add(std::string_view term) {
  const std::uint64_t h = string_hash(term);
  const std::uint64_t step = (h >> 32) | 1;
  for (unsigned i = 0; i < kProbes; ++i) {
    const std::uint64_t bit = (h + i * step) & mask_;
    bits_[bit >> 6] |= std::uint64_t{1} << (bit & 63);
  }
}

bool SegmentFilter::may_hold(std::string_view term) const {
  const std::uint64_t h = string_hash(term);
  const std::uint64_t step = (h >> 32) | 1;
  for (unsigned i = 0; i < kProbes; ++i) {
    const std::uint64_t bit = (h + i * step) & mask_;
    if ((bits_[bit >> 6] & (std::uint64_t{1} << (bit & 63))) == 0) return false;
  }
  return true;
}

SegmentFilter SegmentFilter::of(const Xapian::Database& db) {
  // Each article has one id, one content hash and eight bands.
  SegmentFilter filter(static_cast<std::size_t>(db.get_doccount()) * 10 + 16);
  for (std::string_view prefix :
       {schema::kPrefixId, schema::kPrefixContentHash, schema::kPrefixMinhashBand}) {
    const std::string p(prefix);
    for (auto it = db.allterms_begin(p); it != db.allterms_end(p); ++it) filter.add(*it);
  }
  return filter;
}

}  // namespace rostra
