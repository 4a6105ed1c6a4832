"""Code one utterance (a thought unit) of a reply."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dialogue.codes import Code, Roadblock
from dialogue.coding import forms as F
from dialogue.coding import tables as P
from dialogue.coding.context import CodingContext, stem
from dialogue.coding.gate import Words
from dialogue.coding.utterances import words


@dataclass(slots=True)
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


def classify(text: str, ctx: CodingContext, whole: Words) -> Unit:
    """Code one normalised utterance; `whole` is the full normalised reply (for permission cues)."""
    said = whole if whole.text == text else Words.of(text)
    asks = text.endswith("?")
    safety = P.SAFETY_QUESTION.search(said)
    if safety and (asks or _looks_like_question(said)):
        return Unit(
            text,
            Code.OQ if P.OPEN_QUESTION.search(said) and not P.CLOSED_OPENERS.match(said) else Code.CQ,
            "safety_question",
            safety.group(0),
            0.9,
        )
    repair = _repair(said, ctx)
    if repair:
        return repair
    confront = _confrontation(said, ctx)
    if confront:
        return confront
    if not asks and len(text) <= 90 and P.FILLER.match(said):
        return Unit(text, Code.OT, "filler", text, 0.9)
    persuade = _persuasion(said, ctx, whole)
    if persuade:
        return persuade
    found = P.COLLABORATE.match(said)
    if found:
        return Unit(text, Code.SC, found[0].name, found[1], 0.85)
    if not asks:
        adherent = _autonomy_or_affirmation(said)
        if adherent:
            return adherent
    other = _roadblock_or_praise(said) or _contradiction(said, ctx)
    if other:
        return other
    if _looks_like_question(said):
        return _question(said)
    return _statement(said, ctx)


def _looks_like_question(said: Words) -> bool:
    text = said.text
    if P.REFLECTIVE_WH.match(said):
        return False
    if text.endswith("?"):
        return True
    return bool(
        P.ASKING_WORD.match(said)
        or P.CLOSED_OPENERS.match(said)
        or P.OPEN_QUESTION.search(said)
        or P.SCALING.search(said)
    )


_PERSUADING_QUESTIONS = ("why_dont_you", "leading_question")
# Rules whose words, when they are the person's own, make a reflection rather than a confrontation.
_ADVICE = frozenset({"should", "advice_phrase", "risk_argument"})
_MIRRORABLE = frozenset({"blame", "disqualifying", "should", "directing", "warning", "advice_phrase"})


def _repair(said: Words, ctx: CodingContext) -> Unit | None:
    """An apology or owning a misstep, unless a new confrontation follows a "but"."""
    found = P.REPAIR.search(said)
    if found is None:
        return None
    text = said.text
    _, _, rest = text.partition(" but ")
    if rest and _confrontation(Words.of(rest), ctx):
        return None
    if _MOCK_SORRY.search(text):
        return None  # "sorry i ever believed you": an apology turned into an accusation
    return Unit(text, Code.OT, "repair", found.group(0), 0.85)


_MOCK_SORRY = re.compile(
    r"\bsorry (?:that )?i (?:ever )?(?:raised|brought up|married|trusted|believed|gave birth to) "
    r"(?:you|u|someone|somebody|a (?:son|daughter|man|woman))\b"
    r"|\bsorry i (?:ever )?(?:believed|trusted) (?:you|u|a word)\b"
    r"|\bsorry (?:doesn't|doesnt|won't|wont|does not) (?:fix|pay|change|cut it|undo|bring|mend)\b"
    r"|\b(?:oh )?so (?:it's|its) my fault now\b"
)


def _confrontation(said: Words, ctx: CodingContext) -> Unit | None:
    """Confronting by phrase (tables/confronting.py) or by form (forms.py), or the person's words thrown back."""
    text = said.text
    found = P.CONFRONT.match(said)
    if found and found[0].name in F.REPORTABLE and F.reported(said):
        found = None  # "you feel like you never get a break": their view, not an accusation
    found = found or F.confronting(said)
    if found and not (found[0].name in _MIRRORABLE and _mirrors(found[1], ctx, text)):
        rule, evidence = found
        return Unit(text, Code.CO, rule.name, evidence, rule.strength, rule.roadblock)
    client = ctx.client_text
    echoed = F.mock_echo(text, client) if client else None
    if echoed:
        return Unit(text, Code.CO, "sarcasm", echoed, 0.75, Roadblock.SHAMING)
    return None


def _contradiction(said: Words, ctx: CodingContext) -> Unit | None:
    client = ctx.client_text
    denied = F.contradicts(said.text, client) if client else None
    if denied:
        return Unit(said.text, Code.CO, "arguing", denied, 0.6, Roadblock.JUDGING)
    return None


_PRONOUNS = frozenset(
    "you u ur your yours yourself you're you've you'd you'll i me my mine myself i'm i've i'd i'll".split()
)


def _mirrors(evidence: str, ctx: CodingContext, utterance: str) -> bool:
    """The telling words are the person's own, said the same way: "you never get it right" after
    "I never get it right" (not "you never wanted to quit" after "I want to quit")."""
    if not ctx.client_text or ctx.client_text.endswith("?"):
        return False  # "why should I come?" is asked, not claimed: "you should come" is advice
    said = words(evidence)
    telling = [w for w in said if w not in _PRONOUNS]
    if len(telling) == len(said):
        return False  # no person in it: an order ("ring them now"), not their words with "i" made "you"
    heard = ctx.client_words
    if not telling or not all(stem(w) in heard for w in telling):
        return False
    if not _mostly_theirs(utterance, ctx):
        return False  # "don't" alone is not their words, nor "you need detox" after "i need my car"
    return bool(F.NEGATION.search(utterance)) == bool(F.NEGATION.search(ctx.client_text))


def _mostly_theirs(utterance: str, ctx: CodingContext) -> bool:
    content = [w for w in words(utterance) if w not in P.STOPWORDS and w not in _PRONOUNS]
    return bool(content) and sum(stem(w) in ctx.client_words for w in content) * 10 >= len(content) * 6


def _persuasion(said: Words, ctx: CodingContext, whole: Words) -> Unit | None:
    text = said.text
    found = P.PERSUADE.match(said)
    if (
        found is not None
        and found[0].name not in _PERSUADING_QUESTIONS
        and _looks_like_question(said)
        and not _TAGGED_ORDER.search(text)
    ):
        found = P.PERSUADE_IN_QUESTION.match(said)
    if found is None:
        found = F.directing(said)
    if found is None or (found[0].name in _MIRRORABLE and _mirrors(found[1], ctx, text)):
        return None
    if found[0].name in _ADVICE and F.THEIR_VIEW.search(text[: text.find(found[1]) + 1 or None]):
        return None  # "part of you thinks you should cut back": their view, reflected
    rule, evidence = found
    if (
        P.PERMISSION_CUE.search(whole)
        or ctx.permission_given
        or (rule.name == "advice_phrase" and P.ASK_VIEW.search(whole))
    ):
        return Unit(text, Code.GI, "advice_with_permission", evidence, 0.7)
    return Unit(text, Code.PE, rule.name, evidence, rule.strength, rule.roadblock)


# An order with a tag after it is still an order: "stay off the coke, yeah?", "not even one. ok?"
_TAGGED_ORDER = re.compile(r"[,.]\s*(?:yeah|ok|okay|right|alright|all right|yes|got it|understand|understood|deal)\?+$")


def _autonomy_or_affirmation(said: Words) -> Unit | None:
    text = said.text
    for tab, code in ((P.AUTONOMY, Code.EA), (P.AFFIRM, Code.AF)):
        found = tab.match(said)
        if found:
            return Unit(text, code, found[0].name, found[1], 0.85)
    return None


def _roadblock_or_praise(said: Words) -> Unit | None:
    text = said.text
    if P.PRAISE.match(said):
        return Unit(text, Code.OT, "generic_praise", text, 0.8, Roadblock.PRAISING)
    found = P.REASSURE.search(said)
    if found:
        return Unit(text, Code.OT, "reassuring", found.group(0), 0.75, Roadblock.REASSURING)
    found = P.DISTRACT.search(said)
    if found:
        return Unit(text, Code.OT, "distracting", found.group(0), 0.75, Roadblock.DISTRACTING)
    return None


def _question(said: Words) -> Unit:
    text = said.text
    closed = P.CLOSED_ANSWER.search(said) or P.TAG_QUESTION.search(said)
    if closed:
        return Unit(text, Code.CQ, "closed_answer", closed.group(0).strip(" ,"), 0.85)
    opened = P.OPEN_QUESTION.search(said)
    if opened:
        return Unit(text, Code.OQ, "open_question", opened.group(0).strip(" ,"), 0.85)
    opener = P.CLOSED_OPENERS.search(said)
    if opener:
        return Unit(text, Code.CQ, "yes_no_question", opener.group(0).strip(" ,"), 0.85)
    return Unit(text, Code.CQ, "statement_question", text, 0.6)


def _statement(said: Words, ctx: CodingContext) -> Unit:
    text = said.text
    found = P.SUMMARY.search(said)
    if found:
        return Unit(text, Code.SU, "summary", found.group(0), 0.8)
    found = P.STRUCTURE.match(said)
    if found:
        return Unit(text, Code.OT, "structure", found.group(0), 0.6)
    frame = P.REFLECTION_FRAME.match(said) or P.STARTS_SO.match(said) or P.REFRAME.match(said)
    if frame and not P.I_STATEMENT.match(said):
        return _reflection(said, ctx, frame.group(0).strip(" ,") or text, 0.75)
    found = P.I_STATEMENT.match(said) or P.FIRST_PERSON.match(said)
    if found:
        return Unit(text, Code.GI, "i_statement", found.group(0), 0.6)
    found = P.INFORM.search(said)
    if found:
        return Unit(text, Code.GI, "information", found.group(0), 0.7)
    found = P.REFLECTION_WEAK.match(said)
    if found:
        return _reflection(said, ctx, found.group(0).strip(" ,") or text, 0.6)
    return _fallback(said, ctx)


def _fallback(said: Words, ctx: CodingContext) -> Unit:
    text = said.text
    tokens = words(text)
    if len(tokens) <= 2:
        if any(w in P.MEANING_WORDS for w in tokens) or _overlap(tokens, ctx):
            return _reflection(said, ctx, text, 0.5, tokens)
        return Unit(text, Code.OT, "short", text, 0.5)
    mine = _own_feeling(tokens)
    if mine is not None:  # "when i found you on the floor i was terrified": my feeling, not a reflection of theirs
        return Unit(text, Code.GI, "i_statement", mine, 0.5)
    second_person = "you" in tokens or "your" in tokens
    meaning = any(w in P.MEANING_WORDS for w in tokens)
    if _overlap(tokens, ctx) or (second_person and (len(tokens) < 12 or meaning or P.DOUBLE_SIDED.search(said))):
        return _reflection(said, ctx, text, 0.5, tokens)
    return Unit(text, Code.GI, "statement", text, 0.4)


_ME = frozenset({"i", "i'm", "im", "i've", "ive", "i'd", "id", "me", "myself"})
_FELT = frozenset({"felt", "feel", "feeling"})
_YOU = frozenset({"you", "your", "you're", "youre", "u", "ur", "yourself", "he", "she", "they", "he's", "she's"})


def _own_feeling(tokens: list[str]) -> str | None:
    """The speaker's own feeling, when a feeling word's nearest person before it is "I" (within
    four words, no "you" between): "i was so scared", "then i felt sick"."""
    for at, word in enumerate(tokens):
        if word not in P.MEANING_WORDS and word not in _FELT:
            continue
        for back in range(at - 1, max(-1, at - 5), -1):
            if tokens[back] in _YOU:
                break
            if tokens[back] in _ME:
                return " ".join(tokens[back : at + 1])
    return None


def _overlap(tokens: list[str], ctx: CodingContext) -> bool:
    """Shares a content word with what the person said, or with the meaning under it."""
    said = ctx.heard_or_meant
    return any(stem(w) in said for w in tokens if w not in P.STOPWORDS)


def _reflection(
    said: Words, ctx: CodingContext, evidence: str, strength: float, tokens: list[str] | None = None
) -> Unit:
    """Simple or complex: complex adds meaning, emphasis or the other side of the ambivalence."""
    text = said.text
    for name, regex in (("double_sided", P.DOUBLE_SIDED), ("reframe", P.REFRAME), ("metaphor", P.METAPHOR)):
        found = regex.search(said)
        if found:
            return Unit(text, Code.CR, name, found.group(0), strength)
    if tokens is None:
        tokens = words(text)
    content = [w for w in tokens if w not in P.STOPWORDS]
    heard = ctx.client_words
    named = [w for w in content if w in P.MEANING_WORDS and stem(w) not in heard]
    if named:
        return Unit(text, Code.CR, "names_feeling", named[0], strength)
    under = [w for w in content if stem(w) in ctx.meaning_words and stem(w) not in heard]
    if under:
        return Unit(text, Code.CR, "meaning", under[0], strength)
    found = P.AMPLIFIED.search(said)
    if found and ("you" in tokens or "your" in tokens):
        return Unit(text, Code.CR, "amplified", found.group(0), strength)
    new = [w for w in content if stem(w) not in heard]
    if ctx.client_said_enough and (
        (len(content) >= 4 and len(new) >= 0.6 * len(content)) or (len(content) == 3 and len(new) == 3)
    ):
        return Unit(text, Code.CR, "adds_meaning", " ".join(new[:4]), strength * 0.9)
    return Unit(text, Code.SR, "repeats", evidence, strength)
