"""The person never loops: the same line is never said twice in a row, and no line more than
twice in a conversation (issue 14). Checked with twelve closed questions, the reply that used to
make three lines cycle, in every shipped scenario at every difficulty."""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

import pytest

from dialogue.engine import ScenarioEngine
from dialogue.library import Library
from dialogue.scenario import Difficulty
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
