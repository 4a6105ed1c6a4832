"""Golden paths through a scenario, for authors and tests: play the model replies to success,
confronting replies to failure, and fillers to time up; and check that every model reply is
coded as it is labelled."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from dialogue.coding import CodingContext, Said, code_reply
from dialogue.engine import ScenarioEngine
from dialogue.scenario import Difficulty, RefusalKind

CONFRONTING = (
    "You're an addict and you're lying to yourself.",
    "You need to stop this right now, or you'll lose everything.",
    "That's just an excuse. Admit you have a problem.",
    "What kind of person does this to their family?",
)
FILLER = "Okay."
LIMIT = 80
_Chooser = Callable[[str, int], str]  # (state, replies so far in it) -> reply


@dataclass(frozen=True)
class PathResult:
    outcome: str | None
    kind: str | None
    turns: int
    states: tuple[str, ...]
    facts: frozenset[str] = frozenset()
    debrief: str | None = None
    said: tuple[str, ...] = ()  # what the person said, the opening first


def success_path(
    engine: ScenarioEngine,
    difficulty: Difficulty,
    seed: int = 1,
    first: Sequence[str] = (),
    refusal: RefusalKind | None = None,
) -> PathResult:
    """Answer every state with its model replies, taking them in turn while the state lasts
    (after the replies in `first`, if any; opening with `refusal`, if given)."""

    def choose(state: str, turns_here: int) -> str:
        replies = engine.scenario.states[state].model_replies
        return replies[turns_here % len(replies)].text

    return _play(engine, difficulty, seed, choose, first, refusal)


def failure_path(
    engine: ScenarioEngine, difficulty: Difficulty, seed: int = 1, refusal: RefusalKind | None = None
) -> PathResult:
    return _play(engine, difficulty, seed, lambda _, n: CONFRONTING[n % len(CONFRONTING)], refusal=refusal)


def time_up_path(
    engine: ScenarioEngine, difficulty: Difficulty, seed: int = 1, first: Sequence[str] = ()
) -> PathResult:
    return _play(engine, difficulty, seed, lambda _, __: FILLER, first)


def _play(
    engine: ScenarioEngine,
    difficulty: Difficulty,
    seed: int,
    choose: _Chooser,
    first: Sequence[str] = (),
    refusal: RefusalKind | None = None,
) -> PathResult:
    conv = engine.start(seed, difficulty, refusal)
    visited = [conv.state]
    said = [engine.text_of(conv.last_line)]
    try:
        while not conv.ended and conv.turn < LIMIT:
            text = (
                first[conv.turn] if conv.turn < len(first) else choose(conv.state, conv.counters.get("turns_here", 0))
            )
            said.append(engine.reply(conv, text).client.text)
            visited.append(conv.state)
        ending = engine.scenario.endings.get(conv.outcome or "")
        return PathResult(
            conv.outcome,
            ending.kind.value if ending else None,
            conv.turn,
            tuple(visited),
            frozenset(conv.facts),
            engine.debrief(conv.outcome, conv.facts),
            tuple(said),
        )
    finally:
        engine.release(conv)


@dataclass(frozen=True)
class Miscoded:
    state: str
    text: str
    labelled: str
    coded: str
    rule: str


def miscoded_model_replies(engine: ScenarioEngine) -> list[Miscoded]:
    """Model replies the coder does not code as labelled, judged after every wording of every line."""
    found: list[Miscoded] = []
    for name, state in engine.scenario.states.items():
        for line in state.lines:
            for wording in line.variants:
                ctx = CodingContext(history=(Said("client", wording),), line=line)
                for reply in state.model_replies:
                    coding = code_reply(reply.text, ctx)
                    if coding.code is not reply.code:
                        found.append(Miscoded(name, reply.text, reply.code.value, coding.code.value, coding.rule))
    return found
