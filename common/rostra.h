#pragma once
// Rostra's public API: indexing news archives and searching them from C++.
//
// This is the one header a program that embeds Rostra includes; it declares nothing itself
// and names the parts of the library that are meant to be called from outside (the rest is
// internal and may change between versions). rostra-index and rostra-search are built on
// exactly these calls. The library reads no environment variables and prints nothing:
// progress, rejected records and errors reach the caller as callbacks, values and
// exceptions.
//
// Indexing (common/ingest/indexer.h):
//   rostra::IndexOptions options;          // what to read and where to write
//   options.db_path = "news.db";
//   options.inputs = {"dumps/"};            // files or directories, any supported format
//   options.outlets_path = "corpus/outlets.tsv";
//   options.speakers_path = "corpus/speakers.tsv";
//   options.on_progress = [](const rostra::IndexProgress& p, bool clear) { ... };
//   rostra::IndexSummary summary = rostra::run_index(options, log_stream);
//   // summary.indexed, .rejected, .quotes, ...; rostra::format_summary(summary)
// run_index() reports each rejected record on `log_stream` (a line naming file and line)
// and never throws for bad input; it throws rostra::DatabaseError when the index cannot be
// opened or written, and rostra::InputError when a table cannot be read. A killed run
// resumes where it last committed when run again with the same options.
//
// Searching (common/index/readable_index.h, common/search/search.h):
//   rostra::ReadableIndex index = rostra::open_index_for_reading("news.db");
//   rostra::OutletTable outlets = rostra::OutletTable::load("corpus/outlets.tsv");
//   rostra::SpeakerAliases speakers = rostra::load_speaker_aliases("corpus/speakers.tsv");
//   rostra::Searcher searcher(index, &outlets, &speakers);
//   rostra::SearchRequest request;
//   request.query = "speaker:\"Vladimir Putin\" \"world war\"";
//   request.quotes = true;                  // quotes instead of articles
//   request.facets = true;                  // exact counts by outlet, speaker, month
//   rostra::SearchResults results = searcher.search(request);
//   // results.total, results.hits[i].article / .quote / .snippet, results.facets
// A Searcher is not thread-safe: use one per thread (each may split a large search between
// threads of its own, see Searcher::set_threads). search() throws rostra::QueryError (a
// UsageError) for a malformed query, with a one-line message fit for a user, and
// rostra::DatabaseError when the index cannot be read; after Xapian::DatabaseModifiedError
// (an indexer committed meanwhile), call ReadableIndex::reopen() and search again.
//
// Errors (common/base/errors.h): UsageError (and QueryError), InputError, DatabaseError,
// each a std::runtime_error whose what() names the file, line or query at fault.
//
// The query language, the input formats and the index layout are described in README.md
// and ARCHITECTURE.md.

#include "common/base/errors.h"
#include "common/index/readable_index.h"
#include "common/ingest/indexer.h"
#include "common/input/metadata/outlet_table.h"
#include "common/quotes/speaker_aliases.h"
#include "common/search/search.h"
