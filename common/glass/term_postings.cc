#include "common/glass/term_postings.h"

#include <cstring>

#include "common/base/errors.h"

namespace rostra {
namespace {

// Postings are packed as 32-bit numbers (Xapian 1.4's default build, as in Debian).
static_assert(sizeof(Xapian::docid) == 4 && sizeof(Xapian::termcount) == 4);

// Slice sizes double from 16 bytes (most terms of a Zipf vocabulary occur a few times) to
// 32 KiB; the last 4 bytes of each slice hold the pool offset of the next one.
constexpr std::uint32_t kSliceSizes[] = {16,   32,   64,   128,  256,   512,
                                         1024, 2048, 4096, 8192, 16384, 32768};
constexpr unsigned kTopLevel = sizeof(kSliceSizes) / sizeof(kSliceSizes[0]) - 1;
constexpr std::uint32_t kLinkBytes = 4;
constexpr std::uint64_t kPoolLimit = std::uint64_t{1} << 32;

std::uint32_t hash_term(std::string_view term) {
  // A multiply-xorshift mix over 8-byte words: terms are short, so this beats std::hash's
  // byte loop, and the table only needs the bits well spread.
  std::uint64_t h = 0x9e3779b97f4a7c15ull ^ term.size();
  const char* p = term.data();
  std::size_t left = term.size();
  while (left > 0) {
    std::uint64_t word = 0;
    const std::size_t n = left < 8 ? left : 8;
    std::memcpy(&word, p, n);
    h = (h ^ word) * 0xbf58476d1ce4e5b9ull;
    h ^= h >> 31;
    p += n;
    left -= n;
  }
  h *= 0x94d049bb133111ebull;
  h ^= h >> 32;
  return static_cast<std::uint32_t>(h);
}

}  // namespace

TermPostings::TermPostings() : slots_(1024, Slot{0, 0}) {}

std::uint32_t TermPostings::intern(std::string_view term) {
  return intern(term, hash_term(term));
}

void TermPostings::intern_all(const std::pair<std::string, Xapian::termcount>* terms,
                              std::size_t count, std::uint32_t* ids) {
  // Looking a term up costs three cache misses (hash slot, entry, term bytes) on a large
  // vocabulary; going over all terms once per step lets those misses overlap.
  constexpr std::uint32_t kNone = UINT32_MAX;
  hashes_.resize(count);
  std::size_t mask = slots_.size() - 1;
  for (std::size_t i = 0; i < count; ++i) {
    hashes_[i] = hash_term(terms[i].first);
    __builtin_prefetch(&slots_[hashes_[i] & mask]);
  }
  for (std::size_t i = 0; i < count; ++i) {
    const Slot& slot = slots_[hashes_[i] & mask];
    ids[i] = slot.hash == hashes_[i] && slot.id_plus_one != 0 ? slot.id_plus_one - 1 : kNone;
    if (ids[i] != kNone) __builtin_prefetch(&entries_[ids[i]]);
  }
  for (std::size_t i = 0; i < count; ++i) {
    if (ids[i] != kNone) __builtin_prefetch(term_text_.data() + entries_[ids[i]].text_offset);
  }
  for (std::size_t i = 0; i < count; ++i) {
    // The first slot probed may hold another term (or none yet): then look up in full.
    if (ids[i] == kNone || term(ids[i]) != terms[i].first) {
      ids[i] = intern(terms[i].first, hashes_[i]);
    }
  }
}

std::uint32_t TermPostings::intern(std::string_view term, std::uint32_t hash) {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    Slot& slot = slots_[i];
    if (slot.id_plus_one == 0) {
      const auto id = static_cast<std::uint32_t>(entries_.size());
      if (term_text_.size() + term.size() > UINT32_MAX) {
        throw DatabaseError("bulk writer: more than 4 GiB of distinct terms");
      }
      Entry e{};
      e.text_offset = static_cast<std::uint32_t>(term_text_.size());
      e.length = static_cast<std::uint8_t>(term.size());
      entries_.push_back(e);
      term_text_.append(term);
      slot = Slot{hash, id + 1};
      if (entries_.size() * 2 > slots_.size()) grow_table();
      return id;
    }
    if (slot.hash == hash && this->term(slot.id_plus_one - 1) == term) {
      return slot.id_plus_one - 1;
    }
  }
}

void TermPostings::grow_table() {
  std::vector<Slot> old(slots_.size() * 2, Slot{0, 0});
  old.swap(slots_);
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.id_plus_one == 0) continue;
    std::size_t i = slot.hash & mask;
    while (slots_[i].id_plus_one != 0) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

namespace {

// Writes `value` as a variable-length integer at `p`; returns the byte after it.
unsigned char* put_uint(unsigned char* p, std::uint32_t value) {
  for (; value >= 128; value >>= 7) *p++ = static_cast<unsigned char>(value | 0x80);
  *p++ = static_cast<unsigned char>(value);
  return p;
}

}  // namespace

void TermPostings::add(std::uint32_t id, Xapian::docid did, Xapian::termcount wdf) {
  Entry& e = entries_[id];
  ++e.termfreq;
  e.collfreq += wdf;
  const std::uint32_t delta = did - e.last_did;
  e.last_did = did;
  constexpr std::uint32_t kMaxPostingBytes = 10;  // Two 32-bit numbers, 5 bytes each.
  if (e.slice_end - e.pos >= kMaxPostingBytes) {
    unsigned char* start = &at(e.pos);
    e.pos += static_cast<std::uint32_t>(put_uint(put_uint(start, delta), wdf) - start);
    return;
  }
  // Near the end of a slice: byte by byte, since a number may continue in the next slice.
  unsigned char bytes[kMaxPostingBytes];
  const unsigned char* end = put_uint(put_uint(bytes, delta), wdf);
  for (const unsigned char* b = bytes; b != end; ++b) put_byte(e, *b);
}

void TermPostings::next_slice(Entry& e) {
  if (e.slice_end == 0) {
    e.head = e.pos = allocate(kSliceSizes[0]);
    e.level = 0;
    e.slice_end = e.pos + kSliceSizes[0] - kLinkBytes;
    return;
  }
  if (e.level < kTopLevel) ++e.level;
  const std::uint32_t size = kSliceSizes[e.level];
  const std::uint32_t next = allocate(size);
  std::memcpy(&at(e.slice_end), &next, kLinkBytes);
  e.pos = next;
  e.slice_end = next + size - kLinkBytes;
}

std::uint32_t TermPostings::allocate(std::uint32_t size) {
  const std::uint64_t page_size = std::uint64_t{1} << kPageBits;
  // A slice never straddles two pages: skip the rest of the page when it does not fit.
  if ((pool_used_ & kPageMask) + size > page_size) {
    pool_used_ = (pool_used_ | kPageMask) + 1;
  }
  if (pool_used_ + size > kPoolLimit) {
    throw DatabaseError("bulk writer: postings exceed 4 GiB; start a new segment sooner");
  }
  if ((pool_used_ >> kPageBits) == pages_.size()) {
    pages_.push_back(std::make_unique<unsigned char[]>(page_size));
  }
  const auto offset = static_cast<std::uint32_t>(pool_used_);
  pool_used_ += size;
  return offset;
}

std::size_t TermPostings::memory_bytes() const {
  return entries_.capacity() * sizeof(Entry) + term_text_.capacity() +
         slots_.capacity() * sizeof(Slot) + (pages_.size() << kPageBits);
}

TermPostings::Reader::Reader(const TermPostings& owner, std::uint32_t id)
    : owner_(&owner),
      pos_(owner.entries_[id].head),
      slice_end_(owner.entries_[id].head + kSliceSizes[0] - kLinkBytes),
      stop_(owner.entries_[id].pos) {
  if (owner.entries_[id].slice_end == 0) stop_ = pos_;  // No postings were ever added.
}

std::uint32_t TermPostings::Reader::get_uint(const unsigned char*& p) {
  std::uint32_t value = *p & 0x7f;
  for (unsigned shift = 7; *p++ & 0x80; shift += 7) {
    value |= static_cast<std::uint32_t>(*p & 0x7f) << shift;
  }
  return value;
}

unsigned char TermPostings::Reader::byte() {
  if (pos_ == slice_end_) {
    std::uint32_t next;
    std::memcpy(&next, &owner_->at(slice_end_), kLinkBytes);
    if (level_ < kTopLevel) ++level_;
    pos_ = next;
    slice_end_ = next + kSliceSizes[level_] - kLinkBytes;
  }
  return owner_->at(pos_++);
}

std::uint32_t TermPostings::Reader::read_uint() {
  std::uint32_t value = 0;
  unsigned shift = 0;
  unsigned char b;
  do {
    b = byte();
    value |= static_cast<std::uint32_t>(b & 0x7f) << shift;
    shift += 7;
  } while (b & 0x80);
  return value;
}

bool TermPostings::Reader::next(Xapian::docid& did, Xapian::termcount& wdf) {
  if (pos_ == stop_) return false;
  // The data ends at stop_ in the last slice and at the link in the others.
  const std::uint32_t limit = stop_ >= pos_ && stop_ <= slice_end_ ? stop_ : slice_end_;
  if (limit - pos_ >= 10) {
    // Both numbers are inside this slice: decode straight from memory.
    const unsigned char* start = &owner_->at(pos_);
    const unsigned char* p = start;
    did_ += get_uint(p);
    did = did_;
    wdf = get_uint(p);
    pos_ += static_cast<std::uint32_t>(p - start);
    return true;
  }
  did_ += read_uint();
  did = did_;
  wdf = read_uint();
  return true;
}

}  // namespace rostra
