#pragma once
// Making the creations, renames and removals in a directory durable.

#include <string>

namespace rostra {

/// Makes the renames, creations and removals in directory `dir` durable: an fsync of the
/// directory. Throws DatabaseError naming `dir` when the fsync fails (EIO, ENOSPC: the
/// renames may not survive a power cut). A directory that cannot be opened, or a file
/// system that cannot sync directories (EINVAL), is passed over: the renames stand, only
/// their durability is not forced.
void sync_directory(const std::string& dir);

}  // namespace rostra
