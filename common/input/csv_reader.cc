#include "common/input/csv_reader.h"

#include <vector>

#include "common/base/text_util.h"
#include "common/base/utf8.h"
#include "common/input/article_fields.h"

namespace rostra {
namespace {

constexpr std::size_t kMaxRecordBytes = 64u << 20;

// Pulls characters from a ByteSource through a buffer, counting lines.
class CharStream {
 public:
  explicit CharStream(ByteSource& source) : source_(source), buffer_(1 << 16) {}
  // Next byte, or -1 at the end.
  int get() {
    if (pos_ == size_) {
      size_ = source_.read(buffer_.data(), buffer_.size());
      pos_ = 0;
      if (size_ == 0) return -1;
    }
    char c = buffer_[pos_++];
    if (c == '\n') ++line_;
    return static_cast<unsigned char>(c);
  }
  int peek() {
    if (pos_ == size_) {
      size_ = source_.read(buffer_.data(), buffer_.size());
      pos_ = 0;
      if (size_ == 0) return -1;
    }
    return static_cast<unsigned char>(buffer_[pos_]);
  }
  std::uint64_t line() const { return line_; }

 private:
  ByteSource& source_;
  std::vector<char> buffer_;
  std::size_t pos_ = 0;
  std::size_t size_ = 0;
  std::uint64_t line_ = 1;
};

enum class RecordStatus { kOk, kEnd, kUnterminated, kTooLong };

// Reads one record into `fields`. Lenient: a quote inside an unquoted field, or text after
// a closing quote, is kept literally.
RecordStatus read_record(CharStream& in, char delimiter, std::vector<std::string>& fields) {
  fields.clear();
  int c = in.get();
  if (c == -1) return RecordStatus::kEnd;
  fields.emplace_back();
  std::size_t bytes = 0;
  bool quoted = false;
  bool at_field_start = true;
  while (true) {
    if (c == -1) return quoted ? RecordStatus::kUnterminated : RecordStatus::kOk;
    if (++bytes > kMaxRecordBytes) return RecordStatus::kTooLong;
    char ch = static_cast<char>(c);
    if (quoted) {
      if (ch == '"') {
        if (in.peek() == '"') {
          in.get();
          fields.back().push_back('"');
        } else {
          quoted = false;
        }
      } else {
        fields.back().push_back(ch);
      }
    } else if (ch == '"' && at_field_start) {
      quoted = true;
    } else if (ch == delimiter) {
      fields.emplace_back();
      at_field_start = true;
      c = in.get();
      continue;
    } else if (ch == '\n') {
      return RecordStatus::kOk;
    } else if (ch == '\r' && in.peek() == '\n') {
      // CRLF: the LF ends the record.
    } else {
      fields.back().push_back(ch);
    }
    at_field_start = false;
    c = in.get();
  }
}

bool is_blank_record(const std::vector<std::string>& fields) {
  return fields.size() == 1 && trim(fields[0]).empty();
}

// A record's fields as one line again, for a rejects file (quotes are not restored).
std::string join_fields(const std::vector<std::string>& fields, char delimiter) {
  std::string out;
  for (const std::string& field : fields) {
    if (!out.empty()) out.push_back(delimiter);
    out += field;
  }
  return out;
}

}  // namespace

void read_csv(ByteSource& source, const std::string& file, const ReaderSink& sink, char delimiter) {
  CharStream in(source);
  std::vector<std::string> header;
  std::vector<std::string> fields;
  std::vector<FieldName> columns;
  ArticleBuilder builder;
  while (true) {
    std::uint64_t start_line = in.line();
    RecordStatus status = read_record(in, delimiter, fields);
    if (status == RecordStatus::kEnd) break;
    if (status == RecordStatus::kUnterminated) {
      sink.reject(file, start_line, "quoted field never closed before the end of the file");
      break;
    }
    if (status == RecordStatus::kTooLong) {
      sink.reject(file, start_line, "record longer than 64 MiB; rest of file skipped");
      break;
    }
    if (is_blank_record(fields)) continue;
    for (std::string& field : fields) {
      if (std::size_t bad = repair_utf8(field)) {
        sink.warn(file, start_line,
                  "invalid UTF-8 (" + std::to_string(bad) + " bytes decoded as Windows-1252)");
      }
    }
    if (header.empty()) {
      header = fields;
      if (!header.empty() && header[0].rfind("\xEF\xBB\xBF", 0) == 0) header[0].erase(0, 3);
      columns.clear();
      bool any_known = false;
      for (const std::string& name : header) {
        columns.push_back(classify_field(name));
        any_known = any_known || columns.back().field != ArticleField::kNone;
      }
      if (!any_known) {
        sink.reject(file, start_line,
                    std::string(delimiter == '\t' ? "TSV" : "CSV") +
                        " header names no known column (title, text, date...)");
        return;
      }
      continue;
    }
    if (fields == header) continue;
    if (fields.size() != header.size()) {
      sink.reject_record(file, start_line,
                         "expected " + std::to_string(header.size()) + " fields, found " +
                             std::to_string(fields.size()),
                         join_fields(fields, delimiter));
      continue;
    }
    for (std::size_t i = 0; i < fields.size(); ++i) builder.offer(columns[i], fields[i]);
    Article article = builder.take();
    if (article.title.empty() && article.body.empty() && article.lead.empty()) {
      sink.reject_record(file, start_line, "no title and no text", join_fields(fields, delimiter));
      continue;
    }
    article.origin_file = file;
    article.origin_line = start_line;
    sink.article(std::move(article));
    if (sink.position) sink.position(source.file_offset());
  }
}

}  // namespace rostra
