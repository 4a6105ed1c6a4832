"""The coder and the safety net on Rapport's own examples (tests/corpus/): the check parts were
written by authors whose lines were never read while tuning. These are floors at what was
measured; raise them when the figures rise, never lower them (python -m tests.corpus.measure)."""

from __future__ import annotations

import pytest

from tests.corpus.measure import load, measure_danger, measure_replies

# Measured with the code of this commit (see the README's "How well it reads" table).
SAFETY_RECALL = 0.84
FALSE_PAUSES = 0.075
# In the practice room (rules and the learned layer) and as `rapport code` reads (the rules alone).
PRACTICE = {"recall": 0.86, "precision": 0.88, "accuracy": 0.85}
RULES = {"recall": 0.72, "precision": 0.91, "accuracy": 0.81}


def test_the_corpus_is_big_enough_and_split_by_author() -> None:
    tune, check = load("replies", "tune"), load("replies", "check")
    assert len(tune) + len(check) >= 800 and len(check) >= 400
    assert not {i["author"] for i in tune} & {i["author"] for i in check}
    danger = [i for part in ("tune", "check") for i in load("danger", part)]
    assert sum(i["kind"] != "none" for i in danger) >= 150 and sum(i["kind"] == "none" for i in danger) >= 150
    check_danger = load("danger", "check")
    assert len(check_danger) * 3 >= len(danger) * 0.15  # a part of each kept aside
    assert not {i["author"] for i in load("danger", "tune")} & {i["author"] for i in check_danger}


def test_safety_net_on_the_check_part() -> None:
    figures = measure_danger("check")
    recall, false_pauses = figures.recall, figures.false_pause_rate  # plain numbers: never print check items
    assert recall >= SAFETY_RECALL
    assert false_pauses <= FALSE_PAUSES


def test_safety_net_on_the_tuning_part_misses_nothing() -> None:
    figures = measure_danger("tune")
    assert figures.recall == 1.0, figures.misses[:10]


@pytest.mark.parametrize(("practice", "floors"), [(True, PRACTICE), (False, RULES)], ids=["practice", "rules"])
def test_coder_on_the_check_part(practice: bool, floors: dict[str, float]) -> None:
    figures = measure_replies("check", practice)
    recall, precision, accuracy = (
        figures.recall,
        figures.precision,
        figures.adherence_accuracy,
    )  # never print check items
    assert recall >= floors["recall"]
    assert precision >= floors["precision"]
    assert accuracy >= floors["accuracy"]
