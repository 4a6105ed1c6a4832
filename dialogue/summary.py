"""The session summary: MITI 4.2.1 summary scores against their fair/good bands."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from enum import StrEnum

from pydantic import BaseModel

from dialogue.codes import GROUPS, Code, TalkType

THRESHOLD_NOTE = (
    "The fair and good bands are the MITI 4.2.1 thresholds (Moyers, Manuel & Ernst, 2015). "
    "The manual says they are based on expert opinion and lack normative validity data, so "
    "read them as a guide, not a verdict. % open questions and % MI-adherent use the older "
    "MITI 3 bands."
)


class Band(StrEnum):
    BELOW_FAIR = "below fair"
    FAIR = "fair"
    GOOD = "good"
    NOT_YET = "not yet measured"


class Measure(BaseModel):
    """One summary score and where it falls."""

    key: str
    name: str
    value: float | None
    display: str
    fair: float
    good: float
    band: Band
    source: str
    explain: str


class SessionSummary(BaseModel):
    counts: dict[str, int]
    replies: int
    reflections: int
    questions: int
    adherent: int
    non_adherent: int
    measures: list[Measure]
    change_talk: int
    reached_change_talk: bool
    outcome: str | None
    outcome_kind: str | None
    note: str = THRESHOLD_NOTE

    def measure(self, key: str) -> Measure:
        return next(m for m in self.measures if m.key == key)


def summarise(
    codes: Iterable[Code],
    client_talk: Iterable[TalkType] = (),
    outcome: str | None = None,
    outcome_kind: str | None = None,
) -> SessionSummary:
    """Counts per code and the summary scores, from the codes of a conversation's replies."""
    counts = Counter(codes)
    n = {code: counts.get(code, 0) for code in Code}
    reflections = n[Code.SR] + n[Code.CR] + n[Code.SU]
    questions = n[Code.OQ] + n[Code.CQ]
    adherent = sum(n[c] for c in GROUPS["adherent"])
    non_adherent = sum(n[c] for c in GROUPS["non_adherent"])
    change = sum(1 for talk in client_talk if talk is TalkType.CHANGE)
    return SessionSummary(
        counts={code.value: n[code] for code in Code},
        replies=sum(n.values()),
        reflections=reflections,
        questions=questions,
        adherent=adherent,
        non_adherent=non_adherent,
        measures=[
            _rq(reflections, questions),
            _ratio(
                "pct_complex",
                "% complex reflections",
                n[Code.CR] + n[Code.SU],
                reflections,
                40,
                50,
                "MITI 4.2.1",
                "Complex reflections add meaning or feeling to what the person said.",
            ),
            _ratio(
                "pct_open",
                "% open questions",
                n[Code.OQ],
                questions,
                50,
                70,
                "MITI 3",
                "Open questions invite the person to tell their story.",
            ),
            _ratio(
                "pct_adherent",
                "% MI-adherent",
                adherent,
                adherent + non_adherent,
                90,
                100,
                "MITI 3",
                "Affirming, supporting autonomy and seeking collaboration, against persuading and confronting.",
            ),
        ],
        change_talk=change,
        reached_change_talk=change > 0,
        outcome=outcome,
        outcome_kind=outcome_kind,
    )


def _band(value: float | None, fair: float, good: float) -> Band:
    if value is None:
        return Band.NOT_YET
    if value >= good:
        return Band.GOOD
    return Band.FAIR if value >= fair else Band.BELOW_FAIR


def counted(n: int, word: str, plural: str | None = None) -> str:
    """ "1 reflection", "3 reflections", "no questions"."""
    if n == 0:
        return f"no {plural or word + 's'}"
    return f"{n} {word if n == 1 else plural or word + 's'}"


def _rq(reflections: int, questions: int) -> Measure:
    value: float | None
    if questions:
        value = round(reflections / questions, 2)
        # "0:1" would read as nothing asked: say what happened instead.
        display = f"{value:g}:1" if reflections else f"no reflections to {counted(questions, 'question')}"
    else:
        value = float(reflections) if reflections else None
        display = (
            f"{counted(reflections, 'reflection')}, no questions" if reflections else "no reflections or questions yet"
        )
    return Measure(
        key="rq",
        name="Reflections to questions (R:Q)",
        value=value,
        display=display,
        fair=1,
        good=2,
        band=_band(value, 1, 2),
        source="MITI 4.2.1",
        explain="How many reflections you offered for each question you asked.",
    )


def _ratio(key: str, name: str, part: int, whole: int, fair: float, good: float, source: str, explain: str) -> Measure:
    value = round(100 * part / whole, 1) if whole else None
    display = f"{value:g}% ({part} of {whole})" if value is not None else "none yet"
    return Measure(
        key=key,
        name=name,
        value=value,
        display=display,
        fair=fair,
        good=good,
        band=_band(value, fair, good),
        source=source,
        explain=explain,
    )
