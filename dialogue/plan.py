"""The invitation plan (CRAFT's invitation exercise, the ARISE first call): the reason the person
might accept, in their words; a receptive moment; who asks; treatment ready the moment they say
yes; the words you will say; a plan B for "no" and one for a walk-out; and who you will call
afterwards. Each part gets a plain check, the words are read with the letter coach, and the
rehearsal's person is the scenario that fits the relationship and the substance best.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from dialogue.codes import Code
from dialogue.coding.context import stem
from dialogue.coding.tables import STOPWORDS
from dialogue.coding.utterances import normalise, words
from dialogue.crisis import CrisisSignal, detect_crisis
from dialogue.letter import MOST_CHARS, Check, Flag, SentenceReport, numbers, read_sentences, split_sentences, texts
from dialogue.scenario import Audience, RefusalKind, Scenario

FIELD_MOST = 2000
"""The longest any one part of a plan may be (the words and plans B: a few short paragraphs)."""


class Relationship(StrEnum):
    SON = "son"
    DAUGHTER = "daughter"
    HUSBAND = "husband"
    WIFE = "wife"
    PARTNER = "partner"
    BROTHER = "brother"
    SISTER = "sister"
    MOTHER = "mother"
    FATHER = "father"
    FRIEND = "friend"


class Substance(StrEnum):
    ALCOHOL = "alcohol"
    OPIOIDS = "opioids"
    PILLS = "pills"
    STIMULANTS = "stimulants"
    CANNABIS = "cannabis"
    OTHER = "other"


RELATIONSHIP_WORDS: dict[Relationship, str] = {
    Relationship.SON: "my son",
    Relationship.DAUGHTER: "my daughter",
    Relationship.HUSBAND: "my husband",
    Relationship.WIFE: "my wife",
    Relationship.PARTNER: "my partner",
    Relationship.BROTHER: "my brother",
    Relationship.SISTER: "my sister",
    Relationship.MOTHER: "my mother",
    Relationship.FATHER: "my father",
    Relationship.FRIEND: "a friend",
}
SUBSTANCE_WORDS: dict[Substance, str] = {
    Substance.ALCOHOL: "alcohol",
    Substance.OPIOIDS: "opioids (heroin, fentanyl, painkillers)",
    Substance.PILLS: "prescription pills (painkillers, benzos)",
    Substance.STIMULANTS: "meth, cocaine or other stimulants",
    Substance.CANNABIS: "cannabis",
    Substance.OTHER: "something else",
}
_SUBSTANCE_FORMS: dict[Substance, re.Pattern[str]] = {
    Substance.ALCOHOL: re.compile(r"\b(?:alcohol|wine|beer|vodka|whiskey|drinking)\b"),
    Substance.OPIOIDS: re.compile(r"\b(?:opioid\w*|fentanyl|heroin|oxycodone|oxy\w*|painkillers?|buprenorphine)\b"),
    Substance.PILLS: re.compile(
        r"\b(?:pills?|prescription\w*|benzo\w*|lorazepam|xanax|valium|oxycodone|painkillers?)\b"
    ),
    Substance.STIMULANTS: re.compile(r"\b(?:meth\w*|cocaine|crack|stimulants?|adderall|amphetamine\w*)\b"),
    Substance.CANNABIS: re.compile(r"\b(?:cannabis|weed|marijuana|thc)\b"),
}
_MALE = {Relationship.SON, Relationship.HUSBAND, Relationship.BROTHER, Relationship.FATHER}
_FEMALE = {Relationship.DAUGHTER, Relationship.WIFE, Relationship.SISTER, Relationship.MOTHER}
_PARTNERS = {Relationship.HUSBAND, Relationship.WIFE, Relationship.PARTNER}
_CHILDREN = {Relationship.SON, Relationship.DAUGHTER}
_SIBLINGS = {Relationship.BROTHER, Relationship.SISTER}
_PARENTS = {Relationship.MOTHER, Relationship.FATHER}


class PlanFields(BaseModel):
    """What a family member writes in the plan; every part may be left empty while drafting."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    name: str = Field(default="", max_length=60, description="Their first name (optional).")
    relationship: Relationship = Relationship.SON
    substance: Substance = Substance.ALCOHOL
    reason: str = Field(default="", max_length=FIELD_MOST)
    moment: str = Field(default="", max_length=FIELD_MOST)
    who_asks: str = Field(default="", max_length=FIELD_MOST)
    treatment_place: str = Field(default="", max_length=300)
    treatment_phone: str = Field(default="", max_length=60)
    treatment_when: str = Field(default="", max_length=300)
    script: str = Field(default="", max_length=FIELD_MOST)
    plan_b_no: str = Field(default="", max_length=FIELD_MOST)
    plan_b_walkout: str = Field(default="", max_length=FIELD_MOST)
    call_after: str = Field(default="", max_length=FIELD_MOST)

    @field_validator("*", mode="before")
    @classmethod
    def _no_control_characters(cls, value: Any) -> Any:
        if isinstance(value, str) and re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]", value):
            raise ValueError("contains control characters or broken text; type or paste plain text")
        return value

    def all_text(self) -> str:
        return "\n".join(
            [self.reason, self.moment, self.who_asks, self.treatment_place, self.treatment_when, self.script,
             self.plan_b_no, self.plan_b_walkout, self.call_after]
        )  # fmt: skip


WRITTEN = ("reason", "moment", "who_asks", "script", "plan_b_no", "plan_b_walkout", "call_after")
"""The parts written in sentences, where the safety net and (for the words) the coach read."""


@dataclass(frozen=True)
class PlanReport:
    checks: tuple[Check, ...]
    script: tuple[SentenceReport, ...]
    plan_b_no: tuple[SentenceReport, ...]
    plan_b_walkout: tuple[SentenceReport, ...]
    crisis: CrisisSignal | None

    def as_json(self) -> dict[str, Any]:
        return {
            "checks": [c.as_json() for c in self.checks],
            "script": [s.as_json() for s in self.script],
            "plan_b_no": [s.as_json() for s in self.plan_b_no],
            "plan_b_walkout": [s.as_json() for s in self.plan_b_walkout],
            "crisis": {"kind": self.crisis.kind.value, "evidence": self.crisis.evidence} if self.crisis else None,
        }


_YOURS = re.compile(
    r"\b(?:(?:you|u|he|she|they) (?:need|needs|have to|has to|must|should|better|gotta|ought to)|"
    r"(?:because|cause|cos|since) (?:you're|you are|he's|he is|she's|she is|they're|they are) (?:an? )?"
    r"(?:addict|alcoholic|drunk|junkie|out of control|killing|ruining|destroying|a mess)|"
    r"(?:is|are) (?:killing|ruining|destroying) (?:him|her|them|himself|herself|themselves|the family|us)|"
    r"we (?:need|want) (?:him|her|them|you) to|(?:his|her|their) (?:addiction|problem|denial))\b"
)
_RISKY_MOMENT = re.compile(
    r"\b(?:drunk|high|wasted|stoned|using|hungover|hung over|(?:after|during|in the middle of) (?:a|an|the|our) (?:fight|row|argument)|"
    r"angry|furious|late at night|at (?:2|3|4) ?am|when (?:he's|she's|they're|he is|she is|they are) been (?:drinking|using)|"
    r"(?:after|while) (?:he|she|they)(?:'s|'re| is| are| has| have)? (?:been )?(?:drinking|using|drunk|high))\b"
)
_NOT_RISKY = re.compile(r"\b(?:not|never|no|isn't|aren't|before|sober|without)\b")
_PHONE = re.compile(r"(?:\d[\s().-]*){7,}")


def check_plan(plan: PlanFields) -> PlanReport:
    """The plan's checks, its words and plans B read by the coach, and the safety net on all of it."""
    if len(plan.all_text()) > MOST_CHARS:
        raise ValueError(f"The plan is longer than {MOST_CHARS:,} characters; shorten it and try again.")
    script = read_sentences(plan.script)
    plan_b_no = read_sentences(plan.plan_b_no)
    plan_b_walkout = read_sentences(plan.plan_b_walkout)
    checks = (
        _reason(plan.reason),
        _moment(plan.moment),
        _filled("who_asks", plan.who_asks),
        _treatment(plan),
        _script(script),
        _plan_b("plan_b_no", plan_b_no),
        _plan_b("plan_b_walkout", plan_b_walkout),
        _filled("call_after", plan.call_after),
    )
    crisis = next((s for s in (detect_crisis(getattr(plan, f)) for f in WRITTEN) if s is not None), None)
    return PlanReport(checks, script, plan_b_no, plan_b_walkout, crisis)


def _say(part: str, ok: bool, key: str, **values: object) -> Check:
    return Check(part, ok, texts().plan[part][key].format(**values))


def _filled(part: str, text: str) -> Check:
    return _say(part, True, "ok") if text.strip() else _say(part, False, "missing")


def _reason(text: str) -> Check:
    if not text.strip():
        return _say("reason", False, "missing")
    found = _YOURS.search(normalise(text))
    if found:
        return _say("reason", False, "yours", evidence=found.group(0))
    return _say("reason", True, "ok")


def _moment(text: str) -> Check:
    if not text.strip():
        return _say("moment", False, "missing")
    said = normalise(text)
    found = _RISKY_MOMENT.search(said)
    if found and not _NOT_RISKY.search(said[max(0, found.start() - 25) : found.start()]):
        return _say("moment", False, "risky", evidence=found.group(0))
    return _say("moment", True, "ok")


def _treatment(plan: PlanFields) -> Check:
    missing = []
    if not plan.treatment_place.strip():
        missing.append("the place")
    if not _PHONE.search(plan.treatment_phone):
        missing.append("its phone number")
    if not plan.treatment_when.strip():
        missing.append("when there is a bed or an appointment")
    if len(missing) == 3:
        return _say("treatment", False, "missing")
    if missing:
        listed = missing[0] if len(missing) == 1 else f"{missing[0]} and {missing[1]}"
        return _say("treatment", False, "partial", missing=listed)
    return _say("treatment", True, "ok")


def _script(sentences: tuple[SentenceReport, ...]) -> Check:
    if not sentences:
        return _say("script", False, "missing")
    flagged = [s.index for s in sentences if s.flag is not None]
    if flagged:
        return _say("script", False, "found", sentences=numbers(flagged))
    if not any("ask" in s.parts or s.text.rstrip().endswith("?") for s in sentences):
        return _say("script", False, "no_ask")
    return _say("script", True, "ok")


def _plan_b(part: str, sentences: tuple[SentenceReport, ...]) -> Check:
    if not sentences:
        return _say(part, False, "missing")
    harsh = [s.index for s in sentences if s.flag in (Flag.THREAT, Flag.LABEL, Flag.BLAME, Flag.DIAGNOSIS)]
    if harsh:
        return _say(part, False, "harsh", sentences=numbers(harsh))
    return _say(part, True, "ok")


def fitting_scenario(scenarios: Iterable[Scenario], relationship: Relationship, substance: Substance) -> Scenario:
    """The family scenario with refusal openings closest to this relationship and substance:
    the same relationship counts most, then the substance, then someone of the same kind
    (a partner, a child, a brother or sister, a parent) or the same gender. Raises LookupError."""
    pool = [s for s in scenarios if s.refusals and s.audience is Audience.FAMILY]
    if not pool:
        raise LookupError("No scenario can rehearse a plan: none has openings for a refusal.")

    def score(sc: Scenario) -> tuple[int, str]:
        said = normalise(sc.persona.relationship)
        kind = next((r for r in Relationship if re.search(rf"\b{r.value}\b", said)), None)
        points = 0
        if kind is relationship:
            points += 8
        elif kind is not None and any(
            kind in g and relationship in g for g in (_PARTNERS, _CHILDREN, _SIBLINGS, _PARENTS)
        ):
            points += 4
        if (
            kind is not None
            and ((kind in _MALE) == (relationship in _MALE))
            and ((kind in _FEMALE) == (relationship in _FEMALE))
        ):
            points += 1
        form = _SUBSTANCE_FORMS.get(substance)
        if form is not None and form.search(normalise(sc.persona.substance)):
            points += 5
        return (-points, sc.id)

    return min(pool, key=score)


@dataclass(frozen=True)
class PlanPoint:
    """A sentence of the plan B, and whether a reply in the rehearsal said something like it."""

    text: str
    said: bool


@dataclass(frozen=True)
class Comparison:
    """What you said in a rehearsal beside what you planned."""

    refusal: RefusalKind | None
    plan_b: str
    points: tuple[PlanPoint, ...]
    replies: int
    pushed: int  # replies that pushed: confronting or persuading
    treatment_named: bool | None  # None when the plan names no place


def compare(plan: PlanFields, refusal: RefusalKind | None, replies: Iterable[tuple[str, Code]]) -> Comparison:
    """Each sentence of the plan B counts as said when a reply shares at least half of its
    meaning words (stemmed, small words aside); the place is named when a reply names it."""
    kept = list(replies)
    plan_b = plan.plan_b_walkout if refusal is RefusalKind.WALKS_OUT else plan.plan_b_no
    said = [_meaning(text) for text, _ in kept]
    points = []
    for sentence in split_sentences(plan_b):
        wanted = _meaning(sentence)
        hit = bool(wanted) and any(len(wanted & words) * 2 >= len(wanted) for words in said)
        points.append(PlanPoint(sentence, hit))
    place = _meaning(plan.treatment_place)
    named = any(place & words for words in said) if place else None
    pushed = sum(1 for _, code in kept if code in (Code.CO, Code.PE))
    return Comparison(refusal, plan_b, tuple(points), len(kept), pushed, named)


def _meaning(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in words(normalise(text)) if w not in STOPWORDS and len(w) > 1)
