#!/usr/bin/env bash
# Installs what Rostra needs, builds it with warnings as errors, and runs every test
# (GoogleTest through CTest, both cores), the quick fault-injection suite, the format check,
# and quick benchmark passes so the benchmarks keep building and working.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
ROSTRA_WERROR=ON scripts/build.sh
build_dir=${ROSTRA_BUILD_DIR:-build}
ctest --test-dir "$build_dir" --output-on-failure -j"$(nproc)"
# SIGKILL and I/O-error trials of rostra-index, each followed by --check and a resume (< 2 min).
scripts/fault-suite.sh --quick --build "$build_dir"
scripts/check-format.sh
"$build_dir"/benchmarks/rostra_benchmarks --benchmark_min_time=0.01 >/dev/null
echo "benchmarks: sample suite ran"
scripts/bench.sh --quick
