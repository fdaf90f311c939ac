#!/usr/bin/env bash
# Fails when a C++ source is not formatted as .clang-format says. Fix with:
#   clang-format -i $(git ls-files '*.cc' '*.h')
set -euo pipefail
cd "$(dirname "$0")/.."
files=$(git ls-files '*.cc' '*.h' 2>/dev/null || find common indexer searcher tests benchmarks -name '*.cc' -o -name '*.h')
clang-format --dry-run -Werror $files
echo "format: clean"
