#pragma once
// Defaults for records that say nothing themselves, chosen by the input they were read from.

#include <filesystem>
#include <string>
#include <vector>

#include "common/input/metadata/article_metadata.h"

namespace rostra {

/// Defaults given for one input as named on the command line: the records read from that
/// file, or from any file under that directory, take them before the run's defaults. A field
/// left empty falls back to the run's.
struct InputDefaultsOfInput {
  std::filesystem::path input;  ///< A file or directory, as given (or "-").
  InputDefaults defaults;
};

/// Chooses each article's defaults by the file it was read from, so that one run can index
/// a folder of BBC texts and a folder of Reuters texts with an outlet each.
/// Not thread-safe (it keeps the answer for the last file asked about): one per thread.
class InputDefaultsByInput {
 public:
  /// `per_input` in command-line order; where inputs overlap (a directory and a file in it)
  /// each field comes from the last input that holds the file and sets it.
  InputDefaultsByInput(InputDefaults run_defaults, std::vector<InputDefaultsOfInput> per_input);

  /// The defaults for records of `origin_file` (an Article's origin_file): those of the
  /// inputs that hold it (path_is_within: "./in", "in/" and a link to "in" all hold
  /// "in/a.txt"). Reads the file system once per new file.
  const InputDefaults& for_file(const std::string& origin_file);

 private:
  InputDefaults resolve(const std::string& origin_file) const;

  InputDefaults run_defaults_;
  std::vector<InputDefaultsOfInput> per_input_;
  std::string last_file_;
  InputDefaults last_;
  bool have_last_ = false;
};

}  // namespace rostra
