#pragma once
// The article text and metadata kept in each document's data, zstd-compressed: what search
// results display and snippets are cut from.

#include <string>
#include <string_view>

#include "common/model/article.h"

namespace rostra {

/// Serializes the displayable fields of `article` and compresses them with zstd.
/// Persisted format (see schema.h): a version byte then length-prefixed fields.
std::string encode_stored_article(const Article& article);

/// Decodes what encode_stored_article wrote, including records of the format before
/// provenance (date_source, origin_record, origin_offset) was kept, which come back without
/// it. Throws std::runtime_error on corrupt data.
Article decode_stored_article(std::string_view data);

}  // namespace rostra
