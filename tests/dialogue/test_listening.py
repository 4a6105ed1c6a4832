"""Listening: topics by their words, what a reply does remembered as facts, lines that need or
exclude facts, the person referring back, off-script replies, and a state's own topic lines."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from dialogue.codes import TalkType
from dialogue.coding import code_reply, context_from
from dialogue.engine import ScenarioEngine
from dialogue.library import Library
from dialogue.listening import Listener, acts_of
from dialogue.loader import load_scenario
from dialogue.scenario import Topic
from scenarios import SCENARIO_DIR

KAYLA = "craft-adult-child-fentanyl-hopeless"
LIBRARY = Library.load(SCENARIO_DIR)
OFFER = "Since Tash died I've kept a Narcan kit in the kitchen. Would it be ok if I put one in your room?"


@pytest.fixture
def engine() -> ScenarioEngine:
    return LIBRARY.engine(KAYLA)


def test_topic_words_match_as_people_type_them() -> None:
    listener = Listener(
        {
            "naloxone": Topic(words=["narcan", "overdose kit"], lines=LIBRARY.get(KAYLA).topics["leo"].lines),
            "rehab": Topic(words=["rehab*", "detox"], lines=LIBRARY.get(KAYLA).topics["leo"].lines),
        }
    )
    assert listener.topics_in("i got narcans for the house") == ("naloxone",)
    assert listener.topics_in("an overdose-kit, like the one at the chemist") == ("naloxone",)
    assert listener.topics_in("the rehabilitation place, or a detox first?") == ("rehab",)
    assert listener.topics_in("detox then narcan") == ("rehab", "naloxone")  # in the order named
    assert listener.topics_in("retox and narcanned") == ()  # whole words only (no wildcard there)


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        ("I can drive you there tomorrow.", {"offered"}),
        ("want me to come with you when you call?", {"offered"}),
        ("would it help if i sat with you while you ring them", {"offered"}),
        ("Will you call the clinic tomorrow?", {"asked"}),
        ("I promise I won't bring it up again tonight.", {"promised"}),
        ("Sorry, that came out harsh. My fault.", {"apologised"}),
        ("If you drink again, you're out of this house.", {"threatened"}),
    ],
)
def test_what_a_reply_does_is_read_from_its_form(text: str, acts: set[str]) -> None:
    assert acts_of(text.lower(), code_reply(text)) - {"mentioned"} == acts


def test_an_offer_is_remembered_the_person_accepts_once_and_refers_back(engine: ScenarioEngine) -> None:
    conv = engine.start(3)
    try:
        first = engine.reply(conv, OFFER)
        assert {"offered", "offered.naloxone", "mentioned.naloxone", "mentioned.tash"} <= set(conv.facts)
        assert first.client.topic == "naloxone" and "accepted_naloxone" in conv.facts
        again = engine.reply(conv, "About the narcan, how do you feel about it?")
        assert again.client.topic == "naloxone"
        remembering = engine.lines_at("@topic:naloxone")[2].variants
        assert again.client.text in remembering  # "I said okay to the Narcan, Mum."
        refusing = engine.lines_at("@topic:naloxone")[1].variants  # "I'm not going to OD" needs no offer
        said = [engine.reply(conv, "What do you think about the narcan?").client.text for _ in range(3)]
        assert not set(said) & set(refusing)
    finally:
        engine.release(conv)


def test_the_ending_names_the_offer_only_when_it_was_made(engine: ScenarioEngine) -> None:
    ending = engine.scenario.endings["agrees"]
    assert "Narcan in her room" in (engine.debrief("agrees", {"offered.naloxone"}) or "")
    assert "Narcan in her room" not in (engine.debrief("agrees", set()) or "")
    assert "think about offering naloxone" in ending.debrief_for(set())


def test_off_script_replies_get_the_persons_own_lines(engine: ScenarioEngine) -> None:
    conv = engine.start(5)
    try:
        kinds = [
            engine.reply(conv, text).client.off_script
            for text in ("haha, the kettle's on", "ok", "ok", "did u see the match")
        ]
        assert kinds == ["joke", "minimal", "repeat", "unrelated"]
        assert engine.reply(conv, "What's been the hardest part of today?").client.off_script is None
    finally:
        engine.release(conv)


@pytest.mark.parametrize(
    ("reply", "last", "misheard"),
    [
        ("So you want to stop drinking.", TalkType.SUSTAIN, True),  # change talk that isn't there
        ("sounds like ur ready to quit", TalkType.DISCORD, True),
        ("You're done with all of it.", TalkType.SUSTAIN, True),
        ("So you want to stop drinking.", TalkType.CHANGE, False),  # they said it: a fair reflection
        ("You don't see what the fuss is about.", TalkType.SUSTAIN, False),
        ("Part of you wants to be left alone tonight.", TalkType.SUSTAIN, False),
    ],
)
def test_a_reflection_of_change_the_person_did_not_voice_is_corrected(
    reply: str, last: TalkType, misheard: bool
) -> None:
    coding = code_reply(reply, context_from([("client", "I don't have a problem. Everyone drinks.")]))
    assert coding.code.value in ("SR", "CR"), coding
    assert (Listener({}).hear(reply, coding, [], last).off_script == "misheard") is misheard


def test_a_states_own_topic_lines_come_before_the_scenarios(tmp_path: Path) -> None:
    data = yaml.safe_load((SCENARIO_DIR / f"{KAYLA}.yaml").read_text())
    own = dict(
        data["topics"]["leo"]["lines"][0], variants=["Leo? Don't. Not tonight.", "Leave Leo out of it.", "Not Leo."]
    )
    data["states"]["worn_out"]["topics"] = {"leo": [own]}
    path = tmp_path / f"{KAYLA}.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    loaded = load_scenario(path)
    engine = ScenarioEngine(loaded.scenario, loaded.digest)
    conv = engine.start(1)
    try:
        said = [engine.reply(conv, text).client for text in ("How's Leo?", "What did Leo make of the card?")]
    finally:
        engine.release(conv)
    assert said[0].text in own["variants"] and said[0].topic == "leo"  # the state's own line first
    assert said[1].text not in own["variants"] and said[1].topic == "leo"  # never the same line twice in a row
