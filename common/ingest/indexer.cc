#include "common/ingest/indexer.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <chrono>
#include <fstream>
#include <future>
#include <iomanip>
#include <map>
#include <memory>
#include <ostream>
#include <sstream>
#include <thread>
#include <unordered_map>
#include <variant>

#include "common/base/errors.h"
#include "common/base/json_writer.h"
#include "common/base/text_util.h"
#include "common/base/work_queue.h"
#include "common/index/bulk/bulk_duplicates.h"
#include "common/index/bulk/segment_filter.h"
#include "common/index/bulk/segment_merge.h"
#include "common/index/bulk/segment_writer.h"
#include "common/index/segment_directories.h"
#include "common/index/write/article_preparer.h"
#include "common/index/write/article_writer.h"
#include "common/index/write/index_lock.h"
#include "common/index/write/input_progress.h"
#include "common/index/write/writable_index.h"
#include "common/input/input_reader.h"
#include "common/input/metadata/article_metadata.h"
#include "common/input/metadata/outlet_table.h"
#include "common/quotes/speaker_aliases.h"
#include "common/schema/schema.h"
#include "common/spread/cluster_store.h"

namespace rostra {
namespace {

// Text fields longer than this make an article a reject: no news article is this long,
// and one would cost the run memory and time out of all proportion.
constexpr std::size_t kMaxArticleTextBytes = 16u << 20;

// What flows from the reader through the workers to the writer, in input order.
struct ArticleItem {
  Article article;
};
struct Skipped {  // committed by an earlier, interrupted run
  std::string file;
};
struct FileStart {  // logged with --verbose, in input order
  std::string file;
};
struct FileDone {
  std::string file;
  bool resumed = false;  // skipped whole: finished by an earlier run
};
using Item = std::variant<ArticleItem, InputIssue, Skipped, FileStart, FileDone>;

struct Result {
  std::uint64_t seq = 0;
  std::variant<PreparedArticle, InputIssue, Skipped, FileStart, FileDone> value;
  std::vector<std::string> warnings;
  std::string article_file;  // set when the item was an article, whatever became of it
};

struct Sequenced {
  std::uint64_t seq = 0;
  Item item;
};

// Whether `path` is `dir` or lies inside it (both made absolute, symbolic links resolved).
bool is_within(const std::filesystem::path& path, const std::filesystem::path& dir) {
  std::error_code error;
  const std::filesystem::path p = std::filesystem::weakly_canonical(path, error);
  const std::filesystem::path d = std::filesystem::weakly_canonical(dir, error);
  return std::mismatch(d.begin(), d.end(), p.begin(), p.end()).first == d.end();
}

// Refuses a rejects file that would overwrite an input, the delete list or a file of the
// index: it is written over from its start.
void check_rejects_path(const IndexOptions& options) {
  if (options.rejects_path.empty()) return;
  std::vector<std::filesystem::path> kept = options.inputs;
  kept.push_back(options.db_path);
  if (!options.delete_list.empty()) kept.push_back(options.delete_list);
  for (const std::filesystem::path& path : kept) {
    if (is_within(options.rejects_path, path)) {
      throw UsageError("--rejects " + options.rejects_path.string() + " would overwrite " +
                       path.string() + "; give a file outside the inputs and the index");
    }
  }
}

// The ids options.delete_ids and the lines of options.delete_list name.
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

// Deletes `ids` from `index` and from the segments of an interrupted bulk load (whose
// articles are not in the main databases yet), committing every options.commit_every
// deletions through `commit` (the main index, with the run's progress) and each segment.
// Every commit puts the quotes' deletions first, so a killed run leaves no quote whose
// article is gone, and the same command run again deletes what is left.
template <typename Commit>
void delete_articles(WritableIndex& index, const std::vector<std::string>& ids,
                     const IndexOptions& options, IndexSummary& summary, std::ostream& log,
                     Commit&& commit) {
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
      ++summary.deleted;
    } else {
      ++summary.not_found;
      if (!options.quiet) log << "rostra-index: warning: delete: no article with id " << id << "\n";
    }
    if (++uncommitted >= options.commit_every) {
      commit_all();
      uncommitted = 0;
    }
  }
  commit_all();
}

}  // namespace

IndexSummary run_index(const IndexOptions& options, std::ostream& log) {
  auto started = std::chrono::steady_clock::now();
  OutletTable outlets = load_outlet_table(options.outlets_path);
  SpeakerAliases aliases = load_speaker_aliases(options.speakers_path);
  if (outlets.size() == 0 && !options.quiet) {
    log << "rostra-index: warning: no outlet table (none named or found); outlets are named by "
           "host\n";
  }
  check_index_directory(options.db_path);
  check_rejects_path(options);
  IndexLock lock(options.db_path);
  move_legacy_segments(options.db_path);
  finish_interrupted_merge(options.db_path);
  WritableIndex index = open_index_for_writing(options.db_path);
  IndexSummary summary;
  ArticleWriter writer(index, outlets, aliases, options.extract_quotes);
  InputProgress progress = InputProgress::load(index.articles);
  std::ofstream rejects;  // opened at the first reject, so that a clean run leaves FILE alone

  // A bulk load (into an empty index, or resuming one): articles are routed by id to
  // writers that build segments in memory on their own threads, each written whole at the
  // end of a round (segment_articles articles per writer), then merged into the main
  // databases at the end (see schema.h). A commit is the end of a round; the main articles
  // database then only keeps the input progress and the number of writers.
  unsigned bulk_writers = 0;                             // 0: not a bulk load
  std::vector<std::unique_ptr<SegmentWriter>> segments;  // the open round's writers, if any
  std::optional<BulkDuplicates> clusters;
  OutcomeCounts outcomes;  // of articles stored here, and of the segments' writers
  std::uint64_t next_round = 0;
  std::uint64_t round_articles = 0;                           // routed into the open round
  std::vector<std::shared_ptr<const SegmentFilter>> filters;  // of segment n
  // Opens the next round of segments.
  auto open_round = [&] {
    for (unsigned w = 0; w < bulk_writers; ++w) {
      std::vector<std::string> earlier;
      std::vector<std::shared_ptr<const SegmentFilter>> earlier_filters;
      for (std::uint64_t r = 0; r < next_round; ++r) {
        earlier.push_back(segment_directory(options.db_path, r * bulk_writers + w));
        earlier_filters.push_back(filters[r * bulk_writers + w]);
      }
      segments.push_back(std::make_unique<SegmentWriter>(
          segment_directory(options.db_path, next_round * bulk_writers + w), earlier,
          earlier_filters, index.shared_dictionary()));
    }
    round_articles = 0;
  };
  // Writes the open round's segments, all writers at once, and lets the duplicate finder
  // read them.
  auto finish_round = [&] {
    std::vector<std::future<void>> done;
    for (auto& segment : segments) done.push_back(segment->finish());
    for (std::future<void>& d : done) d.get();
    std::vector<std::string> dirs;
    std::vector<std::shared_ptr<const SegmentFilter>> written;
    for (const auto& segment : segments) {
      outcomes += segment->counts();
      dirs.push_back(segment->directory());
      written.push_back(segment->filter());
    }
    segments.clear();
    filters.insert(filters.end(), written.begin(), written.end());
    clusters->add_segments(dirs, written);
    clusters->refresh();
    ++next_round;
  };
  auto start_bulk_load = [&](unsigned writers, std::size_t existing_segments) {
    // Word ids continue those the segments already use (a resumed load).
    std::vector<std::string> existing = list_segment_directories(options.db_path);
    for (const std::string& segment : existing) {
      for (std::string_view name : {schema::kArticlesDatabase, schema::kQuotesDatabase}) {
        std::string path = (std::filesystem::path(segment) / name).string();
        Xapian::Database db = open_for_reading(path);
        index.dictionary().load_from(db, path);
        if (name == schema::kArticlesDatabase) {
          filters.push_back(std::make_shared<const SegmentFilter>(SegmentFilter::of(db)));
        }
      }
    }
    bulk_writers = writers;
    clusters.emplace(writers);
    clusters->add_segments(existing, filters);
    next_round = existing_segments / writers;
    index.articles.set_metadata(std::string(schema::kBulkWritersKey), std::to_string(writers));
  };
  auto commit = [&] {
    try {
      if (!segments.empty()) finish_round();
      progress.store(index.articles);
      index.commit();
    } catch (const Xapian::Error& e) {
      throw DatabaseError(options.db_path + ": commit failed: " + e.get_description());
    }
  };

  const std::vector<std::string> delete_ids = ids_to_delete(options);
  if (!delete_ids.empty()) {
    delete_articles(index, delete_ids, options, summary, log, [&] { commit(); });
  }
  // An interrupted bulk load resumes with the same writers, so the same routing, after the
  // last round it committed (a round written but not committed is written again).
  std::string stored_writers = index.articles.get_metadata(std::string(schema::kBulkWritersKey));
  unsigned writers = 0;
  if (!stored_writers.empty()) {
    auto [end, error] = std::from_chars(stored_writers.data(),
                                        stored_writers.data() + stored_writers.size(), writers);
    if (error != std::errc() || end != stored_writers.data() + stored_writers.size()) {
      throw DatabaseError(options.db_path + ": bad number of bulk writers '" + stored_writers +
                          "'; remove " + std::string(schema::kSegmentsDirectory) +
                          "/ and index again");
    }
  }
  discard_uncommitted_segments(options.db_path, writers);
  if (std::size_t existing_segments = list_segment_directories(options.db_path).size();
      existing_segments > 0) {
    start_bulk_load(writers, existing_segments);
  } else if (options.segment_writers > 1 && delete_ids.empty() &&
             index.articles.get_doccount() == 0) {
    start_bulk_load(options.segment_writers, 0);
  }

  // The file list, and what an interrupted run already committed of each file.
  ReaderSink listing;
  std::vector<InputIssue> listing_issues;
  listing.article = [](Article&&) {};
  listing.issue = [&](InputIssue&& issue) { listing_issues.push_back(std::move(issue)); };
  InputStats stats;
  std::vector<std::filesystem::path> files = list_input_files(options.inputs, listing, stats);
  struct Plan {
    std::uint64_t skip = 0;
    bool done = false;
  };
  std::vector<Plan> plans;
  std::uint64_t total_bytes = 0;
  for (const auto& file : files) {
    Plan plan;
    plan.skip = progress.committed(file.string(), &plan.done);
    plans.push_back(plan);
    std::error_code error;
    total_bytes += std::filesystem::file_size(file, error);
  }

  const unsigned threads =
      options.threads > 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  WorkQueue<Sequenced> work(256);
  WorkQueue<Result> results(256);
  std::atomic<std::uint64_t> input_bytes{0};
  std::atomic<bool> stop{false};

  // Reader: parses the inputs in order.
  std::thread reader([&] {
    std::uint64_t seq = 0;
    auto send = [&](Item item) { work.push(Sequenced{seq++, std::move(item)}); };
    for (InputIssue& issue : listing_issues) send(std::move(issue));
    std::uint64_t done_bytes = 0;
    for (std::size_t f = 0; f < files.size() && !stop; ++f) {
      const std::string file = files[f].string();
      std::error_code error;
      std::uint64_t size = std::filesystem::file_size(files[f], error);
      if (plans[f].done) {
        send(FileDone{file, true});
        done_bytes += size;
        input_bytes = done_bytes;
        continue;
      }
      if (options.verbose) send(FileStart{file});
      std::uint64_t to_skip = plans[f].skip;
      ReaderSink sink;
      sink.article = [&](Article&& article) {
        if (to_skip > 0) {
          --to_skip;
          send(Skipped{file});
        } else {
          send(ArticleItem{std::move(article)});
        }
      };
      sink.issue = [&](InputIssue&& issue) { send(std::move(issue)); };
      sink.position = [&](std::uint64_t offset) { input_bytes = done_bytes + offset; };
      InputStats file_stats;
      read_input_file(files[f], sink, file_stats);
      stats.files_read += file_stats.files_read;
      stats.bytes_read += file_stats.bytes_read;
      done_bytes += size;
      input_bytes = done_bytes;
      send(FileDone{file, false});
    }
    work.close();
  });

  // Workers: metadata, quotes, analysis, documents.
  std::vector<std::thread> workers;
  for (unsigned t = 0; t < threads; ++t) {
    workers.emplace_back([&] {
      ArticlePreparer preparer(aliases, index.dictionary(), options.extract_quotes);
      // Each worker reads the last commit on its own, to skip unchanged articles early.
      std::optional<Xapian::Database> existing;
      try {
        existing.emplace(open_for_reading(
            (std::filesystem::path(options.db_path) / schema::kArticlesDatabase).string()));
      } catch (const std::exception&) {
        existing.reset();  // the writer's own check still catches unchanged articles
      }
      while (std::optional<Sequenced> next = work.pop()) {
        Result result;
        result.seq = next->seq;
        if (auto* a = std::get_if<ArticleItem>(&next->item)) {
          Article& article = a->article;
          result.article_file = article.origin_file;
          apply_input_defaults(options.defaults, article);
          result.warnings = resolve_metadata(article, outlets);
          std::size_t text = article.title.size() + article.lead.size() + article.body.size();
          if (text > kMaxArticleTextBytes) {
            result.value = InputIssue{InputIssue::Kind::kRejected, article.origin_file,
                                      article.origin_line, "article text larger than 16 MiB"};
          } else if (trim(article.title).empty() && trim(article.body).empty() &&
                     trim(article.lead).empty()) {
            result.value = InputIssue{InputIssue::Kind::kRejected, article.origin_file,
                                      article.origin_line, "no title and no text"};
          } else {
            PreparedArticle prepared;
            for (int attempt = 0;; ++attempt) {
              try {
                prepared = preparer.prepare(article, existing ? &*existing : nullptr);
                break;
              } catch (const Xapian::DatabaseModifiedError&) {
                if (attempt >= 3) throw;
                existing->reopen();
              }
            }
            result.value = std::move(prepared);
          }
        } else if (auto* issue = std::get_if<InputIssue>(&next->item)) {
          result.value = std::move(*issue);
        } else if (auto* start = std::get_if<FileStart>(&next->item)) {
          result.value = std::move(*start);
        } else if (auto* skipped = std::get_if<Skipped>(&next->item)) {
          result.value = std::move(*skipped);
        } else {
          result.value = std::get<FileDone>(std::move(next->item));
        }
        results.push(std::move(result));
      }
    });
  }
  std::thread closer([&] {
    for (std::thread& w : workers) w.join();
    results.close();
  });

  // Writer: this thread, in input order.
  IndexProgress shown;
  shown.total_input_bytes = total_bytes;
  auto show_progress = [&](bool clear) {
    if (!options.on_progress) return;
    shown.articles = summary.indexed;
    shown.text_bytes = summary.text_bytes;
    shown.input_bytes = input_bytes;
    shown.rejects = summary.rejected;
    options.on_progress(shown, clear);
  };
  std::map<std::uint64_t, Result> pending;
  std::uint64_t next_seq = 0;
  std::uint64_t uncommitted = 0;
  // What this run read last of each article id: its record hash, and its quote documents
  // (an id read twice in one run counts its quotes once, as --stats does afterwards).
  struct ReadInRun {
    std::uint64_t record = 0;
    std::uint64_t quotes = 0;
  };
  std::unordered_map<std::uint64_t, ReadInRun> run_records;  // by id hash
  auto report = [&](const InputIssue& issue) {
    bool rejected = issue.kind == InputIssue::Kind::kRejected;
    if (rejected) {
      ++summary.rejected;
      ++summary.reject_reasons[issue_category(issue.reason)];
      if (!options.rejects_path.empty() && !rejects.is_open()) {
        rejects.open(options.rejects_path);
        if (!rejects) {
          throw InputError(options.rejects_path.string() + ": cannot write rejects file");
        }
      }
      if (rejects.is_open()) {
        rejects << JsonObject()
                       .add("file", issue.file)
                       .add("line", issue.line)
                       .add("reason", issue.reason)
                       .add("record", issue.record)
                       .add("record_bytes", issue.record_bytes)
                       .str()
                << "\n";
      }
    } else {
      ++summary.warnings;
    }
    if (!options.quiet) {
      show_progress(true);
      log << "rostra-index: " << (rejected ? "rejected: " : "warning: ") << issue.message() << "\n";
    }
  };
  auto handle = [&](Result& r) {
    for (std::string& w : r.warnings) {
      if (auto* p = std::get_if<PreparedArticle>(&r.value)) {
        report(InputIssue{InputIssue::Kind::kWarning, p->article.origin_file,
                          p->article.origin_line, w});
      }
    }
    if (auto* prepared = std::get_if<PreparedArticle>(&r.value)) {
      const Article& article = prepared->article;
      ArticleWriter::Duplicate duplicate = ArticleWriter::Duplicate::kNone;
      ArticleWriter::Outcome outcome;
      summary.text_bytes += article.title.size() + article.lead.size() + article.body.size();
      if (article.date.empty()) ++summary.unknown_date;
      if (article.outlet.empty()) ++summary.unknown_outlet;
      if (trim(article.body).empty() && trim(article.lead).empty()) ++summary.title_only;
      const std::string file = article.origin_file;
      const std::uint64_t id_hash = hash64(article.id);
      const std::uint64_t record = hash64(prepared->record_hash);
      auto [seen, first_in_run] = run_records.try_emplace(id_hash, ReadInRun{record, 0});
      // Quote documents: a quote continued into later paragraphs is one (as --stats counts).
      summary.quotes -= seen->second.quotes;
      seen->second.quotes = static_cast<std::uint64_t>(
          std::ranges::count_if(article.quotes, [](const Quote& q) { return !q.continuation; }));
      summary.quotes += seen->second.quotes;
      if (bulk_writers > 0) {
        // The segments count added and replaced articles; the same record twice in one run is
        // recognized here.
        outcome = first_in_run ? ArticleWriter::Outcome::kAdded : ArticleWriter::Outcome::kReplaced;
        if (!first_in_run && seen->second.record == record) {
          outcome = ArticleWriter::Outcome::kUnchanged;
        } else {
          seen->second.record = record;
          if (segments.empty()) open_round();
          std::size_t segment = (id_hash >> 32) % segments.size();
          std::string cluster = clusters->assign(*prepared, segment, &duplicate);
          segments[segment]->store(std::move(*prepared), std::move(cluster));
          ++round_articles;
        }
      } else {
        seen->second.record = record;
        try {
          outcome = writer.store(*prepared, &duplicate);
        } catch (const Xapian::Error& e) {
          throw DatabaseError(options.db_path + ": writing " + article.id + ": " +
                              e.get_description());
        }
      }
      // In a bulk load the segments count what they add and replace (see the end of the run).
      if (bulk_writers == 0 || outcome == ArticleWriter::Outcome::kUnchanged) {
        outcomes.count(outcome);
      }
      if (outcome != ArticleWriter::Outcome::kAdded && !first_in_run) ++summary.repeated_in_run;
      if (duplicate == ArticleWriter::Duplicate::kExact) ++summary.exact_duplicates;
      if (duplicate == ArticleWriter::Duplicate::kNear) ++summary.near_duplicates;
      ++summary.indexed;
      progress.advance(file);
      if (outcome != ArticleWriter::Outcome::kUnchanged) ++uncommitted;
    } else if (auto* issue = std::get_if<InputIssue>(&r.value)) {
      report(*issue);
      if (!r.article_file.empty()) progress.advance(r.article_file);  // an article rejected late
    } else if (auto* start = std::get_if<FileStart>(&r.value)) {
      if (!options.quiet) {
        show_progress(true);
        log << "rostra-index: reading " << start->file << "\n";
      }
    } else if (auto* skipped = std::get_if<Skipped>(&r.value)) {
      ++summary.resumed;
      progress.advance(skipped->file);
    } else {
      const FileDone& done = std::get<FileDone>(r.value);
      if (done.resumed) {
        ++summary.files_resumed;
      } else {
        progress.finish(done.file);
      }
      ++uncommitted;  // record the finished file with the next commit
    }
    if (bulk_writers > 0 ? round_articles >= options.segment_articles * bulk_writers
                         : uncommitted >= options.commit_every) {
      commit();
      uncommitted = 0;
    }
    show_progress(false);
  };
  try {
    while (std::optional<Result> r = results.pop()) {
      std::uint64_t seq = r->seq;
      pending.emplace(seq, std::move(*r));
      for (auto it = pending.find(next_seq); it != pending.end(); it = pending.find(next_seq)) {
        handle(it->second);
        pending.erase(it);
        ++next_seq;
      }
    }
  } catch (...) {
    stop = true;
    work.close();
    results.close();
    reader.join();
    closer.join();
    throw;
  }
  reader.join();
  closer.join();
  if (bulk_writers == 0) progress.clear(index.articles);  // completed: nothing to resume
  commit();
  show_progress(true);
  summary.added = outcomes.added;
  summary.replaced = outcomes.replaced;
  summary.unchanged = outcomes.unchanged;
  summary.database_documents = index.articles.get_doccount();
  if (bulk_writers > 0) {
    clusters.reset();
    // The merged databases replace the main ones, progress record included.
    index.articles.close();
    index.quotes.close();
    if (!options.quiet) log << "rostra-index: merging the segments\n";
    merge_segments(options.db_path);
    summary.database_documents = open_index_for_reading(options.db_path).articles.get_doccount();
  }
  // Quote clusters (common/spread): the quotes this run wrote, or a killed run left unplaced.
  index.quotes.close();
  try {
    Xapian::WritableDatabase quotes = open_for_writing(
        (std::filesystem::path(options.db_path) / schema::kQuotesDatabase).string());
    const auto clustering = std::chrono::steady_clock::now();
    summary.quotes_clustered = options.cluster_quotes ? update_quote_clusters(quotes).placed : 0;
    summary.cluster_seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - clustering).count();
    if (options.verbose) {
      log << "rostra-index: placed " << summary.quotes_clustered << " quotes in clusters in "
          << summary.cluster_seconds << " s\n";
    }
  } catch (const Xapian::Error& e) {
    throw DatabaseError(options.db_path + ": placing quotes in clusters: " + e.get_description());
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
      << " replaced, " << s.unchanged << " unchanged";
  if (s.repeated_in_run > 0) out << ", " << s.repeated_in_run << " repeated ids in this run";
  out << ")";
  if (s.resumed > 0 || s.files_resumed > 0) {
    out << ", resumed past " << s.resumed << " committed articles and " << s.files_resumed
        << " finished files";
  }
  out << " from " << s.files_read << " files";
  if (s.files_skipped > 0) out << " (" << s.files_skipped << " non-article files skipped)";
  if (s.deleted > 0 || s.not_found > 0) {
    out << "; deleted " << s.deleted
        << (s.not_found > 0 ? " (" + std::to_string(s.not_found) + " ids not found)" : "");
  }
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
  if (s.title_only > 0) out << "; " << s.title_only << " with a title and no text";
  if (s.quotes > 0) out << "; " << s.quotes << " quotes";
  if (s.exact_duplicates > 0 || s.near_duplicates > 0) {
    out << "; duplicates: " << s.exact_duplicates << " exact, " << s.near_duplicates << " near";
  }
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
