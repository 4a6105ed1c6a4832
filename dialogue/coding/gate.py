"""Word gates for the phrase tables: skip a regular expression that cannot match.

Python's `re` tries every alternative at every position, so a table of a hundred phrases costs
tens of microseconds per search. But almost every phrase starts with, or contains, a fixed word:
"you're an addict" cannot match a reply without the word "you". Each top-level alternative of a
gated pattern has a gate: one or two word sets that every match shares a word with ("you" and
one of "selfish", "lazy", ...), and, for one anchored at the start (^), the words its match can
begin with. A search runs the alternative only when the utterance has a word of each set (and
the right first word).

The gates are data: tools/gate_words.py works them out from the parsed expressions and writes
gates.json (`make gates`), keyed by each alternative's exact text. An alternative the file does
not know (a table edited since) is always searched: slower, never wrong, and
tests/dialogue/test_gate_data.py asks for `make gates`.

All alternatives of all tables share one bit space, so an utterance works out once which of
them its words allow; a table's search then takes its slice and runs those regexes in order,
returning exactly what one combined expression would (the leftmost match, the earlier
alternative on a tie). tests/dialogue/test_gate.py checks that. Each regex is compiled when it
first runs: most never do in a short process, and compiling them all costs more than the rest
of the import. (tools/gate_words.py has compiled every one in gates.json; one it has not seen is
compiled at import, so a broken pattern still fails there.)
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, overload

GATES_FILE = Path(__file__).resolve().with_name("gates.json")
GATES_VERSION = 1
WORD = re.compile(r"[a-z0-9]+")
# Every byte but a-z and 0-9 becomes a space (UTF-8 bytes of other characters are all >= 0x80).
DELIMIT = bytes(c if chr(c) in "abcdefghijklmnopqrstuvwxyz0123456789" else 32 for c in range(256))


def tokens(text: str) -> frozenset[str]:
    """The words a gate compares against: runs of letters and digits ("don't" → don, t).

    The same as the runs `WORD` finds, split on bytes because that is quicker.
    """
    return frozenset(text.encode("utf-8", "surrogatepass").translate(DELIMIT).decode("ascii").split())


@dataclass(frozen=True, slots=True)
class Gate:
    """What a match of one alternative needs: a word of each set in `needs` (no sets: it is
    always searched) and, when `starts` is given, a text whose first word is one of those."""

    needs: tuple[frozenset[str], ...] = ()
    starts: frozenset[str] | None = None


@cache
def _stored() -> dict[str, Any]:
    """gates.json's entries by alternative; none if the file is missing, unreadable (say, a merge
    conflict left in it) or of another version: every alternative is then searched."""
    try:
        data = json.loads(GATES_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data["gates"] if data.get("version") == GATES_VERSION else {}


def stored_gate(pattern: str) -> Gate | None:
    """The gate tools/gate_words.py worked out for this alternative; None if it has not seen it."""
    entry = _stored().get(pattern)
    if entry is None:
        return None
    starts = entry.get("starts")
    return Gate(tuple(frozenset(words) for words in entry["needs"]), None if starts is None else frozenset(starts))


class _Registry:
    """Every gated alternative of every table, numbered in one bit space.

    Each word maps to one integer whose bits are the alternatives it opens (across all tables),
    so an utterance works out which alternatives may match in one pass over its words, and each
    table then takes its own slice of bits.
    """

    def __init__(self) -> None:
        self.firsts: dict[str, int] = {}  # words of each alternative's first required set
        self.seconds: dict[str, int] = {}  # words of its second set (the first again if none)
        self.both: dict[str, tuple[int, int]] = {}  # word → (firsts, seconds) in one look-up
        self.keys: frozenset[str] = frozenset()
        self.always = 0  # alternatives with no known word: always searched
        self.anchored = 0  # alternatives anchored at the start whose first word is known
        self.starts: dict[str, int] = {}  # first word of the text → anchored alternatives it allows
        self.size = 0
        self.version = 0
        self._indexed = 0  # the version `both` and `keys` were built for
        self.patterns: list[str] = []  # every alternative, by its bit
        self.unknown: list[str] = []  # alternatives gates.json has no entry for

    def add(self, patterns: list[str]) -> int:
        """Number a table's alternatives, each behind its stored gate; return the first bit."""
        offset = self.size
        for n, pattern in enumerate(patterns):
            bit = 1 << (offset + n)
            found = stored_gate(pattern)
            if found is None:
                self.unknown.append(pattern)
                found = Gate()
            if found.starts is not None:
                self.anchored |= bit
                for word in found.starts:
                    self.starts[word] = self.starts.get(word, 0) | bit
            if not found.needs:
                self.always |= bit
                continue
            for word in found.needs[0]:
                self.firsts[word] = self.firsts.get(word, 0) | bit
            for word in found.needs[-1]:
                self.seconds[word] = self.seconds.get(word, 0) | bit
        self.size += len(patterns)
        self.patterns.extend(patterns)
        self.version += 1
        return offset

    def open(self, present: frozenset[str], text: str) -> int:
        """The alternatives, over all tables, that the words of a text allow."""
        if self._indexed != self.version:
            self._index()
        first = second = 0
        both = self.both
        for word in present & self.keys:
            masks = both[word]
            first |= masks[0]
            second |= masks[1]
        opened = (first & second) | self.always
        if opened & self.anchored:
            start = WORD.search(text)
            opened &= ~self.anchored | (self.starts.get(start.group(), 0) if start else 0)
        return opened

    def _index(self) -> None:
        """Join the two word maps into one, once all tables are numbered (not after each)."""
        self.keys = frozenset(self.firsts) | frozenset(self.seconds)
        self.both = {w: (self.firsts.get(w, 0), self.seconds.get(w, 0)) for w in self.keys}
        self._indexed = self.version


_REGISTRY = _Registry()


def gated_patterns() -> list[str]:
    """Every alternative put behind a gate so far, in the order they were numbered."""
    return list(_REGISTRY.patterns)


def ungated_patterns() -> list[str]:
    """Alternatives gates.json has no entry for (so always searched): `make gates` is due."""
    return list(_REGISTRY.unknown)


class Words:
    """A normalised utterance, the words in it, and which gated alternatives those words allow."""

    __slots__ = ("_open", "_version", "present", "text")

    def __init__(self, text: str, present: frozenset[str]) -> None:
        self.text = text
        self.present = present
        self._version = -1
        self._open = 0

    @classmethod
    def of(cls, text: str) -> Words:
        return cls(text, tokens(text))

    def open(self) -> int:
        """The alternatives of all tables that may match here (worked out once)."""
        if self._version != _REGISTRY.version:
            self._open = _REGISTRY.open(self.present, self.text)
            self._version = _REGISTRY.version
        return self._open


# An escape (skipped whole), or a character that opens, closes or splits.
_SYNTAX = re.compile(r"\\.|[\[\]()|]", re.DOTALL)


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern ("a|(b|c)|d" → a, (b|c), d)."""
    parts: list[str] = []
    depth, start, in_class, literal = 0, 0, False, -1
    for token in _SYNTAX.finditer(pattern):
        at = token.start()
        if token.end() - at > 1 or at == literal:
            continue  # an escape, or a "]" first in a class
        ch = pattern[at]
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class, literal = True, at + 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:at])
            start = at + 1
    parts.append(pattern[start:])
    return parts


_Find = Callable[[str], "re.Match[str] | None"]


class Alternatives:
    """Patterns split into their top-level alternatives, each behind its word gate.

    A search runs only the alternatives whose words occur in the utterance and returns what one
    combined expression would: the leftmost match, the earlier alternative on a tie. An
    alternative needs a word from each of its (one or two) required word sets.
    """

    def __init__(self, tagged: Iterable[tuple[int, str]]) -> None:
        self.patterns: list[str] = []
        self.tags: list[int] = []
        for tag, pattern in tagged:
            for part in split_alternatives(pattern):
                self.patterns.append(part)
                self.tags.append(tag)
        self._compiled: list[re.Pattern[str] | None] = [None] * len(self.patterns)
        # Each starts as a stand-in that compiles the regex and puts its own method in its place.
        self.searches: list[_Find] = [self._compile_then_search(n) for n in range(len(self.patterns))]
        self.matches: list[_Find] = [self._compile_then_match(n) for n in range(len(self.patterns))]
        self.regexes = _Regexes(self)
        for n, part in enumerate(self.patterns):
            if part not in _stored():
                self.regex(n)  # not compiled by tools/gate_words.py yet: a broken one fails here, at import
        self.offset = _REGISTRY.add(self.patterns)
        self.full = (1 << len(self.patterns)) - 1

    def regex(self, n: int) -> re.Pattern[str]:
        """Alternative n, compiled."""
        regex = self._compiled[n]
        if regex is None:
            regex = self._compiled[n] = re.compile(self.patterns[n])
            self.searches[n] = regex.search
            self.matches[n] = regex.match
        return regex

    def _compile_then_search(self, n: int) -> _Find:
        return lambda text: self.regex(n).search(text)

    def _compile_then_match(self, n: int) -> _Find:
        return lambda text: self.regex(n).match(text)

    def mask(self, said: Words) -> int:
        """The alternatives that can match here, as a bit mask."""
        return (said.open() >> self.offset) & self.full

    def candidates(self, said: Words) -> list[int]:
        """The indices of the alternatives that can match here, in order (set bits only, lowest first)."""
        mask = self.mask(said)
        found: list[int] = []
        while mask:
            low = mask & -mask
            found.append(low.bit_length() - 1)
            mask ^= low
        return found

    def first(self, said: Words, anchored: bool = False) -> tuple[int, re.Match[str]] | None:
        """The (tag, match) of the leftmost matching alternative, or None."""
        found = self.leftmost(said, self.matches if anchored else self.searches)
        return None if found is None else (self.tags[found[0]], found[1])

    def leftmost(self, said: Words, run: list[_Find]) -> tuple[int, re.Match[str]] | None:
        """The (index, match) of the leftmost alternative that `run` finds, the earlier on a tie."""
        gates = said._open if said._version == _REGISTRY.version else said.open()
        mask = (gates >> self.offset) & self.full
        if not mask:
            return None
        text = said.text
        best: re.Match[str] | None = None
        best_n = 0
        while mask:
            low = mask & -mask
            n = low.bit_length() - 1
            mask ^= low
            found = run[n](text)
            if found is not None:
                start = found.start()
                if start == 0:
                    return n, found
                if best is None or start < best.start():
                    best, best_n = found, n
        return None if best is None else (best_n, best)


class _Regexes(Sequence["re.Pattern[str]"]):
    """The compiled alternatives of an Alternatives, each compiled when first asked for."""

    def __init__(self, alternatives: Alternatives) -> None:
        self._alternatives = alternatives
        self._compiled = alternatives._compiled

    def __len__(self) -> int:
        return len(self._alternatives.patterns)

    @overload
    def __getitem__(self, index: int) -> re.Pattern[str]: ...

    @overload
    def __getitem__(self, index: slice) -> list[re.Pattern[str]]: ...

    def __getitem__(self, index: int | slice) -> re.Pattern[str] | list[re.Pattern[str]]:
        if isinstance(index, slice):
            return [self._alternatives.regex(n) for n in range(len(self))[index]]
        regex = self._compiled[index]  # IndexError past the end, as a list gives
        return self._alternatives.regex(index % len(self)) if regex is None else regex


class Gated(Alternatives):
    """One pattern with `search` and `match` that skip alternatives the words rule out."""

    def __init__(self, pattern: str) -> None:
        super().__init__([(0, pattern)])
        self.pattern = pattern

    @property
    def alternatives(self) -> Alternatives:
        return self

    def search(self, said: Words) -> re.Match[str] | None:
        found = self.leftmost(said, self.searches)
        return None if found is None else found[1]

    def match(self, said: Words) -> re.Match[str] | None:
        found = self.leftmost(said, self.matches)
        return None if found is None else found[1]


def gate(pattern: str) -> Gated:
    """Compile a pattern behind word gates."""
    return Gated(pattern)
