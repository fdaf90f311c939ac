#include "common/query/query_fields.h"

namespace rostra {
namespace {

constexpr QueryFieldInfo kQueryFields[] = {
    {QueryField::kTitle, "title", QueryFieldKind::kText,
     "title:sanction  title:\"sanctions\"   in the title: by stem (any form); \"…\" exact"},
    {QueryField::kQuote, "quote", QueryFieldKind::kText,
     "quote:warn  quote:\"world war\"   inside a quote, by stem; \"…\" exact (with speaker:, "
     "theirs)"},
    {QueryField::kSpeaker, "speaker", QueryFieldKind::kFilter,
     "speaker:\"Vladimir Putin\"  speaker:Putin  speaker:Путин   by name, alias or surname"},
    {QueryField::kOutlet, "outlet", QueryFieldKind::kFilter,
     "outlet:Reuters  outlet:reuters.com  outlet:unknown   from that outlet"},
    {QueryField::kDate, "date", QueryFieldKind::kDate,
     "date:2025  date:2025-01-20  date:2024..2025-06  date:unknown   published then"},
};

char ascii_lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

}  // namespace

std::span<const QueryFieldInfo> query_fields() {
  return kQueryFields;
}

const QueryFieldInfo* find_query_field(std::string_view name) {
  for (const QueryFieldInfo& info : kQueryFields) {
    if (info.name.size() != name.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < name.size() && same; ++i)
      same = ascii_lower(name[i]) == info.name[i];
    if (same) return &info;
  }
  return nullptr;
}

const QueryFieldInfo& query_field_info(QueryField field) {
  for (const QueryFieldInfo& info : kQueryFields) {
    if (info.field == field) return info;
  }
  return kQueryFields[0];  // unreachable: every field has a row
}

std::string query_field_list() {
  std::string out;
  for (const QueryFieldInfo& info : kQueryFields) {
    out += (out.empty() ? "" : ", ") + std::string(info.name) + ":";
  }
  return out;
}

}  // namespace rostra
