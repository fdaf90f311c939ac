#!/usr/bin/env bash
# Throughput of WARC ingest of HTML (issue #19): writes a WARC/1.0 file of HTTP response
# records from the pages of ../shared/corpus/kremlin-en (each page COPIES times under its own
# URL, so the run is long enough to time), then times a whole `rostra-index` run on it
# (parse, extract, quotes, indexing, both cores): MB of HTML per second of wall and CPU time.
# Skips (exit 0) when ../shared is absent.
#   scripts/bench-warc.sh [COPIES]      default 4
# Environment: ROSTRA_INDEX_BIN (default build/rostra-index), ROSTRA_BENCH_DIR (scratch
# directory, default a fresh one under /tmp, removed at the end).
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-4}
pages=../shared/corpus/kremlin-en/news
index_bin=${ROSTRA_INDEX_BIN:-build/rostra-index}
if [ ! -d "$pages" ]; then
  echo "bench-warc: $pages is absent; skipped"
  exit 0
fi
scratch=${ROSTRA_BENCH_DIR:-$(mktemp -d /tmp/rostra-bench-warc.XXXXXX)}
trap 'rm -rf "$scratch"' EXIT
warc="$scratch/kremlin-en.warc"

# One response record per page: WARC/1.0 headers, then the HTTP response as the block.
python3 - "$pages" "$warc" "$copies" <<'PY'
import os, sys, uuid
pages, out, copies = sys.argv[1], sys.argv[2], int(sys.argv[3])
html_bytes = 0
with open(out, "wb") as warc:
    for copy in range(copies):
        for name in sorted(os.listdir(pages)):
            with open(os.path.join(pages, name), "rb") as f:
                body = f.read()
            html_bytes += len(body)
            http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                    b"Content-Length: %d\r\n\r\n" % len(body)) + body
            uri = "http://en.kremlin.ru/events/president/news/%s?copy=%d" % (name[:-5], copy)
            head = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\n"
                    "WARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:%s>\r\n"
                    "Content-Type: application/http; msgtype=response\r\n"
                    "Content-Length: %d\r\n\r\n" % (uri, uuid.uuid4(), len(http)))
            warc.write(head.encode() + http + b"\r\n\r\n")
with open(out + ".html-bytes", "w") as f:
    f.write(str(html_bytes))
PY
html_bytes=$(cat "$warc.html-bytes")
echo "commit $(git rev-parse --short HEAD), $(uname -n), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s.%N)
# rostra-index exits non-zero when it rejected a record (a page without main text): the
# run still counts; only a run that indexed nothing fails.
/usr/bin/time -f '%U %S %M' -o "$scratch/time" "$index_bin" --db "$scratch/db" "$warc" \
  >"$scratch/log" 2>&1 || true
grep -q 'rostra-index: indexed [1-9]' "$scratch/log" || { cat "$scratch/log"; exit 1; }
end=$(date +%s.%N)
read -r user sys rss_kb < <(tail -1 "$scratch/time")
python3 - "$html_bytes" "$start" "$end" "$user" "$sys" "$rss_kb" "$(nproc)" <<'PY'
import sys
html, start, end, user, sys_t, rss, cores = sys.argv[1:]
mb = int(html) / 1e6
wall = float(end) - float(start)
cpu = float(user) + float(sys_t)
print("%s cores, load average at the end: %s" % (cores, open("/proc/loadavg").read().split()[0]))
print("HTML %.1f MB in %.2f s wall, %.2f s CPU (user %s, sys %s), peak RSS %d MB" %
      (mb, wall, cpu, user, sys_t, int(rss) // 1024))
print("%.2f MB/s of HTML (wall), %.2f MB/s per CPU second" % (mb / wall, mb / cpu))
PY
grep -v "rejected: " "$scratch/log" | tail -4
