"""Normalise a reply as people type it and parse it into utterances (MITI's thought units)."""

from __future__ import annotations

import re

MAX_REPLY_CHARS = 4000
"""The longest reply the coder reads; longer input is rejected with a clear message."""

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "…": "...", "–": "-", "—": " - "})
_SPACES = re.compile(r"[ \t\r\f\v]+")
_MISSING_APOSTROPHE = {
    "youre": "you're", "youve": "you've", "youll": "you'll", "youd": "you'd",
    "im": "i'm", "ive": "i've", "dont": "don't", "doesnt": "doesn't", "didnt": "didn't",
    "cant": "can't", "wont": "won't", "isnt": "isn't", "arent": "aren't", "wasnt": "wasn't",
    "werent": "weren't", "havent": "haven't", "hasnt": "hasn't", "shouldnt": "shouldn't",
    "wouldnt": "wouldn't", "couldnt": "couldn't", "thats": "that's", "whats": "what's",
    "theres": "there's", "lets": "let's", "its": "it's", "ur": "you're", "u": "you",
    "theyre": "they're", "weve": "we've", "hows": "how's", "whos": "who's", "ya": "you",
    "gonna": "going to", "wanna": "want to", "gotta": "got to", "kinda": "kind of",
    "dunno": "don't know", "cuz": "because", "coz": "because", "pls": "please", "plz": "please",
}  # fmt: skip
_CONTRACTION = re.compile(r"\b(" + "|".join(_MISSING_APOSTROPHE) + r")\b")
_TYPED = frozenset(_MISSING_APOSTROPHE)
# A sentence ends at . ! ? (with closing quotes), a line break, or a semicolon.
_BOUNDARY = re.compile(r"(?<=[.!?])[\"')\]]*\s+|\s*\n+\s*|;\s+|\s*--+\s*")
# Spoken disfluencies: "wha-what", "and-and" → "what", "and".
_STUTTER = re.compile(r"\b(\w{1,8})-(?=\1)")
_ABBREVIATION = re.compile(r"\b(?:dr|mr|mrs|ms|st|vs|e\.g|i\.e|etc|approx)\.$")
# Typed without punctuation, a question often starts mid-line: "i hear you what would help".
_RUN_ON_QUESTION = re.compile(
    r"(?<=\w\s)(?<!\bi\s)(?=(?:what|how|why|would you|could you|can you|do you|did you|are you|"
    r"have you|is there|is it|will you|tell me|can i|may i)\b)"
)
_LEAD_IN = re.compile(r"(?<![a-z])(?:wonder|know|sure|about|ask|asking|tell|see|if|and|but|or)\s$")
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


class ReplyError(ValueError):
    """A reply the coder cannot read; the message says what to do."""


def normalise(text: str) -> str:
    """Lower case, straight quotes, single spaces and restored apostrophes ("dont" → "don't")."""
    lowered = text.lower() if text.isascii() else text.translate(_QUOTES).lower()
    lowered = _SPACES.sub(" ", lowered).strip() if "\n" in lowered else " ".join(lowered.split())
    if "-" in lowered:
        lowered = _STUTTER.sub("", lowered)
    if _TYPED.isdisjoint(_WORD.findall(lowered)):
        return lowered
    return _CONTRACTION.sub(lambda m: _MISSING_APOSTROPHE[m.group(1)], lowered)


def check_reply(text: str) -> str:
    """The reply with outer whitespace removed; raise ReplyError if it is empty or too long."""
    stripped = text.strip()
    if not stripped:
        raise ReplyError("The reply is empty: type what you would say.")
    if len(stripped) > MAX_REPLY_CHARS:
        raise ReplyError(
            f"The reply is {len(stripped):,} characters; the most the coder reads is "
            f"{MAX_REPLY_CHARS:,}. Split it into shorter replies."
        )
    return stripped


def split_utterances(normalised: str) -> list[str]:
    """Thought units: sentences, or for unpunctuated typing, a question that starts mid-line."""
    parts = [p.strip(" ,-") for p in _BOUNDARY.split(normalised)]
    merged: list[str] = []
    for part in parts:
        if not part:
            continue
        if merged and _ABBREVIATION.search(merged[-1]):
            merged[-1] = f"{merged[-1]} {part}"
        else:
            merged.append(part)
    if len(merged) == 1 and not any(ch in normalised for ch in ".?!"):
        return _split_run_on(merged[0])
    return merged


def _split_run_on(text: str) -> list[str]:
    words = text.split()
    if len(words) < 7:
        return [text]
    for match in _RUN_ON_QUESTION.finditer(text):
        head = text[: match.start()]
        if len(head.split()) >= 3 and not _LEAD_IN.search(head):
            return [head.strip(" ,"), text[match.start() :].strip()]
    return [text]


def words(text: str) -> list[str]:
    """The words of a normalised text."""
    return _WORD.findall(text)
