"""The person never loops: the same line is never said twice in a row, and no line more than
twice in a conversation (issue 14). Checked with twelve closed questions, the reply that used to
make three lines cycle, in every shipped scenario at every difficulty."""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

import pytest

from dialogue.engine import ScenarioEngine
from dialogue.library import Library
from dialogue.scenario import Difficulty, EndingKind
from scenarios import SCENARIO_DIR

LIBRARY = Library.load(SCENARIO_DIR)
IDS = sorted(LIBRARY.engines)
CLOSED = [
    "Did you have a drink today?",
    "Are you okay?",
    "Is it really that bad?",
    "Do you want some help?",
    "was it last night",
    "Are you angry with me?",
    "Did you go in the end?",
    "is that true??",
    "Have you eaten anything?",
    "Do you remember Sunday?",
    "Are you sure?",
    "Will you come with me on Friday?",
]


@pytest.mark.parametrize("difficulty", list(Difficulty))
@pytest.mark.parametrize("scenario", IDS)
def test_twelve_closed_questions_never_loop(scenario: str, difficulty: Difficulty) -> None:
    engine: ScenarioEngine = LIBRARY.engine(scenario)
    conv = engine.start(seed=7, difficulty=difficulty)
    said = [(conv.last_line.where, conv.last_line.line)]
    for question in CLOSED:
        if conv.ended:
            break
        engine.reply(conv, question)
        said.append((conv.last_line.where, conv.last_line.line))
    in_a_row = [a for a, b in pairwise(said) if a == b]
    assert not in_a_row, f"said twice in a row: {in_a_row}"
    most = Counter(said).most_common(1)[0]
    assert most[1] <= 2, f"{most[0]} said {most[1]} times"


def test_every_shipped_scenario_says_what_happens_when_its_lines_run_out() -> None:
    missing = [i for i in IDS if LIBRARY.engine(i).scenario.out_of_lines is None]
    assert not missing, f"no out_of_lines in: {missing}"


SHALLOW = [
    "Can I ask you something?",
    "ok",
    "Would it be alright if we talked about it?",
    "I see.",
    "Mm.",
    "Is it okay if I share something?",
    "right",
    "Could we talk about this together?",
    "okay",
    "Can I tell you what I'm worried about?",
    "Sure.",
    "Would you be willing to hear me out?",
]


@pytest.mark.parametrize("difficulty", list(Difficulty))
@pytest.mark.parametrize("scenario", IDS)
def test_shallow_replies_and_permission_requests_never_reach_commitment(scenario: str, difficulty: Difficulty) -> None:
    """Nothing was evoked: the meters may move, but the person does not commit."""
    engine: ScenarioEngine = LIBRARY.engine(scenario)
    conv = engine.start(seed=11, difficulty=difficulty)
    for reply in SHALLOW:
        if conv.ended:
            break
        engine.reply(conv, reply)
    ending = engine.scenario.endings.get(conv.outcome) if conv.outcome else None
    assert ending is None or ending.kind is not EndingKind.SUCCESS, f"{scenario} committed after {conv.turn} replies"


def test_evoking_replies_are_counted_within_a_state_and_start_again_in_the_next() -> None:
    engine: ScenarioEngine = LIBRARY.engine("johnson-son-denial")
    conv = engine.start(seed=3)
    played = [
        engine.reply(conv, text) for text in ("How has this year been for you?", "What is the hardest part of it?")
    ]
    assert [p.coding.code.value for p in played] == ["OQ", "OQ"] and conv.state == "ambushed"
    assert conv.counters["evoked_here"] == 2
    engine.reply(conv, "It feels like we ganged up on you, and that is the last thing I wanted.")  # he moves on
    assert conv.state == "guarded" and conv.counters["evoked_here"] == 0
    engine.reply(conv, "Mm.")  # a filler evokes nothing
    assert conv.counters["evoked_here"] == 0 and conv.counters["turns_here"] == 1


@pytest.mark.parametrize("scenario", IDS)
def test_the_person_pushes_back_on_pressure_only(scenario: str) -> None:
    """Out of lines after gentle replies, the person goes quiet or changes the subject; the line
    that pushes back ("why do you keep asking me that?") answers questions and pressure only."""
    engine: ScenarioEngine = LIBRARY.engine(scenario)
    conv = engine.start(seed=5, difficulty=Difficulty.GENTLE)
    for reply in ["ok", "I'm sorry, that came out wrong.", "mm", "thank you for telling me", "okay"] * 3:
        if conv.ended:
            break
        played = engine.reply(conv, reply)
        if conv.last_line.where == "@out_of_lines":
            assert played.client.talk.value != "discord", (reply, played.client.text)
