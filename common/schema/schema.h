#pragma once
// The Rostra index schema: every term prefix, value slot and the schema version, in one place.
//
// A Rostra index is a directory holding two Xapian glass databases: `articles/`, one
// document per article, and `quotes/`, one document per quote. Keeping quotes apart means
// they never change the collection statistics (document count, lengths, term frequencies)
// that rank article searches.
//
// Article documents:
//
//   Q<id>            unique id term (the article URL, else the given id, else "file:" + the
//                    absolute path of a file holding one article, else "h:" + content
//                    hash). Re-indexing an article replaces the document holding this term.
//   <stem>           Snowball stems of the words of title, lead and body (the word itself
//                    when it is its own stem), with their wdf and no positions: every form
//                    of a word is found, and ranked, under its stem. Where each exact word
//                    stands is in the document's token record (below), which phrases,
//                    NEAR/ADJ, title: and quote: check.
//   XCG<w1>\x1f<w2>  common gram: for two words at adjacent positions (same field and
//                    paragraph) of which at least one is a common word (common_grams.h:
//                    "the", "of", "в", …), one pair term with wdf 0, so document length and
//                    ranking are unchanged. A phrase holding a common word takes its
//                    candidates from these terms and never reads the postings of "the".
//                    Pairs whose term would pass kMaxTermBytes are not indexed.
//   S<word>          exact title words: the `title:` filter.
//   XOUTLET<name>    the outlet's case-folded display name: the `outlet:` filter.
//   XSPEAKER<name>   case-folded speaker name, one per speaker quoted in the article.
//   XLANG<code>      the article language ("en", "ru").
//   XHASH<hash>      hash of the normalized text: finds exact duplicates under other ids.
//   XSIM<band>       the eight LSH band keys of the text's MinHash: finds near-duplicates.
//
// Exact words have no terms of their own (the token record holds them), nor do words
// inside quotes: the record marks each quote's words and speaker.
//
// Quote documents (one per quote; a quote continued over paragraphs is one document):
//   Q<article id>#<n>   unique id; XARTICLE<article id> links to the article (and lets a
//                       re-index delete the article's old quotes).
//   <stem>, XCG<pair>   the quote's words, as for articles; S<word> the article's title.
//   XSPEAKER, XOUTLET, XLANG as for articles; XKIND<kind> ("quote", "title", "scare").
//   Values: date, outlet, speaker (kSlotSpeakers, one name), language, kind, tokens.
//   Data: the zstd-compressed StoredQuote (see stored_quote.h).
//   Token record: text stream = the quote's words; title stream = the article's title.
//   Quote clusters (common/spread, placed after the quotes are committed, so quotes not yet
//   placed are simply not clustered yet): value kSlotQuoteCluster holds the cluster of
//   quotes that are one utterance (exact copies and variants); no term is added (adding one
//   would re-encode the document's term list). What the clusterer keeps to place later
//   quotes, and each cluster's members and translation links, is quotes-database metadata
//   (kMetaSpread* below). Added without a version bump: an index written before has no
//   clusters until its next indexing run.
//
// Token records (token_record.h) live in part files beside each database
// (kTokenPartPrefix + part name, append-only); value slot kSlotTokens of a document says
// which part and offset hold its record (token_store.h). Xapian's compaction copies the
// values, so merged databases keep their segments' part files.
//
// Database metadata: besides kSchemaVersionKey and the indexer's progress, every database
// records the word ids its token records use (kMetaWordId + word -> the id as a varint) and,
// per stem, the words it holds whose stem that is and differs from them (kMetaStemForm +
// stem -> a list of word and id pairs): the forms NEAR/ADJ check in records
// (term_dictionary.h). Merging databases unites the lists of a stem (bulk/segment_merge.cc).
//
// Value slots (sortable, read by facets and sorting) are listed in enum ValueSlot.
// The document data is the zstd-compressed StoredArticle (see stored_article.h): the text
// kept for display and snippets.
//
// Metadata key kSchemaVersionKey holds kSchemaVersion. A database written with another
// version is refused on open (see database.h).
//
// WARNING: everything here is persisted. Changing a prefix, a slot number, the meaning
// of a value or the list of common words (common_grams.cc) requires bumping kSchemaVersion.
// Version 4 added the XCG pair terms, which phrase queries rely on; version 5 dropped the
// Z term of words that are their own stem, which stem queries rely on; version 6 moved
// positions and exact words into token records and indexes stems only; version 7 added
// sentence starts to token records (w/s).

#include <string_view>

namespace rostra::schema {

/// Persisted: bump on any incompatible change to prefixes, slots or stored data.
/// 8: a file holding one article is known by its path ("file:"), no longer by its content
/// hash, so an index of version 7 would keep every such article twice after a re-run.
inline constexpr int kSchemaVersion = 8;
inline constexpr std::string_view kSchemaVersionKey = "rostra.schema_version";

inline constexpr std::string_view kPrefixId = "Q";
inline constexpr std::string_view kPrefixCommonGram = "XCG";
inline constexpr std::string_view kPrefixTitle = "S";
inline constexpr std::string_view kPrefixOutlet = "XOUTLET";
inline constexpr std::string_view kPrefixSpeaker = "XSPEAKER";
inline constexpr std::string_view kPrefixLanguage = "XLANG";
inline constexpr std::string_view kPrefixArticle = "XARTICLE";
inline constexpr std::string_view kPrefixQuoteKind = "XKIND";
inline constexpr std::string_view kPrefixContentHash = "XHASH";
inline constexpr std::string_view kPrefixMinhashBand = "XSIM";
/// Quotes-database metadata (quote clusters, common/spread; persisted, never change):
/// kMetaSpreadLink + cluster id -> its possible translations;
inline constexpr std::string_view kMetaSpreadLink = "rostra.spread.link.";
/// kMetaSpreadBlock + hash_hex(speaker) + "." + month ("YYYY-MM", "" undated) -> the placed
/// phrases of that speaker and month (phrase_block.h);
inline constexpr std::string_view kMetaSpreadBlock = "rostra.spread.block.";
/// kMetaSpreadMembers + cluster id -> the id terms of the quotes placed in it, one a line;
inline constexpr std::string_view kMetaSpreadMembers = "rostra.spread.members.";
/// kMetaSpreadText + a normalized wording's key -> the first cluster of a quote so worded
/// (what a quote with no speaker and the same wording joins);
inline constexpr std::string_view kMetaSpreadText = "rostra.spread.text.";
/// kMetaSpreadBlocks: "1" once the phrase blocks hold every placed quote (an index placed
/// before they were kept has them built by its next update).
inline constexpr std::string_view kMetaSpreadBlocks = "rostra.spread.blocks";

/// A term no document ever holds (every X-prefixed term has more after the prefix): what a
/// query part that can match nothing stands for.
inline constexpr std::string_view kNeverIndexedTerm = "X";

/// Metadata key prefixes of the word dictionary (see above and term_dictionary.h). Persisted.
inline constexpr std::string_view kMetaWordId = "T";
inline constexpr std::string_view kMetaStemForm = "Z";

/// Token record part files in a database directory: this prefix + the part's name.
/// Persisted.
inline constexpr std::string_view kTokenPartPrefix = "rostra-tokens.";

/// Subdirectories of an index directory. Persisted.
inline constexpr std::string_view kArticlesDatabase = "articles";
inline constexpr std::string_view kQuotesDatabase = "quotes";

/// A bulk load into an empty index writes segments segments/<n>/ (each an index directory of
/// its own, searched together with the main databases while the load runs): writer w of W
/// writes segments w, W + w, 2W + w, …, starting the next round of W segments once the
/// current ones are full, so that no database it commits to grows large. At the end it
/// compacts them all into merge.tmp/ (with a file `uuids` naming the compacted databases),
/// renames that to merged/ once complete, and exchanges each compacted database with the
/// main one of its name (one rename each). Readers add the segments to a main database only
/// while it is empty, so each exchange switches them to the merged database at once. See
/// segment_directories.h and segment_merge.h. Persisted: an interrupted load is resumed from these,
/// and the main articles database's metadata key kBulkWritersKey holds W.
inline constexpr std::string_view kBulkWritersKey = "rostra.bulk_writers";

/// Metadata key of both databases of an index: how many commits of the pair they have
/// seen. The quotes database commits first, so a quotes database one ahead was committed
/// in a batch whose articles' commit failed or was killed (see WritableIndex::commit).
/// Persisted.
inline constexpr std::string_view kCommitCountKey = "rostra.commits";
inline constexpr std::string_view kSegmentsDirectory = "segments";
/// Where versions before the rename wrote the segments of a bulk load (same layout); the next
/// writer moves them to kSegmentsDirectory, and readers read them where they are.
inline constexpr std::string_view kLegacySegmentsDirectory = "shards";
inline constexpr std::string_view kMergeTempDirectory = "merge.tmp";
inline constexpr std::string_view kMergedDirectory = "merged";

/// Value slots. Persisted: never renumber.
enum ValueSlot : unsigned {
  kSlotDate = 0,           ///< ISO date "YYYY-MM-DD"; absent when unknown.
  kSlotOutlet = 1,         ///< Outlet display name; absent when unknown.
  kSlotSpeakers = 2,       ///< Speaker display names joined by kValueSeparator.
  kSlotLanguage = 3,       ///< Language code.
  kSlotContentHash = 4,    ///< Hex hash of the normalized title and text.
  kSlotQuoteKind = 5,      ///< Quote documents: "quote", "title" or "scare".
  kSlotRecordHash = 6,     ///< Hash of everything indexed from the article: unchanged input
                           ///< is recognized by it and skipped.
  kSlotMinhash = 7,        ///< MinHash signature of the text, 256 hex digits (near_duplicates.h).
  kSlotCluster = 8,        ///< Duplicate cluster: the same key for exact and near duplicates
                           ///< (search --collapse groups by it).
  kSlotTokens = 9,         ///< Where the document's token record is (token_store.h).
  kSlotQuoteCluster = 10,  ///< Quote documents: their quote cluster's id (common/spread).
};

/// One past the highest ValueSlot: a document's values all lie below it (placing quotes
/// rewrites a quote document's values from the slots' streams, slots 0 to this). Raise it
/// with a new slot.
inline constexpr unsigned kValueSlots = 11;
static_assert(kValueSlots == kSlotQuoteCluster + 1, "kValueSlots follows the last ValueSlot");

/// Separates the entries of a multi-valued slot. Persisted.
inline constexpr char kValueSeparator = '\x1f';

/// Positions left empty between fields (title, lead, body) and between paragraphs, so that
/// a phrase or NEAR query can never match across them.
inline constexpr unsigned kFieldPositionGap = 100;

/// wdf given to each title word occurrence, against 1 for a body word: ranks title
/// matches above body matches.
inline constexpr unsigned kTitleWdf = 3;

/// Xapian refuses terms longer than 245 bytes; longer ids are hashed.
inline constexpr std::size_t kMaxTermBytes = 240;

}  // namespace rostra::schema
