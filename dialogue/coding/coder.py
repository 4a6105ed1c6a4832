"""The reply coder: a pure function of (reply, context) giving one MITI code and why.

Parsing follows MITI: the reply is split into utterances (thought units), each is coded, and
one primary code is chosen for the reply by this rule, first match wins:

1. confronting anywhere (MITI: Confront trumps other codes);
2. persuading without permission anywhere;
3. a summary: an explicit summary, or three or more reflections making up most of the reply;
4. seeking collaboration (asking permission, sharing the agenda);
5. a question (the person will answer it), counted once however many are asked, open if any
   is open — but not a question that only checks a reflection ("did I get that right?");
   asking what they make of information just given is seeking collaboration (E-P-E);
6. emphasising autonomy, then affirmation;
7. a complex reflection, then a simple one;
8. giving information;
9. other (greetings, fillers, praise, reassurance).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from dialogue.codes import LABELS, Adherence, Code, Roadblock, Verdict, adherence_of, verdict_of
from dialogue.coding import learned
from dialogue.coding.context import CodingContext
from dialogue.coding.feedback import GOOD_RULES, feedback_for, suggestion_for
from dialogue.coding.forms import echo_counter
from dialogue.coding.gate import Words, gate
from dialogue.coding.safety import addresses_risk
from dialogue.coding.tables import ASK_VIEW
from dialogue.coding.units import Unit, classify
from dialogue.coding.utterances import check_reply, normalise_with_tokens, split_utterances
from dialogue.scenario import Risk

_CHECKING = gate(
    r"^(?:(?:is|was) (?:that|this) (?:right|fair|correct|it|about right|close)|"
    r"did i (?:get|understand|miss|hear)|(?:does|do) (?:that|this|i) (?:sound|fit|seem|have|get)|"
    r"am i (?:right|close|getting)|have i (?:got|missed|understood))\b"
)
_PRIORITY = (Code.EA, Code.AF, Code.CR, Code.SR, Code.GI, Code.OT)
# Codes the learned layer never overrides: the rules found them, or found autonomy and collaboration.
_NEVER_LEARNED = frozenset({Code.CO, Code.PE, Code.EA, Code.SC})
# A reply that only laughs or says it was a joke ("haha just kidding", "lol ok", "jk sorry mum"): the
# rules read it (a mocking "haha sure you will" has words of its own they judge); the learned layer,
# whose "kidding" comes from "you're kidding yourself", would read contempt into it.
_JOKING = (
    r"(?:(?:ha){1,6}h?|he(?:he)+|lol+|lmao|lmfao|rofl|jk|kidding|joking|just kidding|only kidding|just joking|"
    r"i'm (?:just |only )?(?:kidding|joking)|ok|okay|sorry|love|mum|mom|dad|son|sis|bro)"
)
_LAUGHING = re.compile(rf"^(?:haha\w*|hehe\w*|lol\w*|lmf?ao|rofl|jk|(?:just |only |i'm )?(?:kidding|joking))"
                       rf"(?:[\s,.!]+{_JOKING})*[\s.!]*$")  # fmt: skip
_FEELING = re.compile(
    r"\b(?:worr\w*|scared|afraid|frightened|terrified|sad|upset|hurt|love|miss|lonely|heartbroken|anxious|proud|"
    r"care|feel|felt|lie awake|can't sleep|don't sleep|glad|grateful|relieved|hope|wish)\b"
)
_REFLECTIONS = frozenset((Code.SR, Code.CR, Code.SU))
_EMPTY = CodingContext()


@dataclass
class Coding:
    """How one reply was coded. The feedback and the suggestion are written when first read
    (`rapport code` without --explain never needs them)."""

    code: Code
    confidence: float
    evidence: str
    rule: str
    roadblock: Roadblock | None
    units: tuple[Unit, ...]
    risk: Risk | None = None
    risk_addressed: bool | None = None
    context: CodingContext = field(default_factory=CodingContext, repr=False, compare=False)
    reply: str = field(default="", repr=False, compare=False)

    @cached_property
    def feedback(self) -> str:
        return feedback_for(self.rule, self.code, self.context, self.risk_addressed)

    @cached_property
    def suggestion(self) -> str | None:
        return suggestion_for(self.rule, self.code, self.context, self.risk_addressed, self.reply)

    @property
    def adherence(self) -> Adherence:
        return adherence_of(self.code)

    @property
    def label(self) -> str:
        return LABELS[self.code]

    @property
    def verdict(self) -> Verdict:
        return verdict(self.code, self.rule, self.risk_addressed)

    @property
    def repair(self) -> bool:
        """The reply owns a misstep (an apology, taking responsibility) and confronts nothing."""
        return self.code not in (Code.CO, Code.PE) and any(u.rule == "repair" for u in self.units)


def verdict(code: Code, rule: str | None, risk_addressed: bool | None) -> Verdict:
    """How a reply lands: asking directly after a danger signal first, then the moments credited
    whatever their code (a safety question, a repair, a family member's calm "I" statement)."""
    if risk_addressed is not None:
        return Verdict.GOOD if risk_addressed else Verdict.RETHINK
    if rule in GOOD_RULES:
        return Verdict.GOOD
    return verdict_of(code)


def code_reply(text: str, ctx: CodingContext | None = None) -> Coding:
    """Code a learner's reply in its context; raises ReplyError for an empty or oversized reply."""
    ctx = ctx or _EMPTY
    whole, units, primary, code, rule, confidence = _by_rules(text, ctx)
    if ctx.practice and code not in _NEVER_LEARNED and rule not in GOOD_RULES and not _LAUGHING.match(whole.text):
        reading = learned.model().read(whole.text, ctx.client_text)
        if reading.flagged:  # the rules saw no confrontation; the learned layer reads one (names its words)
            code = Code.CO if reading.confronting else Code.PE
            rule = "reads_as_confronting" if reading.confronting else "reads_as_persuading"
            roadblock = Roadblock.JUDGING if reading.confronting else Roadblock.ADVISING
            primary = Unit(whole.text, code, rule, reading.evidence, 0.6, roadblock)
            confidence = 0.6
    if code is Code.GI and ctx.audience == "family":  # an incident told, then how it felt: credited as a whole
        feeling = next((u for u in units if u.rule == "i_statement" and _FEELING.search(u.text)), None)
        if feeling is not None and (rule == "i_statement" or all(u.code is Code.GI for u in units)):
            primary, rule = feeling, "craft_i_statement"  # keeps its MITI code; credited as CRAFT communication
    risk = ctx.line.risk if ctx.line is not None else None
    addressed = addresses_risk(risk, whole.text) if risk is not None else None
    if addressed is False and any(u.rule == "safety_question" for u in units):
        addressed = True
    return Coding(
        code=code,
        confidence=round(max(0.3, min(0.98, confidence)), 2),
        evidence=primary.evidence,
        rule=rule,
        roadblock=primary.roadblock,
        units=units,
        risk=risk,
        risk_addressed=addressed,
        context=ctx,
        reply=whole.text,
    )


_Read = tuple[Words, tuple[Unit, ...], Unit, Code, str, float]


def _by_rules(text: str, ctx: CodingContext) -> _Read:
    """The reply's utterances and the primary code the rules give it (before the learned layer)."""
    whole = Words(*normalise_with_tokens(check_reply(text)))
    units = tuple([classify(u, ctx, whole) for u in split_utterances(whole.text)]) or (
        Unit(whole.text, Code.OT, "short", whole.text, 0.4),
    )
    if len(units) == 1:  # what `_primary` gives for one utterance
        primary = units[0]
        code, rule, confidence = primary.code, primary.rule, primary.strength
    else:
        primary, code, rule = _primary(units)
        confidence = primary.strength if len({u.code for u in units}) == 1 else primary.strength * 0.92
    if code not in (Code.CO, Code.PE) and ctx.client_text:
        echoed = echo_counter(whole.text, ctx.client_text)
        if echoed is not None:  # their words thrown back, then the evidence against them
            primary = Unit(whole.text, Code.CO, "arguing", echoed, 0.7, Roadblock.JUDGING)
            code, rule, confidence = Code.CO, "arguing", 0.7
    return whole, units, primary, code, rule, confidence


def flagged_by_rules(text: str, ctx: CodingContext | None = None) -> bool:
    """Whether the rules alone find confronting or persuading (what the learned layer is trained beside)."""
    return _by_rules(text, ctx or _EMPTY)[3] in (Code.CO, Code.PE)


def _primary(units: tuple[Unit, ...]) -> tuple[Unit, Code, str]:
    codes = [u.code for u in units]
    for code in (Code.CO, Code.PE, Code.SU):
        if code in codes:
            unit = units[codes.index(code)]
            return unit, code, unit.rule
    reflections = [u for u in units if u.code in _REFLECTIONS]
    counted = len(codes) - codes.count(Code.OT)
    if len(reflections) >= 3 and len(reflections) * 3 >= counted * 2:
        return reflections[-1], Code.SU, "many_reflections"
    if Code.SC in codes:
        unit = units[codes.index(Code.SC)]
        return unit, Code.SC, unit.rule
    if Code.OQ in codes or Code.CQ in codes:
        asked = _main_question(units, bool(reflections))
        if asked is not None:
            return asked
    for code in _PRIORITY:
        if code in codes:
            unit = units[codes.index(code)]
            return unit, code, unit.rule
    return units[-1], units[-1].code, units[-1].rule


def _main_question(units: tuple[Unit, ...], reflected: bool) -> tuple[Unit, Code, str] | None:
    """The question the person will answer; several count once, and an open one makes it open."""
    questions = [u for u in units if u.is_question and not (reflected and _CHECKING.match(Words.of(u.text)))]
    if not questions:
        return None
    informed = any(u.code is Code.GI for u in units[: units.index(questions[-1])])
    for unit in questions:
        if informed and ASK_VIEW.search(Words.of(unit.text)):
            return unit, Code.SC, "ask_view"  # elicit-provide-elicit: what do you make of that?
    scaled = next((u for u in questions if u.rule == "closed_answer"), None)
    if scaled is not None:
        return scaled, Code.CQ, scaled.rule  # a scaling question asks for a number
    opened = next((u for u in questions if u.code is Code.OQ), questions[-1])
    return opened, opened.code, opened.rule
