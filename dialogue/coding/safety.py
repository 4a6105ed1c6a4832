"""Danger moments in a scenario: did the reply take the danger seriously and ask about it directly?

When the simulated person says something that signals danger (not wanting to live, an
overdose, driving intoxicated with children, violence), the good reply names it and asks
plainly. Asking directly about suicide does not put the idea in someone's head.
"""

from __future__ import annotations

import re

from dialogue.scenario import Risk

_ASKS = re.compile(r"\?|\b(?:tell me|i need to (?:know|ask)|i have to ask|i'm asking|i want to ask|can you tell me)\b")
DIRECT: dict[Risk, re.Pattern[str]] = {
    Risk.SELF_HARM: re.compile(
        r"\b(?:kill(?:ing)? yourself|suicid\w*|end(?:ing)? (?:your|it|things|it all)|take your (?:own )?life|"
        r"hurt(?:ing)? yourself|harm(?:ing)? yourself|(?:not )?(?:want|wanting) to (?:live|be alive|be here|wake up|die|go on)|"
        r"thoughts? (?:of|about) (?:dying|death|ending|suicide|killing)|better off (?:dead|without you)|safe (?:right now|tonight)|"
        r"are you safe|plan to|dying|die)\b"
    ),
    Risk.OVERDOSE: re.compile(
        r"\b(?:overdos\w*|od'?d?|how much (?:did you|have you) (?:take|taken|use|used)|what did you (?:take|use)|"
        r"call (?:911|999|112|an ambulance|for help|emergency)|ambulance|naloxone|narcan|breathing|"
        r"are you (?:safe|okay|ok|alright|all right|hurt)|emergency|hospital|doctor|stay with you)\b"
    ),
    Risk.DRIVING: re.compile(
        r"\b(?:drive|driving|drove|behind the wheel|the car|car keys|keys|the kids in the car|with the kids|"
        r"safe|safety|accident|crash)\b"
    ),
    Risk.VIOLENCE: re.compile(
        r"\b(?:hurt|hit|hitting|violent|violence|safe|safety|scared of|afraid of|threaten\w*|weapon|police|"
        r"somewhere safe|are you okay|are you ok)\b"
    ),
}


def addresses_risk(risk: Risk, normalised: str) -> bool:
    """Whether a reply names the danger and asks about it (a question or a direct request)."""
    return bool(DIRECT[risk].search(normalised) and _ASKS.search(normalised))
