"""The conversation engine: deterministic, restorable, replayable."""

from __future__ import annotations

import pytest

from dialogue.codes import Code
from dialogue.coding import ReplyError
from dialogue.engine import ConversationOver, ConversationSnapshot, ScenarioEngine, SnapshotMismatch
from dialogue.library import Library, UnknownScenario
from dialogue.scenario import Difficulty
from scenarios import SCENARIO_DIR

LIBRARY = Library.load(SCENARIO_DIR)
REPLIES = [
    "It feels like we ganged up on you, and that's the last thing I wanted.",
    "What's it been like for you since the job?",
    "You're an alcoholic.",
    "It seems unfair that it's you everyone's looking at.",
    "Losing the job knocked you flat.",
]


@pytest.fixture
def engine() -> ScenarioEngine:
    return LIBRARY.engine("johnson-son-denial")


def _play(engine: ScenarioEngine, seed: int, replies: list[str]) -> ConversationSnapshot:
    conv = engine.replay(seed, None, replies)
    try:
        return conv.snapshot()
    finally:
        engine.release(conv)


def test_same_seed_same_conversation(engine: ScenarioEngine) -> None:
    assert _play(engine, 7, REPLIES) == _play(engine, 7, REPLIES)


def test_the_seed_changes_the_wording(engine: ScenarioEngine) -> None:
    lines = {engine.text_of(_play(engine, seed, REPLIES[:2]).last_line) for seed in range(12)}
    assert len(lines) > 1


def test_a_snapshot_restores_the_conversation_exactly(engine: ScenarioEngine) -> None:
    conv = engine.start(seed=11)
    for text in REPLIES[:3]:
        engine.reply(conv, text)
    stored = conv.snapshot().model_dump_json()
    engine.release(conv)
    restored = engine.restore(ConversationSnapshot.model_validate_json(stored))
    for text in REPLIES[3:]:
        engine.reply(restored, text)
    assert restored.snapshot() == _play(engine, 11, REPLIES)
    engine.release(restored)


def test_a_turn_reports_coding_answer_and_meters(engine: ScenarioEngine) -> None:
    conv = engine.start(seed=1)
    turn = engine.reply(conv, "You're an alcoholic and you need to admit it.")
    assert turn.coding.code is Code.CO
    assert turn.state_before == "ambushed" and turn.client.state == "defensive"
    assert turn.client.text in engine.scenario.states["defensive"].lines[0].variants
    assert turn.meters["resistance"] > engine.scenario.meters.resistance
    assert conv.counters["CO"] == 1 and conv.counters["non_adherent"] == 1 and conv.counters["bad_streak"] == 1
    engine.release(conv)


def test_lines_written_for_a_code_answer_it(engine: ScenarioEngine) -> None:
    conv = engine.start(seed=1)
    turn = engine.reply(conv, "Is this about the car?")
    assert turn.client.text in engine.scenario.states["ambushed"].lines[1].variants
    engine.release(conv)


def test_wordings_do_not_repeat_until_all_are_used(engine: ScenarioEngine) -> None:
    conv = engine.start(seed=3)
    said = [engine.reply(conv, "Okay.").client.text for _ in range(3)]
    assert len(set(said)) == 3
    engine.release(conv)


def test_difficulty_scales_the_meters(engine: ScenarioEngine) -> None:
    moved = {}
    for difficulty in Difficulty:
        conv = engine.start(seed=1, difficulty=difficulty)
        engine.reply(conv, "It feels like we ganged up on you, and that's the last thing I wanted.")
        moved[difficulty] = conv.meters["rapport"]
        engine.release(conv)
    assert moved[Difficulty.GENTLE] > moved[Difficulty.REALISTIC] > moved[Difficulty.HARD]


def test_resistance_threshold_ends_in_failure(engine: ScenarioEngine) -> None:
    conv = engine.start(seed=1, difficulty=Difficulty.HARD)
    engine.reply(conv, "You're a drunk.")
    engine.reply(conv, "You're a drunk.")
    assert conv.ended and engine.scenario.endings[conv.outcome or ""].kind.value == "failure"
    with pytest.raises(ConversationOver):
        engine.reply(conv, "Wait.")
    engine.release(conv)


def test_bad_replies_change_nothing(engine: ScenarioEngine) -> None:
    conv = engine.start(seed=1)
    before = conv.snapshot()
    with pytest.raises(ReplyError):
        engine.reply(conv, "   ")
    assert conv.snapshot() == before
    engine.release(conv)


def test_conversations_are_never_registered_with_the_machine(engine: ScenarioEngine) -> None:
    """The machine keeps no list of live conversations (add_model scanned it: quadratic as they
    grew) and binds no trigger methods on them: its events are fired on each directly."""
    live = [engine.restore(_play(engine, seed, REPLIES[:1])) for seed in range(50)]
    assert engine.machine.models == []
    assert not hasattr(live[0], "trigger") and not hasattr(live[0], f"is_{live[0].state}")
    # (and the events still move them: every scenario's golden, failure and time-up paths, tests/scenarios)


def test_a_snapshot_of_another_scenario_is_refused(engine: ScenarioEngine) -> None:
    snap = _play(engine, 1, [])
    with pytest.raises(SnapshotMismatch):
        engine.restore(snap.model_copy(update={"state": "no_such_state"}))
    with pytest.raises(SnapshotMismatch):
        engine.restore(snap.model_copy(update={"scenario": "other"}))


def test_unknown_scenarios_list_the_known_ones() -> None:
    with pytest.raises(UnknownScenario, match="johnson-son-denial"):
        LIBRARY.engine("nope")


def test_owning_a_misstep_lowers_discord(engine: ScenarioEngine) -> None:
    def resistance_after(second: str) -> float:
        conv = engine.replay(4, None, ["You're an alcoholic.", second])
        try:
            return conv.meters["resistance"]
        finally:
            engine.release(conv)

    assert resistance_after("Sorry, that came out harsh. My fault.") < resistance_after("Okay.")
    conv = engine.replay(4, None, ["You're an alcoholic.", "I'm sorry I called you that. I was wrong."])
    assert conv.counters["repairs"] == 1
    engine.release(conv)


def test_the_repair_scenario_takes_an_apology_back_from_the_edge() -> None:
    repair = LIBRARY.engine("trainee-discord-repair")
    assert repair.scenario.repair == {"rapport": 1.5, "resistance": -2}  # the scenario's own key
    conv = repair.start(seed=3)
    repair.reply(conv, "You need to take this seriously or the court will.")
    assert conv.state == "escalated"
    turn = repair.reply(conv, "Sorry, that came out harsh. That was on me.")
    assert turn.coding.repair and conv.state == "not_listening" and not conv.ended
    repair.release(conv)


def test_a_danger_line_plays_nothing(engine: ScenarioEngine) -> None:
    from dialogue.crisis import CrisisKind
    from dialogue.engine import CrisisDetected

    conv = engine.start(seed=2)
    before = conv.snapshot()
    with pytest.raises(CrisisDetected) as caught:
        engine.reply(conv, "sorry i cant do this, i took all my sleeping pills an hour ago")
    assert caught.value.signal.kind is CrisisKind.SELF_HARM
    assert conv.snapshot() == before
    engine.reply(conv, "i took all my sleeping pills an hour ago", check_crisis=False)  # after "I'm safe"
    engine.release(conv)
