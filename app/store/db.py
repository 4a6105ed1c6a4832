"""The database engine: SQLite in WAL mode by default, PostgreSQL when the URL says so."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, create_engine

from app.store import models  # noqa: F401  (registers the tables)


def make_engine(url: str) -> Engine:
    """The database (a SQLAlchemy engine) for the URL; SQLite gets WAL, a busy timeout and foreign keys."""
    if url.startswith("sqlite"):
        _ensure_folder(url)
        # One connection per process, handed from thread to thread: SQLite takes one writer at a
        # time anyway, and waiting in the pool's queue beats SQLite's sleeping back-off on a
        # locked file (which cost most of a turn under load). Readers are quick in WAL mode.
        database = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": 5},
            pool_size=1,
            max_overflow=0,
            pool_timeout=60,
        )
        event.listen(database, "connect", _sqlite_pragmas)
        return database
    # pre-ping replaces connections a restarted or unreachable server broke; the connect timeout
    # turns a server that does not answer into an error a person sees, not a turn that hangs.
    return create_engine(
        url, pool_size=10, max_overflow=10, pool_pre_ping=True, pool_timeout=10, connect_args={"connect_timeout": 5}
    )


def forget_deleted(database: Engine) -> None:
    """After a delete on SQLite: copy the write-ahead log into the database and empty it
    (TRUNCATE), so deleted text does not linger in the -wal file until the next checkpoint; the
    database's own pages are overwritten on delete (secure_delete)."""
    if database.dialect.name != "sqlite":
        return
    with database.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def _ensure_folder(url: str) -> None:
    path = url.split("///", 1)[-1]
    if path and path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    for pragma in (
        "journal_mode=WAL",
        "synchronous=NORMAL",
        "busy_timeout=5000",
        "foreign_keys=ON",
        "secure_delete=ON",
    ):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


@contextmanager
def session_scope(database: Engine) -> Iterator[Session]:
    """One short unit of work on the database: commit on success, roll back on error."""
    with Session(database, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


STORAGE_FULL = "storage_full"
STORAGE_UNAVAILABLE = "storage_unavailable"


@dataclass(frozen=True)
class StorageProblem:
    """What a failed database call means for the person: a machine code and what to do."""

    code: str
    message: str
    retry_after: int


def storage_problem(exc: DBAPIError) -> StorageProblem:
    """Disk full (SQLite's SQLITE_FULL, PostgreSQL's 53100) or anything else that stopped the
    database answering. Either way the transaction was rolled back: nothing half-written."""
    orig = exc.orig
    full = getattr(orig, "sqlite_errorname", "") == "SQLITE_FULL" or getattr(orig, "sqlstate", "") == "53100"
    if full:
        return StorageProblem(
            STORAGE_FULL,
            "The server has run out of disk space, so this was not saved. Nothing you had already saved is lost: "
            "try again in a few minutes, and let whoever runs Rapport know.",
            60,
        )
    return StorageProblem(
        STORAGE_UNAVAILABLE,
        "Rapport can't reach its database just now, so this was not saved. Nothing you had already saved is "
        "lost: try again in a moment.",
        5,
    )
