"""Migrations on SQLite: up, down and up again; tables from before migrations adopted; the
models and the migrations agree; and nothing starts on a database that doesn't match."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

from app.config import Settings
from app.main import create_app
from app.store.db import make_engine
from app.store.migrate import SchemaOutOfDate, check, current, downgrade, head, upgrade
from tests.live import ROOT


def _rapport(database: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "RAPPORT_DATABASE_URL": f"sqlite:///{database}", "RAPPORT_DATA_DIR": str(database.parent)}
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60
    )


def test_up_down_and_up_again(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'r.db'}")
    assert upgrade(engine).describe() == f"Created the tables (revision {head()})."
    assert downgrade(engine, "base") is None
    assert upgrade(engine, "0001").after == "0001"
    with pytest.raises(SchemaOutOfDate, match=r"revision 0001; this Rapport needs .*rapport db upgrade"):
        check(engine)
    assert upgrade(engine).describe() == f"Upgraded the database from revision 0001 to {head()}."
    assert upgrade(engine).describe() == f"The database is up to date (revision {head()})."
    check(engine)


def test_the_migrations_build_exactly_the_models(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'r.db'}")
    upgrade(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, SQLModel.metadata) == []


def test_a_database_from_before_migrations_is_adopted_and_keeps_its_data(tmp_path: Path) -> None:
    """Rapport 0.1 made its tables with create_all: the baseline revision, minus Alembic's table."""
    database = tmp_path / "old.db"
    engine = make_engine(f"sqlite:///{database}")
    upgrade(engine, "0001")
    with sqlite3.connect(database) as old:
        old.execute("DROP TABLE alembic_version")
        old.execute(
            "INSERT INTO practice_session (id, token_hash, scenario_id, scenario_digest, mode, difficulty, seed, "
            "snapshot, turn_count, connection, last_client_message, paused, crisis_cleared, created_at, updated_at) "
            "VALUES ('s1', 'h', 'johnson-son-denial', 'd', 'coach', 'realistic', 1, '{}', 1, 0, 'msg-7', 0, 0, "
            "'2026-01-01', '2026-01-01')"
        )
        for index, speaker in ((0, "client"), (1, "learner"), (2, "client")):
            old.execute(
                'INSERT INTO turn (session_id, "index", speaker, text, created_at) VALUES (?, ?, ?, ?, ?)',
                ("s1", index, speaker, f"line {index}", "2026-01-01"),
            )
    with pytest.raises(SchemaOutOfDate, match=r"made before Rapport had migrations\. Run `rapport db upgrade`"):
        check(engine)
    done = upgrade(engine)
    assert done.adopted and done.after == head()
    assert "Adopted the existing tables as revision 0001" in done.describe()
    check(engine)
    with sqlite3.connect(database) as upgraded:
        rows = upgraded.execute('SELECT "index", message_id FROM turn ORDER BY "index"').fetchall()
        version = upgraded.execute("SELECT version FROM practice_session").fetchone()
    assert rows == [(0, None), (1, "msg-7"), (2, None)], "the newest reply's id moved onto its turn"
    assert version == (0,)


@pytest.mark.subprocess
def test_the_command_line_upgrades_and_the_server_refuses_until_then(tmp_path: Path) -> None:
    database = tmp_path / "r.db"
    refused = _rapport(database, "serve", "--port", "9")
    assert refused.returncode == 1
    assert "has no tables yet. Run `rapport db upgrade` (`make run` does it for you)." in refused.stderr
    assert "Rapport is running" not in refused.stderr
    assert _rapport(database, "db", "current").returncode == 1
    made = _rapport(database, "db", "upgrade")
    assert made.returncode == 0 and f"Created the tables (revision {head()})." in made.stderr
    status = _rapport(database, "db", "current")
    assert status.returncode == 0 and f"revision {head()}; newest {head()}" in status.stdout
    assert "Up to date." in status.stdout
    assert current(make_engine(f"sqlite:///{database}")) == head()


def test_the_app_itself_refuses_an_out_of_date_database(tmp_path: Path) -> None:
    """Started straight through uvicorn, the app checks too."""
    from fastapi.testclient import TestClient

    database = tmp_path / "old.db"
    upgrade(make_engine(f"sqlite:///{database}"), "0001")
    settings = Settings(database_url=f"sqlite:///{database}", data_dir=tmp_path)
    with pytest.raises(SchemaOutOfDate, match="rapport db upgrade"), TestClient(create_app(settings)):
        pass


def test_an_unknown_newer_revision_says_to_run_the_newer_rapport(tmp_path: Path) -> None:
    database = tmp_path / "r.db"
    engine = make_engine(f"sqlite:///{database}")
    upgrade(engine)
    with sqlite3.connect(database) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(SchemaOutOfDate, match="revision 9999, which this version of Rapport does not know"):
        check(engine)
