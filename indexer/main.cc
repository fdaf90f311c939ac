// rostra-index: reads article dumps and writes a Rostra index. See README.md.
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <deque>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "common/base/errors.h"
#include "common/cli/cli_options.h"
#include "common/cli/dump_command.h"
#include "common/cli/extract_command.h"
#include "common/glass/glass_compatibility.h"
#include "common/index/index_checker.h"
#include "common/ingest/indexer.h"
#include "indexer/progress_meter.h"

namespace po = boost::program_options;

// More analysis threads than this only cost memory and start-up time (each holds its own
// analysis state), and a mistyped count must not exhaust the process's threads.
constexpr unsigned kMaxThreads = 256;

// `--shards N` (the name before "segment" became the one word for a bulk load's parts) is
// still accepted, as `--segments N`, with a note; it is no longer listed in --help.
// The returned pointers point into `storage`, which must outlive them.
static std::vector<char*> accept_deprecated_options(int argc, char** argv,
                                                    std::deque<std::string>& storage) {
  const std::string old_name = "--shards";
  std::vector<char*> args(argv, argv + argc);
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string arg = args[i];
    if (arg == "--") break;
    if (arg != old_name && !arg.starts_with(old_name + "=")) continue;
    std::cerr << "rostra-index: note: --shards is deprecated; use --segments\n";
    storage.push_back("--segments" + arg.substr(old_name.size()));
    args[i] = storage.back().data();
  }
  args.push_back(nullptr);
  return args;
}

namespace {

// A --default-language must be a language code (two or three letters), lower-cased here.
void check_default_language(std::string& language) {
  for (char& c : language) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  bool letters =
      std::all_of(language.begin(), language.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  if (!language.empty() && (!letters || language.size() < 2 || language.size() > 3)) {
    throw rostra::UsageError("--default-language wants a language code such as en or ru, not '" +
                             language + "'");
  }
}

// Takes the inputs and the input defaults in the order written: a --default-outlet or
// --default-language applies to the inputs after it (until the next one), and one given after
// the last input to every input that has none of its own, e.g.
//   rostra-index --db d --default-outlet BBC bbc/ --default-outlet Reuters reuters/
void take_inputs_in_order(const std::vector<po::option>& in_order, rostra::IndexOptions& options) {
  rostra::InputDefaults current;   // in effect for the next inputs
  rostra::InputDefaults trailing;  // set since the last input
  for (const po::option& option : in_order) {
    if (option.value.empty()) continue;
    const std::string& value = option.value.back();
    if (option.string_key == "default-outlet") {
      current.outlet = trailing.outlet = value;
    } else if (option.string_key == "default-language") {
      std::string language = value;
      check_default_language(language);
      current.language = trailing.language = language;
    } else if (option.string_key == "input") {
      for (const std::string& input : option.value) {
        options.inputs.emplace_back(input);
        if (!current.outlet.empty() || !current.language.empty()) {
          options.input_defaults.push_back({input, current});
        }
      }
      trailing = {};
    }
  }
  options.defaults = trailing;
}

}  // namespace

int main(int argc, char** argv) {
  std::deque<std::string> renamed;
  std::vector<char*> args = accept_deprecated_options(argc, argv, renamed);
  rostra::CommonOptions common;
  rostra::IndexOptions options;
  bool extract = false;
  bool dump = false;
  bool no_quotes = false;
  bool no_spread = false;
  std::string rejects;
  std::string delete_list;
  std::string check;
  po::options_description index("Index options");
  index.add_options()("threads,j", po::value(&options.threads)->default_value(0),
                      "analysis threads (0: one per core)")(
      "commit-every", po::value(&options.commit_every)->default_value(2000),
      "articles between commits of direct writes (a bulk load commits each round of segments)")(
      "segments", po::value(&options.segment_writers)->default_value(2),
      "parallel segment writers when loading into an empty index (1: one writer)")(
      "segment-size", po::value(&options.segment_articles)->default_value(50000),
      "articles each bulk-load writer holds in memory before writing its segment")(
      "quiet,q", po::bool_switch(&options.quiet), "no per-record lines, no progress line")(
      "verbose,v", po::bool_switch(&options.verbose), "also list each file as it is read")(
      "rejects", po::value(&rejects),
      "also write rejected records to FILE as JSON Lines (with the record, cut to 4 KiB)")(
      "default-outlet", po::value<std::vector<std::string>>(),
      "outlet of the records that name none, for the inputs after it (given after the last "
      "input: for every input without one)")(
      "default-language", po::value<std::vector<std::string>>(),
      "language (ISO 639-1, e.g. en) of the records that give none; placed like "
      "--default-outlet")("delete", po::value(&options.delete_ids)->composing(),
                          "delete the article with this id")(
      "delete-list", po::value(&delete_list), "delete the articles whose ids FILE lists")(
      "no-quotes", po::bool_switch(&no_quotes), "index without extracting quotes and speakers")(
      "no-spread", po::bool_switch(&no_spread),
      "leave the quotes unclustered (the next run places them): to measure what it costs")(
      "extract", po::bool_switch(&extract),
      "build no index: write each article's quotes as JSON Lines to stdout")(
      "check", po::value(&check),
      "build nothing: check the index DIR's invariants and report (exit 0 healthy, "
      "1 unfinished, 6 damaged)")(
      "dump", po::bool_switch(&dump),
      "build no index: write each parsed article (metadata, text, origin) as JSON Lines");
  po::options_description visible;
  visible.add(common_option_group(common)).add(index);
  return rostra::run_with_exit_status("rostra-index", [&] {
    po::variables_map vm;
    std::vector<po::option> in_order;
    if (!rostra::parse_command_line(argc, args.data(),
                                    "usage: rostra-index --db DIR [options] INPUT...\n"
                                    "       rostra-index --extract|--dump [options] INPUT...\n"
                                    "       rostra-index --check DIR [--json]\n"
                                    "INPUT: files or directories of .txt, .jsonl, .json, "
                                    ".csv, .tsv, .html, .warc, .sgm (optionally .zst or .gz); "
                                    "- reads standard input",
                                    visible, "input", vm, &in_order)) {
      return static_cast<int>(rostra::kExitOk);
    }
    if (!check.empty()) {
      rostra::IndexCheckReport report = rostra::check_index(check);
      std::cout << (common.json ? rostra::check_report_json(report)
                                : rostra::format_check_report(report));
      return rostra::check_exit_status(report);
    }
    take_inputs_in_order(in_order, options);
    if (options.inputs.empty() && options.delete_ids.empty() && delete_list.empty()) {
      throw rostra::UsageError("no INPUT given (try --help)");
    }
    if (options.commit_every == 0) throw rostra::UsageError("--commit-every must be at least 1");
    if (options.threads > kMaxThreads) {
      throw rostra::UsageError("--threads must be at most " + std::to_string(kMaxThreads));
    }
    if (options.segment_articles == 0) throw rostra::UsageError("--segment-size must be positive");
    if (options.segment_writers == 0 || options.segment_writers > 64) {
      throw rostra::UsageError("--segments must be between 1 and 64");
    }
    rostra::resolve_table_paths(common);
    options.db_path = common.db_path;
    options.outlets_path = common.outlets_path;
    options.speakers_path = common.speakers_path;
    options.offices_path = common.offices_path;
    options.extract_quotes = !no_quotes;
    options.cluster_quotes = !no_spread;
    options.rejects_path = rejects;
    options.delete_list = delete_list;
    std::optional<rostra::ProgressMeter> meter;
    if (isatty(STDERR_FILENO) != 0 && !options.quiet) {
      meter.emplace(std::cerr);
      options.on_progress = [&meter](const rostra::IndexProgress& p, bool clear) {
        if (clear) {
          meter->finish();
        } else {
          meter->update(p.articles, p.text_bytes, p.input_bytes, p.total_input_bytes, p.rejects);
        }
      };
    }
    if (dump) {
      rostra::IndexSummary summary = rostra::run_dump(options, std::cout, std::cerr);
      std::cerr << "rostra-index: dumped " << summary.indexed << " articles; rejected "
                << summary.rejected << "\n";
      return rostra::index_exit_status(summary);
    }
    if (extract) {
      rostra::IndexSummary summary = rostra::run_extract(options, std::cout, std::cerr);
      std::cerr << "rostra-index: extracted " << summary.quotes << " quotes from "
                << summary.indexed << " articles; rejected " << summary.rejected << "\n";
      return rostra::index_exit_status(summary);
    }
    if (options.db_path.empty()) throw rostra::UsageError("--db is required (or --extract)");
    rostra::IndexSummary summary = rostra::run_index(options, std::cerr);
    std::cout << "rostra-index: " << rostra::format_summary(summary) << "\n";
    if (std::string why = rostra::glass_fallback_reason(); !why.empty()) {
      std::cout << "rostra-index: note: bulk loads wrote through Xapian's own API: " << why << "\n";
    }
    return rostra::index_exit_status(summary);
  });
}
