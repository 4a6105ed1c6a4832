"""Shared fixtures: a real SQLite file per test (a copy of one made by the migrations) and the
app around it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.config import Settings
from app.main import create_app
from tests.live import LiveServer, migrate


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
        replies_per_minute=0,
        frames_per_second=0,
        sessions_per_minute=0,
    )


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
