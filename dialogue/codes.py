"""The code set (MITI 4.2.1 behaviour codes plus the OARS summary) and Gordon's roadblocks."""

from __future__ import annotations

from enum import StrEnum


class Code(StrEnum):
    """One primary code per learner reply."""

    OQ = "OQ"
    CQ = "CQ"
    SR = "SR"
    CR = "CR"
    SU = "SU"
    AF = "AF"
    EA = "EA"
    SC = "SC"
    GI = "GI"
    PE = "PE"
    CO = "CO"
    OT = "OT"


class Adherence(StrEnum):
    ADHERENT = "adherent"
    NEUTRAL = "neutral"
    NON_ADHERENT = "non_adherent"


class TalkType(StrEnum):
    """What the simulated person's line is, in MI terms."""

    CHANGE = "change"
    SUSTAIN = "sustain"
    DISCORD = "discord"
    NEUTRAL = "neutral"


class Roadblock(StrEnum):
    """Gordon's twelve roadblocks to listening, as Miller names them in *Listening Well*."""

    DIRECTING = "directing"
    WARNING = "warning"
    ADVISING = "advising"
    PERSUADING = "persuading"
    MORALISING = "moralising"
    JUDGING = "judging"
    PRAISING = "agreeing or praising"
    SHAMING = "shaming or labelling"
    ANALYSING = "analysing"
    PROBING = "probing"
    REASSURING = "reassuring"
    DISTRACTING = "distracting"


LABELS: dict[Code, str] = {
    Code.OQ: "open question",
    Code.CQ: "closed question",
    Code.SR: "simple reflection",
    Code.CR: "complex reflection",
    Code.SU: "summary",
    Code.AF: "affirmation",
    Code.EA: "emphasising autonomy",
    Code.SC: "seeking collaboration",
    Code.GI: "giving information",
    Code.PE: "persuading",
    Code.CO: "confronting",
    Code.OT: "other",
}

FAMILY_LABELS: dict[Code, str] = {
    Code.OQ: "a question that invites a story",
    Code.CQ: "a yes/no question",
    Code.SR: "a listening statement",
    Code.CR: "a listening statement that goes deeper",
    Code.SU: "summing up",
    Code.AF: "noticing something good",
    Code.EA: "leaving the choice to them",
    Code.SC: "asking before sharing",
    Code.GI: "sharing information",
    Code.PE: "persuading",
    Code.CO: "lecturing or criticising",
    Code.OT: "other",
}
"""The same codes in a family member's words (family scenarios): only the words change, never the code."""

FAMILY_RULE_LABELS: dict[str, str] = {
    "craft_i_statement": "saying how you feel",
    "i_statement": "speaking for yourself",
    "repair": "owning a misstep",
    "safety_question": "asking straight out about safety",
}
"""Family words for the moments a rule names better than its code does (a calm "I" statement is GI)."""


def label_for(code: Code, audience: str | None = None, rule: str | None = None) -> str:
    """What a reply is called: the MITI name, or plain words when a family member is practising."""
    if audience != "family":
        return LABELS[code]
    return FAMILY_RULE_LABELS.get(rule or "", FAMILY_LABELS[code])


ADHERENCE: dict[Code, Adherence] = {
    Code.AF: Adherence.ADHERENT,
    Code.EA: Adherence.ADHERENT,
    Code.SC: Adherence.ADHERENT,
    Code.PE: Adherence.NON_ADHERENT,
    Code.CO: Adherence.NON_ADHERENT,
}

# Names a scenario author may use instead of listing codes one by one.
GROUPS: dict[str, frozenset[Code]] = {
    "questions": frozenset({Code.OQ, Code.CQ}),
    "reflections": frozenset({Code.SR, Code.CR, Code.SU}),
    "complex": frozenset({Code.CR, Code.SU}),
    "adherent": frozenset({Code.AF, Code.EA, Code.SC}),
    "non_adherent": frozenset({Code.PE, Code.CO}),
    "neutral": frozenset({Code.OQ, Code.CQ, Code.SR, Code.CR, Code.SU, Code.GI, Code.OT}),
    "any": frozenset(Code),
}


class Verdict(StrEnum):
    """How a reply lands for the learner: the ✓ / • / ✗ on a coaching chip."""

    GOOD = "good"
    OKAY = "okay"
    RETHINK = "rethink"


VERDICTS: dict[Code, Verdict] = {
    **{c: Verdict.GOOD for c in (Code.OQ, Code.SR, Code.CR, Code.SU, Code.AF, Code.EA, Code.SC)},
    **{c: Verdict.OKAY for c in (Code.CQ, Code.GI, Code.OT)},
    **{c: Verdict.RETHINK for c in (Code.PE, Code.CO)},
}


def verdict_of(code: Code) -> Verdict:
    return VERDICTS[code]


def adherence_of(code: Code) -> Adherence:
    """MITI adherence category of a code (MI-adherent, neutral or MI-non-adherent)."""
    return ADHERENCE.get(code, Adherence.NEUTRAL)


def expand(names: list[str]) -> frozenset[Code]:
    """Codes named by a list of codes and group names; raises KeyError on an unknown name."""
    found: set[Code] = set()
    for name in names:
        if name in GROUPS:
            found |= GROUPS[name]
        else:
            found.add(Code(name))
    return frozenset(found)


def code_or_group_names() -> list[str]:
    """Every name valid in a scenario's `codes:` and `after:` lists, for error messages."""
    return [c.value for c in Code] + sorted(GROUPS)
