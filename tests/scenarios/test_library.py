"""Every shipped scenario: golden success, failure and time-up paths, difficulty, model replies."""

from __future__ import annotations

import pytest

from dialogue.engine import ScenarioEngine
from dialogue.library import Library
from dialogue.paths import failure_path, miscoded_model_replies, success_path, time_up_path
from dialogue.scenario import Difficulty, EndingKind
from scenarios import SCENARIO_DIR

LIBRARY = Library.load(SCENARIO_DIR)
IDS = sorted(LIBRARY.engines)


@pytest.fixture(params=IDS)
def engine(request: pytest.FixtureRequest) -> ScenarioEngine:
    return LIBRARY.engine(request.param)


@pytest.mark.parametrize("difficulty", list(Difficulty))
def test_model_replies_reach_success(engine: ScenarioEngine, difficulty: Difficulty) -> None:
    result = success_path(engine, difficulty)
    assert result.kind == EndingKind.SUCCESS, f"{engine.scenario.id} ended {result.outcome} via {result.states}"


@pytest.mark.parametrize("difficulty", list(Difficulty))
def test_confronting_replies_reach_failure(engine: ScenarioEngine, difficulty: Difficulty) -> None:
    result = failure_path(engine, difficulty)
    assert result.kind == EndingKind.FAILURE, f"{engine.scenario.id} ended {result.outcome} via {result.states}"


def test_fillers_run_out_of_time(engine: ScenarioEngine) -> None:
    result = time_up_path(engine, engine.scenario.difficulty)
    assert result.kind == EndingKind.TIME_UP
    assert result.turns == engine.scenario.max_turns


def test_difficulty_changes_the_turns_needed(engine: ScenarioEngine) -> None:
    turns = {d: success_path(engine, d).turns for d in Difficulty}
    assert turns[Difficulty.GENTLE] <= turns[Difficulty.REALISTIC] <= turns[Difficulty.HARD]
    assert turns[Difficulty.GENTLE] < turns[Difficulty.HARD], turns


def test_model_replies_are_coded_as_labelled(engine: ScenarioEngine) -> None:
    wrong = miscoded_model_replies(engine)
    assert not wrong, "\n".join(
        f"{m.state}: {m.text!r} labelled {m.labelled}, coded {m.coded} ({m.rule})" for m in wrong
    )


def test_every_state_is_visited_by_some_path(engine: ScenarioEngine) -> None:
    visited: set[str] = set()
    for difficulty in Difficulty:
        for play in (success_path, failure_path, time_up_path):
            visited.update(play(engine, difficulty).states)
    never = sorted(set(engine.scenario.states) - visited)
    # Not every state lies on a golden path (some are reached by mixed replies); most must.
    assert len(never) <= len(engine.scenario.states) // 2, never
