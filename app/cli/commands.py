"""The `rapport` command."""

from __future__ import annotations

import json
import os
import secrets
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, BinaryIO, NoReturn

import typer

from app.cli.coding_io import code_stream
from dialogue.crisis import crisis_help
from dialogue.scenario import Difficulty, RefusalKind
from scenarios import SCENARIO_DIR

if TYPE_CHECKING:
    from dialogue.library import Library

# Each command imports what only it needs when it runs: `rapport code` starts often (a script
# may call it once per transcript) and need not load the scenarios, the letter coach or the
# state machine first.

cli = typer.Typer(help="Rapport: practise hard conversations about addiction.", no_args_is_help=True)
scenarios_cli = typer.Typer(help="List, check and draw the scenarios.", no_args_is_help=True)
cli.add_typer(scenarios_cli, name="scenarios")
users_cli = typer.Typer(help="Supervisor and trainee accounts.", no_args_is_help=True)
cli.add_typer(users_cli, name="users")
db_cli = typer.Typer(help="The database: create or upgrade its tables, and see its revision.", no_args_is_help=True)
cli.add_typer(db_cli, name="db")


@cli.callback()
def _group() -> None:
    """Rapport: practise hard conversations about addiction, coded against MI criteria."""


def scenario_dir() -> Path:
    """Where the scenarios live: $RAPPORT_SCENARIO_DIR, else the ones shipped with Rapport."""
    return Path(os.environ.get("RAPPORT_SCENARIO_DIR") or SCENARIO_DIR)


def _library() -> Library:
    from dialogue.library import Library
    from dialogue.loader import ScenarioInvalid

    try:
        return Library.load(scenario_dir())
    except ScenarioInvalid as exc:
        _fail(f"The scenarios do not validate:\n{exc}\nFix these, or run `rapport scenarios validate`.")


def _fail(message: str, code: int = 1) -> NoReturn:
    print(message, file=sys.stderr)
    raise typer.Exit(code)


@cli.command("code")
def code_command(
    file: Annotated[str, typer.Argument(help="JSON Lines file of replies, or - for standard input.")] = "-",
    explain: Annotated[bool, typer.Option(help="Add feedback, a suggestion and the utterances.")] = False,
    jobs: Annotated[
        int, typer.Option(help="Processes to code with (0: one per CPU). Output order never changes.", min=0)
    ] = 0,
) -> None:
    """Code replies: one JSON object per line in, one coding per line out, same order.

    Input lines look like {"id": 1, "text": "...", "context": [{"speaker": "client", "text": "..."}]}.
    A line that cannot be coded gets an error record and a message on stderr; the exit
    status is 1 only when some line failed. Large inputs are coded by several processes.
    """
    stream = sys.stdin.buffer if file == "-" else _open(file)
    failed = 0
    try:
        for coded in code_stream(stream, explain=explain, jobs=jobs or os.cpu_count() or 1):
            sys.stdout.write(coded.text)
            for error in coded.errors:
                failed += 1
                print(error, file=sys.stderr)
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    sys.stdout.flush()
    if failed:
        _fail(f"{failed} line(s) could not be coded; see the messages above.")


def _open(file: str) -> BinaryIO:
    try:
        return Path(file).open("rb")
    except OSError as exc:
        _fail(f"Cannot read {file}: {exc.strerror}. Give a JSON Lines file, or - for standard input.", 2)


@cli.command("letter")
def letter_command(
    file: Annotated[str, typer.Argument(help="The letter, a plain text file (UTF-8), or - for standard input.")] = "-",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON: {sentences, checks, words, crisis}.")] = False,
) -> None:
    """Coach an impact letter: every sentence coded as in the chat, with what could make them stop
    listening and a kinder way to say it, and the whole letter checked (love first, specific times,
    no labels, blame, threats or lectures, one clear ask, your bottom line, a page at most).

    If the letter suggests someone may be in danger now, the help is printed first (on standard
    error with --json, whose `crisis` field says what was seen)."""
    from app.cli.letter import as_text as letter_text
    from dialogue.letter import LetterTooLong, coach_letter

    try:
        raw = sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes()
    except OSError as exc:
        _fail(f"Cannot read {file}: {exc.strerror}. Give the letter as a text file, or - for standard input.", 2)
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        _fail(f"{file} is not UTF-8 text (byte {exc.start}); save it as plain UTF-8 text and try again.", 2)
    if not text.strip():
        _fail(f"{file} is empty: write the letter first.", 2)
    try:
        report = coach_letter(text)
    except LetterTooLong as exc:
        _fail(str(exc), 2)
    if report.crisis is not None:
        print(crisis_help().as_text(report.crisis.kind) + "\n", file=sys.stderr if as_json else sys.stdout)
    print(json.dumps(report.as_json(), ensure_ascii=False, indent=2) if as_json else letter_text(report))


@cli.command("practice")
def practice_command(
    scenario: Annotated[str, typer.Argument(help="Scenario id (see `rapport scenarios list`).")],
    seed: Annotated[
        int | None, typer.Option(help="Seed for the person's choice of words; same seed, same run.")
    ] = None,
    mode: Annotated[str, typer.Option(help="coach: feedback on every reply; exam: only at the end.")] = "coach",
    difficulty: Annotated[
        Difficulty | None, typer.Option(help="gentle, realistic or hard (default: the scenario's own).")
    ] = None,
    refusal: Annotated[
        RefusalKind | None,
        typer.Option(help="Rehearse a plan B: the person's first answer is this refusal (scenarios that have them)."),
    ] = None,
) -> None:
    """Practise a conversation in the terminal, with the summary at the end."""
    from app.cli.practice import TerminalPractice
    from dialogue.library import UnknownScenario

    if mode not in ("coach", "exam"):
        _fail(f"Unknown mode {mode!r}: use --mode coach or --mode exam.", 2)
    try:
        engine = _library().engine(scenario)
    except UnknownScenario as exc:
        _fail(str(exc), 2)
    if refusal is not None and refusal not in engine.scenario.refusals:
        having = sorted(s.id for s in _library().scenarios() if s.refusals)
        _fail(f"{scenario} has no refusal openings; these do: {', '.join(having)}.", 2)
    run = TerminalPractice(engine, say=print, ask=input, coach=mode == "coach", refusal=refusal)
    run.run(seed if seed is not None else secrets.randbelow(1_000_000), difficulty)


def log_config() -> dict[str, Any]:
    """uvicorn's logging, plus Rapport's own lines ("loaded 22 scenarios", "user 3 signed in",
    purges) at INFO on the same output: without a handler of their own they were never written."""
    import copy

    from uvicorn.config import LOGGING_CONFIG

    config: dict[str, Any] = copy.deepcopy(LOGGING_CONFIG)
    config["loggers"]["rapport"] = {"handlers": ["default"], "level": "INFO", "propagate": False}
    return config


@cli.command("serve")
def serve_command(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(help="Worker processes (use PostgreSQL for more than one).")] = 1,
    upgrade: Annotated[
        bool, typer.Option("--upgrade", help="Create or upgrade the tables first (what `make run` does).")
    ] = False,
) -> None:
    """Serve the web app (http://HOST:PORT). The database comes from RAPPORT_DATABASE_URL.

    Without --upgrade it refuses to start on a database whose tables are out of date."""
    import uvicorn
    from pydantic import ValidationError

    from app.config import get_settings
    from app.web.routes.socket import HARD_FRAME_FACTOR
    from app.web.security import secret_key
    from dialogue.library import Library
    from dialogue.loader import ScenarioInvalid

    try:
        settings = get_settings()
    except ValidationError as exc:  # e.g. RAPPORT_ENV=prod
        _fail(f"A RAPPORT_ setting has a value Rapport cannot use:\n{exc}\nFix the variable named above and try again.")
    try:  # first: in production a missing or weak key stops here, before the database is touched
        secret_key(settings)  # made once, before the workers start: they must all sign with the same key
    except RuntimeError as exc:
        _fail(str(exc))
    try:
        Library.load(settings.scenario_dir)
    except ScenarioInvalid as exc:
        _fail(f"The scenarios do not validate:\n{exc}")
    if workers > 1 and settings.database_url.startswith("sqlite"):
        print("Note: several workers on SQLite work, but PostgreSQL is the better choice.", file=sys.stderr)
    if workers < 1:
        _fail("--workers must be 1 or more.", 2)
    if upgrade:
        _upgrade(settings.database_url)
    _check_schema(settings.database_url)  # once, before any worker starts
    print(f"Rapport is running at http://{host}:{port}  (Ctrl+C stops it)", file=sys.stderr)
    uvicorn.run(
        "app.main:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="info",
        log_config=log_config(),
        # Chat frames are a kilobyte or two: compressing each cost a tenth of a turn's CPU.
        ws_per_message_deflate=False,
        # Frames up to this size get a typed error when too large; past it the server closes with 1009.
        ws_max_size=settings.max_frame_bytes * HARD_FRAME_FACTOR,
        # A client that never reads must not hold a restart up: after this, connections are dropped.
        timeout_graceful_shutdown=10,
    )


def _check_schema(url: str) -> None:
    """Stop with what to run when the database's tables don't match this version."""
    from sqlalchemy.exc import OperationalError

    from app.store.db import make_engine
    from app.store.migrate import SchemaOutOfDate, check

    try:
        database = make_engine(url)
        check(database)
    except SchemaOutOfDate as exc:
        _fail(str(exc))
    except (OperationalError, OSError) as exc:
        _fail(_cannot_open(exc))
    else:
        database.dispose()


def _cannot_open(exc: Exception) -> str:
    """Why the database could not be opened, and what to check."""
    from sqlalchemy.exc import DBAPIError

    why = str(exc.orig).strip() if isinstance(exc, DBAPIError) else str(exc)
    return f"Cannot open the database: {why}. Check RAPPORT_DATABASE_URL and that the database server is running."


@db_cli.command("upgrade")
def db_upgrade_command(
    revision: Annotated[str, typer.Argument(help="The revision to reach (default: the newest).")] = "head",
) -> None:
    """Create the tables, or bring them up to date. Safe to run again; back up before a big upgrade."""
    from app.config import get_settings

    _upgrade(get_settings().database_url, revision)


def _upgrade(url: str, revision: str = "head") -> None:
    from alembic.util.exc import CommandError
    from sqlalchemy.exc import OperationalError

    from app.store.db import make_engine
    from app.store.migrate import upgrade

    try:
        database = make_engine(url)
        print(upgrade(database, revision).describe(), file=sys.stderr)
    except (OperationalError, OSError) as exc:
        _fail(_cannot_open(exc))
    except CommandError as exc:
        _fail(f"Cannot upgrade to {revision!r}: {exc}. Leave the revision out to reach the newest.", 2)
    else:
        database.dispose()


@db_cli.command("current")
def db_current_command() -> None:
    """Which revision the database is at, and whether it is the newest this Rapport knows."""
    from app.config import get_settings
    from app.store.db import make_engine
    from app.store.migrate import SchemaOutOfDate, check, current, head

    database = make_engine(get_settings().database_url)
    try:
        print(f"database {database.url.render_as_string(hide_password=True)}")
        print(f"revision {current(database) or '(none: no tables yet)'}; newest {head()}")
        check(database)
        print("Up to date.")
    except SchemaOutOfDate as exc:
        _fail(str(exc))
    finally:
        database.dispose()


@scenarios_cli.command("list")
def list_command(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Every scenario: audience, intervention model, difficulty and the person."""
    from app.cli.scenario_views import LIST_HEADERS, list_rows, table

    scenarios = _library().scenarios()
    if as_json:
        print(json.dumps([dict(zip(LIST_HEADERS, row, strict=True)) for row in list_rows(scenarios)], indent=2))
        return
    print(table(LIST_HEADERS, list_rows(scenarios)))


@scenarios_cli.command("validate")
def validate_command(
    path: Annotated[Path | None, typer.Argument(help="A scenario file or folder (default: all scenarios).")] = None,
) -> None:
    """Check scenario files: schema, version, cross-references (targets, reachability, endings),
    topics and facts (every fact tested can come about), and what happens when lines run out."""
    from dialogue.loader import ScenarioInvalid, load_scenarios

    where = path or scenario_dir()
    if not where.exists():
        _fail(f"{where} does not exist. Give a scenario file or a folder of them.", 2)
    try:
        loaded = load_scenarios(where)
    except ScenarioInvalid as exc:
        _fail(f"{exc}\n{len(exc.problems)} problem(s) found.")
    print(f"ok: {len(loaded)} scenario(s) valid: {', '.join(loaded)}")


@scenarios_cli.command("graph")
def graph_command(scenario: Annotated[str, typer.Argument(help="Scenario id.")]) -> None:
    """Draw a scenario's state machine as a Mermaid state diagram."""
    from app.cli.scenario_views import mermaid
    from dialogue.library import UnknownScenario

    try:
        sc = _library().get(scenario)
    except UnknownScenario as exc:
        _fail(str(exc), 2)
    print(mermaid(sc), end="")


@scenarios_cli.command("stats")
def stats_command() -> None:
    """Per scenario: states, client lines, wordings, kinds of talk, model replies, out-of-lines
    lines, topics and their lines, lines gated on facts, and off-script lines."""
    from app.cli.scenario_views import STATS_HEADERS, stats_rows, table

    print(table(STATS_HEADERS, stats_rows(_library().scenarios())))


@users_cli.command("add")
def users_add_command(
    email: Annotated[str, typer.Option(help="Their email address; it is how they sign in.")],
    name: Annotated[str, typer.Option(help="Their name, as supervisors will see it.")],
    role: Annotated[str, typer.Option(help="supervisor or trainee.")],
    cohort: Annotated[
        str | None, typer.Option(help="A supervisor's new cohort, or the existing cohort a trainee joins.")
    ] = None,
    password_stdin: Annotated[bool, typer.Option("--password-stdin", help="Read the password from stdin.")] = False,
) -> None:
    """Add a supervisor or trainee. The password is asked for (or read from stdin), never an argument."""
    from app.config import get_settings
    from app.store.db import make_engine
    from app.usecases.accounts import Accounts
    from app.usecases.errors import AccountError

    _check_schema(get_settings().database_url)
    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    database = make_engine(get_settings().database_url)
    try:
        user = Accounts(database).add_user(email=email, name=name, role=role, password=password, cohort=cohort)
    except AccountError as exc:
        _fail(str(exc), 2)
    finally:
        database.dispose()
    where = f" in cohort {cohort!r}" if cohort else ""
    print(f"Added {user.role} {user.name} <{user.email}>{where}.")


@cli.command("agreement")
def agreement_command(
    file: Annotated[Path, typer.Argument(help="Reviewed replies (JSON Lines with human_code), as exported.")],
    predictions: Annotated[
        Path | None, typer.Option(help="`rapport code` output for the same file; coded now if not given.")
    ] = None,
) -> None:
    """How well the coder agrees with human codes: Cohen's kappa and a confusion matrix."""
    from app.cli.coding_io import agreement_report

    try:
        print(agreement_report(file, predictions))
    except (OSError, ValueError) as exc:
        _fail(f"Cannot measure agreement: {exc}", 2)


def main() -> None:
    cli()
