"""The end-of-conversation scorecard: outcome, summary scores, strongest and weakest replies,
and what to practise next. A family member's scorecard says it in plain words ("you listened 4
times and asked 2 questions"); the MITI names and bands are for the "For professionals" section."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field

from app.store.models import PracticeSession, Turn
from dialogue.codes import Code, Verdict, label_for
from dialogue.coding.feedback import GOOD_RULES
from dialogue.scenario import Audience, Scenario
from dialogue.summary import Band, Measure, SessionSummary, counted

TEXTS = Path(__file__).resolve().parent / "scorecard.yaml"
_STRENGTH = {Code.CR: 3.0, Code.SU: 3.0, Code.AF: 2.6, Code.EA: 2.5, Code.SC: 2.3, Code.SR: 2.0, Code.OQ: 1.8}
_WEAKNESS = {Code.CO: 3.0, Code.PE: 2.6, Code.CQ: 1.0, Code.OT: 0.8, Code.GI: 0.5}


class FamilyTexts(BaseModel):
    """A family member's scorecard in plain words (the professional words stay for the closed section)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    scores_title: str
    measures: dict[str, str]
    bands: dict[Band, str]
    chart_title: str
    chart_note: str
    practise: dict[str, str] = Field(default_factory=dict)
    all_good: str
    nothing_stood_out: str


class ScorecardTexts(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    outcomes: dict[str, str]
    practise: dict[str, str]
    safety_missed: str
    all_good: str
    next_scenario: str
    family: FamilyTexts


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
    """One measure drawn on the chart, scaled to 0-100 with the fair and good marks; `name` and
    `shown` are its words on the chart (the MITI name and value, or a family member's)."""

    measure: Measure
    percent: float
    fair_at: float
    good_at: float
    name: str = ""
    shown: str = ""

    def ticks(self, width: float) -> list[tuple[str, float, str]]:
        """The "fair" and "good" marks as (word, x, text-anchor), each just inside its zone and
        apart from the other, never past the chart's edge (a word is about 36 units wide)."""
        fair_x, good_x = self.fair_at * width / 100, self.good_at * width / 100
        if good_x + 40 <= width:
            return [("fair", round(fair_x + 3, 1), "start"), ("good", round(good_x + 3, 1), "start")]
        return [("fair", round(fair_x - 3, 1), "end"), ("good", width, "end")]


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
    hints: int = 0  # times "What could I say?" was asked
    family: bool = False
    """A family scenario: plain words everywhere, the MITI terms only in the professional section."""
    plain: list[str] = field(default_factory=list)
    """The measures as plain counts ("You listened (said back what you heard) 4 times…"), family only."""
    talked_of_change: str = ""
    """ "Danny talked about changing twice" (family), for the line under the outcome."""

    @property
    def words(self) -> FamilyTexts:
        """The scorecard's plain words for a family member (titles, chart note)."""
        return texts().family


def build(
    row: PracticeSession, turns: list[Turn], scenario: Scenario, summary: SessionSummary, debrief: str | None = None
) -> Scorecard:
    """The scorecard; `debrief` is the ending's, with the notes that hold for this conversation."""
    ending = scenario.endings.get(row.outcome or "")
    retried = sum(1 for t in turns if t.undone and t.speaker == "learner")
    turns = [t for t in turns if not t.undone]  # the kept replies are the ones scored
    replies = [t for t in turns if t.speaker == "learner" and t.code]
    before = {t.index: t.text for t in turns if t.speaker == "client"}
    audience = scenario.audience.value
    strongest = _rank(replies, before, strong=True, audience=audience)
    chosen = {p.index for p in strongest}
    weakest = [p for p in _rank(replies, before, strong=False, audience=audience) if p.index not in chosen]
    risky = [t for t in replies if t.risk_addressed is not None]
    missed = sum(1 for t in risky if t.risk_addressed is False)
    family = scenario.audience is Audience.FAMILY
    name = scenario.persona.name.split()[0]
    return Scorecard(
        ended=row.ended_at is not None,
        outcome_kind=row.outcome_kind,
        headline=texts().outcomes.get(row.outcome_kind or "open", texts().outcomes["open"]),
        debrief=debrief if debrief is not None else ending.debrief if ending else "",
        summary=summary,
        bars=[_family_bar(m, summary) if family else _bar(m) for m in summary.measures],
        strongest=strongest,
        weakest=weakest[:3],
        practise_next=_practise_next(summary, missed, family),
        risk_moments=len(risky),
        risk_missed=missed,
        retried=retried,
        hints=row.hints,
        family=family,
        plain=plain_counts(summary, name, _object_pronoun(scenario)) if family else [],
        talked_of_change=_talked_of_change(summary, name),
    )


def _rank(replies: list[Turn], before: dict[int, str], *, strong: bool, audience: str | None = None) -> list[Pick]:
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
    return [_pick(turn, before, audience) for _, turn in scored[:3]]


def _pick(turn: Turn, before: dict[int, str], audience: str | None) -> Pick:
    code = Code(turn.code or "OT")
    return Pick(
        index=turn.index,
        before=before.get(turn.index - 1, ""),
        text=turn.text,
        label=label_for(code, audience, turn.rule),
        code=code.value,
        feedback=turn.feedback or "",
        rewrite=turn.suggestion,
    )


def _bar(measure: Measure) -> Bar:
    """Percentages draw on 0-100; R:Q on 0-3 (anything above 3:1 is off the scale)."""
    top = 3.0 if measure.key == "rq" else 100.0
    value = measure.value or 0.0
    shown = measure.display if measure.band is Band.NOT_YET else f"{measure.display} · {measure.band.value}"
    return Bar(
        measure=measure,
        percent=round(min(value, top) / top * 100, 1),
        fair_at=round(measure.fair / top * 100, 1),
        good_at=round(measure.good / top * 100, 1),
        name=measure.name,
        shown=shown,
    )


def _family_bar(measure: Measure, summary: SessionSummary) -> Bar:
    """The same bar in a family member's words: "Questions that invite a story: 1 of 2 · getting there"."""
    words = texts().family
    value = _plain_value(measure.key, summary)
    band = words.bands[measure.band]
    bar = _bar(measure)
    return Bar(
        measure=measure,
        percent=bar.percent,
        fair_at=bar.fair_at,
        good_at=bar.good_at,
        name=words.measures[measure.key],
        shown=value if measure.band is Band.NOT_YET else f"{value} · {band}",
    )


def _plain_value(key: str, summary: SessionSummary) -> str:
    """A measure's value as the counts behind it ("4 to 2", "1 of 2"), not a ratio or a percent."""
    n = summary.counts
    if key == "rq":
        reflections, questions = summary.reflections, summary.questions
        if reflections and questions:
            return f"{reflections} to {questions}"
        if questions:
            return f"none to {counted(questions, 'question')}"
        return f"{reflections}, no questions" if reflections else "none yet"
    part, whole = {
        "pct_complex": (n["CR"] + n["SU"], summary.reflections),
        "pct_open": (n["OQ"], summary.questions),
        "pct_adherent": (summary.adherent, summary.adherent + summary.non_adherent),
    }[key]
    return f"{part} of {whole}" if whole else "none yet"


def _times(n: int) -> str:
    return {1: "once", 2: "twice"}.get(n, f"{n} times")


def _object_pronoun(scenario: Scenario) -> str:
    """ "him", "her" or "them", from the persona's pronouns ("he/him")."""
    return scenario.persona.pronouns.split("/")[1]


def plain_counts(summary: SessionSummary, name: str, them: str) -> list[str]:
    """What the learner did, in counts a family member reads without a glossary."""
    n = summary.counts
    if not summary.replies:
        return [f"You haven't replied to {name} yet."]
    listened = (
        f"You listened (said back what you heard) {_times(summary.reflections)}"
        if summary.reflections
        else "You didn't say back what you heard this time"
    )
    asked = f"asked {counted(summary.questions, 'question')}" if summary.questions else "asked no questions"
    if n["OQ"]:
        asked += f" ({n['OQ']} that invited a story)" if n["OQ"] < summary.questions else ", each inviting a story"
    lines = [f"{listened} and {asked}."]
    good = [
        f"noticed something good {_times(n['AF'])}" if n["AF"] else "",
        f"left the choice to {them} {_times(n['EA'])}" if n["EA"] else "",
        f"asked before sharing {_times(n['SC'])}" if n["SC"] else "",
    ]
    if any(good):
        lines.append(f"You {_joined([g for g in good if g])}.")
    pushed = [
        f"told {name} what to do {_times(n['PE'])}" if n["PE"] else "",
        f"lectured or criticised {them} {_times(n['CO'])}" if n["CO"] else "",
    ]
    if any(pushed):
        lines.append(f"You {_joined([p for p in pushed if p])}.")
    else:
        lines.append(f"You never told {name} what to do or criticised {them}.")
    lines.append(_talked_of_change(summary, name) + ".")
    return lines


def _talked_of_change(summary: SessionSummary, name: str) -> str:
    if summary.reached_change_talk:
        return f"{name} talked about changing {_times(summary.change_talk)}"
    return f"{name} didn't talk about changing yet"


def _joined(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _practise_next(summary: SessionSummary, missed_risk: int, family: bool = False) -> list[str]:
    t = texts()
    plain = t.family.practise if family else {}
    advice: list[str] = []
    if missed_risk:
        advice.append(t.safety_missed)
    order = {Band.BELOW_FAIR: 0, Band.FAIR: 1}
    weak = sorted((m for m in summary.measures if m.band in order), key=lambda m: order[m.band])
    advice.extend(plain.get(m.key, t.practise[m.key]) for m in weak[:2])
    if not advice:
        advice.append((t.family.all_good if family else t.all_good) if summary.replies else t.practise["start"])
    advice.append(t.next_scenario)
    return advice


def verdict_mark(verdict: str | None) -> str:
    return {Verdict.GOOD.value: "✓", Verdict.OKAY.value: "•", Verdict.RETHINK.value: "✗"}.get(verdict or "", "")
