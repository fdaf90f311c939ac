#pragma once
// The Rostra index schema: every term prefix, value slot and the schema version, in one place.
//
// A Rostra database is a Xapian glass database. Each article is one document:
//
//   Q<id>            unique id term (the article URL, else the given id, else "h:" + content
//                    hash). Re-indexing an article replaces the document holding this term.
//   <word>           exact, case-folded word forms of title and body, with positions, so exact
//                    phrases and NEAR/ADJ work. Fields are separated by kFieldPositionGap.
//   Z<stem>          Snowball stems of the same words, without positions: ranked recall.
//   S<word>          exact title words, with positions: the `title:` filter.
//   XOUTLET<name>    the outlet's case-folded display name: the `outlet:` filter.
//   XSPEAKER<name>   case-folded speaker name, one per speaker quoted in the article.
//   XLANG<code>      the article language ("en", "ru").
//
// Value slots (sortable, read by facets and sorting) are listed in enum ValueSlot.
// The document data is the zstd-compressed StoredArticle (see stored_article.h): the text
// kept for display and snippets.
//
// Metadata key kSchemaVersionKey holds kSchemaVersion. A database written with another
// version is refused on open (see database.h).
//
// WARNING: everything here is persisted. Changing a prefix, a slot number or the meaning
// of a value requires bumping kSchemaVersion.

#include <string_view>

namespace rostra::schema {

/// Persisted: bump on any incompatible change to prefixes, slots or stored data.
inline constexpr int kSchemaVersion = 1;
inline constexpr std::string_view kSchemaVersionKey = "rostra.schema_version";

inline constexpr std::string_view kPrefixId = "Q";
inline constexpr std::string_view kPrefixStem = "Z";
inline constexpr std::string_view kPrefixTitle = "S";
inline constexpr std::string_view kPrefixOutlet = "XOUTLET";
inline constexpr std::string_view kPrefixSpeaker = "XSPEAKER";
inline constexpr std::string_view kPrefixLanguage = "XLANG";

/// Value slots. Persisted: never renumber.
enum ValueSlot : unsigned {
  kSlotDate = 0,         ///< ISO date "YYYY-MM-DD"; absent when unknown.
  kSlotOutlet = 1,       ///< Outlet display name; absent when unknown.
  kSlotSpeakers = 2,     ///< Speaker display names joined by kValueSeparator.
  kSlotLanguage = 3,     ///< Language code.
  kSlotContentHash = 4,  ///< Hex hash of the normalized title and text.
};

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
