#!/usr/bin/env bash
# Configures and builds Rostra in build/ (both cores). ROSTRA_WERROR=ON makes warnings errors.
# Usage: scripts/build.sh [extra cmake -D options]
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${ROSTRA_BUILD_DIR:-build}
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE="${ROSTRA_BUILD_TYPE:-RelWithDebInfo}" \
  -DROSTRA_WERROR="${ROSTRA_WERROR:-OFF}" "$@" >/dev/null
cmake --build "$build_dir" -j"$(nproc)"
