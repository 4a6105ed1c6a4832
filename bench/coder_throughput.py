"""Coder throughput: replies coded per second in one process.

    .venv/bin/python bench/coder_throughput.py [--replies N]

Replies are built from fragments written for this benchmark (openings x bodies x endings, each
distinct), half of them with a client line as context, so no cache or repeat flatters the figure.
"""

from __future__ import annotations

import argparse
import itertools
import platform
import statistics
import time

from dialogue.coding import CodingContext, Said, code_reply

OPENINGS = [
    "",
    "Okay. ",
    "so ",
    "Mm-hmm. ",
    "Honestly, ",
    "Look, ",
    "Well, ",
    "I hear you. ",
    "Right. ",
    "Hey. ",
]
BODIES = [
    "it sounds like the drinking helps you {x}",
    "what would it be like to {x}",
    "you need to stop and {x}",
    "you're an addict if you can't {x}",
    "would it be okay if I shared a thought about how to {x}",
    "it's your choice whether you {x}",
    "you've worked really hard to {x}",
    "do you want to {x}",
    "a lot of people find it hard to {x}",
    "tell me more about wanting to {x}",
    "on one hand you want to {x}, and on the other it scares you",
    "why don't you just {x}",
]
GOALS = [
    "relax after work",
    "sleep through the night",
    "see your kids more",
    "keep your job",
    "feel like yourself",
    "get through the weekend",
    "talk to your doctor",
    "cut back a little",
    "stop hiding it",
    "pay the rent",
    "trust people again",
    "go back to school",
    "deal with the pain",
    "feel less alone",
    "make your mum proud",
    "stay out of trouble",
    "get your licence back",
    "be there for Sam",
    "stop the fights",
    "keep the house",
]
ENDINGS = ["", ".", "?", " right?", "...", " — what do you think?", "!", " I guess.", " for now.", " okay"]
CLIENT = [
    "I only drink on weekends.",
    "It's not a big deal.",
    "I'm tired of everyone on my back.",
    "I could stop if I wanted to.",
    "My wife keeps nagging me.",
    "I don't know what I want.",
]


def build(n: int) -> list[tuple[str, CodingContext]]:
    replies: list[tuple[str, CodingContext]] = []
    combos = itertools.product(OPENINGS, BODIES, GOALS, ENDINGS)
    for i, (opening, body, goal, ending) in enumerate(combos):
        if i >= n:
            break
        text = f"{opening}{body.format(x=goal)}{ending}"
        ctx = CodingContext(history=(Said("client", CLIENT[i % len(CLIENT)]),)) if i % 2 else CodingContext()
        replies.append((text, ctx))
    return replies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--replies", type=int, default=24_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    replies = build(args.replies)
    assert len({text for text, _ in replies}) == len(replies), "replies must be distinct"
    rates, cpu_rates = [], []
    for _ in range(args.rounds):
        fresh = [(text, CodingContext(history=ctx.history)) for text, ctx in replies]  # no cached context
        start, cpu = time.perf_counter(), time.process_time()
        for text, ctx in fresh:
            code_reply(text, ctx)
        rates.append(len(fresh) / (time.perf_counter() - start))
        cpu_rates.append(len(fresh) / (time.process_time() - cpu))
    where = f"python {platform.python_version()} on {platform.machine()}"
    print(f"{where}, {len(replies):,} distinct replies x {args.rounds} rounds")
    median = statistics.median(rates)
    print(f"replies per second: median {median:,.0f} (min {min(rates):,.0f}, max {max(rates):,.0f})")
    print(f"microseconds per reply: {1e6 / statistics.median(rates):.1f}")
    best = max(cpu_rates)
    print(f"by CPU time (less affected by other load): best round {best:,.0f} replies/s, {1e6 / best:.1f} µs each")


if __name__ == "__main__":
    main()
