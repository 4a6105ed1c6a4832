"""The end-of-conversation scorecard: outcome, summary scores, strongest and weakest replies,
and what to practise next."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict

from app.store.models import PracticeSession, Turn
from dialogue.codes import LABELS, Code, Verdict
from dialogue.coding.feedback import GOOD_RULES
from dialogue.scenario import Scenario
from dialogue.summary import Band, Measure, SessionSummary

TEXTS = Path(__file__).resolve().parent / "scorecard.yaml"
_STRENGTH = {Code.CR: 3.0, Code.SU: 3.0, Code.AF: 2.6, Code.EA: 2.5, Code.SC: 2.3, Code.SR: 2.0, Code.OQ: 1.8}
_WEAKNESS = {Code.CO: 3.0, Code.PE: 2.6, Code.CQ: 1.0, Code.OT: 0.8, Code.GI: 0.5}


class ScorecardTexts(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    outcomes: dict[str, str]
    practise: dict[str, str]
    safety_missed: str
    all_good: str
    next_scenario: str


@cache
def texts() -> ScorecardTexts:
    return ScorecardTexts.model_validate(yaml.safe_load(TEXTS.read_text(encoding="utf-8")))


@dataclass(frozen=True)
class Pick:
    """A reply worth looking at again, with what the person said just before it."""

    index: int
    before: str
    text: str
    label: str
    code: str
    feedback: str
    rewrite: str | None


@dataclass(frozen=True)
class Bar:
    """One measure drawn on the chart, scaled to 0-100 with the fair and good marks."""

    measure: Measure
    percent: float
    fair_at: float
    good_at: float


@dataclass(frozen=True)
class Scorecard:
    ended: bool
    outcome_kind: str | None
    headline: str
    debrief: str
    summary: SessionSummary
    bars: list[Bar]
    strongest: list[Pick]
    weakest: list[Pick]
    practise_next: list[str]
    risk_moments: int
    risk_missed: int
    retried: int = 0  # replies taken back in coach mode ("try that again")


def build(
    row: PracticeSession, turns: list[Turn], scenario: Scenario, summary: SessionSummary, debrief: str | None = None
) -> Scorecard:
    """The scorecard; `debrief` is the ending's, with the notes that hold for this conversation."""
    ending = scenario.endings.get(row.outcome or "")
    retried = sum(1 for t in turns if t.undone and t.speaker == "learner")
    turns = [t for t in turns if not t.undone]  # the kept replies are the ones scored
    replies = [t for t in turns if t.speaker == "learner" and t.code]
    before = {t.index: t.text for t in turns if t.speaker == "client"}
    strongest = _rank(replies, before, strong=True)
    chosen = {p.index for p in strongest}
    weakest = [p for p in _rank(replies, before, strong=False) if p.index not in chosen]
    risky = [t for t in replies if t.risk_addressed is not None]
    missed = sum(1 for t in risky if t.risk_addressed is False)
    return Scorecard(
        ended=row.ended_at is not None,
        outcome_kind=row.outcome_kind,
        headline=texts().outcomes.get(row.outcome_kind or "open", texts().outcomes["open"]),
        debrief=debrief if debrief is not None else ending.debrief if ending else "",
        summary=summary,
        bars=[_bar(m) for m in summary.measures],
        strongest=strongest,
        weakest=weakest[:3],
        practise_next=_practise_next(summary, missed),
        risk_moments=len(risky),
        risk_missed=missed,
        retried=retried,
    )


def _rank(replies: list[Turn], before: dict[int, str], *, strong: bool) -> list[Pick]:
    scored: list[tuple[float, Turn]] = []
    for turn in replies:
        code = Code(turn.code or "OT")
        credited = turn.rule in GOOD_RULES  # a safety question, a repair, a family "I" statement
        if strong:
            score = _STRENGTH.get(code, 0.0) + (2.0 if turn.risk_addressed or credited else 0.0)
        else:
            score = 0.0 if credited else _WEAKNESS.get(code, 0.0) + (4.0 if turn.risk_addressed is False else 0.0)
        if score > 0:
            scored.append((score + (turn.confidence or 0) / 10, turn))
    scored.sort(key=lambda pair: (-pair[0], pair[1].index))
    return [_pick(turn, before) for _, turn in scored[:3]]


def _pick(turn: Turn, before: dict[int, str]) -> Pick:
    code = Code(turn.code or "OT")
    return Pick(
        index=turn.index,
        before=before.get(turn.index - 1, ""),
        text=turn.text,
        label=LABELS[code],
        code=code.value,
        feedback=turn.feedback or "",
        rewrite=turn.suggestion,
    )


def _bar(measure: Measure) -> Bar:
    """Percentages draw on 0-100; R:Q on 0-3 (anything above 3:1 is off the scale)."""
    top = 3.0 if measure.key == "rq" else 100.0
    value = measure.value or 0.0
    return Bar(
        measure=measure,
        percent=round(min(value, top) / top * 100, 1),
        fair_at=round(measure.fair / top * 100, 1),
        good_at=round(measure.good / top * 100, 1),
    )


def _practise_next(summary: SessionSummary, missed_risk: int) -> list[str]:
    t = texts()
    advice: list[str] = []
    if missed_risk:
        advice.append(t.safety_missed)
    order = {Band.BELOW_FAIR: 0, Band.FAIR: 1}
    weak = sorted((m for m in summary.measures if m.band in order), key=lambda m: order[m.band])
    advice.extend(t.practise[m.key] for m in weak[:2])
    if not advice:
        advice.append(t.all_good if summary.replies else t.practise["start"])
    advice.append(t.next_scenario)
    return advice


def verdict_mark(verdict: str | None) -> str:
    return {Verdict.GOOD.value: "✓", Verdict.OKAY.value: "•", Verdict.RETHINK.value: "✗"}.get(verdict or "", "")
