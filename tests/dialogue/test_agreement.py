"""Cohen's kappa against values worked by hand."""

from __future__ import annotations

from dialogue.agreement import agreement


def test_perfect_agreement() -> None:
    result = agreement([("CR", "CR"), ("OQ", "OQ"), ("PE", "PE")])
    assert result.kappa == 1.0 and result.observed == 1.0 and result.describe() == "almost perfect"


def test_kappa_worked_example() -> None:
    # 10 replies: 7 agree. automatic: CR x5, OQ x5; human: CR x4, OQ x6.
    pairs = [("CR", "CR")] * 3 + [("CR", "OQ")] * 2 + [("OQ", "OQ")] * 4 + [("OQ", "CR")]
    result = agreement(pairs)
    # p_o = 0.7; p_e = 0.5*0.4 + 0.5*0.6 = 0.5; kappa = 0.2/0.5 = 0.4
    assert result.observed == 0.7 and result.kappa == 0.4
    assert result.count("CR", "OQ") == 2 and result.codes == ["OQ", "CR"]
    assert result.describe() == "fair"


def test_undefined_cases() -> None:
    assert agreement([]).kappa is None
    assert agreement([("CR", "CR"), ("CR", "CR")]).kappa is None
