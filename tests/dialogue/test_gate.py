"""Word gates skip only what cannot match: gated searches equal one combined regex search."""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from dialogue.coding import coder
from dialogue.coding import tables as P
from dialogue.coding.gate import Alternatives, Gated, Words, split_alternatives, tokens
from dialogue.coding.utterances import normalise, split_utterances
from dialogue.library import Library
from scenarios import SCENARIO_DIR
from tools.gate_words import required_words  # the analyser that writes gates.json

CASES: dict[str, list[dict[str, Any]]] = yaml.safe_load((Path(__file__).parent / "coding_cases.yaml").read_text())
_EXTRA = [
    "you're such a fucking drunk",
    "if you don't stop i'm leaving and taking the kids",
    "so, on a scale of 1 to 10, how ready are you?",
    "mm-hmm. okay. you know what, just stop.",
    "it's your choice whether you go; i'm here if you need me.",
    "research has shown that most people cut back with help",
    "you're worried the pills could kill you, and that is dangerous",
    "what you do is your call, and when, and how",
    "here's the plan: pour it out, then call your sponsor",
    "i wonder if we could look at this together?",
    "oh sure 🙄 /s",
    "",
    "?",
    "you",
]


def _texts() -> list[str]:
    raw = [case["text"] for items in CASES.values() for case in items]
    raw += [case["client"] for items in CASES.values() for case in items if case.get("client")]
    library = Library.load(SCENARIO_DIR)
    for engine in library.engines.values():
        for state in engine.scenario.states.values():
            raw += [reply.text for reply in state.model_replies]
            raw += [variant for line in state.lines for variant in line.variants]
    raw += _EXTRA
    texts: list[str] = []
    for text in raw:
        whole = normalise(text)
        texts.append(whole)
        texts.extend(split_utterances(whole))
    return sorted(set(texts))


TEXTS = _texts()


def _gated_objects() -> list[tuple[str, Alternatives]]:
    found: list[tuple[str, Alternatives]] = []
    for module in (P, coder):
        for name, value in sorted(vars(module).items()):
            if isinstance(value, (Gated, P.Table)):
                found.append((f"{module.__name__}.{name}", value.alternatives))
    return found


GATED = _gated_objects()


def _reference(alts: Alternatives, text: str, anchored: bool) -> tuple[int, int, int] | None:
    """What one combined regex would find: the leftmost match, the earlier alternative on a tie."""
    best: tuple[int, int, int] | None = None
    for n, regex in enumerate(alts.regexes):
        found = regex.match(text) if anchored else regex.search(text)
        if found is not None and (best is None or found.start() < best[0]):
            best = (found.start(), found.end(), n)
    return None if best is None else (alts.tags[best[2]], best[0], best[1])


@pytest.mark.parametrize(("name", "alts"), GATED, ids=[name for name, _ in GATED])
def test_gated_search_equals_the_combined_search(name: str, alts: Alternatives) -> None:
    wrong = []
    for text, anchored in itertools.product(TEXTS, (False, True)):
        said = Words.of(text)
        found = alts.first(said, anchored)
        got = None if found is None else (found[0], found[1].start(), found[1].end())
        expected = _reference(alts, text, anchored)
        if got != expected:
            wrong.append((text, anchored, got, expected))
    assert not wrong, wrong[:5]


@pytest.mark.parametrize(("name", "alts"), GATED, ids=[name for name, _ in GATED])
def test_every_match_contains_a_required_word(name: str, alts: Alternatives) -> None:
    for regex in alts.regexes:
        needed = required_words(regex.pattern)
        if needed is None:
            continue
        for text in TEXTS:
            if regex.search(text):
                assert needed & tokens(text), (regex.pattern[:80], text)


def test_a_table_matches_like_its_rules_joined_into_one_expression() -> None:
    rules = "|".join(f"(?P<r{i}>{rule.pattern})" for i, rule in enumerate(P.CONFRONT.rules))
    joined = re.compile(rules)
    for text in TEXTS:
        found = P.CONFRONT.match(Words.of(text))
        combined = joined.search(text)
        assert (found is None) == (combined is None), text
        if found is not None and combined is not None:
            assert found[0] is P.CONFRONT.rules[int(str(combined.lastgroup)[1:])], text
            assert found[1] == combined.group(0), text


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"\byou(?:'re| are) an addict\b", {"you", "an", "addict"}),
        (r"\b(?:stop|quit) drinking\b", {"stop", "quit", "drinking"}),
        (r"^(?:so |well )*(?:try|start) (?:going|walking)\b", {"going", "walking", "try", "start"}),
        (r"\w+ly\b", None),
    ],
)
def test_required_words_are_derived_from_the_expression(pattern: str, words: set[str] | None) -> None:
    found = required_words(pattern)
    if words is None:
        assert found is None
    else:
        assert found is not None and found <= words and found


def test_split_alternatives_respects_groups_and_classes() -> None:
    assert split_alternatives(r"a|(b|c)|[|]d") == ["a", "(b|c)", "[|]d"]


@pytest.mark.parametrize(
    "text",
    [
        "don't stop",
        "Café au lait, NO",
        "naïve—über 3rd",
        "tab\tand\nline",
        "\ud800 lone",
        "emoji 🙄ok",
        "",
        "--",
        "a_b c-d",
    ],
)
def test_tokens_are_the_runs_of_letters_and_digits(text: str) -> None:
    assert tokens(text) == frozenset(re.findall(r"[a-z0-9]+", text))
