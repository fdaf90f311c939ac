#pragma once
// The index checker: Rostra's own invariants, which xapian-check cannot see because they live
// in Rostra's schema (schema.h), its token records (token_store.h) and its word dictionary
// (term_dictionary.h) rather than in glass's B-trees.
//
// An index is healthy when:
//   - every article id (Q term) is held by exactly one article document, every article
//     document holds one, and likewise for quote ids;
//   - every quote's article (XARTICLE term, or the article id of its stored data) is present;
//   - every document's kSlotTokens value points at a record present in its part file,
//     decodable, whose word ids are in its database's dictionary, and whose word count
//     agrees with the document's length;
//   - every database lists, under each stem, every word form its documents use (the forms
//     NEAR/ADJ match), with the word's id;
//   - every database carries schema::kSchemaVersion;
//   - no interrupted bulk load, merge or database creation has left state behind.
// The last is "unfinished", not damage: a rerun of the indexer completes it, and readers see a
// consistent index meanwhile. Forms a stem lists that no document uses any longer (left by
// replaced or deleted documents) are notes: they cost nothing but a useless lookup.

#include <cstdint>
#include <string>
#include <vector>

namespace rostra {

/// How bad a finding is.
enum class CheckSeverity {
  kDamage,      ///< An invariant is broken: searches may answer wrongly or fail.
  kUnfinished,  ///< An interrupted operation the next indexer run completes.
  kNote,        ///< Harmless, reported for completeness.
};

/// One kind of problem, how often it occurred, and a few occurrences.
struct CheckFinding {
  std::string kind;  ///< Stable name ("duplicate_article_id"), for scripts and --json.
  std::string what;  ///< What it means, one line.
  CheckSeverity severity = CheckSeverity::kDamage;
  std::uint64_t count = 0;
  std::vector<std::string> examples;  ///< At most kCheckExamples occurrences.
};

/// How many occurrences a finding names.
inline constexpr std::size_t kCheckExamples = 5;

/// The verdict on an index directory.
enum class CheckStatus {
  kHealthy,     ///< No damage, nothing unfinished (notes allowed).
  kUnfinished,  ///< No damage, but interrupted work awaits a rerun of the indexer.
  kDamaged,     ///< At least one invariant is broken.
  kNotAnIndex,  ///< The directory is missing or holds no Rostra index at all.
};

/// What check_index found, and how much it looked at.
struct IndexCheckReport {
  std::string dir;
  std::uint64_t articles = 0;          ///< Article documents, over the main database and segments.
  std::uint64_t quotes = 0;            ///< Quote documents, likewise.
  std::uint64_t databases = 0;         ///< Glass databases opened (2 + 2 per segment).
  std::uint64_t records = 0;           ///< Token records read and decoded.
  std::uint64_t words = 0;             ///< Word positions in those records.
  std::uint64_t forms = 0;             ///< (stem, word form) entries in the dictionaries.
  std::string not_an_index;            ///< Why, when the directory is not an index at all.
  std::vector<CheckFinding> findings;  ///< In the order the checks ran; counts > 0 only.

  CheckStatus status() const;
  /// The findings' occurrences of `kind` (0 when none).
  std::uint64_t count(const std::string& kind) const;
};

/// Checks the index directory `dir` (see above), opening everything read-only; writes
/// nothing and prints nothing. Never throws for damage: a database that cannot be opened or
/// read is itself a finding. REQUIRES: no writer is changing the index meanwhile (a check
/// racing a writer may report changes it saw half-made). Thread-compatible.
IndexCheckReport check_index(const std::string& dir);

/// The report for people: what was checked, each finding with its examples, the verdict.
std::string format_check_report(const IndexCheckReport& report);

/// The report as one JSON object (one line, newline-terminated): dir, status, the counts,
/// and findings [{kind, severity, count, what, examples}].
std::string check_report_json(const IndexCheckReport& report);

/// Exit statuses of `rostra-index --check` (README.md): 0 healthy, kExitCheckUnfinished,
/// kExitCheckDamaged, and 4 (a database error) when the directory is not an index.
inline constexpr int kExitCheckUnfinished = 1;
inline constexpr int kExitCheckDamaged = 6;
int check_exit_status(const IndexCheckReport& report);

}  // namespace rostra
