"""Database faults, with real parts: a database that cannot be reached at start, a PostgreSQL
server that goes away mid-conversation (cut by a TCP proxy between Rapport and the server) and
comes back, and a SQLite disk that fills up. Each time: a typed error, a server that keeps
running, nothing half-written, and the conversation carrying on once the fault is gone."""

from __future__ import annotations

import contextlib
import json
import os
import resource
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy.engine import make_url
from websockets.asyncio.client import ClientConnection, connect

from tests.live import ROOT, LiveServer, free_port
from tests.pg import throwaway_database

pytestmark = [pytest.mark.server]  # every test starts `rapport serve` or uvicorn

SCENARIO = "johnson-son-denial"
REPLIES = [
    "It sounds like tonight feels like an ambush.",
    "You're worried we think less of you.",
    "What would you want us to understand?",
    "Part of you is tired of all this too.",
]


def _serve(url: str, data_dir: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "RAPPORT_DATABASE_URL": url, "RAPPORT_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "app", "serve", "--port", str(free_port()), *extra],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


# --- unreachable at start ------------------------------------------------------------------


def test_an_unreachable_postgresql_server_stops_serve_with_what_to_check(tmp_path: Path) -> None:
    url = f"postgresql+psycopg://rapport:rapport@127.0.0.1:{free_port()}/rapport"  # nothing listens there
    for extra in ((), ("--upgrade",)):
        done = _serve(url, tmp_path, *extra)
        assert done.returncode == 1, done.stderr
        assert "Cannot open the database" in done.stderr
        assert "Check RAPPORT_DATABASE_URL" in done.stderr
        assert "Traceback" not in done.stderr
        assert "Rapport is running" not in done.stderr


def test_a_sqlite_file_that_cannot_be_made_stops_serve_with_what_to_check(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("not a folder")
    url = f"sqlite:///{tmp_path / 'a-file' / 'rapport.db'}"
    for extra in ((), ("--upgrade",)):
        done = _serve(url, tmp_path, *extra)
        assert done.returncode == 1, done.stderr
        assert "Cannot open the database" in done.stderr
        assert "Traceback" not in done.stderr


def test_the_app_started_by_uvicorn_itself_refuses_an_unreachable_database(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "RAPPORT_DATABASE_URL": f"postgresql+psycopg://rapport:rapport@127.0.0.1:{free_port()}/rapport",
        "RAPPORT_DATA_DIR": str(tmp_path),
    }
    done = subprocess.run(
        [sys.executable, "-m", "uvicorn", "--factory", "app.main:create_app", "--port", str(free_port())],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0
    assert "Cannot open the database" in done.stderr
    assert "Check RAPPORT_DATABASE_URL" in done.stderr


# --- helpers for a live conversation ---------------------------------------------------------


def _start(live: LiveServer) -> dict[str, Any]:
    response = httpx.post(f"{live.base}/api/sessions", json={"scenario": SCENARIO, "seed": 5}, timeout=10)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


async def _open(live: LiveServer, created: dict[str, Any]) -> ClientConnection:
    socket_ = await connect(f"{live.ws}/ws/sessions/{created['id']}?token={created['token']}", open_timeout=20)
    state = json.loads(await socket_.recv(decode=True))
    assert state["type"] == "state"
    return socket_


async def _say(socket_: ClientConnection, text: str, message_id: str) -> dict[str, Any]:
    await socket_.send(json.dumps({"type": "reply", "text": text, "id": message_id}))
    answer: dict[str, Any] = json.loads(await socket_.recv(decode=True))
    return answer


async def _still_answers(socket_: ClientConnection) -> None:
    await socket_.send(json.dumps({"type": "ping"}))
    assert json.loads(await socket_.recv(decode=True)) == {"type": "pong"}


def _transcript(live: LiveServer, created: dict[str, Any]) -> list[dict[str, Any]]:
    response = httpx.get(
        f"{live.base}/api/sessions/{created['id']}/transcript",
        headers={"Authorization": f"Bearer {created['token']}"},
        timeout=10,
    )
    assert response.status_code == 200, response.text
    turns: list[dict[str, Any]] = response.json()["turns"]
    return turns


def _assert_whole(turns: list[dict[str, Any]], exchanges: int) -> None:
    """The opening line, then exactly `exchanges` learner/client pairs: no gap, no half, no double."""
    assert [t["index"] for t in turns] == list(range(2 * exchanges + 1))
    assert [t["speaker"] for t in turns] == ["client"] + ["learner", "client"] * exchanges
    assert [t["text"] for t in turns if t["speaker"] == "learner"] == REPLIES[:exchanges]


# --- PostgreSQL gone mid-run ----------------------------------------------------------------


class Proxy:
    """A TCP proxy to PostgreSQL that can be cut (every connection dropped, new ones refused)
    and restored: the database 'goes away' for Rapport while the server itself keeps running."""

    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream = upstream
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self.listener.getsockname()[1]
        self.up = True
        self.open: set[socket.socket] = set()
        self.lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            with self.lock:
                if not self.up:
                    client.close()
                    continue
                try:
                    server = socket.create_connection(self.upstream, timeout=5)
                except OSError:
                    client.close()
                    continue
                server.settimeout(None)
                self.open |= {client, server}
            for source, target in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(source, target), daemon=True).start()

    def _pump(self, source: socket.socket, target: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                target.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, target):
                self._drop(end)

    def _drop(self, end: socket.socket) -> None:
        with self.lock:
            self.open.discard(end)
        with contextlib.suppress(OSError):
            end.shutdown(socket.SHUT_RDWR)
        end.close()

    def cut(self) -> None:
        with self.lock:
            self.up = False
            ends = list(self.open)
        for end in ends:
            self._drop(end)

    def restore(self) -> None:
        with self.lock:
            self.up = True

    def close(self) -> None:
        self.cut()
        self.listener.close()


@pytest.fixture
def proxied_postgres() -> Iterator[tuple[str, Proxy]]:
    with throwaway_database() as url:
        parsed = make_url(url)
        proxy = Proxy((parsed.host or "127.0.0.1", parsed.port or 5432))
        try:
            yield parsed.set(port=proxy.port).render_as_string(hide_password=False), proxy
        finally:
            proxy.close()


async def test_postgresql_going_away_mid_conversation_gives_typed_errors_and_recovers(
    proxied_postgres: tuple[str, Proxy], tmp_path: Path
) -> None:
    url, proxy = proxied_postgres
    live = LiveServer(tmp_path / "unused.db", url=url).start()
    try:
        created = _start(live)
        socket_ = await _open(live, created)
        assert (await _say(socket_, REPLIES[0], "m1"))["type"] == "turn"

        proxy.cut()
        for _ in range(2):  # the pooled connection dies first, then a new one is refused
            failed = await _say(socket_, REPLIES[1], "m2")
            assert failed["type"] == "error" and failed["error"] == "storage_unavailable", failed
            assert "not saved" in failed["message"] and failed["retry_after"] > 0
        await _still_answers(socket_)  # the socket stays open: nothing was the sender's fault
        health = httpx.get(f"{live.base}/healthz", timeout=30)
        assert health.status_code == 503 and health.json()["status"] == "unavailable"
        api = httpx.get(
            f"{live.base}/api/sessions/{created['id']}", headers={"Authorization": f"Bearer {created['token']}"}
        )
        assert api.status_code == 503 and api.json()["error"] == "storage_unavailable"
        assert "Retry-After" in api.headers
        assert live.process is not None and live.process.poll() is None  # the server kept running

        proxy.restore()
        again = await _say(socket_, REPLIES[1], "m2")  # the same reply, sent again
        assert again["type"] == "turn", again
        assert (await _say(socket_, REPLIES[2], "m3"))["type"] == "turn"
        await socket_.close()
        _assert_whole(_transcript(live, created), 3)
        assert httpx.get(f"{live.base}/healthz", timeout=10).status_code == 200
    finally:
        live.stop()


async def test_a_new_socket_while_postgresql_is_away_is_told_and_closed_to_retry(
    proxied_postgres: tuple[str, Proxy], tmp_path: Path
) -> None:
    url, proxy = proxied_postgres
    live = LiveServer(tmp_path / "unused.db", url=url).start()
    try:
        created = _start(live)
        proxy.cut()
        socket_ = await connect(f"{live.ws}/ws/sessions/{created['id']}?token={created['token']}", open_timeout=20)
        told = json.loads(await socket_.recv(decode=True))
        assert told["type"] == "error" and told["error"] == "storage_unavailable"
        await socket_.wait_closed()
        assert socket_.close_code == 1013  # "try again later": the page reconnects by itself
        proxy.restore()
        socket_ = await _open(live, created)
        assert (await _say(socket_, REPLIES[0], "m1"))["type"] == "turn"
        await socket_.close()
        _assert_whole(_transcript(live, created), 1)
    finally:
        live.stop()


# --- SQLite disk full -----------------------------------------------------------------------


class SmallDisk:
    """A 4 MB tmpfs for the database: `fill()` takes every free byte, `free()` gives it back.

    Mounting needs root (as `make test`'s apt installs do). Where mounting is refused, the server's
    file-size limit (RLIMIT_FSIZE, set from outside with prlimit) stands in: the next write that
    would grow a file fails in the kernel just the same, but SQLite calls that an I/O error."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir()
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)], capture_output=True)
        self.mounted = mounted.returncode == 0
        self.filler = folder / "filler"
        self.pid: int | None = None

    @property
    def expected_error(self) -> str:
        return "storage_full" if self.mounted else "storage_unavailable"

    def fill(self, pid: int) -> None:
        if self.mounted:
            # Unbuffered: with a buffer, the bytes that did not fit would be written again (and fail) on close.
            with self.filler.open("wb", buffering=0) as handle:
                try:
                    while handle.write(b"\0" * 65536):
                        pass
                except OSError:  # ENOSPC: full
                    pass
        else:
            self.pid = pid
            wal = self.folder / "rapport.db-wal"  # where SQLite appends every commit
            resource.prlimit(pid, resource.RLIMIT_FSIZE, (wal.stat().st_size, resource.RLIM_INFINITY))

    def free(self) -> None:
        if self.mounted:
            self.filler.unlink(missing_ok=True)
        elif self.pid is not None:
            resource.prlimit(self.pid, resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))

    def unmount(self) -> None:
        if self.mounted:
            subprocess.run(["umount", "-l", str(self.folder)], check=False)


async def test_a_full_sqlite_disk_gives_a_typed_error_and_no_half_written_turn(tmp_path: Path) -> None:
    disk = SmallDisk(tmp_path / "disk")
    live = LiveServer(disk.folder / "rapport.db")
    try:
        live.start()
        assert live.process is not None
        created = _start(live)
        socket_ = await _open(live, created)
        assert (await _say(socket_, REPLIES[0], "m1"))["type"] == "turn"

        disk.fill(live.process.pid)
        failed = await _say(socket_, REPLIES[1] + " " + "x" * 900, "m2")  # big enough to need new pages
        assert failed["type"] == "error" and failed["error"] == disk.expected_error, failed
        assert "not saved" in failed["message"]
        await _still_answers(socket_)
        assert live.process.poll() is None

        disk.free()
        again = await _say(socket_, REPLIES[1], "m2b")
        assert again["type"] == "turn", again
        assert again["turn"] == 2  # the failed reply took no turn number
        await socket_.close()
        _assert_whole(_transcript(live, created), 2)
    finally:
        live.stop()
        disk.unmount()
        shutil.rmtree(tmp_path / "disk", ignore_errors=True)
