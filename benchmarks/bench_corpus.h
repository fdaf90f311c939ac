#pragma once
// The articles benchmarks run on: the bundled sample corpus, loaded once.

#include <cstddef>
#include <vector>

#include "common/model/article.h"

namespace rostra::bench {

/// Every article of corpus/sample with metadata resolved, repeated `copies` times with
/// distinct ids (so indexing adds rather than replaces), also after resolve_metadata. Loaded once
/// per process.
const std::vector<Article>& sample_articles(std::size_t copies = 1);

/// Total bytes of title, lead and body text of `articles`.
std::size_t text_bytes(const std::vector<Article>& articles);

}  // namespace rostra::bench
