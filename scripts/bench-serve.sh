#!/usr/bin/env bash
# Load benchmark of rostra-serve on loopback (issue #24, item 6), written to
# benchmarks/RESULTS-serve.md:
#   - requests/s, p50, p90 and p99 per endpoint (search, quotes, facets, histogram, article)
#     with 1, 8 and 32 concurrent keep-alive clients, driven by wrk (benchmarks/serve_load.lua);
#   - the same at 32 clients that wait a think time between answers (serve_think.lua);
#   - what the server adds to a search over the library (rostra_serve_benchmark);
#   - the server's resident memory before and after 100,000 more requests.
# The index is built once from the generated corpus (rostra-corpus-gen, as scripts/bench.sh)
# and kept in build-release/ (outside git) for the next run.
#   scripts/bench-serve.sh [ARTICLES]       default 200000
# Environment: ROSTRA_BENCH_SECONDS (per cell, default 10), ROSTRA_SERVE_BIN (the server to
# measure, default build-release/rostra-serve), ROSTRA_SERVE_ARGS (extra server options),
# ROSTRA_BENCH_OUT (default benchmarks/RESULTS-serve.md), ROSTRA_BENCH_THINK_MS (the mean think
# times of the 32 reading clients, default "250 100").
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-200000}
seconds=${ROSTRA_BENCH_SECONDS:-10}
out=${ROSTRA_BENCH_OUT:-benchmarks/RESULTS-serve.md}
queries=benchmarks/queries/serve.txt
think_times=${ROSTRA_BENCH_THINK_MS:-250 100}
port=$((20000 + RANDOM % 20000))

scripts/install-deps.sh
commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ]; then
  commit="$commit+uncommitted"
fi
cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release -DROSTRA_WERROR=ON \
  -DROSTRA_BUILD_TESTS=OFF -DROSTRA_BUILD_BENCHMARKS=ON >/dev/null
cmake --build build-release -j"$(nproc)" --target rostra-corpus-gen rostra-index rostra-serve \
  rostra_serve_benchmark >/dev/null
server_bin=${ROSTRA_SERVE_BIN:-build-release/rostra-serve}

# The corpus and index, built once.
corpus="build-release/bench-corpus-$articles.jsonl.zst"
index="build-release/serve-index-$articles"
if [ ! -s "$corpus" ]; then
  sources=(corpus/sample)
  for d in isot-fake-news bbc-news kremlin-en-full 1tv-ru-news-2022; do
    [ -d "../shared/corpus/$d" ] && sources+=("../shared/corpus/$d")
  done
  build-release/benchmarks/rostra-corpus-gen "$articles" 1 "$corpus" "${sources[@]}"
fi
if [ ! -d "$index/articles" ]; then
  rm -rf "$index"
  build-release/rostra-index --db "$index" --quiet "$corpus"
fi

work=$(mktemp -d)
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# shellcheck disable=SC2086 # ROSTRA_SERVE_ARGS is a list of options
"$server_bin" --db "$index" --listen "127.0.0.1:$port" ${ROSTRA_SERVE_ARGS:-} >"$work/server.log" 2>&1 &
server_pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 100); do
  curl -sf "$base/api/v1/stats" >/dev/null && break
  sleep 0.2
done
rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$server_pid/status"; }

# Every query must find something, or a fast empty answer would be measured.
while IFS= read -r q; do
  [ -z "$q" ] || [ "${q:0:1}" = "#" ] && continue
  total=$(curl -sfG "$base/api/v1/search" --data-urlencode "q=$q" --data size=0 |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
  [ "$total" -gt 0 ] || { echo "bench-serve: no hits for $q" >&2; exit 1; }
done <"$queries"
# Article ids: the first hits of the queries.
while IFS= read -r q; do
  [ -z "$q" ] || [ "${q:0:1}" = "#" ] && continue
  curl -sfG "$base/api/v1/search" --data-urlencode "q=$q" --data size=20 |
    python3 -c 'import json,sys; [print(h["id"]) for h in json.load(sys.stdin)["hits"]]'
done <"$queries" | sort -u >"$work/ids.txt"
rss_start=$(rss_kb)

# run_wrk ENDPOINT CLIENTS SECONDS [THINK_MS]: the RESULT line of one wrk run; with THINK_MS,
# each client waits a random think time of that mean after an answer (serve_think.lua).
run_wrk() {
  local endpoint=$1 clients=$2 secs=$3 think=${4:-} list=$queries threads=2
  local script=benchmarks/serve_load.lua
  [ "$endpoint" = article ] && list="$work/ids.txt"
  [ "$clients" -lt 2 ] && threads=1
  [ -n "$think" ] && script=benchmarks/serve_think.lua
  # shellcheck disable=SC2086 # $think is empty or one number
  wrk -t"$threads" -c"$clients" -d"${secs}s" --timeout 30s -s "$script" \
    "$base/" -- "$endpoint" "$list" $think | grep '^RESULT'
  drain
}
# Waits until the requests wrk left behind are answered: the server finishes a request whose
# client has gone, and stats waits for a search slot behind them (IndexPool serves in order),
# so the next cell does not start behind the last one's leftovers.
drain() { curl -sf -m 300 "$base/api/v1/stats" >/dev/null; }
field() { sed -E "s/.* $1=([^ ]+).*/\1/" <<<"$2"; }

# Warm-up: every endpoint at 32 clients, so every handle of the pool is open and warm.
for endpoint in search quotes facets histogram article; do run_wrk "$endpoint" 32 3 >/dev/null; done
rss_warm=$(rss_kb)

# The cells of a RESULT line: requests/s | p50 | p90 | p99 | max (ms).
latency_cells() {
  printf '%s | %s | %s | %s | %s' "$(field rps "$1")" "$(field p50_ms "$1")" \
    "$(field p90_ms "$1")" "$(field p99_ms "$1")" "$(field max_ms "$1")"
}
# The p99 of a RESULT line over the 1-client p99 of ENDPOINT (the issue's target: at most 4
# at 32 clients).
declare -A p99_single
p99_ratio() { awk -v a="$(field p99_ms "$1")" -v b="${p99_single[$2]}" 'BEGIN {printf "%.1f", a / b}'; }
errors_of() { echo $(($(field non2xx "$1") + $(field errors "$1"))); }

table="$work/table.md"
served=0
for endpoint in search quotes facets histogram article; do
  for clients in 1 8 32; do
    line=$(run_wrk "$endpoint" "$clients" "$seconds")
    served=$((served + $(field requests "$line")))
    [ "$clients" -eq 1 ] && p99_single[$endpoint]=$(field p99_ms "$line")
    # Beside the p99 ratio, the mean latency a closed loop of this many clients must show at
    # this throughput (Little's law: clients / requests per second), which no server can beat.
    printf '| %s | %s | %s | %s | %s | %s |\n' "$endpoint" "$clients" "$(latency_cells "$line")" \
      "$(p99_ratio "$line" "$endpoint")" \
      "$(awk -v c="$clients" -v r="$(field rps "$line")" 'BEGIN {printf "%.1f", 1000 * c / r}')" \
      "$(errors_of "$line")" >>"$table"
    echo "bench-serve: $endpoint $clients: $line"
  done
done

# 32 clients that read what they get: each waits a think time (exponential, THINK ms on
# average) after an answer, as people using the page do, so the load offered stays below what
# 2 cores can serve and p99 shows what sharing the server with 31 others costs a client.
# Twice the cell's seconds: at 250 ms the searching endpoints then get about as many answers
# (some 2,400) as their 1-client cells, enough for a p99.
think_table="$work/think.md"
for think in $think_times; do
  for endpoint in search quotes facets histogram article; do
    line=$(run_wrk "$endpoint" 32 $((2 * seconds)) "$think")
    served=$((served + $(field requests "$line")))
    printf '| %s | %s | %s | %s | %s |\n' "$endpoint" "$think" "$(latency_cells "$line")" \
      "$(p99_ratio "$line" "$endpoint")" "$(errors_of "$line")" >>"$think_table"
    echo "bench-serve: $endpoint 32 clients thinking $think ms: $line"
  done
done

# Fairness at 32 clients: answers per client (benchmarks/serve_clients.py sees a client that
# waited the whole run, which wrk leaves out); with ROSTRA_SERVE_BASE_BIN, the same against
# that server too (an older build) on another port.
fair=$(python3 benchmarks/serve_clients.py "$port" 32 "$seconds" "$queries")
fair_base=""
if [ -n "${ROSTRA_SERVE_BASE_BIN:-}" ]; then
  "$ROSTRA_SERVE_BASE_BIN" --db "$index" --listen "127.0.0.1:$((port + 1))" >/dev/null 2>&1 &
  base_pid=$!
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$((port + 1))/api/v1/stats" >/dev/null && break; sleep 0.2; done
  fair_base=$(python3 benchmarks/serve_clients.py "$((port + 1))" 32 "$seconds" "$queries")
  kill "$base_pid"; wait "$base_pid" 2>/dev/null || true
fi

# Memory over 100,000 more requests: every endpoint in turn at 8 clients, 5 s each, until
# 100,000 have been answered (the cheap article lookups are most of them).
rss_before=$(rss_kb)
memory_requests=0
memory_mix=""
memory_rss=""
while [ "$memory_requests" -lt 100000 ]; do
  for endpoint in search quotes facets histogram article; do
    line=$(run_wrk "$endpoint" 8 5)
    memory_requests=$((memory_requests + $(field requests "$line")))
    memory_mix="$memory_mix $endpoint:$(field requests "$line")"
  done
  memory_rss="$memory_rss $(($(rss_kb) / 1024))"
done
rss_after=$(rss_kb)

# Three runs of 1,000 rounds each, each in a process of its own, and the median of each
# "added" figure over them: one run on a shared machine moves by a tenth of a millisecond.
# (Google Benchmark's --benchmark_repetitions in one process gave repetitions that disagreed
# with the first by more than that, in both directions.)
overhead=""
for _ in 1 2 3; do
  overhead+=$(ROSTRA_BENCH_INDEX="$index" ROSTRA_BENCH_SERVE_QUERIES="$queries" \
    build-release/benchmarks/rostra_serve_benchmark --benchmark_format=console 2>/dev/null |
    grep '^BM_')$'\n'
done
overhead_median=""
for counter in added_median_paired_ms added_p50_ms added_cpu_median_paired_ms \
  added_server_cpu_median_paired_ms; do
  overhead_median+=" $counter=$(grep -oE "$counter=[-0-9.e]+" <<<"$overhead" | cut -d= -f2 |
    sort -g | sed -n 2p)"
done

cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
{
  echo "# rostra-serve under load"
  echo
  echo "Generated by \`scripts/bench-serve.sh\`; do not edit by hand."
  echo
  echo "- commit: \`$commit\`; server: \`$server_bin ${ROSTRA_SERVE_ARGS:-}\` (defaults otherwise)"
  echo "- date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "- machine: $cpu, $(nproc) CPUs, $(free -g | awk '/^Mem/ {print $2}') GiB; load average" \
    "before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- index: \`$index\`, $articles generated articles (\`$corpus\`, rostra-corpus-gen)"
  echo "- load: wrk $(wrk --version 2>&1 | head -1 | awk '{print $2}'), ${seconds} s a cell," \
    "closed loop (each client sends its next request when the answer arrives), keep-alive;" \
    "queries: \`$queries\` in turn; article: $(wc -l <"$work/ids.txt") ids of their hits"
  echo
  echo "| endpoint | clients | requests/s | p50 ms | p90 ms | p99 ms | max ms | p99 ÷ 1-client p99 | clients ÷ requests/s, ms | errors |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  cat "$table"
  echo
  echo "32 clients, each waiting a think time after an answer (exponential, the mean given)" \
    "before its next request (benchmarks/serve_think.lua), $((2 * seconds)) s a cell; p99" \
    "against the 1-client p99 of the table above:"
  echo
  echo "| endpoint | think ms (mean) | requests/s | p50 ms | p90 ms | p99 ms | max ms | p99 ÷ 1-client p99 | errors |"
  echo "|---|---|---|---|---|---|---|---|---|"
  cat "$think_table"
  echo
  echo "Search at 32 clients with benchmarks/serve_clients.py (answers per client, and every"
  echo "answer's latency, including a client's wait for its first):"
  echo
  echo "- this server: $fair"
  [ -z "$fair_base" ] || echo "- \`$ROSTRA_SERVE_BASE_BIN\`: $fair_base"
  echo
  echo "Memory (VmRSS of the server): $((rss_start / 1024)) MB after start-up checks," \
    "$((rss_warm / 1024)) MB after the warm-up, $((rss_before / 1024)) MB after the table's" \
    "$served requests, $((rss_after / 1024)) MB after $memory_requests more; MB after each" \
    "round of the five endpoints:$memory_rss; requests per endpoint:$memory_mix."
  echo
  echo "What the server adds to a search (rostra_serve_benchmark, 1,000 rounds of the same" \
    "queries through the library, the API without HTTP, and HTTP from one keep-alive client;" \
    "three runs, each a process of its own):"
  echo
  echo '```'
  printf '%s' "$overhead"
  echo '```'
  echo
  echo "Median of the three runs:$overhead_median."
} >"$out"
echo "bench-serve: wrote $out"
