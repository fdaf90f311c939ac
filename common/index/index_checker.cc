#include "common/index/index_checker.h"

#include <unicode/utf8.h>
#include <xapian.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "common/analysis/script.h"
#include "common/analysis/term_stemmer.h"
#include "common/base/json_writer.h"
#include "common/document/stored_quote.h"
#include "common/index/readable_index.h"
#include "common/index/segment_directories.h"
#include "common/schema/index_terms.h"
#include "common/schema/schema.h"
#include "common/tokens/term_dictionary.h"
#include "common/tokens/token_record.h"
#include "common/tokens/token_store.h"

namespace rostra {
namespace {

namespace fs = std::filesystem;

struct KindInfo {
  const char* kind;
  CheckSeverity severity;
  const char* what;
};

// Every kind of finding, in the order a report lists them. Names are stable: scripts match them.
constexpr KindInfo kKinds[] = {
    {"missing_database", CheckSeverity::kDamage, "a database of the index is missing"},
    {"unreadable", CheckSeverity::kDamage, "a database could not be opened or read"},
    {"schema_version", CheckSeverity::kDamage, "a database carries no or another schema version"},
    {"duplicate_article_id", CheckSeverity::kDamage,
     "an article id is held by more than one article document"},
    {"article_without_id", CheckSeverity::kDamage, "article documents holding no id term"},
    {"duplicate_quote_id", CheckSeverity::kDamage,
     "a quote id is held by more than one quote document"},
    {"quote_without_id", CheckSeverity::kDamage, "quote documents holding no id term"},
    {"orphan_quote", CheckSeverity::kDamage, "quotes whose article is not in the index"},
    {"token_record_missing", CheckSeverity::kDamage,
     "a document's token record is missing or lies outside its part file"},
    {"token_record_malformed", CheckSeverity::kDamage, "a document's token record does not decode"},
    {"token_record_mismatch", CheckSeverity::kDamage,
     "a token record's word count disagrees with its document's length"},
    {"unknown_word_id", CheckSeverity::kDamage,
     "a token record uses a word id its database's dictionary lacks"},
    {"dictionary_malformed", CheckSeverity::kDamage, "a dictionary entry does not decode"},
    {"word_id_conflict", CheckSeverity::kDamage,
     "a word has two ids, or an id two words, in the index's dictionaries"},
    {"stem_form_missing", CheckSeverity::kDamage,
     "a word form documents use is missing from its stem's list (NEAR/ADJ miss it)"},
    {"interrupted_merge", CheckSeverity::kUnfinished,
     "an interrupted merge left merge.tmp/, merged/ or *.old behind"},
    {"interrupted_create", CheckSeverity::kUnfinished, "a half-created database (*.new)"},
    {"torn_commit_quote", CheckSeverity::kUnfinished,
     "quotes committed without their articles (a failed commit): hidden from readers, "
     "removed by the next writer"},
    {"interrupted_bulk_load", CheckSeverity::kUnfinished,
     "segments of an interrupted bulk load (segments/)"},
    {"uncommitted_segment", CheckSeverity::kUnfinished,
     "a segment directory that was never completed"},
    {"stem_form_unused", CheckSeverity::kNote,
     "a stem lists a form no document uses any more (left by replaced or deleted documents)"},
};

const KindInfo& kind_info(std::string_view kind) {
  for (const KindInfo& info : kKinds) {
    if (kind == info.kind) return info;
  }
  return kKinds[1];  // never reached: every caller names a kind of the table
}

// Adds occurrences to the report's findings, keeping a few examples of each kind.
class Findings {
 public:
  explicit Findings(IndexCheckReport& report) : report_(report) {}

  void add(std::string_view kind, std::string example, std::uint64_t n = 1) {
    CheckFinding* finding = nullptr;
    for (CheckFinding& f : report_.findings) {
      if (f.kind == kind) finding = &f;
    }
    if (finding == nullptr) {
      const KindInfo& info = kind_info(kind);
      report_.findings.push_back(CheckFinding{info.kind, info.what, info.severity, 0, {}});
      finding = &report_.findings.back();
    }
    finding->count += n;
    if (finding->examples.size() < kCheckExamples) finding->examples.push_back(std::move(example));
  }

 private:
  IndexCheckReport& report_;
};

// One glass database of the index, opened alone.
struct Database {
  std::string label;  // its path inside the index directory, e.g. "segments/0/quotes"
  std::string path;
  Xapian::Database db;
  bool quotes = false;
};

// The words of every dictionary of the index: a word has one id everywhere.
struct Words {
  std::unordered_map<std::string, WordId> ids;
  std::vector<std::string> by_id;  // "" where no dictionary records the id
};

// What one database's metadata records of the dictionary.
struct Dictionary {
  std::vector<bool> ids;  // the ids it records
  struct Forms {
    std::vector<std::pair<std::string, WordId>> list;
    std::vector<bool> used;
  };
  std::unordered_map<std::string, Forms> stems;
};

std::string plural(std::uint64_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

// Leftovers of interrupted work beside the databases.
void check_layout(const std::string& dir, Findings& findings) {
  for (std::string name :
       {std::string(schema::kMergeTempDirectory), std::string(schema::kMergedDirectory),
        std::string("articles.old"), std::string("quotes.old")}) {
    if (fs::exists(fs::path(dir) / name)) findings.add("interrupted_merge", name + "/");
  }
  for (std::string name : {"articles.new", "quotes.new"}) {
    if (fs::exists(fs::path(dir) / name)) findings.add("interrupted_create", name + "/");
  }
  const fs::path segments = segments_root(dir);
  if (!fs::is_directory(segments)) return;
  const std::size_t complete = list_segment_directories(dir).size();
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(segments, error)) {
    const std::string name = entry.path().filename().string();
    bool listed = false;
    for (std::size_t n = 0; n < complete && !listed; ++n) listed = name == std::to_string(n);
    findings.add(listed ? "interrupted_bulk_load" : "uncommitted_segment",
                 segments.filename().string() + "/" + name);
  }
}

// Opens `label` read-only, checking its schema version; false when it cannot be used.
bool open_database(const std::string& dir, const std::string& label, bool quotes,
                   std::vector<Database>& out, Findings& findings) {
  const std::string path = (fs::path(dir) / label).string();
  if (!fs::exists(fs::path(path) / "iamglass")) {
    findings.add("missing_database", label + "/");
    return false;
  }
  try {
    Xapian::Database db(path, Xapian::DB_BACKEND_GLASS);
    const std::string version = db.get_metadata(std::string(schema::kSchemaVersionKey));
    if (version != std::to_string(schema::kSchemaVersion)) {
      findings.add("schema_version", label + ": '" + version + "', this build reads " +
                                         std::to_string(schema::kSchemaVersion));
      return false;
    }
    out.push_back(Database{label, path, db, quotes});
    return true;
  } catch (const Xapian::Error& e) {
    findings.add("unreadable", label + ": " + e.get_description());
    return false;
  }
}

// Checks that each term of `prefix` (a unique id) is held by one document of `db`, and that
// every document holds one.
void check_unique_ids(const Xapian::Database& db, const std::string& prefix,
                      const std::string& duplicate_kind, const std::string& missing_kind,
                      Findings& findings) {
  std::uint64_t held = 0;
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
    const Xapian::doccount n = it.get_termfreq();
    held += n;
    if (n > 1) {
      findings.add(duplicate_kind, (*it).substr(prefix.size()) + " (" + plural(n, "document") + ")",
                   n - 1);
    }
  }
  if (db.get_doccount() > held) {
    const std::uint64_t missing = db.get_doccount() - held;
    findings.add(missing_kind, plural(missing, "document") + " without an id term", missing);
  }
}

// Checks that every quote's article is present: by the article term, else (for ids too long
// for a term, hashed differently under the two prefixes) by the id its stored data names.
// Quotes of a torn commit (readers hide them, the next writer removes them) are no damage.
void check_quote_articles(const Xapian::Database& articles, const Xapian::Database& quotes,
                          Findings& findings) {
  const std::string prefix(schema::kPrefixArticle);
  const std::vector<std::string> torn = torn_commit_quote_links(articles, quotes);
  std::uint64_t linked = 0;
  for (auto it = quotes.allterms_begin(prefix); it != quotes.allterms_end(prefix); ++it) {
    const Xapian::doccount n = it.get_termfreq();
    linked += n;
    std::string article = (*it).substr(prefix.size());
    if (articles.term_exists(id_term(article))) continue;
    if (std::find(torn.begin(), torn.end(), *it) != torn.end()) {
      findings.add("torn_commit_quote", article + " (" + plural(n, "quote") + ")", n);
      continue;
    }
    try {
      Xapian::docid first = *quotes.postlist_begin(*it);
      article = decode_stored_quote(quotes.get_document(first).get_data()).article_id;
      if (articles.term_exists(id_term(article))) continue;
    } catch (const std::runtime_error&) {
      // The stored data is unreadable: the quote is as good as orphaned.
    }
    findings.add("orphan_quote", article + " (" + plural(n, "quote") + ")", n);
  }
  if (quotes.get_doccount() > linked) {
    const std::uint64_t n = quotes.get_doccount() - linked;
    findings.add("orphan_quote", plural(n, "quote") + " naming no article", n);
  }
}

void record_word(Words& words, const std::string& word, WordId id, const std::string& label,
                 Findings& findings) {
  auto [it, added] = words.ids.emplace(word, id);
  if (!added && it->second != id) {
    findings.add("word_id_conflict", label + ": '" + word + "' has ids " +
                                         std::to_string(it->second) + " and " + std::to_string(id));
  }
  if (id >= words.by_id.size()) words.by_id.resize(id + 1);
  std::string& known = words.by_id[id];
  if (known.empty()) {
    known = word;
  } else if (known != word) {
    findings.add("word_id_conflict",
                 label + ": id " + std::to_string(id) + " is '" + known + "' and '" + word + "'");
  }
}

// Reads a database's word ids and stem form lists into `dict`, and its words into `words`.
void load_dictionary(const Database& d, Words& words, Dictionary& dict, Findings& findings,
                     IndexCheckReport& report) {
  const std::string ids(schema::kMetaWordId);
  for (auto it = d.db.metadata_keys_begin(ids); it != d.db.metadata_keys_end(ids); ++it) {
    const std::string word = (*it).substr(ids.size());
    const WordId id = parse_word_id_value(d.db.get_metadata(*it));
    if (id == 0) {
      findings.add("dictionary_malformed", d.label + ": word id of '" + word + "'");
      continue;
    }
    record_word(words, word, id, d.label, findings);
    if (id >= dict.ids.size()) dict.ids.resize(id + 1, false);
    dict.ids[id] = true;
  }
  const std::string stems(schema::kMetaStemForm);
  for (auto it = d.db.metadata_keys_begin(stems); it != d.db.metadata_keys_end(stems); ++it) {
    const std::string stem = (*it).substr(stems.size());
    const std::string value = d.db.get_metadata(*it);
    Dictionary::Forms& forms = dict.stems[stem];
    forms.list = parse_stem_forms(value);
    std::string again;
    for (const auto& [word, id] : forms.list) {
      append_stem_form(again, word, id);
      record_word(words, word, id, d.label, findings);
    }
    if (again != value) findings.add("dictionary_malformed", d.label + ": forms of '" + stem + "'");
    forms.used.assign(forms.list.size(), false);
    report.forms += forms.list.size();
  }
}

// The script the tokenizer gives a word: Cyrillic when it holds a Cyrillic letter, else
// Latin when it holds a Latin one.
Script script_of_word(const std::string& word) {
  Script script = Script::kOther;
  for (std::int32_t i = 0, n = static_cast<std::int32_t>(word.size()); i < n;) {
    UChar32 cp = 0;
    U8_NEXT(word.data(), i, n, cp);
    if (cp < 0) continue;
    Script s = script_of(static_cast<char32_t>(cp));
    if (s == Script::kCyrillic) return s;
    if (s == Script::kLatin) script = s;
  }
  return script;
}

// Checks the documents of one database against their token records and the dictionary.
class DocumentChecker {
 public:
  DocumentChecker(const Database& d, const Words& words, Dictionary& dict, Findings& findings,
                  IndexCheckReport& report)
      : d_(d),
        words_(words),
        dict_(dict),
        findings_(findings),
        report_(report),
        tokens_({d.path}) {}

  void check_all() {
    for (auto it = d_.db.postlist_begin(""); it != d_.db.postlist_end(""); ++it) check(*it);
    for (const auto& [stem, forms] : dict_.stems) {
      for (std::size_t i = 0; i < forms.list.size(); ++i) {
        if (!forms.used[i]) {
          findings_.add("stem_form_unused", d_.label + ": " + stem + " <- " + forms.list[i].first);
        }
      }
    }
  }

 private:
  std::string name(Xapian::docid did) const {
    std::string label = d_.label + " #" + std::to_string(did);
    Xapian::TermIterator t = d_.db.termlist_begin(did);
    t.skip_to(std::string(schema::kPrefixId));
    if (t != d_.db.termlist_end(did) && (*t).starts_with(schema::kPrefixId)) {
      label += " (id " + (*t).substr(schema::kPrefixId.size()) + ")";
    }
    return label;
  }

  void check(Xapian::docid did) {
    const Xapian::Document doc = d_.db.get_document(did);
    const std::string location = doc.get_value(schema::kSlotTokens);
    if (location.empty()) {
      findings_.add("token_record_missing", name(did) + ": no token record location");
      return;
    }
    std::string_view bytes;
    try {
      bytes = tokens_.record(location);
    } catch (const std::runtime_error& e) {
      findings_.add("token_record_missing", name(did) + ": " + e.what());
      return;
    }
    TokenRecordView view;
    if (!parse_token_record(bytes, view)) {
      findings_.add("token_record_malformed", name(did));
      return;
    }
    ++report_.records;
    stemmer_.set_language(doc.get_value(schema::kSlotLanguage));
    language_ =
        languages_.emplace(doc.get_value(schema::kSlotLanguage), languages_.size()).first->second;
    std::uint64_t title = 0;
    std::uint64_t text = 0;
    bool known = true;
    auto visit = [&](std::uint64_t& count) {
      return [&](std::uint32_t, WordId id) {
        ++count;
        known = check_word(id) && known;
      };
    };
    if (!for_each_word(view.title, visit(title)) || !for_each_word(view.text, visit(text))) {
      findings_.add("token_record_malformed", name(did) + ": a stream does not decode");
      return;
    }
    report_.words += text;
    if (!known) findings_.add("unknown_word_id", name(did));
    // Articles: each title word weighs kTitleWdf under its stem plus 1 as a title term, and
    // stands in the text stream too; quotes index the article's title with wdf 0.
    const std::uint64_t expected = d_.quotes ? text : text + title * schema::kTitleWdf;
    const Xapian::termcount length = d_.db.get_doclength(did);
    if (length != expected) {
      findings_.add("token_record_mismatch", name(did) + ": " + plural(text, "word") + ", " +
                                                 std::to_string(title) + " in the title, length " +
                                                 std::to_string(length));
    }
  }

  // Whether the database records `id`; checks its form once per language.
  bool check_word(WordId id) {
    if (id >= dict_.ids.size() || !dict_.ids[id]) return false;
    if (!checked_.insert(static_cast<std::uint64_t>(language_) << 32 | id).second) return true;
    const std::string& word = words_.by_id[id];
    const std::string& stem = stemmer_.stem(word, script_of_word(word));
    if (stem == word) return true;
    auto found = dict_.stems.find(stem);
    if (found != dict_.stems.end()) {
      Dictionary::Forms& forms = found->second;
      for (std::size_t i = 0; i < forms.list.size(); ++i) {
        if (forms.list[i].first != word) continue;
        forms.used[i] = true;
        return true;
      }
    }
    // Once per form, though documents of several languages may use it.
    if (missing_.insert(stem + '\0' + word).second) {
      findings_.add("stem_form_missing", d_.label + ": " + stem + " <- " + word);
    }
    return true;
  }

  const Database& d_;
  const Words& words_;
  Dictionary& dict_;
  Findings& findings_;
  IndexCheckReport& report_;
  TokenStoreReader tokens_;
  TermStemmer stemmer_;
  std::map<std::string, std::size_t> languages_;
  std::size_t language_ = 0;
  std::unordered_set<std::uint64_t> checked_;  // (language, word id) whose form was checked
  std::unordered_set<std::string> missing_;    // stem '\0' word, reported
};

// Opens the main databases and every segment's; false when the directory is no index.
bool open_databases(const std::string& dir, std::vector<Database>& out, Findings& findings,
                    IndexCheckReport& report) {
  std::error_code error;
  if (!fs::is_directory(dir, error)) {
    report.not_an_index = dir + ": no such directory";
    return false;
  }
  std::vector<std::string> segments = list_segment_directories(dir);
  // As readers do, a directory with no articles database is no index, unless a bulk load or
  // a merge that should have left one is under way (then its absence is damage).
  const fs::path path(dir);
  const bool any = fs::exists(path / schema::kArticlesDatabase) || !segments.empty() ||
                   fs::exists(path / schema::kMergedDirectory) ||
                   fs::exists(path / (std::string(schema::kArticlesDatabase) + ".old"));
  if (!any) {
    report.not_an_index = dir + ": not a Rostra index (no articles/ database)";
    return false;
  }
  // What readers search (open_index_for_reading): each kind's main database and, only while
  // it is empty (a bulk load into an empty index under way), the segments' databases of
  // that kind. Once a merged database is exchanged into place, segments still on disk (a
  // writer killed while removing them) are no part of the index.
  for (bool quotes : {false, true}) {
    const std::string name(quotes ? schema::kQuotesDatabase : schema::kArticlesDatabase);
    const bool opened = open_database(dir, name, quotes, out, findings);
    if (opened && out.back().db.get_doccount() != 0) continue;
    for (std::size_t n = 0; n < segments.size(); ++n) {
      open_database(
          dir, (fs::path(segments[n]).parent_path().filename() / std::to_string(n) / name).string(),
          quotes, out, findings);
    }
  }
  report.databases = out.size();
  return true;
}

void check_databases(std::vector<Database>& databases, Findings& findings,
                     IndexCheckReport& report) {
  Xapian::Database articles;
  Xapian::Database quotes;
  for (const Database& d : databases) (d.quotes ? quotes : articles).add_database(d.db);
  report.articles = articles.get_doccount();
  report.quotes = quotes.get_doccount();
  const std::string id(schema::kPrefixId);
  check_unique_ids(articles, id, "duplicate_article_id", "article_without_id", findings);
  check_unique_ids(quotes, id, "duplicate_quote_id", "quote_without_id", findings);
  check_quote_articles(articles, quotes, findings);
  Words words;
  std::vector<Dictionary> dictionaries(databases.size());
  for (std::size_t i = 0; i < databases.size(); ++i) {
    load_dictionary(databases[i], words, dictionaries[i], findings, report);
  }
  for (std::size_t i = 0; i < databases.size(); ++i) {
    try {
      DocumentChecker(databases[i], words, dictionaries[i], findings, report).check_all();
    } catch (const Xapian::Error& e) {
      findings.add("unreadable", databases[i].label + ": " + e.get_description());
    }
  }
}

// Names for --json and the report, in the order of the enums' enumerators.
const char* status_name(CheckStatus status) {
  constexpr const char* kNames[] = {"healthy", "unfinished", "damaged", "not_an_index"};
  return kNames[static_cast<int>(status)];
}

const char* severity_name(CheckSeverity severity) {
  constexpr const char* kNames[] = {"damage", "unfinished", "note"};
  return kNames[static_cast<int>(severity)];
}

}  // namespace

CheckStatus IndexCheckReport::status() const {
  if (!not_an_index.empty()) return CheckStatus::kNotAnIndex;
  bool unfinished = false;
  for (const CheckFinding& f : findings) {
    if (f.severity == CheckSeverity::kDamage) return CheckStatus::kDamaged;
    unfinished = unfinished || f.severity == CheckSeverity::kUnfinished;
  }
  return unfinished ? CheckStatus::kUnfinished : CheckStatus::kHealthy;
}

std::uint64_t IndexCheckReport::count(const std::string& kind) const {
  for (const CheckFinding& f : findings) {
    if (f.kind == kind) return f.count;
  }
  return 0;
}

IndexCheckReport check_index(const std::string& dir) {
  IndexCheckReport report;
  report.dir = dir;
  Findings findings(report);
  std::vector<Database> databases;
  try {
    if (!open_databases(dir, databases, findings, report)) return report;
    check_layout(dir, findings);
    check_databases(databases, findings, report);
  } catch (const Xapian::Error& e) {
    findings.add("unreadable", dir + ": " + e.get_description());
  } catch (const fs::filesystem_error& e) {
    findings.add("unreadable", dir + ": " + e.what());
  }
  // Damage first, then unfinished work, then notes; in table order within each.
  std::stable_sort(report.findings.begin(), report.findings.end(),
                   [](const CheckFinding& a, const CheckFinding& b) {
                     return &kind_info(a.kind) < &kind_info(b.kind);
                   });
  return report;
}

std::string format_check_report(const IndexCheckReport& report) {
  std::string out = "check of " + report.dir + "\n";
  if (report.status() == CheckStatus::kNotAnIndex) {
    return out + "status: not an index: " + report.not_an_index + "\n";
  }
  out += "checked: " + plural(report.articles, "article") + ", " + plural(report.quotes, "quote") +
         " in " + plural(report.databases, "database") + "; " +
         plural(report.records, "token record") + " (" + plural(report.words, "word") + "), " +
         plural(report.forms, "stem form") + "\n";
  for (const CheckFinding& f : report.findings) {
    out += std::string(severity_name(f.severity)) + ": " + f.kind + ": " + std::to_string(f.count) +
           " (" + f.what + ")\n";
    for (const std::string& example : f.examples) out += "    " + example + "\n";
  }
  switch (report.status()) {
    case CheckStatus::kHealthy:
      return out + "status: healthy\n";
    case CheckStatus::kUnfinished:
      return out +
             "status: unfinished (consistent; rerun the interrupted rostra-index command to "
             "finish its work)\n";
    default:
      return out + "status: damaged\n";
  }
}

std::string check_report_json(const IndexCheckReport& report) {
  std::string findings = "[";
  for (const CheckFinding& f : report.findings) {
    JsonObject object;
    object.add("kind", f.kind).add("severity", severity_name(f.severity)).add("count", f.count);
    object.add("what", f.what).add_raw("examples", json_string_array(f.examples));
    findings += (findings.size() > 1 ? "," : "") + object.str();
  }
  JsonObject out;
  out.add("type", "check").add("dir", report.dir).add("status", status_name(report.status()));
  if (!report.not_an_index.empty()) out.add("reason", report.not_an_index);
  out.add("articles", report.articles).add("quotes", report.quotes);
  out.add("databases", report.databases).add("records", report.records);
  out.add("words", report.words).add("forms", report.forms);
  return out.add_raw("findings", findings + "]").str() + "\n";
}

int check_exit_status(const IndexCheckReport& report) {
  switch (report.status()) {
    case CheckStatus::kHealthy:
      return 0;
    case CheckStatus::kUnfinished:
      return kExitCheckUnfinished;
    case CheckStatus::kNotAnIndex:
      return 4;
    default:
      return kExitCheckDamaged;
  }
}

}  // namespace rostra
