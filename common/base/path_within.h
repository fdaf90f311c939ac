#pragma once
// Whether one path lies inside another, as the file system resolves them.

#include <filesystem>

namespace rostra {

/// Whether `path` is `dir` or lies inside it. Both are made absolute and their symbolic
/// links resolved as far as they exist (std::filesystem::weakly_canonical), so "in/a.txt",
/// "./in/a.txt" and a link to "in" agree; a trailing separator on `dir` does not matter.
/// Reads the file system; never throws.
bool path_is_within(const std::filesystem::path& path, const std::filesystem::path& dir);

}  // namespace rostra
