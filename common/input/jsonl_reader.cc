#include "common/input/jsonl_reader.h"

#include <simdjson.h>

#include "common/base/text_util.h"
#include "common/base/utf8.h"
#include "common/input/article_fields.h"
#include "common/input/line_reader.h"

namespace rostra {
namespace {

// A string, number or array-of-strings value as text; empty for anything else.
std::string value_text(simdjson::dom::element value) {
  switch (value.type()) {
    case simdjson::dom::element_type::STRING:
      return std::string(std::string_view(value));
    case simdjson::dom::element_type::INT64:
      return std::to_string(int64_t(value));
    case simdjson::dom::element_type::UINT64:
      return std::to_string(uint64_t(value));
    case simdjson::dom::element_type::ARRAY: {
      std::string joined;
      for (simdjson::dom::element item : simdjson::dom::array(value)) {
        if (item.type() != simdjson::dom::element_type::STRING) continue;
        if (!joined.empty()) joined += ", ";
        joined += std::string_view(item);
      }
      return joined;
    }
    default:
      return {};
  }
}

}  // namespace

void read_jsonl(ByteSource& source, const std::string& file, const ReaderSink& sink) {
  LineReader lines(source);
  simdjson::dom::parser parser;
  ArticleBuilder builder;
  std::string repaired;
  std::string_view line;
  while (lines.next(line)) {
    std::uint64_t number = lines.line_number();
    if (trim(line).empty()) continue;
    if (lines.truncated()) {
      sink.reject(file, number, "line longer than 64 MiB");
      continue;
    }
    simdjson::dom::element doc;
    auto error = parser.parse(line.data(), line.size()).get(doc);
    if (error == simdjson::UTF8_ERROR) {
      repaired.assign(line);
      std::size_t bad = repair_utf8(repaired);
      sink.warn(file, number,
                "invalid UTF-8 (" + std::to_string(bad) + " bytes decoded as Windows-1252)");
      error = parser.parse(repaired).get(doc);
    }
    if (error) {
      sink.reject(file, number, std::string("malformed JSON: ") + simdjson::error_message(error));
      continue;
    }
    simdjson::dom::object object;
    if (doc.get_object().get(object)) {
      sink.reject(file, number, "not a JSON object");
      continue;
    }
    for (auto field : object) {
      FieldName name = classify_field(field.key);
      if (name.field == ArticleField::kNone) continue;
      if (name.field == ArticleField::kOutlet &&
          field.value.type() == simdjson::dom::element_type::OBJECT) {
        simdjson::dom::element inner;
        if (!field.value["name"].get(inner)) builder.offer(name, value_text(inner));
        continue;
      }
      builder.offer(name, value_text(field.value));
    }
    Article article = builder.take();
    if (article.title.empty() && article.body.empty() && article.lead.empty()) {
      sink.reject(file, number, "no title and no text");
      continue;
    }
    article.origin_file = file;
    article.origin_line = number;
    sink.article(std::move(article));
    if (sink.position) sink.position(source.file_offset());
  }
}

}  // namespace rostra
