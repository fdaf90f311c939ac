#include "common/tokens/term_dictionary.h"

#include "common/base/errors.h"
#include "common/base/text_util.h"
#include "common/base/varint.h"
#include "common/schema/schema.h"

namespace rostra {

std::string word_id_key(std::string_view word) {
  std::string key(schema::kMetaWordId);
  key += word;
  return key;
}

std::string word_id_value(WordId id) {
  std::string out;
  put_varint(out, id);
  return out;
}

WordId parse_word_id_value(std::string_view value) {
  const char* p = value.data();
  std::uint32_t id = 0;
  if (!get_varint(p, value.data() + value.size(), id)) return 0;
  return p == value.data() + value.size() ? id : 0;
}

std::string stem_forms_key(std::string_view stem) {
  std::string key(schema::kMetaStemForm);
  key += stem;
  return key;
}

void append_stem_form(std::string& list, std::string_view word, WordId id) {
  list += word_id_value(static_cast<WordId>(word.size()));
  list += word;
  list += word_id_value(id);
}

std::vector<std::pair<std::string, WordId>> parse_stem_forms(std::string_view list) {
  std::vector<std::pair<std::string, WordId>> out;
  const char* p = list.data();
  const char* end = p + list.size();
  while (p < end) {
    std::uint32_t length = 0;
    std::uint32_t id = 0;
    if (!get_varint(p, end, length) || length > static_cast<std::size_t>(end - p)) {
      break;
    }
    std::string word(p, length);
    p += length;
    if (!get_varint(p, end, id) || id == 0) break;
    out.emplace_back(std::move(word), id);
  }
  return out;
}

std::string merge_stem_forms(std::string_view a, std::string_view b) {
  std::string out(a);
  std::vector<std::pair<std::string, WordId>> have = parse_stem_forms(a);
  for (auto& [word, id] : parse_stem_forms(b)) {
    bool known = false;
    for (const auto& h : have) known = known || h.first == word;
    if (!known) append_stem_form(out, word, id);
  }
  return out;
}

WordId TermDictionary::id(std::string_view word) {
  Stripe& stripe = stripe_of(word);
  std::lock_guard lock(stripe.mutex);
  auto it = stripe.ids.find(word);
  if (it != stripe.ids.end()) return it->second;
  WordId id = next_.fetch_add(1);
  stripe.ids.emplace(word, id);
  return id;
}

WordId TermDictionary::find(std::string_view word) const {
  Stripe& stripe = stripe_of(word);
  std::lock_guard lock(stripe.mutex);
  auto it = stripe.ids.find(word);
  return it == stripe.ids.end() ? 0 : it->second;
}

void TermDictionary::load(std::string_view word, WordId id, const std::string& where) {
  Stripe& stripe = stripe_of(word);
  {
    std::lock_guard lock(stripe.mutex);
    auto [it, added] = stripe.ids.emplace(word, id);
    if (!added && it->second != id) {
      throw DatabaseError(where + ": word '" + std::string(word) + "' has id " +
                          std::to_string(id) + " here and " + std::to_string(it->second) +
                          " in another database of the index");
    }
  }
  WordId next = next_.load();
  while (next <= id && !next_.compare_exchange_weak(next, id + 1)) {
  }
}

void TermDictionary::load_from(const Xapian::Database& db, const std::string& where) {
  const std::string prefix(schema::kMetaWordId);
  for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
    const std::string key = *it;
    WordId id = parse_word_id_value(db.get_metadata(key));
    if (id == 0) throw DatabaseError(where + ": malformed word id entry '" + key + "'");
    load(std::string_view(key).substr(prefix.size()), id, where);
  }
}

std::size_t TermDictionary::size() const {
  std::size_t n = 0;
  for (const Stripe& stripe : stripes_) {
    std::lock_guard lock(stripe.mutex);
    n += stripe.ids.size();
  }
  return n;
}

bool RecordedWords::mark_id(WordId id) {
  if (id >= ids_.size()) ids_.resize(std::max<std::size_t>(id + 1, ids_.size() * 2), false);
  if (ids_[id]) return false;
  ids_[id] = true;
  return true;
}

bool RecordedWords::mark_form(WordId id, std::string_view stem) {
  const std::uint64_t h = hash64(stem) | 1;  // never 0, which means "no form yet"
  if (id >= first_form_.size())
    first_form_.resize(std::max<std::size_t>(id + 1, first_form_.size() * 2), 0);
  if (first_form_[id] == h) return false;
  if (first_form_[id] == 0) {
    first_form_[id] = h;
    return true;
  }
  return more_forms_.insert(h * 31 + id).second;
}

void RecordedWords::load_from(const Xapian::Database& db, const std::string& where) {
  const std::string ids(schema::kMetaWordId);
  for (auto it = db.metadata_keys_begin(ids); it != db.metadata_keys_end(ids); ++it) {
    WordId id = parse_word_id_value(db.get_metadata(*it));
    if (id == 0) throw DatabaseError(where + ": malformed word id entry '" + *it + "'");
    mark_id(id);
  }
  const std::string stems(schema::kMetaStemForm);
  for (auto it = db.metadata_keys_begin(stems); it != db.metadata_keys_end(stems); ++it) {
    const std::string key = *it;
    for (const auto& [word, id] : parse_stem_forms(db.get_metadata(key))) {
      mark_form(id, std::string_view(key).substr(stems.size()));
    }
  }
}

}  // namespace rostra
