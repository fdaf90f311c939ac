// Fuzzes the query language: parse_query, then QueryBuilder (default arguments: English,
// no outlet table, no database) turning the tree into a Xapian::Query. QueryError is the
// documented outcome of a bad query; anything else escaping is a finding.

#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "common/base/errors.h"
#include "common/query/query_builder.h"
#include "common/query/query_parser.h"
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

// Every node of a parsed tree has the shape query_ast.h describes.
void check_node(const rostra::QueryNode& node, std::size_t query_size) {
  // Columns are 1-based character positions; characters are at least a byte each.
  FUZZ_CHECK(node.column <= query_size + 1);
  if (node.kind == rostra::QueryNode::Kind::kNot) FUZZ_CHECK(node.children.size() == 2);
  for (const rostra::QueryNode& child : node.children) check_node(child, query_size);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view query(reinterpret_cast<const char*>(data), size);
  rostra::QueryNode root;
  try {
    root = rostra::parse_query(query);
  } catch (const rostra::QueryError& error) {
    FUZZ_CHECK(error.column() >= 1);
    return 0;
  }
  check_node(root, query.size());
  try {
    rostra::QueryBuilder builder;
    rostra::BuiltQuery built = builder.build(root);
    (void)built.query.get_description();
  } catch (const rostra::QueryError&) {
  }
  return 0;
}
