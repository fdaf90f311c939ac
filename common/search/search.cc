#include "common/search/search.h"

#include <algorithm>
#include <iterator>
#include <memory>
#include <optional>
#include <thread>

#include "common/base/errors.h"
#include "common/document/stored_article.h"
#include "common/query/positional_decider.h"
#include "common/query/query_parser.h"
#include "common/schema/index_terms.h"
#include "common/schema/schema.h"
#include "common/search/count_weight.h"
#include "common/search/docid_range_source.h"
#include "common/search/facet_counter.h"
#include "common/search/field_names.h"

namespace rostra {

namespace {

// Puts what `counter` counted into `results`.
void fill_facets(const FacetCounter& counter, SearchResults& results) {
  results.has_facets = true;
  results.facets.outlets = by_count(counter.outlets());
  results.facets.speakers = by_count(counter.speakers());
  results.facets.outlet_stories = by_count(counter.outlet_stories());
  results.facets.stories = counter.stories();
  const FacetCounter::Counts months = counter.months();
  results.facets.months.assign(months.begin(), months.end());
  const FacetCounter::Counts years = counter.years();
  results.facets.years.assign(years.begin(), years.end());
  const FacetCounter::Counts days = counter.days();
  results.facets.days.assign(days.begin(), days.end());
}

// The sort key of "oldest first": the date, or for an article without one a key above every
// date, so that undated articles come last in both directions (newest first sorts the empty
// value last by itself).
class OldestFirstKey : public Xapian::KeyMaker {
 public:
  std::string operator()(const Xapian::Document& doc) const override {
    std::string date = doc.get_value(schema::kSlotDate);
    return date.empty() ? std::string(1, '\xff') : date;
  }
};

}  // namespace

Searcher::Searcher(const ReadableIndex& index, const OutletTable* outlets,
                   const SpeakerAliases* speakers)
    : index_(index),
      outlets_(outlets),
      speakers_(speakers),
      threads_(std::max(1u, std::thread::hardware_concurrency())) {}

void Searcher::set_threads(unsigned threads, Xapian::doccount min_documents) {
  threads_ = std::max(1u, threads);
  parallel_min_documents_ = min_documents;
}

SearchResults Searcher::search(const SearchRequest& request) {
  // A writer committing while we read can invalidate what we opened: reopen on the latest
  // commit and run the search again.
  for (int attempt = 0;; ++attempt) {
    try {
      return search_once(request);
    } catch (const Xapian::DatabaseModifiedError& e) {
      if (attempt >= 5) throw DatabaseError("search failed: " + e.get_description());
      index_.reopen();
    }
  }
}

Xapian::Database& Searcher::database_of(ReadableIndex& index, const SearchRequest& request) {
  return request.quotes ? index.quotes : index.articles;
}

BuiltQuery Searcher::build_query(const QueryNode& parsed, const SearchRequest& request,
                                 ReadableIndex& index, const Vocabulary& vocabulary, bool ranked,
                                 bool defer_positional) const {
  TokenStoreReader* tokens = request.quotes ? index.quote_tokens.get() : index.article_tokens.get();
  QueryBuilder builder(request.language, outlets_, &vocabulary, tokens,
                       request.quotes ? QueryTarget::kQuotes : QueryTarget::kArticles, speakers_);
  builder.set_ranked(ranked);
  builder.set_defer_positional(defer_positional);
  BuiltQuery built = builder.build(parsed);
  if (request.quotes && !request.all_kinds) {
    // Someone's words: quotes and transcript turns (is_spoken), not titles or scare quotes.
    const std::string kinds[] = {quote_kind_term(quote_kind_name(QuoteKind::kQuote)),
                                 quote_kind_term(quote_kind_name(QuoteKind::kTurn))};
    built.query =
        Xapian::Query(Xapian::Query::OP_FILTER, built.query,
                      Xapian::Query(Xapian::Query::OP_OR, std::begin(kinds), std::end(kinds)));
  }
  // Quotes of a torn commit (their articles' commit failed) are never shown.
  if (request.quotes) built.query = without_hidden_quotes(index, std::move(built.query));
  return built;
}

std::vector<ReadableIndex*> Searcher::handles_for(const SearchRequest& request) {
  Xapian::Database& db = database_of(index_, request);
  std::vector<ReadableIndex*> handles{&index_};
  if (threads_ < 2 || request.collapse || request.group || !request.spies.empty() ||
      index_.dir.empty() || db.size() != 1 || db.get_doccount() < parallel_min_documents_) {
    return handles;
  }
  while (helpers_.size() + 1 < threads_) helpers_.push_back(open_index_for_reading(index_.dir));
  for (std::size_t i = 0; i + 1 < threads_; ++i) {
    ReadableIndex* helper = &helpers_[i];
    Xapian::Database* other = &database_of(*helper, request);
    if (other->size() != 1 || other->get_revision() != db.get_revision()) {
      *helper = open_index_for_reading(index_.dir);
      other = &database_of(*helper, request);
      if (other->size() != 1 || other->get_revision() != db.get_revision()) {
        return {&index_};  // a commit came between: search the revision this searcher reads
      }
    }
    handles.push_back(helper);
  }
  return handles;
}

Searcher::Part Searcher::search_part(const QueryNode& parsed, const SearchRequest& request,
                                     ReadableIndex& index, Xapian::docid first, Xapian::docid last,
                                     std::size_t skip, std::size_t wanted) {
  Xapian::Database& db = database_of(index, request);
  const Vocabulary vocabulary(request.quotes ? index.quote_databases : index.article_databases);
  // Only counts (and facets) are asked for: nothing is ranked, so the query leaves out what
  // only ranks and Xapian computes no weight (CountWeight: see there why not BoolWeight).
  const bool count_only = request.limit == 0 && !request.collapse && !request.group;
  Part part;
  // A top-k search without exact totals checks required phrases only for documents that
  // could enter the page (a match decider); anything else checks every candidate.
  const bool defer =
      !count_only && !request.exact_total && !request.facets && !request.collapse && !request.group;
  BuiltQuery built = build_query(parsed, request, index, vocabulary, !count_only, defer);
  part.highlights = std::move(built.highlights);
  part.notes = std::move(built.notes);
  Xapian::Query query = built.query;
  if (first > 0) {
    query = Xapian::Query(Xapian::Query::OP_FILTER, query,
                          Xapian::Query((new DocidRangeSource(first, last))->release()));
  }
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  OldestFirstKey oldest_first_key;
  if (count_only) {
    enquire.set_weighting_scheme(CountWeight());
  } else {
    enquire.set_weighting_scheme(Xapian::BM25Weight());
  }
  switch (request.sort) {
    case SortOrder::kRelevance:
      break;
    case SortOrder::kNewest:
      enquire.set_sort_by_value_then_relevance(schema::kSlotDate, true);
      break;
    case SortOrder::kOldest:
      enquire.set_sort_by_key_then_relevance(&oldest_first_key, false);
      break;
  }
  if (request.collapse) enquire.set_collapse_key(schema::kSlotCluster);
  if (request.group && request.quotes) enquire.set_collapse_key(schema::kSlotQuoteCluster);
  if (request.facets) {
    part.facets = std::make_unique<FacetCounter>(db);
    enquire.add_matchspy(part.facets.get());
  }
  for (Xapian::MatchSpy* spy : request.spies) enquire.add_matchspy(spy);
  std::optional<PositionalDecider> decider;
  if (!built.deferred.empty()) {
    decider.emplace(built.deferred,
                    request.quotes ? index.quote_tokens.get() : index.article_tokens.get());
  }
  // Exact totals and facets: every match is counted, not estimated.
  Xapian::MSet mset =
      enquire.get_mset(static_cast<Xapian::doccount>(skip), static_cast<Xapian::doccount>(wanted),
                       request.exact_total || request.facets ? db.get_doccount() : 0, nullptr,
                       decider ? &*decider : nullptr);
  part.total = mset.get_matches_estimated();
  if (request.collapse) {
    // Xapian's counts under collapsing are estimates, and its count of collapsed matches
    // grew past the matches when the page was short ("82 matches (90 distinct stories)"):
    // count the carriage and the distinct clusters exactly, as --facets counts them.
    Xapian::Enquire counter(db);
    counter.set_query(query);
    counter.set_weighting_scheme(CountWeight());
    FacetCounter stories(db);
    counter.add_matchspy(&stories);
    part.total = counter.get_mset(0, 0, db.get_doccount()).get_matches_estimated();
    part.stories = stories.stories();
  }
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    part.matches.push_back(Match{*it, it.get_weight(),
                                 request.collapse || request.group ? it.get_collapse_count() : 0,
                                 it.get_document(), it.get_sort_key()});
  }
  return part;
}

std::vector<Searcher::Match> Searcher::merge_parts(std::vector<Part>& parts,
                                                   const SearchRequest& request) {
  std::vector<Match> all;
  for (Part& part : parts) {
    std::move(part.matches.begin(), part.matches.end(), std::back_inserter(all));
  }
  // Xapian's order: the sort key (empty unless sorting by date), then weight, then docid.
  const bool newest = request.sort == SortOrder::kNewest;
  std::sort(all.begin(), all.end(), [&](const Match& a, const Match& b) {
    if (a.sort_key != b.sort_key) return newest ? a.sort_key > b.sort_key : a.sort_key < b.sort_key;
    if (a.weight != b.weight) return a.weight > b.weight;
    return a.docid < b.docid;
  });
  const std::size_t from = std::min(request.offset, all.size());
  const std::size_t to = std::min(all.size(), from + request.limit);
  return std::vector<Match>(
      std::make_move_iterator(all.begin() + static_cast<std::ptrdiff_t>(from)),
      std::make_move_iterator(all.begin() + static_cast<std::ptrdiff_t>(to)));
}

SearchResults Searcher::search_once(const SearchRequest& request) {
  SearchResults results;
  QueryNode parsed = parse_query(request.query, &results.notes);
  try {
    if (has_filter_fields(parsed)) {
      const QueryBuilder names(request.language, outlets_, nullptr, nullptr,
                               request.quotes ? QueryTarget::kQuotes : QueryTarget::kArticles,
                               speakers_);
      check_field_names(parsed, names, database_of(index_, request), results.notes);
    }
    std::vector<ReadableIndex*> handles = handles_for(request);
    const std::size_t n = handles.size();
    threads_used_ = static_cast<unsigned>(n);
    std::vector<Part> parts(n);
    if (n == 1) {
      parts[0] = search_part(parsed, request, *handles[0], 0, 0, request.offset, request.limit);
    } else {
      // Part i searches docids (last * i / n, last * (i + 1) / n] for the first
      // offset + limit of its own matches; the page is cut from all of them, merged. Each
      // thread searches through its own handle, whichever part it takes.
      const std::uint64_t last = database_of(*handles[0], request).get_lastdocid();
      if (!runner_ || runner_->helpers() + 1 != n) {
        runner_ = std::make_unique<PartRunner>(static_cast<unsigned>(n - 1));
      }
      runner_->run(n, [&](std::size_t i, unsigned thread) {
        parts[i] = search_part(
            parsed, request, *handles[thread], static_cast<Xapian::docid>(last * i / n + 1),
            static_cast<Xapian::docid>(last * (i + 1) / n), 0, request.offset + request.limit);
      });
    }
    for (std::size_t i = 0; i < n; ++i) {
      results.total += parts[i].total;
      results.stories += parts[i].stories;
      if (request.facets && i > 0) parts[0].facets->merge(*parts[i].facets);
    }
    if (request.facets) fill_facets(*parts[0].facets, results);
    results.notes.insert(results.notes.end(), parts[0].notes.begin(), parts[0].notes.end());
    std::vector<Match> page = n == 1 ? std::move(parts[0].matches) : merge_parts(parts, request);

    const HighlightTerms& highlights = parts[0].highlights;
    for (std::size_t i = 0; i < page.size(); ++i) {
      SearchHit hit;
      hit.rank = request.offset + i + 1;
      hit.score = page[i].weight;
      hit.collapsed = page[i].collapsed;
      if (request.quotes) {
        hit.quote = decode_stored_quote(page[i].document.get_data());
        hit.cluster = page[i].document.get_value(schema::kSlotQuoteCluster);
        if (request.snippets) {
          hit.snippet = snippets_.make(hit.quote.text, highlights, hit.quote.language);
        }
      } else {
        hit.article = decode_stored_article(page[i].document.get_data());
        std::string_view text = hit.article.body.empty() ? hit.article.lead : hit.article.body;
        if (request.snippets) hit.snippet = snippets_.make(text, highlights, hit.article.language);
      }
      results.hits.push_back(std::move(hit));
    }
  } catch (const Xapian::DatabaseModifiedError&) {
    throw;
  } catch (const Xapian::Error& e) {
    throw DatabaseError("search failed: " + e.get_description());
  }
  return results;
}

}  // namespace rostra
