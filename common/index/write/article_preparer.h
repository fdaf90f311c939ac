#pragma once
// The CPU-heavy half of indexing an article, safe to run on worker threads: quote
// extraction, analysis and building the documents, before anything touches the database.

#include <xapian.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "common/analysis/near_duplicates.h"
#include "common/document/document_builder.h"
#include "common/document/indexed_document.h"
#include "common/model/article.h"
#include "common/quotes/speaker_aliases.h"

namespace rostra {

/// An article ready to be written.
struct PreparedArticle {
  Article article;  ///< With quotes and speakers filled (body kept).
  std::string id_term;
  std::string record_hash;   ///< Of everything indexed; equal hashes mean nothing changed.
  std::string content_hash;  ///< Of the normalized text only (exact duplicates).
  MinHashSignature minhash{};
  bool unchanged = false;  ///< The index already holds this exact record; no documents built.
  IndexedDocument document;
  std::vector<std::pair<std::string, IndexedDocument>> quote_documents;
  /// When the preparer keeps wordings: those of the spoken quotes, for placing them in
  /// clusters without analysing them again (DocumentBuilder::build_quotes).
  std::vector<AnalysedWording> quote_wordings;
};

/// Prepares articles. One per thread (not thread-safe); `aliases` is shared read-only and
/// `dictionary` (the index's word ids) is shared with the other threads. Both must outlive
/// the preparer. With `keep_wordings`, each prepared article carries its quote wordings.
class ArticlePreparer {
 public:
  ArticlePreparer(const SpeakerAliases& aliases, TermDictionary& dictionary, bool extract_quotes,
                  bool keep_wordings = false)
      : aliases_(aliases),
        extract_quotes_(extract_quotes),
        keep_wordings_(keep_wordings),
        builder_(dictionary) {}

  /// REQUIRES: metadata resolved. When `existing` (may be null) already holds a document
  /// with the same id and record hash, returns it marked unchanged without analysis.
  PreparedArticle prepare(Article article, const Xapian::Database* existing = nullptr);

 private:
  const SpeakerAliases& aliases_;
  bool extract_quotes_;
  bool keep_wordings_;
  DocumentBuilder builder_;
};

/// Fills article.quotes from its body and article.speakers with the distinct speakers of
/// its spoken quotes (is_spoken), in order of first appearance. Thread-safe for distinct
/// articles; `aliases` is read only.
void analyze_quotes(Article& article, const SpeakerAliases& aliases);

/// Hash of everything the index records about `article` (text, metadata, and the analysis
/// version), as 16 hex digits.
std::string record_hash(const Article& article);

}  // namespace rostra
