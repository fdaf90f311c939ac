#pragma once
// JSON Lines input: one article object per line.

#include <string>

#include "common/input/byte_source.h"
#include "common/model/input_issue.h"

namespace rostra {

/// Reads one JSON object per line from `source` and delivers an Article per object
/// (field names as classify_field maps them; unknown fields ignored; a "source" object's
/// "name" is taken as the outlet; arrays of strings, e.g. authors, are joined with ", ").
/// Blank lines are skipped. A line that is not a JSON object, or an object with no title
/// and no text, is rejected with its line number; invalid UTF-8 is repaired (as
/// Windows-1252) with a warning. `file` names the input in issues and Article::origin_file.
/// Throws StreamDamage from the source after delivering every line before the damage.
void read_jsonl(ByteSource& source, const std::string& file, const ReaderSink& sink);

}  // namespace rostra
