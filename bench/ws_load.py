"""Chat load: many conversations at once against a real server on 127.0.0.1, then it stops.

    .venv/bin/python bench/ws_load.py [--conversations 50] [--replies 10]

Starts `rapport serve` on a free port with a fresh SQLite file (unless --url points at a running
server on 127.0.0.1), opens the conversations over the REST API, and sends replies over each
conversation's websocket one after another; every reply is coded, played and committed before
its answer comes back. Prints turns per second and the reply latency.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx
from websockets.asyncio.client import connect

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.live import LiveServer

REPLIES = [
    "It sounds like this has been a hard year.",
    "What's been weighing on you most?",
    "You're worried about what happens if you stop.",
    "On one hand it helps you sleep, and on the other it's costing you.",
    "Would it be okay if I shared something I've noticed?",
    "It's your decision what happens next.",
]


async def conversation(base: str, ws_base: str, replies: int, latencies: list[float]) -> None:
    async with httpx.AsyncClient(timeout=30) as http:
        created = (await http.post(f"{base}/api/sessions", json={"scenario": "trainee-opioids-bargaining"})).json()
    async with connect(f"{ws_base}/ws/sessions/{created['id']}?token={created['token']}") as ws:
        await ws.recv()
        for i in range(replies):
            start = time.perf_counter()
            await ws.send(json.dumps({"type": "reply", "text": REPLIES[i % len(REPLIES)]}))
            message = json.loads(await ws.recv())
            latencies.append(time.perf_counter() - start)
            if message.get("type") != "turn" or message["client"]["state"] in ("walks_out", "next_step"):
                break


async def run(base: str, conversations: int, replies: int) -> None:
    if not base.startswith("http://127.0.0.1:"):
        raise SystemExit("This load test only targets 127.0.0.1.")
    ws_base = base.replace("http://", "ws://")
    latencies: list[float] = []
    start = time.perf_counter()
    await asyncio.wait_for(
        asyncio.gather(*(conversation(base, ws_base, replies, latencies) for _ in range(conversations))), timeout=300
    )
    elapsed = time.perf_counter() - start
    latencies.sort()
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    print(f"{conversations} conversations at once, {len(latencies)} turns in {elapsed:.1f} s")
    print(f"turns per second: {len(latencies) / elapsed:,.0f}")
    print(f"reply latency: p50 {statistics.median(latencies) * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--conversations", type=int, default=50)
    parser.add_argument("--replies", type=int, default=10)
    parser.add_argument("--url", help="a running server on 127.0.0.1 (default: start one)")
    args = parser.parse_args()
    if args.url:
        asyncio.run(run(args.url.rstrip("/"), args.conversations, args.replies))
        return
    with tempfile.TemporaryDirectory() as tmp:
        server = LiveServer(Path(tmp) / "load.db").start()
        try:
            asyncio.run(run(server.base, args.conversations, args.replies))
        finally:
            server.stop()


if __name__ == "__main__":
    main()
