"""Every shipped scenario listens: a reply that names a topic gets that topic's lines, an offer
is remembered and only then named by the ending, off-script replies get the person's own lines,
and taking back an outburst lets the good path succeed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from dialogue.library import Library
from dialogue.loader import every_line
from dialogue.paths import CONFRONTING, time_up_path
from dialogue.scenario import OFF_SCRIPT, Difficulty, EndingKind
from scenarios import SCENARIO_DIR

LIBRARY = Library.load(SCENARIO_DIR)
IDS = sorted(LIBRARY.engines)
EXAMPLES = Path(__file__).with_name("listening")


def examples(scenario: str) -> dict[str, Any]:
    file = EXAMPLES / f"{scenario}.yaml"
    assert file.exists(), f"write {file}: the offer (and any awkward topic mentions) its listening tests use"
    data: dict[str, Any] = yaml.safe_load(file.read_text(encoding="utf-8"))
    return data


def mentions(scenario: str, topic: str) -> list[str]:
    """Replies that name a topic: the example file's, then plain ones built on its first word."""
    word = LIBRARY.get(scenario).topics[topic].words[0].rstrip("*")
    given = examples(scenario).get("mentions", {}).get(topic)
    plain = [f"Tell me about {word}.", f"What about {word}?", f"I keep thinking about {word}."]
    return [given, *plain] if given else plain


@pytest.mark.parametrize("difficulty", list(Difficulty))
@pytest.mark.parametrize("scenario", IDS)
def test_a_reply_that_names_a_topic_gets_that_topics_lines(scenario: str, difficulty: Difficulty) -> None:
    engine = LIBRARY.engine(scenario)
    assert len(engine.scenario.topics) >= 5, f"{scenario}: name the things a learner may bring up (topics:)"
    unanswered = []
    for topic in engine.scenario.topics:
        conv = engine.start(1, difficulty)
        try:
            answers = []
            for text in mentions(scenario, topic):
                exchange = engine.reply(conv, text)
                answers.append(exchange.client.topic)
                if exchange.client.topic == topic or conv.ended:
                    break
            if topic not in answers:
                unanswered.append(f"{topic} (answered as {answers})")
        finally:
            engine.release(conv)
    assert not unanswered, f"{scenario}: topics named but not answered: {unanswered}"


@pytest.mark.parametrize("difficulty", list(Difficulty))
@pytest.mark.parametrize("scenario", IDS)
def test_an_offer_is_remembered_and_named_at_the_end_only_when_made(scenario: str, difficulty: Difficulty) -> None:
    engine = LIBRARY.engine(scenario)
    offer = examples(scenario)["offer"]
    fact = offer["fact"]
    plain = time_up_path(engine, difficulty)
    offered = time_up_path(engine, difficulty, first=[offer["reply"]])
    assert plain.kind == offered.kind == EndingKind.TIME_UP, (plain.outcome, offered.outcome)
    assert fact not in plain.facts
    assert fact in offered.facts, f"{offer['reply']!r} left {sorted(offered.facts)}"
    ending = engine.scenario.endings[offered.outcome or ""]
    named = [note.text for note in ending.notes if fact in note.needs]
    assert named, f"{scenario}: the {offered.outcome} ending should name the offer in a note that needs {fact}"
    assert all(text in (offered.debrief or "") for text in named)
    assert not any(text in (plain.debrief or "") for text in named)
    needing = {v for _, line in every_line(engine.scenario) if fact in line.needs for v in line.variants}
    assert not needing & set(plain.said), "a line that needs the offer was said without it"


@pytest.mark.parametrize("scenario", IDS)
def test_off_script_replies_get_the_persons_own_lines(scenario: str) -> None:
    engine = LIBRARY.engine(scenario)
    sc = engine.scenario
    missing = [kind for kind in OFF_SCRIPT if not sc.off_script.lines_for(kind)]
    assert not missing, f"{scenario}: write off_script lines for {missing}"
    heard = []
    for kind, replies in (
        ("minimal", ["ok"]),
        ("repeat", ["What's been on your mind?", "What's been on your mind?"]),
        ("joke", ["haha just kidding"]),
        ("unrelated", ["did you see the game last night?"]),
    ):
        conv = engine.start(1)  # each from the opening: a reply that moves the person is answered by the state
        try:
            for text in replies:
                before = conv.state
                exchange = engine.reply(conv, text)
            if conv.state == before:
                assert exchange.client.off_script == kind, (replies, exchange.client)
                heard.append(kind)
        finally:
            engine.release(conv)
    assert len(heard) >= 3, heard


@pytest.mark.parametrize("difficulty", list(Difficulty))
@pytest.mark.parametrize("scenario", IDS)
def test_taking_back_an_outburst_lets_the_good_path_succeed(scenario: str, difficulty: Difficulty) -> None:
    engine = LIBRARY.engine(scenario)
    conv = engine.start(7, difficulty)
    kept: list[str] = []
    outburst_at = 2
    try:
        while not conv.ended and conv.turn < 80:
            if len(kept) == outburst_at:
                before = conv.snapshot()
                engine.reply(conv, CONFRONTING[0])  # the outburst...
                engine.release(conv)
                conv = engine.replay(7, difficulty, kept)  # ...taken back: the person is where they were
                assert conv.snapshot() == before
                outburst_at = -1
            replies = engine.scenario.states[conv.state].model_replies
            text = replies[conv.counters.get("turns_here", 0) % len(replies)].text
            engine.reply(conv, text)
            kept.append(text)
        ending = engine.scenario.endings[conv.outcome or ""]
        assert ending.kind is EndingKind.SUCCESS, conv.outcome
    finally:
        engine.release(conv)
