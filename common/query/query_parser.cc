#include "common/query/query_parser.h"

#include <cstdio>

#include "common/base/errors.h"
#include "common/input/metadata/date_parser.h"

namespace rostra {
namespace {

enum class TokenKind { kWord, kQuoted, kField, kLParen, kRParen, kAnd, kOr, kNot, kNear, kEnd };

struct QToken {
  TokenKind kind = TokenKind::kEnd;
  std::string text;     // word, phrase, or field name
  unsigned window = 0;  // for NEAR/ADJ
  bool ordered = false;
  std::size_t column = 0;
};

constexpr std::string_view kFields[] = {"title", "outlet", "speaker", "date", "quote"};

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
    // field:value
    std::size_t colon = word.find(':');
    if (colon != std::string_view::npos && colon > 0 && word.substr(colon + 1, 2) != "//") {
      std::string_view name = word.substr(0, colon);
      bool letters = true;
      for (char ch : name) letters = letters && ch >= 'a' && ch <= 'z';
      if (letters) {
        bool known = false;
        for (std::string_view f : kFields) known = known || f == name;
        if (!known) {
          throw QueryError("unknown field '" + std::string(name) +
                               ":' (known: title:, quote:, speaker:, outlet:, date:)",
                           t.column);
        }
        t.kind = TokenKind::kField;
        t.text = std::string(name);
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
    else if (word.rfind("NEAR", 0) == 0 || word.rfind("ADJ", 0) == 0) {
      bool adj = word[0] == 'A';
      std::string_view rest = word.substr(adj ? 3 : 4);
      unsigned window = 10;
      bool ok = rest.empty();
      if (!rest.empty() && rest[0] == '/' && rest.size() > 1 && rest.size() <= 4) {
        ok = true;
        window = 0;
        for (char ch : rest.substr(1)) {
          ok = ok && ch >= '0' && ch <= '9';
          window = window * 10 + static_cast<unsigned>(ch - '0');
        }
      }
      if (ok) {
        if (window == 0) throw QueryError("NEAR/ADJ distance must be at least 1", t.column);
        t.kind = TokenKind::kNear;
        t.window = window;
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

 private:
  std::string_view q_;
  std::size_t pos_ = 0;
};

class Parser {
 public:
  explicit Parser(std::string_view query) : lexer_(query) { advance(); }

  QueryNode parse() {
    if (current_.kind == TokenKind::kEnd) throw QueryError("empty query", 1);
    QueryNode node = parse_or();
    if (current_.kind == TokenKind::kRParen) throw QueryError("unbalanced ')'", current_.column);
    if (current_.kind != TokenKind::kEnd) throw QueryError("unexpected input", current_.column);
    return node;
  }

 private:
  void advance() { current_ = lexer_.next(); }

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
    auto require_word = [](const QueryNode& n) {
      if (n.kind != QueryNode::Kind::kWord) {
        throw QueryError("NEAR and ADJ join plain words", n.column);
      }
    };
    require_word(first);
    node.children.push_back(std::move(first));
    while (current_.kind == TokenKind::kNear) {
      std::size_t at = current_.column;
      node.window = std::max(node.window, current_.window);
      node.ordered = node.ordered && current_.ordered;
      advance();
      if (current_.kind != TokenKind::kWord) throw QueryError("NEAR/ADJ needs a word after it", at);
      QueryNode next = parse_primary();
      require_word(next);
      node.children.push_back(std::move(next));
    }
    return node;
  }

  QueryNode parse_primary() {
    QueryNode node;
    node.column = current_.column;
    switch (current_.kind) {
      case TokenKind::kWord:
        node.kind = QueryNode::Kind::kWord;
        node.text = current_.text;
        advance();
        return node;
      case TokenKind::kQuoted:
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

  QueryNode parse_field() {
    QueryNode node;
    node.column = current_.column;
    std::string field = current_.text;
    bool space_after = lexer_.at_space_or_end();
    advance();
    if (space_after || (current_.kind != TokenKind::kWord && current_.kind != TokenKind::kQuoted)) {
      throw QueryError(field + ": needs a value right after the colon", node.column);
    }
    if (field == "date") {
      if (current_.kind != TokenKind::kWord)
        throw QueryError("date: takes a date or range", node.column);
      node.kind = QueryNode::Kind::kDateRange;
      std::string value = current_.text;
      std::size_t dots = value.find("..");
      std::string low = dots == std::string::npos ? value : value.substr(0, dots);
      std::string high = dots == std::string::npos ? value : value.substr(dots + 2);
      if (!low.empty()) node.date_from = expand_date_bound(low, false);
      if (!high.empty()) node.date_to = expand_date_bound(high, true);
      if ((!low.empty() && node.date_from.empty()) || (!high.empty() && node.date_to.empty()) ||
          (low.empty() && high.empty())) {
        throw QueryError("bad date '" + value + "' (use 2025, 2025-01, 2025-01-20 or A..B)",
                         node.column);
      }
      if (!node.date_from.empty() && !node.date_to.empty() && node.date_from > node.date_to) {
        throw QueryError("date range ends before it starts", node.column);
      }
      advance();
      return node;
    }
    node.kind = QueryNode::Kind::kField;
    node.field = field;
    node.text = current_.text;
    node.phrase = current_.kind == TokenKind::kQuoted;
    advance();
    return node;
  }

  // Recursion depth bound: a query of thousands of "(" must not overflow the stack.
  static constexpr int kMaxDepth = 64;

  Lexer lexer_;
  QToken current_;
  int depth_ = 0;
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

QueryNode parse_query(std::string_view query) {
  return Parser(query).parse();
}

}  // namespace rostra
