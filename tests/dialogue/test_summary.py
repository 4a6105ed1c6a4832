"""The session summary against the MITI 4.2.1 bands."""

from __future__ import annotations

from dialogue.codes import Code, TalkType
from dialogue.summary import Band, summarise


def test_counts_and_ratios() -> None:
    codes = [Code.CR, Code.CR, Code.SR, Code.SU, Code.OQ, Code.CQ, Code.AF, Code.PE]
    summary = summarise(codes, [TalkType.SUSTAIN, TalkType.CHANGE], outcome="agrees", outcome_kind="success")
    assert summary.replies == 8 and summary.reflections == 4 and summary.questions == 2
    assert summary.adherent == 1 and summary.non_adherent == 1
    rq = summary.measure("rq")
    assert (rq.value, rq.band, rq.display) == (2.0, Band.GOOD, "2:1")
    complex_ = summary.measure("pct_complex")
    assert (complex_.value, complex_.band) == (75.0, Band.GOOD)
    assert summary.measure("pct_open").band is Band.FAIR
    assert summary.measure("pct_adherent").band is Band.BELOW_FAIR
    assert summary.reached_change_talk and summary.change_talk == 1
    assert "expert opinion" in summary.note


def test_bands_fair_and_below() -> None:
    fair = summarise([Code.SR, Code.OQ, Code.CR, Code.SR, Code.SR, Code.CQ])
    assert fair.measure("rq").band is Band.GOOD
    assert fair.measure("pct_complex").band is Band.BELOW_FAIR  # 1 of 4
    below = summarise([Code.OQ, Code.CQ, Code.CQ, Code.SR])
    assert below.measure("rq").band is Band.BELOW_FAIR


def test_nothing_yet() -> None:
    empty = summarise([])
    assert all(m.band is Band.NOT_YET for m in empty.measures)
    assert not empty.reached_change_talk


def test_reflections_without_questions() -> None:
    rq = summarise([Code.CR, Code.SR]).measure("rq")
    assert rq.band is Band.GOOD and "no questions" in rq.display


def test_no_reflections_and_ten_questions_say_so() -> None:
    rq = summarise([Code.CQ] * 10).measure("rq")
    assert rq.value == 0 and rq.display == "no reflections to 10 questions"
    one = summarise([Code.SR]).measure("rq")
    assert one.display == "1 reflection, no questions"
