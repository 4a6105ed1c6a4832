"""Shared fixtures: a real SQLite file per test (a copy of one made by the migrations) and the
app around it."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.config import Settings
from app.main import create_app
from tests.live import NO_LIMITS_SETTINGS, LiveServer, migrate


@pytest.fixture(scope="session")
def migrated_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database brought to the newest revision by `rapport db upgrade`'s code, once."""
    path = tmp_path_factory.mktemp("template") / "rapport.db"
    migrate(path)
    return path


@pytest.fixture
def settings(tmp_path: Path, migrated_database: Path) -> Settings:
    database = tmp_path / "rapport.db"
    shutil.copyfile(migrated_database, database)
    # Tests play whole conversations in milliseconds: the rate limits (tested on their own in
    # tests/app/test_limits.py) are off here.
    return Settings(
        database_url=f"sqlite:///{database}",
        data_dir=tmp_path,
        max_reply_chars=1000,
    ).model_copy(update=NO_LIMITS_SETTINGS)


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as test_client:
        yield test_client


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    """A real `rapport serve` process on a free port and its own SQLite file."""
    live = LiveServer(tmp_path / "rapport.db").start()
    try:
        yield live
    finally:
        live.stop()


# --- test tiers -------------------------------------------------------------------------------
# `make check` runs the fast tier: `-m "not (server or browser or postgres or subprocess)"`.

SLOW = ("server", "browser", "postgres", "subprocess")
_MARK_BY_FIXTURE = {"server": "server", "two_workers": "server", "postgres_url": "postgres"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark a test by the fixtures it uses, and by what its module drives (Chromium, PostgreSQL)."""
    for item in items:
        for fixture in getattr(item, "fixturenames", ()):
            if fixture in _MARK_BY_FIXTURE:
                item.add_marker(_MARK_BY_FIXTURE[fixture])
        module = getattr(item, "module", None)
        if module is not None and hasattr(module, "chromium"):
            item.add_marker("browser")


@pytest.fixture(autouse=True)
def _a_test_that_starts_a_process_says_so(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """An unmarked test may not start a process, so the fast tier stays fast and honest."""
    if any(request.node.get_closest_marker(name) for name in SLOW):
        return

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(
            f"{request.node.nodeid} starts a process: mark it @pytest.mark.subprocess (or server, browser, "
            "postgres) so that `make check` leaves it to `make test`"
        )

    monkeypatch.setattr(subprocess.Popen, "__init__", refuse)
