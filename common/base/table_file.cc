#include "common/base/table_file.h"

#include <fstream>
#include <string>

#include "common/base/errors.h"
#include "common/base/text_util.h"

namespace rostra {

void for_each_table_record(const std::filesystem::path& path, std::string_view what,
                           const std::function<void(std::string_view, std::size_t)>& record) {
  std::ifstream in(path);
  if (!in) throw InputError(path.string() + ": cannot open " + std::string(what));
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    std::string_view text = trim(line);
    if (text.empty() || text.front() == '#') continue;
    record(text, number);
  }
}

}  // namespace rostra
