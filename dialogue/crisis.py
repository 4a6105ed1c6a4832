"""Is the person practising in danger themselves? Then the role-play pauses and shows help.

This looks at what the *user* types, not at the simulated person. It errs toward showing help:
a false alarm costs one click on "I'm safe, carry on"; a missed one could cost much more. It
tells apart the user speaking about themselves ("I want to end my life", "he hits me", "she's
not breathing") from role-play lines about the loved one ("you're killing yourself with that
stuff", "are you thinking about suicide?"), which are the practice itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from dialogue.coding.utterances import normalise


class CrisisKind(StrEnum):
    SELF_HARM = "self_harm"
    VIOLENCE = "violence"
    OVERDOSE = "overdose"


@dataclass(frozen=True)
class CrisisSignal:
    kind: CrisisKind
    evidence: str


_I = r"(?:i|i'm|i am|i've|i have|i'll|i will|i just|i really|i keep|i feel like i)"
_PATTERNS: dict[CrisisKind, re.Pattern[str]] = {
    CrisisKind.SELF_HARM: re.compile(
        rf"\b{_I}\s*(?:\w+\s+){{0,3}}(?:want|wanna|going|gonna|plan|planning|thinking about|think about|might|could|should|need)"
        r"\s+(?:to\s+)?(?:die|kill myself|end (?:it|my life|it all|things)|not (?:be here|exist|wake up|live)|hurt myself|"
        r"take my (?:own )?life|disappear for good|overdose|jump)\b"
        r"|\b(?:kill|killing|hurt|hurting|harm|harming|cut|cutting) myself\b|\bend(?:ing)? my (?:own )?life\b"
        r"|\bi(?:'m| am) (?:so |really |feeling )?suicidal\b|\bmy suicide\b|\bsuicide note\b"
        rf"|\b{_I}\s*(?:don't|do not|no longer) want to (?:live|be alive|be here|wake up|go on)\b"
        r"|\b(?:i'd|i would|everyone would|they'd all) be better off (?:dead|without me)\b|\bbetter off without me\b"
        r"|\bno (?:reason|point) (?:for me )?(?:to|in) (?:live|living|going on)\b|\bi can't go on\b|\bi can't do this anymore\b"
        r"|\bi(?:'ve| have)? (?:taken|took|swallowed) (?:all|a bunch of|a lot of|too many|the whole)\b"
    ),
    CrisisKind.VIOLENCE: re.compile(
        r"\b(?:he|she|they|my (?:husband|wife|partner|boyfriend|girlfriend|son|daughter|dad|father|mom|mum|mother|brother|ex))"
        r"(?:'s| is| has| keeps| always| just)?\s*(?:\w+\s+){0,2}(?:hit|hits|hitting|beat|beats|beating|punched|punches|kicked|kicks|choked|chokes|"
        r"strangled|slapped|slaps|pushed me|shoved me|threw|throws|threatened|threatens|attacked|attacks|hurts me|hurt me|"
        r"raped|abuses|abused)\b(?=[^.?!]*\b(?:me|us|my|the kids|the children|our)\b)"
        r"|\b(?:he|she|they)(?:'s| is| are)? (?:going to|gonna|will|threatened to|said (?:he|she|they)(?:'d| would)) (?:kill|hurt|beat) (?:me|us|the kids)\b"
        r"|\bi(?:'m| am) (?:not safe|scared for my life|afraid for my life|in danger)\b|\b(?:we're|we are|the kids are) not safe\b"
        r"|\b(?:has|got) a (?:gun|knife|weapon)\b(?=[^.?!]*\b(?:me|us|threat|kill|hurt)\b)|\bhelp me,? (?:he|she)\b"
    ),
    CrisisKind.OVERDOSE: re.compile(
        r"\b(?:he|she|they|my \w+)(?:'s| is| are| isn't| is not| won't| will not| can't)? ?(?:not breathing|isn't breathing|"
        r"won't wake up|not waking up|turning blue|blue lips|unconscious|unresponsive|passed out and|overdosing|od'?ing)\b"
        r"|\b(?:is|are|he's|she's|they're) (?:overdosing|od'?ing) (?:right )?now\b|\bhaving an overdose\b"
        r"|\b(?:overdosing|overdosed|od'?d|od'?ing)\b(?=[^.?!]*\b(?:now|right now|just now|help|what do i do)\b)"
        r"|\bi think (?:he|she|they)(?:'s| is| are) (?:overdosing|dying|od'?ing)\b|\bwhat do i do,? (?:he|she)\b"
    ),
}
# Role-play about the loved one, not about the user: these never count as a crisis on their own.
_ABOUT_THEM = re.compile(
    r"\b(?:you(?:'re| are)?|your) (?:\w+ ){0,3}(?:kill(?:ing)? yourself|die|dying|overdose|hurt(?:ing)? yourself|suicid\w*)\b"
    r"|\bare you (?:thinking|having thoughts) (?:about|of)\b"
)
_ABOUT_ME = re.compile(r"\b(?:i|me|my|myself)\b")


def detect_crisis(text: str) -> CrisisSignal | None:
    """A sign that the person typing may be in danger now, or None."""
    said = normalise(text)
    for kind, pattern in _PATTERNS.items():
        found = pattern.search(said)
        if found is None:
            continue
        about_them = _ABOUT_THEM.search(said) and not _ABOUT_ME.search(found.group(0))
        if kind is CrisisKind.SELF_HARM and about_them:
            continue
        return CrisisSignal(kind, found.group(0))
    return None
