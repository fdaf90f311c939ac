#pragma once
// Shared helpers for the libFuzzer targets: an in-memory ByteSource, an invariant check
// that aborts (so libFuzzer records the input as a crash), and the reader sink the reader
// targets use.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "common/base/text_util.h"
#include "common/base/utf8.h"
#include "common/input/byte_source.h"
#include "common/input/metadata/article_metadata.h"
#include "common/input/metadata/outlet_table.h"
#include "common/model/article.h"
#include "common/model/input_issue.h"

/// Aborts with a message when `cond` is false: a broken invariant is a finding.
#define FUZZ_CHECK(cond)                                                                 \
  do {                                                                                   \
    if (!(cond)) {                                                                       \
      std::fprintf(stderr, "%s:%d: FUZZ_CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                                      \
    }                                                                                    \
  } while (false)

namespace rostra::fuzz {

/// Serves a byte buffer through the ByteSource interface. Reads are deliberately short and
/// irregular (1, 3, 17, 256, 4093 bytes, then whatever was asked for, cycling) so that
/// readers see records split across every kind of buffer boundary.
class MemorySource : public ByteSource {
 public:
  explicit MemorySource(std::string_view data) : data_(data) {}

  std::size_t read(char* buffer, std::size_t size) override {
    static constexpr std::size_t kChunks[] = {1, 3, 17, 256, 4093, SIZE_MAX};
    std::size_t chunk = kChunks[reads_++ % std::size(kChunks)];
    std::size_t n = std::min({size, chunk, data_.size() - pos_});
    if (n > 0) std::memcpy(buffer, data_.data() + pos_, n);
    pos_ += n;
    return n;
  }
  std::uint64_t file_offset() const override { return pos_; }
  Compression compression() const override { return Compression::kNone; }

 private:
  std::string_view data_;
  std::size_t pos_ = 0;
  std::size_t reads_ = 0;
};

/// Article says its text fields are valid UTF-8 (readers repair bad bytes).
inline void check_article_utf8(const Article& a) {
  FUZZ_CHECK(is_valid_utf8(a.id));
  FUZZ_CHECK(is_valid_utf8(a.url));
  FUZZ_CHECK(is_valid_utf8(a.title));
  FUZZ_CHECK(is_valid_utf8(a.lead));
  FUZZ_CHECK(is_valid_utf8(a.body));
  FUZZ_CHECK(is_valid_utf8(a.date));
  FUZZ_CHECK(is_valid_utf8(a.outlet));
  FUZZ_CHECK(is_valid_utf8(a.author));
  FUZZ_CHECK(is_valid_utf8(a.language));
  FUZZ_CHECK(is_valid_utf8(a.place));
}

/// What resolve_metadata promises: an id, an ISO date or none, a collapsed title.
inline void check_resolved(const Article& a) {
  FUZZ_CHECK(!a.id.empty());
  FUZZ_CHECK(a.title == collapse_whitespace(a.title));
  if (!a.date.empty()) {
    FUZZ_CHECK(a.date.size() == 10 && a.date[4] == '-' && a.date[7] == '-');
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
      FUZZ_CHECK(a.date[i] >= '0' && a.date[i] <= '9');
    }
  }
  check_article_utf8(a);
}

/// A sink that resolves the metadata of every article with an empty outlet table and
/// checks the UTF-8 promise before and after. Issues need a reason; they are dropped.
inline ReaderSink resolving_sink(const OutletTable& outlets) {
  ReaderSink sink;
  sink.article = [&outlets](Article&& article) {
    check_article_utf8(article);
    FUZZ_CHECK(!(article.title.empty() && article.body.empty() && article.lead.empty()));
    resolve_metadata(article, outlets);
    check_resolved(article);
  };
  sink.issue = [](InputIssue&& issue) { FUZZ_CHECK(!issue.reason.empty()); };
  return sink;
}

}  // namespace rostra::fuzz
