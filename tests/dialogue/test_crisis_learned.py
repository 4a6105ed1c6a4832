"""The safety net's learned layer: shipped, reproducible from this project's own lines, only ever
adding pauses to what the danger forms find, and naming the words that weighed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from dialogue.crisis import CrisisKind, _by_form, detect_crisis, read_as_said
from dialogue.crisis_learned import MODEL_FILE, model

ROOT = Path(__file__).resolve().parents[2]


def test_the_weights_are_small_and_shipped_in_the_package() -> None:
    assert MODEL_FILE.stat().st_size < 5_000_000
    assert '"*.json"' in (ROOT / "pyproject.toml").read_text()
    assert model().weights and 0 < model().threshold < 10


@pytest.mark.subprocess
def test_training_again_gives_the_shipped_weights() -> None:
    out = subprocess.run(
        [sys.executable, str(ROOT / "tools/train_safety.py"), "--check"], capture_output=True, text=True, timeout=600
    )
    assert out.returncode == 0, out.stdout + out.stderr


# Written for this test, not taken from the corpus: danger the forms have no rule for.
@pytest.mark.parametrize(("text", "kind"), [
    ("he said if i leave hes going to come find me and i believe him", CrisisKind.VIOLENCE),
    ("i sliced my arm up again last night", CrisisKind.SELF_HARM),
])  # fmt: skip
def test_it_pauses_for_danger_the_forms_miss_and_names_its_words(text: str, kind: CrisisKind) -> None:
    assert _by_form(read_as_said(text)) is None
    signal = detect_crisis(text)
    assert signal is not None and signal.kind is kind
    assert signal.evidence and all(part in read_as_said(text) for part in signal.evidence.split(", "))


@pytest.mark.parametrize("text", [
    "I keep thinking about the weekend.",
    "what would you like to happen next?",
    "ok can we try that bit again",
    "You said you'd rather be dead than go to rehab. That scared me.",
])  # fmt: skip
def test_everyday_lines_and_role_play_do_not_pause(text: str) -> None:
    assert detect_crisis(text) is None


def test_it_never_undoes_what_the_forms_find() -> None:
    """The forms' reading wins, with the forms' own evidence, whatever the layer scores."""
    text = "i took all my sleeping pills an hour ago"
    found = _by_form(read_as_said(text))
    assert found is not None and detect_crisis(text) == found
