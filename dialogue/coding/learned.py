"""A small learned layer over the rules: word and word-pair weights that flag confronting and
persuading replies the rules' forms miss, trained only on replies this project wrote.

The rules decide first. When they find no confrontation or persuasion, this layer scores the
reply (a logistic regression over its words and word pairs, its first words, its question
marks, and which minimising words the person used just before). Above the threshold it codes
the reply CO or PE and names the words that weighed most as its evidence, so a learner and a
supervisor can see why. The weights live in `learned.json` beside this file (a few hundred KB,
no download at run time); `make train-coder` (tools/train_coder.py) rebuilds them
deterministically from tests/corpus/replies/tune and tests/corpus/generated.py, and chooses the
threshold on authors held out from training.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path

MODEL_FILE = Path(__file__).resolve().parent / "learned.json"
_WORD = re.compile(r"[a-z0-9']+")
_WORDS_ONLY = re.compile(r"^\^?[a-z0-9' ]+$")
# Words the person uses to make it small, which the reply may then argue with.
MINIMISERS = frozenset(
    "only just few couple bit once fine ok okay clean sober control never not nothing everyone everybody most "
    "prescribed barely".split()
)


def features(reply: str, client: str) -> list[str]:
    """The features of a normalised reply after the person's normalised words."""
    words = _WORD.findall(reply)
    found = set(words)
    found.update(f"{a} {b}" for a, b in pairwise(words))
    if words:
        found.add(f"^{words[0]}")
        if len(words) > 1:
            found.add(f"^{words[0]} {words[1]}")
    if reply.endswith("?"):
        found.add("Q?")
    if "??" in reply:
        found.add("Q??")
    heard = set(_WORD.findall(client))
    found.add(f"ov={min(3, len(heard & set(words)))}")
    found.update(f"c:{w}" for w in heard & MINIMISERS)
    return list(found)


@dataclass(frozen=True)
class Reading:
    """The layer's reading of one reply: its score, whether it is flagged, as which code, and why."""

    score: float
    flagged: bool
    confronting: bool
    evidence: str


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    bias: float
    threshold: float
    co_weights: dict[str, float]
    co_bias: float

    def read(self, reply: str, client: str) -> Reading:
        found = features(reply, client)
        weights = self.weights
        score = self.bias + sum(weights.get(f, 0.0) for f in found)
        own = score - self.bias - sum(weights.get(f, 0.0) for f in found if f[:2] == "c:" or f[:3] == "ov=")
        # What the person said can tip a reading, never make one: the reply's own words must weigh
        # for it ("knock knock" after "I'm fine, just tired" is not confronting).
        if score <= self.threshold or own <= self.threshold / 2:
            return Reading(score, False, False, "")
        co = self.co_bias + sum(self.co_weights.get(f, 0.0) for f in found)
        words = [f for f in found if _WORDS_ONLY.match(f) and weights.get(f, 0.0) > 0]
        telling = sorted(words, key=lambda f: (-weights[f], f))  # ties by name: the same evidence every run
        evidence = ", ".join(f.lstrip("^") for f in telling[:2])  # the words that weighed most
        return Reading(score, True, co > 0, evidence)


@cache
def model() -> Model:
    """The shipped weights, read once."""
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    return Model(
        weights=data["weights"],
        bias=data["bias"],
        threshold=data["threshold"],
        co_weights=data["co_weights"],
        co_bias=data["co_bias"],
    )
