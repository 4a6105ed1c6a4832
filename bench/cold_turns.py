"""A cold turn's cost with few and with many conversations live: restoring a conversation from its
snapshot and playing one reply, in one process, while 10 or 10,000 others are held live (as a
worker holds them between turns). It stops by itself in well under a minute.

    .venv/bin/python bench/cold_turns.py [--live 10 10000] [--turns 2000] [--seed 1] [--scenario ID]

Every conversation, live or cold, is of one scenario (--scenario, default johnson-son-denial): a
class practising the same person, the worst case for anything kept per scenario.

To measure another copy of the code: PYTHONPATH=/path/to/copy .venv/bin/python /path/to/copy/bench/cold_turns.py
(PYTHONPATH, or the editable install's copy is the one imported).
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from common import ROADBLOCKS, reply_pools

from dialogue.engine import Conversation, ConversationSnapshot
from dialogue.library import Library
from scenarios import SCENARIO_DIR


def measure(library: Library, live: int, turns: int, seed: int, scenario_id: str) -> tuple[float, float]:
    """(median µs, mean µs) for restore + one reply + release, with `live` others held."""
    rnd = random.Random(seed)
    pools = reply_pools(library)
    snapshots: list[tuple[str, ConversationSnapshot]] = []
    for i in range(200):
        engine = library.engine(scenario_id)
        with engine.open(engine.start(i).snapshot()) as conv:
            snapshots.append((engine.scenario.id, conv.snapshot()))
    held: list[tuple[str, Conversation]] = []
    for i in range(live):
        scenario, snap = snapshots[i % len(snapshots)]
        held.append((scenario, library.engine(scenario).restore(snap)))
    times = []
    for t in range(turns):
        scenario, snap = snapshots[t % len(snapshots)]
        engine = library.engine(scenario)
        text = rnd.choice(pools[scenario]) if rnd.random() < 0.75 else rnd.choice(ROADBLOCKS)
        began = time.perf_counter()
        conv = engine.restore(snap)
        try:
            engine.reply(conv, text, check_crisis=False)
        finally:
            engine.release(conv)
        times.append((time.perf_counter() - began) * 1e6)
    for scenario, conv in held:
        library.engine(scenario).release(conv)
    return statistics.median(times), statistics.fmean(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--live", type=int, nargs="*", default=[10, 10_000])
    parser.add_argument("--turns", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--scenario", default="johnson-son-denial", help="the one scenario every conversation is of")
    args = parser.parse_args()
    library = Library.load(SCENARIO_DIR)
    measure(library, 10, 300, args.seed, args.scenario)  # warm-up: imports, caches, the coder's tables
    print("| conversations live | cold turn, median | mean |")
    print("|---|---|---|")
    for live in args.live:
        median, mean = measure(library, live, args.turns, args.seed, args.scenario)
        print(f"| {live:,} | {median:,.0f} µs | {mean:,.0f} µs |")


if __name__ == "__main__":
    main()
