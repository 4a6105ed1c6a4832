"""What a reply said, beyond its code: the topics it touches, what it does (asks, offers, promises,
threatens, apologises), and whether it is off the script (the same reply again, a bare "ok", a joke,
a reflection of something the person did not say, a remark about something else).

The engine remembers the acts as facts and chooses the person's answer with them. Everything here
is read from the words' grammar, never from a list of sentences: "I'll drive you", "want me to
come with you?" and "would it be ok if I put one in your room" are offers by their form.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from dialogue.codes import GROUPS, Code, Roadblock
from dialogue.coding import Coding
from dialogue.coding.context import stem
from dialogue.coding.tables.vocabulary import STOPWORDS
from dialogue.coding.utterances import normalise, words
from dialogue.scenario import Topic

_HELPING = (
    r"(?:drive|take|bring|get|buy|pay|cover|come|go|help|find|call|ring|phone|text|sit|stay|be there|look|set|"
    r"book|keep|put|leave|give|make|pick|walk|watch|mind|babysit|hold|cook|clean|sort|organi[sz]e|arrange|"
    r"research|sign|drop|collect|lend|loan|meet|talk|listen|support|visit|join|ask|email|carry|show)"
)
_OFFER = re.compile(
    rf"\b(?:i|we)(?:'ll| will| can| could|'d| would| am going to|'m going to| are going to|'re going to)"
    rf"(?: \w+ly| also| still| happily| gladly| definitely)? {_HELPING}\b"
    rf"|\b(?:want|like|need) me to\b|\bwant us to\b"
    rf"|\b(?:would|could|will) it (?:help|make it easier|be easier) if (?:i|we)\b"
    rf"|\b(?:is it|would it be|would that be|will it be) (?:ok|okay|alright|all right|fine) if (?:i|we)\b"
    rf"|\b(?:can|could|may|shall) (?:i|we) {_HELPING}\b"
    rf"|\b(?:how about|what if|what about if) (?:i|we)\b|\blet me {_HELPING}\b"
    rf"|\b(?:i|we)(?:'d| would) (?:like|love|be happy|be glad|be willing) to\b"
    rf"|\b(?:i'm|i am|we're|we are) (?:here|happy|glad|willing|ready|able|offering) to\b"
    rf"|\b(?:i|we)(?:'ve| have)? (?:got|bought|brought|picked up|kept|found|booked|saved|put aside) "
    rf"(?:you|a|an|some|one|this|that|the)\b"
    rf"|\bthe offer(?:'s| is)? (?:still )?(?:there|open|stands)\b|\b(?:i|we) (?:can|could) offer\b"
)
_PROMISE = re.compile(
    r"\b(?:i|we) (?:promise|swear)\b|\b(?:you have|i give you|you've got) my word\b|\bcross my heart\b"
    r"|\b(?:i|we)(?:'ll| will) never\b|\b(?:i|we) won't [^.?!]{0,40}\bagain\b|\bi will not [^.?!]{0,40}\bagain\b"
)
_JOKE = re.compile(
    r"\b(?:lol|lmao|lmfao|rofl|haha\w*|hehe\w*|jk|just kidding|only kidding|i'm kidding|i'm joking|just joking|"
    r"knock knock|joke|jokes|pun)\b|[\U0001F602\U0001F923\U0001F61C\U0001F61D\U0001F609\U0001F643]"
)
_MINIMAL = frozenset({
    "ok", "okay", "k", "kk", "okey", "oky", "mm", "mmm", "mhm", "mm hmm", "hmm", "hm", "uh huh", "right", "sure",
    "fine", "alright", "all right", "i see", "cool", "oh", "ah", "yeah", "yep", "ya", "yea", "ok then",
    "okay then", "got it", "gotcha", "noted", "fair enough", "whatever", "sure thing", "true", "ok ok", "okay okay",
})  # fmt: skip
# Everyday things that have nothing to do with the conversation: the weather, sport, telly, food, traffic.
_ELSEWHERE = re.compile(
    r"\b(?:weather|rain(?:ing|y)?|sunny|snow(?:ing)?|forecast|the game|the match|the score|football|soccer|"
    r"baseball|basketball|hockey|cricket|rugby|the team|netflix|tv|telly|movie|film|episode|series|dinner|lunch|"
    r"breakfast|pizza|takeaway|takeout|traffic|parking|the news|holiday|vacation|the dog|the cat|garden|"
    r"shopping|groceries|new phone|haircut|by the way|random question|on another note|changing the subject|"
    r"speaking of which|anyway)\b"
)
_ABOUT_IT = re.compile(
    r"\b(?:drink\w*|drunk|alcohol|beer|wine|vodka|booze|drug\w*|using|use|high|pills?|opioids?|heroin|fentanyl|"
    r"meth|coke|cocaine|weed|cannabis|pot|smok\w*|gambl\w*|bet\w*|addict\w*|recovery|rehab|treatment|sober|"
    r"clean|relapse\w*|worr\w*|scared|afraid|love|sorry|feel\w*|family)\b"
)
_STANCE = re.compile(
    r"\b(?:so you(?:'re| are)? (?:saying|telling me|think|feel|want|believe|mean)|you(?:'re| are) saying|"
    r"sounds like you|it sounds like|what i hear is|you feel|you think|you want|you believe|you wish)\b"
)


@dataclass(frozen=True)
class Heard:
    """What a reply said: the topics it touched (in the order it named them), its acts, and the
    kind of off-script reply it is, if it is one."""

    topics: tuple[str, ...]
    acts: frozenset[str]
    off_script: str | None

    def facts(self) -> set[str]:
        """The facts this reply adds to the conversation's memory."""
        found = set(self.acts)
        for topic in self.topics:
            found.add(f"mentioned.{topic}")
            found.update(f"{act}.{topic}" for act in self.acts)
        return found


class Listener:
    """Hears replies for one scenario: its topics' words compiled once."""

    def __init__(self, topics: Mapping[str, Topic]) -> None:
        self._topics = {name: _pattern(topic.words) for name, topic in topics.items()}

    def topics_in(self, normalised: str) -> tuple[str, ...]:
        """The topics a text names, in the order it names them first."""
        found: list[tuple[int, str]] = []
        for name, pattern in self._topics.items():
            match = pattern.search(normalised)
            if match is not None:
                found.append((match.start(), name))
        return tuple(name for _, name in sorted(found))

    def hear(self, text: str, coding: Coding, earlier: Iterable[str], client: str, meaning: str) -> Heard:
        """Hear a reply: `earlier` are the learner's recent replies, `client` what the person said
        lately and `meaning` the feeling or meaning under their last line."""
        said = normalise(text).strip()
        plain = " ".join(words(said))
        topics = self.topics_in(said)
        return Heard(topics, acts_of(said, coding), _off_script(plain, said, coding, earlier, topics, client, meaning))


def acts_of(said: str, coding: Coding) -> frozenset[str]:
    """What a normalised reply does: asks, offers, promises, threatens, apologises (any of them)."""
    acts = {"mentioned"}
    threat = (
        coding.code is Code.CO or coding.roadblock is Roadblock.WARNING or any(u.rule == "threat" for u in coding.units)
    )
    if coding.code in GROUPS["questions"]:
        acts.add("asked")
    if threat:
        acts.add("threatened")
    elif _OFFER.search(said):
        acts.add("offered")
    if _PROMISE.search(said):
        acts.add("promised")
    if coding.repair:
        acts.add("apologised")
    return frozenset(acts)


def _off_script(
    plain: str, said: str, coding: Coding, earlier: Iterable[str], topics: tuple[str, ...], client: str, meaning: str
) -> str | None:
    if plain and any(plain == " ".join(words(normalise(e))) for e in earlier):
        return "repeat"
    if plain in _MINIMAL:
        return "minimal"
    if _JOKE.search(said):
        return "joke"
    if coding.code in (Code.SR, Code.CR) and not topics and _misheard(said, client, meaning):
        return "misheard"
    if not topics and _ELSEWHERE.search(said) and not _ABOUT_IT.search(_ELSEWHERE.sub(" ", said)):
        return "unrelated"
    return None


def _misheard(said: str, client: str, meaning: str) -> bool:
    """A reflection that puts a view in the person's mouth ("so you think...") sharing no word
    with what they said lately or the meaning under it."""
    if not _STANCE.search(said):
        return False
    content = {stem(w) for w in words(_STANCE.sub(" ", said)) if w not in STOPWORDS and len(w) > 2}
    heard = {stem(w) for w in words(normalise(f"{client} {meaning}")) if w not in STOPWORDS}
    return len(content) >= 2 and content.isdisjoint(heard)


def _pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    parts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        wild = phrase.endswith("*")
        body = re.escape(phrase.rstrip("*")).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]*")
        parts.append(body + (r"\w*" if wild else r"(?:s|es|'s)?"))
    return re.compile(r"(?<![\w'])(?:" + "|".join(parts) + r")(?!\w)")
