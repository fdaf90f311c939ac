#pragma once
// Command-line option groups shared by rostra-index and rostra-search, declared once.

#include <boost/program_options.hpp>

#include <functional>
#include <string>

namespace rostra {

/// Options both programs take.
struct CommonOptions {
  std::string db_path;
  std::string outlets_path;
  std::string speakers_path;
  bool json = false;
};

/// --db, --outlets, --speakers and --json, bound to `options`.
boost::program_options::options_description common_option_group(CommonOptions& options);

/// Parses argv against `visible` plus hidden positional arguments named `positional`
/// (collected into a vector<string>). Handles --help (prints `usage` and the options,
/// returns false). Throws UsageError with Boost's message on a bad command line.
bool parse_command_line(int argc, char** argv, const std::string& usage,
                        const boost::program_options::options_description& visible,
                        const std::string& positional, boost::program_options::variables_map& vm);

/// Runs `body` and maps what it throws to the documented exit statuses, printing one line
/// "PROGRAM: error: WHAT" on stderr: UsageError 2, InputError 3, DatabaseError 4, any
/// other exception 5 ("internal error"). Returns body's own status otherwise.
int run_with_exit_status(const char* program, const std::function<int()>& body);

}  // namespace rostra
