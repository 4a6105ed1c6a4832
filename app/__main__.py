"""`python -m app` runs the `rapport` command."""

from app.cli import main

main()
