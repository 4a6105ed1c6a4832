"""Property-based fuzzing of the scenario loader with mutated copies of the shipped scenarios.

Each example takes a real file from scenarios/, breaks it (a key deleted or renamed, a value of
the wrong type, a state renamed, a move pointed nowhere, a line doubled, the text cut short,
bytes changed, ...) and loads it the way `rapport scenarios validate PATH` does. Either the
loader refuses it with ScenarioInvalid, every problem naming the file and where in it, or it
accepts it and the scenario works: an engine starts a conversation from it and plays turns.
Nothing else may escape: no KeyError, TypeError or YAML internals.

Set RAPPORT_FUZZ_EXAMPLES to run more examples (say 3000) when changing the loader.
"""

from __future__ import annotations

import json
import math
import os
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogue.engine import ConversationSnapshot, ScenarioEngine
from dialogue.loader import Loaded, ScenarioInvalid, load_scenarios
from dialogue.scenario import Scenario
from scenarios import SCENARIO_DIR

settings.register_profile(
    "rapport-fuzz-loader",
    max_examples=int(os.environ.get("RAPPORT_FUZZ_EXAMPLES", "120")),
    deadline=None,
    database=None,  # no .hypothesis folder in the working tree
    suppress_health_check=[HealthCheck.too_slow],
)
FUZZ = settings.get_profile("rapport-fuzz-loader")

FILES = sorted(p.name for p in SCENARIO_DIR.glob("*.yaml"))
_DUMPER: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
# Problems about the file as a whole, with no key or line to point at.
WHOLE_FILE = ("not UTF-8 text", "expected a mapping of keys", "cannot read the file")
# What must never reach a person: Python and PyYAML internals.
INTERNALS = re.compile(r"Traceback|<class |object at 0x|Error\b|yaml\.|\bNode\(")
REPLIES = [
    "So you feel stuck.",
    "What's been the hardest part?",
    "You're an alcoholic and you need to stop.",
    "It's your choice.",
    "Can I share something I read?",
    "You've been really honest with me.",
    "Are you thinking about killing yourself?",
    "hi",
]


@cache
def _source(name: str) -> tuple[bytes, str]:
    """A shipped scenario file, read at test time, as bytes and as JSON (a quick deep copy)."""
    raw = (SCENARIO_DIR / name).read_bytes()
    return raw, json.dumps(yaml.load(raw, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)))


# --- mutations ---------------------------------------------------------------------------------

junk_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(10**40), max_value=10**40),
    st.floats(),  # NaN and infinities included
    st.text(max_size=30),
    st.just(""),
    st.just("   "),
    st.just("x" * 100_000),
    st.sampled_from(["OQ", "CR", "XX", "rapport", "resistance", "guarded", "success", "time_up", "he/him", "1"]),
)
junk = st.recursive(
    junk_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=10,
)
key_names = st.one_of(
    st.text(max_size=20),
    st.sampled_from(["moves", "to", "when", "codes", "lines", "variants", "talk", "on", "yes", "no", "1", "null"]),
    st.just("k" * 5000),
)


def _slots(node: Any, out: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """Every (container, key or index) in the tree, parents before children."""
    if isinstance(node, dict):
        for key in list(node):
            out.append((node, key))
            _slots(node[key], out)
    elif isinstance(node, list):
        for i in range(len(node)):
            out.append((node, i))
            _slots(node[i], out)
    return out


def _mutate_data(data: dict[str, Any], draw: Any) -> None:
    """One structural change somewhere in the parsed scenario."""
    slots = _slots(data, [])
    kind = draw(st.sampled_from(["delete", "replace", "rename_key", "rename_state", "retarget", "swap", "retype"]))
    if kind == "rename_state":
        group = draw(st.sampled_from(["states", "endings"]))
        table = data.get(group)
        if isinstance(table, dict) and table:
            old = draw(st.sampled_from(sorted(table, key=str)))
            new = draw(st.one_of(st.text(max_size=12), st.sampled_from([f"{old}2", old.upper(), "walks_out", "x"])))
            table[new] = table.pop(old)
        return
    if kind == "retarget":
        moves = [m for _, m in _walk_items(data) if isinstance(m, dict) and "to" in m]
        if moves:
            move = draw(st.sampled_from(moves))
            move["to"] = draw(st.one_of(st.sampled_from(["nowhere", "ambushed", "agrees", "Guarded"]), junk))
        return
    container, key = slots[draw(st.integers(0, len(slots) - 1))]
    if kind == "delete":
        del container[key]
    elif kind == "replace":
        container[key] = draw(junk)
    elif kind == "rename_key" and isinstance(container, dict):
        container[draw(key_names)] = container.pop(key)
    elif kind == "swap":
        other, other_key = slots[draw(st.integers(0, len(slots) - 1))]
        container[key] = json.loads(json.dumps(other[other_key]))  # a copy: never a loop
    elif kind == "retype":
        value = container[key]
        container[key] = [value] if not isinstance(value, list) else (value[0] if value else {})


def _walk_items(node: Any) -> list[tuple[Any, Any]]:
    return [(c, c[k]) for c, k in _slots(node, [])]


SNIPPETS = [
    "? [a, b]\n: 1\n",
    "[x, y]: 1\n",
    "{a: 1}: 2\n",
    "loop: &loop [*loop]\n",
    "when: 2001-13-45\n",
    "title: 2001-02-03\n",
    "max_turns: " + "9" * 5000 + "\n",
    "age: 0x" + "f" * 5000 + "\n",
    "x: !!python/object:os.system ls\n",
    "x: !!binary '???'\n",
    "x: !!int 'twelve'\n",
    "x: !!float 'pi'\n",
    "x: !!timestamp 'noon'\n",
    "x: !!set {a, b}\n",
    "x: !!omap [a, b]\n",
    "<<: *nowhere\n",
    "<<: [1, 2]\n",
    "x: *nowhere\n",
    "%YAML 1.1\n---\n",
    "--- \n...\n---\n",
    "\t- tab\n",
    "on: yes\n",
    "? !!null ''\n: 1\n",
    "1.5: a\n",
    "null: a\n",
    "~: a\n",
    "\ufeff",
    "\x00",
    "\x85",
    "\u2028",
    "\ud7ff\ue000\ufffe",
]


def _mutate_text(raw: bytes, draw: Any) -> bytes:
    """One change to the file's bytes: YAML-level (lines) or below it (bytes)."""
    kind = draw(st.sampled_from(["truncate", "bytes", "double_line", "drop_line", "indent", "snippet", "rename"]))
    lines = raw.split(b"\n")
    at = draw(st.integers(0, len(lines) - 1))
    if kind == "truncate":
        return raw[: draw(st.integers(0, len(raw)))]
    if kind == "bytes":
        data = bytearray(raw)
        for _ in range(draw(st.integers(1, 4))):
            where = draw(st.integers(0, max(len(data) - 1, 0)))
            how = draw(st.sampled_from(["set", "insert", "delete"]))
            byte = draw(st.integers(0, 255) | st.sampled_from(list(b":-[]{}&*!|>'\"#%@`,? \t\n")))
            if how == "insert" or not data:
                data.insert(where, byte)
            elif how == "set":
                data[where] = byte
            else:
                del data[where]
        return bytes(data)
    if kind == "double_line":  # usually a key twice in one mapping
        lines.insert(at, lines[at])
    elif kind == "drop_line":
        del lines[at]
    elif kind == "indent":
        lines[at] = draw(st.sampled_from([b"  ", b" ", b"\t"])) + lines[at]
    elif kind == "snippet":
        indent = re.match(rb" *", lines[at])
        prefix = indent.group(0) if indent else b""
        snippet = draw(st.sampled_from(SNIPPETS)).encode("utf-8", "surrogatepass")
        lines.insert(at, b"\n".join(prefix + part for part in snippet.split(b"\n")))
    elif kind == "rename":  # a state or ending renamed where it is defined, not where it is used
        names = re.findall(rb"^  ([a-z_]+):$", raw, flags=re.M)
        if names:
            old = draw(st.sampled_from(sorted(set(names))))
            new = draw(st.sampled_from([old + b"_x", old.upper(), b"walks_out", b"'" + old, b"true", b"1"]))
            return re.sub(rb"^  " + re.escape(old) + rb":$", b"  " + new + b":", raw, count=1, flags=re.M)
    return b"\n".join(lines)


# --- the property ------------------------------------------------------------------------------


def _check(path: Path) -> Loaded | None:
    """Load as `rapport scenarios validate PATH` does; a refusal must say where, an acceptance must work."""
    try:
        loaded = load_scenarios(path)
    except ScenarioInvalid as exc:
        assert exc.problems
        for problem in exc.problems:
            text = str(problem)
            assert problem.path == str(path) and text.startswith(f"{path}:"), text
            assert problem.key or problem.line or problem.message.startswith(WHOLE_FILE), text
            assert problem.message.strip() and len(problem.message) < 1200, text[:2000]
            assert len(problem.key) < 400, text[:2000]
            assert not INTERNALS.search(problem.message), text
        return None
    (item,) = loaded.values()
    _play(item)
    return item


def _play(item: Loaded) -> None:
    """An accepted scenario runs: a conversation starts, turns play, snapshots restore."""
    numbers = [v for v in _leaves(item.scenario.model_dump()) if isinstance(v, float)]
    assert all(math.isfinite(v) for v in numbers), "a meter change or bound must be a real number"
    assert Scenario.model_validate(item.scenario.model_dump()) == item.scenario
    engine = ScenarioEngine(item.scenario, item.digest)
    for seed in (0, 7):
        conv = engine.start(seed)
        assert conv.recent and conv.recent[0][1] in item.scenario.opening.variants
        for turn in range(item.scenario.max_turns + 1):
            if conv.ended:
                break
            played = engine.reply(conv, REPLIES[(turn + seed) % len(REPLIES)])
            assert played.client.text
            assert all(math.isfinite(v) for v in played.meters.values())
            snap = ConversationSnapshot.model_validate_json(conv.snapshot().model_dump_json())
            with engine.open(snap) as again:
                assert again.state == conv.state
        assert conv.ended, "every conversation ends by the turn limit at the latest"
        engine.release(conv)


def _leaves(node: Any) -> list[Any]:
    if isinstance(node, dict):
        return [leaf for value in node.values() for leaf in _leaves(value)]
    if isinstance(node, list | tuple):
        return [leaf for value in node for leaf in _leaves(value)]
    return [node]


@pytest.mark.parametrize("name", FILES)
def test_the_shipped_files_load_and_play(name: str, tmp_path: Path) -> None:
    """The unmutated files pass the same property (so a mutation is what any failure is about)."""
    path = tmp_path / name
    path.write_bytes(_source(name)[0])
    assert _check(path) is not None


@FUZZ
@given(name=st.sampled_from(FILES), data=st.data())
def test_structurally_mutated_scenarios_are_refused_clearly_or_work(
    name: str, data: st.DataObject, tmp_path_factory: pytest.TempPathFactory
) -> None:
    scenario = json.loads(_source(name)[1])
    for _ in range(data.draw(st.integers(1, 3), label="mutations")):
        _mutate_data(scenario, data.draw)
    text = yaml.dump(scenario, Dumper=_DUMPER, sort_keys=False, allow_unicode=True)
    path = tmp_path_factory.mktemp("mutated") / name
    path.write_text(text, encoding="utf-8")
    _check(path)


@FUZZ
@given(name=st.sampled_from(FILES), data=st.data())
def test_textually_mutated_scenarios_are_refused_clearly_or_work(
    name: str, data: st.DataObject, tmp_path_factory: pytest.TempPathFactory
) -> None:
    raw = _source(name)[0]
    for _ in range(data.draw(st.integers(1, 3), label="mutations")):
        raw = _mutate_text(raw, data.draw)
    path = tmp_path_factory.mktemp("mutated") / name
    path.write_bytes(raw)
    _check(path)


@pytest.mark.parametrize("snippet", SNIPPETS, ids=range(len(SNIPPETS)))
def test_hostile_yaml_at_the_top_of_a_real_file(snippet: str, tmp_path: Path) -> None:
    path = tmp_path / FILES[0]
    path.write_bytes(snippet.encode("utf-8", "surrogatepass") + _source(FILES[0])[0])
    _check(path)


# What the fuzzing above found, kept as plain examples: each was accepted, crashed, or gave a
# message no author could act on.
FOUND: dict[str, tuple[Any, str]] = {
    "nan effect": (
        lambda d: d["effects"].update(CR={"rapport": math.nan}),
        "effects.CR.rapport: Input should be a finite",
    ),
    "infinite bound": (
        lambda d: d["thresholds"][0]["when"]["resistance"].update(min=math.inf),
        "thresholds[0].when.resistance.min: Input should be a finite number",
    ),
    "a state named in capitals": (
        lambda d: d["states"].update(Guarded=d["states"].pop("guarded")),
        'states.Guarded: the name "Guarded" cannot be used: write it with lower-case letters',
    ),
    "a huge key": (
        lambda d: d["persona"].update({"k" * 5000: 1}),
        "persona.kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk...: unknown",
    ),
    "a list where a move goes": (
        lambda d: d["states"]["guarded"]["moves"].__setitem__(0, ["CR"]),
        'states.guarded.moves[0]: expected keys here (codes, when, to) (found ["CR"])',
    ),
    "an empty title": (lambda d: d.update(title=None), "title: Input should be a valid string, but it is empty"),
}


@pytest.mark.parametrize("case", FOUND, ids=list(FOUND))
def test_what_fuzzing_found(case: str, tmp_path: Path) -> None:
    mutate, expected = FOUND[case]
    scenario = json.loads(_source("johnson-son-denial.yaml")[1])
    mutate(scenario)
    path = tmp_path / "johnson-son-denial.yaml"
    path.write_text(yaml.dump(scenario, Dumper=_DUMPER, sort_keys=False), encoding="utf-8")
    assert _check(path) is None
    with pytest.raises(ScenarioInvalid) as caught:
        load_scenarios(path)
    assert any(expected in str(problem) for problem in caught.value.problems), str(caught.value)
