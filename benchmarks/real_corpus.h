#pragma once
// A benchmark corpus of real articles: the articles of real dumps (../shared/corpus),
// replicated with distinct ids and urls to the size a benchmark needs, as JSON Lines.

#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <vector>

#include "common/model/article.h"

namespace rostra::bench {

/// Every article the inputs hold (files or directories in any format rostra-index reads),
/// metadata resolved as rostra-index resolves it, in a fixed shuffled order (the same for
/// the same inputs), so that any prefix mixes the sources as the whole does. Articles of
/// a `bbc-news` directory without an outlet get "BBC News" (the dataset is all BBC, its
/// files do not say so). Records the readers reject are skipped. Not thread-safe only in
/// that it reads files; throws std::runtime_error when no article is found.
std::vector<Article> load_real_articles(const std::vector<std::filesystem::path>& inputs);

/// Writes articles [first, first + count) of the replicated sequence as JSON Lines: article
/// n is base[n % base.size()], copy n / base.size(); copy 0 keeps its id and url, copy k
/// gets the suffix "#r<k+1>" on both (so rostra-index adds, rather than replaces, it).
/// Fields: id, url, title, lead, body, date, outlet, author, language. `base` not empty.
void write_real_range(const std::vector<Article>& base, std::uint64_t first, std::uint64_t count,
                      std::ostream& out);

}  // namespace rostra::bench
