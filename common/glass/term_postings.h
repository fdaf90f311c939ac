#pragma once
// In-memory inverted lists for a bulk index writer: every distinct term gets a small id and
// a posting buffer (docid deltas and wdf, variable-length bytes) that grows in slices drawn
// from shared 1 MiB pages, so adding postings never allocates per posting or per term.

#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rostra {

/// Terms and their postings, in the order added. Not thread-safe.
class TermPostings {
 public:
  TermPostings();

  /// The id of `term` (0, 1, 2, ... in order of first sight), adding it without postings
  /// when new. REQUIRES: `term` is at most 255 bytes.
  std::uint32_t intern(std::string_view term);

  /// Interns the first of each of `count` pairs at `terms` into `ids`, as intern() one by
  /// one would. Faster for many terms: it works in passes and prefetches the hash slots,
  /// entries and term bytes of all of them before comparing any.
  void intern_all(const std::pair<std::string, Xapian::termcount>* terms, std::size_t count,
                  std::uint32_t* ids);

  std::size_t term_count() const { return entries_.size(); }
  std::string_view term(std::uint32_t id) const {
    const Entry& e = entries_[id];
    return {term_text_.data() + e.text_offset, e.length};
  }

  /// A per-term docid the caller may set and test (the writer marks terms it has seen in
  /// the document being added, to find duplicates). Starts at 0.
  Xapian::docid mark(std::uint32_t id) const { return entries_[id].mark; }
  void set_mark(std::uint32_t id, Xapian::docid did) { entries_[id].mark = did; }

  /// Appends a posting and counts it in the term's frequencies. REQUIRES: `did` is greater
  /// than the docid of every earlier posting of the term. Throws DatabaseError when the
  /// postings outgrow 4 GiB (the caller should have started a new segment long before).
  void add(std::uint32_t id, Xapian::docid did, Xapian::termcount wdf);

  /// Takes a posting of a deleted document out of the term's frequencies; the posting stays
  /// in the buffer and readers must skip it.
  void forget(std::uint32_t id, Xapian::termcount wdf) {
    Entry& e = entries_[id];
    --e.termfreq;
    e.collfreq -= wdf;
  }

  /// Documents holding the term, and the sum of its wdf over them, deleted ones excepted.
  Xapian::doccount termfreq(std::uint32_t id) const { return entries_[id].termfreq; }
  std::uint64_t collfreq(std::uint32_t id) const { return entries_[id].collfreq; }

  /// Reads one term's postings in docid order (deleted documents included).
  class Reader {
   public:
    /// The next posting, or false at the end.
    bool next(Xapian::docid& did, Xapian::termcount& wdf);

   private:
    friend class TermPostings;
    Reader(const TermPostings& owner, std::uint32_t id);
    unsigned char byte();
    std::uint32_t read_uint();
    static std::uint32_t get_uint(const unsigned char*& p);

    const TermPostings* owner_;
    std::uint32_t pos_;
    std::uint32_t slice_end_;
    std::uint32_t stop_;
    unsigned level_ = 0;
    Xapian::docid did_ = 0;
  };
  Reader postings(std::uint32_t id) const { return Reader(*this, id); }

  /// Bytes allocated for terms and postings.
  std::size_t memory_bytes() const;

 private:
  struct Entry {
    std::uint32_t text_offset;
    Xapian::docid last_did;
    Xapian::docid mark;
    Xapian::doccount termfreq;
    std::uint64_t collfreq;
    std::uint32_t head;       // Pool offset of the first slice.
    std::uint32_t pos;        // Pool offset of the next byte to write.
    std::uint32_t slice_end;  // Where the current slice's link to the next one goes; 0: none.
    std::uint8_t length;
    std::uint8_t level;
  };
  struct Slot {
    std::uint32_t hash;
    std::uint32_t id_plus_one;  // 0: empty.
  };

  void put_byte(Entry& e, unsigned char b) {
    if (e.pos == e.slice_end) next_slice(e);
    at(e.pos++) = b;
  }
  void next_slice(Entry& e);
  std::uint32_t allocate(std::uint32_t size);
  unsigned char& at(std::uint32_t offset) {
    return pages_[offset >> kPageBits][offset & kPageMask];
  }
  const unsigned char& at(std::uint32_t offset) const {
    return pages_[offset >> kPageBits][offset & kPageMask];
  }
  std::uint32_t intern(std::string_view term, std::uint32_t hash);
  void grow_table();

  static constexpr unsigned kPageBits = 20;
  static constexpr std::uint32_t kPageMask = (1u << kPageBits) - 1;

  std::vector<Entry> entries_;
  std::string term_text_;
  std::vector<Slot> slots_;
  std::vector<std::unique_ptr<unsigned char[]>> pages_;
  std::uint64_t pool_used_ = 0;        // Next free pool offset.
  std::vector<std::uint32_t> hashes_;  // intern_all()'s scratch.
};

}  // namespace rostra
