#pragma once
// Exception types. Bad input records are not exceptional (readers report them as
// InputIssue); these are for misuse and for failures of the environment.

#include <stdexcept>
#include <string>

namespace rostra {

/// The user asked for something impossible (bad option, malformed query). Exit status 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// A malformed query. `column` is the 1-based character position of the problem.
class QueryError : public UsageError {
 public:
  QueryError(const std::string& what, std::size_t column)
      : UsageError(what + " (at column " + std::to_string(column) + ")"), column_(column) {}
  std::size_t column() const { return column_; }

 private:
  std::size_t column_;
};

/// An input could not be read at all (missing file, unreadable directory). Exit status 3.
class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// The database is missing, locked, corrupt or of another schema version. Exit status 4.
class DatabaseError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Exit statuses shared by both programs; documented in README.md.
enum ExitStatus : int {
  kExitOk = 0,
  kExitPartial = 1,  ///< rostra-index: some records were rejected, the rest were indexed.
  kExitUsage = 2,
  kExitInput = 3,
  kExitDatabase = 4,
  kExitInternal = 5,
};

}  // namespace rostra
