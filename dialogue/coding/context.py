"""What the coder knows besides the reply: the conversation so far and, in a scenario, the line."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

from dialogue.coding.gate import Words
from dialogue.coding.tables import COLLABORATE, SAME_MEANING, STOPWORDS
from dialogue.coding.utterances import normalise as _normalise
from dialogue.coding.utterances import words
from dialogue.scenario import ClientLine, ModelReply

Speaker = Literal["client", "therapist"]
_T = TypeVar("_T")


class _lazy(Generic[_T]):
    """`functools.cached_property` without its lock (Python 3.11 takes one on every first read):
    computed once per context, then read from the instance like a plain attribute."""

    def __init__(self, compute: Callable[[Any], _T]) -> None:
        self.compute = compute
        self.name = compute.__name__

    def __get__(self, instance: Any, owner: type | None = None) -> _T:
        value = self.compute(instance)
        instance.__dict__[self.name] = value
        return value


if TYPE_CHECKING:
    from functools import cached_property as lazy
else:
    lazy = _lazy
_REFUSAL = re.compile(r"^(?:no|nope|nah|not really|i'd rather not|please don't|don't)\b")


@dataclass(frozen=True)
class Said:
    """One earlier utterance: `client` is the person, `therapist` the one practising."""

    speaker: Speaker
    text: str


# The person's lines come back as context for several replies in a row (a transcript's window
# slides one turn at a time), so each is normalised once.
normalise = lru_cache(maxsize=4096)(_normalise)


@dataclass(frozen=True)
class CodingContext:
    """The conversation before a reply, oldest first, and the authored line it answers if any."""

    history: tuple[Said, ...] = ()
    line: ClientLine | None = None
    model_replies: tuple[ModelReply, ...] = ()
    questions_in_a_row: int = 0
    turn: int = 0
    audience: str | None = None
    """Who is practising ("family", "trainee", ...): family members' calm "I" statements are credited (CRAFT)."""
    practice: bool = False
    """A reply typed in the practice room (the engine sets it): the learned layer, trained on such
    replies, reads it too. `rapport code`, for any counselling transcript, keeps to the rules."""

    @lazy
    def client_text(self) -> str:
        """What the person said since the learner last spoke (or their last line)."""
        said: list[str] = []
        for item in reversed(self.history):
            if item.speaker != "client":
                if said:
                    break
                continue
            said.append(item.text)
        return normalise(" ".join(reversed(said)))

    @lazy
    def _recent_client_words(self) -> list[str]:
        """The words of what the person said in the last few turns."""
        return [w for s in self.history[-4:] if s.speaker == "client" for w in words(normalise(s.text))]

    @lazy
    def client_words(self) -> frozenset[str]:
        """Every word the person used in the last few turns (what a simple reflection repeats)."""
        return frozenset(stem(w) for w in self._recent_client_words)

    @lazy
    def client_said_enough(self) -> bool:
        """Whether the person said enough lately ("mm", "yeah" is not) to tell what a reflection adds."""
        return len(self._recent_client_words) >= 4

    @lazy
    def meaning_words(self) -> frozenset[str]:
        """Content words of the authored feeling or meaning under the person's last line."""
        if self.line is None:
            return frozenset()
        text = normalise(" ".join([self.line.meaning, *self.line.feelings]))
        return frozenset(stem(w) for w in words(text) if w not in STOPWORDS)

    @lazy
    def heard_or_meant(self) -> frozenset[str]:
        """What the person said lately and the meaning under their line, together."""
        return self.client_words | self.meaning_words

    @lazy
    def permission_given(self) -> bool:
        """The learner asked permission just before and the person did not refuse (MITI PwP)."""
        last_learner = next((s for s in reversed(self.history) if s.speaker == "therapist"), None)
        if last_learner is None or COLLABORATE.match(Words.of(normalise(last_learner.text))) is None:
            return False
        return not _REFUSAL.search(self.client_text)


def _strip(word: str) -> str:
    for suffix in ("ing", "ied", "ies", "ed", "es", "s", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


_SAME = {form: _strip(group[0]) for group in SAME_MEANING for word in group for form in (word, _strip(word))}


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A crude stem so 'worried' meets 'worry', 'drinking' meets 'drink' and 'kids' meets 'children'."""
    same = _SAME.get(word)
    if same is not None:
        return same
    root = _strip(word)
    return _SAME.get(root, root)


def context_from(items: list[tuple[Speaker, str]], line: ClientLine | None = None) -> CodingContext:
    """A context from (speaker, text) pairs, oldest first."""
    return CodingContext(history=tuple(Said(s, t) for s, t in items), line=line)
