#!/usr/bin/env bash
# Installs every Debian 12 package that Rostra's build, tests and benchmarks need.
# Idempotent: when all packages are already present it returns without touching apt.
set -euo pipefail

packages=(
  build-essential cmake pkg-config git ca-certificates
  libxapian-dev xapian-tools
  libicu-dev
  libboost-program-options-dev
  libzstd-dev zstd
  zlib1g-dev
  libdeflate-dev
  libjemalloc-dev
  libsimdjson-dev
  libcpp-httplib-dev
  help2man
  wrk curl
  chromium
  libgumbo-dev
  wget
  libgtest-dev libgmock-dev googletest
  libbenchmark-dev
  libsqlite3-dev
  clang-format
  clang-14 libclang-rt-14-dev
  strace
  time
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
