"""The learned layer: small, shipped, reproducible from this project's own text, naming its evidence,
and used only in the practice room."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from dialogue.codes import Code
from dialogue.coding import CodingContext, Said, code_reply
from dialogue.coding.learned import MODEL_FILE, model

ROOT = Path(__file__).resolve().parents[2]


def test_the_weights_are_small_and_shipped_in_the_package() -> None:
    assert MODEL_FILE.stat().st_size < 5_000_000
    assert "coding/*.json" in (ROOT / "pyproject.toml").read_text()
    assert model().weights and 0 < model().threshold < 10


@pytest.mark.subprocess
def test_training_again_gives_the_shipped_weights() -> None:
    out = subprocess.run(
        [sys.executable, str(ROOT / "tools/train_coder.py"), "--check"], capture_output=True, text=True, timeout=300
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_it_reads_only_in_the_practice_room_and_names_its_words() -> None:
    text = "the whole street has seen you staggering home again"
    client = (Said("client", "I'm doing my best."),)
    practice = code_reply(text, CodingContext(history=client, practice=True))
    transcript = code_reply(text, CodingContext(history=client))
    assert (practice.code, practice.rule) == (Code.CO, "reads_as_confronting") and practice.evidence
    assert transcript.rule != "reads_as_confronting"  # `rapport code` keeps to the rules
    reading = model().read("the whole street has seen you staggering home again", "")
    assert reading.flagged and reading.confronting and reading.evidence
    assert all(word in "the whole street has seen you staggering home again" for word in reading.evidence.split(", "))
    assert model().read("what would you like to happen next?", "").flagged is False


@pytest.mark.parametrize("reply", ["knock knock", "haha, the kettle's on", "what a day"])
def test_the_persons_words_can_tip_a_reading_but_never_make_one(reply: str) -> None:
    """After "I'm fine... just tired" (minimising words the layer weighs), a reply whose own words
    carry nothing confronting stays as the rules read it."""
    ctx = CodingContext(history=(Said("client", "I'm fine. Long day. I'm just really tired."),), practice=True)
    coding = code_reply(reply, ctx)
    assert coding.rule not in ("reads_as_confronting", "reads_as_persuading"), coding


@pytest.mark.parametrize(("reply", "confronting"), [
    ("haha just kidding", False),
    ("lol jk sorry mum", False),
    ("just kidding!", False),
    ("lol you're kidding yourself", True),  # words of its own: the rules judge them
    ("haha sure you will", True),
])  # fmt: skip
def test_laughing_it_off_is_not_read_as_contempt(reply: str, confronting: bool) -> None:
    ctx = CodingContext(history=(Said("client", "I'm fine. Long day. I'm just really tired."),), practice=True)
    assert (code_reply(reply, ctx).code is Code.CO) is confronting
