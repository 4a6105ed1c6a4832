"""Code one utterance (a thought unit) of a reply."""

from __future__ import annotations

from dataclasses import dataclass

from dialogue.codes import Code, Roadblock
from dialogue.coding import patterns as P
from dialogue.coding.context import CodingContext, stem
from dialogue.coding.utterances import words


@dataclass(frozen=True, slots=True)
class Unit:
    """The code of one utterance, the rule that decided it and the words that triggered it."""

    text: str
    code: Code
    rule: str
    evidence: str
    strength: float
    roadblock: Roadblock | None = None

    @property
    def is_reflection(self) -> bool:
        return self.code in (Code.SR, Code.CR, Code.SU)

    @property
    def is_question(self) -> bool:
        return self.code in (Code.OQ, Code.CQ)


def classify(text: str, ctx: CodingContext, whole: str) -> Unit:
    """Code one normalised utterance; `whole` is the full normalised reply (for permission cues)."""
    if P.FILLER.match(text) and not text.endswith("?"):
        return Unit(text, Code.OT, "filler", text, 0.9)
    question = _looks_like_question(text)
    found = P.CONFRONT.match(text)
    if found:
        rule, evidence = found
        return Unit(text, Code.CO, rule.name, evidence, rule.strength, rule.roadblock)
    persuade = _persuasion(text, ctx, whole, question)
    if persuade:
        return persuade
    found = P.COLLABORATE.match(text)
    if found:
        return Unit(text, Code.SC, found[0].name, found[1], 0.85)
    if not text.endswith("?"):
        adherent = _autonomy_or_affirmation(text)
        if adherent:
            return adherent
    other = _roadblock_or_praise(text)
    if other:
        return other
    if question:
        return _question(text)
    return _statement(text, ctx)


def _looks_like_question(text: str) -> bool:
    if P.REFLECTIVE_WH.match(text):
        return False
    if text.endswith("?"):
        return True
    return bool(
        P.QUESTION_WORD.match(text)
        or P.CLOSED_OPENERS.match(text)
        or P.OPEN_QUESTION.search(text)
        or P.CLOSED_ANSWER.search(text)
    )


_PERSUADING_QUESTIONS = ("why_dont_you", "leading_question")


def _persuasion(text: str, ctx: CodingContext, whole: str, question: bool) -> Unit | None:
    found = P.PERSUADE.match(text)
    if found is not None and question and found[0].name not in _PERSUADING_QUESTIONS:
        found = P.PERSUADE_IN_QUESTION.match(text)
    if found is None:
        return None
    rule, evidence = found
    if P.PERMISSION_CUE.search(whole) or ctx.permission_given:
        return Unit(text, Code.GI, "advice_with_permission", evidence, 0.7)
    return Unit(text, Code.PE, rule.name, evidence, rule.strength, rule.roadblock)


def _autonomy_or_affirmation(text: str) -> Unit | None:
    for tab, code in ((P.AUTONOMY, Code.EA), (P.AFFIRM, Code.AF)):
        found = tab.match(text)
        if found:
            return Unit(text, code, found[0].name, found[1], 0.85)
    return None


def _roadblock_or_praise(text: str) -> Unit | None:
    if P.PRAISE.match(text):
        return Unit(text, Code.OT, "generic_praise", text, 0.8, Roadblock.PRAISING)
    found = P.REASSURE.search(text)
    if found:
        return Unit(text, Code.OT, "reassuring", found.group(0), 0.75, Roadblock.REASSURING)
    found = P.DISTRACT.search(text)
    if found:
        return Unit(text, Code.OT, "distracting", found.group(0), 0.75, Roadblock.DISTRACTING)
    return None


def _question(text: str) -> Unit:
    closed = P.CLOSED_ANSWER.search(text) or P.TAG_QUESTION.search(text)
    if closed:
        return Unit(text, Code.CQ, "closed_answer", closed.group(0).strip(" ,"), 0.85)
    opened = P.OPEN_QUESTION.search(text)
    if opened:
        return Unit(text, Code.OQ, "open_question", opened.group(0).strip(" ,"), 0.85)
    opener = P.CLOSED_OPENERS.match(text)
    if opener:
        return Unit(text, Code.CQ, "yes_no_question", opener.group(0).strip(" ,"), 0.85)
    return Unit(text, Code.CQ, "statement_question", text, 0.6)


def _statement(text: str, ctx: CodingContext) -> Unit:
    found = P.SUMMARY.search(text)
    if found:
        return Unit(text, Code.SU, "summary", found.group(0), 0.8)
    found = P.STRUCTURE.match(text)
    if found:
        return Unit(text, Code.OT, "structure", found.group(0), 0.6)
    frame = P.REFLECTION_FRAME.match(text) or P.STARTS_SO.match(text)
    if frame and not P.I_STATEMENT.match(text):
        return _reflection(text, ctx, frame.group(0).strip(" ,") or text, 0.75)
    found = P.I_STATEMENT.match(text) or P.FIRST_PERSON.match(text)
    if found:
        return Unit(text, Code.GI, "i_statement", found.group(0), 0.6)
    found = P.INFORM.search(text)
    if found:
        return Unit(text, Code.GI, "information", found.group(0), 0.7)
    found = P.REFLECTION_WEAK.match(text)
    if found:
        return _reflection(text, ctx, found.group(0).strip(" ,") or text, 0.6)
    return _fallback(text, ctx)


def _fallback(text: str, ctx: CodingContext) -> Unit:
    tokens = words(text)
    if len(tokens) <= 2:
        if any(w in P.MEANING_WORDS for w in tokens) or _overlap(tokens, ctx):
            return _reflection(text, ctx, text, 0.5)
        return Unit(text, Code.OT, "short", text, 0.5)
    second_person = "you" in tokens or "your" in tokens
    meaning = any(w in P.MEANING_WORDS for w in tokens)
    if _overlap(tokens, ctx) or (second_person and (len(tokens) < 12 or meaning)):
        return _reflection(text, ctx, text, 0.5)
    return Unit(text, Code.GI, "statement", text, 0.4)


def _overlap(tokens: list[str], ctx: CodingContext) -> bool:
    return any(stem(w) in ctx.client_words for w in tokens if w not in P.STOPWORDS)


def _reflection(text: str, ctx: CodingContext, evidence: str, strength: float) -> Unit:
    """Simple or complex: complex adds meaning, emphasis or the other side of the ambivalence."""
    for name, regex in (("double_sided", P.DOUBLE_SIDED), ("metaphor", P.METAPHOR)):
        found = regex.search(text)
        if found:
            return Unit(text, Code.CR, name, found.group(0), strength)
    tokens = words(text)
    content = [w for w in tokens if w not in P.STOPWORDS]
    said = ctx.client_words
    named = [w for w in content if w in P.MEANING_WORDS and stem(w) not in said]
    if named:
        return Unit(text, Code.CR, "names_feeling", named[0], strength)
    under = [w for w in content if stem(w) in ctx.meaning_words and stem(w) not in said]
    if under:
        return Unit(text, Code.CR, "meaning", under[0], strength)
    found = P.AMPLIFIED.search(text)
    if found and ("you" in tokens or "your" in tokens):
        return Unit(text, Code.CR, "amplified", found.group(0), strength)
    new = [w for w in content if stem(w) not in said]
    if said and len(content) >= 4 and len(new) >= 0.6 * len(content):
        return Unit(text, Code.CR, "adds_meaning", " ".join(new[:4]), strength * 0.9)
    return Unit(text, Code.SR, "repeats", evidence, strength)
