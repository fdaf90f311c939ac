#pragma once
// How readers report bad records: not exceptions, but values with file, line and reason.

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "common/base/text_util.h"
#include "common/model/article.h"

namespace rostra {

/// A problem with one input record or file.
struct InputIssue {
  enum class Kind {
    kWarning,   ///< The record was indexed, but something was repaired or left unknown.
    kRejected,  ///< The record (or the rest of a file) could not be indexed.
  };
  Kind kind = Kind::kRejected;
  std::string file;
  std::uint64_t line = 0;  ///< 1-based; 0 when the issue concerns the whole file.
  std::string reason;

  /// "file:line: reason" (or "file: reason").
  std::string message() const {
    std::string out = file;
    if (line > 0) {
      out.push_back(':');
      out += std::to_string(line);
    }
    out += ": ";
    out += reason;
    return out;
  }
};

/// The kind of problem a reason names, without its details, for counting rejects by
/// reason: "malformed JSON: …" -> "malformed JSON"; reasons that start with a path become
/// "file error".
inline std::string issue_category(const std::string& reason) {
  std::size_t cut = reason.find_first_of(":(;");
  std::string category(trim(std::string_view(reason).substr(0, cut)));
  if (category.find('/') != std::string::npos || category.empty()) return "file error";
  return category;
}

/// Where readers deliver what they read. `article` and `issue` must be set.
struct ReaderSink {
  std::function<void(Article&&)> article;
  std::function<void(InputIssue&&)> issue;
  /// Optional: bytes of the current file consumed so far (compressed), after each record.
  std::function<void(std::uint64_t)> position;

  void reject(const std::string& file, std::uint64_t line, std::string reason) const {
    issue(InputIssue{InputIssue::Kind::kRejected, file, line, std::move(reason)});
  }
  void warn(const std::string& file, std::uint64_t line, std::string reason) const {
    issue(InputIssue{InputIssue::Kind::kWarning, file, line, std::move(reason)});
  }
};

}  // namespace rostra
