"""Eight conversations at once over real websockets while a real `rapport serve` on a SQLite file is
killed with SIGKILL twenty times at random (seeded) moments and started again on the same port
and file: bench/crash_loop.py, run small. It checks every conversation at the end (nothing
acknowledged lost, nothing doubled, indexes without gaps, the same lines, states and meters as a
fresh replay of the stored replies, and the `state` on reconnect equal to the transcript) and
exits 1 with the failures when anything is wrong."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.server, pytest.mark.subprocess]  # runs bench/crash_loop.py

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "bench" / "crash_loop.py"


def test_twenty_sigkills_lose_no_turn_double_none_and_corrupt_none(tmp_path: Path) -> None:
    argv = [sys.executable, str(SCRIPT), "--conversations", "8", "--kills", "20", "--seed", "7", "--json"]
    argv += ["--log-dir", str(tmp_path), "--timeout", "400"]
    done = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=450, check=False)
    assert done.stdout.strip(), done.stderr[-4000:]
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    print(json.dumps({k: v for k, v in result.items() if k != "failures"}))  # the figures, with -s

    assert result["failures"] == [], "\n".join(result["failures"][:20]) + "\n" + done.stderr[-2000:]
    assert result["kills"] == 20
    assert result["verified"] == result["conversations"] > 8, "every conversation was checked at the end"
    assert done.returncode == 0 and result["ok"]
    # The run did what it is for: turns were cut off by the kills and resent with the same id, and
    # answered replies were sent again and came back from the store.
    assert result["turns"] > 100
    assert result["resends"] > 0
    assert result["repeats"] > 0
