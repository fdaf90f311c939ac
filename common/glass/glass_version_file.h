#pragma once
// The version file of a Xapian glass database ("iamglass"): format magic, a UUID, the
// revision, where each table's B-tree root is, and the database statistics. Xapian opens a
// directory as a glass database only when this file is there, so writing it last makes a
// database complete.

#include <xapian.h>

#include <array>
#include <cstdint>
#include <string>

#include "common/glass/glass_table_builder.h"

namespace rostra {

/// The statistics glass keeps in its version file, with Xapian's meanings.
struct GlassStats {
  Xapian::doccount doccount = 0;
  Xapian::docid last_docid = 0;  ///< Highest docid ever used (deleted ones count).
  Xapian::termcount doclen_lower_bound = 0;
  Xapian::termcount doclen_upper_bound = 0;
  Xapian::termcount wdf_upper_bound = 0;
  std::uint64_t total_doclen = 0;
};

/// The tables of a glass database, in the order of the version file.
enum class GlassTableId { kPostlist, kDocdata, kTermlist, kPosition, kSpelling, kSynonym };
inline constexpr std::size_t kGlassTableCount = 6;

/// The contents of a version file at `revision` for tables whose roots are `roots` (indexed
/// by GlassTableId; an `empty` root for a table without blocks), with a new random UUID.
std::string glass_version_file(const std::array<GlassTableRoot, kGlassTableCount>& roots,
                               const GlassStats& stats, std::uint32_t revision);

/// Writes `contents` to `dir`/iamglass: to a temporary file first, flushed to disk, then
/// renamed into place, so the file is either absent or complete. Throws DatabaseError
/// naming the file on failure.
void write_glass_version_file(const std::string& dir, const std::string& contents);

}  // namespace rostra
