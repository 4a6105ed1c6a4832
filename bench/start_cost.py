"""What starting a conversation costs the server: POST /api/sessions, then opening its chat socket
and reading the `state` message, one after another with nothing else running. Prints the server's
CPU time (from /proc) and the wall time per step. It starts `rapport serve` on 127.0.0.1 with a
fresh SQLite file and stops it at the end.

    .venv/bin/python bench/start_cost.py [--conversations 300] [--app-dir DIR]

--app-dir runs another copy of the code (e.g. `git archive COMMIT | tar -x -C DIR`) to compare.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx
from common import ROOT, describe_code, rapport_server
from websockets.asyncio.client import connect

SCENARIO = "johnson-son-denial"


async def measure(base: str, server_cpu: Callable[[], float], n: int) -> None:
    async with httpx.AsyncClient(base_url=base) as http:
        for _ in range(20):  # warm up: imports, caches, the first connection
            (await http.post("/api/sessions", json={"scenario": SCENARIO, "mode": "coach"})).raise_for_status()
        cpu, began = server_cpu(), time.perf_counter()
        made = []
        for _ in range(n):
            response = await http.post("/api/sessions", json={"scenario": SCENARIO, "mode": "coach"})
            response.raise_for_status()
            made.append(response.json())
        report("POST /api/sessions", server_cpu() - cpu, time.perf_counter() - began, n)
    cpu, began = server_cpu(), time.perf_counter()
    for session in made:
        async with connect(session["socket_url"]) as socket:
            await socket.recv()  # the `state` message
    report("open the socket and read `state`", server_cpu() - cpu, time.perf_counter() - began, n)


def report(what: str, cpu: float, wall: float, n: int) -> None:
    print(f"| {what} | {cpu / n * 1e3:.2f} ms | {wall / n * 1e3:.2f} ms |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--conversations", type=int, default=300)
    parser.add_argument("--app-dir", type=Path, default=ROOT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        logs = Path(folder)
        server = rapport_server(f"sqlite:///{logs}/bench.db", logs, app_dir=args.app_dir.resolve())
        server.start()
        try:
            print(f"Rapport code: {describe_code(args.app_dir.resolve())}; {args.conversations} conversations\n")
            print("| step | server CPU each | wall each |\n|---|---|---|")
            asyncio.run(measure(server.http, server.cpu_seconds, args.conversations))
        finally:
            server.stop()


if __name__ == "__main__":
    main()
