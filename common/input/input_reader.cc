#include "common/input/input_reader.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <system_error>

#include "common/base/errors.h"
#include "common/base/text_util.h"
#include "common/base/utf8.h"
#include "common/input/article_fields.h"
#include "common/input/byte_source.h"
#include "common/input/csv_reader.h"
#include "common/input/jsonl_reader.h"
#include "common/input/reuters_sgml_reader.h"
#include "common/input/text_article_parser.h"
#include "common/input/warc_reader.h"
#include "common/input/web/html_article.h"

namespace rostra {
namespace fs = std::filesystem;
namespace {

constexpr std::size_t kMaxTextArticleBytes = 64u << 20;

std::string lower_extension(fs::path name) {
  std::string ext = ascii_lower(name.extension().string());
  if (ext == ".zst" || ext == ".zstd" || ext == ".gz" || ext == ".gzip") {
    ext = ascii_lower(name.stem().extension().string());
  }
  return ext;
}

// True when the first line of `head` is a header of at least two cells split by
// `delimiter`, each of them a column name classify_field knows ("title", "text", "date").
bool names_known_columns(std::string_view head, char delimiter) {
  std::string_view line = head.substr(0, head.find('\n'));
  if (line.size() > 1024) return false;
  std::size_t cells = 0;
  while (true) {
    std::size_t end = std::min(line.find(delimiter), line.size());
    std::string_view cell = trim(line.substr(0, end));
    if (!cell.empty() && cell.front() == '"' && cell.size() >= 2 && cell.back() == '"') {
      cell = cell.substr(1, cell.size() - 2);
    }
    if (classify_field(cell).field == ArticleField::kNone) return false;
    ++cells;
    if (end == line.size()) break;
    line.remove_prefix(end + 1);
  }
  return cells >= 2;
}

bool is_skipped_name(const std::string& name) {
  std::string lower = ascii_lower(name);
  return lower.empty() || lower[0] == '.' || lower.rfind("readme", 0) == 0 ||
         lower.rfind("manifest", 0) == 0 || lower.rfind("license", 0) == 0 ||
         lower == "sha256sums" || lower == "md5sums";
}

// Prepends already-read bytes to a source, so format sniffing consumes nothing.
class ReplaySource : public ByteSource {
 public:
  ReplaySource(std::unique_ptr<ByteSource> inner, std::string head)
      : inner_(std::move(inner)), head_(std::move(head)) {}
  std::size_t read(char* buffer, std::size_t size) override {
    if (pos_ < head_.size()) {
      std::size_t n = std::min(size, head_.size() - pos_);
      std::memcpy(buffer, head_.data() + pos_, n);
      pos_ += n;
      return n;
    }
    return inner_->read(buffer, size);
  }
  std::uint64_t file_offset() const override { return inner_->file_offset(); }
  Compression compression() const override { return inner_->compression(); }

 private:
  std::unique_ptr<ByteSource> inner_;
  std::string head_;
  std::size_t pos_ = 0;
};

// The identity of a file that holds one article: its absolute path with symlinks resolved,
// the same whatever the working directory or the link it was named through. Empty for
// standard input, whose content is all there is to know it by.
std::string file_identity(const std::string& file) {
  if (file == "-") return {};
  std::error_code error;
  fs::path path = fs::weakly_canonical(fs::absolute(file, error), error);
  if (error) path = fs::absolute(file, error).lexically_normal();
  return error ? std::string() : path.string();
}

void read_text_file(ByteSource& source, const std::string& file, const ReaderSink& sink) {
  std::string content;
  char buffer[1 << 16];
  while (std::size_t n = source.read(buffer, sizeof buffer)) {
    if (content.size() + n > kMaxTextArticleBytes) {
      sink.reject(file, 0, "text article larger than 64 MiB");
      return;
    }
    content.append(buffer, n);
  }
  if (std::size_t bad = repair_utf8(content)) {
    sink.warn(file, 0, "invalid UTF-8 (" + std::to_string(bad) + " bytes decoded as Windows-1252)");
  }
  if (is_word_list(content)) {
    sink.reject(file, 0, "a list of short lines with no sentence, not an article");
    return;
  }
  Article article = parse_text_article(content);
  if (article.title.empty() && article.body.empty()) {
    sink.reject(file, 0, "empty article");
    return;
  }
  article.origin_file = file;
  article.file_identity = file_identity(file);
  sink.article(std::move(article));
}

// A saved web page: one article per file. Pages over kMaxHtmlBytes are cut (and said so).
void read_html_file(ByteSource& source, const std::string& file, const ReaderSink& sink) {
  std::string content;
  char buffer[1 << 16];
  while (std::size_t n = source.read(buffer, sizeof buffer)) {
    if (content.size() <= kMaxHtmlBytes) content.append(buffer, n);  // the rest is drained
  }
  HtmlExtraction page = extract_html_article(content, HtmlContext{});
  for (std::string& warning : page.warnings) sink.warn(file, 0, std::move(warning));
  if (page.article.body.empty() && !page.headline_only) {
    sink.reject(file, 0, "no main text found in the page");
    return;
  }
  page.article.origin_file = file;
  page.article.file_identity = file_identity(file);
  sink.article(std::move(page.article));
}

}  // namespace

void read_input_file(const fs::path& path, const ReaderSink& sink, InputStats& stats) {
  const std::string file = path.string();
  std::unique_ptr<ByteSource> source;
  try {
    source = open_byte_source(path);
    std::string head(4096, '\0');
    std::size_t got = 0;
    while (got < head.size()) {
      std::size_t n = source->read(head.data() + got, head.size() - got);
      if (n == 0) break;
      got += n;
    }
    head.resize(got);
    InputFormat format = detect_format(path, head);
    if (format == InputFormat::kUnsupported) {
      bool binary = head.find('\0') != std::string::npos;
      sink.reject(file, 0,
                  binary ? "binary file, not an article dump"
                         : "unsupported format (" + lower_extension(path) + ")");
      return;
    }
    ++stats.files_read;
    if (format == InputFormat::kWarc && file == kStandardInput) {
      sink.reject(file, 0, "a WARC file cannot be read from standard input: name the file");
      return;
    }
    if (format == InputFormat::kWarc) {
      // Read afresh: the reader locates records by their gzip members, which the bytes
      // already read for sniffing would hide.
      source.reset();
      WarcRecordCounts counts;
      read_warc(path, sink, counts);
      std::error_code error;
      stats.bytes_read += fs::file_size(path, error);
      return;
    }
    ReplaySource replay(std::move(source), std::move(head));
    switch (format) {
      case InputFormat::kJsonLines:
        read_jsonl(replay, file, sink);
        break;
      case InputFormat::kCsv:
        read_csv(replay, file, sink);
        break;
      case InputFormat::kTsv:
        read_csv(replay, file, sink, '\t');
        break;
      case InputFormat::kText:
        read_text_file(replay, file, sink);
        break;
      case InputFormat::kHtml:
        read_html_file(replay, file, sink);
        break;
      case InputFormat::kReutersSgml:
        read_reuters_sgml(replay, file, sink);
        break;
      case InputFormat::kWarc:
      case InputFormat::kUnsupported:
        break;
    }
    stats.bytes_read += replay.file_offset();
  } catch (const StreamDamage& damage) {
    sink.reject(file, 0, std::string(damage.what()) + "; records before the damage were read");
  } catch (const InputError& error) {
    std::string reason = error.what();
    if (reason.rfind(file + ": ", 0) == 0) reason.erase(0, file.size() + 2);  // named once
    sink.reject(file, 0, reason);
  }
}

namespace {

// True when `head` starts (after whitespace) with a JSON object's first key: {"name":
bool opens_json_object(std::string_view head) {
  std::string_view start = trim(head);
  if (start.empty() || start.front() != '{') return false;
  start = trim(start.substr(1));
  if (start.empty() || start.front() != '"') return false;
  std::size_t close = start.find('"', 1);
  if (close == std::string_view::npos || start.substr(1, close - 1).find('\n') != start.npos) {
    return false;
  }
  std::string_view after = trim(start.substr(close + 1));
  return !after.empty() && after.front() == ':';
}

}  // namespace

InputFormat detect_format(const fs::path& path, std::string_view head) {
  std::string ext = lower_extension(path.filename());
  if (ext == ".jsonl" || ext == ".ndjson" || ext == ".json") return InputFormat::kJsonLines;
  // A JSON Lines export named .csv (as some tools name every export) is still JSON Lines:
  // no CSV header starts with a JSON object's opening key.
  if ((ext == ".csv" || ext == ".tsv" || ext == ".tab") && opens_json_object(head)) {
    return InputFormat::kJsonLines;
  }
  if (ext == ".csv") return InputFormat::kCsv;
  if (ext == ".tsv" || ext == ".tab") return InputFormat::kTsv;
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return InputFormat::kHtml;
  if (ext == ".warc" || looks_like_warc(head)) return InputFormat::kWarc;
  if (looks_like_reuters_sgml(head)) return InputFormat::kReutersSgml;
  static constexpr std::string_view kUnsupported[] = {
      ".xml", ".sgm",  ".sgml", ".pdf", ".doc", ".docx", ".zip", ".tar", ".png",
      ".jpg", ".jpeg", ".gif",  ".dtd", ".exe", ".so",   ".o",   ".db",  ".sqlite"};
  for (std::string_view bad : kUnsupported) {
    if (ext == bad) return InputFormat::kUnsupported;
  }
  if (head.find('\0') != std::string_view::npos) return InputFormat::kUnsupported;
  if (ext == ".txt" || ext == ".text" || ext == ".md") return InputFormat::kText;
  if (looks_like_html(head)) return InputFormat::kHtml;
  std::string_view start = trim(head);
  if (!start.empty() && (start.front() == '{' || start.front() == '[')) {
    return InputFormat::kJsonLines;
  }
  if (names_known_columns(head, '\t')) return InputFormat::kTsv;
  if (names_known_columns(head, ',')) return InputFormat::kCsv;
  return InputFormat::kText;
}

namespace {

// The files below `root`, skipped names left out. A directory that cannot be read (or a
// walk that fails) is an input failure: reported, counted, and the rest still walked.
std::vector<fs::path> walk_directory(const fs::path& root, const ReaderSink& sink,
                                     InputStats& stats) {
  std::vector<fs::path> files;
  std::vector<fs::path> pending{root};
  while (!pending.empty()) {
    const fs::path dir = std::move(pending.back());
    pending.pop_back();
    std::error_code error;
    fs::directory_iterator it(dir, error);
    for (; !error && it != fs::directory_iterator(); it.increment(error)) {
      const std::string name = it->path().filename().string();
      std::error_code kind_error;
      const bool directory = it->is_directory(kind_error);
      if (is_skipped_name(name)) {
        if (!directory) ++stats.files_skipped;
        continue;
      }
      if (directory) {
        pending.push_back(it->path());
      } else if (it->is_regular_file(kind_error)) {
        files.push_back(it->path());
      }
    }
    if (error) sink.reject(dir.string(), 0, "cannot read directory: " + error.message());
  }
  return files;
}

}  // namespace

std::vector<fs::path> list_input_files(const std::vector<fs::path>& inputs, const ReaderSink& sink,
                                       InputStats& stats) {
  std::vector<fs::path> all;
  bool standard_input = false;
  for (const fs::path& input : inputs) {
    if (input == kStandardInput) {
      if (standard_input) sink.reject(input.string(), 0, "standard input named twice; read once");
      if (!standard_input) all.push_back(input);
      standard_input = true;
      continue;
    }
    std::error_code error;
    fs::file_status status = fs::status(input, error);
    if (error || !fs::exists(status)) {
      sink.reject(input.string(), 0, "no such file or directory");
      continue;
    }
    if (!fs::is_directory(status)) {
      all.push_back(input);
      continue;
    }
    std::vector<fs::path> files = walk_directory(input, sink, stats);
    std::sort(files.begin(), files.end());
    all.insert(all.end(), files.begin(), files.end());
  }
  return all;
}

void read_inputs(const std::vector<fs::path>& inputs, const ReaderSink& sink, InputStats& stats) {
  for (const fs::path& file : list_input_files(inputs, sink, stats))
    read_input_file(file, sink, stats);
}

}  // namespace rostra
