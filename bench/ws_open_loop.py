"""Realistic chat load, open loop: people who think before they type, and a class that starts at once.
It stops by itself and only ever contacts 127.0.0.1.

    .venv/bin/python bench/ws_open_loop.py [--conversations 1000 2000 3000] [--think 10] [--duration 60]
        [--class-size 200] [--seed 1] [--timeout 1500] [--app-dir DIR] [--json]

Each run starts `rapport serve` (one worker, limits off, a fresh SQLite file in a temporary folder,
after `rapport db upgrade`) on a free 127.0.0.1 port, and stops it at the end.

**Thinking people** (one run per --conversations N): N conversations are opened (POST
/api/sessions, the socket, its `state` message; not timed), then for --duration seconds each one
waits a random think time (exponential, mean --think s; the first wait is uniform over 0..think so
they do not start together) and sends a reply, waits for the answer, and thinks again. The offered
load is N ÷ think turns per second whatever the server does (open loop: a slow answer does not
slow the next person down). A conversation that reaches an ending opens a new one (not timed).
Reported: turns answered, the rate achieved and offered, latency p50 / p95 / p99 / max, errors, and
the server's CPU per turn. Then the largest N whose p99 stayed under 200 ms.

**A class starts** (--class-size N, 0 to skip): N people press Start within one second (uniform
over 0..1 s): each POSTs /api/sessions, opens the socket, reads `state` and sends a first reply at
once. Reported: p50 / p99 of the first turn (send to answer) and of the whole start (POST to the
first answer).

Replies are the same seeded mix as bench/ws_load.py: three in four from the scenario's model
replies, one in four a roadblock.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import random
import shlex
import signal
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from common import ROOT, Server, percentile, raise_open_files, rapport_server
from websockets.asyncio.client import ClientConnection
from ws_load import ErrorFrame, Options, Rapport, Slot, SlotFailed, make_plan

from dialogue.library import Library
from scenarios import SCENARIO_DIR

GOAL_P99 = 0.200  # seconds: "the largest N whose p99 stays under 200 ms"


@dataclass
class Run:
    name: str
    conversations: int
    offered: float = math.nan  # turns per second offered
    latencies: list[float] = field(default_factory=list)
    starts: list[float] = field(default_factory=list)  # class start: POST to the first answer
    errors: Counter[str] = field(default_factory=Counter)
    seconds: float = math.nan
    server_cpu: float = math.nan

    def figures(self) -> dict[str, Any]:
        done = sorted(self.latencies)
        starts = sorted(self.starts)
        return {
            "run": self.name,
            "conversations": self.conversations,
            "turns": len(done),
            "offered_per_s": round(self.offered, 1),
            "achieved_per_s": round(len(done) / self.seconds, 1) if self.seconds else math.nan,
            "p50_ms": round(percentile(done, 50) * 1000, 1),
            "p95_ms": round(percentile(done, 95) * 1000, 1),
            "p99_ms": round(percentile(done, 99) * 1000, 1),
            "max_ms": round(done[-1] * 1000, 1) if done else math.nan,
            "start_p50_ms": round(percentile(starts, 50) * 1000, 1) if starts else None,
            "start_p99_ms": round(percentile(starts, 99) * 1000, 1) if starts else None,
            "server_cpu_ms_per_turn": round(self.server_cpu / len(done) * 1000, 2) if done else math.nan,
            "errors": dict(self.errors),
        }


async def opened(target: Rapport, slot: Slot, run: Run) -> ClientConnection | None:
    try:
        return await target.open(slot)
    except SlotFailed as exc:
        run.errors[exc.kind] += 1
        return None


async def thinking(
    target: Rapport, slot: Slot, ws: ClientConnection, think: float, until: float, rnd: random.Random, run: Run
) -> None:
    """One person: think, reply, wait for the answer, again, until the run's end."""
    turn = 0
    try:
        await asyncio.sleep(rnd.uniform(0, think))
        while time.monotonic() < until:
            frame = slot.frames[turn % len(slot.frames)]
            turn += 1
            try:
                latency, ended = await target.turn(ws, slot, frame.replace('"id": "', f'"id": "t{turn}-', 1))
            except ErrorFrame as exc:
                run.errors[f"error frame: {exc.code}"] += 1
                ended = None
            else:
                run.latencies.append(latency)
            if ended is not None:
                await ws.close()
                ws = await target.open(slot)
            await asyncio.sleep(min(rnd.expovariate(1 / think), max(0.0, until - time.monotonic())))
    except SlotFailed as exc:
        run.errors[exc.kind] += 1
    finally:
        await ws.close()


async def starting(target: Rapport, slot: Slot, rnd: random.Random, run: Run) -> None:
    """One person of a class: press Start at a random moment of the first second, and reply at once."""
    await asyncio.sleep(rnd.uniform(0, 1))
    ws: ClientConnection | None = None
    began = time.perf_counter()
    try:
        ws = await target.open(slot)
        latency, _ = await target.turn(ws, slot, slot.frames[0])
        run.latencies.append(latency)
        run.starts.append(time.perf_counter() - began)
    except SlotFailed as exc:
        run.errors[exc.kind] += 1
    except ErrorFrame as exc:
        run.errors[f"error frame: {exc.code}"] += 1
    finally:
        if ws is not None:
            await ws.close()


def serve(tmp: Path, app_dir: Path) -> Server:
    server = rapport_server(f"sqlite:///{tmp / 'load.db'}", tmp, data_dir=tmp / "data", app_dir=app_dir)
    server.start(timeout=90)
    return server


def one_run(args: argparse.Namespace, library: Library, n: int, class_start: bool) -> Run:
    name = "class start" if class_start else f"{n} thinking"
    run = Run(name, n)
    with tempfile.TemporaryDirectory(prefix="ws-open-") as folder:
        server = serve(Path(folder), args.app_dir)
        try:

            async def work() -> None:
                options = Options(open_timeout=120, turn_timeout=120, compression=True)
                target = Rapport(server.http, server.ws, options, library)
                plan = make_plan(library, n, 20, args.seed)
                rnd = random.Random(args.seed)
                try:
                    pairs = [(slot, random.Random(rnd.random())) for slot in plan]
                    if not class_start:  # everyone's conversation open first (not timed)
                        sockets = await asyncio.gather(*(opened(target, slot, run) for slot in plan))
                    cpu = server.cpu_seconds()
                    began = time.monotonic()
                    if class_start:
                        await asyncio.gather(*(starting(target, slot, r, run) for slot, r in pairs))
                    else:
                        run.offered = n / args.think
                        until = began + args.duration
                        people = [(s, ws, r) for (s, r), ws in zip(pairs, sockets, strict=True) if ws is not None]
                        await asyncio.gather(
                            *(thinking(target, s, ws, args.think, until, r, run) for s, ws, r in people)
                        )
                    run.seconds = time.monotonic() - began if class_start else args.duration
                    run.server_cpu = server.cpu_seconds() - cpu
                finally:
                    await target.close()

            asyncio.run(asyncio.wait_for(work(), args.timeout))
        except TimeoutError:
            run.errors["overall timeout (--timeout)"] += 1
        finally:
            if server.process is not None and server.process.poll() is not None:
                run.errors["server exited during the run"] += 1
            server.stop()
    print(json.dumps(run.figures()), file=sys.stderr, flush=True)
    return run


def report(args: argparse.Namespace, runs: list[Run]) -> str:
    lines = [
        ".venv/bin/python bench/ws_open_loop.py " + shlex.join(sys.argv[1:]),
        "",
        "| run | offered turns/s | answered turns/s | p50 | p95 | p99 | max | server CPU a turn (class: a start) "
        "| errors |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for run in runs:
        f = run.figures()
        lines.append(
            f"| {run.name} | {'-' if math.isnan(f['offered_per_s']) else f['offered_per_s']} | {f['achieved_per_s']} "
            f"| {f['p50_ms']} ms | {f['p95_ms']} ms | {f['p99_ms']} ms | {f['max_ms']} ms "
            f"| {f['server_cpu_ms_per_turn']} ms | {sum(run.errors.values())} |"
        )
    thinking = [r for r in runs if r.name.endswith("thinking")]
    within = [r.conversations for r in thinking if r.figures()["p99_ms"] < GOAL_P99 * 1000 and not r.errors]
    lines.append("")
    lines.append(
        f"Largest N (of those run) with p99 under {GOAL_P99 * 1000:.0f} ms: {max(within) if within else 'none'}"
    )
    for run in runs:
        if run.starts:
            f = run.figures()
            lines.append(
                f"A class of {run.conversations} starting within one second: first turn p50 {f['p50_ms']} ms, "
                f"p99 {f['p99_ms']} ms; Start to first answer p50 {f['start_p50_ms']} ms, p99 {f['start_p99_ms']} ms"
            )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--conversations", type=int, nargs="*", default=[1000, 2000, 3000])
    parser.add_argument("--think", type=float, default=10.0, help="mean think time between replies, s (default 10)")
    parser.add_argument("--duration", type=float, default=60.0, help="seconds each thinking run lasts (default 60)")
    parser.add_argument("--class-size", type=int, default=200, help="people pressing Start at once (0: skip)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=1500, help="hard limit for each run, s")
    parser.add_argument("--app-dir", type=Path, default=ROOT, help="run Rapport from this copy of the code")
    parser.add_argument("--json", action="store_true", help="also print the figures as JSON")
    args = parser.parse_args()
    signal.alarm(int(args.timeout * (len(args.conversations) + 1)) + 120)  # last resort; the servers follow
    raise_open_files(max([*args.conversations, args.class_size, 1]) * 2 + 1000)
    library = Library.load(SCENARIO_DIR)
    runs = [one_run(args, library, n, False) for n in args.conversations]
    if args.class_size:
        runs.append(one_run(args, library, args.class_size, True))
    print(report(args, runs))
    if args.json:
        print(json.dumps([r.figures() for r in runs], indent=2))
    return 1 if any(r.errors for r in runs) else 0


if __name__ == "__main__":
    sys.exit(main())
