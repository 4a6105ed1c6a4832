"""The database schema's version: Alembic migrations behind `rapport db upgrade`, and the check
that keeps the server from starting on a database it does not match."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BASELINE = "0001"  # the schema Rapport had before migrations; databases made then are stamped with it
UPGRADE_HINT = "Run `rapport db upgrade` (`make run` does it for you)."
_PG_LOCK = 7_242_001  # an advisory lock id: one upgrade at a time on a PostgreSQL server


class SchemaOutOfDate(RuntimeError):
    """The database's tables do not match this version of Rapport."""


@dataclass(frozen=True)
class Upgraded:
    before: str | None
    after: str
    adopted: bool = False  # tables made before migrations existed were stamped with the baseline first

    def describe(self) -> str:
        if self.before == self.after:
            return f"The database is up to date (revision {self.after})."
        if self.adopted:
            return f"Adopted the existing tables as revision {BASELINE}, then upgraded to {self.after}."
        if self.before is None:
            return f"Created the tables (revision {self.after})."
        return f"Upgraded the database from revision {self.before} to {self.after}."


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic's configuration, built here so an installed Rapport needs no alembic.ini."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head() -> str:
    revision = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if revision is None:  # pragma: no cover - the package always ships migrations
        raise RuntimeError(f"No migrations found in {MIGRATIONS}.")
    return revision


def current(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> Upgraded:
    """Bring the database to `revision` in one transaction; safe to run again."""
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _PG_LOCK})
        before = MigrationContext.configure(connection).get_current_revision()
        config = alembic_config(connection)
        adopted = before is None and _has_tables(connection)
        if adopted:
            command.stamp(config, BASELINE)
        command.upgrade(config, revision)
        after = MigrationContext.configure(connection).get_current_revision()
    return Upgraded(before, after or "", adopted)


def downgrade(engine: Engine, revision: str) -> str | None:
    """Take the database back to `revision` ("base": no tables). Data in dropped columns is lost."""
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), revision)
        return MigrationContext.configure(connection).get_current_revision()


def check(engine: Engine) -> None:
    """Raise SchemaOutOfDate, saying what to run, unless the database is at the newest revision."""
    where = engine.url.render_as_string(hide_password=True)
    with engine.connect() as connection:
        found = MigrationContext.configure(connection).get_current_revision()
        tables = _has_tables(connection)
    wanted = head()
    if found == wanted:
        return
    if found is None and not tables:
        raise SchemaOutOfDate(f"The database {where} has no tables yet. {UPGRADE_HINT}")
    if found is None:
        raise SchemaOutOfDate(f"The database {where} was made before Rapport had migrations. {UPGRADE_HINT}")
    known = {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if found not in known:
        raise SchemaOutOfDate(
            f"The database {where} is at revision {found}, which this version of Rapport does not know: "
            f"a newer Rapport has upgraded it. Run that newer version (this one needs {wanted})."
        )
    raise SchemaOutOfDate(f"The database {where} is at revision {found}; this Rapport needs {wanted}. {UPGRADE_HINT}")


def _has_tables(connection: Connection) -> bool:
    return inspect(connection).has_table("practice_session")
