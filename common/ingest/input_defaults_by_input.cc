#include "common/ingest/input_defaults_by_input.h"

#include <utility>

#include "common/base/path_within.h"

namespace rostra {

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
    if (!path_is_within(origin_file, it->input)) continue;
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
