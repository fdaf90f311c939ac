#include "common/index/write/input_progress.h"

#include <sys/stat.h>

#include <sstream>
#include <vector>

namespace rostra {
namespace {
// Persisted: the metadata key prefix of input progress.
constexpr std::string_view kPrefix = "rostra.input:";
}  // namespace

std::string InputProgress::key(const std::string& path) {
  std::error_code error;
  std::filesystem::path absolute = std::filesystem::absolute(path, error);
  return (error ? std::filesystem::path(path) : absolute).lexically_normal().string();
}

bool InputProgress::identity(const std::string& path, std::uint64_t* size, std::int64_t* mtime) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return false;
  *size = static_cast<std::uint64_t>(st.st_size);
  *mtime = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
  return true;
}

InputProgress InputProgress::load(const Xapian::Database& db) {
  InputProgress progress;
  std::string prefix(kPrefix);
  for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
    std::istringstream in(db.get_metadata(*it));
    Entry e;
    int done = 0;
    if (in >> e.size >> e.mtime >> e.articles >> done) {
      e.done = done != 0;
      progress.entries_[(*it).substr(prefix.size())] = e;
    }
  }
  return progress;
}

void InputProgress::store(Xapian::WritableDatabase& db) {
  for (auto& [path, e] : entries_) {
    if (!e.dirty) continue;
    db.set_metadata(std::string(kPrefix) + path,
                    std::to_string(e.size) + " " + std::to_string(e.mtime) + " " +
                        std::to_string(e.articles) + " " + (e.done ? "1" : "0"));
    e.dirty = false;
  }
}

std::uint64_t InputProgress::committed(const std::string& path, bool* done) {
  std::uint64_t size = 0;
  std::int64_t mtime = 0;
  *done = false;
  if (!identity(path, &size, &mtime)) return 0;
  Entry& e = entries_[key(path)];
  if (e.size != size || e.mtime != mtime) {
    e = Entry{size, mtime, 0, false, true};
    return 0;
  }
  *done = e.done;
  std::uint64_t already = e.articles;
  // This run counts again from zero; skipped articles are re-counted as they are passed.
  e.articles = 0;
  return already;
}

void InputProgress::clear(Xapian::WritableDatabase& db) {
  std::string prefix(kPrefix);
  std::vector<std::string> keys;
  for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
    keys.push_back(*it);
  }
  for (const std::string& k : keys) db.set_metadata(k, "");
  entries_.clear();
}

void InputProgress::advance(const std::string& path) {
  Entry& e = entries_[key(path)];
  ++e.articles;
  e.dirty = true;
}

void InputProgress::finish(const std::string& path) {
  Entry& e = entries_[key(path)];
  e.done = true;
  e.dirty = true;
}

}  // namespace rostra
