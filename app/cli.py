"""The `rapport` command."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from app.coding_io import code_lines, dumps

cli = typer.Typer(help="Rapport: practise hard conversations about addiction.", no_args_is_help=True)


@cli.callback()
def _group() -> None:
    """Rapport: practise hard conversations about addiction, coded against MI criteria."""


@cli.command("code")
def code_command(
    file: Annotated[str, typer.Argument(help="JSON Lines file of replies, or - for standard input.")] = "-",
    explain: Annotated[bool, typer.Option(help="Add feedback, a suggestion and the utterances.")] = False,
) -> None:
    """Code replies: one JSON object per line in, one coding per line out, same order.

    Input lines look like {"id": 1, "text": "...", "context": [{"speaker": "client", "text": "..."}]}.
    A line that cannot be coded gets an error record and a message on stderr; the exit
    status is 1 only when some line failed.
    """
    stream = sys.stdin.buffer if file == "-" else _open(file)
    failed = 0
    out = sys.stdout
    for result in code_lines(stream, explain=explain):
        out.write(dumps(result.record) + "\n")
        if result.error:
            failed += 1
            print(result.error, file=sys.stderr)
    out.flush()
    if failed:
        print(f"{failed} line(s) could not be coded; see the messages above.", file=sys.stderr)
        raise typer.Exit(1)


def _open(file: str):  # type: ignore[no-untyped-def]
    path = Path(file)
    try:
        return path.open("rb")
    except OSError as exc:
        print(f"Cannot read {file}: {exc.strerror}. Give a JSON Lines file or - for stdin.", file=sys.stderr)
        raise typer.Exit(2) from None


def main() -> None:
    cli()
