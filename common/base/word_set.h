#pragma once
// A fixed set of words, looked up by hash: for the word lists that quote attribution asks
// about every word of every article.

#include <initializer_list>
#include <string_view>

#include "common/base/string_index.h"

namespace rostra {

/// An immutable set of words. Thread-safe to read once built.
class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) {
      const std::uint64_t hash = string_hash(w);
      if (index_.find(w, hash) == StringIndex::kNone) index_.insert(w, hash);
    }
  }
  template <std::size_t N>
  explicit WordSet(const std::string_view (&words)[N]) {
    for (std::string_view w : words) {
      const std::uint64_t hash = string_hash(w);
      if (index_.find(w, hash) == StringIndex::kNone) index_.insert(w, hash);
    }
  }

  bool contains(std::string_view word) const {
    return index_.find(word, string_hash(word)) != StringIndex::kNone;
  }

 private:
  StringIndex index_;
};

}  // namespace rostra
