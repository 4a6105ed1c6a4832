"""The reply coder, on replies written for addiction conversations (coding_cases.yaml)."""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from dialogue.codes import Adherence, Code, Roadblock, TalkType, Verdict
from dialogue.coding import MAX_REPLY_CHARS, CodingContext, ReplyError, Said, code_reply
from dialogue.coding.gate import tokens
from dialogue.coding.utterances import normalise, normalise_with_tokens, split_utterances
from dialogue.scenario import ClientLine, ModelReply, Risk

CASES: dict[str, list[dict[str, Any]]] = yaml.safe_load((Path(__file__).parent / "coding_cases.yaml").read_text())
FLAT = [(group, case) for group, items in CASES.items() for case in items]


def _ctx(client: str | None = None, **kw: Any) -> CodingContext:
    return CodingContext(history=(Said("client", client),) if client else (), **kw)


@pytest.mark.parametrize(("group", "case"), FLAT, ids=[f"{g}:{c['text'][:40]}" for g, c in FLAT])
def test_written_cases(group: str, case: dict[str, Any]) -> None:
    coding = code_reply(case["text"], _ctx(case.get("client")))
    assert coding.code == case["code"], f"{case['text']!r}: {coding.code} via {coding.rule} ({coding.evidence!r})"


def test_every_code_is_covered_by_the_cases() -> None:
    assert {c["code"] for _, c in FLAT} == {code.value for code in Code}


def test_adherence_follows_the_code() -> None:
    assert code_reply("It's your call.").adherence is Adherence.ADHERENT
    assert code_reply("You need to quit.").adherence is Adherence.NON_ADHERENT
    assert code_reply("What happened?").adherence is Adherence.NEUTRAL


def test_labels_name_the_roadblock_and_the_words() -> None:
    coding = code_reply("Honestly you're just a drunk.")
    assert coding.code is Code.CO
    assert coding.roadblock is Roadblock.SHAMING
    assert "drunk" in coding.evidence
    assert "Labels" in coding.feedback


def test_threats_are_warnings() -> None:
    coding = code_reply("if you dont stop drinking im leaving and taking the kids")
    assert (coding.code, coding.roadblock) == (Code.CO, Roadblock.WARNING)


def test_advice_with_permission_is_information() -> None:
    assert code_reply("If you want, one option is the walk-in clinic on Tuesdays.").code is Code.GI
    asked = CodingContext(
        history=(Said("therapist", "Can I share an idea?"), Said("client", "Sure, go ahead.")),
    )
    assert code_reply("You could try the evening group at the clinic.", asked).code is Code.GI
    refused = CodingContext(history=(Said("therapist", "Can I share an idea?"), Said("client", "No.")))
    assert code_reply("You could try the evening group at the clinic.", refused).code is Code.PE


def test_a_question_that_only_checks_a_reflection_keeps_the_reflection() -> None:
    coding = code_reply("You're worried about your job. Did I get that right?", _ctx("I can't lose this job."))
    assert coding.code is Code.CR


def test_a_reflection_then_a_question_is_a_question() -> None:
    assert code_reply("You're worried about your job. What would losing it mean?").code is Code.OQ


def test_confronting_wins_over_everything_else_in_a_reply() -> None:
    coding = code_reply("It sounds like you're stressed. But let's be honest, you're an alcoholic.")
    assert coding.code is Code.CO
    assert [u.code for u in coding.units] == [Code.CR, Code.CO]


def test_the_meaning_under_a_line_judges_simple_and_complex() -> None:
    line = ClientLine(
        talk=TalkType.SUSTAIN,
        meaning="He is afraid that admitting it means he has failed as a father.",
        variants=["It's just a few beers.", "It's only beer.", "A few beers, that's all."],
    )
    ctx = CodingContext(history=(Said("client", "It's just a few beers."),), line=line)
    assert code_reply("It's just a few beers.", ctx).code is Code.SR
    deeper = code_reply("Admitting it would feel like failing as a dad.", ctx)
    assert deeper.code is Code.CR


def test_lower_case_without_punctuation() -> None:
    assert code_reply("so what do you think you want to do").code is Code.OQ
    assert code_reply("do you want to stop").code is Code.CQ
    assert code_reply("youre not an addict youre a liar").code is Code.CO
    assert code_reply("i hear you its been a rough week what would help").code is Code.OQ


def test_generic_praise_is_not_an_affirmation() -> None:
    praise = code_reply("Good job!")
    assert (praise.code, praise.roadblock) == (Code.OT, Roadblock.PRAISING)
    assert "specific" in praise.feedback


def test_suggestion_comes_from_the_scenario_when_there_is_one() -> None:
    model = ModelReply(code=Code.CR, text="You feel cornered right now.")
    coding = code_reply("Stop making excuses.", CodingContext(model_replies=(model,)))
    assert coding.suggestion == "You feel cornered right now."
    assert coding.verdict is Verdict.RETHINK
    own = code_reply("Stop making excuses.")
    assert own.suggestion and own.suggestion != "Stop making excuses."


def test_change_talk_changes_the_feedback() -> None:
    line = ClientLine(talk=TalkType.CHANGE, meaning="wants to be a better dad", variants=["a", "b", "c"])
    ctx = CodingContext(history=(Said("client", "I want to be there for my kids."),), line=line)
    assert "change" in code_reply("Being there for your kids matters a lot to you.", ctx).feedback


@pytest.mark.parametrize(
    ("risk", "asks", "misses"),
    [
        (Risk.SELF_HARM, "Are you thinking about killing yourself?", "You sound exhausted."),
        (Risk.OVERDOSE, "How much did you take? Are you safe right now?", "That sounds scary."),
        (
            Risk.DRIVING,
            "You drove with the kids in the car. Can we talk about that?",
            "You had a long night.",
        ),
    ],
)
def test_danger_moments_need_a_direct_question(risk: Risk, asks: str, misses: str) -> None:
    line = ClientLine(talk=TalkType.SUSTAIN, meaning="danger", risk=risk, variants=["a", "b", "c"])
    ctx = CodingContext(history=(Said("client", "a"),), line=line)
    good, bad = code_reply(asks, ctx), code_reply(misses, ctx)
    assert (good.risk_addressed, good.verdict) == (True, Verdict.GOOD)
    assert (bad.risk_addressed, bad.verdict) == (False, Verdict.RETHINK)
    assert "directly" in bad.feedback or "Safety" in bad.feedback
    assert bad.suggestion


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_replies_are_refused(text: str) -> None:
    with pytest.raises(ReplyError, match="empty"):
        code_reply(text)


def test_oversized_replies_are_refused_with_the_limit() -> None:
    with pytest.raises(ReplyError, match=f"{MAX_REPLY_CHARS:,}"):
        code_reply("word " * 4000)


def test_normalise_restores_apostrophes_and_drops_stutters() -> None:
    assert normalise("Youre  NOT   listening") == "you're not listening"
    assert normalise("wha-what do you dont want") == "what do you don't want"


def test_split_utterances_like_miti_thought_units() -> None:
    assert split_utterances("okay. so you're tired? tell me more") == [
        "okay.",
        "so you're tired?",
        "tell me more",
    ]
    assert split_utterances("i talked to dr. smith yesterday") == ["i talked to dr. smith yesterday"]
    assert split_utterances(normalise("i hear you its been a rough week what would help")) == [
        "i hear you it's been a rough week",
        "what would help",
    ]


def _split_reference(normalised: str) -> list[str]:
    """split_utterances as first written: one boundary expression, every run-on position tried."""
    boundary = re.compile(r"(?<=[.!?])[\"')\]]*\s+|\s*\n+\s*|;\s+|\s*--+\s*")
    abbreviation = re.compile(r"\b(?:dr|mr|mrs|ms|st|vs|e\.g|i\.e|etc|approx)\.$")
    run_on = re.compile(
        r"(?<=\w\s)(?<!\bi\s)(?=(?:what|how|why|would you|could you|can you|do you|did you|are you|"
        r"have you|is there|is it|will you|tell me|can i|may i)\b)"
    )
    lead_in = re.compile(r"(?<![a-z])(?:wonder|know|sure|about|ask|asking|tell|see|if|and|but|or)\s$")
    merged: list[str] = []
    for part in (p.strip(" ,-") for p in boundary.split(normalised)):
        if not part:
            continue
        if merged and abbreviation.search(merged[-1]):
            merged[-1] = f"{merged[-1]} {part}"
        else:
            merged.append(part)
    if len(merged) == 1 and not any(ch in normalised for ch in ".?!"):
        text = merged[0]
        if len(text.split()) >= 7:
            for match in run_on.finditer(text):
                head = text[: match.start()]
                if len(head.split()) >= 3 and not lead_in.search(head):
                    return [head.strip(" ,"), text[match.start() :].strip()]
    return merged


def test_split_utterances_takes_shortcuts_without_changing_the_units() -> None:
    pieces = [
        "so", "what", "you", "can you", "how", "i", "do you", "dr.", "is it", "tell me", "wonder",
        ".", "?", "!", "...", " ", "  ", ",", "-", "--", ";", "\n", '"', ")", "'", "okay", "and",
    ]  # fmt: skip
    rng = random.Random(7)
    for _ in range(4000):
        raw = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        text = normalise(raw) if raw.strip() else "x"
        assert split_utterances(text) == _split_reference(text), repr(text)


@pytest.mark.parametrize(
    "text",
    [
        "Youre NOT listening",
        "its ok, u know",
        "x'im here",
        "it's2 late",
        "Dont-dont go",
        "café… ok",
        "I'm   fine\n\nreally",
    ],
)
def test_normalise_with_tokens_is_normalise_and_its_gate_words(text: str) -> None:
    normalised = normalise(text)
    assert normalise_with_tokens(text) == (normalised, tokens(normalised))


def test_every_rule_the_coder_can_return_has_feedback() -> None:
    from dialogue.coding import forms
    from dialogue.coding import tables as patterns
    from dialogue.coding.feedback import texts

    names = {
        rule.name
        for module in (patterns, forms)
        for table in vars(module).values()
        if isinstance(table, patterns.Table)
        for rule in table.rules
    }
    source = "".join((Path(__file__).parents[2] / "dialogue/coding" / f).read_text() for f in ("units.py", "coder.py"))
    names |= set(re.findall(r'Code\.\w+, "(\w+)"', source)) | set(re.findall(r'\("(\w+)", P\.\w+\)', source))
    assert names <= set(texts().rules), sorted(names - set(texts().rules))
