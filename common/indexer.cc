#include "common/indexer.h"

#include <chrono>
#include <iomanip>
#include <ostream>
#include <sstream>
#include <unordered_set>

#include "common/article_stream.h"
#include "common/article_writer.h"
#include "common/database.h"
#include "common/errors.h"
#include "common/outlet_table.h"
#include "common/speaker_aliases.h"

namespace rostra {

IndexSummary run_index(const IndexOptions& options, std::ostream& log) {
  auto started = std::chrono::steady_clock::now();
  OutletTable outlets = load_outlet_table(options.outlets_path);
  SpeakerAliases aliases = load_speaker_aliases(options.speakers_path);
  if (outlets.size() == 0 && !options.quiet) {
    log << "rostra-index: warning: no outlet table (" << default_outlets_path()
        << " is missing); outlets are named by host\n";
  }

  WritableIndex index = open_index_for_writing(options.db_path);
  IndexSummary summary;
  ArticleWriter writer(index, outlets, aliases, options.extract_quotes);
  std::unordered_set<std::string> seen_ids;
  std::uint64_t uncommitted = 0;
  auto commit = [&] {
    try {
      index.commit();
    } catch (const Xapian::Error& e) {
      throw DatabaseError(options.db_path + ": commit failed: " + e.get_description());
    }
    uncommitted = 0;
  };

  stream_articles(options, outlets, log, summary, [&](Article& article) {
    ArticleWriter::Outcome outcome;
    try {
      outcome = writer.write_resolved(article);
    } catch (const Xapian::Error& e) {
      throw DatabaseError(options.db_path + ": writing " + article.id + ": " + e.get_description());
    }
    summary.quotes += article.quotes.size();
    bool first_in_run = seen_ids.insert(article.id).second;
    if (outcome == ArticleWriter::Outcome::kReplaced) {
      ++summary.replaced;
      if (!first_in_run) ++summary.repeated_in_run;
    } else {
      ++summary.added;
    }
    ++summary.indexed;
    if (++uncommitted >= options.commit_every) commit();
  });
  commit();
  summary.database_documents = index.articles.get_doccount();
  summary.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

int index_exit_status(const IndexSummary& summary) {
  if (summary.rejected == 0) return kExitOk;
  return summary.indexed > 0 ? kExitPartial : kExitInput;
}

std::string format_summary(const IndexSummary& s) {
  std::ostringstream out;
  out << "indexed " << s.indexed << " articles (" << s.added << " new, " << s.replaced
      << " replaced";
  if (s.repeated_in_run > 0) out << ", " << s.repeated_in_run << " repeated ids in this run";
  out << ") from " << s.files_read << " files";
  if (s.files_skipped > 0) out << " (" << s.files_skipped << " non-article files skipped)";
  out << "; rejected " << s.rejected;
  if (!s.reject_reasons.empty()) {
    out << " (";
    bool first = true;
    for (const auto& [reason, count] : s.reject_reasons) {
      out << (first ? "" : ", ") << reason << ": " << count;
      first = false;
    }
    out << ")";
  }
  out << "; " << s.warnings << (s.warnings == 1 ? " warning" : " warnings");
  if (s.quotes > 0) out << "; " << s.quotes << " quotes";
  out << "; date unknown for " << s.unknown_date << ", outlet unknown for " << s.unknown_outlet
      << "; " << std::fixed << std::setprecision(1) << s.seconds << " s";
  double mb = static_cast<double>(s.text_bytes) / 1e6;
  if (s.seconds > 0) {
    out << " (" << std::setprecision(0) << static_cast<double>(s.indexed) / s.seconds
        << " articles/s, " << std::setprecision(2) << mb / s.seconds << " MB/s of text)";
  }
  out << "; database holds " << s.database_documents << " articles";
  return out.str();
}

}  // namespace rostra
