#pragma once
// Maps the field names that JSON Lines and CSV dumps use onto Article fields.

#include <array>
#include <string_view>

#include "common/model/article.h"

namespace rostra {

enum class ArticleField {
  kNone,
  kId,
  kUrl,
  kTitle,
  kLead,
  kBody,
  kDate,
  kOutlet,
  kAuthor,
  kLanguage,
  kCount
};

/// A known field name: which Article field it fills, and its rank (lower wins when a
/// record has several names for one field, e.g. both "body" and "content").
struct FieldName {
  ArticleField field = ArticleField::kNone;
  int rank = 0;
};

/// Classifies a record key, case-insensitively: id/_id/guid; url/link/uri;
/// title/headline; lead/description/summary/subtitle; body/text/content/article/full_text;
/// date/published/published_at/publish_date/pubdate/date_published/datetime/
/// date_extracted/created_at/status_date; outlet/source/publisher/site_name/site/domain;
/// author/authors/byline; language/lang. Anything else is kNone (ignored).
FieldName classify_field(std::string_view key);

/// Collects one record's fields into an Article, keeping the best-ranked value per field.
class ArticleBuilder {
 public:
  /// Offers a value for `name`. Empty (all-whitespace) values are ignored.
  void offer(FieldName name, std::string_view value);
  void offer(std::string_view key, std::string_view value) { offer(classify_field(key), value); }

  /// Returns the collected article and starts a new one.
  Article take();

 private:
  Article article_;
  std::array<int, static_cast<std::size_t>(ArticleField::kCount)> ranks_{};
};

}  // namespace rostra
