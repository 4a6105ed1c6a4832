"""`rapport code` as a whole command: replies per second, start-up and JSON included.

    .venv/bin/python bench/code_command.py [--replies 60000] [--jobs 0]

Every reply is distinct (built from this benchmark's fragments, as bench/coder_throughput.py
builds them) and carries three lines of context (person, learner, person), as the contract
allows. The command reads a file and writes to a pipe this script drains; the figure is
replies divided by the wall time of the whole process. `--jobs 0` (the default) is one process
per CPU, as `rapport code` runs by default; `--jobs 1` is a single process.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from coder_throughput import CLIENT, build

RAPPORT = Path(sys.executable).parent / "rapport"
LEARNER = ["I hear you.", "What happened then?", "That sounds hard.", "Tell me more about that."]


def lines(n: int) -> list[str]:
    out = []
    for i, (text, _) in enumerate(build(n)):
        context = [
            {"speaker": "client", "text": CLIENT[i % len(CLIENT)]},
            {"speaker": "therapist", "text": LEARNER[i % len(LEARNER)]},
            {"speaker": "client", "text": CLIENT[(i + 3) % len(CLIENT)]},
        ]
        out.append(json.dumps({"id": i, "text": text, "context": context}))
    return out


def run(path: Path, jobs: int) -> tuple[float, int]:
    start = time.perf_counter()
    done = subprocess.run(
        [str(RAPPORT), "code", str(path), "--jobs", str(jobs)], capture_output=True, check=True, timeout=600
    )
    return time.perf_counter() - start, done.stdout.count(b"\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--replies", type=int, default=60_000)
    parser.add_argument("--jobs", type=int, default=0, help="0: one process per CPU (the command's default)")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    data = lines(args.replies)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "replies.jsonl"
        path.write_text("\n".join(data) + "\n", encoding="utf-8")
        jobs = args.jobs or os.cpu_count() or 1
        rates = []
        for _ in range(args.rounds):
            seconds, coded = run(path, jobs)
            assert coded == len(data), f"{coded} of {len(data)} lines coded"
            rates.append(len(data) / seconds)
    best = max(rates)
    cpus = os.cpu_count()
    print(f"rapport code, {len(data):,} distinct replies with 3 lines of context, {jobs} process(es), {cpus} CPUs")
    rounds = ", ".join(f"{r:,.0f}" for r in rates)
    print(f"replies per second (whole command, start-up included): best {best:,.0f}, rounds {rounds}")


if __name__ == "__main__":
    main()
