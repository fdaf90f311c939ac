#include "common/input/warc_reader.h"

#include <deque>
#include <set>
#include <utility>

#include "common/base/errors.h"
#include "common/base/text_util.h"
#include "common/input/byte_source.h"
#include "common/input/metadata/date_parser.h"
#include "common/input/web/html_article.h"
#include "common/input/web/http_response.h"
#include "common/input/web/warc_header.h"

namespace rostra {
namespace {

constexpr std::size_t kMaxHeaderBytes = 1 << 20;
// Records kept whole for parsing; larger ones (videos, archives) are skipped unread.
constexpr std::uint64_t kMaxRecordBytes = 64u << 20;

// Decompressed bytes of a WARC file with their offsets, and the gzip member of each.
class RecordStream {
 public:
  explicit RecordStream(ByteSource& source) : source_(source) {}

  // Ensures `n` bytes are buffered past the cursor; false at the end of the input.
  bool fill(std::size_t n) {
    while (buffer_.size() - cursor_ < n) {
      if (cursor_ > (1u << 20)) compact();
      char chunk[1 << 16];
      std::size_t got = source_.read(chunk, sizeof chunk);
      if (got == 0) return false;
      chunks_.push_back({base_ + buffer_.size(), source_.member_offset()});
      buffer_.append(chunk, got);
    }
    return true;
  }
  std::string_view rest() const { return std::string_view(buffer_).substr(cursor_); }
  void skip(std::size_t n) { cursor_ += n; }
  std::uint64_t offset() const { return base_ + cursor_; }

  // Where a record starting at the cursor is in the file (see read_warc).
  std::uint64_t file_offset_here() const {
    std::uint64_t here = offset();
    for (auto it = chunks_.rbegin(); it != chunks_.rend(); ++it) {
      if (it->first <= here) return it->second == ByteSource::kNoMember ? here : it->second;
    }
    return here;
  }

 private:
  void compact() {
    buffer_.erase(0, cursor_);
    base_ += cursor_;
    cursor_ = 0;
    while (chunks_.size() > 1 && chunks_[1].first <= base_) chunks_.pop_front();
  }
  ByteSource& source_;
  std::string buffer_;
  std::size_t cursor_ = 0;
  std::uint64_t base_ = 0;
  std::deque<std::pair<std::uint64_t, std::uint64_t>> chunks_;
};

struct Record {
  WarcHeader header;
  std::string block;
  std::uint64_t offset = 0;  // in the file (see file_offset_here)
  std::string type;
  std::string truncated;  // why the block is shorter than its Content-Length, if it is
};

class WarcFileReader {
 public:
  WarcFileReader(ByteSource& source, std::string file, const ReaderSink& sink,
                 WarcRecordCounts& counts)
      : stream_(source), file_(std::move(file)), sink_(sink), counts_(counts) {}

  void run() {
    try {
      Record record;
      // A truncated record is the file's last: what follows it cannot be framed.
      while (next(record)) {
        handle(record);
        if (!record.truncated.empty()) break;
      }
    } catch (const StreamDamage& damage) {
      note_damage(damage);
    }
    if (!damage_.empty()) {
      reject(damage_offset_, damage_ + "; the records before it were read");
    }
    report_counts();
  }

 private:
  RecordStream stream_;
  std::string file_;
  const ReaderSink& sink_;
  WarcRecordCounts& counts_;
  std::set<std::string> indexed_digests_;
  std::set<std::string> indexed_uris_;
  std::string damage_;  // the compressed stream's damage, once met
  std::uint64_t damage_offset_ = 0;

  void reject(std::uint64_t offset, const std::string& reason) {
    // The reason first: issue_category groups rejects by what precedes '(' or ':'.
    sink_.reject(file_, 0, reason + " (record at byte " + std::to_string(offset) + ")");
  }

  // Keeps the compressed stream's damage, and where it was met, for run() to report.
  void note_damage(const StreamDamage& damage) {
    damage_ = damage.what();
    damage_offset_ = stream_.file_offset_here();
  }

  // stream_.fill(n), false at the end of the input, and also at damage to a compressed
  // stream, which is kept (note_damage) for run() to report once the bytes before it are used.
  bool fill_or_note_damage(std::size_t n) {
    try {
      return stream_.fill(n);
    } catch (const StreamDamage& damage) {
      note_damage(damage);
      return false;
    }
  }

  // Reads the next record; false at the end of the file or when it cannot go on.
  bool next(Record& record) {
    while (stream_.fill(1) && (stream_.rest()[0] == '\r' || stream_.rest()[0] == '\n')) {
      stream_.skip(1);
    }
    if (!stream_.fill(1)) return false;
    record = Record();
    record.offset = stream_.file_offset_here();
    std::size_t end = std::string_view::npos;
    for (std::size_t want = 4096; end == std::string_view::npos; want *= 2) {
      bool more = fill_or_note_damage(want);
      end = stream_.rest().find("\r\n\r\n");
      if (end == std::string_view::npos && (!more || want > kMaxHeaderBytes)) {
        // A damaged stream is reported once, by run().
        if (damage_.empty()) {
          reject(record.offset, more ? "WARC header larger than 1 MiB" : "truncated WARC header");
        }
        return false;
      }
    }
    std::string error = parse_warc_header(stream_.rest().substr(0, end), record.header);
    if (!error.empty()) {
      reject(record.offset, error + "; the rest of the file is skipped");
      return false;
    }
    stream_.skip(end + 4);
    return read_block(record);
  }

  bool read_block(Record& record) {
    std::string length_text = record.header.get("Content-Length");
    std::uint64_t length = 0;
    bool number = !length_text.empty() && length_text.size() < 16 &&
                  length_text.find_first_not_of("0123456789") == std::string::npos;
    if (!number) {
      reject(record.offset, "bad Content-Length '" + length_text + "'; the rest is skipped");
      return false;
    }
    length = std::stoull(length_text);
    record.type = ascii_lower(record.header.get("WARC-Type"));
    bool wanted = record.type == "response" || record.type == "resource";
    std::uint64_t left = length;
    while (left > 0) {
      std::size_t step = static_cast<std::size_t>(std::min<std::uint64_t>(left, 1 << 20));
      if (!fill_or_note_damage(step)) {
        std::size_t have = stream_.rest().size();
        std::string truncated = "truncated record " + record.header.get("WARC-Record-ID") + " (" +
                                std::to_string(length - left + have) + " of " +
                                std::to_string(length) + " bytes)";
        if (wanted && length <= kMaxRecordBytes && length - left + have > 0) {
          // The page's first part is still a page (an archive clipped by a crawler or a
          // copy): offered to the reader with a warning rather than lost with its record.
          record.block.append(stream_.rest().substr(0, have));
          stream_.skip(have);
          record.truncated = std::move(truncated);
          return true;
        }
        if (damage_.empty()) reject(record.offset, truncated);  // else run() reports the damage
        ++counts_[record.type + ": truncated"];
        return false;
      }
      if (wanted && length <= kMaxRecordBytes) record.block.append(stream_.rest().substr(0, step));
      stream_.skip(step);
      left -= step;
    }
    if (wanted && length > kMaxRecordBytes) {
      reject(record.offset, "record of " + std::to_string(length) + " bytes skipped (over 64 MiB)");
      record.type = "oversized " + record.type;
    }
    return true;
  }

  void handle(const Record& record) {
    const std::string& type = record.type;
    if (type == "revisit") {
      // Records without a digest must not match each other through the empty string.
      std::string digest = record.header.get("WARC-Payload-Digest");
      bool seen = (!digest.empty() && indexed_digests_.count(digest) != 0) ||
                  indexed_uris_.count(warc_target_uri(record.header)) != 0;
      ++counts_[seen ? "revisit of a page indexed" : "revisit"];
      return;
    }
    if (type != "response" && type != "resource") {
      ++counts_[type.empty() ? "untyped" : type];
      return;
    }
    std::string uri = warc_target_uri(record.header);
    if (starts_with_ignore_case(uri, "dns:")) {
      ++counts_[type + ": dns"];
      return;
    }
    HttpResponse http;
    if (type == "response") {
      std::string error = parse_http_response(record.block, kMaxHtmlBytes, http);
      if (!error.empty()) {
        reject(record.offset, error);
        ++counts_[type + ": broken HTTP"];
        return;
      }
      if (http.status < 200 || http.status > 299) {
        ++counts_[type + ": not 2xx"];
        return;
      }
    } else {
      http.content_type = record.header.get("Content-Type");
      http.body = record.block;
    }
    if (!is_html_content_type(http.content_type) &&
        !(http.content_type.empty() && looks_like_html(http.body))) {
      ++counts_[type + ": not HTML"];
      return;
    }
    deliver(record, uri, http);
  }

  void deliver(const Record& record, const std::string& uri, HttpResponse& http) {
    HtmlExtraction page = extract_html_article(http.body, {uri, http.content_type});
    std::string where = " (record at byte " + std::to_string(record.offset) + ")";
    if (!record.truncated.empty()) {
      sink_.warn(file_, 0, record.truncated + "; the page read as far as it goes" + where);
    }
    for (const std::string& note : http.notes) sink_.warn(file_, 0, note + where);
    for (const std::string& warning : page.warnings) sink_.warn(file_, 0, warning + where);
    Article& article = page.article;
    if (article.body.empty() && !page.headline_only) {
      reject(record.offset, "no main text found; " + uri);
      ++counts_[record.type + ": no text"];
      return;
    }
    article.url = uri;
    if (article.raw_date.empty() && !date_from_url(uri)) {
      article.raw_date = record.header.get("WARC-Date");
      article.date_source = "crawl";
    } else if (article.date_source.empty()) {
      article.date_source = "url";
    }
    article.origin_file = file_;
    article.origin_record = record.header.get("WARC-Record-ID");
    article.origin_offset = record.offset;
    if (std::string digest = record.header.get("WARC-Payload-Digest"); !digest.empty()) {
      indexed_digests_.insert(digest);
    }
    indexed_uris_.insert(uri);
    ++counts_[record.type + (record.truncated.empty() ? ": article" : ": truncated article")];
    sink_.article(std::move(article));
  }

  void report_counts() {
    if (counts_.empty()) return;  // nothing framed: the reject said why
    std::string line = "WARC records:";
    for (const auto& [kind, count] : counts_) {
      line += (line.back() == ':' ? " " : ", ") + kind + " " + std::to_string(count);
    }
    sink_.warn(file_, 0, line);
  }
};

}  // namespace

void read_warc(const std::filesystem::path& path, const ReaderSink& sink,
               WarcRecordCounts& counts) {
  std::unique_ptr<ByteSource> source = open_byte_source(path);
  WarcFileReader(*source, path.string(), sink, counts).run();
}

bool looks_like_warc(std::string_view head) {
  return head.substr(0, 6) == "WARC/1";
}

}  // namespace rostra
