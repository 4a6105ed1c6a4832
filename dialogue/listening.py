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
from functools import lru_cache

from dialogue.codes import GROUPS, Code, Roadblock, TalkType
from dialogue.coding import Coding
from dialogue.coding.gate import Words, gate, tokens
from dialogue.coding.utterances import normalise, normalise_with_tokens, words
from dialogue.scenario import Topic

# Doing something for the person: verbs that are help in themselves ("I'll drive", "I can pay"),
# and verbs that are help when they are done *for you* ("I'll get you a kit", "I'll take you").
_HELPING = (
    r"(?:drive|pay|cover|babysit|help|sit with|stay with|come with|come along|come round|come over|come and|"
    r"pick (?:you|u) up|watch|mind|look after|have the kids|have the children|have (?:him|her|them) (?:tonight|for)|"
    r"cook|clean|sort (?:it|that|this|out)|organi[sz]e|arrange|research|print|book|lend|loan|meet (?:you|u)|"
    r"support|visit|join (?:you|u)|carry|write|refer|phone|ring|call|text|email|swing by|drop (?:you|u|it|them|off)|"
    r"bring|fetch|grab|collect|find|get|take|give|send|share|set (?:it|that|you|u) up|put|keep|make (?:you|u|a|an"
    r"|some)|"
    r"show (?:you|u)|walk (?:you|u|with)|hold)"
)
_SAYING = r"(?:tell|told|talk|talked|explain|explained|say|said|ask|asked|share what|shared what|describe)"
_OFFER = gate(
    rf"\b(?:i|we)(?:'ll| will| can| could|'d| would| am going to|'m going to| are going to|'re going to|'m gonna)"
    rf"(?: (?:\w+ly|also|still|just|gladly|happily|definitely|totally|even))? {_HELPING}\b(?! through)"
    rf"|\b(?:want|like|need|fancy) me to (?:\w+ )?{_HELPING}\b|\bwant us to (?:\w+ )?{_HELPING}\b"
    rf"|\b(?:would|could|will|does|did) it (?:help|be (?:useful|easier|ok|okay)|make (?:it|things) easier) if (?:i|we) "
    rf"(?!{_SAYING}\b)"
    rf"|\b(?:is it|would it be|would that be|will it be) (?:ok|okay|alright|all right|fine) if (?:i|we) (?!{_SAYING}\b)"
    rf"|\b(?:can|could|may|shall) (?:i|we) {_HELPING}\b"
    rf"|\b(?:how about|what if|what about if) (?:i|we) {_HELPING}\b|\blet (?:me|us) (?!make sure){_HELPING}\b"
    rf"|\blet's (?:find|get|book|sort|set up|look for|ring|call) (?:you|u)\b"
    rf"|\b(?:(?:i|we)(?:'d| would) (?:like|love|be happy|be glad|be willing)|(?:i'm|i am|we're|we are) "
    rf"(?:here|happy|glad|willing|ready|able|offering)|^(?:happy|glad|willing)) to {_HELPING}\b"
    rf"|\b(?:i|we)(?:'ve| have)? (?:got|bought|brought|picked up|kept|booked|saved|put aside|made up|put) "
    rf"(?:you|u|a|an|some|one|two|spare)\b"
    rf"|\b(?:do you|d'you|you|u) (?:want|need|fancy) (?:a|an|some|me|us|company)\b|^(?:want|need|fancy) (?:a|an|some)\b"
    rf"|\bwould (?:you|u) like (?:a|an|some|me|us|company)\b"
    rf"|\bhere(?:'s| is| are) (?:a|an|some|the|one|your)\b|\bthere(?:'s| is) (?:a|an|some) [^.?!]{{0,40}}\bfor (?:you"
    rf"|u)\b"
    rf"|\b(?:you|u) can (?:have|stay|borrow|keep|use|ride|come|count on)\b|\b(?:you're|you are) welcome to\b"
    rf"|\b(?:you can|you could) (?:always )?(?:call|ring|text) me\b|\bsay the word\b|\b(?:just )?(?:text|call"
    rf"|ring) me\b"
    rf"|\bthe offer(?:'s| is)? (?:still )?(?:there|open|stands)\b|\boffer\b[^.?!]{{0,40}}\b(?:stands|stays open"
    rf"|is open)\b"
    rf"|\b(?:i|we) (?:can|could) offer\b|\b(?:can|could|will) (?:give|get|offer|provide|lend|send|set) (?:you|u)\b"
    rf"|\bif (?:you|u) (?:ever )?(?:want|need|like)\b[^.?!]{{0,40}}\b(?:i'm|i am|im|i'll|we'll|i can|we can)\b"
    rf"|\b(?:i'm|i am|im) (?:off|free|around|home)\b[^.?!]{{0,40}}\bif (?:you|u) (?:want|need)"
    rf"|\b(?:is|are) (?:yours|there for you)\b"
)
_PROMISE = gate(
    r"\b(?:i|we) promise\b|, promise\b|\bpromise[.!]*$|\b(?:i|we) swear (?:to you|i'll|i will|i won't|we'll|i'm not)\b"
    r"|\b(?:you have|i give you|you've got) my word\b|\bcross my heart\b|\bsecret's safe\b|\bsecret is safe\b"
    r"|\b(?:i|we)(?:'ll| will) never\b|\b(?:i|we) won't [^.?!]{0,40}\b(?:again|anymore|any more)\b"
    r"|\bi will not [^.?!]{0,40}\b(?:again|anymore|any more)\b|\bfrom now on,? (?:i|we)\b"
    r"|\b(?:i|we) won't (?:mention|bring (?:it|that|this|the \w+) up|bring up|tell|lecture|nag|check|go on about"
    r"|judge)\b"
)
_APOLOGY = gate(
    r"(?<!not )\b(?:i'm |i am |im )?(?:so |really )?sorry\b(?![,.]? (?:what|but|can i|could you|could i|to (?:ask"
    r"|interrupt|hear)|"
    r"you feel|if you feel|for your loss))"
    r"|\bmy (?:bad|fault|mistake)\b|\bi owe (?:you|u) an apology\b|\bi (?:shouldn't|should not) have\b"
    r"|\bi was (?:out of line|wrong|too harsh|unfair|harsh)\b"
    r"|\bi (?:got|had) (?:that|it|you) wrong\b|\bforgive me\b|\bi (?:pushed|went) too (?:hard|far)\b|\bi apologi[sz]e\b"
    r"|\bthat came out (?:wrong|harsh|badly|all wrong)\b|\bi take (?:that|it) back\b|\bthat was (?:unfair|out of line|"
    r"a leading question|harsh|uncalled for)\b"
)
_ILL = re.compile(r"\bill (?=never|still|always|drive|be|take|pay|come|bring|get|call|pick|do|make|stop|keep|give|sit)")
_JOKE = gate(
    r"\b(?:lol|lmao|lmfao|rofl|ha|haha\w*|hehe\w*|jk|just kidding|only kidding|i'm kidding|i'm joking|just joking|"
    r"knock knock|joke|jokes|pun)\b|[\U0001F602\U0001F923\U0001F61C\U0001F61D\U0001F609\U0001F643]"
)
# A reply made only of these (four words at most) acknowledges and says nothing: "ok", "right, okay".
_ACKNOWLEDGING = frozenset({
    "ok", "okay", "k", "kk", "okey", "oky", "okie", "mmkay", "mkay", "mm", "mmm", "mhm", "hmm", "hm", "uh", "huh",
    "right", "sure", "fine", "alright", "alrighty", "i", "see", "cool", "oh", "ah", "yeah", "yep", "ya", "yea",
    "got", "it", "gotcha", "noted", "fair", "enough", "then", "true", "whatever", "thing", "well", "so",
})  # fmt: skip
# Everyday things that have nothing to do with the conversation: the weather, sport, telly, traffic,
# or a plain change of subject. (Not food, pets or the house: in a family those are often the point.)
_ELSEWHERE_TEXT = (
    r"\b(?:weather|rain(?:ing|y)?|sunny|snow(?:ing)?|forecast|cold in here|hot in here|\w+ game|the match|the score|"
    r"football|soccer|baseball|basketball|hockey|cricket|rugby|netflix|tv|telly|movie|film|episode|new season|"
    r"that show|traffic|parking|roadworks|the drive in|the bins|the news|new phone|haircut|had (?:her|his|their) baby|"
    r"for (?:tea|dinner|lunch|breakfast)|chicken or|the cat|the dog|by the way|random question|on another note|"
    r"changing the subject|speaking of which)\b"
)
_ELSEWHERE = gate(_ELSEWHERE_TEXT)
_ELSEWHERE_ANY = re.compile(_ELSEWHERE_TEXT)
_ABOUT_IT = re.compile(
    r"\b(?:drink\w*|drunk|alcohol|beer|wine|vodka|booze|drug\w*|using|use|high|pills?|opioids?|heroin|fentanyl|"
    r"meth|coke|cocaine|weed|cannabis|pot|smok\w*|gambl\w*|bet\w*|addict\w*|recovery|rehab|treatment|sober|"
    r"clean|relapse\w*|worr\w*|scared|afraid|love|sorry|feel\w*|family|excuse|missed|group|meeting|session|clinic|"
    r"appointment|program\w*|court|sponsor)\b"
)
# A reflection that says the person wants change ("so you want to stop") — said after sustain talk
# or discord, it reflects a meaning they did not give: the classic mishearing, change talk that isn't there.
_WANTS_CHANGE = re.compile(
    r"\byou(?:'re| are)? (?:really )?(?:want|wanna|'d like|would like|wish|need|are ready|'re ready|ready|"
    r"have decided|'ve decided|decided|are going|'re going|plan|mean) to (?:stop|quit|cut|give|get help|get clean|"
    r"get sober|go to (?:rehab|treatment|a meeting)|change|sort|fix|deal with|do something|be done)\b"
    r"|\byou(?:'re| are) (?:done with|finished with|ready for (?:rehab|treatment|help|a change))\b"
    r"|\byou know (?:you|it)(?:'ve| have)? (?:got|have) (?:a problem|to stop)\b"
)


@dataclass(frozen=True)
class Heard:
    """What a reply said: the topics it touched (in the order it named them), its acts, and the
    kind of off-script reply it is, if it is one."""

    topics: tuple[str, ...]
    acts: frozenset[str]
    off_script: str | None
    listens: bool = True  # False at a danger moment: the state's lines answer, not a topic's

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
        # Which topics a gate token can open, so a topic whose words are nowhere in a reply is not
        # searched; topics with a wildcard or hyphened word ("rehab*", "co-codamol") always are.
        self._by_key: dict[str, set[str]] = {}
        wild: set[str] = set()
        for name, topic in topics.items():
            keys, prefixes = _first_tokens(topic.words)
            for key in keys:
                self._by_key.setdefault(key, set()).add(name)
            if prefixes:
                wild.add(name)
        self._wild = frozenset(wild)
        self._keys = frozenset(self._by_key)

    def topics_in(self, normalised: str, present: frozenset[str] | None = None) -> tuple[str, ...]:
        """The topics a text names, in the order it names them first (`present`: its gate tokens)."""
        present = tokens(normalised) if present is None else present
        candidates: set[str] = set()
        for key in present & self._keys:
            candidates |= self._by_key[key]
        candidates |= self._wild  # few, and quicker searched than their prefixes looked up token by token
        found: list[tuple[int, str]] = []
        for name in candidates:
            match = self._topics[name].search(normalised)
            if match is not None:
                found.append((match.start(), name))
        return tuple(name for _, name in sorted(found))

    def hear(self, text: str, coding: Coding, earlier: Iterable[str], last: TalkType | None) -> Heard:
        """Hear a reply: `earlier` are the learner's recent replies, `last` the kind of talk of the
        person's last line."""
        normalised, found = normalise_with_tokens(text)
        said = Words(normalised.strip(), found)
        plain = " ".join(words(said.text))
        topics = self.topics_in(said.text, found)
        return Heard(topics, acts_of(said, coding), _off_script(plain, said, coding, earlier, topics, last))


def acts_of(said: Words | str, coding: Coding) -> frozenset[str]:
    """What a normalised reply does: asks, offers, promises, threatens, apologises (any of them). A
    reply that threatens offers and promises nothing: "I'll drive you to rehab or you can pack your
    bags" and "I promise you, if you use again I'll call the police" are ultimatums."""
    if isinstance(said, str):
        said = Words.of(said)
    if _ILL.search(said.text):  # "ill drive u" is "i'll drive you"
        said = Words.of(_ILL.sub("i'll ", said.text))
    acts = {"mentioned"}
    # A threat is a warning of consequences ("if you drink again you're out"), not any confrontation.
    threat = coding.roadblock is Roadblock.WARNING or any(u.rule == "threat" for u in coding.units)
    if coding.code in GROUPS["questions"]:
        acts.add("asked")
    if threat:
        acts.add("threatened")
    else:
        if _OFFER.search(said):
            acts.add("offered")
        if _PROMISE.search(said):
            acts.add("promised")
    if _APOLOGY.search(said):
        acts.add("apologised")
    return frozenset(acts)


def _off_script(
    plain: str, said: Words, coding: Coding, earlier: Iterable[str], topics: tuple[str, ...], last: TalkType | None
) -> str | None:
    if plain and any(plain == _plain(e) for e in earlier):
        return "repeat"
    if _minimal(plain):
        return "minimal"
    if _JOKE.search(said):
        return "joke"
    if (
        coding.code in (Code.SR, Code.CR)
        and last in (TalkType.SUSTAIN, TalkType.DISCORD)
        and _WANTS_CHANGE.search(said.text)
    ):
        return "misheard"
    if not topics and _ELSEWHERE.search(said) and not _ABOUT_IT.search(_ELSEWHERE_ANY.sub(" ", said.text)):
        return "unrelated"
    return None


@lru_cache(maxsize=4096)
def _plain(text: str) -> str:
    """A reply's words only, to tell the same reply typed again."""
    return " ".join(words(normalise(text)))


def _minimal(plain: str) -> bool:
    said = plain.split()
    return 0 < len(said) <= 4 and all(w in _ACKNOWLEDGING for w in said) and said not in (["i"], ["i", "see", "it"])


def _first_tokens(phrases: Iterable[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    """For each of a topic's phrases, a gate token every match of it contains (its longest word;
    the last with its plurals), or a prefix for a wildcard or hyphened word."""
    keys: set[str] = set()
    prefixes: list[str] = []
    for phrase in phrases:
        runs = sorted(tokens(phrase.rstrip("*")), key=phrase.find)
        if not runs:
            continue
        if "-" in phrase:  # "co-codamol", also typed "cocodamol"
            prefixes.append(runs[0])
        elif len(runs) > 1 and max(runs, key=len) != runs[-1]:
            keys.add(max(runs, key=len))
        elif phrase.endswith("*"):
            prefixes.append(runs[-1])
        else:
            keys.update((runs[-1], runs[-1] + "s", runs[-1] + "es"))  # the pattern takes plurals
    return frozenset(keys), tuple(prefixes)


def _pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    parts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        wild = phrase.endswith("*")
        body = re.escape(phrase.rstrip("*")).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]*")
        parts.append(body + (r"\w*" if wild else r"(?:s|es|'s)?"))
    return re.compile(r"(?<![\w'])(?:" + "|".join(parts) + r")(?!\w)")
