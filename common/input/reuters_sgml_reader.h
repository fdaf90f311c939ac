#pragma once
// Reads the Reuters-21578 collection's SGML files (reut2-NNN.sgm, also compressed).

#include <string>
#include <string_view>

#include "common/input/byte_source.h"
#include "common/model/input_issue.h"

namespace rostra {

/// Delivers one article per <REUTERS> element of `source`: title from <TITLE>, body from
/// <BODY> (else the text of <TEXT>, for the unprocessed stories), raw_date from <DATE>,
/// place from <DATELINE>, outlet "Reuters", given_id and origin_record the NEWID, and
/// origin_offset the byte offset of "<REUTERS" in the uncompressed file. The teletype's
/// line wrapping is undone: a line starting with spaces begins a paragraph, and the closing
/// "Reuter" sign-off and control characters are dropped. An element without a closing tag
/// is reported with its offset. The file is read whole (at most 64 MiB; the originals are
/// 1.3 MB).
void read_reuters_sgml(ByteSource& source, const std::string& file, const ReaderSink& sink);

/// True when `head` starts a Reuters-21578 SGML file ("<!DOCTYPE lewis" or "<REUTERS").
bool looks_like_reuters_sgml(std::string_view head);

}  // namespace rostra
