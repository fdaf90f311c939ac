#pragma once
// Reading the project's editable tab-separated tables (corpus/*.tsv): one record a line,
// '#' comment lines and blank lines skipped.

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string_view>

namespace rostra {

/// Calls `record(text, number)` for each line of the table at `path` that is neither blank
/// nor a comment, with the line trimmed and its 1-based number (for errors naming
/// "path:number"). `what` names the table in the error for a file that cannot be opened
/// ("speaker alias table"). Throws InputError for that, and passes on what `record` throws.
void for_each_table_record(const std::filesystem::path& path, std::string_view what,
                           const std::function<void(std::string_view, std::size_t)>& record);

}  // namespace rostra
