#include "common/glass/glass_database_writer.h"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <numeric>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <system_error>

#include "common/base/errors.h"
#include "common/glass/glass_format.h"
#include "common/glass/glass_list_encoders.h"
#include "common/glass/tag_deflater.h"

namespace rostra {
namespace {

namespace fs = std::filesystem;

// zlib's level for termlist tags: its fastest, on the writers' threads.
constexpr int kTermlistCompression = 1;

// Revision of every block and of the version file: that of a database created and committed
// once. Xapian's next commit writes revision 2, copying each block it changes.
constexpr std::uint32_t kRevision = 1;
constexpr const char* kTableFiles[] = {"postlist.glass", "termlist.glass", "docdata.glass",
                                       "v.tmp"};

bool is_empty_directory(const std::string& path) {
  std::error_code ec;
  return fs::is_directory(path, ec) && fs::is_empty(path, ec) && !ec;
}

std::uint32_t unpack_uint(const char*& p) {
  std::uint32_t value = 0;
  unsigned shift = 0;
  unsigned char b;
  do {
    b = static_cast<unsigned char>(*p++);
    value |= static_cast<std::uint32_t>(b & 0x7f) << shift;
    shift += 7;
  } while (b & 0x80);
  return value;
}

}  // namespace

GlassDatabaseWriter::GlassDatabaseWriter(std::string path, GlassBackend backend)
    : path_(std::move(path)), backend_(backend) {
  std::error_code ec;
  if (fs::exists(path_, ec) && !is_empty_directory(path_)) {
    throw DatabaseError(path_ + ": already exists and is not an empty directory");
  }
}

void GlassDatabaseWriter::check_not_finished() const {
  if (finished_) throw std::logic_error("GlassDatabaseWriter used after finish(): " + path_);
}

GlassDatabaseWriter::Range GlassDatabaseWriter::terms_of(std::size_t i) const {
  return {docs_[i].terms_begin,
          i + 1 < docs_.size() ? docs_[i + 1].terms_begin : doc_terms_.size()};
}
GlassDatabaseWriter::Range GlassDatabaseWriter::wdfs_of(std::size_t i) const {
  return {docs_[i].wdfs_begin, i + 1 < docs_.size() ? docs_[i + 1].wdfs_begin : doc_wdfs_.size()};
}
GlassDatabaseWriter::Range GlassDatabaseWriter::data_of(std::size_t i) const {
  return {docs_[i].data_begin, i + 1 < docs_.size() ? docs_[i + 1].data_begin : data_.size()};
}
GlassDatabaseWriter::Range GlassDatabaseWriter::slots_of(std::size_t i) const {
  return {docs_[i].slots_begin,
          i + 1 < docs_.size() ? docs_[i + 1].slots_begin : doc_slots_.size()};
}

GlassDatabaseWriter::SlotValues& GlassDatabaseWriter::slot_values(Xapian::valueno slot) {
  auto [it, inserted] = slot_index_.try_emplace(slot, slots_.size());
  if (inserted) slots_.push_back(SlotValues{slot, {}, 0, 0, {}, {}});
  return slots_[it->second];
}

Xapian::docid GlassDatabaseWriter::add_document(const BulkDocument& doc) {
  check_not_finished();
  if (docs_.size() >= UINT32_MAX) throw std::invalid_argument("docids exhausted: " + path_);
  const auto did = static_cast<Xapian::docid>(docs_.size() + 1);
  // Check everything before changing anything, so a rejected document leaves no trace
  // (terms it introduced stay interned, without postings, and are never written).
  order_values(doc);
  const Xapian::termcount length = intern_terms(doc);
  docs_.push_back(DocRecord{doc_terms_.size(), doc_wdfs_.size(), data_.size(), doc_slots_.size(),
                            length, false});
  add_postings(doc, did);
  add_values(doc, did);
  data_ += doc.data;
  count_document(length, did);
  if (backend_ == GlassBackend::kThroughXapian) kept_.push_back(doc);
  return did;
}

void GlassDatabaseWriter::order_values(const BulkDocument& doc) {
  scratch_values_.clear();
  for (std::size_t i = 0; i < doc.values.size(); ++i) {
    if (!doc.values[i].second.empty()) scratch_values_.push_back(i);
  }
  std::sort(scratch_values_.begin(), scratch_values_.end(), [&](std::size_t a, std::size_t b) {
    return doc.values[a].first < doc.values[b].first;
  });
  for (std::size_t i = 1; i < scratch_values_.size(); ++i) {
    if (doc.values[scratch_values_[i]].first == doc.values[scratch_values_[i - 1]].first) {
      throw std::invalid_argument("value slot " +
                                  std::to_string(doc.values[scratch_values_[i]].first) +
                                  " given twice in one document");
    }
  }
}

Xapian::termcount GlassDatabaseWriter::intern_terms(const BulkDocument& doc) {
  ++attempt_;
  scratch_ids_.resize(doc.terms.size());
  std::uint64_t doclen = 0;
  for (const auto& [term, wdf] : doc.terms) {
    // Keys double a term's zero bytes and add up to 6 bytes for a chunk's docid; only a
    // term over half the room can be too long that way, so only those are counted.
    constexpr std::size_t kEscapedRoom = glass::kMaxKeyLength - 6;
    if (term.empty() || term.size() > glass::kMaxTermLength ||
        (term.size() > kEscapedRoom / 2 &&
         term.size() + static_cast<std::size_t>(std::count(term.begin(), term.end(), '\0')) >
             kEscapedRoom)) {
      throw std::invalid_argument("term of " + std::to_string(term.size()) +
                                  " bytes (must be 1 to 245)");
    }
    doclen += wdf;
  }
  postings_.intern_all(doc.terms.data(), doc.terms.size(), scratch_ids_.data());
  for (std::size_t i = 0; i < doc.terms.size(); ++i) {
    if (postings_.mark(scratch_ids_[i]) == attempt_) {
      throw std::invalid_argument("term given twice in one document: " + doc.terms[i].first);
    }
    postings_.set_mark(scratch_ids_[i], attempt_);
  }
  if (doclen > UINT32_MAX) throw std::invalid_argument("document length overflows termcount");
  return static_cast<Xapian::termcount>(doclen);
}

void GlassDatabaseWriter::add_postings(const BulkDocument& doc, Xapian::docid did) {
  for (std::size_t i = 0; i < doc.terms.size(); ++i) {
    const Xapian::termcount wdf = doc.terms[i].second;
    postings_.add(scratch_ids_[i], did, wdf);
    doc_terms_.push_back(scratch_ids_[i]);
    glass::pack_uint(doc_wdfs_, wdf);
    stats_.wdf_upper_bound = std::max(stats_.wdf_upper_bound, wdf);
  }
}

void GlassDatabaseWriter::add_values(const BulkDocument& doc, Xapian::docid did) {
  Xapian::valueno previous_slot = static_cast<Xapian::valueno>(-1);
  for (std::size_t index : scratch_values_) {
    const auto& [slot, value] = doc.values[index];
    SlotValues& s = slot_values(slot);
    glass::pack_uint(s.stream, did - s.last_did);
    glass::pack_string(s.stream, value);
    s.last_did = did;
    // Xapian's bounds: set by the first value, widened by later ones, never narrowed by a
    // deletion unless the count falls to zero.
    if (s.freq++ == 0) {
      s.lower_bound = value;
      s.upper_bound = value;
    } else if (value < s.lower_bound) {
      s.lower_bound = value;
    } else if (value > s.upper_bound) {
      s.upper_bound = value;
    }
    glass::pack_uint(doc_slots_, slot - previous_slot - 1);
    previous_slot = slot;
  }
}

void GlassDatabaseWriter::count_document(Xapian::termcount length, Xapian::docid did) {
  // Xapian's document length bounds: the lower bound ignores empty documents unless every
  // document so far was empty.
  if (stats_.total_doclen == 0 || (length != 0 && length < stats_.doclen_lower_bound)) {
    stats_.doclen_lower_bound = length;
  }
  stats_.doclen_upper_bound = std::max(stats_.doclen_upper_bound, length);
  stats_.total_doclen += length;
  ++stats_.doccount;
  stats_.last_docid = did;
}

void GlassDatabaseWriter::delete_document(Xapian::docid did) {
  check_not_finished();
  if (did == 0 || did > docs_.size() || docs_[did - 1].deleted) {
    throw std::invalid_argument("document " + std::to_string(did) + " is not in " + path_);
  }
  const std::size_t index = did - 1;
  DocRecord& record = docs_[index];
  record.deleted = true;
  if (backend_ == GlassBackend::kThroughXapian) deleted_.push_back(did);
  const Range terms = terms_of(index);
  const char* wdf = doc_wdfs_.data() + record.wdfs_begin;
  for (std::uint64_t i = terms.begin; i < terms.end; ++i) {
    postings_.forget(doc_terms_[i], unpack_uint(wdf));
  }
  const Range slots = slots_of(index);
  const char* p = doc_slots_.data() + slots.begin;
  const char* end = doc_slots_.data() + slots.end;
  Xapian::valueno slot = static_cast<Xapian::valueno>(-1);
  while (p != end) {
    slot += unpack_uint(p) + 1;
    SlotValues& s = slot_values(slot);
    if (--s.freq == 0) {
      s.lower_bound.clear();
      s.upper_bound.clear();
    }
  }
  --stats_.doccount;
  stats_.total_doclen -= record.doclen;
  // As Xapian does: with no postings left, the bounds start again.
  if (stats_.total_doclen == 0) {
    stats_.doclen_lower_bound = 0;
    stats_.doclen_upper_bound = 0;
    stats_.wdf_upper_bound = 0;
  }
}

void GlassDatabaseWriter::set_metadata(const std::string& key, const std::string& value) {
  check_not_finished();
  if (key.empty() || key.size() > glass::kMaxKeyLength - glass::kMetadataKeyPrefix.size()) {
    throw std::invalid_argument("metadata key of " + std::to_string(key.size()) +
                                " bytes (must be 1 to 253)");
  }
  if (value.empty()) {
    metadata_.erase(key);
  } else {
    metadata_[key] = value;
  }
}

const std::string& GlassDatabaseWriter::metadata(const std::string& key) const {
  static const std::string kNone;
  auto it = metadata_.find(key);
  return it == metadata_.end() ? kNone : it->second;
}

std::size_t GlassDatabaseWriter::memory_bytes() const {
  std::size_t bytes = postings_.memory_bytes() + docs_.capacity() * sizeof(DocRecord) +
                      doc_terms_.capacity() * sizeof(std::uint32_t) + doc_wdfs_.capacity() +
                      data_.capacity() + doc_slots_.capacity() +
                      slots_.capacity() * sizeof(SlotValues);
  for (const SlotValues& s : slots_) bytes += s.stream.capacity();
  for (const auto& [key, value] : metadata_) bytes += key.size() + value.size() + 64;
  for (const BulkDocument& doc : kept_) {
    bytes += sizeof doc + doc.data.capacity();
    for (const auto& [term, wdf] : doc.terms) bytes += sizeof wdf + term.capacity() + 32;
    for (const auto& [slot, value] : doc.values) bytes += sizeof slot + value.capacity() + 32;
  }
  return bytes;
}

void GlassDatabaseWriter::finish() {
  check_not_finished();
  std::error_code ec;
  bool created = false;
  if (fs::exists(path_, ec)) {
    if (!is_empty_directory(path_)) {
      throw DatabaseError(path_ + ": already exists and is not an empty directory");
    }
  } else {
    if (!fs::create_directory(path_, ec)) {
      throw DatabaseError(path_ + ": cannot create the database directory: " + ec.message());
    }
    created = true;
  }
  // From here on the writer's buffers are rewritten: no second attempt.
  finished_ = true;
  try {
    if (backend_ == GlassBackend::kThroughXapian) {
      write_through_xapian();
    } else {
      write_tables();
    }
  } catch (...) {
    // Leave nothing that looks like (part of) a database behind.
    for (const char* file : kTableFiles) ::unlink((path_ + "/" + file).c_str());
    if (backend_ == GlassBackend::kThroughXapian) {
      for (const auto& entry : fs::directory_iterator(path_, ec)) fs::remove_all(entry, ec);
    }
    if (created) fs::remove(path_, ec);
    release_memory();
    throw;
  }
  release_memory();
}

void GlassDatabaseWriter::write_through_xapian() {
  try {
    Xapian::WritableDatabase db(path_, Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS);
    for (const BulkDocument& kept : kept_) {
      Xapian::Document doc;
      for (const auto& [term, wdf] : kept.terms) doc.add_term(term, wdf);
      for (const auto& [slot, value] : kept.values) doc.add_value(slot, value);
      doc.set_data(kept.data);
      db.add_document(doc);
    }
    for (Xapian::docid did : deleted_) db.delete_document(did);
    for (const auto& [key, value] : metadata_) db.set_metadata(key, value);
    db.commit();
    db.close();
  } catch (const Xapian::Error& e) {
    throw DatabaseError(path_ +
                        ": cannot write the database through Xapian: " + e.get_description());
  }
}

void GlassDatabaseWriter::write_tables() {
  SortedTerms sorted;
  sorted.ids.resize(postings_.term_count());
  std::iota(sorted.ids.begin(), sorted.ids.end(), 0u);
  std::sort(sorted.ids.begin(), sorted.ids.end(), [this](std::uint32_t a, std::uint32_t b) {
    return postings_.term(a) < postings_.term(b);
  });
  sorted.offsets.reserve(sorted.ids.size() + 1);
  for (std::uint32_t id : sorted.ids) {
    sorted.offsets.push_back(static_cast<std::uint32_t>(sorted.text.size()));
    sorted.text += postings_.term(id);
  }
  sorted.offsets.push_back(static_cast<std::uint32_t>(sorted.text.size()));

  std::array<GlassTableRoot, kGlassTableCount> roots{};
  roots[static_cast<std::size_t>(GlassTableId::kPostlist)] = write_postlist_table(sorted);
  roots[static_cast<std::size_t>(GlassTableId::kTermlist)] = write_termlist_table(sorted);
  roots[static_cast<std::size_t>(GlassTableId::kDocdata)] = write_docdata_table();
  write_glass_version_file(path_, glass_version_file(roots, stats_, kRevision));
}

GlassTableRoot GlassDatabaseWriter::write_postlist_table(const SortedTerms& sorted) {
  GlassTableOutput table(path_ + "/postlist.glass", kRevision, true);
  // Keys in byte order: metadata (\0\xc0), value statistics (\0\xd0), value chunks (\0\xd8),
  // document lengths (\0\xe0), then the terms (a term starting with a zero byte is escaped
  // to \0\xff, after all of these).
  std::string key;
  for (const auto& [name, value] : metadata_) {
    key.assign(glass::kMetadataKeyPrefix);
    key += name;
    table.add(key, value);
  }
  write_values(table);
  GlassPostlistWriter postlist(table);
  if (stats_.doccount > 0) {
    postlist.begin({}, 0, 0);
    for (std::size_t i = 0; i < docs_.size(); ++i) {
      if (!docs_[i].deleted) postlist.add(static_cast<Xapian::docid>(i + 1), docs_[i].doclen);
    }
    postlist.end();
  }
  write_term_postings(postlist, sorted);
  return table.finish();
}

void GlassDatabaseWriter::write_values(GlassTableOutput& table) {
  // Slot numbers are not stored in sortable form, so order the slots by their keys.
  std::vector<std::pair<std::string, const SlotValues*>> stats_keys, chunk_keys;
  std::string key, tag;
  for (const SlotValues& s : slots_) {
    if (s.freq == 0) continue;
    key.clear();
    glass::append_value_stats_key(key, s.slot);
    stats_keys.emplace_back(key, &s);
    key.assign(glass::kValueChunkKeyPrefix);
    glass::pack_uint(key, s.slot);
    chunk_keys.emplace_back(key, &s);
  }
  std::sort(stats_keys.begin(), stats_keys.end());
  std::sort(chunk_keys.begin(), chunk_keys.end());
  for (const auto& [stats_key, s] : stats_keys) {
    tag.clear();
    glass::pack_uint(tag, s->freq);
    glass::pack_string(tag, s->lower_bound);
    // An empty upper bound means "equal to the lower one" (no stored value is empty).
    if (s->upper_bound != s->lower_bound) tag += s->upper_bound;
    table.add(stats_key, tag);
  }
  GlassValueStreamWriter values(table);
  for (const auto& [prefix, s] : chunk_keys) {
    values.begin(s->slot);
    const char* p = s->stream.data();
    const char* end = p + s->stream.size();
    Xapian::docid did = 0;
    while (p != end) {
      did += unpack_uint(p);
      const std::uint32_t length = unpack_uint(p);
      if (!docs_[did - 1].deleted) values.add(did, std::string_view(p, length));
      p += length;
    }
    values.end();
  }
}

void GlassDatabaseWriter::write_term_postings(GlassPostlistWriter& postlist,
                                              const SortedTerms& sorted) {
  // Where the next (rank, wdf) of each document goes: visiting the terms in byte order
  // turns each document's list of term ids into a sorted list of ranks.
  std::vector<std::pair<std::uint64_t, std::uint64_t>> cursors(docs_.size());
  for (std::size_t i = 0; i < docs_.size(); ++i) {
    cursors[i] = {docs_[i].terms_begin, docs_[i].wdfs_begin};
  }
  for (std::uint32_t rank = 0; rank < sorted.ids.size(); ++rank) {
    const std::uint32_t id = sorted.ids[rank];
    if (postings_.termfreq(id) == 0) continue;
    postlist.begin(sorted.term(rank), postings_.termfreq(id), postings_.collfreq(id));
    TermPostings::Reader reader = postings_.postings(id);
    Xapian::docid did;
    Xapian::termcount wdf;
    while (reader.next(did, wdf)) {
      if (docs_[did - 1].deleted) continue;
      postlist.add(did, wdf);
      auto& [term_at, wdf_at] = cursors[did - 1];
      doc_terms_[term_at++] = rank;
      // The document's wdfs are the same numbers in a new order, so they fill its bytes.
      for (; wdf >= 128; wdf >>= 7) doc_wdfs_[wdf_at++] = static_cast<char>((wdf & 0x7f) | 0x80);
      doc_wdfs_[wdf_at++] = static_cast<char>(wdf);
    }
    postlist.end();
  }
}

GlassTableRoot GlassDatabaseWriter::write_termlist_table(const SortedTerms& sorted) {
  GlassTableOutput table(path_ + "/termlist.glass", kRevision, true);
  GlassTermlistTag termlist;
  // Compressed here, by the writer's thread, as Xapian compresses termlists: a compaction
  // then copies the tags, where it would otherwise compress every one on its single thread.
  TagDeflater deflater(kTermlistCompression);
  std::string compressed;
  std::string key;
  for (std::size_t i = 0; i < docs_.size(); ++i) {
    if (docs_[i].deleted) continue;
    const auto did = static_cast<Xapian::docid>(i + 1);
    const Range terms = terms_of(i);
    const char* wdf = doc_wdfs_.data() + docs_[i].wdfs_begin;
    termlist.begin(docs_[i].doclen, terms.end - terms.begin);
    for (std::uint64_t t = terms.begin; t < terms.end; ++t) {
      termlist.add(sorted.term(doc_terms_[t]), unpack_uint(wdf));
    }
    key.clear();
    glass::append_docid_key(key, did);
    const std::string_view tag = termlist.tag();
    bool smaller = false;
    if (tag.size() >= glass::kCompressMin) {
      deflater.deflate(tag, compressed);
      smaller = compressed.size() < tag.size();
    }
    if (smaller) {
      table.add(key, compressed, true);
    } else {
      table.add(key, tag);
    }
    const Range slots = slots_of(i);
    if (slots.end != slots.begin) {
      key.clear();
      glass::append_slots_key(key, did);
      table.add(key, std::string_view(doc_slots_).substr(slots.begin, slots.end - slots.begin));
    }
  }
  return table.finish();
}

GlassTableRoot GlassDatabaseWriter::write_docdata_table() {
  GlassTableOutput table(path_ + "/docdata.glass", kRevision, false);
  TagDeflater deflater(0);
  std::string stored;
  std::string key;
  for (std::size_t i = 0; i < docs_.size(); ++i) {
    const Range data = data_of(i);
    if (docs_[i].deleted || data.end == data.begin) continue;
    key.clear();
    glass::append_docid_key(key, static_cast<Xapian::docid>(i + 1));
    // Stored blocks, marked compressed: Rostra's data is zstd-compressed already, and a
    // compaction then copies it instead of trying zlib on every document.
    deflater.deflate(std::string_view(data_).substr(data.begin, data.end - data.begin), stored);
    table.add(key, stored, true);
  }
  return table.finish();
}

void GlassDatabaseWriter::release_memory() {
  // Swaps rather than assignments: assigning an empty std::string keeps the old buffer.
  TermPostings no_postings;
  std::swap(postings_, no_postings);
  std::vector<DocRecord>().swap(docs_);
  std::vector<std::uint32_t>().swap(doc_terms_);
  std::string().swap(doc_wdfs_);
  std::string().swap(data_);
  std::string().swap(doc_slots_);
  std::vector<SlotValues>().swap(slots_);
  slot_index_.clear();
  metadata_.clear();
  std::vector<BulkDocument>().swap(kept_);
  std::vector<Xapian::docid>().swap(deleted_);
}

}  // namespace rostra
