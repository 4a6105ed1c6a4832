"""Shared fixtures: a real SQLite file per test and the app around it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.config import Settings
from app.main import create_app
from tests.live import LiveServer


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(database_url=f"sqlite:///{tmp_path / 'rapport.db'}", data_dir=tmp_path, max_reply_chars=1000)


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
