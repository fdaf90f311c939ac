#include "common/document/stored_article.h"

#include <stdexcept>

#include "common/base/record_codec.h"

namespace rostra {
namespace {

// Persisted: the layout version of the stored article record. Format 2 added date_source,
// origin_record and origin_offset at the end; format 1 records are still read.
constexpr char kStoredFormat = 2;
constexpr char kStoredFormatWithoutProvenance = 1;
constexpr char kListSeparator = '\x1f';

}  // namespace

std::string encode_stored_article(const Article& a) {
  RecordWriter out(kStoredFormat);
  std::string speakers;
  for (const std::string& s : a.speakers) {
    if (!speakers.empty()) speakers.push_back(kListSeparator);
    speakers += s;
  }
  for (std::string_view field :
       {std::string_view(a.id), std::string_view(a.url), std::string_view(a.title),
        std::string_view(a.date), std::string_view(a.outlet), std::string_view(a.author),
        std::string_view(a.language), std::string_view(a.source), std::string_view(a.place),
        std::string_view(speakers), std::string_view(a.lead), std::string_view(a.body),
        std::string_view(a.origin_file)}) {
    out.add(field);
  }
  out.add(a.origin_line);
  out.add(a.date_source);
  out.add(a.origin_record);
  out.add(a.origin_offset);
  return out.compressed();
}

namespace {

Article decode_fields(RecordReader& in) {
  Article a;
  a.id = in.string();
  a.url = in.string();
  a.title = in.string();
  a.date = in.string();
  a.outlet = in.string();
  a.author = in.string();
  a.language = in.string();
  a.source = in.string();
  a.place = in.string();
  std::string speakers = in.string();
  for (std::size_t start = 0; start < speakers.size();) {
    std::size_t end = speakers.find(kListSeparator, start);
    if (end == std::string::npos) end = speakers.size();
    a.speakers.push_back(speakers.substr(start, end - start));
    start = end + 1;
  }
  a.lead = in.string();
  a.body = in.string();
  a.origin_file = in.string();
  a.origin_line = in.number();
  return a;
}

}  // namespace

Article decode_stored_article(std::string_view data) {
  try {
    RecordReader in(data, kStoredFormat);
    Article a = decode_fields(in);
    a.date_source = in.string();
    a.origin_record = in.string();
    a.origin_offset = in.number();
    return a;
  } catch (const std::runtime_error&) {
    // An index written before provenance was kept: read it as it is (and a record that is
    // really corrupt fails here again, with its own message).
    RecordReader in(data, kStoredFormatWithoutProvenance);
    return decode_fields(in);
  }
}

}  // namespace rostra
