// rostra-index: reads article dumps and writes a Rostra database. See README.md.
#include <iostream>

#include "common/cli_options.h"
#include "common/errors.h"
#include "common/extract_command.h"
#include "common/indexer.h"

namespace po = boost::program_options;

int main(int argc, char** argv) {
  rostra::CommonOptions common;
  rostra::IndexOptions options;
  bool extract = false;
  bool no_quotes = false;
  po::options_description index("Index options");
  index.add_options()("commit-every", po::value(&options.commit_every)->default_value(10000),
                      "documents between commits")("quiet,q", po::bool_switch(&options.quiet),
                                                   "do not list rejected records and warnings")(
      "verbose,v", po::bool_switch(&options.verbose), "also list each file as it is read")(
      "extract", po::bool_switch(&extract),
      "build no index: write each article's quotes as JSON Lines to stdout")(
      "no-quotes", po::bool_switch(&no_quotes), "index without extracting quotes and speakers");
  po::options_description visible;
  visible.add(common_option_group(common)).add(index);
  try {
    po::variables_map vm;
    if (!rostra::parse_command_line(argc, argv,
                                    "usage: rostra-index --db DIR [options] INPUT...\n"
                                    "       rostra-index --extract [options] INPUT...\n"
                                    "INPUT: files or directories of .txt, .jsonl, .csv "
                                    "(optionally .zst or .gz)",
                                    visible, "input", vm)) {
      return rostra::kExitOk;
    }
    if (!vm.count("input")) throw rostra::UsageError("no INPUT given (try --help)");
    for (const std::string& input : vm["input"].as<std::vector<std::string>>()) {
      options.inputs.emplace_back(input);
    }
    if (options.commit_every == 0) throw rostra::UsageError("--commit-every must be at least 1");
    options.db_path = common.db_path;
    options.outlets_path = common.outlets_path;
    options.speakers_path = common.speakers_path;
    options.extract_quotes = !no_quotes;
    rostra::IndexSummary summary;
    if (extract) {
      summary = rostra::run_extract(options, std::cout, std::cerr);
      std::cerr << "rostra-index: extracted " << summary.quotes << " quotes from "
                << summary.indexed << " articles; rejected " << summary.rejected << "\n";
    } else {
      if (options.db_path.empty()) throw rostra::UsageError("--db is required (or --extract)");
      summary = rostra::run_index(options, std::cerr);
      std::cout << "rostra-index: " << rostra::format_summary(summary) << "\n";
    }
    return rostra::index_exit_status(summary);
  } catch (const rostra::UsageError& e) {
    std::cerr << "rostra-index: error: " << e.what() << "\n";
    return rostra::kExitUsage;
  } catch (const rostra::InputError& e) {
    std::cerr << "rostra-index: error: " << e.what() << "\n";
    return rostra::kExitInput;
  } catch (const rostra::DatabaseError& e) {
    std::cerr << "rostra-index: error: " << e.what() << "\n";
    return rostra::kExitDatabase;
  } catch (const std::exception& e) {
    std::cerr << "rostra-index: internal error: " << e.what() << "\n";
    return rostra::kExitInternal;
  }
}
