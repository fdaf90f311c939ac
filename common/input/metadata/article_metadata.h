#pragma once
// Turns the raw metadata a reader found into normalized article metadata. Pure.

#include <string>
#include <vector>

#include "common/input/metadata/outlet_table.h"
#include "common/model/article.h"

namespace rostra {

/// Fills article.{id,date,outlet,place,language} from what the reader found, and returns
/// warnings (e.g. a date field that could not be parsed). Never guesses: what cannot be
/// established stays empty.
///   date:     raw_date (any format parse_date accepts), else a date in the URL path;
///             date_source says which ("input" unless the reader named it, or "url").
///   outlet:   raw_outlet through the table, else the URL host through the table (or the
///             host itself), else the agency of a wire dateline through the table.
///   place:    the dateline's place.
///   language: as given, else detected from title and text.
///   id:       the URL; else "<outlet or 'id'>:<given id>"; else "h:" + content hash.
/// The title has its whitespace collapsed.
std::vector<std::string> resolve_metadata(Article& article, const OutletTable& outlets);

/// Hash of the normalized title and text (whitespace collapsed), as 16 hex digits.
std::string content_hash(const Article& article);

}  // namespace rostra
