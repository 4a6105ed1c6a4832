"""The word gates are data (dialogue/coding/gates.json, written by tools/gate_words.py): current,
read without CPython's regex internals, and never a reason to skip an alternative they miss."""

from __future__ import annotations

import ast
import importlib
import json
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import dialogue
from dialogue.coding import tables as T
from dialogue.coding.gate import Alternatives, Words, stored_gate, ungated_patterns

ROOT = Path(__file__).resolve().parents[2]
RUN_MAKE_GATES = "a phrase table changed since dialogue/coding/gates.json was written: run `make gates`"
# What only the analyser may use: CPython's private regex parser, under its old names too.
INTERNALS = {"re._parser", "re._constants", "re._compiler", "sre_parse", "sre_constants", "sre_compile"}

_FRESH_IMPORT = """
import json, sys
import dialogue.coding, dialogue.crisis
from dialogue.coding.gate import ungated_patterns
print(json.dumps({"ungated": ungated_patterns(), "modules": sorted(sys.modules)}))
"""


def _fresh_import() -> dict[str, list[str]]:
    """What a new process sees after importing the coder and the safety net."""
    done = subprocess.run(
        [sys.executable, "-c", _FRESH_IMPORT], cwd=ROOT, capture_output=True, text=True, timeout=120, check=True
    )
    found: dict[str, list[str]] = json.loads(done.stdout)
    return found


def _gated_in_dialogue() -> list[Alternatives]:
    """Every gated pattern a module of dialogue holds: tables, `gate(...)`s, and those in tuples
    (the safety net's forms)."""
    found: list[Alternatives] = []
    todo: list[object] = []
    for info in pkgutil.walk_packages(dialogue.__path__, "dialogue."):
        todo.extend(vars(importlib.import_module(info.name)).values())
    while todo:
        value = todo.pop()
        if isinstance(value, T.Table):
            value = value.alternatives
        if isinstance(value, Alternatives):
            found.append(value)
        elif isinstance(value, tuple):
            todo.extend(value)
    return found


def test_every_gated_alternative_has_its_gate_in_the_data() -> None:
    gated = _gated_in_dialogue()
    assert len(gated) > 40 and any(each is T.CONFRONT.alternatives for each in gated)
    ungated = sorted({pattern for each in gated for pattern in each.patterns if stored_gate(pattern) is None})
    assert not ungated, f"{RUN_MAKE_GATES} (alternatives without a gate: {len(ungated)}, e.g. {ungated[0][:80]!r})"


@pytest.mark.subprocess
def test_a_new_process_finds_a_gate_for_every_alternative() -> None:
    ungated = _fresh_import()["ungated"]
    assert not ungated, f"{RUN_MAKE_GATES} (alternatives without a gate: {len(ungated)}, e.g. {ungated[0][:80]!r})"


@pytest.mark.subprocess
def test_the_data_is_what_the_analyser_writes() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools/gate_words.py"), "--check"], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.subprocess
def test_importing_the_coder_loads_neither_the_analyser_nor_the_old_regex_modules() -> None:
    modules = set(_fresh_import()["modules"])
    assert not modules & {"gate_words", "tools.gate_words", "sre_parse", "sre_constants", "sre_compile"}


def test_no_module_of_dialogue_reaches_into_the_regex_internals() -> None:
    """`re` loads re._parser for itself, so look at what dialogue/ names rather than at sys.modules."""
    for path in sorted((ROOT / "dialogue").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                named = {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom):
                named = {f"{node.module}.{alias.name}" for alias in node.names} | {node.module or ""}
            elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "re":
                named = {f"re.{node.attr}"}
            else:
                continue
            assert not named & INTERNALS, f"{path.relative_to(ROOT)}:{node.lineno} uses {sorted(named & INTERNALS)}"


def test_an_alternative_the_data_does_not_know_is_always_tried() -> None:
    pattern = r"\bzqxv (?:alpha|beta)\b"  # would be gated on "zqxv", were it in the data
    assert stored_gate(pattern) is None
    alternatives = Alternatives([(7, pattern)])
    assert pattern in ungated_patterns()
    assert alternatives.mask(Words.of("nothing to see")) == 1
    found = alternatives.first(Words.of("so zqxv beta it is"))
    assert found is not None and found[0] == 7 and found[1].group(0) == "zqxv beta"


def test_a_broken_alternative_the_data_does_not_know_fails_when_built_not_when_first_tried() -> None:
    with pytest.raises(re.error):
        Alternatives([(0, r"\bzqxv|(?<=a+)zqxw\b")])  # a look-behind must have a fixed width


def test_an_alternative_the_data_knows_is_skipped_without_its_words() -> None:
    assert stored_gate(T.METAPHOR.pattern) is not None, RUN_MAKE_GATES
    assert T.METAPHOR.mask(Words.of("nothing to see")) == 0
    assert T.METAPHOR.mask(Words.of("it's like a storm")) != 0
