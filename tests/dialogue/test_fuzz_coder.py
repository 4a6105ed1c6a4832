"""Property-based fuzzing of the coder, the crisis and safety detectors and `rapport code`'s reader.

Whatever anyone types (any Unicode, control characters, combining marks, right-to-left text,
emoji, zero-width characters, thousands of characters, nothing at all) the coder gives a valid
coding or its own ReplyError, and `rapport code` gives one record per input line: a coding, or a
per-line error that says what is wrong, without losing the good lines around it.

The examples per test are kept small so the suite stays quick; set RAPPORT_FUZZ_EXAMPLES to
run more (say 5000) when changing the coder.
"""

from __future__ import annotations

import io
import json
import math
import os
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.cli.coding_io import SPEAKERS, code_lines, dumps
from dialogue.codes import ADHERENCE, LABELS, Adherence, Code, Roadblock, Verdict
from dialogue.coding import MAX_REPLY_CHARS, CodingContext, ReplyError, Said, code_reply
from dialogue.coding import coder as coder_module
from dialogue.coding import tables as P
from dialogue.coding.gate import Alternatives, Gated, Words, tokens
from dialogue.coding.safety import addresses_risk
from dialogue.coding.utterances import normalise, normalise_with_tokens, split_utterances
from dialogue.crisis import CrisisKind, detect_crisis
from dialogue.library import Library
from dialogue.scenario import ClientLine, ModelReply, Risk
from scenarios import SCENARIO_DIR

# A profile of our own, applied per test below: nothing global changes for other test modules.
settings.register_profile(
    "rapport-fuzz",
    max_examples=int(os.environ.get("RAPPORT_FUZZ_EXAMPLES", "150")),
    deadline=None,
    database=None,  # no .hypothesis folder in the working tree
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
FUZZ = settings.get_profile("rapport-fuzz")

# --- what people type ------------------------------------------------------------------------

_CASES: dict[str, list[dict[str, Any]]] = yaml.safe_load(
    (Path(__file__).parent / "coding_cases.yaml").read_text(encoding="utf-8")
)
_LIBRARY = Library.load(SCENARIO_DIR)
_STATES = [state for engine in _LIBRARY.engines.values() for state in engine.scenario.states.values()]
LINES: list[ClientLine] = [
    *(engine.scenario.opening for engine in _LIBRARY.engines.values()),
    *(line for state in _STATES for line in state.lines),
]
RISKY = [line for line in LINES if line.risk is not None]
MODEL_REPLIES: list[tuple[ModelReply, ...]] = [tuple(state.model_replies) for state in _STATES]
# Real replies, so that junk mixed into them reaches the phrase tables and not only the fallback.
PHRASES = sorted(
    {case["text"] for items in _CASES.values() for case in items}
    | {reply.text for replies in MODEL_REPLIES for reply in replies}
    | {
        "you're such a fucking drunk",
        "if you dont stop drinking im leaving and taking the kids",
        "so, on a scale of 1 to 10, how ready are you?",
        "mm-hmm. okay. you know what, just stop.",
        "wha-what do you mean -- i i dont get it; ok",
        "Are you thinking about killing yourself?",
        "I want to die.",
        "He hits me when he's drunk.",
        "He's not breathing, what do I do",
        "Dr. Patel said e.g. that... hmm?!",
    }
)
# Characters that break naive text handling.
TRICKY = (
    "\x00\x01\x07\x08\t\n\x0b\x0c\r\x1b\x1c\x1d\x1e\x1f\x7f\x85\xa0\xad"  # controls, NEL, NBSP, soft hyphen
    "\u0301\u0327\u20dd\u0e31"  # combining marks
    "\u05d0\u05e9\u0627\u0644\u0661\u0663"  # Hebrew, Arabic letters, Arabic-Indic digits
    "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"  # zero-width
    "\u202a\u202b\u202c\u202e\u2066\u2069\u2028\u2029\u3000"  # bidi controls, separators
    "\u0130\u0131\u017f\u1e9e\u212a\u00df\ufb01\u2163\u00bd"  # case mapping surprises: İ ı ſ ẞ K ß ﬁ Ⅳ ½
    "\ufffd\uffff\U0010ffff"  # replacement, non-characters
    "'’‘“”…–—?!.;:,-\"()[]{}/\\_*#@&%$"  # punctuation the parser treats specially
    "😀🙄👍🏽👩‍👩‍👧🇺🇸❤️"  # emoji, skin tones, joiners, flags, variation selectors
)
tricky_text = st.text(alphabet=st.sampled_from(TRICKY), max_size=40)
any_text = st.text(max_size=300)  # the whole of Unicode but surrogates
surrogate_text = st.text(alphabet=st.characters(categories=["Cs"]), min_size=1, max_size=3)
piece = st.one_of(st.sampled_from(PHRASES), any_text, tricky_text, st.sampled_from(TRICKY))
mixed = st.lists(piece, min_size=1, max_size=8).flatmap(
    lambda parts: st.sampled_from([" ", "", "\n", ". ", "? ", "; ", " -- ", "\u200b"]).map(lambda sep: sep.join(parts))
)
# Long replies near the limit, built from phrases (hypothesis draws long random text slowly).
long_text = st.builds(
    lambda phrase, junk, times, pad: pad + (phrase + junk) * times + pad,
    st.sampled_from(PHRASES),
    tricky_text,
    st.integers(min_value=1, max_value=MAX_REPLY_CHARS // 8),
    st.sampled_from(["", " ", "\n\t ", " " * 50]),
).map(lambda text: text[: MAX_REPLY_CHARS + 200])
whitespace = st.text(
    alphabet=st.sampled_from(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u2000\u2028\u2029\u3000"), max_size=20
)
replies = st.one_of(any_text, tricky_text, mixed, long_text, whitespace, st.just(""))
replies_with_surrogates = st.builds(lambda a, s, b: a + s + b, mixed, surrogate_text, st.one_of(mixed, st.just("")))

said = st.builds(Said, st.sampled_from(SPEAKERS), st.one_of(mixed, any_text, st.sampled_from(PHRASES)))
contexts = st.builds(
    CodingContext,
    history=st.lists(said, max_size=8).map(tuple),
    line=st.none() | st.sampled_from(LINES) | st.sampled_from(RISKY),
    model_replies=st.just(()) | st.sampled_from(MODEL_REPLIES),
    questions_in_a_row=st.integers(min_value=0, max_value=50),
    turn=st.integers(min_value=0, max_value=10**6),
)


def _usable(text: str) -> bool:
    stripped = text.strip()
    return bool(stripped) and len(stripped) <= MAX_REPLY_CHARS


def _check_coding(text: str, ctx: CodingContext) -> None:
    """The property: a valid coding for a usable reply, ReplyError (with what to do) otherwise."""
    if not _usable(text):
        with pytest.raises(ReplyError) as caught:
            code_reply(text, ctx)
        assert "empty" in str(caught.value) or "Split it" in str(caught.value)
        return
    coding = code_reply(text, ctx)
    assert isinstance(coding.code, Code)
    assert coding.adherence is ADHERENCE.get(coding.code, Adherence.NEUTRAL)
    assert coding.label == LABELS[coding.code]
    assert isinstance(coding.confidence, float) and 0.0 <= coding.confidence <= 1.0
    assert isinstance(coding.evidence, str) and coding.evidence
    assert coding.roadblock is None or isinstance(coding.roadblock, Roadblock)
    assert coding.units and all(isinstance(u.code, Code) and 0.0 <= u.strength <= 1.0 for u in coding.units)
    assert isinstance(coding.verdict, Verdict)
    # The --explain fields: a sentence or two, and a better reply or none.
    assert isinstance(coding.feedback, str) and coding.feedback.strip()
    assert coding.suggestion is None or (isinstance(coding.suggestion, str) and coding.suggestion.strip())
    if ctx.line is not None and ctx.line.risk is not None:
        assert coding.risk is ctx.line.risk and isinstance(coding.risk_addressed, bool)
    else:
        assert coding.risk is None and coding.risk_addressed is None
    assert code_reply(text, ctx) == coding  # a pure function: the same reply codes the same


# --- the coder --------------------------------------------------------------------------------


@FUZZ
@given(text=replies, ctx=contexts)
def test_the_coder_codes_any_text_or_says_why_not(text: str, ctx: CodingContext) -> None:
    _check_coding(text, ctx)


@FUZZ
@given(text=replies)
def test_the_coder_codes_any_text_without_context(text: str) -> None:
    if _usable(text):
        assert code_reply(text) == code_reply(text, CodingContext())
    _check_coding(text, CodingContext())


@FUZZ
@given(text=replies_with_surrogates, ctx=contexts)
def test_lone_surrogates_do_not_break_the_coder(text: str, ctx: CodingContext) -> None:
    """JSON can carry half a character ("\\ud800"); `rapport code` hands that to the coder."""
    _check_coding(text, ctx)


@FUZZ
@given(text=st.one_of(replies, replies_with_surrogates))
@example(text="\n0\x1f0")  # found by this test: other spaces than tabs survived when a reply had a line break
def test_normalising_and_splitting_any_text(text: str) -> None:
    normalised, found = normalise_with_tokens(text)
    assert (normalised, found) == (normalise(text), tokens(normalise(text)))
    # One kind of space, single, and line breaks only where the reply had one: a no-break space
    # or a tab must not hide "you're an addict" from the phrase tables.
    assert "  " not in normalised and normalised == normalised.strip()
    assert all(c in " \n" for c in normalised if c.isspace())
    assert "\n" not in normalised or "\n" in text
    parts = split_utterances(normalised)
    assert all(part and part == part.strip() for part in parts)


@pytest.mark.parametrize("space", ["\xa0", "\u2003", "\u3000", "\x1f", "\u2028"])
def test_a_line_break_does_not_hide_a_label_behind_an_unusual_space(space: str) -> None:
    assert code_reply(f"You're{space}an addict.\nOk then").code is Code.CO


def _gated() -> list[tuple[str, Alternatives]]:
    found: list[tuple[str, Alternatives]] = []
    for module in (P, coder_module):
        for name, value in sorted(vars(module).items()):
            if isinstance(value, (Gated, P.Table)):
                found.append((f"{module.__name__}.{name}", value.alternatives))
    return found


GATED = _gated()


@FUZZ
@given(text=st.one_of(mixed, replies_with_surrogates), anchored=st.booleans())
def test_word_gates_skip_only_what_cannot_match_in_any_text(text: str, anchored: bool) -> None:
    """On any Unicode, a gated search finds what the plain regexes find (test_gate.py checks
    the same on written replies)."""
    for utterance in [normalise(text), *split_utterances(normalise(text))]:
        said_words = Words.of(utterance)
        for name, alts in GATED:
            best: tuple[int, int, int] | None = None
            for n, regex in enumerate(alts.regexes):
                hit = regex.match(utterance) if anchored else regex.search(utterance)
                if hit is not None and (best is None or hit.start() < best[0]):
                    best = (hit.start(), hit.end(), n)
            expected = None if best is None else (alts.tags[best[2]], best[0], best[1])
            got = alts.first(said_words, anchored)
            assert (None if got is None else (got[0], got[1].start(), got[1].end())) == expected, (name, utterance)


# --- danger signals ---------------------------------------------------------------------------


@FUZZ
@given(text=st.one_of(replies, replies_with_surrogates))
def test_the_crisis_detector_reads_any_text(text: str) -> None:
    signal = detect_crisis(text)
    if signal is not None:
        assert isinstance(signal.kind, CrisisKind)
        assert signal.evidence and signal.evidence in normalise(text)


@FUZZ
@given(text=st.one_of(replies, replies_with_surrogates))
def test_the_safety_check_reads_any_text(text: str) -> None:
    normalised = normalise(text)
    for risk in Risk:
        assert isinstance(addresses_risk(risk, normalised), bool)


# --- `rapport code`: JSON Lines in, one record per line out -----------------------------------

json_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=20), surrogate_text)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=12,
)
good_context = st.lists(
    st.fixed_dictionaries({"speaker": st.sampled_from(SPEAKERS), "text": st.sampled_from(PHRASES) | mixed}),
    max_size=4,
)
good_items = st.fixed_dictionaries(
    {"id": st.integers(-(10**30), 10**30) | st.text(max_size=12), "text": st.sampled_from(PHRASES) | mixed},
    optional={"context": good_context | st.none(), "note": json_values},
)
# Objects with the right keys holding anything, and with keys missing or misspelt.
hostile_context = st.one_of(
    json_values,
    st.lists(
        st.one_of(
            json_values,
            st.fixed_dictionaries(
                {"speaker": json_values | st.sampled_from(SPEAKERS), "text": json_values | mixed},
                optional={"extra": json_values},
            ),
            st.fixed_dictionaries({"speaker": st.text(max_size=5000)}),
        ),
        max_size=4,
    ),
)
hostile_items = st.fixed_dictionaries(
    {},
    optional={
        "id": json_values | st.integers(min_value=10**100) | st.just(math.inf) | st.just(math.nan),
        "text": json_values | replies | replies_with_surrogates,
        "context": hostile_context,
        "Text": st.text(max_size=10),
    },
)
SPECIAL_LINES = [
    b"",
    b"   \t ",
    b"not json",
    b"{",
    b"[]",
    b"null",
    b'"text"',
    b"1e999",
    b'{"id": 1, "text": "hi",}',
    b'{"id": 1 "text": "hi"}',
    b"\xef\xbb\xbf" + b'{"id": "bom", "text": "So you feel stuck."}',
    b'{"id": NaN, "text": "hi"}',
    b'{"id": -Infinity, "text": "hi"}',
    b'{"id": 1e999, "text": "hi"}',
    b'{"id": ' + b"9" * 5000 + b', "text": "hi"}',
    b'{"id": 1, "text": "hi", "n": ' + b"1" * 6000 + b"}",
    b'{"id": ' + b"[" * 100000 + b"]" * 100000 + b', "text": "hi"}',
    b"[" * 100000,
    b'{"id": ' + b"[" * 400 + b"]" * 400 + b', "text": "You feel stuck."}',
    b'{"id": "\\ud800", "text": "hi \\udc00 there"}',
    b'{"id": 1, "text": "ok", "context": [{"speaker": "\\ud800", "text": "x"}]}',
    b'{"id": 1, "text": "caf\xe9"}',
    b"\xff\xfe{\x00",
    b'{"id": 1, "text": "' + b"x " * 2500 + b'"}',
    b'{"id": 1, "text": "ok", "context": "I am the client"}',
    b'{"id": 1, "text": "ok", "context": [{"speaker": "' + b"a" * 10000 + b'", "text": "x"}]}',
    b'{"id": 1, "text": "ok"}\r',
    b'\x00{"id": 1, "text": "ok"}',
]


def _encode(item: Any, ascii_only: bool) -> bytes:
    return json.dumps(item, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")


def _strict_loads(text: str) -> Any:
    def refuse(name: str) -> Any:
        raise AssertionError(f"{name} is not JSON")

    return json.loads(text, parse_constant=refuse)


_TOO_LONG: int = 10 ** sys.get_int_max_str_digits()  # an integer Python will not read from text


def _readable(value: Any) -> bool:
    """No NaN or infinity (json.dumps writes them as tokens JSON does not have) and no integer
    longer than Python reads from text."""
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, int):
        return abs(value) < _TOO_LONG
    if isinstance(value, list):
        return all(_readable(v) for v in value)
    if isinstance(value, dict):
        return all(_readable(v) for v in value.values())
    return True


def _utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _usable_item(item: Any) -> bool:
    """Whether a decoded line should be coded: what DESIGN.md's contract asks of a line."""
    if not _readable(item):
        return False
    if not isinstance(item, dict) or not isinstance(item.get("text"), str) or not _usable(item["text"]):
        return False
    context = item.get("context")
    if context is None:
        return True
    return isinstance(context, list) and all(
        isinstance(s, dict) and isinstance(s.get("text"), str) and s.get("speaker") in SPEAKERS for s in context
    )


# One input line: its bytes, and what decoding it gives (None when it is not a JSON object we made).
lines = st.one_of(
    st.tuples(good_items, st.booleans()).map(lambda t: (_encode(t[0], t[1]), t[0])),
    st.tuples(hostile_items, st.booleans()).map(lambda t: (_encode(t[0], t[1]), t[0])),
    st.binary(max_size=60).map(lambda b: (b, None)),
    st.sampled_from(SPECIAL_LINES).map(lambda b: (b, None)),
)


def _expected_code(item: dict[str, Any]) -> str:
    history = tuple(Said(s["speaker"], s["text"]) for s in item.get("context") or [])
    return code_reply(item["text"], CodingContext(history=history)).code.value


@FUZZ
@given(batch=st.lists(lines, min_size=1, max_size=8), explain=st.booleans())
def test_rapport_code_gives_one_record_per_line_and_loses_no_good_line(
    batch: list[tuple[bytes, dict[str, Any] | None]], explain: bool
) -> None:
    # As `rapport code` reads a file: split at line breaks.
    raw = [line.replace(b"\n", b" ") for line, _ in batch]
    results = list(code_lines(io.BytesIO(b"\n".join(raw)), explain=explain))
    kept = [(n, line, item) for n, (line, (_, item)) in enumerate(zip(raw, batch, strict=True), 1) if line.strip()]
    assert len(results) == len(kept)
    for (number, line, item), result in zip(kept, results, strict=True):
        record = result.record
        written = dumps(record)
        assert "\n" not in written
        assert _strict_loads(written.encode("utf-8").decode("utf-8")) == record  # valid JSON, as UTF-8
        if result.error is None:
            assert record["code"] in {c.value for c in Code}
            assert record["mi_adherence"] in {a.value for a in Adherence}
            assert 0.0 <= record["confidence"] <= 1.0 and isinstance(record["evidence"], str)
            if explain:
                assert isinstance(record["feedback"], str) and record["utterances"]
        else:
            assert set(record) == {"id", "line", "error"} and record["line"] == number
            assert record["error"] == result.error and result.error.startswith(f"line {number}: ")
            assert len(result.error) < 400, "an error message quotes at most a little of the line"
            assert "bug" not in result.error, result.error
        if item is not None:
            # What the line says, as JSON reads it: an escaped surrogate pair is one character.
            said = json.loads(json.dumps(item))
            expected = _utf8(line) and _usable_item(said)  # unescaped surrogates are not UTF-8
            assert (result.error is None) == expected, (item, result.error)
            if result.error is None:
                assert record["id"] == said.get("id")
                assert record["code"] == _expected_code(said)


@pytest.mark.parametrize("line", SPECIAL_LINES, ids=range(len(SPECIAL_LINES)))
def test_rapport_code_on_hostile_lines_between_good_ones(line: bytes) -> None:
    good = b'{"id": "g", "text": "So you feel stuck."}'
    results = list(code_lines(io.BytesIO(b"\n".join([good, line, good]))))
    assert results[0].record["code"] == results[-1].record["code"] == "CR"
    assert len(results) == (3 if line.strip() else 2)
    for result in results:
        _strict_loads(dumps(result.record).encode("utf-8").decode("utf-8"))


def test_rapport_code_messages_say_what_is_wrong() -> None:
    def error(line: bytes) -> str:
        (result,) = code_lines([line])
        assert result.error is not None
        return result.error

    assert "too deeply" in error(b"[" * 100000)
    assert "digits" in error(b'{"id": ' + b"9" * 5000 + b', "text": "hi"}')
    assert "NaN" in error(b'{"id": NaN, "text": "hi"}')
    assert '"id"' in error(b'{"id": 1e999, "text": "hi"}')
    assert "..." in error(b'{"id": 1, "text": "ok", "context": [{"speaker": "' + b"a" * 10000 + b'", "text": "x"}]}')
    (bom,) = code_lines([b"\xef\xbb\xbf" + b'{"id": "bom", "text": "So you feel stuck."}'])
    assert bom.error is None and bom.record["id"] == "bom"
    (half,) = code_lines([b'{"id": "\\ud800", "text": "So you feel stuck."}'])
    assert half.error is None and json.loads(dumps(half.record))["id"] == "\ud800"
