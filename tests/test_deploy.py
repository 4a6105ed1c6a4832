"""The container files: what `docker compose up` would run, read without a Docker engine
(`make docker-check` builds and starts the image itself)."""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def test_compose_runs_two_workers_on_postgresql_after_upgrading() -> None:
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())
    app, db = compose["services"]["app"], compose["services"]["db"]
    command = app["command"]
    assert command[:2] == ["rapport", "serve"] and "--upgrade" in command
    assert command[command.index("--workers") + 1] == "2"
    assert command[command.index("--host") + 1] == "0.0.0.0"
    assert app["environment"]["RAPPORT_DATABASE_URL"].startswith("postgresql+psycopg://rapport:")
    assert app["depends_on"]["db"]["condition"] == "service_healthy"
    assert db["image"].startswith("postgres:") and "healthcheck" in db


def test_the_dockerfile_runs_as_a_user_with_a_healthcheck_and_sqlite_in_a_volume() -> None:
    lines = [line.strip() for line in (ROOT / "Dockerfile").read_text().splitlines()]
    assert "FROM python:3.11-slim" in lines
    assert "USER rapport" in lines
    assert 'VOLUME ["/data"]' in lines
    assert any(line.startswith("HEALTHCHECK") for line in lines)
    assert any("/healthz" in line for line in lines)
    assert any("RAPPORT_DATABASE_URL=sqlite:////data/rapport.db" in line for line in lines)
    assert lines[-1] == 'CMD ["rapport", "serve", "--host", "0.0.0.0", "--port", "8000", "--upgrade"]'
