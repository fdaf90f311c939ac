#!/usr/bin/env bash
# Installs what Rostra needs, builds it, indexes the bundled sample corpus (corpus/sample)
# into ./rostra-db, runs a few example searches, and (on a terminal) serves the search page.
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

# The search page on the sample index. On a terminal the script ends by serving it (Ctrl-C
# stops it); in scripts (no terminal) or with ROSTRA_SERVE=0 it only says how.
echo
if [ -t 1 ] && [ "${ROSTRA_SERVE:-1}" != 0 ]; then
  echo "== rostra-serve --db $db: open http://127.0.0.1:${ROSTRA_PORT:-8080}/ (Ctrl-C stops it;"
  echo "   ROSTRA_SERVE=0 skips this step)"
  exec "$bin"/rostra-serve --db "$db" --listen "127.0.0.1:${ROSTRA_PORT:-8080}"
fi
echo "== the search page: $bin/rostra-serve --db $db, then open http://127.0.0.1:8080/"
