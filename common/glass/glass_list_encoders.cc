#include "common/glass/glass_list_encoders.h"

#include <algorithm>

#include "common/glass/glass_format.h"

namespace rostra {

GlassTableRoot GlassTableOutput::finish() {
  if (builder_) return builder_->finish();
  if (create_when_empty_) {
    GlassTableBuilder create_only(path_, revision_);  // Creates the file and writes nothing.
  }
  return GlassTableRoot{};
}

void GlassPostlistWriter::begin(std::string_view term, Xapian::doccount termfreq,
                                std::uint64_t collfreq) {
  term_ = term;
  termfreq_ = termfreq;
  collfreq_ = collfreq;
  first_chunk_ = true;
  body_.clear();
}

void GlassPostlistWriter::add(Xapian::docid did, Xapian::termcount wdf) {
  // Xapian checks the size before appending, so a chunk holds the posting that takes it
  // past kChunkSize and the next one starts a new chunk.
  if (body_.size() >= glass::kChunkSize) emit(false);
  if (body_.empty()) {
    chunk_first_ = did;
  } else {
    glass::pack_uint(body_, did - last_did_ - 1);
  }
  glass::pack_uint(body_, wdf);
  last_did_ = did;
}

void GlassPostlistWriter::end() {
  if (!body_.empty()) emit(true);
}

void GlassPostlistWriter::emit(bool last) {
  key_.clear();
  tag_.clear();
  if (first_chunk_) {
    if (term_.empty()) {
      key_.assign(glass::kDoclenKeyPrefix);
    } else {
      glass::append_postlist_key(key_, term_);
    }
    glass::pack_uint(tag_, termfreq_);
    glass::pack_uint(tag_, collfreq_);
    glass::pack_uint(tag_, chunk_first_ - 1);
  } else if (term_.empty()) {
    glass::append_doclen_chunk_key(key_, chunk_first_);
  } else {
    glass::append_postlist_chunk_key(key_, term_, chunk_first_);
  }
  glass::pack_bool(tag_, last);
  glass::pack_uint(tag_, last_did_ - chunk_first_);
  tag_ += body_;
  table_.add(key_, tag_);
  first_chunk_ = false;
  body_.clear();
}

void GlassValueStreamWriter::begin(Xapian::valueno slot) {
  slot_ = slot;
  tag_.clear();
}

void GlassValueStreamWriter::add(Xapian::docid did, std::string_view value) {
  if (tag_.empty()) {
    chunk_first_ = did;
  } else {
    glass::pack_uint(tag_, did - last_did_ - 1);
  }
  glass::pack_string(tag_, value);
  last_did_ = did;
  // Unlike posting lists, Xapian ends a value chunk as soon as it reaches the size.
  if (tag_.size() >= glass::kChunkSize) emit();
}

void GlassValueStreamWriter::end() {
  if (!tag_.empty()) emit();
}

void GlassValueStreamWriter::emit() {
  key_.clear();
  glass::append_value_chunk_key(key_, slot_, chunk_first_);
  table_.add(key_, tag_);
  tag_.clear();
}

void GlassTermlistTag::begin(Xapian::termcount doclen, std::size_t term_count) {
  tag_.clear();
  previous_ = {};
  first_ = true;
  if (term_count == 0) return;
  glass::pack_uint(tag_, doclen);
  glass::pack_uint(tag_, term_count);
}

void GlassTermlistTag::add(std::string_view term, Xapian::termcount wdf) {
  if (first_) {
    tag_.push_back(static_cast<char>(term.size()));
    tag_.append(term);
    glass::pack_uint(tag_, wdf);
    first_ = false;
  } else {
    // The length of the prefix shared with the previous term, the length of the rest, the
    // rest, the wdf. A small wdf is folded into the first byte as (wdf + 1) * (previous
    // length + 1) + shared, which the reader recognises by its exceeding the previous
    // term's length.
    const std::size_t limit = std::min(previous_.size(), term.size());
    std::size_t reuse = 0;
    while (reuse < limit && previous_[reuse] == term[reuse]) ++reuse;
    const std::size_t packed = wdf < 127 ? (wdf + 1) * (previous_.size() + 1) + reuse : 0;
    const bool wdf_in_reuse = packed != 0 && packed < 256;
    tag_.push_back(static_cast<char>(wdf_in_reuse ? packed : reuse));
    tag_.push_back(static_cast<char>(term.size() - reuse));
    tag_.append(term.substr(reuse));
    if (!wdf_in_reuse) glass::pack_uint(tag_, wdf);
  }
  previous_ = term;
}

}  // namespace rostra
