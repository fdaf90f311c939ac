#pragma once
// rostra-search --show ID: one article whole, as the index holds it.

#include <iosfwd>
#include <string>

#include "common/index/readable_index.h"

namespace rostra {

/// Prints the article whose id is `id` in `index`: its metadata, where it was read from
/// (input file and line or record), the text with each quote marked ("⟦…⟧[n]") and, below,
/// each quote's number, speaker, cue and kind; with `json`, one JSON object
/// {"type":"article", ..., "quotes":[...]}. Throws InputError when no article has that id,
/// DatabaseError when the index cannot be read.
void show_article(ReadableIndex& index, const std::string& id, bool json, std::ostream& out);

}  // namespace rostra
