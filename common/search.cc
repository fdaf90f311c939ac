#include "common/search.h"

#include "common/errors.h"
#include "common/facet_counter.h"
#include "common/index_terms.h"
#include "common/query_builder.h"
#include "common/query_parser.h"
#include "common/schema.h"
#include "common/stored_article.h"

namespace rostra {

Searcher::Searcher(const ReadableIndex& index, const OutletTable* outlets,
                   const SpeakerAliases* speakers)
    : index_(index), outlets_(outlets), speakers_(speakers) {}

SearchResults Searcher::search(const SearchRequest& request) {
  // A writer committing while we read can invalidate what we opened: reopen on the latest
  // commit and run the search again.
  for (int attempt = 0;; ++attempt) {
    try {
      return search_once(request);
    } catch (const Xapian::DatabaseModifiedError& e) {
      if (attempt >= 5) throw DatabaseError("search failed: " + e.get_description());
      index_.articles.reopen();
      index_.quotes.reopen();
    }
  }
}

SearchResults Searcher::search_once(const SearchRequest& request) {
  QueryNode parsed = parse_query(request.query);
  Xapian::Database& db = request.quotes ? index_.quotes : index_.articles;
  QueryBuilder builder(request.language, outlets_, &db,
                       request.quotes ? QueryTarget::kQuotes : QueryTarget::kArticles, speakers_);
  // Only counts (and facets) are asked for: nothing is ranked, so the query leaves out what
  // only ranks and Xapian computes no weight (BoolWeight).
  const bool count_only = request.limit == 0 && !request.collapse;
  builder.set_ranked(!count_only);
  BuiltQuery built = builder.build(parsed);
  if (request.quotes && !request.all_kinds) {
    built.query = Xapian::Query(Xapian::Query::OP_FILTER, built.query,
                                Xapian::Query(quote_kind_term(quote_kind_name(QuoteKind::kQuote))));
  }

  SearchResults results;
  try {
    Xapian::Enquire enquire(db);
    enquire.set_query(built.query);
    if (count_only) {
      enquire.set_weighting_scheme(Xapian::BoolWeight());
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
        enquire.set_sort_by_value_then_relevance(schema::kSlotDate, false);
        break;
    }
    if (request.collapse) enquire.set_collapse_key(schema::kSlotCluster);
    FacetCounter facets(db);
    if (request.facets) enquire.add_matchspy(&facets);
    // Exact totals and facets: every match is counted, not estimated.
    Xapian::MSet mset = enquire.get_mset(
        static_cast<Xapian::doccount>(request.offset), static_cast<Xapian::doccount>(request.limit),
        request.exact_total || request.facets ? db.get_doccount() : 0);
    results.total = mset.get_matches_estimated();
    if (request.collapse) {
      // With collapsing, Xapian's estimate counts clusters; report stories and carriage.
      // Xapian's uncollapsed count is an estimate; count the carriage exactly.
      results.stories = mset.get_matches_estimated();
      Xapian::Enquire counter(db);
      counter.set_query(built.query);
      counter.set_weighting_scheme(Xapian::BoolWeight());
      results.total = counter.get_mset(0, 0, db.get_doccount()).get_matches_estimated();
    }
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      SearchHit hit;
      hit.rank = static_cast<std::size_t>(it.get_rank()) + 1;
      hit.score = it.get_weight();
      if (request.collapse) hit.collapsed = it.get_collapse_count();
      if (request.quotes) {
        hit.quote = decode_stored_quote(it.get_document().get_data());
        if (request.snippets) {
          hit.snippet = snippets_.make(hit.quote.text, built.highlights, hit.quote.language);
        }
      } else {
        hit.article = decode_stored_article(it.get_document().get_data());
        std::string_view text = hit.article.body.empty() ? hit.article.lead : hit.article.body;
        if (request.snippets)
          hit.snippet = snippets_.make(text, built.highlights, hit.article.language);
      }
      results.hits.push_back(std::move(hit));
    }
    if (request.facets) {
      results.has_facets = true;
      results.facets.outlets = by_count(facets.outlets());
      results.facets.speakers = by_count(facets.speakers());
      results.facets.outlet_stories = by_count(facets.outlet_stories());
      const FacetCounter::Counts months = facets.months();
      results.facets.months.assign(months.begin(), months.end());
    }
  } catch (const Xapian::DatabaseModifiedError&) {
    throw;
  } catch (const Xapian::Error& e) {
    throw DatabaseError("search failed: " + e.get_description());
  }
  return results;
}

}  // namespace rostra
