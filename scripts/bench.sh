#!/usr/bin/env bash
# Benchmarks Rostra against stock Xapian and SQLite FTS5 in one run and writes
# benchmarks/RESULTS.md (table, ratios, machine, commit) and benchmarks/results.json.
#   scripts/bench.sh [ARTICLES]   full run (default 200000 generated articles)
#   scripts/bench.sh --quick      about a minute, for CI: 1000 articles, results kept in the
#                                 build directory, fails if any benchmark reports an error
set -euo pipefail
cd "$(dirname "$0")/.."
quick=0
articles=200000
if [ "${1:-}" = "--quick" ]; then quick=1; articles=1000; elif [ -n "${1:-}" ]; then articles=$1; fi

scripts/install-deps.sh
# The commit measured: taken before building, so later commits during a long run do not
# relabel it; marked when the working tree differs from it.
commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ]; then
  commit="$commit+uncommitted"
fi
ROSTRA_WERROR=ON ROSTRA_BUILD_DIR=build-release ROSTRA_BUILD_TYPE=Release scripts/build.sh \
  -DROSTRA_BUILD_TESTS=OFF -DROSTRA_BUILD_BENCHMARKS=ON >/dev/null

# The corpus: learned from the real dumps in ../shared/corpus when present (sentences
# recombined, so phrase statistics stay real), else from the bundled sample.
sources=(corpus/sample)
for d in isot-fake-news bbc-news kremlin-en-full 1tv-ru-news-2022; do
  [ -d "../shared/corpus/$d" ] && sources+=("../shared/corpus/$d")
done
corpus="build-release/bench-corpus-$articles.jsonl.zst"
if [ ! -s "$corpus" ]; then
  build-release/benchmarks/rostra-corpus-gen "$articles" 1 "$corpus" "${sources[@]}"
fi

out_dir=benchmarks
[ $quick -eq 1 ] && out_dir=build-release
reps=20
[ $quick -eq 1 ] && reps=1
ROSTRA_BENCH_CORPUS="$corpus" ROSTRA_BENCH_REPS=$reps \
  build-release/benchmarks/rostra_peer_benchmark \
  --benchmark_format=console --benchmark_out_format=json \
  --benchmark_out="$out_dir/results.json" | grep -E '^BM_|ERROR' || true
python3 scripts/bench_report.py "$out_dir/results.json" "$corpus" "${sources[*]}" \
  "$commit" > "$out_dir/RESULTS.md"
if grep -q '"error_occurred": true' "$out_dir/results.json"; then
  echo "bench: a benchmark reported an error (see $out_dir/results.json)" >&2
  exit 1
fi
echo "bench: wrote $out_dir/RESULTS.md"
