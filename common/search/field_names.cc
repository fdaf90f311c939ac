#include "common/search/field_names.h"

#include <algorithm>
#include <string_view>

#include "common/base/case_fold.h"
#include "common/schema/index_terms.h"
#include "common/schema/schema.h"
#include "common/search/speaker_listing.h"

namespace rostra {
namespace {

// A name the index holds: its term's folded name and how many documents carry it.
struct IndexedName {
  std::string folded;
  Xapian::doccount documents = 0;
  std::size_t distance = 0;
  bool related = false;  // same surname or containing the value
};

// Levenshtein distance over bytes, stopping early past `limit`.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
  const std::size_t gap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
  if (gap > limit) return limit + 1;
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    std::size_t best = row[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({above + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
      best = std::min(best, row[j]);
    }
    if (best > limit) return limit + 1;
  }
  return row[b.size()];
}

// Every name under `prefix` in `db` related to `folded` (same surname, containing it, or
// within a few edits), closest first.
std::vector<IndexedName> close_names(const Xapian::Database& db, const std::string& prefix,
                                     const std::string& folded) {
  const std::size_t limit = std::max<std::size_t>(2, folded.size() / 3);
  std::vector<IndexedName> found;
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
    IndexedName name;
    name.folded = (*it).substr(prefix.size());
    name.related =
        last_name_word(name.folded) == folded || name.folded.find(folded) != std::string::npos;
    name.distance = edit_distance(folded, name.folded, limit);
    for (std::size_t start = 0; start < name.folded.size();) {  // or one of its words
      std::size_t end = std::min(name.folded.find(' ', start), name.folded.size());
      const std::string_view word = std::string_view(name.folded).substr(start, end - start);
      name.distance = std::min(name.distance, edit_distance(folded, word, limit));
      start = end + 1;
    }
    if (!name.related && name.distance > limit) continue;
    name.documents = it.get_termfreq();
    found.push_back(std::move(name));
  }
  // Fewest edits first ("putn": vladimir putin before sputnik, which merely contains it).
  std::sort(found.begin(), found.end(), [](const IndexedName& a, const IndexedName& b) {
    if (a.distance != b.distance) return a.distance < b.distance;
    if (a.related != b.related) return a.related;
    return a.documents > b.documents;
  });
  return found;
}

std::string list_names(const std::vector<IndexedName>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size() && i < kMaxNameSuggestions; ++i) {
    out += (i == 0 ? "" : ", ") + names[i].folded + " (" + std::to_string(names[i].documents) + ")";
  }
  if (names.size() > kMaxNameSuggestions) {
    out += " and " + std::to_string(names.size() - kMaxNameSuggestions) + " more";
  }
  return out;
}

// A speaker name of the index to match too: a kField speaker node holding `name`.
void add_variant(QueryNode& node, const std::string& name) {
  QueryNode variant;
  variant.kind = QueryNode::Kind::kField;
  variant.field = QueryField::kSpeaker;
  variant.text = name;
  variant.column = node.column;
  node.children.push_back(std::move(variant));
}

// One person under several names in the index: a surname alone ("blair") and the one full
// name ending in it ("tony blair") are the same speaker, so a speaker: value of either also
// matches the other, with a note; a surname several full names end in is listed instead.
// Returns whether it said something about `node`.
bool join_surname(QueryNode& node, const QueryBuilder& builder, const Xapian::Database& db,
                  bool found, std::vector<std::string>& notes) {
  const bool spaced = node.text.find(' ') != std::string::npos;
  const std::string field = "speaker:" + (spaced ? "\"" + node.text + "\"" : node.text);
  const std::string name = fold_case(builder.speaker_names(node)[0]);
  const std::string surname(last_name_word(name));
  std::vector<IndexedName> full;  // the other names in the index ending in `surname`
  const std::string prefix(schema::kPrefixSpeaker);
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
    IndexedName other;
    other.folded = (*it).substr(prefix.size());
    if (other.folded == name || other.folded == surname ||
        last_name_word(other.folded) != surname) {
      continue;
    }
    other.documents = it.get_termfreq();
    full.push_back(std::move(other));
  }
  std::stable_sort(full.begin(), full.end(), [](const IndexedName& a, const IndexedName& b) {
    return a.documents > b.documents;
  });
  if (name != surname) {  // a full name: also its surname alone, when no one else has it
    if (!found || !full.empty() || !db.term_exists(speaker_term(surname))) return false;
    add_variant(node, surname);
    notes.push_back(field + " also finds the quotes attributed to '" + surname +
                    "' alone: no other speaker in the index has that surname");
    return true;
  }
  if (full.size() == 1) {
    add_variant(node, full[0].folded);
    notes.push_back(
        found ? field + " also finds " + full[0].folded + " (" + std::to_string(full[0].documents) +
                    "), the only speaker of that surname"
              : field + " taken as the only speaker of that surname: " + full[0].folded);
    return true;
  }
  if (full.size() > 1) {
    notes.push_back(field + " is the surname of several speakers: " + list_names(full) +
                    (found ? "; only the quotes attributed to '" + surname + "' alone are searched"
                           : std::string()) +
                    "; name one in full");
    return true;
  }
  return false;
}

void check_name(QueryNode& node, const QueryBuilder& builder, const Xapian::Database& db,
                std::vector<std::string>& notes) {
  if (QueryBuilder::is_unknown_outlet(node)) return;
  const std::vector<std::string> terms = builder.filter_terms(node);
  const bool found =
      std::ranges::any_of(terms, [&](const std::string& term) { return db.term_exists(term); });
  const bool speaker = node.field == QueryField::kSpeaker;
  if (speaker && join_surname(node, builder, db, found, notes)) return;
  if (found) return;
  const std::string prefix(speaker ? schema::kPrefixSpeaker : schema::kPrefixOutlet);
  const std::string field = speaker ? "speaker:" : "outlet:";
  std::vector<IndexedName> names = close_names(db, prefix, fold_case(node.text));
  notes.push_back(field + node.text + " names nothing in the index" +
                  (names.empty() ? std::string() : "; did you mean: " + list_names(names)));
}

}  // namespace

bool has_filter_fields(const QueryNode& query) {
  if (query.kind == QueryNode::Kind::kField &&
      query_field_info(query.field).kind == QueryFieldKind::kFilter) {
    return true;
  }
  return std::ranges::any_of(query.children, has_filter_fields);
}

void check_field_names(QueryNode& query, const QueryBuilder& builder, const Xapian::Database& db,
                       std::vector<std::string>& notes) {
  if (query.kind == QueryNode::Kind::kField &&
      query_field_info(query.field).kind == QueryFieldKind::kFilter) {
    check_name(query, builder, db, notes);
    return;  // its children are names it added
  }
  for (QueryNode& child : query.children) check_field_names(child, builder, db, notes);
}

}  // namespace rostra
