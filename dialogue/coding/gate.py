"""Word gates for the phrase tables: skip a regular expression that cannot match.

Python's `re` tries every alternative at every position, so a table of a hundred phrases costs
tens of microseconds per search. But almost every phrase starts with, or contains, a fixed word:
"you're an addict" cannot match a reply without the word "you". For each top-level alternative
of a pattern this module works out, from the parsed expression, word sets that every match must
share a word with (whole words): the words a suffix can start with, or the union over a
branch's alternatives of a word each one needs. It keeps the two least likely sets ("you" and
one of "selfish", "lazy", ...), and a search runs only when the utterance has a word of each.
For an alternative anchored at the start (^) it also keeps the words the match can begin with:
the utterance's first word must be one of them. Alternatives for which nothing can be proved
(say, one that starts with `\\w+`) are always searched.

All alternatives of all tables share one bit space, so an utterance works out once which of
them its words allow; a table's search then takes its slice and runs those regexes in order,
returning exactly what one combined expression would (the leftmost match, the earlier
alternative on a tie). tests/dialogue/test_gate.py checks that.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as sre  # type: ignore[attr-defined]
from typing import Any

WORD = re.compile(r"[a-z0-9]+")
# Every byte but a-z and 0-9 becomes a space (UTF-8 bytes of other characters are all >= 0x80).
DELIMIT = bytes(c if chr(c) in "abcdefghijklmnopqrstuvwxyz0123456789" else 32 for c in range(256))
_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_LIMIT = 50000  # most words a gate enumerates before giving up on a branch
Items = list[tuple[Any, Any]]


def tokens(text: str) -> frozenset[str]:
    """The words a gate compares against: runs of letters and digits ("don't" → don, t).

    The same as the runs `WORD` finds, split on bytes because that is quicker.
    """
    return frozenset(text.encode("utf-8", "surrogatepass").translate(DELIMIT).decode("ascii").split())


class _Unbounded(Exception):
    """No finite word set can be proved for this part of the pattern."""


def required_words(pattern: str) -> frozenset[str] | None:
    """Words of which every match contains at least one as a whole word; None if unknown."""
    sets = required_sets(pattern)
    return sets[0] if sets else None


def required_sets(pattern: str | Items) -> tuple[frozenset[str], ...]:
    """The one or two most telling word sets that every match shares a word with; () if none.

    Two sets are both required ("you" and one of "selfish", "lazy", ...), so a gate that asks
    for a word of each skips more utterances than either set alone. `pattern` may come parsed.
    """
    items = _flat(list(sre.parse(pattern) if isinstance(pattern, str) else pattern))
    options = {frozenset(o) for o in _options(items)}
    ranked = sorted(options, key=lambda o: (_odds(o), sorted(o)))
    return tuple(ranked[:2])


def start_words(pattern: str | Items) -> frozenset[str] | None:
    """For a pattern anchored at the start (^), the words its match can begin with; else None.

    Such a match begins at the start of the text, so the text's first word must be one of these.
    """
    items = _flat(list(sre.parse(pattern) if isinstance(pattern, str) else pattern))
    if not items or items[0] != (C.AT, C.AT_BEGINNING):
        return None
    try:
        return frozenset(_first_words(items))
    except _Unbounded:
        return None


def _flat(items: Items) -> Items:
    """A sequence with its plain groups opened up, so words inside them can be chosen."""
    out: Items = []
    for op, av in items:
        if op is C.SUBPATTERN and not av[1] and not av[2]:
            out.extend(_flat(list(av[3])))
        else:
            out.append((op, av))
    return out


def _options(items: Items) -> list[set[str]]:
    """Word sets each of which every match of the sequence must share a word with.

    One comes from each suffix that starts a word (the words it can start with). And since every
    match goes through exactly one alternative of a branch, the union over a branch's
    alternatives of a set each one requires is another: for each alternative, the best of the
    sets above and of those from the suffixes that start inside it.
    """
    found = _suffix_options(items, 0, len(items))
    base = min(found, key=_odds) if found else None
    for k, (op, av) in enumerate(items):
        if op is not C.BRANCH:
            continue
        head, rest = items[:k], items[k + 1 :]
        union: set[str] = set()
        for alt in av[1]:
            inner = _flat(list(alt))
            choices = _suffix_options(head + inner + rest, k, k + len(inner))
            if base is not None:
                choices.append(base)
            if not choices:
                break
            union |= min(choices, key=_odds)
            if base is not None and _odds(union) >= _odds(base):
                break  # already no better than a suffix
        else:
            found.append(union)
    return found


def _suffix_options(items: Items, low: int, high: int) -> list[set[str]]:
    """For each suffix items[k:] (low <= k < high) that starts on a word boundary, the words it
    can start with."""
    found: list[set[str]] = []
    for k in range(low, high):
        if not _boundary_before(items, k):
            continue
        try:
            words = _first_words(items[k:])
        except _Unbounded:
            continue
        if words:
            found.append(words)
    return found


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


# Words in nearly every reply make poor gates; prefer sets whose words are rarer. The odds are
# rough chances that an utterance holds the word.
_VERY_COMMON = frozenset("you i it the a an and to that so is s t re".split())
_COMMON = frozenset(
    """
    do don ve ll d m what how if or but of in on for with this we they me my your not no just can
    have like be are was at as all about there out up get know think want really would could will
    when one them he she his her him their our us been has had were because from by then now well
    yeah okay ok right go going some more feel say said much time people things thing see way
    """.split()
)


def _odds(words: AbstractSet[str]) -> float:
    """Rough odds that an utterance holds one of the words."""
    missing = 1.0
    for w in words:
        missing *= 0.5 if w in _VERY_COMMON else 0.85 if w in _COMMON else 0.99
    return 1.0 - missing


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
        if state.word:
            raise _Unbounded  # the match may stop inside a longer word: "decid" in "deciding"
        return state.word
    (op, av), rest = state.items[0], state.items[1:]
    if op is C.AT or op in (C.ASSERT, C.ASSERT_NOT):
        if state.word and op is C.AT:
            if av is C.AT_NON_BOUNDARY:
                raise _Unbounded  # \B: the word goes on
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
        self.always = 0  # alternatives with no provable word: always searched
        self.anchored = 0  # alternatives anchored at the start whose first word is known
        self.starts: dict[str, int] = {}  # first word of the text → anchored alternatives it allows
        self.size = 0
        self.version = 0

    def add(self, gates: list[tuple[frozenset[str], ...]], starts: list[frozenset[str] | None]) -> int:
        """Number a table's alternatives (their required word sets, () for none, and the words an
        anchored one starts with); return the first bit."""
        offset = self.size
        for n, (sets, first) in enumerate(zip(gates, starts, strict=True)):
            bit = 1 << (offset + n)
            if first is not None:
                self.anchored |= bit
                for word in first:
                    self.starts[word] = self.starts.get(word, 0) | bit
            if not sets:
                self.always |= bit
                continue
            for word in sets[0]:
                self.firsts[word] = self.firsts.get(word, 0) | bit
            for word in sets[-1]:
                self.seconds[word] = self.seconds.get(word, 0) | bit
        self.size += len(gates)
        self.keys = frozenset(self.firsts) | frozenset(self.seconds)
        self.both = {w: (self.firsts.get(w, 0), self.seconds.get(w, 0)) for w in self.keys}
        self.version += 1
        return offset

    def open(self, present: frozenset[str], text: str) -> int:
        """The alternatives, over all tables, that the words of a text allow."""
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


_REGISTRY = _Registry()


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


_Find = Callable[[str], "re.Match[str] | None"]


class Alternatives:
    """Patterns split into their top-level alternatives, each behind its word gate.

    A search runs only the alternatives whose words occur in the utterance and returns what one
    combined expression would: the leftmost match, the earlier alternative on a tie. An
    alternative needs a word from each of its (one or two) required word sets.
    """

    def __init__(self, tagged: Iterable[tuple[int, str]]) -> None:
        self.regexes: list[re.Pattern[str]] = []
        self.tags: list[int] = []
        gates: list[tuple[frozenset[str], ...]] = []
        starts: list[frozenset[str] | None] = []
        for tag, pattern in tagged:
            for part in split_alternatives(pattern):
                self.regexes.append(re.compile(part))
                self.tags.append(tag)
                parsed = list(sre.parse(part))
                gates.append(required_sets(parsed))
                starts.append(start_words(parsed))
        self.offset = _REGISTRY.add(gates, starts)
        self.full = (1 << len(self.regexes)) - 1
        self.searches: list[_Find] = [regex.search for regex in self.regexes]
        self.matches: list[_Find] = [regex.match for regex in self.regexes]

    def mask(self, said: Words) -> int:
        """The alternatives that can match here, as a bit mask."""
        return (said.open() >> self.offset) & self.full

    def candidates(self, said: Words) -> list[int]:
        """The indices of the alternatives that can match here, in order."""
        mask = self.mask(said)
        return [n for n in range(mask.bit_length()) if mask >> n & 1]

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
