"""'What could I say?': two or three sentence starters that fit the moment, taken from the state's
model replies and cut short (never the whole answer), and what to aim for, in plain words for
family members and in MITI terms for trainees. Nothing is generated: every word comes from the
scenario or from the table below."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dialogue.codes import Code
from dialogue.scenario import Audience, Risk, Scenario

MOST = 3  # starters offered at once
WORDS = 6  # a starter's words at most, fewer when a clause ends sooner

# What the moment asks for, by the model reply's code: (family, trainee and interventionist).
AIMS: dict[Code, tuple[str, str]] = {
    Code.SR: ("Say back what you heard, in your own words.", "Try a simple reflection of what you heard."),
    Code.CR: (
        "Say back what you think they feel or mean, not only their words.",
        "Try a complex reflection: the feeling or meaning under their words.",
    ),
    Code.SU: ("Sum up what they've told you, and check you've got it right.", "Try a summary, with change talk last."),
    Code.OQ: ("Ask a question that invites them to tell you more.", "Try an open question."),
    Code.AF: ("Notice something good they've done or care about.", "Try an affirmation of a real strength or effort."),
    Code.EA: ("Let them know the choice is theirs.", "Emphasise their autonomy."),
    Code.SC: (
        "Ask before you share, or ask what they think.",
        "Seek collaboration: ask permission, or share the agenda.",
    ),
    Code.GI: ("Share what you know, briefly and without pressure.", "Give information neutrally, briefly."),
    Code.CQ: ("A plain yes-or-no question fits here.", "A closed question fits here."),
}
_CLAUSE = re.compile(r"[,.;:?!—]| - ")


@dataclass(frozen=True)
class Hint:
    starters: tuple[str, ...]
    aim: str


def starter(text: str) -> str:
    """The opening of a reply, never all of it: up to the first clause's end or WORDS words."""
    head = _CLAUSE.split(text, maxsplit=1)[0].split()[:WORDS]
    every = text.split()
    if len(head) >= len(every):
        head = every[: max(1, len(every) // 2)]
    return " ".join(head).rstrip(",;:.?!") + "…"


# At a danger moment the aim is always the same: ask about it, directly and calmly.
SAFETY: dict[Risk, tuple[str, str]] = {
    Risk.SELF_HARM: (
        "Ask them straight out, calmly, whether they are thinking of ending their life. Asking does not put "
        "the idea in their head.",
        "Ask directly about suicidal thoughts, plan and safety.",
    ),
    Risk.OVERDOSE: (
        "Ask plainly about their safety when they use, and whether they'd keep naloxone near.",
        "Ask directly about overdose risk: using alone, tolerance, naloxone.",
    ),
    Risk.DRIVING: (
        "Ask plainly about the driving: is anyone at risk?",
        "Ask directly about driving under the influence.",
    ),
    Risk.VIOLENCE: ("Ask plainly whether anyone is in danger at home.", "Ask directly about safety and violence."),
}


def hint_for(scenario: Scenario, state: str) -> Hint:
    """The hint for a state of a scenario (its model replies, in order, one starter per reply)."""
    here = scenario.states[state]
    replies = here.model_replies[:MOST]
    family = scenario.audience is Audience.FAMILY
    aims: list[str] = []
    risk = next((line.risk for line in here.lines if line.risk is not None), None)
    if risk is not None:  # the danger moment's aim, and no other
        return Hint(tuple(dict.fromkeys(starter(r.text) for r in replies)), SAFETY[risk][0 if family else 1])
    for reply in replies:
        words = AIMS.get(reply.code)
        if words is not None and words[0 if family else 1] not in aims:
            aims.append(words[0 if family else 1])
    starters = tuple(dict.fromkeys(starter(r.text) for r in replies))
    return Hint(starters, " Or: ".join(aims[:2]))
