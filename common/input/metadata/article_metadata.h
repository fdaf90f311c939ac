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
///   id:       the URL; else "<outlet or 'id'>:<given id>"; else, for an article that is a
///             whole file, "file:" + its absolute path; else "h:" + content hash.
/// The title has its whitespace collapsed.
std::vector<std::string> resolve_metadata(Article& article, const OutletTable& outlets);

/// What a run assumes of records that say nothing themselves (a dump without metadata, such
/// as a folder of plain-text articles from one outlet).
struct InputDefaults {
  std::string outlet;    ///< The outlet of records that name none; empty: no default.
  std::string language;  ///< The language of records that give none; empty: detected.
};

/// Gives `article` the defaults it lacks: raw_outlet when the record named no outlet (so
/// the default is preferred to a guess from the URL host or a dateline's agency, and goes
/// through the outlet table like a named one), language when it gave none (instead of
/// detection). Call before resolve_metadata. Pure.
void apply_input_defaults(const InputDefaults& defaults, Article& article);

/// Hash of the normalized title and text (whitespace collapsed), as 16 hex digits.
std::string content_hash(const Article& article);

}  // namespace rostra
