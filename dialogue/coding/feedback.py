"""Feedback texts and "try this instead" suggestions, from dialogue/feedback.yaml."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field

from dialogue.codes import GROUPS, Adherence, Code, TalkType, adherence_of
from dialogue.coding.context import CodingContext
from dialogue.coding.safety import addresses_risk
from dialogue.coding.utterances import normalise
from dialogue.scenario import Risk

FEEDBACK_FILE = Path(__file__).resolve().parent.parent / "feedback.yaml"
GOOD_CODES = GROUPS["adherent"] | GROUPS["complex"] | {Code.OQ}


class RuleText(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    why: str
    try_: list[str] = Field(default_factory=list, alias="try")


class RiskTexts(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    addressed: str
    missed: dict[Risk, str]
    try_: dict[Risk, str] = Field(alias="try")


class FeedbackTexts(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    rules: dict[str, RuleText]
    risk: RiskTexts
    after_talk: dict[TalkType, dict[str, str]]
    question_streak: str


@cache
def texts() -> FeedbackTexts:
    """The feedback table, read once."""
    data: Any = yaml.safe_load(FEEDBACK_FILE.read_text(encoding="utf-8"))
    return FeedbackTexts.model_validate(data)


def feedback_for(rule: str, code: Code, ctx: CodingContext, risk_addressed: bool | None = None) -> str:
    """One or two sentences on what the reply did and why it matters (danger signals first)."""
    table = texts()
    parts = [table.rules[rule].why]
    if risk_addressed is not None and ctx.line is not None and ctx.line.risk is not None:
        danger = table.risk.addressed if risk_addressed else table.risk.missed[ctx.line.risk]
        parts.insert(0, danger)
    if ctx.line is not None:
        for group, text in table.after_talk.get(ctx.line.talk, {}).items():
            if code in GROUPS[group]:
                parts.append(text)
                break
    if code in GROUPS["questions"] and ctx.questions_in_a_row >= 2:
        parts.append(table.question_streak)
    return " ".join(parts)


def suggestion_for(rule: str, code: Code, ctx: CodingContext, risk_addressed: bool | None = None) -> str | None:
    """A better reply: the scenario's model reply when there is one, else the coder's own."""
    if risk_addressed is True:
        return None
    risk = ctx.line.risk if ctx.line is not None else None
    if risk_addressed is False and risk is not None and not ctx.model_replies:
        return texts().risk.try_[risk]
    if ctx.model_replies and risk_addressed is False and risk is not None:
        asking = [m for m in ctx.model_replies if addresses_risk(risk, normalise(m.text))]
        if asking:
            return asking[ctx.turn % len(asking)].text
    if ctx.model_replies:
        better = [m for m in ctx.model_replies if m.code != code] or list(ctx.model_replies)
        if code in GOOD_CODES:
            better = list(ctx.model_replies)
        return better[ctx.turn % len(better)].text
    options = texts().rules[rule].try_
    if not options or adherence_of(code) is Adherence.ADHERENT:
        return None
    return options[ctx.turn % len(options)]
