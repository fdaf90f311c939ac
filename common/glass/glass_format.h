#pragma once
// The byte encodings of Xapian's glass backend as Xapian 1.4 reads them (glass format
// 2016-03-14): integer and string packings and the keys of the postlist, termlist and
// docdata tables. Persisted by Xapian: never change an encoding here, or Xapian can no
// longer read what we write. Checked against databases Xapian 1.4.22 wrote
// (tests/glass_database_writer_test.cc compares every table's keys and tags).
//
// The postlist table holds, in key order: user metadata ("\0\xc0" + key), value statistics
// ("\0\xd0" + slot), value stream chunks ("\0\xd8" + slot + first docid), the document
// length list ("\0\xe0" [+ first docid]) and one posting list per term (the term, then
// "\0" + first docid for every chunk after the first). The termlist table holds each
// document's termlist (key: docid) and, when it has values, its slot list (docid + "\0").
// The docdata table holds each non-empty document data (key: docid).

#include <xapian.h>

#include <bit>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace rostra::glass {

/// Block size of every table we write (Xapian's default).
inline constexpr std::size_t kBlockSize = 8192;
/// Xapian refuses longer terms (MAX_SAFE_TERM_LENGTH in Xapian 1.4).
inline constexpr std::size_t kMaxTermLength = 245;
/// The longest key a glass B-tree item can hold.
inline constexpr std::size_t kMaxKeyLength = 255;
/// Xapian starts a new posting list or document length chunk once one holds this many bytes
/// of entries, and ends a value stream chunk once it reaches it (glass CHUNKSIZE).
inline constexpr std::size_t kChunkSize = 2000;
/// Tags of at least this many bytes are compressed by Xapian in the tables that compress
/// (docdata, termlist, spelling, synonym); stored in the version file as `compress_min`.
inline constexpr std::uint32_t kCompressMin = 18;

/// Appends `value` as a variable-length integer: 7 bits a byte, least significant first,
/// the top bit set on every byte but the last (Xapian's pack_uint).
inline void pack_uint(std::string& out, std::uint64_t value) {
  while (value >= 128) {
    out.push_back(static_cast<char>(static_cast<unsigned char>(value) | 0x80));
    value >>= 7;
  }
  out.push_back(static_cast<char>(value));
}

/// Appends `value` in as few bytes as it needs, least significant first, with no length:
/// only for the last field of a key (Xapian's pack_uint_last).
inline void pack_uint_last(std::string& out, std::uint32_t value) {
  while (value != 0) {
    out.push_back(static_cast<char>(value & 0xff));
    value >>= 8;
  }
}

/// Appends '0' or '1' (Xapian's pack_bool).
inline void pack_bool(std::string& out, bool value) {
  out.push_back(value ? '1' : '0');
}

/// Appends the length of `value` (pack_uint) and its bytes.
inline void pack_string(std::string& out, std::string_view value) {
  pack_uint(out, value.size());
  out.append(value);
}

/// Appends `value` so that the bytes sort as the numbers do (Xapian's glass
/// pack_uint_preserving_sort): two bytes big-endian below 0x8000, else a length-tagged
/// first byte (10xxxxxx, 110xxxxx, 1110xxxx) and 2 to 4 more bytes.
inline void pack_uint_preserving_sort(std::string& out, std::uint32_t value) {
  if (value < 0x8000) {
    out.push_back(static_cast<char>(value >> 8));
    out.push_back(static_cast<char>(value & 0xff));
    return;
  }
  const unsigned length = (37u - static_cast<unsigned>(std::countl_zero(value))) / 7u;
  const unsigned tag = (0xffu << (10u - length)) & 0xffu;
  out.push_back(
      static_cast<char>(((static_cast<std::uint64_t>(value) >> (8 * (length - 1))) | tag) & 0xff));
  for (unsigned i = length - 1; i-- > 0;) {
    out.push_back(static_cast<char>((value >> (8 * i)) & 0xff));
  }
}

/// Appends `value` so that it sorts as the string does even when more follows: every zero
/// byte is followed by 0xff, and a zero byte ends the string unless `last`.
inline void pack_string_preserving_sort(std::string& out, std::string_view value, bool last) {
  for (char c : value) {
    out.push_back(c);
    if (c == '\0') out.push_back('\xff');
  }
  if (!last) out.push_back('\0');
}

/// Key of the first chunk of `term`'s posting list.
inline void append_postlist_key(std::string& out, std::string_view term) {
  pack_string_preserving_sort(out, term, true);
}

/// Key of a later chunk of `term`'s posting list, starting at `first_docid`.
inline void append_postlist_chunk_key(std::string& out, std::string_view term,
                                      Xapian::docid first_docid) {
  pack_string_preserving_sort(out, term, false);
  pack_uint_preserving_sort(out, first_docid);
}

/// Prefix of every document length list key; the first chunk's key is just this.
inline constexpr std::string_view kDoclenKeyPrefix{"\0\xe0", 2};
/// Prefix of value statistics keys.
inline constexpr std::string_view kValueStatsKeyPrefix{"\0\xd0", 2};
/// Prefix of value stream chunk keys.
inline constexpr std::string_view kValueChunkKeyPrefix{"\0\xd8", 2};
/// Prefix of user metadata keys.
inline constexpr std::string_view kMetadataKeyPrefix{"\0\xc0", 2};

/// Key of a later chunk of the document length list, starting at `first_docid`.
inline void append_doclen_chunk_key(std::string& out, Xapian::docid first_docid) {
  out.append(kDoclenKeyPrefix);
  pack_uint_preserving_sort(out, first_docid);
}

/// Key of the statistics (frequency, bounds) of value slot `slot`.
inline void append_value_stats_key(std::string& out, Xapian::valueno slot) {
  out.append(kValueStatsKeyPrefix);
  pack_uint_last(out, slot);
}

/// Key of the chunk of slot `slot`'s value stream that starts at `first_docid`.
inline void append_value_chunk_key(std::string& out, Xapian::valueno slot,
                                   Xapian::docid first_docid) {
  out.append(kValueChunkKeyPrefix);
  pack_uint(out, slot);
  pack_uint_preserving_sort(out, first_docid);
}

/// Key of a document's termlist (termlist table) and of its data (docdata table).
inline void append_docid_key(std::string& out, Xapian::docid did) {
  pack_uint_preserving_sort(out, did);
}

/// Key of a document's list of used value slots (termlist table).
inline void append_slots_key(std::string& out, Xapian::docid did) {
  pack_uint_preserving_sort(out, did);
  out.push_back('\0');
}

}  // namespace rostra::glass
