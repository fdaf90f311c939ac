#include "common/indexer.h"

#include <chrono>
#include <iomanip>
#include <ostream>
#include <sstream>
#include <unordered_set>

#include "common/article_writer.h"
#include "common/database.h"
#include "common/errors.h"
#include "common/input_reader.h"
#include "common/outlet_table.h"
#include "common/text_util.h"

namespace rostra {
namespace {

// "malformed JSON: TAPE_ERROR..." -> "malformed JSON"; "expected 4 fields, found 3" kept
// apart from the file-specific part of messages such as truncated streams.
std::string reason_category(const std::string& reason) {
  std::size_t cut = reason.find_first_of(":(;");
  std::string category = std::string(trim(reason.substr(0, cut)));
  if (category.find("/") != std::string::npos || category.empty()) return "file error";
  return category;
}

}  // namespace

IndexSummary run_index(const IndexOptions& options, std::ostream& log) {
  auto started = std::chrono::steady_clock::now();
  OutletTable outlets = load_outlet_table(options.outlets_path);
  if (outlets.size() == 0 && !options.quiet) {
    log << "rostra-index: warning: no outlet table (" << default_outlets_path()
        << " is missing); outlets are named by host\n";
  }

  Xapian::WritableDatabase db = open_for_writing(options.db_path);
  IndexSummary summary;
  ArticleWriter writer(db, outlets);
  std::unordered_set<std::string> seen_ids;
  std::uint64_t uncommitted = 0;
  std::vector<std::string> warnings;

  ReaderSink sink;
  sink.issue = [&](InputIssue&& issue) {
    if (issue.kind == InputIssue::Kind::kRejected) {
      ++summary.rejected;
      ++summary.reject_reasons[reason_category(issue.reason)];
      if (!options.quiet) log << "rostra-index: rejected: " << issue.message() << "\n";
    } else {
      ++summary.warnings;
      if (!options.quiet) log << "rostra-index: warning: " << issue.message() << "\n";
    }
  };
  sink.article = [&](Article&& article) {
    warnings.clear();
    ArticleWriter::Outcome outcome;
    try {
      outcome = writer.write(article, warnings);
    } catch (const Xapian::Error& e) {
      throw DatabaseError(options.db_path + ": writing " + article.id + ": " + e.get_description());
    }
    for (std::string& warning : warnings) {
      sink.warn(article.origin_file, article.origin_line, std::move(warning));
    }
    summary.text_bytes += article.title.size() + article.lead.size() + article.body.size();
    if (article.date.empty()) ++summary.unknown_date;
    if (article.outlet.empty()) ++summary.unknown_outlet;
    bool first_in_run = seen_ids.insert(article.id).second;
    if (outcome == ArticleWriter::Outcome::kReplaced) {
      ++summary.replaced;
      if (!first_in_run) ++summary.repeated_in_run;
    } else {
      ++summary.added;
    }
    ++summary.indexed;
    if (++uncommitted >= options.commit_every) {
      try {
        db.commit();
      } catch (const Xapian::Error& e) {
        throw DatabaseError(options.db_path + ": commit failed: " + e.get_description());
      }
      uncommitted = 0;
    }
  };

  InputStats stats;
  read_inputs(options.inputs, sink, stats);
  try {
    db.commit();
    summary.database_documents = db.get_doccount();
  } catch (const Xapian::Error& e) {
    throw DatabaseError(options.db_path + ": commit failed: " + e.get_description());
  }
  summary.files_read = stats.files_read;
  summary.files_skipped = stats.files_skipped;
  summary.bytes_read = stats.bytes_read;
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
  out << "; " << s.warnings << " warnings; date unknown for " << s.unknown_date
      << ", outlet unknown for " << s.unknown_outlet << "; " << std::fixed << std::setprecision(1)
      << s.seconds << " s";
  double mb = static_cast<double>(s.text_bytes) / 1e6;
  if (s.seconds > 0) {
    out << " (" << std::setprecision(0) << static_cast<double>(s.indexed) / s.seconds
        << " articles/s, " << std::setprecision(2) << mb / s.seconds << " MB/s of text)";
  }
  out << "; database holds " << s.database_documents << " articles";
  return out.str();
}

}  // namespace rostra
