#include "common/ingest/article_deletion.h"

#include <fstream>

#include "common/base/errors.h"
#include "common/base/text_util.h"
#include "common/index/segment_directories.h"
#include "common/index/write/article_writer.h"

namespace rostra {

std::vector<std::string> ids_to_delete(const IndexOptions& options) {
  std::vector<std::string> ids = options.delete_ids;
  if (options.delete_list.empty()) return ids;
  std::ifstream list(options.delete_list);
  if (!list) throw InputError(options.delete_list.string() + ": cannot read the delete list");
  for (std::string line; std::getline(list, line);) {
    std::string_view id = trim(line);
    if (!id.empty() && id.front() != '#') ids.emplace_back(id);
  }
  return ids;
}

void delete_articles(WritableIndex& index, const std::vector<std::string>& ids,
                     const IndexOptions& options, RunReport& report,
                     const std::function<void()>& commit) {
  std::vector<WritableIndex> segments;
  for (const std::string& segment : list_segment_directories(options.db_path)) {
    segments.push_back(open_index_for_writing(segment, index.shared_dictionary(), "d"));
  }
  auto commit_all = [&] {
    for (WritableIndex& segment : segments) segment.commit();
    commit();
  };
  std::uint64_t uncommitted = 0;
  for (const std::string& id : ids) {
    bool found = erase_article(index, id);
    for (WritableIndex& segment : segments) found = erase_article(segment, id) || found;
    if (found) {
      ++report.summary().deleted;
    } else {
      ++report.summary().not_found;
      report.note("warning: delete: no article with id " + id);
    }
    if (++uncommitted >= options.commit_every) {
      commit_all();
      uncommitted = 0;
    }
  }
  commit_all();
}

}  // namespace rostra
