"""Feedback texts and "try this instead" suggestions, from dialogue/feedback.yaml.

The suggestion answers what the reply did, here: after an ultimatum or sarcasm, a line that
repairs; after a closed question, an open one on the same subject; after advice, a lecture or a
filler, a reflection of the person's last line; after a simple reflection, a deeper one. It is
picked from the state's model replies by that purpose and by the words it shares with the
moment (never by rotation), and from the coder's own lines when the scenario has none.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field

from dialogue.codes import GROUPS, Code, TalkType
from dialogue.coding.context import CodingContext, stem
from dialogue.coding.gate import Words
from dialogue.coding.safety import addresses_risk
from dialogue.coding.tables import REPAIR, STOPWORDS
from dialogue.coding.utterances import normalise, words
from dialogue.scenario import ModelReply, Risk

FEEDBACK_FILE = Path(__file__).resolve().parent.parent / "feedback.yaml"
GOOD_RULES = frozenset({"safety_question", "repair", "craft_i_statement"})
"""Rules credited whatever their code: asking about danger, owning a misstep, a calm "I" statement to family."""


class RuleText(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    why: str
    family: str | None = None
    """The same note in a family member's words, where `why` uses MITI terms (else `why` is used)."""
    try_: list[str] = Field(default_factory=list, alias="try")

    def for_audience(self, audience: str | None) -> str:
        return self.family if audience == "family" and self.family else self.why


class RiskTexts(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    addressed: str
    missed: dict[Risk, str]
    try_: dict[Risk, str] = Field(alias="try")


class FamilyTexts(BaseModel):
    """The notes added after a rule's own, in a family member's words (each falls back to the other)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    after_talk: dict[TalkType, dict[str, str]] = Field(default_factory=dict)
    question_streak: str | None = None


class FeedbackTexts(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    rules: dict[str, RuleText]
    risk: RiskTexts
    after_talk: dict[TalkType, dict[str, str]]
    question_streak: str
    family: FamilyTexts = FamilyTexts()

    def after(self, talk: TalkType, group: str, audience: str | None) -> str:
        """What to add when the person's last line was `talk` and the reply fell in `group`."""
        plain = self.family.after_talk.get(talk, {}).get(group) if audience == "family" else None
        return plain or self.after_talk[talk][group]

    def streak(self, audience: str | None) -> str:
        plain = self.family.question_streak if audience == "family" else None
        return plain or self.question_streak


@cache
def texts() -> FeedbackTexts:
    """The feedback table, read once."""
    data: Any = yaml.safe_load(FEEDBACK_FILE.read_text(encoding="utf-8"))
    return FeedbackTexts.model_validate(data)


def feedback_for(rule: str, code: Code, ctx: CodingContext, risk_addressed: bool | None = None) -> str:
    """One or two sentences on what the reply did and why it matters (danger signals first), in
    plain words when a family member is practising (`ctx.audience` "family")."""
    table = texts()
    parts = [table.rules[rule].for_audience(ctx.audience)]
    if risk_addressed is not None and ctx.line is not None and ctx.line.risk is not None:
        danger = table.risk.addressed if risk_addressed else table.risk.missed[ctx.line.risk]
        parts = [danger] if rule == "safety_question" and risk_addressed else [danger, *parts]  # said once
    if ctx.line is not None and rule not in GOOD_RULES:
        for group in table.after_talk.get(ctx.line.talk, {}):
            if code in GROUPS[group]:
                parts.append(table.after(ctx.line.talk, group, ctx.audience))
                break
    if code in GROUPS["questions"] and ctx.questions_in_a_row >= 2 and rule != "safety_question":
        parts.append(table.streak(ctx.audience))
    return " ".join(parts)


# What a better reply should do, by the rule that decided the code (else by the code).
_REPAIR_AFTER = frozenset(
    {"threat", "warning", "sarcasm", "label", "rhetorical", "moralising", "blame", "dismissing", "broken_promises"}
)
_OPEN_AFTER = frozenset({"closed_answer", "yes_no_question", "statement_question"})
_PURPOSES: dict[str, frozenset[Code]] = {
    "repair": frozenset({Code.OT}),
    "open": frozenset({Code.OQ}),
    "reflect": frozenset({Code.SR, Code.CR, Code.SU}),
    "deepen": frozenset({Code.CR, Code.SU}),
}
_FALLBACK_RULE = {"repair": "repair", "open": "yes_no_question", "reflect": "repeats", "deepen": "repeats"}


def purpose_of(rule: str, code: Code) -> str | None:
    """What the better reply should do instead, or None when the reply was already good."""
    if rule in GOOD_RULES:
        return None
    if rule in _REPAIR_AFTER:
        return "repair"
    if rule in _OPEN_AFTER:
        return "open"
    if code is Code.SR:
        return "deepen"
    if code in (Code.PE, Code.CO, Code.GI, Code.OT):
        return "reflect"
    return None


def suggestion_for(
    rule: str, code: Code, ctx: CodingContext, risk_addressed: bool | None = None, reply: str = ""
) -> str | None:
    """A better reply for this moment: the scenario's own model reply when one fits, else the coder's."""
    if risk_addressed is True:
        return None
    risk = ctx.line.risk if ctx.line is not None else None
    if risk_addressed is False and risk is not None:
        asking = [m.text for m in ctx.model_replies if addresses_risk(risk, normalise(m.text))]
        return asking[0] if asking else texts().risk.try_[risk]
    purpose = purpose_of(rule, code)
    if purpose is None:
        return None
    about = reply if purpose == "open" else ctx.client_text
    fitting = [m.text for m in ctx.model_replies if _serves(m, purpose)]
    if purpose == "repair" and not fitting:
        fitting = [m.text for m in ctx.model_replies if _serves(m, "reflect")]
        fitting = texts().rules["repair"].try_ + fitting
    if not fitting:
        fitting = texts().rules[_FALLBACK_RULE[purpose]].try_
    return _closest(fitting, about) if fitting else None


def _serves(reply: ModelReply, purpose: str) -> bool:
    if purpose == "repair":
        return REPAIR.search(Words.of(normalise(reply.text))) is not None
    return reply.code in _PURPOSES[purpose]


def _closest(options: Iterable[str], about: str) -> str:
    """The option sharing the most content words with `about` (the first on a tie)."""
    wanted = _content(about)
    best, best_score = "", -1
    for option in options:
        score = len(wanted & _content(option))
        if score > best_score:
            best, best_score = option, score
    return best


@lru_cache(maxsize=4096)
def _content(text: str) -> frozenset[str]:
    """The stems of a text's content words (model replies and feedback lines repeat: cached)."""
    return frozenset(stem(w) for w in words(normalise(text)) if w not in STOPWORDS)
