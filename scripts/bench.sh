#!/usr/bin/env bash
# Benchmarks Rostra against stock Xapian and SQLite FTS5 in one run and writes a report
# (tables, ratios, machine, commit) with the raw Google Benchmark JSON beside it.
#   scripts/bench.sh [ARTICLES]   generated corpus (default 200000 articles: real sentences
#                                 recombined), for scale: benchmarks/RESULTS.md, results.json
#   scripts/bench.sh --real [N]   real text (default 76000 articles): the real articles of
#                                 ../shared/corpus replicated to N, the real query set
#                                 benchmarks/queries/real-news.tsv: benchmarks/RESULTS-real.md
#                                 (76000) or RESULTS-real-N.md, results-real[-N].json
#   scripts/bench.sh --quick      about a minute, for CI: 1000 generated articles (and 5000
#                                 real ones when ../shared/corpus is there), results kept in
#                                 the build directory, fails if any benchmark reports an error
# ROSTRA_BENCH_KEEP=1 keeps the indexes (build-release/bench-work-*) after the run.
set -euo pipefail
cd "$(dirname "$0")/.."
quick=0
real=0
articles=200000
case "${1:-}" in
  --quick) quick=1; articles=1000 ;;
  --real) real=1; articles=${2:-76000} ;;
  "") ;;
  *) articles=$1 ;;
esac
shared=../shared/corpus
real_sources=("$shared/isot-fake-news" "$shared/bbc-news" "$shared/kremlin-en-full" "$shared/ru-news")
if [ $real -eq 1 ]; then
  for d in "${real_sources[@]}"; do
    [ -d "$d" ] || { echo "bench: --real needs $d" >&2; exit 2; }
  done
fi

scripts/install-deps.sh
# The commit measured: taken before building, so later commits during a long run do not
# relabel it; marked when the working tree differs from it.
commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ]; then
  commit="$commit+uncommitted"
fi
ROSTRA_WERROR=ON ROSTRA_BUILD_DIR=build-release ROSTRA_BUILD_TYPE=Release scripts/build.sh \
  -DROSTRA_BUILD_TESTS=OFF -DROSTRA_BUILD_BENCHMARKS=ON >/dev/null

# run_bench KIND ARTICLES OUT_DIR NAME REPS: builds the corpus (kept in build-release for the
# next run), runs the peer benchmark over it and writes OUT_DIR/NAME.md and the JSON.
run_bench() {
  local kind=$1 count=$2 out_dir=$3 name=$4 reps=$5 corpus sources queries=""
  if [ "$kind" = real ]; then
    sources=("${real_sources[@]}")
    corpus="build-release/bench-real-$count.jsonl.zst"
    queries=benchmarks/queries/real-news.tsv
    [ -s "$corpus" ] || build-release/benchmarks/rostra-corpus-gen --real "$count" "$corpus" \
      "${sources[@]}"
  else
    # Learned from the real dumps in ../shared/corpus when present (sentences recombined,
    # so phrase statistics stay real), else from the bundled sample.
    sources=(corpus/sample)
    for d in isot-fake-news bbc-news kremlin-en-full 1tv-ru-news-2022; do
      [ -d "$shared/$d" ] && sources+=("$shared/$d")
    done
    corpus="build-release/bench-corpus-$count.jsonl.zst"
    [ -s "$corpus" ] || build-release/benchmarks/rostra-corpus-gen "$count" 1 "$corpus" \
      "${sources[@]}"
  fi
  local work="build-release/bench-work-$kind-$count" json
  json="$out_dir/$(echo "$name" | sed 's/^RESULTS/results/').json"
  rm -rf "$work" && mkdir -p "$work"
  ROSTRA_BENCH_CORPUS="$corpus" ROSTRA_BENCH_REPS=$reps ROSTRA_BENCH_WORK_DIR="$work" \
    ROSTRA_BENCH_QUERIES="$queries" build-release/benchmarks/rostra_peer_benchmark \
    --benchmark_format=console --benchmark_out_format=json \
    --benchmark_out="$json" | grep -E '^BM_|ERROR' || true
  python3 scripts/bench_report.py "$json" "$corpus" "${sources[*]}" "$commit" "$kind" \
    "$work" > "$out_dir/$name.md"
  [ "${ROSTRA_BENCH_KEEP:-0}" = 1 ] || rm -rf "$work"
  if grep -q '"error_occurred": true' "$json"; then
    echo "bench: a benchmark reported an error (see $json)" >&2
    return 1
  fi
  echo "bench: wrote $out_dir/$name.md"
}

if [ $quick -eq 1 ]; then
  run_bench generated 1000 build-release RESULTS 1
  # The real-text pass, when the real dumps are here (not in CI's fresh checkout).
  if [ -d "$shared/isot-fake-news" ] && [ -d "$shared/bbc-news" ] &&
    [ -d "$shared/kremlin-en-full" ] && [ -d "$shared/ru-news" ]; then
    run_bench real 5000 build-release RESULTS-real 1
  else
    echo "bench: $shared absent; real-text quick pass skipped"
  fi
elif [ $real -eq 1 ]; then
  name=RESULTS-real
  [ "$articles" = 76000 ] || name="RESULTS-real-$articles"
  run_bench real "$articles" benchmarks "$name" 20
else
  run_bench generated "$articles" benchmarks RESULTS 20
fi
