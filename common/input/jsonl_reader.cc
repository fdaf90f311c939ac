#include "common/input/jsonl_reader.h"

#include <simdjson.h>

#include "common/base/text_util.h"
#include "common/base/utf8.h"
#include "common/input/article_fields.h"
#include "common/input/json_records.h"

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

namespace {

// Why a record the splitter returned cannot be parsed, or empty when it can be.
std::string split_failure(const JsonRecord& record) {
  switch (record.status) {
    case JsonRecord::Status::kBroken:
      return "malformed JSON: record never closed (the next record starts below it)";
    case JsonRecord::Status::kTruncated:
      return "truncated JSON: the input ends inside this record";
    case JsonRecord::Status::kTooLong:
      return "record longer than 64 MiB";
    case JsonRecord::Status::kComplete:
      break;
  }
  return {};
}

// Fills `builder` from a parsed record's fields.
void offer_fields(simdjson::dom::object object, ArticleBuilder& builder) {
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
}

}  // namespace

void read_jsonl(ByteSource& source, const std::string& file, const ReaderSink& sink) {
  JsonRecordSplitter records(source);
  simdjson::dom::parser parser;
  ArticleBuilder builder;
  JsonRecord record;
  while (records.next(record)) {
    std::uint64_t number = record.line;
    if (std::string why = split_failure(record); !why.empty()) {
      sink.reject_record(file, number, std::move(why), record.text);
      continue;
    }
    simdjson::dom::element doc;
    auto error = parser.parse(record.text).get(doc);
    if (error == simdjson::UTF8_ERROR) {
      std::size_t bad = repair_utf8(record.text);
      sink.warn(file, number,
                "invalid UTF-8 (" + std::to_string(bad) + " bytes decoded as Windows-1252)");
      error = parser.parse(record.text).get(doc);
    }
    if (error) {
      sink.reject_record(file, number,
                         std::string("malformed JSON: ") + simdjson::error_message(error),
                         record.text);
      continue;
    }
    simdjson::dom::object object;
    if (doc.get_object().get(object)) {
      sink.reject_record(file, number, "not a JSON object", record.text);
      continue;
    }
    offer_fields(object, builder);
    Article article = builder.take();
    if (article.title.empty() && article.body.empty() && article.lead.empty()) {
      sink.reject_record(file, number, "no title and no text", record.text);
      continue;
    }
    article.origin_file = file;
    article.origin_line = number;
    sink.article(std::move(article));
    if (sink.position) sink.position(source.file_offset());
  }
}

}  // namespace rostra
