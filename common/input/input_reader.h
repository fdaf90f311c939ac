#pragma once
// Reads articles from files and directory trees in every supported format.

#include <cstdint>
#include <filesystem>
#include <string_view>
#include <vector>

#include "common/model/input_issue.h"

namespace rostra {

enum class InputFormat { kText, kJsonLines, kCsv, kTsv, kHtml, kWarc, kReutersSgml, kUnsupported };

/// The input name that stands for standard input.
inline constexpr std::string_view kStandardInput = "-";

/// The format of a file, from its name with any .zst/.gz suffix removed (.jsonl/.ndjson/
/// .json: JSON (lines, objects over several lines, or one array); .csv: CSV; .tsv/.tab: TSV,
/// but JSON when `head` opens a JSON object ({"title": ...: an export misnamed);
/// .html/.htm/.xhtml: HTML; .warc: WARC; .sgm/.sgml: Reuters-21578 SGML when it starts as one;
/// .txt/.text/.md or no extension: text; .xml, .pdf and other known non-article types: unsupported)
/// and, for names that do not say, from its first decompressed bytes (`head`): "WARC/1" starts a
/// WARC file, '{' or '[' starts JSON, an HTML start (looks_like_html) means HTML, a NUL byte means
/// binary (unsupported), a first line that is a header naming known columns (title, text, date...)
/// separated by tabs or commas means TSV or CSV, anything else is text.
InputFormat detect_format(const std::filesystem::path& path, std::string_view head);

/// Counts kept while reading.
struct InputStats {
  std::uint64_t files_read = 0;
  std::uint64_t files_skipped =
      0;                         ///< Directory entries that are not articles (README, SHA256SUMS).
  std::uint64_t bytes_read = 0;  ///< Compressed bytes of the files read.
};

/// The files `inputs` name, in reading order: a file as given ("-": standard input, read
/// once); a directory walked
/// recursively in name order, skipping hidden entries and files named README*, MANIFEST*,
/// LICENSE*, SHA256SUMS and MD5SUMS (counted in stats.files_skipped). A missing path or an
/// unreadable directory is reported through `sink.issue`.
std::vector<std::filesystem::path> list_input_files(
    const std::vector<std::filesystem::path>& inputs, const ReaderSink& sink, InputStats& stats);

/// Reads one file in whatever supported format it is. Problems (unsupported or binary file,
/// damaged stream, bad records) are reported through `sink.issue`; nothing throws on bad
/// input.
void read_input_file(const std::filesystem::path& path, const ReaderSink& sink, InputStats& stats);

/// Reads every input in order (list_input_files then read_input_file on each). A directory is
/// walked recursively in name order, skipping hidden entries and files named README*, MANIFEST*,
/// LICENSE*, SHA256SUMS and MD5SUMS. Every problem (missing path, unsupported or binary file,
/// damaged stream, bad record) is reported through `sink.issue` and the walk goes on: nothing here
/// throws on bad input.
void read_inputs(const std::vector<std::filesystem::path>& inputs, const ReaderSink& sink,
                 InputStats& stats);

}  // namespace rostra
