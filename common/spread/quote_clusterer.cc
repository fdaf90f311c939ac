#include "common/spread/quote_clusterer.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "common/base/text_util.h"

namespace rostra {
namespace {

// One distinct wording of the block and the quotes that print it.
struct Phrase {
  QuoteWording wording;
  std::string language;
  std::string founder;  // id of the first added quote with this wording
  std::string cluster;  // empty until placed
  std::size_t count = 0;
  std::size_t added = 0;  // of count, quotes being placed
  std::vector<int> days;
  bool undated = false;
  std::vector<std::uint64_t> articles;
};

// What a cluster of the block offers to translation links.
struct ClusterFacts {
  const Phrase* longest = nullptr;
  std::vector<int> days;
  bool undated = false;
  std::set<std::uint64_t> articles;
  bool touched = false;  // holds an added quote
};

struct Block {
  std::vector<Phrase> phrases;
  std::unordered_map<std::string, std::size_t> by_key;
  std::unordered_map<std::string, std::size_t> weight;  // cluster -> quotes in it
  std::unordered_map<std::string, std::size_t> root;    // cluster -> words of its longest form
};

std::size_t phrase_of(Block& block, const QuoteWording& wording, const std::string& language) {
  auto [it, fresh] = block.by_key.try_emplace(wording.key, block.phrases.size());
  if (fresh) {
    Phrase p;
    p.wording = wording;
    p.language = language;
    block.phrases.push_back(std::move(p));
  }
  return it->second;
}

void note_cluster(Block& block, const std::string& cluster, std::size_t count, std::size_t length) {
  block.weight[cluster] += count;
  std::size_t& root = block.root[cluster];
  root = std::max(root, length);
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

// Places one phrase: the best parent's cluster, else the best child's, else its own.
void place(Block& block, std::size_t index,
           const std::unordered_map<std::uint64_t, std::vector<std::size_t>>& shingles,
           const ClusterOptions& options) {
  Phrase& p = block.phrases[index];
  std::unordered_map<std::size_t, std::size_t> shared;
  for (std::uint64_t s : p.wording.shingles) {
    auto it = shingles.find(s);
    if (it == shingles.end() || it->second.size() > options.max_shingle_postings) continue;
    for (std::size_t q : it->second) {
      if (q != index) ++shared[q];
    }
  }
  using Rank = std::pair<std::size_t, std::size_t>;  // (cluster weight, words)
  std::string parent, child;
  Rank parent_rank{0, 0}, child_rank{0, 0};
  for (auto [q, n] : shared) {
    const Phrase& other = block.phrases[q];
    if (other.cluster.empty()) continue;
    const bool longer = other.wording.length >= p.wording.length;
    const std::size_t needed = std::max(longer ? other.wording.length : p.wording.length,
                                        p.wording.length) >= options.long_form_words
                                   ? options.min_shared_words_long
                                   : options.min_shared_words;
    if (n + kShingleWords - 1 < needed) continue;
    const std::size_t base = longer ? p.wording.shingles.size() : other.wording.shingles.size();
    if (static_cast<double>(n) < options.min_containment * static_cast<double>(base)) continue;
    // Short wordings said far apart in time are the same words on other occasions.
    if (std::min(p.wording.length, other.wording.length) < options.short_copy_words &&
        !p.days.empty() && !other.days.empty() &&
        closest_days(p.days, other.days) > options.short_copy_days) {
      continue;
    }
    // A shorter phrase lends its cluster only when it is that cluster's longest form: a
    // trimmed form of another quote would chain this one to it.
    if (!longer && other.wording.length < block.root[other.cluster]) continue;
    Rank rank{block.weight[other.cluster], other.wording.length};
    std::string& best = longer ? parent : child;
    Rank& best_rank = longer ? parent_rank : child_rank;
    if (best.empty() || rank > best_rank) {
      best = other.cluster;
      best_rank = rank;
    }
  }
  p.cluster = !parent.empty() ? parent : !child.empty() ? child : new_cluster_id(p.founder);
  note_cluster(block, p.cluster, p.count, p.wording.length);
}

std::vector<std::string> intersect(const std::vector<std::string>& a,
                                   const std::vector<std::string>& b) {
  std::vector<std::string> out;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
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

// The weighted overlap of two lists of stems (shared weight over the smaller side's) and
// the stems they share.
std::pair<double, std::vector<std::string>> overlap(
    const std::vector<std::string>& x, const std::vector<std::string>& y,
    const std::unordered_map<std::string, double>& weight) {
  auto total = [&](const std::vector<std::string>& stems) {
    double sum = 0;
    for (const std::string& s : stems) sum += weight.at(s);
    return sum;
  };
  std::vector<std::string> shared = intersect(x, y);
  const double smaller = std::min(total(x), total(y));
  return {smaller > 0 ? total(shared) / smaller : 0.0, std::move(shared)};
}

// The link between two clusters' facts, or nullopt when they are not possible translations.
std::optional<TranslationLink> translation(const ClusterFacts& a, const ClusterFacts& b,
                                           const std::unordered_map<std::string, double>& weight,
                                           const ClusterOptions& options) {
  const QuoteWording& x = a.longest->wording;
  const QuoteWording& y = b.longest->wording;
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
  const auto& fewer = a.articles.size() <= b.articles.size() ? a.articles : b.articles;
  const auto& more = &fewer == &a.articles ? b.articles : a.articles;
  if (std::ranges::all_of(fewer, [&](std::uint64_t id) { return more.contains(id); })) {
    return std::nullopt;
  }
  // The whole quotes, else their best pair of sentences (one may join two sentences).
  std::tie(link.score, link.shared_words) = overlap(x.content, y.content, weight);
  using Sentences = std::vector<std::vector<std::string>>;
  const Sentences xs = x.sentences.empty() ? Sentences{x.content} : x.sentences;
  const Sentences ys = y.sentences.empty() ? Sentences{y.content} : y.sentences;
  for (const auto& p : xs) {
    for (const auto& q : ys) {
      if (p.size() < kSentenceStems || q.size() < kSentenceStems) continue;
      auto [score, shared] = overlap(p, q, weight);
      if (shared.size() >= kSentenceStems && score > link.score) {
        link.score = score;
        link.shared_words = std::move(shared);
      }
    }
  }
  if (link.shared_words.size() < options.min_translation_words) return std::nullopt;
  link.shared_names = shared_names(x.names, y.names);
  // Names one side gives and the other lacks lower the trust in the words alone.
  const bool names_differ = link.shared_names.empty() && !x.names.empty() && !y.names.empty();
  const double needed = options.min_translation_score + (names_differ ? 0.15 : 0.0);
  if (link.score < needed) return std::nullopt;
  return link;
}

std::vector<std::pair<std::string, TranslationLink>> link_translations(
    const Block& block, const ClusterOptions& options) {
  std::map<std::string, ClusterFacts> facts;
  for (const Phrase& p : block.phrases) {
    if (p.cluster.empty() || p.wording.length < options.min_words) continue;
    ClusterFacts& f = facts[p.cluster];
    if (f.longest == nullptr || p.wording.length > f.longest->wording.length) f.longest = &p;
    f.days.insert(f.days.end(), p.days.begin(), p.days.end());
    f.undated |= p.undated;
    f.articles.insert(p.articles.begin(), p.articles.end());
    f.touched |= p.added > 0;
  }
  std::unordered_map<std::string, std::vector<const std::string*>> by_stem;
  for (auto& [id, f] : facts) {
    std::sort(f.days.begin(), f.days.end());
    for (const std::string& s : f.longest->wording.content) by_stem[s].push_back(&id);
  }
  std::unordered_map<std::string, double> weight;
  const double n = static_cast<double>(facts.size());
  for (const auto& [stem, ids] : by_stem) {
    weight[stem] = std::log(1.0 + n / static_cast<double>(ids.size()));
  }
  std::vector<std::pair<std::string, TranslationLink>> links;
  for (const auto& [id, f] : facts) {
    if (!f.touched) continue;
    std::set<const std::string*> candidates;
    for (const std::string& s : f.longest->wording.content) {
      // Rare stems carry the weight; a stem of many clusters would make this quadratic.
      const auto& ids = by_stem[s];
      if (ids.size() > kMaxStemClusters) continue;
      candidates.insert(ids.begin(), ids.end());
    }
    for (const std::string* other : candidates) {
      const ClusterFacts& g = facts.at(*other);
      if (*other == id || (g.touched && *other < id)) continue;  // each pair once
      std::optional<TranslationLink> link = translation(f, g, weight, options);
      if (!link) continue;
      link->other = *other;
      TranslationLink back = *link;
      back.other = id;
      links.emplace_back(id, std::move(*link));
      links.emplace_back(*other, std::move(back));
    }
  }
  return links;
}

}  // namespace

std::string new_cluster_id(std::string_view quote_id) {
  return hash_hex(quote_id);
}

PlacedPhrase placed_phrase(const SpreadQuote& q, std::string cluster) {
  PlacedPhrase p;
  p.wording = q.wording;
  p.language = q.language;
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
  if (p.wording.length >= options.short_copy_words || p.days.empty()) return false;
  const std::optional<int> day = day_number(q.date);
  if (!day) return false;  // an undated copy is not ruled out
  return *day - *std::min_element(p.days.begin(), p.days.end()) > options.short_copy_days;
}

}  // namespace

BlockClusters cluster_block(const std::vector<PlacedPhrase>& existing,
                            const std::vector<SpreadQuote>& added, const ClusterOptions& options) {
  Block block;
  for (const PlacedPhrase& e : existing) {
    Phrase& p = block.phrases[phrase_of(block, e.wording, e.language)];
    if (p.cluster.empty()) p.cluster = e.cluster;
    p.count += e.count;
    p.days.insert(p.days.end(), e.days.begin(), e.days.end());
    p.undated |= e.undated;
    p.articles.insert(p.articles.end(), e.articles.begin(), e.articles.end());
    note_cluster(block, p.cluster, e.count, p.wording.length);
  }
  std::vector<std::size_t> added_phrase(added.size());
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
    if (!p.cluster.empty()) ++block.weight[p.cluster];
  }
  std::unordered_map<std::uint64_t, std::vector<std::size_t>> shingles;
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < block.phrases.size(); ++i) {
    Phrase& p = block.phrases[i];
    std::sort(p.days.begin(), p.days.end());  // closest_days reads them sorted
    if (p.wording.length < options.min_words) continue;
    for (std::uint64_t s : p.wording.shingles) shingles[s].push_back(i);
    if (p.cluster.empty()) order.push_back(i);
  }
  // Longest first: a variant finds its longer forms already placed.
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const Phrase& x = block.phrases[a];
    const Phrase& y = block.phrases[b];
    if (x.wording.length != y.wording.length) return x.wording.length > y.wording.length;
    return x.count != y.count ? x.count > y.count : x.wording.key < y.wording.key;
  });
  for (std::size_t i : order) place(block, i, shingles, options);
  BlockClusters out;
  for (std::size_t i = 0; i < added.size(); ++i) {
    const Phrase& p = block.phrases[added_phrase[i]];
    // A short quote joins nothing, and a short wording said again on another occasion
    // joins nothing: each is a cluster of its own.
    const bool own = p.wording.length < options.min_words || another_occasion(p, added[i], options);
    out.clusters.push_back(own ? new_cluster_id(added[i].id) : p.cluster);
    out.keys.push_back(p.wording.key);
  }
  out.links = link_translations(block, options);
  return out;
}

}  // namespace rostra
