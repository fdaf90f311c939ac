#include "common/base/path_within.h"

#include <algorithm>
#include <system_error>

namespace rostra {

bool path_is_within(const std::filesystem::path& path, const std::filesystem::path& dir) {
  // Absolute first: weakly_canonical leaves a path none of whose parts exist relative.
  auto resolved = [](const std::filesystem::path& from) {
    std::error_code error;
    std::filesystem::path out =
        std::filesystem::weakly_canonical(std::filesystem::absolute(from, error), error);
    return out.lexically_normal();
  };
  const std::filesystem::path p = resolved(path);
  const std::filesystem::path d = resolved(dir);
  auto end = d.end();
  // "dir/" (when it does not exist yet) keeps an empty last component: compare without it.
  if (!d.empty() && !d.has_filename() && d.has_relative_path()) --end;
  return std::mismatch(d.begin(), end, p.begin(), p.end()).first == end;
}

}  // namespace rostra
