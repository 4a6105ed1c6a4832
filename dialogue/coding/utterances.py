"""Normalise a reply as people type it and parse it into utterances (MITI's thought units)."""

from __future__ import annotations

import re

from dialogue.coding.gate import DELIMIT

MAX_REPLY_CHARS = 4000
"""The longest reply the coder reads; longer input is rejected with a clear message."""

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "…": "...", "–": "-", "—": " - "})
# Every kind of space but the line break (which ends an utterance): tabs, no-break and wide
# spaces, and the rarer separators that `str.split()` also splits on.
_SPACES = re.compile(r"[^\S\n]+")
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
    "hes": "he's", "shes": "she's", "theyll": "they'll", "theyve": "they've", "itll": "it'll",
    "wouldve": "would've", "couldve": "could've", "shouldve": "should've", "aint": "ain't", "yall": "y'all",
    "cnt": "can't", "dnt": "don't", "wnt": "want", "nt": "not", "r": "are", "n": "and", "wat": "what",
    "thru": "through", "tho": "though", "b4": "before", "2nite": "tonight", "2night": "tonight",
    "tmrw": "tomorrow", "tmr": "tomorrow", "2moro": "tomorrow", "rn": "right now", "bc": "because",
    "idk": "i don't know", "ppl": "people", "ima": "i'm going to", "imma": "i'm going to",
    "tryna": "trying to", "yr": "your", "w": "with", "luv": "love", "wen": "when", "ull": "you'll",
    "id": "i'd", "shoudl": "should", "shud": "should", "shld": "should", "shoud": "should",
    "alot": "a lot", "realy": "really",
}  # fmt: skip
_CONTRACTION = re.compile(r"\b(" + "|".join(_MISSING_APOSTROPHE) + r")\b(?!')")
_TYPED = frozenset(_MISSING_APOSTROPHE) | {"your"}
# "ur" and "your" typed for each other: "ur kids" is "your kids"; "your a liar" is "you're a liar".
_UR_YOUR = re.compile(
    r"\bur (?!(?:a|an|so|such|not|going|gonna|being|always|never|just|still|really|very|too|right|wrong|ok|okay|"
    r"fine|sure|"
    r"kidding|joking|welcome|drunk|high|wasted|stoned|done|out|sick|tired|scared|afraid|angry|mad|upset|sorry|selfish|"
    r"pathetic|useless|lying|the|in|on|at|here|there|home|back|better|worse|all|no|nothing|gonna|doing|making|acting|"
    r"dead|gone|finished|next|over|through|dreaming|mad|crazy|insane|nuts|unbelievable|impossible|baked|blazed|smashed|"
    r"hammered|pissed|buzzing|slurring|dependent|depressed|addicted|hooked|clean|sober|wrong|late|"
    r"killing|ruining|hurting|using|drinking|smoking|worried|allowed|ready|clearly|obviously|literally|basically|like|only|"
    r"probably|definitely|also|even|both|an|my|his|her|their|our|\w+ing)\b)(?=[a-z])"
    r"|\byour (?=(?:a|an|going|gonna|not|so|such|being|always|never|just|still|really|lying|drunk|high|wasted|killing|"
    r"doing|making|acting|kidding|joking|out|done|fine|ok|okay|safe|scared|afraid|angry|upset|sorry|right|wrong|welcome|"
    r"the (?:one|only|reason|problem|worst|best)|coming|drinking|using|smoking|ruining|destroying|hurting|selfish|"
    r"pathetic|weak|useless|an addict|in denial|full of|better than|worse than|worth|allowed|gonna|sick|tired|worried|"
    r"clearly|obviously|basically|literally|nothing|all)\b)"
)
# A sentence ends at . ! ? (with closing quotes), a line break, or a semicolon.
_BOUNDARY = re.compile(r"(?<=[.!?])[\"')\]]*\s+|\s*\n+\s*|;\s+|\s*--+\s*")
# Without ; -- or a line break only the first kind of boundary can occur: found from its mark.
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s+")
# Spoken disfluencies: "wha-what", "and-and" → "what", "and".
_STUTTER = re.compile(r"\b(\w{1,8})-(?=\1)")
_ABBREVIATION = re.compile(r"\b(?:dr|mr|mrs|ms|st|vs|e\.g|i\.e|etc|approx)\.$")
# Typed without punctuation, a question often starts mid-line: "i hear you what would help".
_RUN_ON_QUESTION = re.compile(
    r"(?<=\w\s)(?<!\bi\s)(?=(?:what|how|why|would you|could you|can you|do you|did you|are you|"
    r"have you|is there|is it|will you|tell me|can i|may i)\b)"
)
# Where _RUN_ON_QUESTION can hold: the first word of each of its phrases (found fast, then checked).
_RUN_ON_START = re.compile(r"\b(?:what|how|why|would|could|can|do|did|are|have|is|will|tell|may)\b")
_LEAD_IN = re.compile(
    r"(?<![a-z])(?:wonder|wondering|curious|know|sure|about|ask|asking|tell|see|if|and|but|or|is|was|that's|exactly|just|what's|"
    r"(?:telling|showing|asking|tell|show) (?:you|u)|would|could|should|will|might|must|it'd|itd|that'd)\s$"
)
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


class ReplyError(ValueError):
    """A reply the coder cannot read; the message says what to do."""


def _lowered(text: str) -> str:
    lowered = text.lower() if text.isascii() else text.translate(_QUOTES).lower()
    lowered = _SPACES.sub(" ", lowered).strip() if "\n" in lowered else " ".join(lowered.split())
    if "-" in lowered:
        lowered = _STUTTER.sub("", lowered)
    return lowered


def _restore(match: re.Match[str]) -> str:
    return _MISSING_APOSTROPHE[match.group(1)]


def _restore_typed(lowered: str) -> str:
    """Apostrophes, text-speak and "ur"/"your" as people type them, restored."""
    if "ur" in lowered:
        lowered = _UR_YOUR.sub(_your_or_youre, lowered)
    return _CONTRACTION.sub(_restore, lowered)


def _your_or_youre(match: re.Match[str]) -> str:
    return "your " if match.group(0) == "ur " else "you're "


def normalise(text: str) -> str:
    """Lower case, straight quotes, single spaces and restored apostrophes ("dont" → "don't")."""
    lowered = _lowered(text)
    if _TYPED.isdisjoint(_WORD.findall(lowered)):
        return lowered
    return _restore_typed(lowered)


def normalise_with_tokens(text: str) -> tuple[str, frozenset[str]]:
    """`normalise(text)` and its gate tokens (runs of letters and digits), found in one pass."""
    lowered = _lowered(text)
    runs = _runs(lowered)
    # A typed form ("dont") is a whole run, so runs without one mean nothing to restore.
    if _TYPED.isdisjoint(runs) or _TYPED.isdisjoint(_WORD.findall(lowered)):
        return lowered, frozenset(runs)
    restored = _restore_typed(lowered)
    return restored, frozenset(_runs(restored))


def _runs(text: str) -> list[str]:
    """What `gate.WORD.findall(text)` gives (runs of a-z and 0-9), split on bytes because that is quicker."""
    return text.encode("utf-8", "surrogatepass").translate(DELIMIT).decode("ascii").split()


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
    special = ";" in normalised or "\n" in normalised or "--" in normalised
    if not special and "." not in normalised and "?" not in normalised and "!" not in normalised:
        part = normalised.strip(" ,-")
        return _split_run_on(part) if part else []
    if special:
        parts = [p.strip(" ,-") for p in _BOUNDARY.split(normalised)]
    else:
        parts = []
        start = 0
        for end in _SENTENCE_END.finditer(normalised):
            parts.append(normalised[start : end.start() + 1].strip(" ,-"))
            start = end.end()
        parts.append(normalised[start:].strip(" ,-"))
    merged: list[str] = []
    for part in parts:
        if not part:
            continue
        if merged and merged[-1][-1] == "." and _ABBREVIATION.search(merged[-1]):
            merged[-1] = f"{merged[-1]} {part}"
        else:
            merged.append(part)
    if len(merged) == 1 and "." not in normalised and "?" not in normalised and "!" not in normalised:
        return _split_run_on(merged[0])
    return merged


def _split_run_on(text: str) -> list[str]:
    words = text.split()
    if len(words) < 7:
        return [text]
    for start in _RUN_ON_START.finditer(text):
        match = _RUN_ON_QUESTION.match(text, start.start())
        if match is None:
            continue
        head = text[: match.start()]
        if len(head.split()) >= 3 and not _LEAD_IN.search(head):
            return [head.strip(" ,"), text[match.start() :].strip()]
    return [text]


def words(text: str) -> list[str]:
    """The words of a normalised text."""
    return _WORD.findall(text)
