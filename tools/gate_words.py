"""Work out the word gate of every phrase-table alternative; write dialogue/coding/gates.json.

    .venv/bin/python tools/gate_words.py          # make gates: writes dialogue/coding/gates.json
    .venv/bin/python tools/gate_words.py --check  # exits 1 if the file is out of date

Run it after changing a table (dialogue/coding/tables/, dialogue/crisis.py, any `gate(...)`).
It imports every module of `dialogue`, takes each top-level alternative that was put behind a
gate (dialogue/coding/gate.py) and reads it parsed, with CPython's private `re._parser`: that
is why this runs here, once, and never when the coder is imported.

For each alternative it works out word sets that every match must share a word with (whole
words): the words a suffix can start with, or the union over a branch's alternatives of a word
each one needs. It keeps the two least likely sets ("you" and one of "selfish", "lazy", ...). For
an alternative anchored at the start (^) it also keeps the words the match can begin with.
Alternatives for which nothing can be proved (say, one that starts with `\\w+`) get no sets and
are always searched. The file is keyed by each alternative's exact text, so an edited phrase
has no entry until this runs again: it is then always searched (slower, never wrong) and
tests/dialogue/test_gate_data.py fails, asking for `make gates`.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import re
import sys
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from pathlib import Path
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as sre  # type: ignore[attr-defined]
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import dialogue  # noqa: E402
from dialogue.coding.gate import GATES_FILE, GATES_VERSION, gated_patterns  # noqa: E402

_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_LIMIT = 50000  # most words a gate enumerates before giving up on a branch
Items = list[tuple[Any, Any]]


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
    """Rough odds that an utterance holds one of the words.

    Worked out from counts, not word by word: a product taken in a set's order (which changes
    with the process's hash seed) can differ in its last bit and break a tie another way, and
    the file this writes must not depend on the process that wrote it.
    """
    very_common = len(words & _VERY_COMMON)
    common = len(words & _COMMON)  # the two lists share no word
    return 1.0 - 0.5**very_common * 0.85**common * 0.99 ** (len(words) - very_common - common)


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


# --- the data file ------------------------------------------------------------------------------


def gate_entry(pattern: str) -> dict[str, list[Any]]:
    """One alternative's gate as stored: `needs`, its word sets (most telling first); `starts`, for
    one anchored at the start, the words its match can begin with."""
    re.compile(pattern)  # the coder compiles it only when first used: fail here, not then
    parsed = list(sre.parse(pattern))
    entry: dict[str, list[Any]] = {"needs": [sorted(words) for words in required_sets(parsed)]}
    starts = start_words(parsed)
    if starts is not None:
        entry["starts"] = sorted(starts)
    return entry


def patterns_in_use() -> list[str]:
    """Every alternative put behind a gate once all of `dialogue` is imported, each once, sorted."""
    for module in pkgutil.walk_packages(dialogue.__path__, "dialogue."):
        importlib.import_module(module.name)
    return sorted(set(gated_patterns()))


ABOUT = "Word gates of the phrase tables, by alternative: written by tools/gate_words.py (make gates), not by hand."


def render(patterns: Iterable[str]) -> str:
    """The file's text: one alternative a line, so a changed phrase shows as a changed line."""
    lines = [
        f"{json.dumps(pattern, ensure_ascii=False)}: {json.dumps(gate_entry(pattern), ensure_ascii=False)}"
        for pattern in patterns
    ]
    head = f'{{\n"version": {GATES_VERSION},\n"about": {json.dumps(ABOUT)},\n"gates": {{\n'
    return head + ",\n".join(lines) + "\n}\n}\n"


def differences(fresh: str, shipped: str) -> str:
    """What a stale file gets wrong, in words a person can act on."""
    try:
        old: dict[str, Any] = json.loads(shipped)["gates"]
    except (ValueError, KeyError, TypeError):
        return "it is missing or unreadable"
    new: dict[str, Any] = json.loads(fresh)["gates"]
    unknown = sum(pattern not in old for pattern in new)
    unused = sum(pattern not in new for pattern in old)
    changed = sum(old.get(pattern, gate) != gate for pattern, gate in new.items())
    return (
        f"alternatives without a gate (always searched): {unknown}, gates no longer used: {unused}, changed: {changed}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 if the file differs from a fresh analysis")
    args = parser.parse_args()
    patterns = patterns_in_use()
    text = render(patterns)
    shipped = GATES_FILE.read_text(encoding="utf-8") if GATES_FILE.exists() else ""
    name = GATES_FILE.relative_to(ROOT)
    if args.check:
        if text != shipped:
            print(f"{name} is out of date ({differences(text, shipped)}): run `make gates`")
            return 1
        print(f"{name} is up to date ({len(patterns)} alternatives)")
        return 0
    if text != shipped:
        GATES_FILE.write_text(text, encoding="utf-8")
    print(f"{name}: {len(patterns)} alternatives")
    return 0


if __name__ == "__main__":
    sys.exit(main())
