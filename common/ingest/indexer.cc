#include "common/ingest/indexer.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <iomanip>
#include <memory>
#include <optional>
#include <ostream>
#include <sstream>
#include <thread>
#include <type_traits>
#include <unordered_map>
#include <variant>

#include <sys/resource.h>

#include "common/base/errors.h"
#include "common/base/path_within.h"
#include "common/base/text_util.h"
#include "common/index/bulk/segment_merge.h"
#include "common/index/database_access.h"
#include "common/index/readable_index.h"
#include "common/index/segment_directories.h"
#include "common/index/write/article_preparer.h"
#include "common/index/write/article_writer.h"
#include "common/index/write/index_lock.h"
#include "common/index/write/input_progress.h"
#include "common/index/write/writable_index.h"
#include "common/ingest/article_deletion.h"
#include "common/ingest/bulk_load.h"
#include "common/ingest/ordered_pipeline.h"
#include "common/ingest/run_report.h"
#include "common/input/input_reader.h"
#include "common/input/metadata/article_metadata.h"
#include "common/input/metadata/outlet_table.h"
#include "common/quotes/speaker_aliases.h"
#include "common/schema/schema.h"
#include "common/spread/cluster_store.h"

namespace rostra {
namespace {

namespace fs = std::filesystem;

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
  std::variant<PreparedArticle, InputIssue, Skipped, FileStart, FileDone> value;
  std::vector<std::string> warnings;
  std::string article_file;  // set when the item was an article, whatever became of it
};

// Refuses a rejects file that would overwrite an input, the delete list or a file of the
// index: it is written over from its start.
void check_rejects_path(const IndexOptions& options) {
  if (options.rejects_path.empty()) return;
  std::vector<fs::path> kept = options.inputs;
  kept.push_back(options.db_path);
  if (!options.delete_list.empty()) kept.push_back(options.delete_list);
  for (const fs::path& path : kept) {
    if (path_is_within(options.rejects_path, path)) {
      throw UsageError("--rejects " + options.rejects_path.string() + " would overwrite " +
                       path.string() + "; give a file outside the inputs and the index");
    }
  }
}

// The input files in order, and what an interrupted run already committed of each.
struct InputPlan {
  struct File {
    fs::path path;
    std::uint64_t size = 0;
    std::uint64_t skip = 0;  // articles committed by an earlier run
    bool done = false;       // finished by an earlier run
  };
  std::vector<File> files;
  std::vector<InputIssue> issues;  // found listing them (a missing path, ...)
  std::uint64_t total_bytes = 0;
  InputStats stats;  // the listing's, then the reading's
};

InputPlan plan_inputs(const IndexOptions& options, InputProgress& progress) {
  InputPlan plan;
  ReaderSink listing;
  listing.article = [](Article&&) {};
  listing.issue = [&](InputIssue&& issue) { plan.issues.push_back(std::move(issue)); };
  for (fs::path& path : list_input_files(options.inputs, listing, plan.stats)) {
    InputPlan::File file;
    file.skip = progress.committed(path.string(), &file.done);
    std::error_code error;
    file.size = fs::file_size(path, error);
    if (error) file.size = 0;
    plan.total_bytes += file.size;
    file.path = std::move(path);
    plan.files.push_back(std::move(file));
  }
  return plan;
}

// The reader stage: parses the planned inputs in order, passing over the articles an
// earlier run committed, and keeps `input_bytes` (bytes of input read) up to date.
void read_inputs(InputPlan& plan, bool verbose, const PipelineSource<Item>& source,
                 std::atomic<std::uint64_t>& input_bytes) {
  for (InputIssue& issue : plan.issues) source.send(std::move(issue));
  std::uint64_t done_bytes = 0;
  for (const InputPlan::File& planned : plan.files) {
    if (source.stopping()) return;
    const std::string file = planned.path.string();
    if (planned.done) {
      source.send(FileDone{file, true});
      done_bytes += planned.size;
      input_bytes = done_bytes;
      continue;
    }
    if (verbose) source.send(FileStart{file});
    std::uint64_t to_skip = planned.skip;
    ReaderSink sink;
    sink.article = [&](Article&& article) {
      if (to_skip > 0) {
        --to_skip;
        source.send(Skipped{file});
      } else {
        source.send(ArticleItem{std::move(article)});
      }
    };
    sink.issue = [&](InputIssue&& issue) { source.send(std::move(issue)); };
    sink.position = [&](std::uint64_t offset) { input_bytes = done_bytes + offset; };
    InputStats file_stats;
    read_input_file(planned.path, sink, file_stats);
    plan.stats.files_read += file_stats.files_read;
    plan.stats.bytes_read += file_stats.bytes_read;
    done_bytes += planned.size;
    input_bytes = done_bytes;
    source.send(FileDone{file, false});
  }
}

// The worker stage, one per thread: resolves an article's metadata, rejects one too large
// or empty, and prepares the rest (quotes, analysis, documents). Other items pass through.
class ArticleStage {
 public:
  ArticleStage(const IndexOptions& options, const OutletTable& outlets,
               const SpeakerAliases& aliases, TermDictionary& dictionary)
      : options_(options),
        outlets_(outlets),
        defaults_(options.defaults, options.input_defaults),
        preparer_(aliases, dictionary, options.extract_quotes, options.cluster_quotes) {
    // Each worker reads the last commit on its own, to skip unchanged articles early.
    try {
      existing_.emplace(
          open_for_reading((fs::path(options.db_path) / schema::kArticlesDatabase).string()));
    } catch (const std::exception&) {
      existing_.reset();  // the writer's own check still catches unchanged articles
    }
  }

  Result operator()(Item&& item) {
    Result result;
    if (auto* a = std::get_if<ArticleItem>(&item)) {
      prepare(a->article, result);
    } else {
      std::visit(
          [&](auto&& other) {
            using T = std::decay_t<decltype(other)>;
            if constexpr (!std::is_same_v<T, ArticleItem>) result.value = std::move(other);
          },
          std::move(item));
    }
    return result;
  }

 private:
  void prepare(Article& article, Result& result) {
    result.article_file = article.origin_file;
    apply_input_defaults(defaults_.for_file(article.origin_file), article);
    result.warnings = resolve_metadata(article, outlets_);
    const std::size_t text = article.title.size() + article.lead.size() + article.body.size();
    if (text > kMaxArticleTextBytes) {
      result.value = InputIssue{InputIssue::Kind::kRejected, article.origin_file,
                                article.origin_line, "article text larger than 16 MiB"};
      return;
    }
    if (trim(article.title).empty() && trim(article.body).empty() && trim(article.lead).empty()) {
      result.value = InputIssue{InputIssue::Kind::kRejected, article.origin_file,
                                article.origin_line, "no title and no text"};
      return;
    }
    for (int attempt = 0;; ++attempt) {
      try {
        result.value = preparer_.prepare(article, existing_ ? &*existing_ : nullptr);
        return;
      } catch (const Xapian::DatabaseModifiedError&) {
        if (attempt >= 3) throw;
        existing_->reopen();
      }
    }
  }

  const IndexOptions& options_;
  const OutletTable& outlets_;
  InputDefaultsByInput defaults_;
  ArticlePreparer preparer_;
  std::optional<Xapian::Database> existing_;
};

// Keeps the spoken quotes of `prepared` in `known` as placing reads them from their
// documents (values and id), with the wordings its preparer made (moved out of it).
void keep_spoken_quotes(PreparedArticle& prepared, KnownQuotes& known) {
  auto doc = prepared.quote_documents.begin();
  for (AnalysedWording& w : prepared.quote_wordings) {
    while (doc != prepared.quote_documents.end() && doc->first != w.quote) ++doc;
    if (doc == prepared.quote_documents.end()) return;
    SpreadQuote q;
    q.id = std::move(w.quote);
    q.date = doc->second.value(schema::kSlotDate);
    q.language = doc->second.value(schema::kSlotLanguage);
    q.speaker = doc->second.value(schema::kSlotSpeakers);
    q.article_id = prepared.article.id;
    q.wording = std::move(w.wording);
    known.add(q);
  }
}

// The writer stage, on the run's own thread, in input order: stores each prepared article
// (directly, or through the bulk load), reports issues, advances the input progress, and
// commits every options.commit_every articles (a bulk load: every full round).
class RunWriter {
 public:
  RunWriter(const IndexOptions& options, WritableIndex& index, ArticleWriter& writer,
            InputProgress& progress, RunReport& report, std::function<void(bool)> show_progress)
      : options_(options),
        index_(index),
        writer_(writer),
        progress_(progress),
        report_(report),
        show_progress_(std::move(show_progress)) {}

  // From now on, articles go to `bulk` (owned by the caller, outliving this) instead of
  // being written directly.
  void use_bulk_load(BulkLoad* bulk) { bulk_ = bulk; }

  // Keeps the spoken quotes of the articles stored from now on, with their wordings, in
  // `known` (owned by the caller, outliving this), for placing them in clusters.
  void keep_quotes(KnownQuotes* known) { known_ = known; }

  void consume(Result& r) {
    if (auto* prepared = std::get_if<PreparedArticle>(&r.value)) {
      for (std::string& w : r.warnings) {
        report_.issue(InputIssue{InputIssue::Kind::kWarning, prepared->article.origin_file,
                                 prepared->article.origin_line, w});
      }
      store(*prepared);
    } else if (auto* issue = std::get_if<InputIssue>(&r.value)) {
      report_.issue(*issue);
      if (!r.article_file.empty()) progress_.advance(r.article_file);  // rejected late
    } else if (auto* start = std::get_if<FileStart>(&r.value)) {
      report_.note("reading " + start->file);
    } else if (auto* skipped = std::get_if<Skipped>(&r.value)) {
      ++report_.summary().resumed;
      progress_.advance(skipped->file);
    } else {
      const FileDone& done = std::get<FileDone>(r.value);
      if (done.resumed) {
        ++report_.summary().files_resumed;
      } else {
        progress_.finish(done.file);
      }
      ++uncommitted_;  // record the finished file with the next commit
    }
    if (bulk_ != nullptr ? bulk_->round_full() : uncommitted_ >= options_.commit_every) {
      commit();
    }
    show_progress_(false);
  }

  // Commits what is pending (a bulk load: writes its open round first) with the progress.
  void commit() {
    try {
      if (bulk_ != nullptr) bulk_->finish_round();
      progress_.store(index_.articles);
      index_.commit();
    } catch (const Xapian::Error& e) {
      throw DatabaseError(options_.db_path + ": commit failed: " + e.get_description());
    }
    uncommitted_ = 0;
  }

  // What this run did with the articles it stored (with a bulk load's, once its rounds are
  // finished).
  OutcomeCounts outcomes() const {
    OutcomeCounts counts = outcomes_;
    if (bulk_ != nullptr) counts += bulk_->outcomes();
    return counts;
  }

 private:
  // What this run read last of each article id: its record hash, and its quote documents
  // (an id read twice in one run counts its quotes once, as --stats does afterwards).
  struct ReadInRun {
    std::uint64_t record = 0;
    std::uint64_t quotes = 0;
  };

  void store(PreparedArticle& prepared) {
    IndexSummary& summary = report_.summary();
    const Article& article = prepared.article;
    report_.article(article);
    const std::string file = article.origin_file;
    const std::uint64_t id_hash = hash64(article.id);
    const std::uint64_t record = hash64(prepared.record_hash);
    auto [seen, first_in_run] = run_records_.try_emplace(id_hash, ReadInRun{record, 0});
    // Quote documents: a quote continued into later paragraphs is one (as --stats counts).
    summary.quotes -= seen->second.quotes;
    seen->second.quotes = static_cast<std::uint64_t>(
        std::ranges::count_if(article.quotes, [](const Quote& q) { return !q.continuation; }));
    summary.quotes += seen->second.quotes;
    if (known_ != nullptr) keep_spoken_quotes(prepared, *known_);
    ArticleWriter::Duplicate duplicate = ArticleWriter::Duplicate::kNone;
    const ArticleWriter::Outcome outcome =
        bulk_ != nullptr
            ? store_in_bulk(prepared, id_hash, record, first_in_run, seen->second, duplicate)
            : store_directly(prepared, record, seen->second, duplicate);
    // In a bulk load the segments count what they add and replace (see outcomes()).
    if (bulk_ == nullptr || outcome == ArticleWriter::Outcome::kUnchanged) {
      outcomes_.count(outcome);
    }
    if (outcome != ArticleWriter::Outcome::kAdded && !first_in_run) ++summary.repeated_in_run;
    if (duplicate == ArticleWriter::Duplicate::kExact) ++summary.exact_duplicates;
    if (duplicate == ArticleWriter::Duplicate::kNear) ++summary.near_duplicates;
    ++summary.indexed;
    progress_.advance(file);
    if (outcome != ArticleWriter::Outcome::kUnchanged) ++uncommitted_;
  }

  // The segments count added and replaced articles; the same record twice in one run is
  // recognized here.
  ArticleWriter::Outcome store_in_bulk(PreparedArticle& prepared, std::uint64_t id_hash,
                                       std::uint64_t record, bool first_in_run, ReadInRun& seen,
                                       ArticleWriter::Duplicate& duplicate) {
    if (!first_in_run && seen.record == record) return ArticleWriter::Outcome::kUnchanged;
    seen.record = record;
    bulk_->store(std::move(prepared), id_hash, duplicate);
    return first_in_run ? ArticleWriter::Outcome::kAdded : ArticleWriter::Outcome::kReplaced;
  }

  ArticleWriter::Outcome store_directly(PreparedArticle& prepared, std::uint64_t record,
                                        ReadInRun& seen, ArticleWriter::Duplicate& duplicate) {
    seen.record = record;
    try {
      return writer_.store(prepared, &duplicate);
    } catch (const Xapian::Error& e) {
      throw DatabaseError(options_.db_path + ": writing " + prepared.article.id + ": " +
                          e.get_description());
    }
  }

  const IndexOptions& options_;
  WritableIndex& index_;
  ArticleWriter& writer_;
  BulkLoad* bulk_ = nullptr;
  KnownQuotes* known_ = nullptr;
  InputProgress& progress_;
  RunReport& report_;
  std::function<void(bool)> show_progress_;
  OutcomeCounts outcomes_;  // of articles stored here (a bulk load: those found unchanged)
  std::uint64_t uncommitted_ = 0;
  std::unordered_map<std::uint64_t, ReadInRun> run_records_;  // by id hash
};

// Times the stages of a run into IndexSummary::stages: each ends where the next begins.
class StageClock {
 public:
  explicit StageClock(IndexSummary& summary) : summary_(summary) {}

  // Ends the stage begun by the previous call (or the clock's making), naming it `name`.
  void end(std::string name) {
    const auto now = std::chrono::steady_clock::now();
    const double cpu = cpu_seconds();
    summary_.stages.push_back(
        {std::move(name), std::chrono::duration<double>(now - wall_).count(), cpu - cpu_});
    wall_ = now;
    cpu_ = cpu;
  }

 private:
  // User and system CPU time of the process so far, all threads.
  static double cpu_seconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval& t) {
      return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
  }

  IndexSummary& summary_;
  std::chrono::steady_clock::time_point wall_ = std::chrono::steady_clock::now();
  double cpu_ = cpu_seconds();
};

// Places the quotes this run wrote (kept in `known`), or a killed run left unplaced, in
// quote clusters (common/spread), counting them and the time taken in `summary`.
void place_quotes_in_clusters(const IndexOptions& options, KnownQuotes& known,
                              IndexSummary& summary, RunReport& report) {
  try {
    Xapian::WritableDatabase quotes =
        open_for_writing((fs::path(options.db_path) / schema::kQuotesDatabase).string());
    const auto clustering = std::chrono::steady_clock::now();
    const std::size_t kept = known.size();
    const std::size_t kept_bytes = known.bytes();
    const SpreadUpdate update = update_quote_clusters(quotes, {}, UINT64_MAX, &known);
    summary.quotes_clustered = update.placed;
    summary.quotes_clustered_analysed = update.analysed;
    summary.cluster_seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - clustering).count();
    if (options.verbose) {
      std::ostringstream line;
      line << "placed " << summary.quotes_clustered << " quotes in clusters in "
           << summary.cluster_seconds << " s (" << kept << " kept in " << (kept_bytes >> 20)
           << " MB, " << update.analysed << " analysed again)";
      report.note(line.str());
    }
  } catch (const Xapian::Error& e) {
    throw DatabaseError(options.db_path + ": placing quotes in clusters: " + e.get_description());
  }
}

// Reads the inputs of `plan` on one thread, analyses their articles on options.threads
// worker threads (all cores when 0) and hands each result to `stage` on this thread, in
// input order.
void index_inputs(const IndexOptions& options, InputPlan& plan, const OutletTable& outlets,
                  const SpeakerAliases& aliases, WritableIndex& index, RunWriter& stage,
                  std::atomic<std::uint64_t>& input_bytes) {
  const unsigned threads =
      options.threads > 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  run_ordered_pipeline<Item, Result>(
      threads, 256,
      [&](const PipelineSource<Item>& source) {
        read_inputs(plan, options.verbose, source, input_bytes);
      },
      [&]() -> std::function<Result(Item &&)> {
        auto article_stage =
            std::make_shared<ArticleStage>(options, outlets, aliases, index.dictionary());
        return [article_stage](Item&& item) { return (*article_stage)(std::move(item)); };
      },
      [&](Result& result) { stage.consume(result); });
}

// Places the run's quotes in clusters and, after a bulk load, compacts the quotes database
// again: placing updated every quote in place, and compacting keeps the database as dense as
// the load wrote it (about a third smaller). The compaction only saves space, so its failure
// (a full disk: it needs room for a second copy) leaves the complete, placed database as it
// was and is counted and reported as a warning.
void place_and_compact_quotes(const IndexOptions& options, KnownQuotes& known, bool bulk_load,
                              RunReport& report, StageClock& clock) {
  IndexSummary& summary = report.summary();
  place_quotes_in_clusters(options, known, summary, report);
  clock.end("placing");
  if (!bulk_load || summary.quotes_clustered == 0) return;
  try {
    compact_main_database(options.db_path, schema::kQuotesDatabase);
  } catch (const DatabaseError& e) {
    ++summary.warnings;
    report.note(std::string("warning: the quotes database stays as placing left it: ") + e.what());
  }
  clock.end("compacting");
}

}  // namespace

IndexSummary run_index(const IndexOptions& options, std::ostream& log) {
  const auto started = std::chrono::steady_clock::now();
  OutletTable outlets = load_outlet_table(options.outlets_path);
  SpeakerAliases aliases = load_speaker_aliases(options.speakers_path);
  aliases.set_offices(load_office_table(options.offices_path));
  IndexSummary summary;
  // The progress display: erased before each line of the log and at the end.
  IndexProgress shown;
  std::atomic<std::uint64_t> input_bytes{0};
  auto show_progress = [&](bool clear) {
    if (!options.on_progress) return;
    shown.articles = summary.indexed;
    shown.text_bytes = summary.text_bytes;
    shown.input_bytes = input_bytes;
    shown.rejects = summary.rejected;
    options.on_progress(shown, clear);
  };
  RunReport report(options, summary, log, [&] { show_progress(true); });
  if (outlets.size() == 0) {
    report.note("warning: no outlet table (none named or found); outlets are named by host");
  }
  check_index_directory(options.db_path);
  check_rejects_path(options);
  IndexLock lock(options.db_path);
  move_legacy_segments(options.db_path);
  finish_interrupted_merge(options.db_path);
  WritableIndex index = open_index_for_writing(options.db_path);
  ArticleWriter writer(index, outlets, aliases, options.extract_quotes);
  InputProgress progress = InputProgress::load(index.articles);

  RunWriter stage(options, index, writer, progress, report, show_progress);
  const std::vector<std::string> delete_ids = ids_to_delete(options);
  if (!delete_ids.empty()) {
    delete_articles(index, delete_ids, options, report, [&] { stage.commit(); });
  }
  std::unique_ptr<BulkLoad> bulk =
      BulkLoad::resume_or_start(index, options.db_path, options.segment_writers, delete_ids.empty(),
                                options.segment_articles);
  stage.use_bulk_load(bulk.get());
  KnownQuotes known;  // the spoken quotes this run writes, for placing them
  if (options.cluster_quotes) stage.keep_quotes(&known);

  InputPlan plan = plan_inputs(options, progress);
  shown.total_input_bytes = plan.total_bytes;
  StageClock clock(summary);
  index_inputs(options, plan, outlets, aliases, index, stage, input_bytes);
  clock.end("indexing");
  if (!bulk) progress.clear(index.articles);  // completed: nothing to resume
  stage.commit();
  clock.end("committing");
  show_progress(true);
  const OutcomeCounts outcomes = stage.outcomes();
  summary.added = outcomes.added;
  summary.replaced = outcomes.replaced;
  summary.unchanged = outcomes.unchanged;
  summary.database_documents = index.articles.get_doccount();
  if (bulk) {
    report.note("merging the segments");
    bulk->merge(index);
    summary.database_documents = open_index_for_reading(options.db_path).articles.get_doccount();
    clock.end("merging");
  }
  index.quotes.close();
  if (options.cluster_quotes)
    place_and_compact_quotes(options, known, bulk != nullptr, report, clock);
  summary.files_read = plan.stats.files_read;
  summary.files_skipped = plan.stats.files_skipped;
  summary.bytes_read = plan.stats.bytes_read;
  summary.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (options.verbose) report.note("stages: " + format_stages(summary));
  return summary;
}

std::string format_stages(const IndexSummary& summary) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(2);
  for (const StageTime& stage : summary.stages) {
    if (&stage != &summary.stages.front()) out << ", ";
    out << stage.name << " " << stage.seconds << " s (CPU " << stage.cpu_seconds << " s)";
  }
  return out.str();
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
