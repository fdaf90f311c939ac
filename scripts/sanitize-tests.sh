#!/usr/bin/env bash
# Builds Rostra and its tests with AddressSanitizer + UndefinedBehaviorSanitizer (Debug,
# the default compiler) in build-asan/ and runs the whole CTest suite under them, leak
# checking included. Exits non-zero when the build fails or any test (or sanitizer) fails.
# Usage: scripts/sanitize-tests.sh [extra cmake -D options]
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${ROSTRA_ASAN_BUILD_DIR:-build-asan}
started=$SECONDS

# Exported before the build too: gtest_discover_tests runs the test binary while building.
export ASAN_OPTIONS=detect_leaks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

echo "sanitize: configuring $build_dir (Debug, ASan+UBSan)"
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Debug -DROSTRA_SANITIZE=ON \
  -DROSTRA_BUILD_BENCHMARKS=OFF -DROSTRA_BUILD_FUZZERS=OFF "$@" >/dev/null
echo "sanitize: building"
cmake --build "$build_dir" -j"$(nproc)"
echo "sanitize: running tests"
rc=0
ctest --test-dir "$build_dir" -j2 --output-on-failure || rc=$?
echo "sanitize: $((SECONDS - started))s in all"
if [[ $rc -ne 0 ]]; then
  echo "sanitize: FAILED (ctest exit $rc)"
  exit "$rc"
fi
echo "sanitize: all tests passed under ASan+UBSan"
