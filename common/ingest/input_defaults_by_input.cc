#include "common/ingest/input_defaults_by_input.h"

#include <algorithm>
#include <utility>

namespace rostra {
namespace {

namespace fs = std::filesystem;

// True when `file` is `input` or lies under it, comparing the paths' components as
// written (the readers build a directory's file names from the input's own path).
bool holds(const fs::path& input, const fs::path& file) {
  const fs::path dir = input.lexically_normal();
  const fs::path name = file.lexically_normal();
  auto end = dir.end();
  // "dir/" normalises to "dir/" with an empty last component; compare without it.
  if (!dir.empty() && !dir.has_filename()) --end;
  return std::mismatch(dir.begin(), end, name.begin(), name.end()).first == end;
}

}  // namespace

InputDefaultsByInput::InputDefaultsByInput(InputDefaults run_defaults,
                                           std::vector<InputDefaultsOfInput> per_input)
    : run_defaults_(std::move(run_defaults)), per_input_(std::move(per_input)) {}

const InputDefaults& InputDefaultsByInput::for_file(const std::string& origin_file) {
  if (per_input_.empty()) return run_defaults_;
  if (!have_last_ || origin_file != last_file_) {
    last_ = resolve(origin_file);
    last_file_ = origin_file;
    have_last_ = true;
  }
  return last_;
}

InputDefaults InputDefaultsByInput::resolve(const std::string& origin_file) const {
  InputDefaults chosen = run_defaults_;
  bool outlet_set = false;
  bool language_set = false;
  for (auto it = per_input_.rbegin(); it != per_input_.rend(); ++it) {
    if (!holds(it->input, origin_file)) continue;
    if (!outlet_set && !it->defaults.outlet.empty()) {
      chosen.outlet = it->defaults.outlet;
      outlet_set = true;
    }
    if (!language_set && !it->defaults.language.empty()) {
      chosen.language = it->defaults.language;
      language_set = true;
    }
  }
  return chosen;
}

}  // namespace rostra
