// rostra-search: ranked phrase search over a Rostra database. See README.md.
#include <unistd.h>

#include <iostream>

#include "common/base/errors.h"
#include "common/cli/cli_options.h"
#include "common/cli/search_command.h"
#include "common/query/query_help.h"

namespace po = boost::program_options;

int main(int argc, char** argv) {
  rostra::CommonOptions common;
  rostra::SearchCommandOptions options;
  std::string sort = "relevance";
  bool help_query = false;
  std::string facet_by = "month";
  std::string format = "human";
  std::string group_sort = "relevance";
  long long facet_limit = 0;
  long long offset = 0;
  long long limit = 10;
  bool no_snippets = false;
  bool estimate = false;
  po::options_description search("Search options");
  search.add_options()("offset", po::value(&offset)->default_value(0), "skip this many results")(
      "limit,n", po::value(&limit)->default_value(10),
      ("results to show (at most " + std::to_string(rostra::kMaxSearchLimit) + ")").c_str())(
      "sort", po::value(&sort)->default_value("relevance"), "relevance, newest (date) or oldest")(
      "facets", po::bool_switch(&options.request.facets),
      "count matches by outlet, speaker, month")(
      "lang", po::value(&options.request.language)->default_value("en"),
      "stemming language of Latin-script query words")(
      "quotes", po::bool_switch(&options.request.quotes),
      "list matching quotes (speaker, date, outlet) instead of articles")(
      "collapse", po::bool_switch(&options.request.collapse),
      "one result per story: collapse exact and near duplicates")(
      "all-kinds", po::bool_switch(&options.request.all_kinds),
      "with --quotes: include titles and scare quotes")(
      "batch", po::value(&options.batch_path),
      "run one query per line of FILE ('-': stdin); print hits and latency for each")(
      "no-snippets", po::bool_switch(&no_snippets),
      "cut no snippets (the hits keep their stored text)")(
      "estimate", po::bool_switch(&estimate),
      "count only as far as the page needs: the total is an estimate (faster top-k)")(
      "threads,j", po::value(&options.threads)->default_value(0),
      "threads a search of a large database is split between (0: one per core)")(
      "stats", po::bool_switch(&options.stats), "describe the database instead of searching")(
      "help-query", po::bool_switch(&help_query), "summarize the query language and exit")(
      "format", po::value(&format)->default_value("human"),
      "human, jsonl (= --json) or csv (hits with a header row; columns in README)")(
      "facet-by", po::value(&facet_by)->default_value("month"),
      "date buckets of --facets: year, month or day")(
      "facet-limit", po::value(&facet_limit)->default_value(0),
      "with --facets: the top N of each facet, then \"and M more\" (0: all)")(
      "show", po::value(&options.show_id),
      "print the article with this id whole (metadata, source, text, quotes and speakers)")(
      "list-speakers", po::value(&options.speaker_prefix)->implicit_value(""),
      "list speakers (those starting with PREFIX: --list-speakers=PREFIX or a word after it) "
      "with their quote counts, aliases and names sharing their surname; -n: how many")(
      "group", po::bool_switch(&options.request.group),
      "with --quotes: list quote clusters (one utterance carried by many outlets) instead")(
      "group-sort", po::value(&group_sort)->default_value("relevance"),
      "order of --group: relevance, first (first said) or carriage")(
      "spread", po::value(&options.spread_id),
      "print the quote cluster with this id: every occurrence in date order");
  po::options_description visible;
  visible.add(common_option_group(common)).add(search);
  return rostra::run_with_exit_status("rostra-search", [&] {
    po::variables_map vm;
    if (!rostra::parse_command_line(argc, argv, "usage: rostra-search --db DIR [options] QUERY",
                                    visible, "query", vm)) {
      return static_cast<int>(rostra::kExitOk);
    }
    if (help_query) {
      std::cout << rostra::query_language_help();
      return static_cast<int>(rostra::kExitOk);
    }
    if (vm.count("query")) {
      for (const std::string& part : vm["query"].as<std::vector<std::string>>()) {
        options.request.query += (options.request.query.empty() ? "" : " ") + part;
      }
    }
    if (common.db_path.empty()) throw rostra::UsageError("--db is required");
    options.list_speakers = vm.count("list-speakers") > 0;
    if (options.list_speakers && options.speaker_prefix.empty()) {
      options.speaker_prefix = options.request.query;  // "--list-speakers Put"
    }
    if (options.request.query.empty() && !options.stats && options.batch_path.empty() &&
        options.show_id.empty() && !options.list_speakers && options.spread_id.empty()) {
      throw rostra::UsageError("no query given (try --help)");
    }
    rostra::resolve_table_paths(common);
    options.db_path = common.db_path;
    options.outlets_path = common.outlets_path;
    options.speakers_path = common.speakers_path;
    options.json = common.json || format == "jsonl" || format == "json";
    options.csv = format == "csv";
    if (format != "human" && format != "jsonl" && format != "json" && format != "csv") {
      throw rostra::UsageError("--format takes human, jsonl or csv, not '" + format + "'");
    }
    options.ansi = isatty(STDOUT_FILENO) != 0;
    options.request.sort = rostra::parse_sort_order(sort);
    options.request.snippets = !no_snippets;
    options.request.exact_total = !estimate;
    options.group_order = rostra::parse_group_order(group_sort);
    if (options.request.group && !options.request.quotes) {
      throw rostra::UsageError("--group lists quote clusters: use it with --quotes");
    }
    options.request.offset = rostra::count_option("--offset", offset, rostra::kMaxSearchOffset);
    options.request.limit = rostra::count_option("--limit", limit, rostra::kMaxSearchLimit);
    options.list_limit = vm["limit"].defaulted() ? 100 : options.request.limit;
    rostra::check_language(options.request.language);
    options.facet_view.dates = rostra::parse_facet_dates(facet_by);
    options.facet_view.limit = rostra::count_option("--facet-limit", facet_limit, 1000000);
    return rostra::run_search_command(options, std::cout, std::cerr);
  });
}
