"""A throwaway database on the test PostgreSQL server.

`make test` starts PostgreSQL on 127.0.0.1 (tools/ensure-postgres). RAPPORT_TEST_POSTGRES
overrides the server URL (its database is only used to create and drop the throwaway ones).
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

SERVER = os.environ.get("RAPPORT_TEST_POSTGRES", "postgresql+psycopg://rapport:rapport@127.0.0.1:5432/postgres")


@contextmanager
def throwaway_database() -> Iterator[str]:
    """A fresh database on the PostgreSQL server (its URL), dropped afterwards."""
    admin = create_engine(SERVER, isolation_level="AUTOCOMMIT")
    name = f"rapport_test_{secrets.token_hex(4)}"
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except OperationalError as exc:
        pytest.fail(f"No PostgreSQL server at {SERVER}: {exc.orig}. Run tools/ensure-postgres (make test does).")
    try:
        yield admin.url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
