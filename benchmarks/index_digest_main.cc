// rostra-index-digest: a digest of everything an index directory holds, to show that a change
// left the index it writes identical: terms with their postings and frequencies, document
// lengths, values and data, metadata (the word dictionary, progress), and each document's
// token record. Word ids are numbered by whichever analysis thread meets a word first, so
// they differ from run to run: the digest takes records and the dictionary as words, and
// leaves out where a record is stored (kSlotTokens) and the ids themselves.
// Usage: rostra-index-digest DIR  (prints one line per part and a total).
#include <xapian.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/base/text_util.h"
#include "common/schema/schema.h"
#include "common/tokens/term_dictionary.h"
#include "common/tokens/token_record.h"
#include "common/tokens/token_store.h"

namespace {

/// Folds pieces into one running digest; each piece is length-prefixed so that the
/// boundaries count.
class Digest {
 public:
  void add(std::string_view piece) {
    state_ = rostra::hash64(std::to_string(state_) + ":" + std::to_string(piece.size()) + ":" +
                            std::string(piece));
    ++pieces_;
  }
  std::string hex() const {
    std::ostringstream out;
    out << std::hex << state_ << " (" << std::dec << pieces_ << " pieces)";
    return out.str();
  }

 private:
  std::uint64_t state_ = 0;
  std::uint64_t pieces_ = 0;
};

std::string digest_terms(const Xapian::Database& db) {
  Digest d;
  for (auto t = db.allterms_begin(); t != db.allterms_end(); ++t) {
    d.add(*t + "#" + std::to_string(t.get_termfreq()));
    for (auto p = db.postlist_begin(*t); p != db.postlist_end(*t); ++p) {
      d.add(std::to_string(*p) + "/" + std::to_string(p.get_wdf()));
    }
  }
  return d.hex();
}

using WordNames = std::unordered_map<rostra::WordId, std::string>;

WordNames word_names(const Xapian::Database& db) {
  WordNames names;
  std::string prefix(rostra::schema::kMetaWordId);
  for (auto k = db.metadata_keys_begin(prefix); k != db.metadata_keys_end(prefix); ++k) {
    names[rostra::parse_word_id_value(db.get_metadata(*k))] = (*k).substr(prefix.size());
  }
  return names;
}

std::string stream_words(std::string_view stream, const WordNames& names) {
  std::string out;
  rostra::for_each_word(stream, [&](std::uint32_t position, rostra::WordId id) {
    auto name = names.find(id);
    out += std::to_string(position) + ":" + (name == names.end() ? "?" : name->second) + " ";
  });
  return out;
}

std::size_t words_in(std::string_view stream) {
  std::size_t n = 0;
  rostra::for_each_word(stream, [&](std::uint32_t, rostra::WordId) { ++n; });
  return n;
}

std::string record_words(std::string_view record, const WordNames& names) {
  rostra::TokenRecordView view;
  if (!rostra::parse_token_record(record, view, true)) return "malformed record";
  std::string out =
      "title " + stream_words(view.title, names) + "text " + stream_words(view.text, names);
  for (const rostra::TokenSpan& span : view.spans) {
    out += " span " + std::to_string(words_in(view.text.substr(0, span.start))) + "+" +
           std::to_string(words_in(view.text.substr(span.start, span.end - span.start))) + " by " +
           std::string(span.speaker);
  }
  return out;
}

std::string digest_documents(const Xapian::Database& db, const std::filesystem::path& dir) {
  WordNames names = word_names(db);
  rostra::TokenStoreReader tokens({dir.string()});
  Digest d;
  for (auto p = db.postlist_begin(""); p != db.postlist_end(""); ++p) {
    Xapian::Document doc = db.get_document(*p);
    d.add(std::to_string(*p) + " len " + std::to_string(db.get_doclength(*p)));
    for (auto v = doc.values_begin(); v != doc.values_end(); ++v) {
      if (v.get_valueno() == rostra::schema::kSlotTokens) {
        d.add(record_words(tokens.record(*v), names));
      } else {
        d.add(std::to_string(v.get_valueno()) + "=" + *v);
      }
    }
    d.add(doc.get_data());
  }
  return d.hex();
}

std::string digest_metadata(const Xapian::Database& db) {
  Digest d;
  for (auto k = db.metadata_keys_begin(); k != db.metadata_keys_end(); ++k) {
    std::string key = *k;
    d.add(key);
    if (key.rfind(rostra::schema::kMetaWordId, 0) == 0) continue;  // the id itself varies
    std::string value = db.get_metadata(key);
    if (key.rfind(rostra::schema::kMetaStemForm, 0) == 0) {
      std::vector<std::string> forms;
      for (auto& [word, id] : rostra::parse_stem_forms(value)) forms.push_back(word);
      std::sort(forms.begin(), forms.end());
      for (const std::string& form : forms) d.add(form);
    } else {
      d.add(value);
    }
  }
  return d.hex();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: rostra-index-digest DIR\n";
    return 2;
  }
  try {
    Digest total;
    for (const char* name : {"articles", "quotes"}) {
      std::filesystem::path dir = std::filesystem::path(argv[1]) / name;
      Xapian::Database db(dir.string());
      std::string lines[] = {digest_terms(db), digest_documents(db, dir), digest_metadata(db)};
      const char* what[] = {"terms", "documents and token records", "metadata"};
      std::cout << name << ": " << db.get_doccount() << " documents\n";
      for (int i = 0; i < 3; ++i) {
        std::cout << "  " << what[i] << ": " << lines[i] << "\n";
        total.add(lines[i]);
      }
    }
    std::cout << "index digest: " << total.hex() << "\n";
  } catch (const Xapian::Error& e) {
    std::cerr << "rostra-index-digest: error: " << e.get_description() << "\n";
    return 4;
  } catch (const std::exception& e) {
    std::cerr << "rostra-index-digest: error: " << e.what() << "\n";
    return 4;
  }
  return 0;
}
