"""Memory per live conversation: one process holds N conversations (default 10,000) live, the
way a server does between turns, and reports the bytes each costs. It stops by itself (about
2 minutes).

    .venv/bin/python bench/memory.py [--conversations 10000] [--traced 1000] [--replies 2]
        [--seed 1] [--timeout 300]

Uses the app's own service object, `app.usecases.conversations.Conversations`, over a fresh SQLite file in
a temporary folder (tables made by the migrations), with its live cache sized so that nothing is
evicted. A warm-up (50 conversations, then dropped) keeps one-time costs (imports, caches,
compiled statements, the coder's tables) out of the figures. Each conversation is started
(scenarios round-robin) and --replies replies played in it (drawn, seeded, from the scenario's
model replies and the roadblocks in bench/common.py). Nothing returned is kept: what stays is
what the service keeps between turns (the row and the conversation's model, which the state machine
does not register: issue 17).

Stage 1: RSS (VmRSS from /proc/self/status) before and after N conversations, after a garbage
collection: the headline figure, against the goal of 50 KB.
Stage 2: --traced more conversations under tracemalloc (which slows every allocation down many
times, hence a smaller sample): the Python heap growth per conversation (it misses memory outside
Python's allocator, e.g. SQLite's page cache), and where it goes by call site in app/ and
dialogue/ and by file. The SQLite file's growth per conversation is reported separately: that is
disk, not memory. To measure another copy of the code: PYTHONPATH=/path/to/copy .venv/bin/python ….
"""

from __future__ import annotations

import argparse
import gc
import inspect
import random
import shlex
import signal
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from pathlib import Path

from common import ROADBLOCKS, describe_code, reply_pools
from sqlalchemy import text

from app.store.db import make_engine
from app.store.migrate import upgrade
from app.usecases.conversations import Conversations
from app.usecases.errors import ConversationError
from dialogue.library import Library
from scenarios import SCENARIO_DIR

APP_ROOT = Path(inspect.getfile(Conversations)).resolve().parent.parent  # the code actually imported
GOAL_KB = 50.0
WARM_UP = 50
KB = 1024


def rss_bytes() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * KB
    raise RuntimeError("no VmRSS in /proc/self/status")


def play(
    conversations: Conversations,
    scenario_ids: list[str],
    pools: dict[str, list[str]],
    count: int,
    replies: int,
    rnd: random.Random,
    refused: dict[str, int],
    deadline: float,
) -> int:
    """Start `count` conversations and play `replies` in each; the number of turns played.

    Nothing returned is kept: what stays in memory is what the service keeps between turns, as in
    a server (its live-conversation cache)."""
    began, turns = time.monotonic(), 0
    for i in range(count):
        scenario = scenario_ids[i % len(scenario_ids)]
        started = conversations.start(scenario_id=scenario, mode="coach")
        for r in range(replies):
            reply = rnd.choice(ROADBLOCKS) if rnd.random() < 0.25 else rnd.choice(pools[scenario])
            try:
                conversations.reply(started.row.id, reply, message_id=f"mem-{i}-{r}")
                turns += 1
            except ConversationError as exc:  # e.g. the person walked out after the first reply
                refused[exc.code] = refused.get(exc.code, 0) + 1
                break
        if i and i % 1000 == 0:
            print(f"  {i:,} conversations, {time.monotonic() - began:.1f} s", file=sys.stderr)
            if time.monotonic() > deadline:
                raise TimeoutError(f"stopped after {i:,} conversations: --timeout reached")
    return turns


def short(filename: str) -> str:
    for marker in ("/site-packages/", f"{APP_ROOT}/", "/lib/python3.11/", "/lib/python3"):
        if marker in filename:
            return filename.split(marker, 1)[1]
    return filename


def call_site(trace: tracemalloc.Traceback) -> str:
    """The innermost frame in Rapport's own code (app/, dialogue/) that led to an allocation."""
    for frame in reversed(trace):  # most recent last
        name = short(frame.filename)
        if name.startswith(("app/", "dialogue/")):
            return f"{name}:{frame.lineno}"
    return "(outside app/ and dialogue/)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--conversations", type=int, default=10_000, help="held for the RSS figure (default 10,000)")
    parser.add_argument(
        "--traced", type=int, default=1_000, help="more held under tracemalloc for the heap figure (default 1,000)"
    )
    parser.add_argument("--replies", type=int, default=2, help="replies played in each conversation (default 2)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=300, help="hard limit for the whole run, s (default 300)")
    parser.add_argument("--frames", type=int, default=5, help="stack frames tracemalloc keeps (default 5)")
    parser.add_argument("--top", type=int, default=12, help="rows in the breakdowns (default 12)")
    args = parser.parse_args()
    if args.conversations < 1 or args.traced < 0 or args.replies < 0:
        parser.error("--conversations must be at least 1, --traced and --replies at least 0")
    signal.alarm(int(args.timeout) + 30)  # last resort; play() also checks the deadline
    deadline = time.monotonic() + args.timeout
    began = time.monotonic()
    n, k = args.conversations, args.traced

    with tempfile.TemporaryDirectory(prefix="rapport-memory-") as folder:
        path = Path(folder) / "memory.db"
        engine = make_engine(f"sqlite:///{path}")
        upgrade(engine)
        library = Library.load(SCENARIO_DIR)
        pools = reply_pools(library)
        scenario_ids = sorted(pools)
        rnd = random.Random(args.seed)
        conversations = Conversations(engine, library, max_reply_chars=1000, live_capacity=n + k + WARM_UP)
        play(conversations, scenario_ids, pools, WARM_UP, args.replies, rnd, {}, deadline)
        conversations.live.clear()
        with engine.begin() as connection:
            connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        size0 = path.stat().st_size

        # Stage 1, RSS: no tracing, so nothing but the conversations grows the process.
        refused: dict[str, int] = {}
        gc.collect()
        rss0 = rss_bytes()
        t0 = time.monotonic()
        turns = play(conversations, scenario_ids, pools, n, args.replies, rnd, refused, deadline)
        stage1_s = time.monotonic() - t0
        gc.collect()
        rss_delta = rss_bytes() - rss0
        with engine.begin() as connection:
            connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        disk = path.stat().st_size - size0
        live_after_stage1 = len(conversations.live)

        # Stage 2, heap: k more conversations under tracemalloc (it slows every allocation down a lot).
        heap_all = 0
        sites, files, stage2_s = Counter[str](), Counter[str](), 0.0
        if k:
            gc.collect()
            tracemalloc.start(args.frames)
            heap0 = tracemalloc.get_traced_memory()[0]
            base = tracemalloc.take_snapshot()
            t0 = time.monotonic()
            turns += play(conversations, scenario_ids, pools, k, args.replies, rnd, refused, deadline)
            stage2_s = time.monotonic() - t0
            gc.collect()
            heap_all = tracemalloc.get_traced_memory()[0] - heap0
            end = tracemalloc.take_snapshot()
            tracemalloc.stop()
            for stat in end.compare_to(base, "traceback"):
                sites[call_site(stat.traceback)] += stat.size_diff
                files[short(stat.traceback[-1].filename)] += stat.size_diff
            del base, end
        command = shlex.join([".venv/bin/python", "bench/memory.py", *sys.argv[1:]])
        print(f"Command: `{command}`  ")
        print(
            f"Rapport code: {describe_code(APP_ROOT)}; SQLite file in a temp folder. {n:,} + {k:,} conversations "
            f"held live by one `Conversations` (its cache held {live_after_stage1:,} after stage 1, "
            f"{len(conversations.live):,} at the end), {args.replies} replies played in each ({turns:,} turns; "
            f"refused: {refused or 'none'}); stage 1 (RSS) took {stage1_s:.1f} s, stage 2 (tracemalloc) "
            f"{stage2_s:.1f} s."
        )
        print()
        print("| measure | conversations | total | per conversation | goal |")
        print("|---|---|---|---|---|")
        rows = [("RSS growth (VmRSS)", n, rss_delta, True)]
        if k:
            rows.append(("Python heap growth (tracemalloc)", k, heap_all, True))
        rows.append(("SQLite file growth (disk, not memory)", n, disk, False))
        for label, count, size, goal in rows:
            print(
                f"| {label} | {count:,} | {size / 2**20:,.1f} MB | {size / count / KB:,.1f} KB "
                f"| {f'≤ {GOAL_KB:.0f} KB' if goal else '–'} |"
            )
        if k:
            print()
            print(
                "Heap growth per conversation by Rapport call site, the innermost "
                f"frame in app/ or dialogue/ (top {args.top}):"
            )
            print()
            print("| call site | per conversation | share |")
            print("|---|---|---|")
            for site, size in sites.most_common(args.top):
                print(f"| {site} | {size / k / KB:,.2f} KB | {size / heap_all:.0%} |")
            print()
            print(f"The same by the file that allocated it (top {args.top}):")
            print()
            print("| file | per conversation | share |")
            print("|---|---|---|")
            for name, size in files.most_common(args.top):
                print(f"| {name} | {size / k / KB:,.2f} KB | {size / heap_all:.0%} |")
        print()
        print(f"Run took {time.monotonic() - began:.0f} s.")
        conversations.close()
        engine.dispose()


if __name__ == "__main__":
    main()
