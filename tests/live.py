"""Real servers on free 127.0.0.1 ports, for the tests and the benchmarks that cross the process
boundary: one helper (`Server`), `rapport_server` for `rapport serve` with the limits off, and
`LiveServer`, the tests' shorthand for it on one SQLite file.

Every server started here gets SIGTERM if the process that started it dies (PR_SET_PDEATHSIG),
so a killed or timed-out test or benchmark leaves nothing listening behind it.
"""

from __future__ import annotations

import contextlib
import ctypes
import math
import os
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

from app.store.db import make_engine
from app.store.migrate import upgrade

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
_PR_SET_PDEATHSIG = 1
_TICKS = os.sysconf("SC_CLK_TCK")

# Tests and benchmarks send as fast as they can from one address: the rate limits and the cap on
# conversations per address are off unless a test sets them (tests/app/test_limits.py does).
NO_LIMITS_SETTINGS = {
    "replies_per_minute": 0,
    "frames_per_second": 0,
    "sessions_per_minute": 0,
    "conversations_per_address": 0,
}
NO_LIMITS = {f"RAPPORT_{name.upper()}": str(value) for name, value in NO_LIMITS_SETTINGS.items()}  # as a server's env


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


def migrate(database: Path | str) -> None:
    """Create or upgrade a database's tables (a SQLite file or a URL), as `rapport db upgrade` does."""
    engine = make_engine(database if isinstance(database, str) else f"sqlite:///{database}")
    try:
        upgrade(engine)
    finally:
        engine.dispose()


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
        if self._log is None:  # started again after a kill: the same log goes on
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
            preexec_fn=die_with_parent,  # started from the main thread; the hook only calls prctl
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

    def kill(self) -> None:
        """SIGKILL: no shutdown, no flushing; whatever was committed must survive."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)
        if self._log is not None:  # start() opens it again
            self._log.close()
            self._log = None

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
    has_migrations = any((app_dir / "app" / where).is_dir() for where in ("store/migrations", "migrations"))
    migrate = [[sys.executable, "-m", "app", "db", "upgrade"]] if has_migrations else []
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


class LiveServer(Server):
    """`rapport serve` on one SQLite file (or, given `url`, any database; the log then goes next
    to `database`), its tables made in this process first. Started, killed and started again."""

    def __init__(
        self,
        database: Path,
        port: int | None = None,
        *,
        url: str | None = None,
        workers: int = 1,
        env: Mapping[str, str] | None = None,
    ) -> None:
        self.database = database
        self.url = url or f"sqlite:///{database}"
        port = port or free_port()
        serve = ["-m", "app", "serve", "--host", HOST, "--port", str(port), "--workers", str(workers)]
        super().__init__(
            "rapport",
            [sys.executable, *serve],
            port,
            ready_path="/api/scenarios",
            log_path=database.parent / f"server-{port}.log",
            env={
                "RAPPORT_DATABASE_URL": self.url,
                "RAPPORT_DATA_DIR": str(database.parent),
                **NO_LIMITS,
                **(env or {}),
            },
        )

    @property
    def base(self) -> str:
        return self.http

    @property
    def log(self) -> Path:
        return self.log_path

    def start(self, timeout: float = 60.0) -> LiveServer:
        migrate(self.url)
        super().start(timeout)
        return self


def die_with_parent() -> None:  # runs in the child between fork and exec
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
