"""Every shipped scenario: golden success, failure and time-up paths, difficulty, model replies."""

from __future__ import annotations

import pytest

from dialogue.engine import ScenarioEngine
from dialogue.library import Library
from dialogue.paths import failure_path, miscoded_model_replies, success_path, time_up_path
from dialogue.scenario import Difficulty, EndingKind, RefusalKind
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


# --- rehearsing a plan B: the scenarios that open with a refusal ------------------------------------

REFUSING = sorted(i for i in IDS if LIBRARY.engine(i).scenario.refusals)


def test_plans_can_be_rehearsed_with_every_kind_of_refusal() -> None:
    assert len(REFUSING) >= 3
    for scenario_id in REFUSING:
        assert set(LIBRARY.engine(scenario_id).scenario.refusals) == set(RefusalKind), scenario_id


@pytest.mark.parametrize("scenario_id", REFUSING)
@pytest.mark.parametrize("refusal", list(RefusalKind))
def test_every_refusal_opens_with_it_and_can_end_either_way(scenario_id: str, refusal: RefusalKind) -> None:
    engine = LIBRARY.engine(scenario_id)
    opening = engine.scenario.refusals[refusal].opening
    for difficulty in Difficulty:
        won = success_path(engine, difficulty, refusal=refusal)
        assert won.said[0] in opening.variants
        assert won.kind == EndingKind.SUCCESS, f"{scenario_id} {refusal} {difficulty}: {won.outcome} via {won.states}"
        assert failure_path(engine, difficulty, refusal=refusal).kind == EndingKind.FAILURE


@pytest.mark.parametrize("scenario_id", REFUSING)
def test_a_rehearsal_replays_to_the_same_place(scenario_id: str) -> None:
    """Taking a reply back replays the conversation: with the refusal it opened with."""
    engine = LIBRARY.engine(scenario_id)
    replies = [r.text for r in engine.scenario.states[engine.scenario.refusals[RefusalKind.ANGRY].start].model_replies]
    played = engine.start(7, None, RefusalKind.ANGRY)
    for text in replies[:2]:
        engine.reply(played, text)
    again = engine.replay(7, None, replies[:2], RefusalKind.ANGRY)
    try:
        assert again.snapshot() == played.snapshot() and again.refusal is RefusalKind.ANGRY
    finally:
        engine.release(played)
        engine.release(again)
