"""Word gates for the phrase tables: skip a regular expression that cannot match.

Python's `re` tries every alternative at every position, so a table of a hundred phrases costs
tens of microseconds per search. But almost every phrase starts with, or contains, a fixed word:
"you're an addict" cannot match a reply without the word "you". For each pattern this module
works out, from the parsed expression, a set of words at least one of which every match must
contain as a whole word; a search runs only when the reply has one of them. Patterns for which
no such set can be proved (say, one that starts with `\\w+`) are always searched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as sre  # type: ignore[attr-defined]
from typing import Any

WORD = re.compile(r"[a-z0-9]+")
_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_LIMIT = 50000  # most words a gate enumerates before giving up on a branch
Items = list[tuple[Any, Any]]


def tokens(text: str) -> frozenset[str]:
    """The words a gate compares against: runs of letters and digits ("don't" → don, t)."""
    return frozenset(WORD.findall(text))


class _Unbounded(Exception):
    """No finite word set can be proved for this part of the pattern."""


def required_words(pattern: str) -> frozenset[str] | None:
    """Words of which every match contains at least one as a whole word; None if unknown."""
    try:
        return frozenset(_alternatives(list(sre.parse(pattern))))
    except _Unbounded:
        return None


def _alternatives(items: Items) -> set[str]:
    """A sequence whose first real item is a branch is gated alternative by alternative."""
    lead = 0
    while lead < len(items) and (items[lead][0] is C.AT or items[lead][0] in (C.ASSERT, C.ASSERT_NOT)):
        lead += 1
    if lead < len(items):
        op, av = items[lead]
        head, rest = items[:lead], items[lead + 1 :]
        if op is C.BRANCH:
            found: set[str] = set()
            for alt in av[1]:
                found |= _alternatives(head + list(alt) + rest)
            return found
        if op is C.SUBPATTERN and len(av[3]) == 1 and av[3][0][0] is C.BRANCH:
            return _alternatives(head + list(av[3]) + rest)
    return _best_suffix(items)


def _best_suffix(items: Items) -> set[str]:
    """The smallest word set among the suffixes of a sequence that start on a word boundary."""
    best: set[str] | None = None
    for k in range(len(items)):
        if not _boundary_before(items, k):
            continue
        try:
            words = _first_words(items[k:])
        except _Unbounded:
            continue
        if words and (best is None or _cost(words) < _cost(best)):
            best = words
    if best is None:
        raise _Unbounded
    return best


def _boundary_before(items: Items, k: int) -> bool:
    """Whether a match of items[k:] always starts where a word starts."""
    if k < len(items) and items[k][0] is C.AT and items[k][1] in (C.AT_BOUNDARY, C.AT_BEGINNING):
        return True
    if k == 0:
        return False
    op, av = items[k - 1]
    if op is C.AT:
        return av in (C.AT_BOUNDARY, C.AT_BEGINNING)
    if op is C.LITERAL:
        return chr(av) not in _ALNUM
    if op is C.IN:
        return _class_chars(av) is not None and not (_class_chars(av) or set()) & _ALNUM
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        low, _, sub = av
        ends = _ends_with_delimiter(list(sub))
        return ends and (low > 0 or _boundary_before(items, k - 1))
    if op is C.SUBPATTERN:
        return _ends_with_delimiter(list(av[3]))
    return False


def _ends_with_delimiter(items: Items) -> bool:
    if not items:
        return False
    op, av = items[-1]
    if op is C.LITERAL:
        return chr(av) not in _ALNUM
    if op is C.AT:
        return av is C.AT_BOUNDARY
    if op is C.IN:
        chars = _class_chars(av)
        return chars is not None and not chars & _ALNUM
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        return av[0] > 0 and _ends_with_delimiter(list(av[2]))
    if op is C.SUBPATTERN:
        return _ends_with_delimiter(list(av[3]))
    if op is C.BRANCH:
        return all(_ends_with_delimiter(list(alt)) for alt in av[1])
    return False


def _class_chars(av: Any) -> set[str] | None:
    """The characters of a small character class; None for categories, negation or big ranges."""
    chars: set[str] = set()
    for op, value in av:
        if op is C.LITERAL:
            chars.add(chr(value))
        elif op is C.RANGE and value[1] - value[0] < 40:
            chars.update(chr(c) for c in range(value[0], value[1] + 1))
        elif op is C.CATEGORY and value is C.CATEGORY_SPACE:
            chars.update(" \t\n\r\f\v")
        else:
            return None
    return chars


# Words in nearly every reply make poor gates; prefer a suffix whose words are rarer.
_VERY_COMMON = frozenset("you i it the a an and to that so is".split())
_COMMON = frozenset(
    "do don t s re ve ll d m what how if or but of in on for with this we they me my your not no just can "
    "have like be are was".split()
)


def _cost(words: set[str]) -> int:
    return sum(50 if w in _VERY_COMMON else 10 if w in _COMMON else 1 for w in words)


@dataclass
class _State:
    items: Items
    word: str


def _first_words(items: Items) -> set[str]:
    """Every complete first word a match of this sequence can start with (it starts a word)."""
    words: set[str] = set()
    todo = [_State(items, "")]
    steps = 0
    while todo:
        steps += 1
        if steps > _LIMIT:
            raise _Unbounded
        state = todo.pop()
        done = _advance(state, todo)
        if done is not None:
            if not done:
                raise _Unbounded  # the sequence can match without any word
            words.add(done)
    return words


def _advance(state: _State, todo: list[_State]) -> str | None:
    """Step one item; return a finished word, or None after queueing the next states."""
    if not state.items:
        return state.word
    (op, av), rest = state.items[0], state.items[1:]
    if op is C.AT or op in (C.ASSERT, C.ASSERT_NOT):
        if state.word and op is C.AT:
            return state.word
        todo.append(_State(rest, state.word))
    elif op is C.LITERAL:
        ch = chr(av)
        if ch in _ALNUM:
            todo.append(_State(rest, state.word + ch))
        elif state.word:
            return state.word
        else:
            todo.append(_State(rest, ""))
    elif op is C.IN:
        return _advance_class(av, rest, state, todo)
    elif op is C.BRANCH:
        todo.extend(_State(list(alt) + rest, state.word) for alt in av[1])
    elif op is C.SUBPATTERN:
        todo.append(_State(list(av[3]) + rest, state.word))
    elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
        return _advance_repeat(av, rest, state, todo)
    else:
        raise _Unbounded  # ANY, group references and the like
    return None


def _advance_class(av: Any, rest: Items, state: _State, todo: list[_State]) -> str | None:
    chars = _class_chars(av)
    if chars is None:
        raise _Unbounded
    for ch in sorted(chars & _ALNUM):
        todo.append(_State(rest, state.word + ch))
    if chars - _ALNUM:
        if state.word:
            return state.word  # a delimiter here ends the word
        todo.append(_State(rest, ""))
    return None


def _advance_repeat(av: Any, rest: Items, state: _State, todo: list[_State]) -> str | None:
    low, high, sub = av[0], av[1], list(av[2])
    if _only_delimiters(sub):
        if state.word:
            if low == 0:
                todo.append(_State(rest, state.word))
            return state.word  # a pass ends the word
        todo.append(_State(rest, ""))
        return None
    if state.word and not _starts_with_delimiter(sub) and high > 3:
        raise _Unbounded  # "mm+" could run on inside one word
    if low == 0:
        todo.append(_State(rest, state.word))
    more: Items = [(C.MAX_REPEAT, (0, high - 1, sub))] if high > 1 else []
    todo.append(_State(sub * max(low, 1) + more + rest, state.word))
    return None


def _only_delimiters(items: Items) -> bool:
    for op, av in items:
        if op is C.LITERAL and chr(av) in _ALNUM:
            return False
        if op is C.IN and (_class_chars(av) is None or (_class_chars(av) or set()) & _ALNUM):
            return False
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and not _only_delimiters(list(av[2])):
            return False
        if op is C.SUBPATTERN and not _only_delimiters(list(av[3])):
            return False
        if op is C.BRANCH and not all(_only_delimiters(list(alt)) for alt in av[1]):
            return False
        if op not in (C.LITERAL, C.IN, C.AT, C.MAX_REPEAT, C.MIN_REPEAT, C.SUBPATTERN, C.BRANCH):
            return False
    return True


def _starts_with_delimiter(items: Items) -> bool:
    if not items:
        return False
    op, av = items[0]
    if op is C.LITERAL:
        return chr(av) not in _ALNUM
    if op is C.SUBPATTERN:
        return _starts_with_delimiter(list(av[3]))
    if op is C.BRANCH:
        return all(_starts_with_delimiter(list(alt)) for alt in av[1])
    return False


class _Registry:
    """Every gated alternative of every table, indexed by word, so an utterance is scanned once."""

    def __init__(self) -> None:
        self.index: dict[str, list[tuple[int, int]]] = {}
        self.keys: frozenset[str] = frozenset()
        self.count = 0

    def add(self, words: Iterable[str], table: int, alternative: int) -> None:
        for word in words:
            self.index.setdefault(word, []).append((table, alternative))
        self.keys = frozenset(self.index)

    def buckets(self, present: frozenset[str]) -> dict[int, list[int]]:
        found: dict[int, list[int]] = {}
        for word in present & self.keys:
            for table, alternative in self.index[word]:
                found.setdefault(table, []).append(alternative)
        return found


_REGISTRY = _Registry()


class Words:
    """A normalised utterance, the words in it, and which gated alternatives those words allow."""

    __slots__ = ("_buckets", "present", "text")

    def __init__(self, text: str, present: frozenset[str]) -> None:
        self.text = text
        self.present = present
        self._buckets: tuple[int, dict[int, list[int]]] | None = None

    @classmethod
    def of(cls, text: str) -> Words:
        return cls(text, tokens(text))

    def allowed(self, table: int) -> list[int] | None:
        """The alternatives of a table whose gate words occur here (computed once for all tables)."""
        if self._buckets is None or self._buckets[0] != _REGISTRY.count:
            self._buckets = (_REGISTRY.count, _REGISTRY.buckets(self.present))
        return self._buckets[1].get(table)


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern ("a|(b|c)|d" → a, (b|c), d)."""
    parts: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


class Alternatives:
    """Patterns split into their top-level alternatives, each behind its word gate.

    A search runs only the alternatives whose words occur in the utterance and returns what one
    combined expression would: the leftmost match, the earlier alternative on a tie.
    """

    def __init__(self, tagged: Iterable[tuple[int, str]]) -> None:
        _REGISTRY.count += 1
        self.id = _REGISTRY.count
        self.regexes: list[re.Pattern[str]] = []
        self.tags: list[int] = []
        always: list[int] = []
        for tag, pattern in tagged:
            for part in split_alternatives(pattern):
                n = len(self.regexes)
                self.regexes.append(re.compile(part))
                self.tags.append(tag)
                words = required_words(part)
                if words is None:
                    always.append(n)
                else:
                    _REGISTRY.add(words, self.id, n)
        self.always = tuple(always)

    def candidates(self, said: Words) -> list[int]:
        allowed = said.allowed(self.id)
        if not allowed:
            return list(self.always)
        if self.always:
            return sorted({*allowed, *self.always})
        return sorted(set(allowed)) if len(allowed) > 1 else allowed

    def first(self, said: Words, anchored: bool = False) -> tuple[int, re.Match[str]] | None:
        """The (tag, match) of the leftmost matching alternative, or None."""
        best: tuple[int, int, re.Match[str]] | None = None
        text = said.text
        for n in self.candidates(said):
            regex = self.regexes[n]
            found = regex.match(text) if anchored else regex.search(text)
            if found is not None and (best is None or found.start() < best[0]):
                best = (found.start(), n, found)
                if found.start() == 0:
                    break
        return None if best is None else (self.tags[best[1]], best[2])


class Gated:
    """One pattern with `search` and `match` that skip alternatives the words rule out."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.alternatives = Alternatives([(0, pattern)])

    def search(self, said: Words) -> re.Match[str] | None:
        found = self.alternatives.first(said)
        return None if found is None else found[1]

    def match(self, said: Words) -> re.Match[str] | None:
        found = self.alternatives.first(said, anchored=True)
        return None if found is None else found[1]


def gate(pattern: str) -> Gated:
    """Compile a pattern behind word gates."""
    return Gated(pattern)
