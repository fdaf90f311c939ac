#include "common/tokens/token_store.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <filesystem>

#include "common/base/errors.h"
#include "common/base/varint.h"
#include "common/schema/schema.h"

namespace rostra {
namespace {

// Asks for the first kPrefetchBytes of a record that is about to be scanned, all at once:
// the records of a search's candidates lie scattered over the part files and are rarely in
// cache, and the hardware prefetcher only follows a stream after a few misses (and never
// across a page), so without this the misses of one record came one after another (in a
// stop-word phrase count over 200,000 articles, 30% of the samples sat on a record's first
// byte and 31% in memchr over the record; prefetching made those counts 20-25% faster).
constexpr std::size_t kPrefetchBytes = 2048;
void prefetch_record(const char* data, std::size_t size) {
  const char* end = data + std::min(size, kPrefetchBytes);
  for (const char* line = data; line < end; line += 64) __builtin_prefetch(line);
}

namespace fs = std::filesystem;

std::string slot_value(const std::string& name, std::uint64_t offset) {
  std::string value;
  put_varint(value, name.size());
  value += name;
  put_varint(value, offset);
  return value;
}

// Splits a kSlotTokens value into part name and offset.
bool parse_slot_value(std::string_view value, std::string_view& name, std::uint64_t& offset) {
  const char* p = value.data();
  const char* end = p + value.size();
  std::uint64_t length = 0;
  if (!get_varint(p, end, length) || length > static_cast<std::uint64_t>(end - p)) return false;
  name = std::string_view(p, length);
  p += length;
  return get_varint(p, end, offset) && p == end;
}

// The next free name `prefix` + number among `existing` part names.
std::string next_name(const std::vector<std::string>& existing, const std::string& prefix) {
  unsigned long next = 1;
  for (const std::string& name : existing) {
    if (name.compare(0, prefix.size(), prefix) != 0) continue;
    std::string_view digits = std::string_view(name).substr(prefix.size());
    unsigned long n = 0;
    auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
    if (error == std::errc() && end == digits.data() + digits.size() && n >= next) next = n + 1;
  }
  return prefix + std::to_string(next);
}

std::vector<std::string> part_names_in(const std::string& dir) {
  std::vector<std::string> names;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(dir, error)) {
    std::string file = entry.path().filename().string();
    if (file.compare(0, schema::kTokenPartPrefix.size(), schema::kTokenPartPrefix) == 0) {
      names.push_back(file.substr(schema::kTokenPartPrefix.size()));
    }
  }
  return names;
}

std::string errno_text() {
  return std::strerror(errno);
}

}  // namespace

std::uint64_t MemoryTokenParts::append(const std::string& name, std::string_view record) {
  std::lock_guard lock(mutex_);
  std::deque<std::string>& part = parts_[name];
  part.emplace_back(record);
  return part.size() - 1;
}

const std::string* MemoryTokenParts::find(const std::string& name, std::uint64_t index) const {
  std::lock_guard lock(mutex_);
  auto it = parts_.find(name);
  if (it == parts_.end() || index >= it->second.size()) return nullptr;
  return &it->second[index];
}

std::vector<std::string> MemoryTokenParts::names() const {
  std::lock_guard lock(mutex_);
  std::vector<std::string> out;
  for (const auto& [name, part] : parts_) out.push_back(name);
  return out;
}

TokenStoreWriter::TokenStoreWriter(std::string db_dir, std::string name_prefix)
    : db_dir_(std::move(db_dir)), name_(next_name(part_names_in(db_dir_), name_prefix)) {
  path_ = (fs::path(db_dir_) / (std::string(schema::kTokenPartPrefix) + name_)).string();
}

TokenStoreWriter::TokenStoreWriter(std::shared_ptr<MemoryTokenParts> parts, std::string name_prefix)
    : memory_(std::move(parts)), name_(next_name(memory_->names(), name_prefix)) {}

TokenStoreWriter::~TokenStoreWriter() {
  // Records not synced belong to documents never committed: losing them loses nothing.
  close_file();
}

TokenStoreWriter::TokenStoreWriter(TokenStoreWriter&& other) noexcept
    : db_dir_(std::move(other.db_dir_)),
      memory_(std::move(other.memory_)),
      name_(std::move(other.name_)),
      path_(std::move(other.path_)),
      fd_(other.fd_),
      offset_(other.offset_),
      buffer_(std::move(other.buffer_)) {
  other.fd_ = -1;
}

TokenStoreWriter& TokenStoreWriter::operator=(TokenStoreWriter&& other) noexcept {
  if (this != &other) {
    close_file();
    db_dir_ = std::move(other.db_dir_);
    memory_ = std::move(other.memory_);
    name_ = std::move(other.name_);
    path_ = std::move(other.path_);
    fd_ = other.fd_;
    offset_ = other.offset_;
    buffer_ = std::move(other.buffer_);
    other.fd_ = -1;
  }
  return *this;
}

void TokenStoreWriter::close_file() noexcept {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
}

void TokenStoreWriter::open_file() {
  // O_EXCL: a part belongs to one writer; two writers never share one.
  fd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd_ < 0) throw DatabaseError(path_ + ": cannot create token part: " + errno_text());
}

std::string TokenStoreWriter::append(std::string_view record) {
  if (memory_) return slot_value(name_, memory_->append(name_, record));
  if (fd_ < 0) open_file();
  const std::uint64_t at = offset_;
  const std::size_t before = buffer_.size();
  put_varint(buffer_, record.size());
  buffer_ += record;
  offset_ += buffer_.size() - before;
  if (buffer_.size() >= kBufferBytes) flush();
  return slot_value(name_, at);
}

void TokenStoreWriter::flush() {
  for (std::size_t done = 0; done < buffer_.size();) {
    ssize_t n = ::write(fd_, buffer_.data() + done, buffer_.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw DatabaseError(path_ + ": cannot write token part: " + errno_text());
    done += static_cast<std::size_t>(n);
  }
  buffer_.clear();
}

void TokenStoreWriter::sync() {
  if (fd_ < 0) return;
  flush();
  if (::fdatasync(fd_) != 0) {
    throw DatabaseError(path_ + ": cannot sync token part: " + errno_text());
  }
}

TokenStoreReader::TokenStoreReader(std::vector<std::string> db_dirs)
    : db_dirs_(std::move(db_dirs)) {
  try {
    scan_directories(true);
  } catch (...) {
    close_parts();
    throw;
  }
}

TokenStoreReader::TokenStoreReader(std::shared_ptr<MemoryTokenParts> parts)
    : memory_(std::move(parts)) {}

TokenStoreReader::~TokenStoreReader() {
  close_parts();
}

void TokenStoreReader::close_parts() {
  for (auto& [name, part] : parts_) {
    if (part.data != nullptr) ::munmap(const_cast<char*>(part.data), part.size);
  }
  parts_.clear();
  for (auto& [data, size] : retired_) ::munmap(const_cast<char*>(data), size);
  retired_.clear();
}

void TokenStoreReader::scan_directories(bool strict) {
  for (const std::string& dir : db_dirs_) {
    std::error_code error;
    if (strict && !fs::is_directory(dir, error)) {
      throw DatabaseError(dir + ": database directory missing (removed while opened?)");
    }
    for (const std::string& name : part_names_in(dir)) {
      if (parts_.count(name) != 0) continue;
      Mapping part;
      part.path = (fs::path(dir) / (std::string(schema::kTokenPartPrefix) + name)).string();
      // Mapped now: a map outlives the file's removal (a merged bulk load's segments).
      const int fd = ::open(part.path.c_str(), O_RDONLY | O_CLOEXEC);
      if (fd < 0) {
        if (strict) throw DatabaseError(part.path + ": cannot open token part: " + errno_text());
        continue;
      }
      try {
        map_open(part, fd, 0);
      } catch (const DatabaseError&) {
        ::close(fd);
        if (strict) throw;
        continue;
      }
      ::close(fd);
      parts_.emplace(name, std::move(part));
    }
  }
  last_ = nullptr;
}

TokenStoreReader::Mapping* TokenStoreReader::find_part(std::string_view name) {
  if (last_ != nullptr && name == last_name_) return last_;
  auto it = parts_.find(name);
  if (it == parts_.end()) {
    scan_directories(false);  // a part a writer started after this reader was made
    it = parts_.find(name);
    if (it == parts_.end()) return nullptr;
  }
  last_ = &it->second;
  last_name_ = std::string(name);
  return last_;
}

void TokenStoreReader::map(Mapping& part, std::size_t needed) {
  const int fd = ::open(part.path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw DatabaseError(part.path + ": cannot open token part: " + errno_text());
  try {
    map_open(part, fd, needed);
  } catch (...) {
    ::close(fd);
    throw;
  }
  ::close(fd);
}

void TokenStoreReader::map_open(Mapping& part, int fd, std::size_t needed) {
  struct stat info {};
  if (::fstat(fd, &info) != 0 || static_cast<std::size_t>(info.st_size) < needed) {
    throw DatabaseError(part.path + ": token part shorter than the index says (damaged index)");
  }
  const auto size = static_cast<std::size_t>(info.st_size);
  if (size == 0) return;  // nothing to map yet: mapped when a record is asked for
  void* data = ::mmap(nullptr, size, PROT_READ, MAP_SHARED, fd, 0);
  if (data == MAP_FAILED)
    throw DatabaseError(part.path + ": cannot map token part: " + errno_text());
  // Views handed out earlier point into the old map: keep it until the reader goes.
  if (part.data != nullptr) retired_.emplace_back(part.data, part.size);
  part.data = static_cast<const char*>(data);
  part.size = size;
}

std::string_view TokenStoreReader::record(std::string_view value) {
  if (value.empty()) return {};
  std::string_view name;
  std::uint64_t offset = 0;
  if (!parse_slot_value(value, name, offset)) {
    throw DatabaseError("malformed token record location in the index (damaged index)");
  }
  if (memory_) {
    const std::string* record = memory_->find(std::string(name), offset);
    if (record == nullptr) throw DatabaseError("token record missing from an in-memory index");
    return *record;
  }
  Mapping* part = find_part(name);
  if (part == nullptr) {
    throw DatabaseError("token part '" + std::string(name) +
                        "' is missing from the index directory (damaged index)");
  }
  // The part may have grown since it was mapped (a writer committed more): map it again
  // when the record is not wholly inside the map.
  for (bool remapped = false;; remapped = true) {
    if (offset >= part->size) {
      if (remapped) break;
      map(*part, static_cast<std::size_t>(offset) + 1);
      continue;
    }
    const char* p = part->data + offset;
    const char* end = part->data + part->size;
    std::uint64_t length = 0;
    if (get_varint(p, end, length) && length <= static_cast<std::uint64_t>(end - p)) {
      prefetch_record(p, static_cast<std::size_t>(length));
      return std::string_view(p, static_cast<std::size_t>(length));
    }
    if (remapped) break;
    map(*part, static_cast<std::size_t>(offset) + 1);
  }
  throw DatabaseError(part->path + ": token record runs past the end of its part (damaged index)");
}

bool TokenStoreReader::locate(std::string_view value, RecordLocation& out) {
  if (memory_ || value.empty()) return false;
  std::string_view name;
  std::uint64_t offset = 0;
  if (!parse_slot_value(value, name, offset)) {
    throw DatabaseError("malformed token record location in the index (damaged index)");
  }
  Mapping* part = find_part(name);
  if (part == nullptr) {
    throw DatabaseError("token part '" + std::string(name) +
                        "' is missing from the index directory (damaged index)");
  }
  if (offset >= part->size) map(*part, static_cast<std::size_t>(offset) + 1);
  // Not read here (a table of every document's location would read every record): its
  // length is checked against the map when it is read (record_at).
  out.at = part->data + offset;
  out.limit = part->data + part->size;
  return true;
}

void TokenStoreReader::refresh_maps() {
  if (memory_) return;
  scan_directories(false);
  for (auto& [name, part] : parts_) {
    struct stat info {};
    if (part.data != nullptr && ::stat(part.path.c_str(), &info) == 0 &&
        static_cast<std::size_t>(info.st_size) > part.size) {
      map(part, part.size);
    }
  }
}

std::string_view TokenStoreReader::record_at(RecordLocation location) {
  const char* p = location.at;
  std::uint64_t length = 0;
  if (!get_varint(p, location.limit, length) ||
      length > static_cast<std::uint64_t>(location.limit - p)) {
    throw DatabaseError("token record runs past the end of its part (damaged index)");
  }
  prefetch_record(p, static_cast<std::size_t>(length));
  return std::string_view(p, static_cast<std::size_t>(length));
}

void link_token_parts(const std::string& from, const std::string& to) {
  for (const std::string& name : part_names_in(from)) {
    const std::string file = std::string(schema::kTokenPartPrefix) + name;
    const fs::path source = fs::path(from) / file;
    std::error_code error;
    fs::create_hard_link(source, fs::path(to) / file, error);
    if (error) {
      error.clear();
      fs::copy_file(source, fs::path(to) / file, error);
    }
    if (error) {
      throw DatabaseError(source.string() + ": cannot link token part into " + to + ": " +
                          error.message());
    }
  }
}

}  // namespace rostra
