"""Crash loop: several conversations at once over real websockets while the server is killed with
SIGKILL at random moments and started again on the same port and SQLite file. Then every
conversation is checked. It stops by itself.

    .venv/bin/python bench/crash_loop.py [--conversations 8] [--kills 20] [--seed 1]
        [--alive 0.2 1.0] [--think 0.02] [--cold] [--app-dir DIR] [--log-dir DIR]
        [--timeout 600] [--json]

The server is `rapport serve` (one uvicorn worker) on a fresh SQLite file in a temporary folder,
on a free 127.0.0.1 port. A seeded random number generator picks each kill's moment: the server
stays up for a uniform draw from --alive seconds after it is ready, then gets SIGKILL (no
shutdown, no flushing) and is started again on the same port and file. By default each server is
a new process forked from a parent that imported the code once, so a restart costs the server's
own start-up (scenarios, tables, lifespan: about 1 s) rather than Python's imports (about 3.5 s
in all on a 2-core machine); --cold starts each one with `python -m app serve` instead.

Meanwhile --conversations clients play at once, each in a loop: create a conversation
(POST /api/sessions, coach mode, seeded scenario, seed and difficulty), open its socket, send
replies (a seeded mix of the current state's model replies, the scenario's other model replies
and roadblocks) each with a fresh message id, one at a time. When a socket drops, the client
reconnects (every 100 ms until the server is back) and:

* checks the `state` message against every turn it had acknowledged: the same turns, in order,
  with contiguous indexes, and the current state and meters equal to its last answer; at most
  one more exchange, and only its unanswered reply (committed just before the kill);
* resends that unanswered reply with the same id: the answer must be the stored turn when it was
  committed, and a new one otherwise; never a second turn;
* then, one time in three, resends its last answered reply, as if that answer had been lost: it
  must come back from the store, unchanged, with no new turn.

When a conversation reaches its ending the client starts another. After the last kill and
restart the clients finish what they have in flight, and every conversation is checked:

1. resumable with the same state: a new socket's `state` message matches every acknowledged
   turn, and one more reply is played (or refused as ended, when it has ended);
2. no committed turn lost, none doubled: GET /api/sessions/{id}/transcript (Bearer token) has
   indexes 0, 1, 2, … without gaps, and exactly the replies and answers the client saw;
3. not corrupted: the engine (`dialogue`, in this process) replays the stored replies from the
   same seed and difficulty and must give the same opening line, the same code for every reply,
   the same client line, state and meters after every turn, and the same outcome.

Figures: kills, restart times, turns acknowledged, conversations, socket drops, resends (those
already committed before the kill, and those played after it), repeats, and every failure found.
The exit status is 1 when anything failed. Nothing but 127.0.0.1 is ever contacted.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import httpx
from common import HOST, NO_LIMITS, ROADBLOCKS, ROOT, die_with_parent, free_port, percentile
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake

from dialogue.crisis import detect_crisis
from dialogue.engine import ConversationOver
from dialogue.library import Library
from dialogue.scenario import Difficulty
from scenarios import SCENARIO_DIR

RETRY = 0.1  # seconds between reconnect attempts while the server is down
ANSWER_TIMEOUT = 60.0  # a live server that has not answered in this long has hung: a failure
REPEAT_SHARE = 1 / 3
STATE_SHARE, SCENARIO_SHARE = 0.6, 0.25  # the rest are roadblocks

# The preloaded parent: it imports the code once (the slow part of a start: about 2.5 s of CPU),
# then forks one `rapport serve` per "start LOG" line on stdin, exactly as `python -m app serve`
# with the arguments it was given, and writes the child's pid. "reap PID" waits for a killed one.
PRELOADED = """
import ctypes, os, signal, sys, traceback
import uvicorn, app.cli.commands, app.main
for line in sys.stdin:
    command, argument = line.split()
    if command == "reap":
        os.waitpid(int(argument), 0)
        print("reaped", flush=True)
        continue
    pid = os.fork()
    if pid:
        print(pid, flush=True)
        continue
    code = 1
    try:
        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: gone with its parent
        log = os.open(argument, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
        os.dup2(log, 1)
        os.dup2(log, 2)
        sys.argv = ["rapport", *sys.argv[1:]]
        app.cli.commands.main()
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    except BaseException:
        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
"""


# --- the server that keeps dying ------------------------------------------------------------------


class Crashable:
    """`rapport serve` (one uvicorn worker) on one port and one database, killed with SIGKILL and
    started again. Not tests/live.Server: a restart here forks from a parent that has already
    imported the code, which a server started with exec cannot do.

    Preloaded (the default): each server is a new process forked from a parent that has imported
    the code, so a restart costs what the server does at start-up (reading the scenarios, checking
    the tables, the app's lifespan), not Python's imports. Cold: `python -m app serve` each time.
    Every process dies with this script (PR_SET_PDEATHSIG, set from the event loop's thread)."""

    def __init__(self, database_url: str, folder: Path, *, cold: bool, app_dir: Path) -> None:
        self.port = free_port()
        self.cold = cold
        self.app_dir = app_dir
        self.env = {
            **os.environ,
            **NO_LIMITS,  # one address sending as fast as it can: the rate limits would only get in the way
            "RAPPORT_DATABASE_URL": database_url,
            "RAPPORT_DATA_DIR": str(folder),
        }
        if app_dir != ROOT:  # another copy of the code: its packages come first
            self.env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(app_dir), os.environ.get("PYTHONPATH")]))
        self.log_path = folder / f"rapport-{self.port}.log"
        self._log: IO[bytes] = self.log_path.open("ab")
        self.serve = ["serve", "--host", HOST, "--port", str(self.port), "--workers", "1"]
        self.process: subprocess.Popen[bytes] | None = None  # cold: the server
        self.parent: subprocess.Popen[str] | None = None  # preloaded: the parent that forks servers
        self.pid: int | None = None

    @property
    def http(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def ws(self) -> str:
        return f"ws://{HOST}:{self.port}"

    def migrate(self) -> None:
        done = subprocess.run(
            [sys.executable, "-m", "app", "db", "upgrade"],
            cwd=self.app_dir,
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            timeout=120,
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"rapport db upgrade failed with {done.returncode}; see {self.log_path}")

    def _ask(self, line: str) -> str:
        assert self.parent is not None and self.parent.stdin is not None and self.parent.stdout is not None
        self.parent.stdin.write(line + "\n")
        self.parent.stdin.flush()
        answer = self.parent.stdout.readline().strip()
        if not answer:
            raise RuntimeError(f"the preloaded parent exited with {self.parent.wait()}; see {self.log_path}")
        return answer

    def _launch(self) -> None:
        if self.cold:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "app", *self.serve],
                cwd=self.app_dir,
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=self._log,
                stderr=subprocess.STDOUT,
                preexec_fn=die_with_parent,
            )
            self.pid = self.process.pid
            return
        if self.parent is None:
            self.parent = subprocess.Popen(
                [sys.executable, "-c", PRELOADED, *self.serve],
                cwd=self.app_dir,
                env=self.env,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=self._log,
                text=True,
                preexec_fn=die_with_parent,
            )
        self.pid = int(self._ask(f"start {self.log_path}"))

    def _alive(self) -> bool:
        if self.cold:
            return self.process is not None and self.process.poll() is None
        try:  # a child of the parent, not of this process: look at it in /proc
            return Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
        except OSError:
            return False

    async def start(self, http: httpx.AsyncClient, timeout: float = 120.0) -> float:
        """Start the server and wait until it answers; the seconds it took."""
        began = time.monotonic()
        self._launch()
        while True:
            if not self._alive():
                raise RuntimeError(f"the server exited while starting; see {self.log_path}")
            with contextlib.suppress(httpx.HTTPError):
                if (await http.get(f"{self.http}/healthz", timeout=2)).status_code == 200:
                    return time.monotonic() - began
            if time.monotonic() - began > timeout:
                raise TimeoutError(f"the server was not ready in {timeout:.0f} s; see {self.log_path}")
            await asyncio.sleep(0.02)

    def kill(self) -> None:
        """SIGKILL (no shutdown, no flushing: whatever was committed must survive), and wait until it is gone."""
        if self.pid is None:
            return
        if self.cold:
            assert self.process is not None
            if self.process.poll() is None:
                self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=30)
        else:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
            self._ask(f"reap {self.pid}")
        self.pid = None

    def stop(self) -> None:
        """SIGTERM (SIGKILL after 10 s), then the preloaded parent goes too."""
        if self.pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGTERM)
            deadline = time.monotonic() + 10
            while self._alive() and time.monotonic() < deadline:
                time.sleep(0.05)
            self.kill()
        if self.parent is not None:
            assert self.parent.stdin is not None
            with contextlib.suppress(OSError):
                self.parent.stdin.close()
            try:
                self.parent.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.parent.kill()
                self.parent.wait(timeout=10)
        self._log.close()


# --- what each client remembers -------------------------------------------------------------------


@dataclass(frozen=True)
class Exchange:
    """An acknowledged turn: the reply, its id and code, and the answer the client saw."""

    index: int  # the learner turn's index; the answer is index + 1
    id: str
    text: str
    code: str | None
    answer: str
    state: str | None
    meters: dict[str, float] | None


@dataclass(frozen=True)
class Pending:
    id: str
    text: str


@dataclass
class Record:
    id: str
    token: str
    scenario: str
    seed: int
    difficulty: str
    opening: str | None = None
    opening_state: str | None = None
    acked: list[Exchange] = field(default_factory=list)
    pending: Pending | None = None
    ended: bool = False
    broken: bool = False  # a failure was found; the client left it

    def socket_path(self) -> str:
        return f"/ws/sessions/{self.id}?token={self.token}"

    @property
    def state(self) -> str | None:
        return self.acked[-1].state if self.acked else self.opening_state


class Failed(Exception):
    """A check failed; already recorded."""


@dataclass
class Figures:
    kills: int = 0
    restarts: list[float] = field(default_factory=list)
    conversations: int = 0
    ended: int = 0
    turns: int = 0
    connects: int = 0
    drops: int = 0
    resends: int = 0
    resends_committed: int = 0
    repeats: int = 0
    busy: int = 0
    failed_requests: int = 0
    verified: int = 0
    failures: list[str] = field(default_factory=list)


class Run:
    def __init__(self, args: argparse.Namespace, library: Library, server: Crashable, http: httpx.AsyncClient) -> None:
        self.args = args
        self.library = library
        self.server = server
        self.http = http
        self.figures = Figures()
        self.records: list[Record] = []
        self.stopping = False
        self.roadblocks = [t for t in ROADBLOCKS if detect_crisis(t) is None]
        self.by_state: dict[tuple[str, str], list[str]] = {}
        self.by_scenario: dict[str, list[str]] = {}
        for sc in library.scenarios():
            texts: set[str] = set()
            for name, state in sc.states.items():
                here = sorted({r.text for r in state.model_replies if detect_crisis(r.text) is None})
                self.by_state[sc.id, name] = here
                texts.update(here)
            self.by_scenario[sc.id] = sorted(texts)
        self.scenario_ids = sorted(self.by_scenario)

    def fail(self, record: Record | None, message: str) -> Failed:
        where = f"conversation {record.id} ({record.scenario}, seed {record.seed}): " if record else ""
        self.figures.failures.append(where + message)
        if record is not None:
            record.broken = True
        return Failed(message)

    def endings(self, scenario: str) -> set[str]:
        return set(self.library.get(scenario).endings)

    def choose(self, record: Record, rng: random.Random) -> str:
        draw = rng.random()
        pool = self.roadblocks
        if draw < STATE_SHARE:
            pool = self.by_state.get((record.scenario, record.state or ""), []) or self.by_scenario[record.scenario]
        elif draw < STATE_SHARE + SCENARIO_SHARE:
            pool = self.by_scenario[record.scenario]
        return rng.choice(pool)


# --- one client ---------------------------------------------------------------------------------


async def receive(run: Run, record: Record, ws: ClientConnection) -> dict[str, Any]:
    try:
        data = await asyncio.wait_for(ws.recv(decode=True), ANSWER_TIMEOUT)
    except TimeoutError:
        raise run.fail(record, f"no message in {ANSWER_TIMEOUT:g} s from a server that was up") from None
    message: dict[str, Any] = json.loads(data)
    return message


async def answer_to(run: Run, record: Record, ws: ClientConnection, reply_id: str, text: str) -> dict[str, Any]:
    """Send a reply and read its `turn` (a `busy` answer is sent again, as a page would)."""
    frame = json.dumps({"type": "reply", "text": text, "id": reply_id})
    await ws.send(frame)
    while True:
        message = await receive(run, record, ws)
        if message.get("type") == "error" and message.get("error") == "busy":
            run.figures.busy += 1
            await ws.send(frame)
            continue
        if message.get("type") != "turn":
            raise run.fail(record, f"a reply was answered with {message}")
        return message


def check_state(run: Run, record: Record, message: dict[str, Any]) -> dict[str, Any] | None:
    """The `state` sent on connect must hold every acknowledged turn and agree with itself; the
    stored answer to the unanswered reply when that was committed before the drop, else None."""
    if message.get("type") != "state":
        raise run.fail(record, f"the first message on connect was {message.get('type')!r}, not 'state'")
    turns: list[dict[str, Any]] = message["turns"]
    problems: list[str] = []
    if [t["index"] for t in turns] != list(range(len(turns))):
        problems.append(f"turn indexes {[t['index'] for t in turns]} are not 0, 1, 2, …")
    if [t["speaker"] for t in turns] != ["client" if i % 2 == 0 else "learner" for i in range(len(turns))]:
        problems.append("the speakers do not alternate")
    if problems:
        raise run.fail(record, "; ".join(problems))
    if record.opening is None:
        record.opening, record.opening_state = turns[0]["text"], turns[0]["state_after"]
    elif turns[0]["text"] != record.opening:
        problems.append("the opening line changed")
    for n, ex in enumerate(record.acked):
        if 2 * n + 2 >= len(turns):
            problems.append(f"acknowledged turn {n + 1} ({ex.text!r}) is missing: {len(turns)} turns stored")
            break
        learner, client = turns[2 * n + 1], turns[2 * n + 2]
        if (learner["text"], learner["code"]) != (ex.text, ex.code):
            problems.append(f"turn {n + 1}'s reply is {learner['text']!r} ({learner['code']}), not {ex.text!r}")
        if (client["text"], client["state_after"], client["meters"]) != (ex.answer, ex.state, ex.meters):
            problems.append(f"turn {n + 1}'s answer differs from the one acknowledged")
    stored = None
    extra = len(turns) - (2 * len(record.acked) + 1)
    if extra == 2 and record.pending is not None and turns[-2]["text"] == record.pending.text:
        stored = turns[-1]  # committed before the drop, never answered
    elif extra > 0:
        problems.append(f"{extra} more turns stored than acknowledged (unanswered reply: {record.pending})")
    last = turns[-1]
    if message["client"]["state"] != last["state_after"] or message["meters"] != last["meters"]:
        problems.append(
            f"the state to resume ({message['client']['state']}, {message['meters']}) is not the last turn's "
            f"({last['state_after']}, {last['meters']})"
        )
    if message["ended"] != (last["state_after"] in run.endings(record.scenario)):
        problems.append(f"ended is {message['ended']} in state {last['state_after']}")
    if message["session"]["turns"] != len(turns) // 2:
        problems.append(f"the session counts {message['session']['turns']} turns; {len(turns) // 2} are stored")
    if problems:
        raise run.fail(record, "on reconnect: " + "; ".join(problems))
    return stored


async def play_pending(run: Run, record: Record, ws: ClientConnection, stored: dict[str, Any] | None) -> None:
    """Send the unanswered reply and acknowledge its turn (the stored one, if it was committed)."""
    pending = record.pending
    assert pending is not None
    message = await answer_to(run, record, ws, pending.id, pending.text)
    n = len(record.acked) + 1
    learner, client = message["learner"], message["client"]
    problems = []
    if (message["turn"], learner["index"], client["index"]) != (n, 2 * n - 1, 2 * n):
        problems.append(f"turn {message['turn']} (indexes {learner['index']}, {client['index']}), expected turn {n}")
    if learner["text"] != pending.text:
        problems.append(f"the turn is for {learner['text']!r}, not {pending.text!r}")
    if stored is not None and (client["text"], client["state"], message["meters"]) != (
        stored["text"],
        stored["state_after"],
        stored["meters"],
    ):
        problems.append("the resent reply was not answered with the stored turn")
    if problems:
        raise run.fail(record, "; ".join(problems))
    coding = message["coding"] or {}
    record.acked.append(
        Exchange(
            2 * n - 1, pending.id, pending.text, coding.get("code"), client["text"], client["state"], message["meters"]
        )
    )
    record.pending = None
    run.figures.turns += 1
    if client["state"] in run.endings(record.scenario):
        ended = await receive(run, record, ws)
        if ended.get("type") != "ended" or ended.get("outcome") != client["state"]:
            raise run.fail(record, f"after the ending {client['state']!r} came {ended}")
        record.ended = True
        run.figures.ended += 1


async def repeat_last(run: Run, record: Record, ws: ClientConnection) -> None:
    """Resend the last answered reply (as if its answer had been lost): the stored turn, no new one."""
    last = record.acked[-1]
    message = await answer_to(run, record, ws, last.id, last.text)
    learner, client = message["learner"], message["client"]
    coding = message["coding"] or {}
    seen = (message["turn"], learner["index"], coding.get("code"), client["text"], client["state"], message["meters"])
    if seen != (len(record.acked), last.index, last.code, last.answer, last.state, last.meters):
        raise run.fail(record, f"a repeated reply was answered with {seen}, not the stored turn")
    run.figures.repeats += 1
    if last.state in run.endings(record.scenario):  # the end is said again too
        ended = await receive(run, record, ws)
        if ended.get("type") != "ended" or ended.get("outcome") != last.state:
            raise run.fail(record, f"after a repeated ending {last.state!r} came {ended}")


async def session(run: Run, record: Record, ws: ClientConnection, rng: random.Random) -> None:
    """One socket's life: check the state, finish what was in flight, then play until told to stop."""
    stored = check_state(run, record, await receive(run, record, ws))
    if record.pending is None and record.acked and record.acked[-1].state in run.endings(record.scenario):
        record.ended = True  # its last answer ended it; the `ended` message was lost with the link
        run.figures.ended += 1
        return
    if record.pending is not None:
        run.figures.resends += 1
        run.figures.resends_committed += stored is not None
        await play_pending(run, record, ws, stored)
    if record.acked and not record.ended and rng.random() < REPEAT_SHARE:
        await repeat_last(run, record, ws)
    while not record.ended and not run.stopping:
        await asyncio.sleep(rng.uniform(0, run.args.think))
        record.pending = Pending(uuid.uuid4().hex, run.choose(record, rng))
        await play_pending(run, record, ws, None)


async def play(run: Run, record: Record, rng: random.Random) -> None:
    """Play a conversation to its ending (or until the run stops), reconnecting after every drop."""
    first = True
    while not record.ended and (record.pending is not None or not run.stopping or first):
        try:
            async with connect(
                run.server.ws + record.socket_path(),
                open_timeout=10,
                close_timeout=1,
                ping_interval=None,
                compression=None,
                proxy=None,
            ) as ws:
                run.figures.connects += 1
                first = False
                await session(run, record, ws, rng)
                if not record.ended:  # a conversation ended by the server says so in its `state`
                    return
        except (OSError, ConnectionClosed, InvalidHandshake, TimeoutError, EOFError):
            run.figures.drops += 1
            await asyncio.sleep(RETRY)


async def create(run: Run, rng: random.Random) -> Record | None:
    scenario, seed, difficulty = rng.choice(run.scenario_ids), rng.randrange(2**31), rng.choice(list(Difficulty)).value
    body = {"scenario": scenario, "mode": "coach", "seed": seed, "difficulty": difficulty}
    while not run.stopping:
        try:
            response = await run.http.post(f"{run.server.http}/api/sessions", json=body, timeout=10)
        except httpx.HTTPError:  # the server is down or died mid-request; a session made then is left alone
            run.figures.failed_requests += 1
            await asyncio.sleep(RETRY)
            continue
        if response.status_code != 201:
            raise run.fail(None, f"POST /api/sessions answered {response.status_code}: {response.text[:200]}")
        data = response.json()
        record = Record(data["id"], data["token"], scenario, seed, difficulty)
        run.records.append(record)
        run.figures.conversations += 1
        return record
    return None


async def client(run: Run, n: int) -> None:
    rng = random.Random(f"{run.args.seed}:client:{n}")
    while not run.stopping:
        try:
            record = await create(run, rng)
            if record is None:
                return
            await play(run, record, rng)
        except Failed:
            continue  # recorded; carry on with a new conversation


async def killer(run: Run) -> None:
    rng = random.Random(f"{run.args.seed}:kills")
    low, high = run.args.alive
    for _ in range(run.args.kills):
        await asyncio.sleep(rng.uniform(low, high))
        run.server.kill()
        run.figures.kills += 1
        run.figures.restarts.append(await run.server.start(run.http))
    await asyncio.sleep(high)  # every client gets going again on the last server
    run.stopping = True


# --- the checks at the end ------------------------------------------------------------------------


async def verify(run: Run, record: Record, rng: random.Random) -> None:
    """Resumable with the same state, nothing lost or doubled, and the same as a fresh replay."""
    async with connect(run.server.ws + record.socket_path(), open_timeout=30, ping_interval=None, proxy=None) as ws:
        if check_state(run, record, await receive(run, record, ws)) is not None or record.pending is not None:
            raise run.fail(record, "a reply was still unanswered at the end")
        if not record.ended:
            record.pending = Pending(uuid.uuid4().hex, run.choose(record, rng))
            await play_pending(run, record, ws, None)
        else:
            await ws.send(json.dumps({"type": "reply", "text": "Can we talk again?", "id": uuid.uuid4().hex}))
            refused = await receive(run, record, ws)
            if refused.get("error") != "conversation_ended":
                raise run.fail(record, f"an ended conversation answered a reply with {refused}")
    headers = {"Authorization": f"Bearer {record.token}"}
    response = await run.http.get(f"{run.server.http}/api/sessions/{record.id}/transcript", headers=headers, timeout=30)
    if response.status_code != 200:
        raise run.fail(record, f"the transcript answered {response.status_code}")
    transcript = response.json()
    turns: list[dict[str, Any]] = transcript["turns"]
    if [t["index"] for t in turns] != list(range(len(turns))):
        raise run.fail(record, f"transcript indexes {[t['index'] for t in turns]}: a gap or a double")
    seen = [(ex.index, ex.text, ex.code, ex.answer, ex.state, ex.meters) for ex in record.acked]
    kept = [
        (learner["index"], learner["text"], learner["code"], client["text"], client["state_after"], client["meters"])
        for learner, client in zip(turns[1::2], turns[2::2], strict=False)
    ]
    if kept != seen or len(turns) != 2 * len(seen) + 1 or turns[0]["text"] != record.opening:
        raise run.fail(record, f"the transcript's {len(kept)} exchanges are not the {len(seen)} the client saw")
    if transcript["session"]["seed"] != record.seed or transcript["session"]["difficulty"] != record.difficulty:
        raise run.fail(record, "the session's seed or difficulty changed")
    replay(run, record, turns, transcript["session"]["outcome"])
    run.figures.verified += 1


def replay(run: Run, record: Record, turns: list[dict[str, Any]], outcome: str | None) -> None:
    """Play the stored replies in a fresh engine from the same seed: every answer must match."""
    engine = run.library.engine(record.scenario)
    conv = engine.start(record.seed, Difficulty(record.difficulty))
    try:
        if engine.text_of(conv.last_line) != turns[0]["text"]:
            raise run.fail(record, "replayed, the opening line differs")
        for learner, client in zip(turns[1::2], turns[2::2], strict=True):
            try:
                turn = engine.reply(conv, learner["text"])
            except ConversationOver:
                raise run.fail(record, f"replayed, it ended before turn {learner['index']}") from None
            again = (turn.coding.code.value, turn.client.text, turn.client.state, turn.meters)
            stored = (learner["code"], client["text"], client["state_after"], client["meters"])
            if again != stored:
                raise run.fail(record, f"replayed, turn {learner['index']} gives {again}; stored {stored}")
        if conv.outcome != outcome:
            raise run.fail(record, f"replayed, the outcome is {conv.outcome}; stored {outcome}")
    finally:
        engine.release(conv)


# --- the run --------------------------------------------------------------------------------------


async def crash_loop(args: argparse.Namespace, folder: Path) -> Figures:
    library = Library.load(SCENARIO_DIR)
    server = Crashable(f"sqlite:///{folder / 'rapport.db'}", folder, cold=args.cold, app_dir=args.app_dir)
    async with httpx.AsyncClient(trust_env=False) as http:
        run = Run(args, library, server, http)
        try:
            server.migrate()
            run.figures.restarts.append(await server.start(http))  # the first start is counted as one
            await asyncio.gather(killer(run), *(client(run, n) for n in range(args.conversations)))
            checking = asyncio.Semaphore(args.conversations)
            rng = random.Random(f"{args.seed}:verify")

            async def check(record: Record) -> None:
                async with checking:
                    with contextlib.suppress(Failed):
                        await verify(run, record, rng)

            await asyncio.gather(*(check(r) for r in run.records if not r.broken))
        finally:
            server.stop()
            if run.figures.failures:
                print(f"server log: {server.log_path}", file=sys.stderr)
    return run.figures


def report(args: argparse.Namespace, figures: Figures, wall: float) -> dict[str, Any]:
    restarts = sorted(figures.restarts[1:]) or [float("nan")]
    return {
        "conversations_at_once": args.conversations,
        "seed": args.seed,
        "restart": "cold" if args.cold else "preloaded",
        "kills": figures.kills,
        "restart_p50_s": round(percentile(restarts, 50), 3),
        "restart_max_s": round(restarts[-1], 3),
        "first_start_s": round(figures.restarts[0], 3) if figures.restarts else None,
        "conversations": figures.conversations,
        "ended": figures.ended,
        "turns": figures.turns,
        "connects": figures.connects,
        "drops": figures.drops,
        "failed_requests": figures.failed_requests,
        "resends": figures.resends,
        "resends_committed": figures.resends_committed,
        "repeats": figures.repeats,
        "busy": figures.busy,
        "verified": figures.verified,
        "failures": figures.failures,
        "wall_s": round(wall, 1),
        "ok": not figures.failures and figures.verified == figures.conversations and figures.kills == args.kills,
    }


def print_report(result: dict[str, Any]) -> None:
    fresh = result["resends"] - result["resends_committed"]
    lines = [
        f"crash loop: {result['conversations_at_once']} conversations at once, {result['kills']} SIGKILLs "
        f"(seed {result['seed']}), {result['restart']} restarts",
        f"  restart to ready      p50 {result['restart_p50_s']:.2f} s, max {result['restart_max_s']:.2f} s "
        f"(first start {result['first_start_s']:.2f} s)",
        f"  conversations         {result['conversations']:,} ({result['ended']:,} reached an ending)",
        f"  turns acknowledged    {result['turns']:,}",
        f"  sockets opened        {result['connects']:,}; {result['drops']:,} attempts refused or dropped, "
        f"{result['failed_requests']:,} POSTs failed",
        f"  resends after a drop  {result['resends']:,}: {result['resends_committed']:,} committed before the kill "
        f"(answered from the store), {fresh:,} played after it",
        f"  repeats               {result['repeats']:,} answered replies sent again, each answered from the store",
        f"  busy answers          {result['busy']:,}",
        f"  verified              {result['verified']:,} of {result['conversations']:,} conversations "
        "(resumed, transcript, replay)",
        f"  failures              {len(result['failures'])}",
        *(f"    - {failure}" for failure in result["failures"][:20]),
        f"  wall time             {result['wall_s']:.1f} s",
    ]
    print("\n".join(lines))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--conversations", type=int, default=8, help="conversations played at once (default 8)")
    parser.add_argument("--kills", type=int, default=20, help="SIGKILLs (default 20)")
    parser.add_argument("--seed", type=int, default=1, help="seed for kill moments, scenarios and replies")
    parser.add_argument(
        "--alive", type=float, nargs=2, default=(0.2, 1.0), metavar=("MIN", "MAX"), help="uptime between kills, s"
    )
    parser.add_argument("--think", type=float, default=0.02, help="longest pause before each reply, s")
    parser.add_argument("--cold", action="store_true", help="start each server with python -m app serve")
    parser.add_argument("--app-dir", type=Path, default=ROOT, help="run the server from this copy of the code")
    parser.add_argument("--log-dir", type=Path, help="keep the database and server log here (default: deleted)")
    parser.add_argument("--timeout", type=float, default=600, help="hard limit for the whole run, s")
    parser.add_argument("--json", action="store_true", help="print the result as one JSON line instead")
    args = parser.parse_args()
    if args.conversations < 1 or args.kills < 0 or not 0 < args.alive[0] <= args.alive[1]:
        parser.error("need --conversations ≥ 1, --kills ≥ 0 and 0 < MIN ≤ MAX for --alive")
    args.app_dir = args.app_dir.resolve()

    with contextlib.ExitStack() as stack:
        if args.log_dir:
            args.log_dir.mkdir(parents=True, exist_ok=True)
            folder = Path(tempfile.mkdtemp(prefix="crash-loop-", dir=args.log_dir))
        else:
            folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="crash-loop-")))
        began = time.monotonic()
        try:
            figures = asyncio.run(asyncio.wait_for(crash_loop(args, folder), args.timeout))
        except TimeoutError:
            figures = Figures(failures=[f"the run did not finish in {args.timeout:g} s"])
        except RuntimeError as exc:  # the server would not start
            figures = Figures(failures=[str(exc)])
        result = report(args, figures, time.monotonic() - began)
    if args.json:
        print(json.dumps(result))
    else:
        print_report(result)
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
