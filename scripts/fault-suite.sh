#!/usr/bin/env python3
# Fault-injection suite for rostra-index (issue 21). Builds nothing: runs the built programs.
#
# Kills rostra-index with SIGKILL at many points of a bulk load, a merge, an incremental load
# and a delete: at random times, and at exact system calls (strace -f -e inject=SYSCALL:
# signal=SIGKILL:when=N on rename, unlinkat, fdatasync, fsync), and makes calls fail
# (inject=fdatasync:error=EIO, inject=fsync:error=EIO, inject=write:error=ENOSPC). After
# each kill or failure it runs `rostra-index --check` and counts a fixed query set
# (rostra-search --db DB -n 0 QUERY, and with --quotes); then it reruns the same command (the
# resume) and checks again.
#   After the kill: the checker must find no damage (an interrupted load or merge is fine), and
#   each count must lie between the count before the command and that of a clean run.
#   After the resume: the command must succeed, the checker must call the index healthy, and
#   every count must equal the clean run's.
# The clean run of each scenario is checked too (rows "clean run (no fault)").
#
# Scenarios: "bulk" and "merge" load corpus/sample and a generated corpus into a new index (two
# writers, small segments, so several rounds commit; "merge" kills at calls of the final merge
# and switch-over); "incremental" adds a second generated corpus to an index written directly
# (--segments 1, the row "base"); "delete" deletes part of that index's articles with
# XAPIAN_FLUSH_THRESHOLD=100, so that Xapian flushes by itself mid-run as it does in a delete of
# thousands of articles.
#
# `when=N` counts the calls of each thread apart (strace accounts per tracee): the Nth call of
# whichever thread reaches N first. The kill point column names that call, as a counting run
# under strace saw it.
#
# Usage: scripts/fault-suite.sh [--quick] [--build DIR] [--work DIR] [--seed N] [--keep]
#   --quick   20 trials on 600 generated articles, about 50 s, stopping at 105 s (CI)
#   default   about 55 trials on 3,000 generated articles, about 10 minutes
# Prints the outcome table, then "N passed, N failed"; exits 1 when a trial failed, 2 when
# the suite could not run. Work files go to a new temporary directory, removed at the end
# unless --keep or --work is given (then the failed trials' indexes stay, as resumed).
import argparse
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Counted after every kill and resume. NEAR/ADJ ones depend on the stems' word forms.
ARTICLE_QUERIES = [
    "minister", '"prime minister"', '"the government"', "putin", "закрытия", "title:акция",
    "tax NEAR/3 cut", "ministry NEAR/5 said", "retire NEAR/5 age", "cut NEAR/4 subsidies",
    "elect NEAR/5 president", "farmers NEAR/5 road", "date:2024", "outlet:Reuters",
]
QUOTE_QUERIES = ["minister", '"the government"', "закрытия", "said NEAR/2 minister", "subsidies"]

SIZES = {  # generated articles loaded, added, deleted
    "quick": {"load": 600, "add": 200, "delete": 250},
    "full": {"load": 3000, "add": 1000, "delete": 1200},
}

# Trials per scenario: (kind, syscall, errno or None, how many).
PLANS = {
    "quick": {
        "bulk": [("time", None, None, 2), ("signal", "rename", None, 1),
                 ("signal", "fdatasync", None, 1), ("error", "fdatasync", "EIO", 1),
                 ("error", "fsync", "EIO", 1), ("error", "write", "ENOSPC", 1)],
        "merge": [("signal", "rename", None, 2), ("signal", "unlinkat", None, 1)],
        "incremental": [("time", None, None, 1), ("signal", "fdatasync", None, 1),
                        ("error", "fdatasync", "EIO", 1), ("error", "write", "ENOSPC", 1)],
        "delete": [("time", None, None, 1), ("signal", "fdatasync", None, 1),
                   ("signal", "rename", None, 1)],
    },
    "full": {
        "bulk": [("time", None, None, 6), ("signal", "rename", None, 4),
                 ("signal", "unlinkat", None, 2), ("signal", "fdatasync", None, 3),
                 ("error", "fdatasync", "EIO", 2), ("error", "fsync", "EIO", 2),
                 ("error", "write", "ENOSPC", 2)],
        "merge": [("signal", "rename", None, 4), ("signal", "unlinkat", None, 4),
                  ("signal", "fsync", None, 2), ("error", "write", "ENOSPC", 1)],
        "incremental": [("time", None, None, 5), ("signal", "rename", None, 2),
                        ("signal", "fdatasync", None, 3), ("error", "fdatasync", "EIO", 2),
                        ("error", "write", "ENOSPC", 2)],
        "delete": [("time", None, None, 5), ("signal", "rename", None, 2),
                   ("signal", "fdatasync", None, 2), ("signal", "unlinkat", None, 1),
                   ("error", "fdatasync", "EIO", 1)],
    },
}
TRACED = ["rename", "unlinkat", "fdatasync", "fsync", "write"]


def die(message):
    print(f"fault-suite: {message}", file=sys.stderr)
    sys.exit(2)


def run(cmd, timeout, **kw):
    """Runs cmd; returns (exit status, stdout, stderr); status -9 when killed, None on a hang."""
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, **kw)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return None, "", "timed out"


class Tools:
    def __init__(self, build):
        self.index = os.path.join(build, "rostra-index")
        self.search = os.path.join(build, "rostra-search")
        self.gen = os.path.join(build, "benchmarks", "rostra-corpus-gen")
        for path in (self.index, self.search, self.gen):
            if not os.access(path, os.X_OK):
                die(f"{path} is missing: build first (scripts/build.sh)")
        if shutil.which("strace") is None:
            die("strace is missing (scripts/install-deps.sh installs it)")

    def counts(self, db):
        """The hit count of each query, or None for a query that failed."""
        out = {}
        for quotes, queries in ((False, ARTICLE_QUERIES), (True, QUOTE_QUERIES)):
            for q in queries:
                cmd = [self.search, "--db", db, "-n", "0", "--json"] + (["--quotes"] if quotes else [])
                status, stdout, _ = run(cmd + [q], 60)
                total = None
                for line in stdout.splitlines():
                    if status == 0 and '"type":"total"' in line:
                        total = json.loads(line).get("matches")
                out[("quotes " if quotes else "") + q] = total
        return out

    def check(self, db):
        """(status name, damage kinds) by rostra-index --check."""
        status, stdout, stderr = run([self.index, "--check", db, "--json"], 300)
        try:
            report = json.loads(stdout)
        except ValueError:
            return "check-failed", [f"exit {status}: {stderr.strip()[:80]}"]
        kinds = [f"{f['kind']}x{f['count']}" for f in report["findings"] if f["severity"] == "damage"]
        return report["status"], kinds


class Scenario:
    """A rostra-index command on a copy of a base index (None: a new one), with extra
    environment variables."""

    def __init__(self, name, base, args, env=None):
        self.name, self.base, self.args = name, base, args
        self.env = dict(os.environ, **(env or {}))

    def prepare(self, db):
        if os.path.exists(db):
            shutil.rmtree(db)
        if self.base:
            shutil.copytree(self.base, db)

    def command(self, tools, db):
        return [tools.index, "-q", "--db", db] + self.args


def parse_trace(path, db):
    """Calls of the traced syscalls as (syscall, per-thread number, description), in order."""
    calls, per_thread = [], {}
    pattern = re.compile(r"^(\d+)\s+(\w+)\((.*)$")
    with open(path, errors="replace") as f:
        for line in f:
            m = pattern.match(line)
            if not m or m.group(2) not in TRACED + ["mkdir"]:
                continue
            pid, name, rest = m.groups()
            n = per_thread[(pid, name)] = per_thread.get((pid, name), 0) + 1
            args = re.sub(r"\)\s+=.*$", "", rest.split(" <unfinished")[0]).replace(db + "/", "")
            if name in ("write", "fdatasync", "fsync"):
                args = "fd " + args.split(",")[0]  # the fd, not the bytes
            calls.append((name, n, f"{name}#{n} ({args[:56]})"))
    return calls


def kill_points(calls, syscall, phase_start, in_merge):
    """For each N: the first call that is some thread's Nth `syscall`, if in the wanted phase."""
    first = {}
    for i, (name, n, desc) in enumerate(calls):
        if name == syscall and n not in first:
            first[n] = (i, desc)
    return [(n, desc) for n, (i, desc) in sorted(first.items()) if (i >= phase_start) == in_merge]


def spread(items, k, rng):
    """k items spread over the list (evenly, each offset at random within its stretch)."""
    if not items or k <= 0:
        return []
    k = min(k, len(items))
    step = len(items) / k
    return [items[min(len(items) - 1, int(i * step + rng.random() * step))] for i in range(k)]


def inject_command(tools, scenario, db, kind, syscall, errno, n):
    spec = f"inject={syscall}:" + ("signal=SIGKILL" if kind == "signal" else f"error={errno}")
    return (["strace", "-f", "-qq", "-o", "/dev/null", "-e", f"trace={syscall}", "-e",
             f"{spec}:when={n}"] + scenario.command(tools, db))


class Suite:
    def __init__(self, tools, work, rng, budget, plan):
        self.tools, self.work, self.rng, self.budget, self.plan = tools, work, rng, budget, plan
        self.rows, self.failed, self.skipped, self.started = [], 0, 0, time.monotonic()
        self.known = 0

    def out_of_time(self):
        return self.budget is not None and time.monotonic() - self.started > self.budget

    def within(self, counts, low, high):
        """The queries whose count lies outside [low, high] (per query)."""
        bad = []
        for q, n in counts.items():
            lo, hi = sorted((low.get(q) or 0, high.get(q) or 0))
            if n is None or not lo <= n <= hi:
                bad.append(f"{q}={n} not in {lo}..{hi}")
        return bad

    def judge(self, db, low, high, exact, exit_status=None):
        """What is wrong after a kill (exact False) or a resume (exact True): [] when nothing."""
        problems = []
        if exact and exit_status is None:
            problems.append("HANG")
        elif exact and exit_status not in (0, 1):
            problems.append(f"EXIT {exit_status}")
        status, kinds = self.tools.check(db)
        if status == "not_an_index" and not exact and not self.current.base:
            return []  # killed before the new index existed: nothing was committed
        if status in ("damaged", "not_an_index", "check-failed"):
            problems.append(f"{status.upper()} {' '.join(kinds)}".strip())
        elif exact and status != "healthy":
            problems.append(status.upper())
        counts = self.tools.counts(db)
        bad = self.within(counts, high, high) if exact else self.within(counts, low, high)
        if bad:
            problems.append(f"COUNTS {len(bad)} off: " + "; ".join(bad[:2]))
        return problems

    def reference(self, scenario):
        """Runs the scenario cleanly: the counts before and after, its time, its calls."""
        self.current = scenario
        db = os.path.join(self.work, f"{scenario.name}-clean")
        scenario.prepare(db)
        before = self.tools.counts(db) if scenario.base else {}
        trace = os.path.join(self.work, f"{scenario.name}.trace")
        # Only the calls the trials inject into (and mkdir, which marks the merge): tracing
        # every write would slow the run, whose time bounds the random kills.
        plans = self.plan.get(scenario.name, []) + (self.plan["merge"] if scenario.name == "bulk"
                                                    else [])
        traced = sorted({p[1] for p in plans if p[1]} | {"mkdir"})
        t = time.monotonic()
        status, _, err = run(["strace", "-f", "-qq", "-o", trace, "-e", "trace=" + ",".join(traced)]
                             + scenario.command(self.tools, db), 600, env=scenario.env)
        if status not in (0, 1):
            die(f"the clean {scenario.name} run failed ({status}): {err[-300:]}")
        seconds = scenario.clean_seconds = time.monotonic() - t
        scenario.before, scenario.after = before, self.tools.counts(db)
        scenario.calls = parse_trace(trace, db)
        merge = [i for i, c in enumerate(scenario.calls) if "merge.tmp" in c[2]]
        scenario.merge_start = merge[0] if merge else len(scenario.calls)
        problems = self.judge(db, before, scenario.after, True, status)
        self.record(scenario.name, "clean run (no fault)", f"exit {status} in {seconds:.1f}s", [],
                    problems)
        return db

    def record(self, scenario, point, how, after_kill, after_resume):
        passed = not after_kill and not after_resume
        known = not passed and is_known_open(scenario, point, after_kill, after_resume)
        self.known += known
        self.failed += not passed and not known
        kill_text = how + ": " + (" | ".join(after_kill) or "ok")
        resume_text = " | ".join(after_resume) or "ok"
        self.rows.append((len(self.rows) + 1, scenario, point, kill_text, resume_text, passed))
        outcome = "pass" if passed else "KNOWN" if known else "FAIL"
        print(f"{len(self.rows):>3} {outcome:<5} {scenario:<11} {point:<48} "
              f"| {kill_text} || {resume_text}", flush=True)
        return passed

    def trial(self, scenario, point, cmd_for):
        db = os.path.join(self.work, f"{scenario.name}-{len(self.rows) + 1}")
        scenario.prepare(db)
        how = cmd_for(db)
        after_kill = self.judge(db, scenario.before, scenario.after, False)
        timeout = max(120, 20 * scenario.clean_seconds)
        resume_status, _, _ = run(scenario.command(self.tools, db), timeout, env=scenario.env)
        after_resume = self.judge(db, scenario.before, scenario.after, True, resume_status)
        if self.record(scenario.name, point, how, after_kill, after_resume):
            shutil.rmtree(db, ignore_errors=True)

    def timed_kill(self, scenario, db):
        delay = self.rng.uniform(0.05, 0.95) * scenario.clean_seconds
        p = subprocess.Popen(scenario.command(self.tools, db), stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL, env=scenario.env)
        try:
            p.wait(timeout=delay)
            return f"done before {delay:.2f}s (exit {p.returncode})"
        except subprocess.TimeoutExpired:
            p.send_signal(signal.SIGKILL)
            p.wait()
            return f"killed at {delay:.2f}s"

    def injected(self, scenario, db, kind, syscall, errno, n):
        timeout = max(120, 20 * scenario.clean_seconds)
        status, _, _ = run(inject_command(self.tools, scenario, db, kind, syscall, errno, n), timeout,
                           env=scenario.env)
        if status == -9:
            return "killed"
        return "not reached (exit 0)" if status == 0 else f"exit {status}"

    def run_scenario(self, scenario):
        self.current = scenario
        trials = []
        for kind, syscall, errno, k in self.plan[scenario.name]:
            if kind == "time":
                trials += [(kind, None, None, None, "SIGKILL at a random time")] * k
                continue
            in_merge = scenario.name == "merge"
            points = kill_points(scenario.calls, syscall, scenario.merge_start, in_merge)
            if not points:
                print(f"fault-suite: {scenario.name}: the clean run made no {syscall} call "
                      f"{'in the merge' if in_merge else 'before the merge'}: no such trials")
            for n, desc in spread(points, k, self.rng):
                label = ("SIGKILL " if kind == "signal" else f"{errno} ") + desc
                trials.append((kind, syscall, errno, n, label))
        for kind, syscall, errno, n, label in trials:
            if self.out_of_time():
                print(f"fault-suite: time budget spent; {scenario.name}: trial skipped: {label}")
                self.skipped += 1
                continue
            if kind == "time":
                self.trial(scenario, label, lambda db: self.timed_kill(scenario, db))
            else:
                self.trial(scenario, label,
                           lambda db: self.injected(scenario, db, kind, syscall, errno, n))


def make_inputs(tools, work, sizes, sample):
    gen_load = os.path.join(work, "load.jsonl")
    gen_add = os.path.join(work, "add.jsonl")
    for path, count, seed in ((gen_load, sizes["load"], 21), (gen_add, sizes["add"], 22)):
        status, _, err = run([tools.gen, str(count), str(seed), path, sample], 300)
        if status != 0:
            die(f"rostra-corpus-gen failed: {err}")
    ids = []
    with open(gen_load) as f:
        for line in f:
            ids.append(json.loads(line)["url"])
    delete_list = os.path.join(work, "delete.txt")
    with open(delete_list, "w") as f:
        f.write("\n".join(random.Random(23).sample(ids, sizes["delete"])) + "\n")
    return gen_load, gen_add, delete_list


# Defects still open (issue #21), matched exactly: the scenario, the start of the kill point,
# and the only damage the trial may show after the fault, with a clean state after the
# resume. A trial that fails otherwise still fails. None at present: the last one (quotes of
# a batch whose articles' commit failed, shown until the next writer removed them) is closed
# by readers hiding them (ReadableIndex::hidden_quote_links) and the checker's calling them
# "torn_commit_quote", unfinished work, not damage.
KNOWN_OPEN = []


def is_known_open(scenario, point, after_kill, after_resume):
    if after_resume:
        return False
    for known_scenario, known_point, damage in KNOWN_OPEN:
        # judge() reports a checker verdict as "DAMAGED kind1xN kind2xM": only this kind.
        only_this = re.compile(r"DAMAGED " + re.escape(damage) + r"x\d+")
        if scenario == known_scenario and point.startswith(known_point) and all(
                only_this.fullmatch(problem) for problem in after_kill):
            return True
    return False


def main():
    ap = argparse.ArgumentParser(description="SIGKILL and I/O-error trials of rostra-index")
    ap.add_argument("--quick", action="store_true", help="the CI set: under 2 minutes")
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--work", help="directory for the trials (default: a new temporary one)")
    ap.add_argument("--seed", type=int, default=21)
    ap.add_argument("--keep", action="store_true", help="keep the work directory")
    args = ap.parse_args()
    tools = Tools(args.build)
    mode = "quick" if args.quick else "full"
    work = args.work or tempfile.mkdtemp(prefix="rostra-faults-")
    os.makedirs(work, exist_ok=True)
    sample = os.path.join(ROOT, "corpus", "sample")
    gen_load, gen_add, delete_list = make_inputs(tools, work, SIZES[mode], sample)
    suite = Suite(tools, work, random.Random(args.seed), 105 if args.quick else None, PLANS[mode])
    print(f"fault-suite ({mode}): {SIZES[mode]['load']} generated articles + corpus/sample; "
          f"work in {work}")
    print("  # outcome scenario    kill point                                   "
          "| after the kill || after the resume")
    load_args = ["--segments", "2", "--segment-size", "200", "--commit-every", "200", "-j", "2",
                 sample, gen_load]
    bulk = Scenario("bulk", None, load_args)
    suite.reference(bulk)
    suite.run_scenario(bulk)
    merge = Scenario("merge", None, load_args)
    merge.before, merge.after, merge.calls = bulk.before, bulk.after, bulk.calls
    merge.merge_start, merge.clean_seconds = bulk.merge_start, bulk.clean_seconds
    suite.run_scenario(merge)
    # The incremental load and the delete start from an index written directly (--segments 1),
    # so that their trials show their own faults and not a bulk load's.
    base = suite.reference(Scenario("base", None, ["--segments", "1", sample, gen_load]))
    incremental = Scenario("incremental", base, ["--commit-every", "100", "-j", "2", gen_add])
    suite.reference(incremental)
    suite.run_scenario(incremental)
    # A low automatic flush threshold makes Xapian commit by itself during the deletes, as it
    # does in a delete of thousands of articles.
    delete = Scenario("delete", base, ["--commit-every", "50", "--delete-list", delete_list],
                      {"XAPIAN_FLUSH_THRESHOLD": "100"})
    suite.reference(delete)
    suite.run_scenario(delete)
    passed = len(suite.rows) - suite.failed
    if suite.skipped:
        print(f"fault-suite: {suite.skipped} trials skipped: the time budget was spent")
    passed -= suite.known
    if suite.known:
        print(f"fault-suite: {suite.known} trials failed as a known open defect does "
              f"(KNOWN above; see KNOWN_OPEN in this script): not counted as failures")
    print(f"{passed} passed, {suite.failed} failed "
          f"({time.monotonic() - suite.started:.0f} s)")
    if args.keep or args.work:
        print(f"fault-suite: the failed trials' indexes (as resumed) are in {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if suite.failed else 0


if __name__ == "__main__":
    sys.exit(main())
