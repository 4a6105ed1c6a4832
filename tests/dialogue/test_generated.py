"""Templated roadblocks and adherent replies x people x substances x ways of typing
(tests/corpus/generated.py): the coder reads the forms, whatever the words."""

from __future__ import annotations

from collections import Counter

from dialogue.codes import Adherence
from dialogue.coding import code_reply
from tests.corpus.generated import STYLES, replies

NON_ADHERENT, ADHERENT = replies(2000)


def test_there_are_two_thousand_of_each_in_every_style() -> None:
    assert len(NON_ADHERENT) >= 2000 and len(ADHERENT) >= 2000
    assert set(Counter(g.style for g in NON_ADHERENT)) == set(STYLES)
    assert set(Counter(g.style for g in ADHERENT)) == set(STYLES)


def test_roadblocks_are_flagged_in_at_least_95_percent() -> None:
    missed = [g for g in NON_ADHERENT if code_reply(g.text).adherence is not Adherence.NON_ADHERENT]
    assert len(missed) <= 0.05 * len(NON_ADHERENT), [g.text for g in missed[:20]]


def test_mi_consistent_replies_are_flagged_in_at_most_3_percent() -> None:
    flagged = [g for g in ADHERENT if code_reply(g.text).adherence is Adherence.NON_ADHERENT]
    assert len(flagged) <= 0.03 * len(ADHERENT), [g.text for g in flagged[:20]]
