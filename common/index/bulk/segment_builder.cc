#include "common/index/bulk/segment_builder.h"
#include "common/index/write/document_store.h"

#include <filesystem>

#include "common/base/directory_sync.h"
#include "common/base/errors.h"
#include "common/schema/index_terms.h"
#include "common/schema/schema.h"

namespace rostra {
namespace {

namespace fs = std::filesystem;

// Token parts are written beside the databases (the bulk writer wants an empty directory)
// and moved in once the databases are complete.
constexpr std::string_view kPartsSuffix = ".parts";

std::string sub(const std::string& dir, std::string_view name) {
  return (fs::path(dir) / name).string();
}

// Makes DIR.tmp afresh, with the directories the writers fill.
std::string make_temp(const std::string& dir) {
  const std::string temp = dir + ".tmp";
  try {
    if (fs::exists(dir)) throw DatabaseError(dir + ": segment already exists");
    fs::remove_all(temp);
    for (std::string_view db : {schema::kArticlesDatabase, schema::kQuotesDatabase}) {
      fs::create_directories(sub(temp, std::string(db) + std::string(kPartsSuffix)));
    }
  } catch (const fs::filesystem_error& e) {
    throw DatabaseError(temp + ": cannot make the segment directory: " + e.what());
  }
  return temp;
}

std::string parts_dir(const std::string& temp, std::string_view db) {
  return sub(temp, std::string(db) + std::string(kPartsSuffix));
}

}  // namespace

SegmentBuilder::SegmentBuilder(std::string dir, const std::string& part_prefix)
    : dir_(std::move(dir)),
      temp_(make_temp(dir_)),
      articles_(sub(temp_, schema::kArticlesDatabase)),
      quotes_(sub(temp_, schema::kQuotesDatabase)),
      article_tokens_(parts_dir(temp_, schema::kArticlesDatabase), part_prefix),
      quote_tokens_(parts_dir(temp_, schema::kQuotesDatabase), part_prefix) {
  const std::string version = std::to_string(schema::kSchemaVersion);
  articles_.set_metadata(std::string(schema::kSchemaVersionKey), version);
  quotes_.set_metadata(std::string(schema::kSchemaVersionKey), version);
}

bool SegmentBuilder::holds_unchanged(const std::string& id_term,
                                     const std::string& record_hash) const {
  auto it = ids_.find(id_term);
  return it != ids_.end() && it->second.record_hash == record_hash;
}

Xapian::docid SegmentBuilder::store(GlassDatabaseWriter& db, TokenStoreWriter& tokens,
                                    RecordedWords& recorded, IndexedDocument& doc) {
  struct Target {
    GlassDatabaseWriter& db;
    std::string metadata(const std::string& key) { return db.metadata(key); }
    void set_metadata(const std::string& key, const std::string& value) {
      db.set_metadata(key, value);
    }
    Xapian::docid add(const IndexedDocument& d) { return db.add_document(d.content); }
  } target{db};
  return store_document_with_record(target, tokens, recorded, doc);
}

bool SegmentBuilder::add(PreparedArticle& prepared, const std::string& cluster) {
  Kept& kept = ids_[prepared.id_term];
  const bool replaced = kept.article != 0;
  if (replaced) {
    articles_.delete_document(kept.article);
    for (Xapian::docid quote : kept.quotes) quotes_.delete_document(quote);
    kept.quotes.clear();
  }
  prepared.document.set_value(schema::kSlotCluster, cluster);
  kept.article = store(articles_, article_tokens_, article_words_, prepared.document);
  kept.record_hash = prepared.record_hash;
  for (auto& [id, doc] : prepared.quote_documents) {
    doc.set_value(schema::kSlotCluster, cluster);
    kept.quotes.push_back(store(quotes_, quote_tokens_, quote_words_, doc));
  }
  return replaced;
}

std::size_t SegmentBuilder::memory_bytes() const {
  return articles_.memory_bytes() + quotes_.memory_bytes() +
         ids_.size() * (sizeof(Kept) + 2 * sizeof(void*) + 64);
}

void SegmentBuilder::finish() {
  try {
    article_tokens_.sync();
    quote_tokens_.sync();
    articles_.finish();
    quotes_.finish();
    for (std::string_view db : {schema::kArticlesDatabase, schema::kQuotesDatabase}) {
      const std::string parts = parts_dir(temp_, db);
      for (const auto& entry : fs::directory_iterator(parts)) {
        fs::rename(entry.path(), fs::path(sub(temp_, db)) / entry.path().filename());
      }
      fs::remove(parts);
    }
    fs::rename(temp_, dir_);
    sync_directory(fs::path(dir_).parent_path().string());
  } catch (const fs::filesystem_error& e) {
    throw DatabaseError(temp_ + ": cannot complete the segment: " + e.what());
  }
}

}  // namespace rostra
