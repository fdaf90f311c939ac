#pragma once
// Command-line option groups shared by rostra-index and rostra-search, declared once.

#include <boost/program_options.hpp>

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace rostra {

/// Options both programs take.
struct CommonOptions {
  std::string db_path;
  std::string outlets_path;
  std::string speakers_path;
  std::string offices_path;
  bool json = false;
};

/// The table a program uses for `given` (--outlets or --speakers): `given` when not empty;
/// else the environment variable `env_name` when set and not empty ($ROSTRA_OUTLETS,
/// $ROSTRA_SPEAKERS; a path that does not exist is then an error when loaded, as with
/// --outlets); else `file_name` in `<prefix>/share/rostra/`, where the executable is
/// `<prefix>/bin/NAME` (an installed program); else, for a program inside its build tree
/// only, `file_name` in the source tree's corpus/; else "" (no table). Reads the
/// environment: programs only.
std::string default_table_path(const std::string& given, const char* env_name,
                               const char* file_name);

/// Sets options.outlets_path, options.speakers_path and options.offices_path through
/// default_table_path; prints one warning line on stderr naming the tables it found no file
/// for (a program copied away from its install or build tree).
void resolve_table_paths(CommonOptions& options);

/// "PROGRAM VERSION (schema N, Xapian X, ICU Y)": what --version prints.
std::string version_line(const std::string& program);

/// --db, --outlets, --speakers, --offices and --json, bound to `options`.
boost::program_options::options_description common_option_group(CommonOptions& options);

/// Parses argv against `visible` plus hidden positional arguments named `positional`
/// (collected into a vector<string>). Handles --help (prints `usage` and the options,
/// returns false) and --version (prints version_line of the program named in `usage`'s
/// "usage: NAME", returns false). Throws UsageError with Boost's message on a bad command line.
/// When `in_order` is given it receives every option and positional argument in the order
/// written (for options whose meaning depends on where they stand).
bool parse_command_line(int argc, char** argv, const std::string& usage,
                        const boost::program_options::options_description& visible,
                        const std::string& positional, boost::program_options::variables_map& vm,
                        std::vector<boost::program_options::option>* in_order = nullptr);

/// Runs `body` and maps what it throws to the documented exit statuses, printing one line
/// "PROGRAM: error: WHAT" on stderr: UsageError 2, InputError 3, DatabaseError 4, any
/// other exception 5 ("internal error"). Returns body's own status otherwise.
int run_with_exit_status(const char* program, const std::function<int()>& body);

}  // namespace rostra
