"""Chat load on loopback: N conversations at once × M turns each, against Rapport and against a bare
echo websocket (the ceiling), with the same client and the same messages. It stops by itself.

    .venv/bin/python bench/ws_load.py [--conversations 200] [--turns 20] [--workers 1]
        [--database-url postgresql+psycopg://…@127.0.0.1/…] [--only rapport|echo] [--seed 1]
        [--timeout 600] [--json]

By default it starts bench/echo_server.py and then `rapport serve` (after `rapport db upgrade`
when the code has migrations) with a fresh SQLite file in a temporary folder, each on a free
127.0.0.1 port, and stops each when its run is over; a server that dies mid-run counts as an
error and the end of its log is printed. Nothing but 127.0.0.1 is ever contacted, and --timeout
bounds the whole run. Other options: --url (a Rapport already running on 127.0.0.1), --app-dir
(run Rapport from another copy of the code, e.g. `git archive HEAD | tar -x -C DIR`),
--server-prefix (e.g. a profiler), --log-dir (keep the server logs), --no-compression, --loop.

Phase 1 (not timed): every conversation is created with POST /api/sessions (50 at a time) and its
socket opened (at most 100 handshakes in flight), and the `state` message is read. Against the
echo server, phase 1 only opens the sockets.

Phase 2 (timed): every socket sends its M replies one after another, each waiting for its answer:
a `turn` message from Rapport, the same text back from the echo server. A turn's latency runs from
just before the send to the arrival of that answer. When a turn ends the conversation, Rapport also
sends an `ended` message; it is read (after the latency is taken, inside the wall time). If a
conversation ends before its M turns, the slot opens a new conversation (POST + socket + `state`)
and carries on, so every slot plays M turns: that reconnect is left out of every latency but is
inside the phase-2 wall time, and turns/s = turns / phase-2 wall time.

Replies: per slot, a seeded draw of M texts, 75% from the model replies of the slot's scenario
(every state's `model_replies`) and 25% from the roadblocks in bench/common.py (ordering,
warning, arguing, moralising, labelling...). Scenarios go round the slots in a seeded order. The echo server gets the
exact same JSON frames, message ids included, so both carry the same bytes.

Errors: `error` frames, any other unexpected message, closed sockets, timeouts and failed set-ups.
The exit status is 1 when there were any.

Goals (Rapport ÷ echo): throughput ≥ 0.50, p99 ≤ 3.0. The echo phase of a small run lasts well under
a second, so its figures, and the ratios, are noisy there; 1000 × 20 gives steadier ones. The client
shares the machine with the server: these are ceilings of client + server on this box.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import math
import os
import platform
import random
import shlex
import signal
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import Any

import httpx
import sqlalchemy
import uvicorn
from common import (
    ROADBLOCKS,
    ROOT,
    Server,
    describe_code,
    echo_server,
    percentile,
    raise_open_files,
    rapport_server,
    reply_pools,
    require_loopback,
)
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake

from dialogue.crisis import detect_crisis
from dialogue.library import Library
from scenarios import SCENARIO_DIR

ROADBLOCK_SHARE = 0.25
REST_IN_FLIGHT = 50
HANDSHAKES_IN_FLIGHT = 100
GOAL_THROUGHPUT = 0.50  # Rapport turns/s at least half the echo server's
GOAL_P99 = 3.0  # Rapport p99 at most three times the echo server's


# --- the plan: same frames for both servers -------------------------------------------------------


@dataclass(frozen=True)
class Slot:
    index: int
    scenario: str
    frames: list[str]  # the M reply frames, JSON text


def make_plan(library: Library, conversations: int, turns: int, seed: int) -> list[Slot]:
    rnd = random.Random(seed)
    pools = reply_pools(library)
    roadblocks = [t for t in ROADBLOCKS if detect_crisis(t) is None]
    order = sorted(pools)
    rnd.shuffle(order)
    slots = []
    for i in range(conversations):
        scenario = order[i % len(order)]
        frames = []
        for t in range(turns):
            text = rnd.choice(roadblocks) if rnd.random() < ROADBLOCK_SHARE else rnd.choice(pools[scenario])
            frames.append(json.dumps({"type": "reply", "text": text, "id": f"load-{i:05d}-{t:04d}"}))
        slots.append(Slot(i, scenario, frames))
    return slots


# --- the two servers, seen from the client --------------------------------------------------------


class SlotFailed(Exception):
    """The slot cannot go on (its socket is unusable); `kind` is how the error is counted."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


class ErrorFrame(Exception):
    """The server answered a reply with {"type": "error"}; the socket stays open."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass
class Options:
    open_timeout: float
    turn_timeout: float
    compression: bool


class Target:
    """How to open a slot's socket and play one turn on it; subclassed per server."""

    name = ""

    def __init__(self, ws_base: str, options: Options) -> None:
        self.ws_base = ws_base
        self.options = options
        self.handshakes = asyncio.Semaphore(HANDSHAKES_IN_FLIGHT)

    async def _connect(self, path: str) -> ClientConnection:
        async with self.handshakes:
            try:
                return await connect(
                    f"{self.ws_base}{path}",
                    open_timeout=self.options.open_timeout,
                    ping_interval=None,  # no keepalive pings: a long queue must not look like a dead link
                    close_timeout=5,
                    max_size=2**24,
                    proxy=None,
                    compression="deflate" if self.options.compression else None,
                )
            except (OSError, InvalidHandshake, TimeoutError) as exc:
                raise SlotFailed(f"handshake failed ({type(exc).__name__})") from None

    async def _recv(self, ws: ClientConnection) -> str:
        try:
            data = await asyncio.wait_for(ws.recv(), self.options.turn_timeout)
        except TimeoutError:
            raise SlotFailed(f"no answer within {self.options.turn_timeout:g} s") from None
        except ConnectionClosed as exc:
            raise SlotFailed(f"socket closed by server ({exc.rcvd.code if exc.rcvd else 'no close frame'})") from None
        if not isinstance(data, str):
            raise SlotFailed("binary frame")
        return data

    async def open(self, slot: Slot) -> ClientConnection:
        raise NotImplementedError

    async def turn(self, ws: ClientConnection, slot: Slot, frame: str) -> tuple[float, str | None]:
        """One round trip: (latency in seconds, the ending reached or None)."""
        raise NotImplementedError

    async def close(self) -> None:
        return None


class Echo(Target):
    name = "echo"

    async def open(self, slot: Slot) -> ClientConnection:
        return await self._connect("/ws/echo")

    async def turn(self, ws: ClientConnection, slot: Slot, frame: str) -> tuple[float, str | None]:
        start = time.perf_counter()
        await _send(ws, frame)
        answer = await self._recv(ws)
        latency = time.perf_counter() - start
        if answer != frame:
            raise ErrorFrame("echo mismatch")
        return latency, None


class Rapport(Target):
    name = "rapport"

    def __init__(self, http_base: str, ws_base: str, options: Options, library: Library) -> None:
        super().__init__(ws_base, options)
        self.http = httpx.AsyncClient(
            base_url=http_base,
            timeout=options.open_timeout,
            trust_env=False,
            # uvicorn closes idle keep-alive connections after 5 s: never reuse one that old, or a POST can
            # race the server's close and fail with ReadError (seen when the server was slowed by a profiler).
            limits=httpx.Limits(
                max_connections=REST_IN_FLIGHT, max_keepalive_connections=REST_IN_FLIGHT, keepalive_expiry=2.0
            ),
        )
        self.rest = asyncio.Semaphore(REST_IN_FLIGHT)
        self.endings = {sc.id: set(sc.endings) for sc in library.scenarios()}

    async def scenario_ids(self) -> set[str]:
        response = await self.http.get("/api/scenarios")
        response.raise_for_status()
        return {item["id"] for item in response.json()}

    async def open(self, slot: Slot) -> ClientConnection:
        async with self.rest:
            try:
                response = await self.http.post("/api/sessions", json={"scenario": slot.scenario, "mode": "coach"})
            except httpx.HTTPError as exc:
                raise SlotFailed(f"POST /api/sessions failed ({type(exc).__name__})") from None
        if response.status_code != 201:
            raise SlotFailed(f"POST /api/sessions answered {response.status_code}")
        created = response.json()
        ws = await self._connect(f"/ws/sessions/{created['id']}?token={created['token']}")
        first = json.loads(await self._recv(ws))
        if first.get("type") != "state":
            await ws.close()
            raise SlotFailed(f"first message was {first.get('type')!r}, not 'state'")
        return ws

    async def turn(self, ws: ClientConnection, slot: Slot, frame: str) -> tuple[float, str | None]:
        start = time.perf_counter()
        await _send(ws, frame)
        answer = json.loads(await self._recv(ws))
        latency = time.perf_counter() - start
        kind = answer.get("type")
        if kind == "error":
            raise ErrorFrame(str(answer.get("error")))
        if kind != "turn":
            raise ErrorFrame(f"unexpected {kind!r} message")
        state = (answer.get("client") or {}).get("state")
        if state not in self.endings[slot.scenario]:
            return latency, None
        ended = json.loads(await self._recv(ws))
        if ended.get("type") != "ended":
            raise SlotFailed(f"{ended.get('type')!r} after the last turn, not 'ended'")
        return latency, str(ended.get("outcome_kind") or state)

    async def close(self) -> None:
        await self.http.aclose()


async def _send(ws: ClientConnection, frame: str) -> None:
    try:
        await ws.send(frame)
    except ConnectionClosed as exc:
        raise SlotFailed(f"socket closed by server ({exc.rcvd.code if exc.rcvd else 'no close frame'})") from None


# --- one run -------------------------------------------------------------------------------------


@dataclass
class Tally:
    target: str
    conversations: int
    turns_planned: int
    latencies: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)
    endings: Counter[str] = field(default_factory=Counter)
    reconnects: int = 0
    reconnect_seconds: float = 0.0
    setup_seconds: float = math.nan
    wall_seconds: float = math.nan
    server_cpu_seconds: float = math.nan
    client_cpu_seconds: float = math.nan

    @property
    def turns(self) -> int:
        return len(self.latencies)

    @property
    def error_count(self) -> int:
        return sum(self.errors.values())

    @property
    def turns_per_second(self) -> float:
        return self.turns / self.wall_seconds if self.wall_seconds > 0 else math.nan

    def ms(self, q: float) -> float:
        return percentile(sorted(self.latencies), q) * 1000

    def summary(self) -> dict[str, Any]:
        return {
            "target": self.target,
            "conversations": self.conversations,
            "turns_planned": self.turns_planned,
            "turns": self.turns,
            "setup_s": round(self.setup_seconds, 3),
            "wall_s": round(self.wall_seconds, 3),
            "turns_per_s": round(self.turns_per_second, 1),
            "p50_ms": round(self.ms(50), 2),
            "p95_ms": round(self.ms(95), 2),
            "p99_ms": round(self.ms(99), 2),
            "max_ms": round(self.ms(100), 2),
            "errors": self.error_count,
            "error_kinds": dict(self.errors),
            "endings": dict(self.endings),
            "reconnects": self.reconnects,
            "reconnect_s": round(self.reconnect_seconds, 3),
            "server_cpu_s": round(self.server_cpu_seconds, 2),
            "server_cpu_ms_per_turn": round(self.server_cpu_seconds / self.turns * 1000, 3) if self.turns else None,
            "client_cpu_s": round(self.client_cpu_seconds, 2),
        }


async def play_slot(target: Target, slot: Slot, links: list[ClientConnection | None], tally: Tally) -> None:
    """Phase 2 for one slot: its M turns, a new conversation whenever one ends early."""
    ws = links[slot.index]
    done = 0
    try:
        while done < len(slot.frames):
            if ws is None:
                began = time.perf_counter()
                ws = links[slot.index] = await target.open(slot)
                tally.reconnects += 1
                tally.reconnect_seconds += time.perf_counter() - began
            try:
                latency, ending = await target.turn(ws, slot, slot.frames[done])
            except ErrorFrame as exc:
                tally.errors[f"error frame: {exc.code}"] += 1
                done += 1
                if exc.code == "conversation_ended":
                    await _close(ws)
                    ws = links[slot.index] = None
                continue
            tally.latencies.append(latency)
            done += 1
            if ending is not None:
                tally.endings[ending] += 1
                await _close(ws)
                ws = links[slot.index] = None
    except SlotFailed as exc:
        tally.errors[exc.kind] += 1
        if ws is not None:
            await _close(ws)
        links[slot.index] = None


async def _close(ws: ClientConnection) -> None:
    with contextlib.suppress(Exception):
        await asyncio.wait_for(ws.close(), 10)


async def open_slot(target: Target, slot: Slot, links: list[ClientConnection | None], tally: Tally) -> None:
    try:
        links[slot.index] = await target.open(slot)
    except SlotFailed as exc:
        tally.errors[f"set-up: {exc.kind}"] += 1


async def run_target(target: Target, plan: list[Slot], server_cpu: Callable[[], float], deadline: float) -> Tally:
    turns = len(plan[0].frames) if plan else 0
    tally = Tally(target.name, len(plan), len(plan) * turns)
    links: list[ClientConnection | None] = [None] * len(plan)
    phase2_start: float | None = None
    cpu_start = math.nan
    client_start = time.process_time()
    try:
        async with asyncio.timeout(max(1.0, deadline - time.monotonic())):
            began = time.perf_counter()
            await asyncio.gather(*(open_slot(target, slot, links, tally) for slot in plan))
            tally.setup_seconds = time.perf_counter() - began
            ready = [slot for slot in plan if links[slot.index] is not None]
            print(
                f"{target.name}: phase 1 done in {tally.setup_seconds:.1f} s, {len(ready)} sockets open; phase 2 now",
                file=sys.stderr,
                flush=True,
            )
            cpu_start = server_cpu()
            client_start = time.process_time()
            phase2_start = time.perf_counter()
            await asyncio.gather(*(play_slot(target, slot, links, tally) for slot in ready))
            tally.wall_seconds = time.perf_counter() - phase2_start
            tally.server_cpu_seconds = server_cpu() - cpu_start
            tally.client_cpu_seconds = time.process_time() - client_start
            print(f"{target.name}: phase 2 done in {tally.wall_seconds:.1f} s", file=sys.stderr, flush=True)
    except TimeoutError:
        tally.errors["overall timeout (--timeout)"] += 1
        if phase2_start is not None:
            tally.wall_seconds = time.perf_counter() - phase2_start
            tally.server_cpu_seconds = server_cpu() - cpu_start
            tally.client_cpu_seconds = time.process_time() - client_start
    finally:
        await _close_all(links)
        await target.close()
    return tally


async def _close_all(links: list[ClientConnection | None]) -> None:
    gate = asyncio.Semaphore(200)

    async def one(ws: ClientConnection) -> None:
        async with gate:
            await _close(ws)

    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(asyncio.gather(*(one(ws) for ws in links if ws is not None)), 30)


# --- servers, report, main -----------------------------------------------------------------------


def loop_factory(name: str) -> Callable[[], asyncio.AbstractEventLoop]:
    if name == "uvloop":
        import uvloop

        return uvloop.new_event_loop
    return asyncio.new_event_loop


def run_async(name: str, work: Callable[[], Awaitable[Tally]]) -> Tally:
    async def main() -> Tally:
        return await work()

    with asyncio.Runner(loop_factory=loop_factory(name)) as runner:
        return runner.run(main())


def check_database_url(url: str) -> str:
    parsed = sqlalchemy.engine.make_url(url)
    if parsed.get_backend_name() != "sqlite" and parsed.host not in (None, "", "127.0.0.1", "localhost"):
        raise SystemExit(f"--database-url must point at 127.0.0.1 (or a local socket), not {parsed.host!r}.")
    return url


def bench_echo(args: argparse.Namespace, plan: list[Slot], tmp: Path, deadline: float, options: Options) -> Tally:
    server = echo_server(args.log_dir or tmp, workers=args.workers).start(
        timeout=min(60.0, deadline - time.monotonic())
    )
    try:
        tally = run_async(args.loop, lambda: run_target(Echo(server.ws, options), plan, server.cpu_seconds, deadline))
        return after_run(server, tally)
    finally:
        server.stop()


def after_run(server: Server, tally: Tally) -> Tally:
    """Count a server that died during the run as an error, and show its log's end when anything failed."""
    assert server.process is not None
    code = server.process.poll()
    if code is not None:
        tally.errors[f"{server.name} server process exited during the run (status {code})"] += 1
    if tally.errors:
        print(f"--- last lines of {server.log_path} ---\n{server.log_tail()}\n---", file=sys.stderr)
    return tally


def bench_rapport(
    args: argparse.Namespace, plan: list[Slot], library: Library, tmp: Path, deadline: float, options: Options
) -> Tally:
    server: Server | None = None
    if args.url:
        http = require_loopback(args.url)
        ws = http.replace("http://", "ws://", 1)

        def server_cpu() -> float:
            return math.nan
    else:
        url = args.database_url or f"sqlite:///{tmp / 'load.db'}"
        server = rapport_server(
            url,
            args.log_dir or tmp,
            data_dir=tmp / "data",
            workers=args.workers,
            app_dir=args.app_dir.resolve(),
            prefix=shlex.split(args.server_prefix),
        )
        server.start(timeout=min(90.0, deadline - time.monotonic()))
        http, ws, server_cpu = server.http, server.ws, server.cpu_seconds
        print(f"rapport server pid {server.pid} on {server.http} ({url})", file=sys.stderr, flush=True)

    async def work() -> Tally:
        target = Rapport(http, ws, options, library)
        missing = {slot.scenario for slot in plan} - await target.scenario_ids()
        if missing:
            await target.close()
            raise SystemExit(f"The server does not know these scenarios: {', '.join(sorted(missing))}")
        return await run_target(target, plan, server_cpu, deadline)

    try:
        tally = run_async(args.loop, work)
        return after_run(server, tally) if server is not None else tally
    finally:
        if server is not None:
            server.stop()


def fmt(value: float, digits: int = 1) -> str:
    return "n/a" if math.isnan(value) else f"{value:,.{digits}f}"


def report(args: argparse.Namespace, tallies: list[Tally]) -> tuple[str, dict[str, Any]]:
    command = ".venv/bin/python bench/ws_load.py " + shlex.join(sys.argv[1:])
    db = "n/a" if args.only == "echo" else (args.url or _describe_db(args.database_url))
    code = "n/a" if args.only == "echo" or args.url else describe_code(args.app_dir.resolve())
    lines = [
        f"Command: `{command.strip()}`  ",
        f"Rapport code: {code}  ",
        f"{platform.node() or 'host'}: {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"uvicorn {uvicorn.__version__} (default loop/http/ws, {args.workers} worker(s)), Rapport database: {db}; "
        f"client: one process, websockets {version('websockets')}, {args.loop} loop, "
        f"{'offers' if args.compression else 'does not offer'} permessage-deflate (both servers decline it), "
        f"seed {args.seed}.",
        "",
        "| server | conversations × turns | turns done | phase-2 wall (s) | turns/s | p50 (ms) | p95 (ms) | p99 (ms) "
        "| max (ms) | errors | server CPU per turn (ms) |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for t in tallies:
        turns = len(t.latencies)
        cpu = t.server_cpu_seconds / turns * 1000 if turns else math.nan
        lines.append(
            f"| {t.target} | {t.conversations} × {t.turns_planned // max(1, t.conversations)} | {turns:,} "
            f"| {fmt(t.wall_seconds, 2)} | {fmt(t.turns_per_second, 0)} | {fmt(t.ms(50))} | {fmt(t.ms(95))} "
            f"| {fmt(t.ms(99))} | {fmt(t.ms(100))} | {t.error_count} | {fmt(cpu, 3)} |"
        )
    result: dict[str, Any] = {"command": command, "results": [t.summary() for t in tallies]}
    by = {t.target: t for t in tallies}
    if "rapport" in by and "echo" in by:
        r, e = by["rapport"], by["echo"]
        throughput = _ratio(r.turns_per_second, e.turns_per_second)
        p99 = _ratio(r.ms(99), e.ms(99))
        ok_t = "meets" if throughput >= GOAL_THROUGHPUT else "misses"
        ok_p = "meets" if p99 <= GOAL_P99 else "misses"
        lines += [
            "",
            "| Rapport ÷ echo | value | goal | |",
            "|---|---|---|---|",
            f"| throughput (turns/s) | {fmt(throughput, 3)} | ≥ {GOAL_THROUGHPUT:.2f} | {ok_t} |",
            f"| p99 latency | {fmt(p99, 1)} | ≤ {GOAL_P99:.1f} | {ok_p} |",
        ]
        result["ratios"] = {"throughput": round(throughput, 4), "p99": round(p99, 2)}
    lines.append("")
    for t in tallies:
        notes = [
            f"set-up (phase 1, not timed) {fmt(t.setup_seconds, 2)} s",
            f"client CPU {fmt(t.client_cpu_seconds, 2)} s",
        ]
        if t.target == "rapport":
            ended = sum(t.endings.values())
            kinds = ", ".join(f"{k} {v}" for k, v in sorted(t.endings.items())) or "none"
            notes.append(
                f"{ended} conversations reached an ending ({kinds}); {t.reconnects} fresh conversations opened "
                f"mid-run (POST + socket + state, {fmt(t.reconnect_seconds, 2)} s in all across slots): "
                "not in any latency, inside the wall time"
            )
        if t.target == "echo" and not t.wall_seconds >= 1.0:
            notes.append(f"phase 2 lasted only {fmt(t.wall_seconds, 2)} s, so these figures (and the ratios) are noisy")
        if t.errors:
            notes.append("errors: " + "; ".join(f"{k} × {v}" for k, v in sorted(t.errors.items())))
        lines.append(f"- {t.target}: " + "; ".join(notes) + ".")
    return "\n".join(lines), result


def _ratio(a: float, b: float) -> float:
    return a / b if b > 0 else math.nan


def _describe_db(url: str | None) -> str:
    if not url:
        return "fresh SQLite file (WAL)"
    return sqlalchemy.engine.make_url(url).render_as_string(hide_password=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--conversations", type=int, default=200, help="concurrent conversations (default 200)")
    parser.add_argument("--turns", type=int, default=20, help="replies per conversation (default 20)")
    parser.add_argument("--workers", type=int, default=1, help="server worker processes, both servers (default 1)")
    parser.add_argument("--database-url", help="Rapport's database (default: a fresh SQLite file in a temp folder)")
    parser.add_argument("--url", help="use a Rapport server already running on http://127.0.0.1:PORT")
    parser.add_argument("--only", choices=["rapport", "echo"], help="run one server only")
    parser.add_argument("--seed", type=int, default=1, help="seed for scenarios and replies (default 1)")
    parser.add_argument("--timeout", type=float, default=600, help="hard limit for the whole run, s (default 600)")
    parser.add_argument("--turn-timeout", type=float, default=60, help="limit for one answer or handshake, s")
    parser.add_argument("--loop", choices=["uvloop", "asyncio"], default="uvloop", help="client event loop")
    parser.add_argument("--no-compression", dest="compression", action="store_false", help="no permessage-deflate")
    parser.add_argument("--json", action="store_true", help="also print the results as JSON")
    parser.add_argument("--app-dir", type=Path, default=ROOT, help="run Rapport from this copy of the code")
    parser.add_argument("--server-prefix", default="", help="put this before the server's command (e.g. a profiler)")
    parser.add_argument("--log-dir", type=Path, help="keep the server logs here (default: a temp folder, deleted)")
    args = parser.parse_args()
    if args.conversations < 1 or args.turns < 1 or args.workers < 1:
        parser.error("--conversations, --turns and --workers must be at least 1")
    if args.database_url:
        check_database_url(args.database_url)
    deadline = time.monotonic() + args.timeout
    signal.alarm(int(args.timeout) + 90)  # last resort: SIGALRM ends the process; the servers follow it
    raise_open_files(args.conversations * 2 + 1000)

    library = Library.load(SCENARIO_DIR)
    plan = make_plan(library, args.conversations, args.turns, args.seed)
    options = Options(open_timeout=args.turn_timeout, turn_timeout=args.turn_timeout, compression=args.compression)
    tallies = []
    with tempfile.TemporaryDirectory(prefix="ws-load-") as folder:
        tmp = Path(folder)
        if args.log_dir:
            args.log_dir.mkdir(parents=True, exist_ok=True)
        if args.only in (None, "echo"):
            tallies.append(bench_echo(args, plan, tmp, deadline, options))
        if args.only in (None, "rapport"):
            tallies.append(bench_rapport(args, plan, library, tmp, deadline, options))
    text, result = report(args, tallies)
    print(text)
    if args.json:
        print(json.dumps(result, indent=2))
    return 1 if any(t.error_count for t in tallies) else 0


if __name__ == "__main__":
    sys.exit(main())
