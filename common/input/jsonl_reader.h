#pragma once
// JSON input: one article object per line (JSON Lines), objects printed over several lines,
// or one array of article objects.

#include <string>

#include "common/input/byte_source.h"
#include "common/model/input_issue.h"

namespace rostra {

/// Reads the JSON records of `source` (see JsonRecordSplitter: one object per line, objects
/// over several lines, or the elements of one top-level array) and delivers an Article per
/// object
/// (field names as classify_field maps them; unknown fields ignored; a "source" object's
/// "name" is taken as the outlet; arrays of strings, e.g. authors, are joined with ", ").
/// Blank lines are skipped. A record that is not a JSON object, is malformed, never closes
/// (broken, or cut by the end of the input), or has no title and no text, is rejected with
/// the line it starts on and a copy of it (InputIssue::record), and reading goes on; invalid UTF-8
/// is repaired (as Windows-1252) with a warning. `file` names the input in issues and
/// Article::origin_file. Throws StreamDamage from the source after delivering every line before the
/// damage.
void read_jsonl(ByteSource& source, const std::string& file, const ReaderSink& sink);

}  // namespace rostra
