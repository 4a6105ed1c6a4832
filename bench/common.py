"""Shared pieces of the benchmarks: the replies they send, percentiles, the open-files limit, and
the server helper they share with the tests (tests/live.py: servers on free 127.0.0.1 ports that
stop when the benchmark dies)."""

from __future__ import annotations

import math
import resource
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from dialogue.crisis import detect_crisis
from dialogue.library import Library

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))  # the repository: the server helper is shared with the tests
from tests.live import HOST as HOST  # noqa: E402  (the one server helper, shared with the tests)
from tests.live import NO_LIMITS as NO_LIMITS  # noqa: E402
from tests.live import ROOT as ROOT  # noqa: E402
from tests.live import Server as Server  # noqa: E402
from tests.live import cpu_seconds as cpu_seconds  # noqa: E402
from tests.live import die_with_parent as die_with_parent  # noqa: E402
from tests.live import free_port as free_port  # noqa: E402
from tests.live import rapport_server as rapport_server  # noqa: E402

ROADBLOCKS = [
    # ordering, directing
    "You need to stop drinking right now.",
    "Just stop using. Today. No more excuses.",
    "Pour it all down the sink tonight and call the clinic in the morning.",
    # warning, threatening
    "If you keep this up you're going to end up dead or in jail.",
    "Keep going like this and you'll lose your job and your family with it.",
    # arguing, lecturing, persuading with logic
    "You're wrong about that. The numbers don't lie, it's a problem.",
    "Do you know what that stuff does to your liver? Let me explain it to you.",
    "It's not about stress, it's about the drugs. Face the facts.",
    # moralising, preaching
    "You should be ashamed of what this is doing to your kids.",
    "A responsible adult would have quit a long time ago.",
    # judging, criticising, blaming
    "This is all your own fault and you know it.",
    "Honestly, that's a pathetic excuse.",
    # labelling, name-calling
    "You're an addict, just admit it.",
    "You're an alcoholic. Everybody can see it except you.",
    # advising without permission
    "What you should do is go to a meeting tonight.",
    "My advice is to get rid of those friends and find new ones.",
    # reassuring, sympathising away the feeling
    "Don't worry, everything will be fine, I promise.",
    # questioning, probing, interrogating
    "Why do you keep doing this? Why can't you just stop?",
    "How much did you use this week? Be honest with me.",
    # withdrawing, distracting, humouring
    "Let's not talk about that. Did you watch the game last night?",
]


def reply_pools(library: Library) -> dict[str, list[str]]:
    """Per scenario, its distinct model replies that the server will take as ordinary replies."""
    pools = {}
    for sc in library.scenarios():
        texts = {reply.text for state in sc.states.values() for reply in state.model_replies}
        pools[sc.id] = sorted(t for t in texts if detect_crisis(t) is None)
    return pools


def require_loopback(url: str) -> str:
    """The URL without a trailing slash, if it points at 127.0.0.1; SystemExit otherwise."""
    url = url.rstrip("/")
    if not url.startswith((f"http://{HOST}:", f"ws://{HOST}:")):
        raise SystemExit(f"{url!r}: these benchmarks only target http://{HOST}:PORT.")
    return url


def raise_open_files(wanted: int) -> int:
    """Raise the soft RLIMIT_NOFILE towards `wanted` (never above the hard limit); the new soft limit."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
        soft = target
    return int(soft)


def percentile(ordered: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of an already sorted sequence; NaN when empty."""
    if not ordered:
        return math.nan
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def echo_server(log_dir: Path, *, workers: int = 1, port: int | None = None) -> Server:
    """bench/echo_server.py on a free port; not started yet."""
    port = port or free_port()
    argv = [sys.executable, str(BENCH / "echo_server.py"), "--port", str(port), "--workers", str(workers)]
    return Server("echo", argv, port, ready_path="/health", log_path=log_dir / f"echo-{port}.log")


def describe_code(app_dir: Path) -> str:
    """Which code a server runs: the git commit, and whether the app's files differ from it."""
    try:
        commit = subprocess.run(
            ["git", "-C", str(app_dir), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(app_dir), "status", "--porcelain", "--", "app", "dialogue", "scenarios", "web"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return f"code in {app_dir} (not a git checkout)"
    return f"git {commit}" + (" + uncommitted changes" if dirty else "")
