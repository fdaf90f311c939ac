#pragma once
// How readers report bad records: not exceptions, but values with file, line and reason.

#include <algorithm>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>

#include "common/base/text_util.h"
#include "common/model/article.h"

namespace rostra {

/// A problem with one input record or file.
struct InputIssue {
  enum class Kind {
    kWarning,   ///< The record was indexed, but something was repaired or left unknown.
    kRejected,  ///< The record (or the rest of a file) could not be indexed.
  };
  InputIssue() = default;
  InputIssue(Kind issue_kind, std::string issue_file, std::uint64_t issue_line,
             std::string issue_reason)
      : kind(issue_kind),
        file(std::move(issue_file)),
        line(issue_line),
        reason(std::move(issue_reason)) {}

  Kind kind = Kind::kRejected;
  std::string file;
  std::uint64_t line = 0;  ///< 1-based; 0 when the issue concerns the whole file.
  std::string reason;
  /// The rejected record as read (its first kMaxRecordCopy bytes, cut at a character
  /// boundary), for a rejects file; empty when the issue concerns no single record.
  std::string record;
  std::uint64_t record_bytes = 0;  ///< The whole record's size, when `record` is set.

  /// How much of a rejected record an issue keeps: enough to see what went wrong, little
  /// enough that a file of huge broken records cannot fill memory or the disk.
  static constexpr std::size_t kMaxRecordCopy = 4096;

  /// Sets `record` from `text`, cut to kMaxRecordCopy bytes.
  void keep_record(std::string_view text) {
    record_bytes = text.size();
    std::size_t cut = std::min(text.size(), kMaxRecordCopy);
    // Back up to a character boundary: never keep half a UTF-8 sequence.
    while (cut > 0 && cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
      --cut;
    }
    record.assign(text.substr(0, cut));
  }

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
  void reject_record(const std::string& file, std::uint64_t line, std::string reason,
                     std::string_view record) const {
    InputIssue rejected{InputIssue::Kind::kRejected, file, line, std::move(reason)};
    rejected.keep_record(record);
    issue(std::move(rejected));
  }
  void warn(const std::string& file, std::uint64_t line, std::string reason) const {
    issue(InputIssue{InputIssue::Kind::kWarning, file, line, std::move(reason)});
  }
};

}  // namespace rostra
