#include "common/cli/cli_options.h"

#include <xapian.h>

#include <cstdlib>
#include <iostream>
#include <utility>
#include <vector>

#include "common/base/errors.h"
#include "common/schema/schema.h"

#include <unicode/uvernum.h>

namespace po = boost::program_options;

namespace rostra {
namespace {

// Two letters (ASCII or not) at the start: a word, not a short option with its value ("-n5").
bool looks_like_word(const std::string& text) {
  auto letter = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (static_cast<unsigned char>(c) >= 0x80);
  };
  return text.size() >= 2 && letter(text[0]) && letter(text[1]);
}

}  // namespace

std::string default_table_path(const std::string& given, const char* env_name,
                               const char* file_name) {
  if (!given.empty()) return given;
  if (const char* env = std::getenv(env_name); env != nullptr && *env != '\0') return env;
  std::error_code error;
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", error);
  if (error) return "";
  const std::filesystem::path installed =
      exe.parent_path().parent_path() / "share" / "rostra" / file_name;
  if (std::filesystem::exists(installed, error)) return installed.string();
#if defined(ROSTRA_SOURCE_TABLES) && defined(ROSTRA_BINARY_DIR)
  // The source tree only for a program still in its build tree: an installed copy must not
  // depend on where it was built (or pick up a table edited there since).
  const std::string exe_path = exe.string();
  const std::string build_dir =
      std::filesystem::weakly_canonical(ROSTRA_BINARY_DIR, error).string() + "/";
  if (!error && exe_path.compare(0, build_dir.size(), build_dir) == 0) {
    const std::filesystem::path source = std::filesystem::path(ROSTRA_SOURCE_TABLES) / file_name;
    if (std::filesystem::exists(source, error)) return source.string();
  }
#endif
  return "";
}

void resolve_table_paths(CommonOptions& options) {
  options.outlets_path = default_table_path(options.outlets_path, "ROSTRA_OUTLETS", "outlets.tsv");
  options.speakers_path =
      default_table_path(options.speakers_path, "ROSTRA_SPEAKERS", "speakers.tsv");
  options.offices_path = default_table_path(options.offices_path, "ROSTRA_OFFICES", "offices.tsv");
  std::string missing;
  for (const auto& [path, name] : {std::pair{&options.outlets_path, "outlets.tsv"},
                                   {&options.speakers_path, "speakers.tsv"},
                                   {&options.offices_path, "offices.tsv"}}) {
    if (path->empty()) missing += std::string(missing.empty() ? "" : ", ") + name;
  }
  // A program copied away from its install or build tree finds no table and would otherwise
  // run on silently without outlet names, speaker aliases and offices.
  if (!missing.empty()) {
    std::error_code error;
    std::string program =
        std::filesystem::read_symlink("/proc/self/exe", error).filename().string();
    std::cerr << (program.empty() ? "rostra" : program) << ": warning: no table " << missing
              << " found (give --outlets/--speakers/--offices, set $ROSTRA_OUTLETS/"
                 "$ROSTRA_SPEAKERS/$ROSTRA_OFFICES, or install them in PREFIX/share/rostra/)\n";
  }
}

std::string version_line(const std::string& program) {
  return program + " " + ROSTRA_VERSION + " (schema " + std::to_string(schema::kSchemaVersion) +
         ", Xapian " + Xapian::version_string() + ", ICU " + U_ICU_VERSION + ")";
}

po::options_description common_option_group(CommonOptions& options) {
  po::options_description group("Common options");
  group.add_options()("db,d", po::value(&options.db_path), "index directory")(
      "outlets", po::value(&options.outlets_path),
      "outlet table (kind<TAB>key<TAB>name); default: $ROSTRA_OUTLETS, else "
      "PREFIX/share/rostra/outlets.tsv of the installed program")(
      "speakers", po::value(&options.speakers_path),
      "speaker alias table (alias<TAB>name); default: $ROSTRA_SPEAKERS, else "
      "PREFIX/share/rostra/speakers.tsv")(
      "offices", po::value(&options.offices_path),
      "terms of office (office<TAB>holder<TAB>from<TAB>to) crediting an office's site's "
      "unsigned messages; default: $ROSTRA_OFFICES, else PREFIX/share/rostra/offices.tsv")(
      "json", po::bool_switch(&options.json), "JSON Lines output");
  return group;
}

bool parse_command_line(int argc, char** argv, const std::string& usage,
                        const po::options_description& visible, const std::string& positional,
                        po::variables_map& vm, std::vector<po::option>* in_order) {
  po::options_description all;
  all.add(visible);
  all.add_options()("help,h", "show this help")("version", "show the version and exit")(
      positional.c_str(), po::value<std::vector<std::string>>(), "positional arguments");
  po::positional_options_description positionals;
  positionals.add(positional.c_str(), -1);
  try {
    // "-sanctions" (a query that excludes a word) or "-путин" is a positional argument, not
    // a cluster of short options: a single dash followed by two or more letters (or any
    // non-ASCII byte) is never an option here.
    const std::string name = positional;
    auto negated_words = [name](const std::string& token) -> std::pair<std::string, std::string> {
      if (token.size() > 2 && token[0] == '-' && token[1] != '-' &&
          looks_like_word(token.substr(1))) {
        return {name, token};
      }
      return {};
    };
    po::parsed_options parsed = po::command_line_parser(argc, argv)
                                    .options(all)
                                    .positional(positionals)
                                    .extra_parser(negated_words)
                                    .run();
    po::store(parsed, vm);
    if (in_order != nullptr) *in_order = parsed.options;
    if (vm.count("help")) {
      std::cout << usage << "\n\n" << visible << "\n";
      return false;
    }
    if (vm.count("version")) {
      const std::size_t from = usage.find("usage: ") == 0 ? 7 : 0;
      std::cout << version_line(usage.substr(from, usage.find(' ', from) - from)) << "\n";
      return false;
    }
    po::notify(vm);
  } catch (const po::error& e) {
    throw UsageError(e.what());
  }
  return true;
}

int run_with_exit_status(const char* program, const std::function<int()>& body) {
  try {
    return body();
  } catch (const UsageError& e) {
    std::cerr << program << ": error: " << e.what() << "\n";
    return kExitUsage;
  } catch (const InputError& e) {
    std::cerr << program << ": error: " << e.what() << "\n";
    return kExitInput;
  } catch (const DatabaseError& e) {
    std::cerr << program << ": error: " << e.what() << "\n";
    return kExitDatabase;
  } catch (const Xapian::Error& e) {  // not derived from std::exception
    std::cerr << program << ": error: database: " << e.get_description() << "\n";
    return kExitDatabase;
  } catch (const std::exception& e) {
    std::cerr << program << ": internal error: " << e.what() << "\n";
    return kExitInternal;
  }
}

}  // namespace rostra
