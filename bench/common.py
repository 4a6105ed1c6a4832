"""Shared pieces of the benchmarks: servers on free 127.0.0.1 ports that stop by themselves,
percentiles, server CPU from /proc, and the open-files limit.

Every server started here gets SIGTERM if the benchmark process dies (PR_SET_PDEATHSIG), so a
killed or timed-out benchmark leaves nothing listening behind it.
"""

from __future__ import annotations

import contextlib
import ctypes
import math
import os
import resource
import shlex
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import IO

import httpx

from dialogue.crisis import detect_crisis
from dialogue.library import Library

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
HOST = "127.0.0.1"
ROADBLOCKS = [
    # ordering, directing
    "You need to stop drinking right now.",
    "Just stop using. Today. No more excuses.",
    "Pour it all down the sink tonight and call the clinic in the morning.",
    # warning, threatening
    "If you keep this up you're going to end up dead or in jail.",
    "Keep going like this and you'll lose your job and your family with it.",
    # arguing, lecturing, persuading with logic
    "You're wrong about that. The numbers don't lie, it's a problem.",
    "Do you know what that stuff does to your liver? Let me explain it to you.",
    "It's not about stress, it's about the drugs. Face the facts.",
    # moralising, preaching
    "You should be ashamed of what this is doing to your kids.",
    "A responsible adult would have quit a long time ago.",
    # judging, criticising, blaming
    "This is all your own fault and you know it.",
    "Honestly, that's a pathetic excuse.",
    # labelling, name-calling
    "You're an addict, just admit it.",
    "You're an alcoholic. Everybody can see it except you.",
    # advising without permission
    "What you should do is go to a meeting tonight.",
    "My advice is to get rid of those friends and find new ones.",
    # reassuring, sympathising away the feeling
    "Don't worry, everything will be fine, I promise.",
    # questioning, probing, interrogating
    "Why do you keep doing this? Why can't you just stop?",
    "How much did you use this week? Be honest with me.",
    # withdrawing, distracting, humouring
    "Let's not talk about that. Did you watch the game last night?",
]
_PR_SET_PDEATHSIG = 1
_TICKS = os.sysconf("SC_CLK_TCK")


def reply_pools(library: Library) -> dict[str, list[str]]:
    """Per scenario, its distinct model replies that the server will take as ordinary replies."""
    pools = {}
    for sc in library.scenarios():
        texts = {reply.text for state in sc.states.values() for reply in state.model_replies}
        pools[sc.id] = sorted(t for t in texts if detect_crisis(t) is None)
    return pools


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


def require_loopback(url: str) -> str:
    """The URL without a trailing slash, if it points at 127.0.0.1; SystemExit otherwise."""
    url = url.rstrip("/")
    if not url.startswith((f"http://{HOST}:", f"ws://{HOST}:")):
        raise SystemExit(f"{url!r}: these benchmarks only target http://{HOST}:PORT.")
    return url


def raise_open_files(wanted: int) -> int:
    """Raise the soft RLIMIT_NOFILE towards `wanted` (never above the hard limit); the new soft limit."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
        soft = target
    return int(soft)


def percentile(ordered: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of an already sorted sequence; NaN when empty."""
    if not ordered:
        return math.nan
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def _die_with_parent() -> None:  # runs in the child between fork and exec
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


def _descendants(pid: int) -> list[int]:
    """pid and every process below it (uvicorn workers, multiprocessing helpers)."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents.setdefault(int(fields[1]), []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(parents.get(current, []))
    return found


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds used so far by pid and its live descendants."""
    total = 0
    for each in _descendants(pid):
        try:
            fields = Path(f"/proc/{each}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
    return total / _TICKS


class Server:
    """A server subprocess on 127.0.0.1:port, ready once GET ready_path answers 200."""

    def __init__(
        self,
        name: str,
        argv: Sequence[str],
        port: int,
        *,
        ready_path: str,
        log_path: Path,
        env: Mapping[str, str] | None = None,
        cwd: Path = ROOT,
        before: Sequence[Sequence[str]] = (),
    ) -> None:
        self.name = name
        self.argv = list(argv)
        self.cwd = cwd
        self.before = [list(command) for command in before]  # run to completion first, e.g. a migration
        self.port = port
        self.ready_path = ready_path
        self.log_path = log_path
        self.env = {**os.environ, **(env or {})}
        if cwd != ROOT:  # a copy of the code elsewhere (e.g. `git archive HEAD`): its packages come first
            self.env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(cwd), os.environ.get("PYTHONPATH")]))
        self.process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    @property
    def http(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def ws(self) -> str:
        return f"ws://{HOST}:{self.port}"

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def start(self, timeout: float = 60.0) -> Server:
        self._log = self.log_path.open("ab")
        for command in self.before:
            done = subprocess.run(
                command,
                cwd=self.cwd,
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=self._log,
                stderr=subprocess.STDOUT,
                timeout=timeout,
                check=False,
            )
            if done.returncode != 0:
                raise RuntimeError(f"{shlex.join(command)} failed with {done.returncode}; see {self.log_path}")
        self.process = subprocess.Popen(
            self.argv,
            cwd=self.cwd,
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            preexec_fn=_die_with_parent,  # started from the main thread; the hook only calls prctl
        )
        try:
            self._wait_ready(timeout)
        except BaseException:
            self.stop()
            raise
        return self

    def _wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        with httpx.Client(trust_env=False, timeout=2) as client:
            while time.monotonic() < deadline:
                assert self.process is not None
                if self.process.poll() is not None:
                    raise RuntimeError(
                        f"{self.name} server exited with {self.process.returncode} while starting; see {self.log_path}"
                    )
                try:
                    if client.get(f"{self.http}{self.ready_path}").status_code == 200:
                        return
                except httpx.HTTPError:
                    pass
                time.sleep(0.1)
        raise TimeoutError(
            f"{self.name} server on port {self.port} was not ready in {timeout:.0f} s; see {self.log_path}"
        )

    def log_tail(self, lines: int = 40) -> str:
        """The end of the server's log, without the one-line-per-connection noise."""
        noise = ("connection open", "connection closed", " 200 OK", " 201 Created", "[accepted]")
        try:
            text = self.log_path.read_text(errors="replace")
            kept = [line for line in text.splitlines() if not any(n in line for n in noise)]
        except OSError as exc:
            return f"(cannot read the log: {exc})"
        return "\n".join(kept[-lines:])

    def cpu_seconds(self) -> float:
        return cpu_seconds(self.pid) if self.process and self.process.poll() is None else math.nan

    def stop(self) -> None:
        """SIGTERM (uvicorn stops its workers), then SIGKILL after 10 s."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        if self._log is not None:
            self._log.close()
            self._log = None


# The load client is one address sending as fast as it can: Rapport's rate limits and its cap on
# conversations per address would measure the limits, not the server, so they are off here.
NO_LIMITS = {
    "RAPPORT_REPLIES_PER_MINUTE": "0",
    "RAPPORT_FRAMES_PER_SECOND": "0",
    "RAPPORT_SESSIONS_PER_MINUTE": "0",
    "RAPPORT_CONVERSATIONS_PER_ADDRESS": "0",
}


def rapport_server(
    database_url: str,
    log_dir: Path,
    *,
    data_dir: Path | None = None,
    workers: int = 1,
    port: int | None = None,
    env: Mapping[str, str] | None = None,
    app_dir: Path = ROOT,
    prefix: Sequence[str] = (),
) -> Server:
    """`python -m app serve` (the `rapport serve` command) on a free port; not started yet.

    The cookie secret goes to data_dir (default log_dir/data), never to the repository's data folder.
    When the code has Alembic migrations (app/store/migrations), `python -m app db upgrade` runs first.
    `prefix` goes before the server's command line (a profiler, say); app_dir is the code to run.
    """
    port = port or free_port()
    data_dir = data_dir or log_dir / "data"
    serve = ["-m", "app", "serve", "--host", HOST, "--port", str(port), "--workers", str(workers)]
    migrate = [[sys.executable, "-m", "app", "db", "upgrade"]] if (app_dir / "app" / "migrations").is_dir() else []
    return Server(
        "rapport",
        [*prefix, sys.executable, *serve],
        port,
        cwd=app_dir,
        before=migrate,
        ready_path="/api/scenarios",
        log_path=log_dir / f"rapport-{port}.log",
        env={"RAPPORT_DATABASE_URL": database_url, "RAPPORT_DATA_DIR": str(data_dir), **NO_LIMITS, **(env or {})},
    )


def echo_server(log_dir: Path, *, workers: int = 1, port: int | None = None) -> Server:
    """bench/echo_server.py on a free port; not started yet."""
    port = port or free_port()
    argv = [sys.executable, str(BENCH / "echo_server.py"), "--port", str(port), "--workers", str(workers)]
    return Server("echo", argv, port, ready_path="/health", log_path=log_dir / f"echo-{port}.log")


def describe_code(app_dir: Path) -> str:
    """Which code a server runs: the git commit, and whether the app's files differ from it."""
    try:
        commit = subprocess.run(
            ["git", "-C", str(app_dir), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(app_dir), "status", "--porcelain", "--", "app", "dialogue", "scenarios", "web"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return f"code in {app_dir} (not a git checkout)"
    return f"git {commit}" + (" + uncommitted changes" if dirty else "")
