"""Write the API documents from the code: docs/openapi.json (the HTTP API, as /openapi.json
serves it) and docs/socket.schema.json (the chat socket's messages both ways, app/web/protocol.py).

    .venv/bin/python tools/write_docs.py          # make docs: writes both
    .venv/bin/python tools/write_docs.py --check  # exits 1 if either file differs from the code
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.config import Settings  # noqa: E402
from app.main import create_app  # noqa: E402
from app.web.protocol import socket_schema  # noqa: E402

DOCS = ROOT / "docs"


def openapi() -> dict[str, Any]:
    """The OpenAPI document, as /openapi.json serves it (building the app opens no database)."""
    return create_app(Settings(_env_file=None, env="development", secret_key="only-for-the-docs")).openapi()


def documents() -> dict[Path, str]:
    """Each file under docs/ and the text it should hold."""
    return {DOCS / "openapi.json": _json(openapi()), DOCS / "socket.schema.json": _json(socket_schema())}


def _json(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if a file is out of date")
    args = parser.parse_args(argv)
    wanted = documents()
    stale = [path for path, text in wanted.items() if not path.exists() or path.read_text(encoding="utf-8") != text]
    if args.check:
        for path in stale:
            print(f"{path.relative_to(ROOT)} is out of date: run `make docs` and commit it.", file=sys.stderr)
        return 1 if stale else 0
    for path in stale:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(wanted[path], encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
