#include "common/input/article_fields.h"

#include <string>
#include <utility>

#include "common/base/text_util.h"

namespace rostra {
namespace {

struct Entry {
  std::string_view key;
  ArticleField field;
};

constexpr Entry kFieldNames[] = {
    {"id", ArticleField::kId},
    {"_id", ArticleField::kId},
    {"guid", ArticleField::kId},
    {"url", ArticleField::kUrl},
    {"link", ArticleField::kUrl},
    {"uri", ArticleField::kUrl},
    {"title", ArticleField::kTitle},
    {"headline", ArticleField::kTitle},
    {"lead", ArticleField::kLead},
    {"description", ArticleField::kLead},
    {"summary", ArticleField::kLead},
    {"subtitle", ArticleField::kLead},
    {"body", ArticleField::kBody},
    {"text", ArticleField::kBody},
    {"content", ArticleField::kBody},
    {"article", ArticleField::kBody},
    {"full_text", ArticleField::kBody},
    {"date", ArticleField::kDate},
    {"published", ArticleField::kDate},
    {"published_at", ArticleField::kDate},
    {"publish_date", ArticleField::kDate},
    {"pubdate", ArticleField::kDate},
    {"date_published", ArticleField::kDate},
    {"datetime", ArticleField::kDate},
    {"date_extracted", ArticleField::kDate},
    {"created_at", ArticleField::kDate},
    {"status_date", ArticleField::kDate},
    {"outlet", ArticleField::kOutlet},
    {"source", ArticleField::kOutlet},
    {"publisher", ArticleField::kOutlet},
    {"site_name", ArticleField::kOutlet},
    {"site", ArticleField::kOutlet},
    {"domain", ArticleField::kOutlet},
    {"author", ArticleField::kAuthor},
    {"authors", ArticleField::kAuthor},
    {"byline", ArticleField::kAuthor},
    {"language", ArticleField::kLanguage},
    {"lang", ArticleField::kLanguage},
};

std::string& field_ref(Article& article, ArticleField field) {
  switch (field) {
    case ArticleField::kId:
      return article.given_id;
    case ArticleField::kUrl:
      return article.url;
    case ArticleField::kTitle:
      return article.title;
    case ArticleField::kLead:
      return article.lead;
    case ArticleField::kBody:
      return article.body;
    case ArticleField::kDate:
      return article.raw_date;
    case ArticleField::kOutlet:
      return article.raw_outlet;
    case ArticleField::kAuthor:
      return article.author;
    case ArticleField::kLanguage:
    case ArticleField::kNone:
    case ArticleField::kCount:
      break;
  }
  return article.language;
}

}  // namespace

FieldName classify_field(std::string_view key) {
  std::string lower = ascii_lower(trim(key));
  int rank = 0;
  ArticleField previous = ArticleField::kNone;
  for (const Entry& entry : kFieldNames) {
    // Ranks count up within each field's run of names, in table order.
    rank = entry.field == previous ? rank + 1 : 0;
    previous = entry.field;
    if (lower == entry.key) return {entry.field, rank + 1};
  }
  return {};
}

void ArticleBuilder::offer(FieldName name, std::string_view value) {
  if (name.field == ArticleField::kNone) return;
  std::string_view trimmed = trim(value);
  if (trimmed.empty()) return;
  int& best = ranks_[static_cast<std::size_t>(name.field)];
  if (best != 0 && best <= name.rank) return;
  best = name.rank;
  // Bodies keep their inner layout; one-line fields are trimmed.
  field_ref(article_, name.field) =
      std::string(name.field == ArticleField::kBody ? value : trimmed);
}

Article ArticleBuilder::take() {
  Article out = std::move(article_);
  article_ = Article();
  ranks_.fill(0);
  return out;
}

}  // namespace rostra
