#include "common/spread/quote_clusterer.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "common/base/text_util.h"

namespace rostra {
namespace {

// Clusters are numbered within a block: comparing and counting them by number, not by
// their 16-digit ids, is most of what keeps placing a long speech run cheap.
constexpr std::uint32_t kNoCluster = UINT32_MAX;

// One distinct wording of the block and the quotes that print it.
struct Phrase {
  const QuoteWording* wording = nullptr;  // of a quote or placed phrase the caller holds
  std::string language;
  std::string founder;                 // id of the first added quote with this wording
  std::uint32_t cluster = kNoCluster;  // kNoCluster until placed
  std::size_t count = 0;
  std::size_t added = 0;  // of count, quotes being placed
  std::vector<int> days;
  bool undated = false;
  std::vector<std::uint64_t> articles;
};

struct Block {
  std::vector<Phrase> phrases;
  std::unordered_map<std::string_view, std::size_t> by_key;  // views of the phrases' keys
  std::vector<std::string> ids;                              // cluster number -> id
  std::unordered_map<std::string, std::uint32_t> numbers;    // id -> cluster number
  std::vector<std::size_t> weight;                           // cluster -> quotes in it
  std::vector<std::size_t> root;                             // cluster -> words of its longest form

  // The number of cluster `id`, numbering it when new.
  std::uint32_t cluster(const std::string& id) {
    auto [it, fresh] = numbers.try_emplace(id, static_cast<std::uint32_t>(ids.size()));
    if (fresh) {
      ids.push_back(id);
      weight.push_back(0);
      root.push_back(0);
    }
    return it->second;
  }
};

std::size_t phrase_of(Block& block, const QuoteWording& wording, const std::string& language) {
  auto [it, fresh] = block.by_key.try_emplace(wording.key, block.phrases.size());
  if (fresh) {
    Phrase p;
    p.wording = &wording;
    p.language = language;
    block.phrases.push_back(std::move(p));
  }
  return it->second;
}

void note_cluster(Block& block, std::uint32_t cluster, std::size_t count, std::size_t length) {
  block.weight[cluster] += count;
  block.root[cluster] = std::max(block.root[cluster], length);
}

// The closest distance between two sorted lists of days.
int closest_days(const std::vector<int>& a, const std::vector<int>& b) {
  int best = INT32_MAX;
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
    best = std::min(best, std::abs(*i - *j));
    if (*i < *j) {
      ++i;
    } else {
      ++j;
    }
  }
  return best;
}

// The phrases that hold each shingle, for the phrases long enough to place, in flat arrays
// (a hash map of lists cost as much as the comparing): the shingles are numbered in sorted
// order ("slots"), and each phrase's shingles are listed as slots in its own shingle order.
// A slot's postings are the phrases' turns (their order of placing: those placed before the
// block first), so that placing a phrase reads only the postings of phrases placed before it.
struct ShingleIndex {
  std::vector<std::uint32_t> postings;  // turns, ascending within each slot
  std::vector<std::uint32_t> starts;    // slot -> its first posting; then postings.size()
  std::vector<std::uint32_t> slots;     // each phrase's shingles as slots
  std::vector<std::uint32_t> first;     // phrase -> its first entry in slots; then slots.size()
  std::vector<std::uint32_t> turn;      // phrase -> its turn
  std::vector<std::uint32_t> phrase;    // turn -> its phrase
};

// Indexes the shingles of the phrases of `block` that have `min_words` or more, each phrase
// taking its turn from `turns` (the phrases in the order they are placed). Shingles are
// 32-bit (QuoteWording::shingles), so one 64-bit number holds a shingle and a turn.
ShingleIndex index_shingles(const Block& block, std::size_t min_words,
                            const std::vector<std::size_t>& turns) {
  ShingleIndex index;
  index.turn.assign(block.phrases.size(), kNoCluster);
  for (std::size_t t = 0; t < turns.size(); ++t) {
    index.turn[turns[t]] = static_cast<std::uint32_t>(t);
    index.phrase.push_back(static_cast<std::uint32_t>(turns[t]));
  }
  std::vector<std::uint64_t> pairs;
  index.first.reserve(block.phrases.size() + 1);
  for (std::size_t i = 0; i < block.phrases.size(); ++i) {
    index.first.push_back(static_cast<std::uint32_t>(pairs.size()));
    const QuoteWording& w = *block.phrases[i].wording;
    if (w.length < min_words) continue;
    for (std::uint64_t s : w.shingles) pairs.push_back((s & 0xFFFFFFFFu) << 32 | index.turn[i]);
  }
  index.first.push_back(static_cast<std::uint32_t>(pairs.size()));
  std::sort(pairs.begin(), pairs.end());
  index.postings.reserve(pairs.size());
  index.slots.resize(pairs.size());
  std::vector<std::uint32_t> cursor(index.first.begin(), index.first.end() - 1);
  for (std::size_t k = 0; k < pairs.size(); ++k) {
    if (k == 0 || pairs[k] >> 32 != pairs[k - 1] >> 32) {
      index.starts.push_back(static_cast<std::uint32_t>(k));
    }
    const auto turn = static_cast<std::uint32_t>(pairs[k]);
    index.postings.push_back(turn);
    index.slots[cursor[index.phrase[turn]]++] = static_cast<std::uint32_t>(index.starts.size() - 1);
  }
  index.starts.push_back(static_cast<std::uint32_t>(pairs.size()));
  return index;
}

// Shingles shared with the phrase being placed, per other phrase; reset after each phrase.
struct SharedCounts {
  std::vector<std::uint32_t> count;    // by phrase
  std::vector<std::uint32_t> touched;  // phrases with a count
  std::vector<std::uint32_t> usable;   // the usable shingles (slots) of the phrase being placed
  std::vector<std::uint32_t> found;    // phrases of the block found through its rarest ones
  std::vector<std::uint32_t>
      stamp;  // slot -> 1 + the turn of the last phrase placed with it usable
};

// The fewest usable shingles a phrase of `shingles` shingles must share with a phrase at
// least as long to take its cluster (the tests of place() for a longer other), at least 1.
std::size_t fewest_shared_with_longer(std::size_t shingles, const ClusterOptions& options) {
  const std::size_t words = std::min(options.min_shared_words, options.min_shared_words_long);
  std::size_t n = words > kShingleWords - 1 ? words - (kShingleWords - 1) : 0;
  while (static_cast<double>(n) < options.min_containment * static_cast<double>(shingles)) ++n;
  return std::max<std::size_t>(n, 1);
}

// Counts the usable shingles phrase `index` shares with each phrase placed before it:
// - with the phrases placed before the block (the first `existing_turns` turns), longer or
//   shorter, by walking each usable shingle's postings;
// - with the block's phrases placed before it, which are at least as long (the block is
//   placed longest first), only those that can pass place()'s tests: a phrase sharing `t` of
//   its `u` usable shingles holds one of any u - t + 1 of them, so only the postings of the
//   u - t + 1 rarest are walked (prefix filtering), and each phrase found there is counted
//   by its own shingles. The counts of the phrases that can pass are those of a walk of
//   every posting; a walk of every posting touches the few phrases that share a common
//   shingle a thousandfold at a million articles.
void count_shared(const ShingleIndex& shingles, std::size_t index, std::size_t existing_turns,
                  const ClusterOptions& options, SharedCounts& shared) {
  const std::uint32_t turn = shingles.turn[index];
  const auto postings = [&](std::uint32_t slot) {
    return shingles.starts[slot + 1] - shingles.starts[slot];
  };
  shared.usable.clear();
  for (std::uint32_t k = shingles.first[index]; k < shingles.first[index + 1]; ++k) {
    if (postings(shingles.slots[k]) <= options.max_shingle_postings) {
      shared.usable.push_back(shingles.slots[k]);
    }
  }
  const auto existing_end = static_cast<std::uint32_t>(std::min<std::size_t>(turn, existing_turns));
  for (std::uint32_t slot : shared.usable) {
    for (std::uint32_t at = shingles.starts[slot];
         at < shingles.starts[slot + 1] && shingles.postings[at] < existing_end; ++at) {
      const std::uint32_t q = shingles.phrase[shingles.postings[at]];
      if (shared.count[q]++ == 0) shared.touched.push_back(q);
    }
  }
  if (turn <= existing_turns) return;
  const std::size_t fewest =
      fewest_shared_with_longer(shingles.first[index + 1] - shingles.first[index], options);
  if (shared.usable.size() < fewest) return;
  std::sort(shared.usable.begin(), shared.usable.end(), [&](std::uint32_t a, std::uint32_t b) {
    return postings(a) != postings(b) ? postings(a) < postings(b) : a < b;
  });
  shared.found.clear();
  const std::size_t rarest = shared.usable.size() - fewest + 1;
  for (std::size_t i = 0; i < rarest; ++i) {
    const std::uint32_t slot = shared.usable[i];
    const std::uint32_t* begin = shingles.postings.data() + shingles.starts[slot];
    const std::uint32_t* end = shingles.postings.data() + shingles.starts[slot + 1];
    for (const std::uint32_t* at = std::lower_bound(begin, end, existing_turns);
         at != end && *at < turn; ++at) {
      const std::uint32_t q = shingles.phrase[*at];
      if (shared.count[q] == 0) {
        shared.count[q] = 1;
        shared.found.push_back(q);
      }
    }
  }
  for (std::uint32_t slot : shared.usable) shared.stamp[slot] = turn + 1;
  for (std::uint32_t q : shared.found) {
    std::uint32_t n = 0;
    for (std::uint32_t k = shingles.first[q]; k < shingles.first[q + 1]; ++k) {
      n += shared.stamp[shingles.slots[k]] == turn + 1 ? 1 : 0;
    }
    shared.count[q] = n;
    shared.touched.push_back(q);
  }
}

// Places one phrase: the best parent's cluster, else the best child's, else its own.
void place(Block& block, std::size_t index, const ShingleIndex& shingles,
           std::size_t existing_turns, SharedCounts& shared, const ClusterOptions& options) {
  Phrase& p = block.phrases[index];
  count_shared(shingles, index, existing_turns, options, shared);
  using Rank = std::pair<std::size_t, std::size_t>;  // (cluster weight, words)
  struct Best {
    std::uint32_t cluster = kNoCluster;
    Rank rank{0, 0};
    std::uint32_t phrase = 0;
  };
  Best parent, child;
  for (std::uint32_t q : shared.touched) {
    const std::size_t n = std::exchange(shared.count[q], 0);
    const Phrase& other = block.phrases[q];
    if (other.cluster == kNoCluster) continue;
    const bool longer = other.wording->length >= p.wording->length;
    const std::size_t needed = std::max(longer ? other.wording->length : p.wording->length,
                                        p.wording->length) >= options.long_form_words
                                   ? options.min_shared_words_long
                                   : options.min_shared_words;
    if (n + kShingleWords - 1 < needed) continue;
    const std::size_t base = longer ? p.wording->shingles.size() : other.wording->shingles.size();
    if (static_cast<double>(n) < options.min_containment * static_cast<double>(base)) continue;
    // Short wordings said far apart in time are the same words on other occasions.
    if (std::min(p.wording->length, other.wording->length) < options.short_copy_words &&
        !p.days.empty() && !other.days.empty() &&
        closest_days(p.days, other.days) > options.short_copy_days) {
      continue;
    }
    // A shorter phrase lends its cluster only when it is that cluster's longest form: a
    // trimmed form of another quote would chain this one to it.
    if (!longer && other.wording->length < block.root[other.cluster]) continue;
    Rank rank{block.weight[other.cluster], other.wording->length};
    // Of equally ranked candidates the first phrase's cluster wins.
    Best& best = longer ? parent : child;
    if (best.cluster == kNoCluster || rank > best.rank || (rank == best.rank && q < best.phrase)) {
      best = {other.cluster, rank, q};
    }
  }
  shared.touched.clear();
  p.cluster = parent.cluster != kNoCluster  ? parent.cluster
              : child.cluster != kNoCluster ? child.cluster
                                            : block.cluster(new_cluster_id(p.founder));
  note_cluster(block, p.cluster, p.count, p.wording->length);
}

// The names of `a` that `b` also gives, compared on their first kNameStem characters' bytes
// so that forms of one name ("Varnia", "Varnian", "Estmark's") agree.
std::vector<std::string> shared_names(const std::vector<std::string>& a,
                                      const std::vector<std::string>& b) {
  constexpr std::size_t kNameStem = 5;
  std::vector<std::string> out;
  for (const std::string& name : a) {
    const std::string_view stem = std::string_view(name).substr(0, kNameStem);
    if (std::ranges::any_of(b, [&](const std::string& other) { return other.starts_with(stem); })) {
      out.push_back(name);
    }
  }
  return out;
}

// Clusters a stem may be in and still propose translation candidates.
constexpr std::size_t kMaxStemClusters = 40;

// Content stems a sentence must hold, and share, to be compared alone.
constexpr std::size_t kSentenceStems = 4;

// Content stems numbered in their sorted order, so that lists of numbers sort, intersect and
// sum (in the same order, to the same doubles) as the lists of stems did.
using Stems = std::vector<std::uint32_t>;

// A list of stems with the sum of their weights.
struct WeightedStems {
  Stems stems;
  double total = 0;
};

// What a cluster of the block offers to translation links.
struct ClusterFacts {
  std::uint32_t cluster = kNoCluster;
  const Phrase* longest = nullptr;
  std::vector<int> days;
  bool undated = false;
  std::vector<std::uint64_t> articles;   // sorted, unique once gathered
  bool touched = false;                  // holds an added quote
  WeightedStems content;                 // of its longest form
  std::vector<WeightedStems> sentences;  // of its longest form; its content when it has one
};

// The stems the longest forms of the clusters hold, and their weights. Views of the
// block's wordings: valid while the block is.
struct StemTable {
  std::vector<std::string_view> stems;                         // sorted
  std::unordered_map<std::string_view, std::uint32_t> number;  // stem -> its number
  std::vector<double> weight;                        // log(1 + clusters / clusters with it)
  std::vector<std::vector<std::uint32_t>> clusters;  // stem -> facts holding it

  Stems numbers_of(const std::vector<std::string>& words) const {
    Stems out;
    out.reserve(words.size());
    for (const std::string& w : words) {
      // A sentence's stems are among its quote's: only a corrupt stored block lacks one.
      if (auto it = number.find(w); it != number.end()) out.push_back(it->second);
    }
    return out;
  }
  WeightedStems weighed(Stems numbers) const {
    WeightedStems out{std::move(numbers), 0.0};
    for (std::uint32_t s : out.stems) out.total += weight[s];
    return out;
  }
};

// The numbers of `stems` (sorted) given `content` (sorted, holding them: a sentence's stems
// are among its quote's) and their `numbers`, found by walking both lists; a stem that
// `content` lacks (only in a corrupt stored block) is left out, as StemTable::numbers_of does.
Stems numbers_within(const std::vector<std::string>& stems, const std::vector<std::string>& content,
                     const Stems& numbers) {
  Stems out;
  out.reserve(stems.size());
  std::size_t at = 0;
  for (const std::string& s : stems) {
    while (at < content.size() && content[at] < s) ++at;
    if (at < content.size() && content[at] == s) out.push_back(numbers[at]);
  }
  return out;
}

// The facts of each cluster of the block with a phrase of `min_words` or more, in the order
// the clusters first appear among the phrases.
std::vector<ClusterFacts> gather_facts(const Block& block, std::size_t min_words) {
  std::vector<ClusterFacts> facts;
  std::vector<std::uint32_t> fact_of(block.ids.size(), kNoCluster);
  for (const Phrase& p : block.phrases) {
    if (p.cluster == kNoCluster || p.wording->length < min_words) continue;
    if (fact_of[p.cluster] == kNoCluster) {
      fact_of[p.cluster] = static_cast<std::uint32_t>(facts.size());
      facts.emplace_back().cluster = p.cluster;
    }
    ClusterFacts& f = facts[fact_of[p.cluster]];
    if (f.longest == nullptr || p.wording->length > f.longest->wording->length) f.longest = &p;
    f.days.insert(f.days.end(), p.days.begin(), p.days.end());
    f.undated |= p.undated;
    f.articles.insert(f.articles.end(), p.articles.begin(), p.articles.end());
    f.touched |= p.added > 0;
  }
  for (ClusterFacts& f : facts) {
    std::sort(f.days.begin(), f.days.end());
    std::sort(f.articles.begin(), f.articles.end());
    f.articles.erase(std::unique(f.articles.begin(), f.articles.end()), f.articles.end());
  }
  return facts;
}

// Numbers and weighs the stems of the facts' longest forms: the distinct stems are sorted,
// not every stem of every form (a speaker's run holds a million).
StemTable weigh_stems(std::vector<ClusterFacts>& facts) {
  StemTable table;
  for (const ClusterFacts& f : facts) {
    for (const std::string& s : f.longest->wording->content) table.number.try_emplace(s, 0);
  }
  table.stems.reserve(table.number.size());
  for (const auto& entry : table.number) table.stems.push_back(entry.first);
  std::sort(table.stems.begin(), table.stems.end());
  for (std::uint32_t i = 0; i < table.stems.size(); ++i) table.number[table.stems[i]] = i;
  table.clusters.resize(table.stems.size());
  std::vector<Stems> content(facts.size());
  for (std::uint32_t i = 0; i < facts.size(); ++i) {
    content[i] = table.numbers_of(facts[i].longest->wording->content);
    for (std::uint32_t s : content[i]) table.clusters[s].push_back(i);
  }
  const double n = static_cast<double>(facts.size());
  for (const auto& holding : table.clusters) {
    table.weight.push_back(std::log(1.0 + n / static_cast<double>(holding.size())));
  }
  for (std::uint32_t i = 0; i < facts.size(); ++i) {
    ClusterFacts& f = facts[i];
    const QuoteWording& w = *f.longest->wording;
    for (const auto& sentence : w.sentences) {
      f.sentences.push_back(table.weighed(numbers_within(sentence, w.content, content[i])));
    }
    f.content = table.weighed(std::move(content[i]));
    if (w.sentences.empty()) f.sentences.push_back(f.content);
  }
  return table;
}

// The weighted overlap of two lists of stems (shared weight over the smaller side's) and
// the stems they share.
std::pair<double, Stems> overlap(const WeightedStems& x, const WeightedStems& y,
                                 const StemTable& table) {
  Stems shared;
  std::set_intersection(x.stems.begin(), x.stems.end(), y.stems.begin(), y.stems.end(),
                        std::back_inserter(shared));
  double total = 0;
  for (std::uint32_t s : shared) total += table.weight[s];
  const double smaller = std::min(x.total, y.total);
  return {smaller > 0 ? total / smaller : 0.0, std::move(shared)};
}

std::vector<std::string> intersect(const std::vector<std::string>& a,
                                   const std::vector<std::string>& b) {
  std::vector<std::string> out;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

// Each of `sentences`' stems that `shared` (sorted) holds.
std::vector<Stems> within(const std::vector<WeightedStems>& sentences, const Stems& shared) {
  std::vector<Stems> out(sentences.size());
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const Stems& stems = sentences[i].stems;
    if (stems.size() < kSentenceStems) continue;
    std::set_intersection(stems.begin(), stems.end(), shared.begin(), shared.end(),
                          std::back_inserter(out[i]));
  }
  return out;
}

// The weighted overlap of two clusters' longest forms: of the whole quotes, else of their
// best pair of sentences (one may join two sentences the other prints apart).
std::pair<double, Stems> best_overlap(const ClusterFacts& a, const ClusterFacts& b,
                                      const StemTable& table) {
  auto best = overlap(a.content, b.content, table);
  if (best.second.size() < kSentenceStems) return best;  // no two sentences share enough
  // Two sentences share only stems the whole forms share: each sentence cut down to those
  // first, the pairs that cannot share kSentenceStems are never compared.
  const std::vector<Stems> x = within(a.sentences, best.second);
  const std::vector<Stems> y = within(b.sentences, best.second);
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (x[i].size() < kSentenceStems) continue;
    for (std::size_t j = 0; j < y.size(); ++j) {
      if (y[j].size() < kSentenceStems) continue;
      Stems shared;
      std::set_intersection(x[i].begin(), x[i].end(), y[j].begin(), y[j].end(),
                            std::back_inserter(shared));
      if (shared.size() < kSentenceStems) continue;
      double total = 0;
      for (std::uint32_t s : shared) total += table.weight[s];
      const double smaller = std::min(a.sentences[i].total, b.sentences[j].total);
      const double score = smaller > 0 ? total / smaller : 0.0;
      if (score > best.first) best = {score, std::move(shared)};
    }
  }
  return best;
}

// The link between two clusters' facts, or nullopt when they are not possible translations.
std::optional<TranslationLink> translation(const ClusterFacts& a, const ClusterFacts& b,
                                           const StemTable& table, const ClusterOptions& options) {
  const QuoteWording& x = *a.longest->wording;
  const QuoteWording& y = *b.longest->wording;
  TranslationLink link;
  if (!a.days.empty() && !b.days.empty()) {
    link.days_apart = closest_days(a.days, b.days);
    if (*link.days_apart > options.max_translation_days) return std::nullopt;
  }
  link.shared_numbers = intersect(x.numbers, y.numbers);
  if (!x.numbers.empty() && !y.numbers.empty() && link.shared_numbers.empty()) {
    return std::nullopt;
  }
  // Two quotes of the same articles are two things said, not two renderings of one.
  const bool a_fewer = a.articles.size() <= b.articles.size();
  const auto& fewer = a_fewer ? a.articles : b.articles;
  const auto& more = a_fewer ? b.articles : a.articles;
  if (std::includes(more.begin(), more.end(), fewer.begin(), fewer.end())) return std::nullopt;
  auto [score, shared] = best_overlap(a, b, table);
  if (shared.size() < options.min_translation_words) return std::nullopt;
  link.score = score;
  for (std::uint32_t s : shared) link.shared_words.emplace_back(table.stems[s]);
  link.shared_names = shared_names(x.names, y.names);
  // Names one side gives and the other lacks lower the trust in the words alone.
  const bool names_differ = link.shared_names.empty() && !x.names.empty() && !y.names.empty();
  const double needed = options.min_translation_score + (names_differ ? 0.15 : 0.0);
  if (link.score < needed) return std::nullopt;
  return link;
}

// The facts that may be translations of `f` (facts[at]): those sharing one of its rare stems,
// in the order they first appear. `seen` has a slot per fact, none yet set to `at` + 1 (each
// fact asks once), and is left marked for this fact.
std::vector<std::uint32_t> translation_candidates(const ClusterFacts& f, std::uint32_t at,
                                                  const StemTable& table,
                                                  std::vector<std::uint32_t>& seen) {
  std::vector<std::uint32_t> out;
  for (std::uint32_t s : f.content.stems) {
    // Rare stems carry the weight; a stem of many clusters would make this quadratic.
    const auto& holding = table.clusters[s];
    if (holding.size() > kMaxStemClusters) continue;
    for (std::uint32_t g : holding) {
      if (std::exchange(seen[g], at + 1) != at + 1) out.push_back(g);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::pair<std::string, TranslationLink>> link_translations(
    const Block& block, const ClusterOptions& options) {
  std::vector<ClusterFacts> facts = gather_facts(block, options.min_words);
  const StemTable table = weigh_stems(facts);
  auto id = [&](std::uint32_t fact) -> const std::string& {
    return block.ids[facts[fact].cluster];
  };
  std::vector<std::uint32_t> by_id(facts.size());
  std::iota(by_id.begin(), by_id.end(), 0);
  std::sort(by_id.begin(), by_id.end(), [&](auto a, auto b) { return id(a) < id(b); });
  // Each fact's place in id order: the facts' clusters differ, so comparing places compares
  // ids, without comparing the strings again for every candidate pair.
  std::vector<std::uint32_t> rank(facts.size());
  for (std::uint32_t r = 0; r < by_id.size(); ++r) rank[by_id[r]] = r;
  std::vector<std::pair<std::string, TranslationLink>> links;
  std::vector<std::uint32_t> seen(facts.size(), 0);
  for (std::uint32_t i : by_id) {
    const ClusterFacts& f = facts[i];
    if (!f.touched) continue;
    for (std::uint32_t j : translation_candidates(f, i, table, seen)) {
      const ClusterFacts& g = facts[j];
      if (j == i || (g.touched && rank[j] < rank[i])) continue;  // each pair once
      std::optional<TranslationLink> link = translation(f, g, table, options);
      if (!link) continue;
      link->other = id(j);
      TranslationLink back = *link;
      back.other = id(i);
      links.emplace_back(id(i), std::move(*link));
      links.emplace_back(id(j), std::move(back));
    }
  }
  return links;
}

}  // namespace

std::string new_cluster_id(std::string_view quote_id) {
  return hash_hex(quote_id);
}

PlacedPhrase placed_phrase(const SpreadQuote& q, std::string cluster) {
  return placed_phrase(q.wording, q.language, std::move(cluster));
}

PlacedPhrase placed_phrase(QuoteWording wording, std::string language, std::string cluster) {
  PlacedPhrase p;
  p.wording = std::move(wording);
  p.language = std::move(language);
  p.cluster = std::move(cluster);
  return p;
}

void count_quote(PlacedPhrase& phrase, const SpreadQuote& q) {
  ++phrase.count;
  if (std::optional<int> day = day_number(q.date)) {
    phrase.days.insert(std::upper_bound(phrase.days.begin(), phrase.days.end(), *day), *day);
  } else {
    phrase.undated = true;
  }
  const std::uint64_t article = hash64(q.article_id);
  auto at = std::lower_bound(phrase.articles.begin(), phrase.articles.end(), article);
  if (at == phrase.articles.end() || *at != article) phrase.articles.insert(at, article);
}

namespace {

// Whether `q`, an exact copy of `p`'s short wording, was said on another occasion: dated
// more than options.short_copy_days after the wording's first dated occurrence.
bool another_occasion(const Phrase& p, const SpreadQuote& q, const ClusterOptions& options) {
  if (p.wording->length >= options.short_copy_words || p.days.empty()) return false;
  const std::optional<int> day = day_number(q.date);
  if (!day) return false;  // an undated copy is not ruled out
  return *day - *std::min_element(p.days.begin(), p.days.end()) > options.short_copy_days;
}

// The block of the `existing` phrases and the `added` quotes; `added_phrase` gets each added
// quote's phrase.
Block gather_block(const std::vector<PlacedPhrase>& existing, const std::vector<SpreadQuote>& added,
                   std::vector<std::size_t>& added_phrase) {
  Block block;
  for (const PlacedPhrase& e : existing) {
    Phrase& p = block.phrases[phrase_of(block, e.wording, e.language)];
    if (p.cluster == kNoCluster) p.cluster = block.cluster(e.cluster);
    p.count += e.count;
    p.days.insert(p.days.end(), e.days.begin(), e.days.end());
    p.undated |= e.undated;
    p.articles.insert(p.articles.end(), e.articles.begin(), e.articles.end());
    note_cluster(block, p.cluster, e.count, p.wording->length);
  }
  added_phrase.resize(added.size());
  for (std::size_t i = 0; i < added.size(); ++i) {
    added_phrase[i] = phrase_of(block, added[i].wording, added[i].language);
    Phrase& p = block.phrases[added_phrase[i]];
    if (p.founder.empty()) p.founder = added[i].id;
    ++p.count;
    ++p.added;
    if (std::optional<int> day = day_number(added[i].date)) {
      p.days.push_back(*day);
    } else {
      p.undated = true;
    }
    p.articles.push_back(hash64(added[i].article_id));
    if (p.cluster != kNoCluster) ++block.weight[p.cluster];
  }
  for (Phrase& p : block.phrases) std::sort(p.days.begin(), p.days.end());  // closest_days
  return block;
}

// Places the block's unplaced phrases, longest first: a variant finds its longer forms
// already placed.
void place_all(Block& block, const ClusterOptions& options) {
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < block.phrases.size(); ++i) {
    const Phrase& p = block.phrases[i];
    if (p.wording->length >= options.min_words && p.cluster == kNoCluster) order.push_back(i);
  }
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const Phrase& x = block.phrases[a];
    const Phrase& y = block.phrases[b];
    if (x.wording->length != y.wording->length) return x.wording->length > y.wording->length;
    return x.count != y.count ? x.count > y.count : x.wording->key < y.wording->key;
  });
  // The phrases placed before the block take the first turns, in their order.
  std::vector<std::size_t> turns;
  for (std::size_t i = 0; i < block.phrases.size(); ++i) {
    const Phrase& p = block.phrases[i];
    if (p.wording->length >= options.min_words && p.cluster != kNoCluster) turns.push_back(i);
  }
  turns.insert(turns.end(), order.begin(), order.end());
  const ShingleIndex shingles = index_shingles(block, options.min_words, turns);
  SharedCounts shared;
  shared.count.resize(block.phrases.size());
  shared.stamp.resize(shingles.starts.size());
  const std::size_t existing_turns = turns.size() - order.size();
  for (std::size_t i : order) place(block, i, shingles, existing_turns, shared, options);
}

}  // namespace

BlockClusters cluster_block(const std::vector<PlacedPhrase>& existing,
                            const std::vector<SpreadQuote>& added, const ClusterOptions& options) {
  std::vector<std::size_t> added_phrase;
  Block block = gather_block(existing, added, added_phrase);
  place_all(block, options);
  BlockClusters out;
  for (std::size_t i = 0; i < added.size(); ++i) {
    const Phrase& p = block.phrases[added_phrase[i]];
    // A short quote joins nothing, and a short wording said again on another occasion
    // joins nothing: each is a cluster of its own.
    const bool own =
        p.wording->length < options.min_words || another_occasion(p, added[i], options);
    out.clusters.push_back(own ? new_cluster_id(added[i].id) : block.ids[p.cluster]);
    out.keys.push_back(p.wording->key);
  }
  out.links = link_translations(block, options);
  return out;
}

}  // namespace rostra
