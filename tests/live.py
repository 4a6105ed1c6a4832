"""A real `rapport serve` process on a free port, for tests that cross the process boundary."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path

import httpx

from app.store.db import make_engine
from app.store.migrate import upgrade

ROOT = Path(__file__).resolve().parent.parent


def migrate(database: Path | str) -> None:
    """Create or upgrade a database's tables (a SQLite file or a URL), as `rapport db upgrade` does."""
    engine = make_engine(database if isinstance(database, str) else f"sqlite:///{database}")
    try:
        upgrade(engine)
    finally:
        engine.dispose()


# Tests and benchmarks send as fast as they can from one address: the rate limits are off unless
# a test sets them (tests/app/test_limits.py does).
NO_RATE_LIMITS = {
    "RAPPORT_REPLIES_PER_MINUTE": "0",
    "RAPPORT_FRAMES_PER_SECOND": "0",
    "RAPPORT_SESSIONS_PER_MINUTE": "0",
    "RAPPORT_CONVERSATIONS_PER_ADDRESS": "0",
}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class LiveServer:
    """Starts, kills and restarts the server on one SQLite file (or, given `url`, any database;
    the log then goes next to `database`)."""

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
        self.extra_env = {**NO_RATE_LIMITS, **(env or {})}
        self.url = url or f"sqlite:///{database}"
        self.workers = workers
        self.port = port or free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def ws(self) -> str:
        return f"ws://127.0.0.1:{self.port}"

    def start(self) -> LiveServer:
        migrate(self.url)
        env = {
            **os.environ,
            "RAPPORT_DATABASE_URL": self.url,
            "RAPPORT_DATA_DIR": str(self.database.parent),
            **self.extra_env,
        }
        self.log = self.database.parent / f"server-{self.port}.log"
        log = self.log.open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "app", "serve", "--port", str(self.port), "--workers", str(self.workers)],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        self._wait_ready()
        return self

    def _wait_ready(self, timeout: float = 45.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited with {self.process.returncode}; see {self.database.parent}")
            try:
                if httpx.get(f"{self.base}/api/scenarios", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise TimeoutError(f"server on port {self.port} did not start in {timeout} s")

    def kill(self) -> None:
        """SIGKILL: no shutdown, no flushing; whatever was committed must survive."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
