#pragma once
// What an indexing run has committed of each input file, kept in the index so an
// interrupted run resumes where it stopped.

#include <xapian.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>

namespace rostra {

/// Per input file (by absolute path, size and modification time): how many of its articles
/// are committed, and whether all of them are. Stored as index metadata
/// "rostra.input:<path>" = "<size> <mtime> <articles> <done>", written with each commit.
/// A file whose size or time changed starts again from zero. Progress only outlives a run
/// that was interrupted: a completed run clears it. Not thread-safe.
class InputProgress {
 public:
  /// Reads the progress recorded in `db`.
  static InputProgress load(const Xapian::Database& db);

  /// Writes entries changed since load() to `db` (they land with its next commit).
  void store(Xapian::WritableDatabase& db);

  /// Articles of `path` already committed by an earlier run of the same file, and whether
  /// the file was finished. Starts tracking the file in this run.
  std::uint64_t committed(const std::string& path, bool* done);

  /// One more article of `path` is written (in input order).
  void advance(const std::string& path);

  /// Every article of `path` is written.
  void finish(const std::string& path);

  /// Forgets all progress in `db` (with its next commit): the run completed, so the next
  /// run reads every input again and skips unchanged articles by their hash.
  void clear(Xapian::WritableDatabase& db);

 private:
  struct Entry {
    std::uint64_t size = 0;
    std::int64_t mtime = 0;
    std::uint64_t articles = 0;
    bool done = false;
    bool dirty = false;
  };
  static std::string key(const std::string& path);
  static bool identity(const std::string& path, std::uint64_t* size, std::int64_t* mtime);

  std::map<std::string, Entry> entries_;
};

}  // namespace rostra
