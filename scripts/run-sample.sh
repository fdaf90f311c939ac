#!/usr/bin/env bash
# Installs what Rostra needs, builds it, indexes the bundled sample corpus (corpus/sample)
# into ./rostra-db and runs a few example searches.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
db=${ROSTRA_DB:-rostra-db}
bin=build
echo
echo "== rostra-index --db $db corpus/sample"
"$bin"/rostra-index --db "$db" corpus/sample
run() {
  echo
  echo "== rostra-search --db $db $*"
  "$bin"/rostra-search --db "$db" "$@"
}
run --stats
run --limit 3 '"prevent a second winter war" OR "stop another Winter War from happening"'
run --limit 3 --facets 'tariffs NOT outlet:"Capital Wire"'
run --limit 3 --sort newest 'date:2025-01..2025-06 parliament'
run --limit 2 'выборы NEAR/5 парламент'
run --quotes --limit 3 --sort oldest 'speaker:"Miroslav Tesar" war'
run --limit 2 --json 'title:budget'
