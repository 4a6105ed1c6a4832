"""The safety net's learned layer: word weights that catch danger said in ways the forms miss.

The forms in `dialogue/crisis.py` decide first. When they find nothing, this layer scores the
message (a logistic regression over its words, word pairs, the first five letters of longer words
for typos, and each word tagged with who is speaking about it: "I … pills" is not "you … pills").
Above the threshold it pauses the practice, with the kind of danger its three smaller models
agree on and the words that weighed most as its evidence.

It only ever adds pauses: it never undoes one the forms found (a layer that vetoes would also veto
real danger, and a false pause costs one click). The weights live in `crisis_learned.json` beside
this file (no download at run time); `make train-safety` (tools/train_safety.py) rebuilds them
deterministically from the danger lines in tests/corpus/danger/tune and the coded replies in
tests/corpus/replies/tune, and chooses the threshold on authors held out from training.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path

MODEL_FILE = Path(__file__).resolve().parent / "crisis_learned.json"
KINDS = ("self_harm", "violence", "overdose")
_WORD = re.compile(r"[a-z0-9']+")
_PLAIN = re.compile(r"^[a-z0-9' ]+$")
# Words too common to name as evidence on their own.
_COMMON = frozenset(
    "a an the to of in on at for with and or but so it is was be been am are just really that this then "
    "not no do did have has had get got if when as".split()
)
# Who the words that follow are about, until the next of these.
_SPEAKERS = {
    **dict.fromkeys("i i'm im i've ive i'd id i'll ill me my myself mine".split(), "I"),
    **dict.fromkeys("you u you're youre ur your you've youve you'll youll yourself ya".split(), "U"),
    **dict.fromkeys("he she they he's she's hes shes they're him her them his their".split(), "T"),
    **dict.fromkeys("we us our we're".split(), "W"),
}


def features(said: str) -> list[str]:
    """The features of a message already normalised as the safety net reads it."""
    words = _WORD.findall(said)
    found = set(words)
    found.update(f"{a} {b}" for a, b in pairwise(words))
    found.update(f"p:{w[:5]}" for w in words if len(w) > 5)
    speaker = "-"
    for word in words:
        who = _SPEAKERS.get(word)
        if who is not None:
            speaker = who
        else:
            found.add(f"{speaker}>{word}")
    if "?" in said:
        found.add("Q?")
    return list(found)


@dataclass(frozen=True)
class Reading:
    """The layer's reading of one message: its score, and if it pauses, the kind and the words why."""

    score: float
    kind: str | None
    evidence: str


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    bias: float
    threshold: float
    kinds: dict[str, tuple[dict[str, float], float]]

    def read(self, said: str) -> Reading:
        found = features(said)
        weights = self.weights
        score = self.bias + sum(weights.get(f, 0.0) for f in found)
        if score <= self.threshold:
            return Reading(score, None, "")
        kind = max(KINDS, key=lambda k: self.kinds[k][1] + sum(self.kinds[k][0].get(f, 0.0) for f in found))
        return Reading(score, kind, self.evidence(found))

    def evidence(self, found: list[str]) -> str:
        """The two plain words or word pairs that weighed most, ties by name (the same every run)."""
        weights = self.weights
        plain = [f for f in found if _PLAIN.match(f) and weights.get(f, 0.0) > 0 and _telling(f)]
        ranked = plain or [f for f in found if ">" in f and weights.get(f, 0.0) > 0]  # else the tagged words
        ranked.sort(key=lambda f: (-weights[f], f))
        return ", ".join(list(dict.fromkeys(f.split(">", 1)[-1] for f in ranked))[:2])


def _telling(feature: str) -> bool:
    """Whether a word or word pair says something by itself: not only pronouns and small words."""
    return any(word not in _SPEAKERS and word not in _COMMON for word in feature.split())


@cache
def model() -> Model:
    """The shipped weights, read once."""
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    kinds = {k: (data["kinds"][k]["weights"], data["kinds"][k]["bias"]) for k in KINDS}
    return Model(weights=data["weights"], bias=data["bias"], threshold=data["threshold"], kinds=kinds)
