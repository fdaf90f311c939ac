#pragma once
// The byte format of stored records (article and quote data): length-prefixed fields in a
// zstd frame. Persisted: change only with a schema version bump.

#include <cstdint>
#include <string>
#include <string_view>

namespace rostra {

/// Appends fields to a record.
class RecordWriter {
 public:
  /// `format` is the record's own layout version, written first.
  explicit RecordWriter(char format) { raw_.push_back(format); }
  void add(std::string_view field);
  void add(std::uint64_t number);
  /// The zstd-compressed record.
  std::string compressed() const;

 private:
  std::string raw_;
};

/// Reads the fields of a record in the order they were written. Throws std::runtime_error
/// on corrupt data.
class RecordReader {
 public:
  /// Decompresses `data` and checks its format byte.
  RecordReader(std::string_view data, char format);
  std::string string();
  std::uint64_t number();

 private:
  std::string raw_;
  std::size_t pos_ = 1;
};

}  // namespace rostra
