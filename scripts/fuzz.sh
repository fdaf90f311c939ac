#!/usr/bin/env bash
# Builds the libFuzzer targets in fuzz/ with clang (ASan + UBSan, library included) in
# build-fuzz/ and runs each one for a bounded time on a copy of its seed corpus. Prints the
# executions per target and whether it crashed; exits 1 when any target crashed (the
# reproducers are kept in build-fuzz/artifacts/<target>/ and their paths printed).
# Non-interactive and bounded: about SECONDS_PER_TARGET x 8 plus the build.
#
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET]        (default 20)
#   ROSTRA_FUZZ_TARGETS="fuzz_query_parser ..."  runs only those targets
#   ROSTRA_FUZZ_BUILD_DIR=dir                    builds elsewhere than build-fuzz
#   ROSTRA_FUZZ_ARGS="-malloc_limit_mb=4096"     extra libFuzzer options for every target
# Reproduce a crash: build-fuzz/fuzz/<target> build-fuzz/artifacts/<target>/crash-...
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-20}
if ! [[ $seconds =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: scripts/fuzz.sh [SECONDS_PER_TARGET]  (a positive whole number)" >&2
  exit 2
fi
build_dir=${ROSTRA_FUZZ_BUILD_DIR:-build-fuzz}
all_targets=(fuzz_jsonl_reader fuzz_csv_reader fuzz_text_article fuzz_compressed_stream
  fuzz_quote_extractor fuzz_query_parser fuzz_word_tokenizer fuzz_token_record
  fuzz_html_article fuzz_warc_reader)
read -r -a targets <<<"${ROSTRA_FUZZ_TARGETS:-${all_targets[*]}}"
started=$SECONDS

# A build directory configured with another compiler cannot switch to clang: start over.
if [[ -f $build_dir/CMakeCache.txt ]] &&
  ! grep -q '^CMAKE_CXX_COMPILER:[A-Z]*=.*clang++' "$build_dir/CMakeCache.txt"; then
  echo "fuzz: $build_dir was configured with another compiler; reconfiguring from scratch"
  rm -rf "$build_dir"
fi
echo "fuzz: configuring $build_dir (clang, ASan+UBSan, libFuzzer)"
CC=clang CXX=clang++ cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DROSTRA_BUILD_FUZZERS=ON -DROSTRA_SANITIZE=ON \
  -DROSTRA_BUILD_TESTS=OFF -DROSTRA_BUILD_BENCHMARKS=OFF >/dev/null
echo "fuzz: building ${#targets[@]} targets"
# One target per invocation: several --target at once let make build the library twice
# in parallel.
for target in "${targets[@]}"; do
  cmake --build "$build_dir" -j"$(nproc)" --target "$target"
done

# The runs. LeakSanitizer is on (libFuzzer's default with ASan); UBSan reports abort.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# Temporary files (fuzz_compressed_stream's) stay in the build directory, even after a crash.
mkdir -p "$build_dir/logs" "$build_dir/tmp"
TMPDIR=$(cd "$build_dir/tmp" && pwd)
export TMPDIR
failed=0
summary=()
for target in "${targets[@]}"; do
  seeds=fuzz/corpus/$target
  corpus=$build_dir/corpus/$target
  artifacts=$build_dir/artifacts/$target
  log=$build_dir/logs/$target.log
  dict=fuzz/dict/$target.dict
  # The working corpus grows in build-fuzz (kept between runs); the seeds are only copied.
  mkdir -p "$corpus" "$artifacts"
  if [[ -d $seeds ]]; then cp -R "$seeds"/. "$corpus"/; fi
  marker=$build_dir/logs/$target.started
  touch "$marker"
  args=(-max_total_time="$seconds" -rss_limit_mb=2048 -max_len=65536 -timeout=30
    -print_final_stats=1 -artifact_prefix="$artifacts/")
  if [[ -f $dict ]]; then args+=(-dict="$dict"); fi
  read -r -a extra <<<"${ROSTRA_FUZZ_ARGS:-}"
  args+=("${extra[@]}")
  echo "fuzz: running $target for ${seconds}s"
  rc=0
  # The outer timeout only guards against a hang libFuzzer itself cannot interrupt.
  timeout --kill-after=10 $((seconds + 120)) \
    "$build_dir/fuzz/$target" "${args[@]}" "$corpus" >"$log" 2>&1 || rc=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
  found=$(find "$artifacts" -type f -newer "$marker" | sort)
  if [[ $rc -eq 0 && -z $found ]]; then
    result=ok
  else
    failed=1
    result="CRASHED (exit $rc)"
    echo "fuzz: $target failed; log: $log"
    grep -E '^(==[0-9]+==ERROR|SUMMARY|.*FUZZ_CHECK failed|.*runtime error)' "$log" | head -n 5 |
      sed 's/^/  /' || true
    for file in $found; do echo "  artifact: $file"; done
    if [[ -z $found ]]; then echo "  (no artifact written; see the log)"; fi
  fi
  summary+=("$(printf '%-24s %12s execs %8s exec/s  %s' "$target" "${execs:-?}" "${speed:-?}" \
    "$result")")
done

echo
echo "fuzz: summary (${seconds}s per target, $((SECONDS - started))s in all)"
printf '  %s\n' "${summary[@]}"
if [[ $failed -ne 0 ]]; then
  echo "fuzz: FAILED: at least one target crashed; artifacts under $build_dir/artifacts/"
  exit 1
fi
echo "fuzz: no crashes"
