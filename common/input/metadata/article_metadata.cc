#include "common/input/metadata/article_metadata.h"

#include "common/analysis/script.h"
#include "common/base/text_util.h"
#include "common/base/url.h"
#include "common/input/metadata/date_parser.h"
#include "common/input/metadata/dateline.h"

namespace rostra {

std::string content_hash(const Article& article) {
  return hash_hex(collapse_whitespace(article.title) + "\n" + collapse_whitespace(article.lead) +
                  "\n" + collapse_whitespace(article.body));
}

std::vector<std::string> resolve_metadata(Article& article, const OutletTable& outlets) {
  std::vector<std::string> warnings;
  article.title = collapse_whitespace(article.title);
  article.url = std::string(trim(article.url));

  if (!article.raw_date.empty()) {
    if (auto date = parse_date(article.raw_date)) {
      article.date = *date;
      if (article.date_source.empty()) article.date_source = "input";
    } else if (!trim(article.raw_date).empty()) {
      warnings.push_back("unrecognized date '" + article.raw_date + "'");
    }
  }
  if (article.date.empty() && !article.url.empty()) {
    if (auto date = date_from_url(article.url)) {
      article.date = *date;
      article.date_source = "url";
    }
  }

  std::optional<Dateline> dateline = parse_dateline(article.body);
  if (dateline) article.place = dateline->place;

  std::string host = url_host(article.url);
  if (!trim(article.raw_outlet).empty()) {
    article.outlet = outlets.canonical_name(article.raw_outlet);
  } else if (!host.empty()) {
    article.outlet = outlets.by_host(host).value_or(host);
  } else if (dateline && !dateline->agency.empty()) {
    article.outlet = outlets.by_wire(dateline->agency).value_or(dateline->agency);
  }

  if (article.language.empty()) {
    article.language = std::string(detect_language(article.title + "\n" + article.body));
  } else {
    article.language = ascii_lower(trim(article.language));
  }

  if (!article.url.empty()) {
    article.id = article.url;
  } else if (!trim(article.given_id).empty()) {
    article.id = (article.outlet.empty() ? std::string("id") : article.outlet) + ":" +
                 std::string(trim(article.given_id));
  } else if (!article.file_identity.empty()) {
    article.id = "file:" + article.file_identity;
  } else {
    article.id = "h:" + content_hash(article);
  }
  return warnings;
}

void apply_input_defaults(const InputDefaults& defaults, Article& article) {
  if (trim(article.raw_outlet).empty() && !defaults.outlet.empty()) {
    article.raw_outlet = defaults.outlet;
  }
  if (trim(article.language).empty() && !defaults.language.empty()) {
    article.language = defaults.language;
  }
}

}  // namespace rostra
