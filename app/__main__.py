"""`python -m app` runs the `rapport` command."""

from app.cli.commands import main

main()
