#!/usr/bin/env python3
"""Closed-loop keep-alive clients against rostra-serve, for scripts/bench-serve.sh.

Each client keeps one connection and sends its next search when the answer arrives, for
SECONDS; queries are taken in turn from QUERIES. It prints how many answers each client
got (min / median / max) and the latency percentiles over all answers. Unlike wrk, a client
that waited the whole run for its first answer is visible here (min 0 or 1, and its wait in
the maximum): wrk leaves requests still unanswered at the end out of its percentiles.
Usage: serve_clients.py PORT CLIENTS SECONDS QUERIES
"""
import http.client
import sys
import threading
import time
import urllib.parse


def main():
    port, clients, seconds, path = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
    with open(path, encoding="utf-8") as f:
        queries = [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]
    counts = [0] * clients
    latencies = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client(i):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        n = i
        while time.monotonic() < stop:
            q = queries[n % len(queries)]
            n += 1
            start = time.monotonic()
            conn.request("GET", "/api/v1/search?q=" + urllib.parse.quote(q))
            conn.getresponse().read()
            with lock:
                latencies.append(time.monotonic() - start)
                counts[i] += 1

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    counts.sort()
    latencies.sort()

    def pct(p):
        return latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))] * 1000

    print(f"answers={sum(counts)} per_client_min={counts[0]} per_client_median="
          f"{counts[len(counts) // 2]} per_client_max={counts[-1]} p50_ms={pct(50):.1f} "
          f"p99_ms={pct(99):.1f} max_ms={latencies[-1] * 1000:.1f}")


if __name__ == "__main__":
    main()
