#include "common/query/query_parser.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <set>
#include <vector>

#include "common/base/errors.h"
#include "common/input/metadata/date_parser.h"

namespace rostra {
namespace {

enum class TokenKind { kWord, kQuoted, kField, kLParen, kRParen, kAnd, kOr, kNot, kNear, kEnd };

struct QToken {
  TokenKind kind = TokenKind::kEnd;
  std::string text;                       // word or phrase
  const QueryFieldInfo* field = nullptr;  // kField
  unsigned window = 0;                    // for NEAR/ADJ
  bool ordered = false;
  QueryNode::Unit unit = QueryNode::Unit::kWords;  // w/s, w/p
  std::size_t column = 0;
};

bool is_ascii_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// The distance of a NEAR or ADJ operator from what follows the name ("" or "/N"), or
// nothing when `rest` is not one (the token is then a word, like "NEARBY"). Any N from 1 up
// to kMaxProximityWindow is a window; 0 and larger N are refused.
std::optional<unsigned> proximity_window(std::string_view rest, std::size_t column) {
  if (rest.empty()) return kDefaultProximityWindow;
  if (rest[0] != '/' || rest.size() < 2) return std::nullopt;
  std::uint64_t window = 0;
  for (char ch : rest.substr(1)) {
    if (ch < '0' || ch > '9') return std::nullopt;
    window = std::min<std::uint64_t>(window * 10 + static_cast<unsigned>(ch - '0'),
                                     std::uint64_t{kMaxProximityWindow} + 1);
  }
  if (window == 0) throw QueryError("NEAR/ADJ distance must be at least 1", column);
  if (window > kMaxProximityWindow) {
    throw QueryError(
        "NEAR/ADJ distance is at most " + std::to_string(kMaxProximityWindow) + " words", column);
  }
  return static_cast<unsigned>(window);
}

bool equals_ascii_folded(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::ranges::equal(a, b, [](char x, char y) {
           return (is_ascii_letter(x) ? (x | 0x20) : x) == (is_ascii_letter(y) ? (y | 0x20) : y);
         });
}

// Lexis/Factiva proximity: "w/N" (within N words, any order, as Nexis reads it; Factiva's
// w/N is ordered) and "pre/N" (the first before the second), in any case.
std::optional<QToken> lexis_proximity(std::string_view word, std::size_t column) {
  std::string lower;
  for (char c : word) lower.push_back(is_ascii_letter(c) ? static_cast<char>(c | 0x20) : c);
  const bool ordered = lower.rfind("pre/", 0) == 0;
  if (!ordered && lower.rfind("w/", 0) != 0) return std::nullopt;
  const std::string_view rest = std::string_view(word).substr(ordered ? 3 : 1);
  if (lower == "w/s" || lower == "w/p") {
    QToken t;
    t.kind = TokenKind::kNear;
    t.unit = lower == "w/s" ? QueryNode::Unit::kSentence : QueryNode::Unit::kParagraph;
    t.column = column;
    return t;
  }
  if (lower == "w/seg") {
    throw QueryError(std::string(word) + " (same segment) is not supported: use w/s, w/p or w/N",
                     column);
  }
  std::optional<unsigned> window = proximity_window(rest, column);
  if (!window || rest.empty()) return std::nullopt;
  QToken t;
  t.kind = TokenKind::kNear;
  t.window = *window;
  t.ordered = ordered;
  t.column = column;
  return t;
}

// N of "atleastN" (any case), or nothing when `word` is not one (then it is a word). N from 1
// to kMaxAtLeastCount; 0 and larger N are refused.
std::optional<unsigned> at_least_count(std::string_view word, std::size_t column) {
  constexpr std::string_view kName = "atleast";
  if (word.size() <= kName.size() || !equals_ascii_folded(word.substr(0, kName.size()), kName)) {
    return std::nullopt;
  }
  std::uint64_t count = 0;
  for (char ch : word.substr(kName.size())) {
    if (ch < '0' || ch > '9') return std::nullopt;
    count = std::min<std::uint64_t>(count * 10 + static_cast<unsigned>(ch - '0'),
                                    std::uint64_t{kMaxAtLeastCount} + 1);
  }
  if (count == 0 || count > kMaxAtLeastCount) {
    throw QueryError("atleastN takes N from 1 to " + std::to_string(kMaxAtLeastCount), column);
  }
  return static_cast<unsigned>(count);
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Opening quote marks and their closers.
std::size_t quote_open_length(std::string_view s, std::size_t i, std::string_view& closer) {
  if (s[i] == '"') {
    closer = "\"";
    return 1;
  }
  if (s.substr(i, 3) == "\xE2\x80\x9C" || s.substr(i, 3) == "\xE2\x80\x9E") {  // “ „
    closer = "\xE2\x80\x9D";                                                   // ”
    return 3;
  }
  if (s.substr(i, 2) == "\xC2\xAB") {  // «
    closer = "\xC2\xBB";
    return 2;
  }
  return 0;
}

class Lexer {
 public:
  explicit Lexer(std::string_view query) : q_(query) {}

  QToken next() {
    while (pos_ < q_.size() && (is_space(q_[pos_]) || q_.substr(pos_, 2) == "\xC2\xA0")) {
      pos_ += q_[pos_] == '\xC2' ? 2 : 1;
    }
    QToken t;
    t.column = pos_ + 1;
    if (pos_ >= q_.size()) return t;
    char c = q_[pos_];
    if (c == '(') {
      ++pos_;
      t.kind = TokenKind::kLParen;
      return t;
    }
    if (c == ')') {
      ++pos_;
      t.kind = TokenKind::kRParen;
      return t;
    }
    std::string_view closer;
    if (std::size_t open = quote_open_length(q_, pos_, closer)) {
      std::size_t start = pos_ + open;
      std::size_t end = q_.find(closer, start);
      if (closer != "\"" && end == std::string_view::npos) end = q_.find('"', start);
      if (end == std::string_view::npos) throw QueryError("unterminated quote", t.column);
      t.kind = TokenKind::kQuoted;
      t.text = std::string(q_.substr(start, end - start));
      pos_ = end + (q_.substr(end, closer.size()) == closer ? closer.size() : 1);
      return t;
    }
    if (c == '-' && pos_ + 1 < q_.size() && !is_space(q_[pos_ + 1]) && q_[pos_ + 1] != '-') {
      ++pos_;
      t.kind = TokenKind::kNot;
      return t;
    }
    std::size_t start = pos_;
    while (pos_ < q_.size() && !is_space(q_[pos_]) && q_[pos_] != '(' && q_[pos_] != ')' &&
           q_.substr(pos_, 2) != "\xC2\xA0") {
      std::string_view ignored;
      if (pos_ > start && quote_open_length(q_, pos_, ignored) && q_[pos_ - 1] == ':') break;
      ++pos_;
    }
    std::string_view word = q_.substr(start, pos_ - start);
    // field:value, the name in any case ("Title:putin")
    std::size_t colon = word.find(':');
    if (colon != std::string_view::npos && colon > 0 && word.substr(colon + 1, 2) != "//") {
      std::string_view name = word.substr(0, colon);
      if (std::ranges::all_of(name, is_ascii_letter)) {
        const QueryFieldInfo* info = find_query_field(name);
        if (info == nullptr) {
          throw QueryError(
              "unknown field '" + std::string(name) + ":' (known: " + query_field_list() + ")",
              t.column);
        }
        t.kind = TokenKind::kField;
        t.field = info;
        pos_ = start + colon + 1;
        return t;
      }
    }
    if (word == "AND")
      t.kind = TokenKind::kAnd;
    else if (word == "OR")
      t.kind = TokenKind::kOr;
    else if (word == "NOT")
      t.kind = TokenKind::kNot;
    else if (std::optional<QToken> lexis = lexis_proximity(word, t.column)) {
      return *lexis;
    } else if (word.rfind("NEAR", 0) == 0 || word.rfind("ADJ", 0) == 0) {
      const bool adj = word[0] == 'A';
      std::optional<unsigned> window = proximity_window(word.substr(adj ? 3 : 4), t.column);
      if (window) {
        t.kind = TokenKind::kNear;
        t.window = *window;
        t.ordered = adj;
        return t;
      }
      t.kind = TokenKind::kWord;
      t.text = std::string(word);
    } else {
      t.kind = TokenKind::kWord;
      t.text = std::string(word);
    }
    return t;
  }

  // The raw text of a field value that follows "field:" directly (no space).
  bool at_space_or_end() const { return pos_ >= q_.size() || is_space(q_[pos_]); }

  // The kind of the token after the current one, without moving.
  TokenKind peek_kind() const { return Lexer(*this).next().kind; }

 private:
  std::string_view q_;
  std::size_t pos_ = 0;
};

class Parser {
 public:
  Parser(std::string_view query, std::vector<std::string>* notes) : lexer_(query), notes_(notes) {
    advance();
  }

  QueryNode parse() {
    if (current_.kind == TokenKind::kEnd) throw QueryError("empty query", 1);
    QueryNode node = parse_or();
    if (current_.kind == TokenKind::kRParen) throw QueryError("unbalanced ')'", current_.column);
    if (current_.kind != TokenKind::kEnd) throw QueryError("unexpected input", current_.column);
    return node;
  }

 private:
  // Moves to the next token. A lower-case or/and/near/not between two terms is searched as
  // a word, as before, but a note says how to write the operator.
  void advance() {
    const QToken previous = current_;
    current_ = lexer_.next();
    const bool term_follows =
        current_.kind == TokenKind::kWord || current_.kind == TokenKind::kQuoted ||
        current_.kind == TokenKind::kField || current_.kind == TokenKind::kLParen;
    if (pending_hint_ && term_follows) hint_word(previous);
    pending_hint_ = current_.kind == TokenKind::kWord && is_lower_operator(current_.text) &&
                    (previous.kind == TokenKind::kWord || previous.kind == TokenKind::kQuoted ||
                     previous.kind == TokenKind::kRParen);
  }

  static bool is_lower_operator(std::string_view word) {
    return word == "or" || word == "and" || word == "near" || word == "not";
  }

  void hint_word(const QToken& word) {
    if (notes_ == nullptr || hinted_.count(word.text)) return;
    hinted_.insert(word.text);
    std::string upper;
    for (char c : word.text) upper.push_back(static_cast<char>(c - 'a' + 'A'));
    notes_->push_back("'" + word.text + "' (column " + std::to_string(word.column) +
                      ") is searched as a word; operators are upper case: " + upper);
  }

  // Counts a term of the query against kMaxQueryTerms.
  void count_term(std::size_t column) {
    if (++terms_ > kMaxQueryTerms) {
      throw QueryError("query has more than " + std::to_string(kMaxQueryTerms) + " terms", column);
    }
  }

  QueryNode parse_or() {
    QueryNode first = parse_and();
    if (current_.kind != TokenKind::kOr) return first;
    QueryNode node;
    node.kind = QueryNode::Kind::kOr;
    node.column = first.column;
    node.children.push_back(std::move(first));
    while (current_.kind == TokenKind::kOr) {
      std::size_t column = current_.column;
      advance();
      if (!starts_operand()) throw QueryError("OR needs a term after it", column);
      node.children.push_back(parse_and());
    }
    return node;
  }

  bool starts_operand() const {
    switch (current_.kind) {
      case TokenKind::kWord:
      case TokenKind::kQuoted:
      case TokenKind::kField:
      case TokenKind::kLParen:
      case TokenKind::kNot:
        return true;
      default:
        return false;
    }
  }

  QueryNode parse_and() {
    if (!starts_operand()) {
      if (current_.kind == TokenKind::kRParen) throw QueryError("unbalanced ')'", current_.column);
      if (current_.kind == TokenKind::kEnd)
        throw QueryError("query ends after an operator", current_.column);
      throw QueryError("operator without a term before it", current_.column);
    }
    std::vector<QueryNode> positives;
    std::vector<QueryNode> negatives;
    std::size_t column = current_.column;
    while (true) {
      if (current_.kind == TokenKind::kAnd) {
        std::size_t at = current_.column;
        advance();
        if (!starts_operand()) throw QueryError("AND needs a term after it", at);
      }
      if (!starts_operand()) break;
      if (current_.kind == TokenKind::kNot) {
        std::size_t at = current_.column;
        advance();
        if (!starts_operand() || current_.kind == TokenKind::kNot) {
          throw QueryError("NOT needs a term after it", at);
        }
        negatives.push_back(parse_near());
      } else {
        positives.push_back(parse_near());
      }
    }
    QueryNode positive;
    if (positives.size() == 1) {
      positive = std::move(positives[0]);
    } else if (positives.size() > 1) {
      positive.kind = QueryNode::Kind::kAnd;
      positive.children = std::move(positives);
    }
    positive.column = column;
    if (negatives.empty()) return positive;
    QueryNode negative;
    if (negatives.size() == 1) {
      negative = std::move(negatives[0]);
    } else {
      negative.kind = QueryNode::Kind::kOr;
      negative.children = std::move(negatives);
    }
    QueryNode node;
    node.kind = QueryNode::Kind::kNot;
    node.column = column;
    node.children.push_back(std::move(positive));
    node.children.push_back(std::move(negative));
    return node;
  }

  QueryNode parse_near() {
    QueryNode first = parse_primary();
    if (current_.kind != TokenKind::kNear) return first;
    QueryNode node;
    node.kind = QueryNode::Kind::kNear;
    node.column = first.column;
    node.window = current_.window;
    node.ordered = current_.ordered;
    node.unit = current_.unit;
    // Every proximity operator joins words, phrases and OR-groups of them.
    require_unit_operand(first);
    node.children.push_back(std::move(first));
    while (current_.kind == TokenKind::kNear) {
      std::size_t at = current_.column;
      if (++proximity_operators_ > kMaxProximityOperators) {
        throw QueryError(
            "query has more than " + std::to_string(kMaxProximityOperators) + " NEAR/ADJ operators",
            at);
      }
      if (current_.unit != node.unit) {
        throw QueryError("w/s and w/p do not mix with other proximity operators", at);
      }
      node.window = std::max(node.window, current_.window);
      node.ordered = node.ordered && current_.ordered;
      advance();
      QueryNode next = parse_primary();
      require_unit_operand(next);
      node.children.push_back(std::move(next));
    }
    return node;
  }

  // An operand of a proximity operator: a word, a phrase, or an OR-group of them.
  static void require_unit_operand(const QueryNode& n) {
    if (n.kind == QueryNode::Kind::kWord || n.kind == QueryNode::Kind::kPhrase) return;
    if (n.kind == QueryNode::Kind::kOr) {
      for (const QueryNode& child : n.children) require_unit_operand(child);
      return;
    }
    throw QueryError("proximity operators join words, phrases and OR-groups of them", n.column);
  }

  QueryNode parse_primary() {
    QueryNode node;
    node.column = current_.column;
    switch (current_.kind) {
      case TokenKind::kWord:
        if (std::optional<unsigned> count = at_least_count(current_.text, node.column)) {
          return parse_at_least(*count);
        }
        count_term(node.column);
        node.kind = QueryNode::Kind::kWord;
        node.text = current_.text;
        advance();
        return node;
      case TokenKind::kQuoted:
        count_term(node.column);
        node.kind = QueryNode::Kind::kPhrase;
        node.text = current_.text;
        advance();
        return node;
      case TokenKind::kLParen: {
        std::size_t open = current_.column;
        if (++depth_ > kMaxDepth) throw QueryError("parentheses nested too deeply", open);
        advance();
        if (current_.kind == TokenKind::kRParen) throw QueryError("empty parentheses", open);
        node = parse_or();
        if (current_.kind != TokenKind::kRParen) throw QueryError("unbalanced '('", open);
        advance();
        --depth_;
        return node;
      }
      case TokenKind::kField:
        return parse_field();
      default:
        throw QueryError("expected a term", current_.column);
    }
  }

  // atleastN(word), also "atleastN (word)" and "atleastN word": one word, any form or a
  // wildcard, occurring at least N times.
  QueryNode parse_at_least(unsigned count) {
    QueryNode node;
    node.kind = QueryNode::Kind::kAtLeast;
    node.column = current_.column;
    node.count = count;
    advance();
    const bool parenthesized = current_.kind == TokenKind::kLParen;
    if (parenthesized) advance();
    if (current_.kind != TokenKind::kWord ||
        (parenthesized && lexer_.peek_kind() != TokenKind::kRParen)) {
      throw QueryError("atleastN takes one word: atleast3(sanctions)", node.column);
    }
    count_term(current_.column);
    node.text = current_.text;
    advance();
    if (parenthesized) advance();  // the ')'
    return node;
  }

  QueryNode parse_field() {
    const std::size_t column = current_.column;
    const QueryFieldInfo& field = *current_.field;
    const bool space_after = lexer_.at_space_or_end();
    advance();
    if (!space_after && current_.kind == TokenKind::kLParen) {
      QueryNode group = parse_primary();  // title:(a OR "b c"): the field on every term
      apply_field(group, field);
      return group;
    }
    if (space_after || (current_.kind != TokenKind::kWord && current_.kind != TokenKind::kQuoted)) {
      throw QueryError(std::string(field.name) + ": needs a value right after the colon", column);
    }
    count_term(column);
    QueryNode node;
    node.column = column;
    node.text = current_.text;
    node.kind =
        current_.kind == TokenKind::kQuoted ? QueryNode::Kind::kPhrase : QueryNode::Kind::kWord;
    advance();
    apply_field(node, field);
    return node;
  }

  // Makes every word and phrase of `node` a value of `field`.
  static void apply_field(QueryNode& node, const QueryFieldInfo& field) {
    switch (node.kind) {
      case QueryNode::Kind::kWord:
      case QueryNode::Kind::kPhrase:
        node.phrase = node.phrase || node.kind == QueryNode::Kind::kPhrase;
        if (field.kind == QueryFieldKind::kDate) {
          date_range(node);
        } else {
          node.kind = QueryNode::Kind::kField;
          node.field = field.field;
        }
        return;
      case QueryNode::Kind::kAnd:
      case QueryNode::Kind::kOr:
      case QueryNode::Kind::kNot:
        for (QueryNode& child : node.children) apply_field(child, field);
        return;
      case QueryNode::Kind::kMatchAll:
        return;
      case QueryNode::Kind::kNear:
      case QueryNode::Kind::kField:
      case QueryNode::Kind::kDateRange:
      case QueryNode::Kind::kAtLeast:
        break;
    }
    throw QueryError(std::string(field.name) + ":( ) holds words, phrases, AND, OR and NOT only",
                     node.column);
  }

  // Turns the value of a date: node into its range; "unknown" is the articles without one.
  static void date_range(QueryNode& node) {
    const std::string value = node.text;
    if (node.phrase) throw QueryError("date: takes a date or range", node.column);
    node.kind = QueryNode::Kind::kDateRange;
    node.text.clear();
    if (equals_ascii_folded(value, "unknown")) return;
    std::size_t dots = value.find("..");
    std::string low = dots == std::string::npos ? value : value.substr(0, dots);
    std::string high = dots == std::string::npos ? value : value.substr(dots + 2);
    if (!low.empty()) node.date_from = expand_date_bound(low, false);
    if (!high.empty()) node.date_to = expand_date_bound(high, true);
    if ((!low.empty() && node.date_from.empty()) || (!high.empty() && node.date_to.empty()) ||
        (low.empty() && high.empty())) {
      throw QueryError("bad date '" + value + "' (use 2025, 2025-01, 2025-01-20, A..B or unknown)",
                       node.column);
    }
    if (!node.date_from.empty() && !node.date_to.empty() && node.date_from > node.date_to) {
      throw QueryError("date range ends before it starts", node.column);
    }
  }

  // Recursion depth bound: a query of thousands of "(" must not overflow the stack.
  static constexpr int kMaxDepth = 64;

  Lexer lexer_;
  QToken current_;
  int depth_ = 0;
  std::vector<std::string>* notes_;
  bool pending_hint_ = false;  // current_ is a lower-case operator word after a term
  std::set<std::string> hinted_;
  std::size_t terms_ = 0;
  std::size_t proximity_operators_ = 0;
};

}  // namespace

std::string expand_date_bound(std::string_view text, bool upper) {
  int y = 0;
  int m = 0;
  int d = 0;
  char tail = 0;
  std::string s(text);
  auto all_digits = [](std::string_view v) {
    for (char c : v) {
      if (c < '0' || c > '9') return false;
    }
    return !v.empty();
  };
  char buf[48];
  if (s.size() == 4 && all_digits(s)) {
    y = std::stoi(s);
    if (!is_valid_date(y, 1, 1)) return "";
    std::snprintf(buf, sizeof buf, "%04d-%s", y, upper ? "12-31" : "01-01");
    return buf;
  }
  if (s.size() == 7 && s[4] == '-' && all_digits(s.substr(0, 4)) && all_digits(s.substr(5))) {
    y = std::stoi(s.substr(0, 4));
    m = std::stoi(s.substr(5));
    if (!is_valid_date(y, m, 1)) return "";
    int last_day = 31;
    while (upper && !is_valid_date(y, m, last_day)) --last_day;
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, upper ? last_day : 1);
    return buf;
  }
  if (s.size() == 10 && std::sscanf(s.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3 &&
      s[4] == '-' && s[7] == '-' && is_valid_date(y, m, d)) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
  }
  return "";
}

QueryNode parse_query(std::string_view query, std::vector<std::string>* notes) {
  return Parser(query, notes).parse();
}

}  // namespace rostra
