"""The letter coach: an impact letter, read sentence by sentence and as a whole.

In a Johnson-style meeting each family member reads a letter: love first, two or three specific
times described as what *I* saw and felt, no labels, blame, threats, lectures or diagnoses, one
clear ask with the place and the time, and a bottom line said as what *I* will do. Each sentence
is coded with the chat's coder (its code, adherence, roadblock and feedback); a sentence that
would make the person stop listening is *flagged* as a label, a diagnosis, blame, a threat or a
lecture, with a kinder way to say it (dialogue/preparing.yaml). The whole letter gets the checks
above, each with a plain message. A bottom line said as the writer's own action ("If you decide not
to go, I won't lend you money any more") is the letter's to make: it is not flagged, where the
same words in a conversation are coded as a warning.

The coach reads by grammar (the coder's forms, and the letter's own: a generic scare fact, a
diagnosis, a bottom line), measured on letters written for this in many voices, a part of them
kept aside: `python -m tests.corpus.measure` (figures in the README).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field

from dialogue.codes import Adherence, Code, Roadblock
from dialogue.coding import CodingContext, ReplyError, code_reply
from dialogue.coding.utterances import normalise
from dialogue.crisis import CrisisSignal, detect_crisis

TEXTS_FILE = Path(__file__).resolve().parent / "preparing.yaml"
MOST_WORDS = 450
"""About a page: a letter longer than this is asked to be cut."""
MOST_CHARS = 20_000
"""The longest letter (or plan) the coach reads: several pages, far more than a letter needs."""


class Flag(StrEnum):
    """What a flagged sentence does that could make the person stop listening."""

    LABEL = "label"
    DIAGNOSIS = "diagnosis"
    BLAME = "blame"
    THREAT = "threat"
    LECTURE = "lecture"


class FlagText(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    why: str
    try_: str = Field(alias="try")


class Texts(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    flags: dict[Flag, FlagText]
    checks: dict[str, dict[str, str]]
    parts: dict[str, str]
    plan: dict[str, dict[str, str]]


@cache
def texts() -> Texts:
    """The coach's words, read once."""
    return Texts.model_validate(yaml.safe_load(TEXTS_FILE.read_text(encoding="utf-8")))


class LetterTooLong(ValueError):
    """A letter (or a plan's field) longer than the coach reads."""


# --- sentences ---------------------------------------------------------------------------------

_ABBREVIATIONS = r"(?:dr|mr|mrs|ms|st|jr|sr|vs|etc|e\.g|i\.e|a\.m|p\.m|no|mt|ft|approx|appt)"
_SPLIT = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=\S)")
_ABBREVIATED = re.compile(rf"\b{_ABBREVIATIONS}\.$", re.IGNORECASE)


def split_sentences(text: str) -> list[str]:
    """The letter's sentences, in order: a line break ends one, and so does . ! ? or …
    followed by a space (not after "Dr." or "a.m.")."""
    sentences: list[str] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        start = 0
        for gap in _SPLIT.finditer(line):
            piece = line[start : gap.start()].strip()
            if _ABBREVIATED.search(line[: gap.start()].rstrip("\"'”’)]")) or not piece:
                continue
            sentences.append(line[start : gap.start()].strip())
            start = gap.end()
        rest = line[start:].strip()
        if rest:
            sentences.append(rest)
    return sentences


# --- the letter's own forms --------------------------------------------------------------------

_YOU = r"(?:you|u|ya)"
_LOVE = re.compile(
    r"\b(?:love|loved|loving|lov u|luv|proud|grateful|thankful|thank (?:you|u)|adore|treasure|cherish|remember|"
    r"memor(?:y|ies)|miss (?:you|u|the)|care about|mean(?:s)? (?:the world|everything|so much|a lot)|favou?rite|"
    r"when (?:you|u) were (?:little|small|a (?:kid|baby|boy|girl|teenager)|young|born)|the day (?:you|u) were born|"
    r"never forget|best (?:friend|brother|sister|dad|mom|mum|son|daughter|husband|wife|uncle|aunt)|"
    r"(?:you|u) (?:taught|showed|gave|made) me|my hero|the (?:kindest|funniest|bravest|smartest|best)|"
    r"the (?:light|love|joy|pride) of my life|(?:greatest|biggest|best) (?:honou?rs?|gifts?|blessings?|joys?|things?)|"
    r"(?:you|u)(?:'re| are| were|re) the reason|(?:the )?(?:day|morning|night) (?:you|u) were born|(?:first )?held (?:you|u)\b)\b"
)
_PERCEIVED = re.compile(
    r"\b(?:i|we) (?:saw|watched|heard|found|noticed|came home|walked in|got (?:a|the|your) (?:call|text|message)|"
    r"picked (?:you|u) up|sat|stood|waited|drove|had to|couldn't|could not|called|woke|lay|laid|cried|held|smelled|"
    r"was (?:there|standing|sitting|waiting|the one|so|too|scared|terrified|afraid|frightened|alone|ashamed)|"
    r"were (?:there|waiting|sitting|scared)|felt|remember (?:the (?:night|day|morning|evening|time)|when|finding|seeing))\b"
)
_WHEN = re.compile(
    r"\b(?:last (?:night|week|weekend|month|year|summer|winter|spring|fall|autumn|christmas|easter|thanksgiving|time|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|birthday|new year's|new years)|"
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|new year's|new years|easter|"
    r"thanksgiving|(?:your|my|our|his|her|\w+'s) (?:birthday|wedding|graduation|anniversary))|"
    r"(?:at|on|during|after|before) (?:\w+'s |your |our |the |my |his |her )?(?:\w+ )?(?:birthday|wedding|graduation|"
    r"funeral|party|recital|game|dinner|barbecue|bbq|christmas|thanksgiving|reunion|concert|match|school play)|"
    r"yesterday|that (?:night|day|morning|evening|weekend|afternoon)|the (?:night|day|morning|evening|time) (?:you|u|when|of|before|after|i)|"
    r"(?:two|three|four|five|six|a few|a couple of|\d+) (?:days|weeks|months|years) ago|"
    r"in (?:january|february|march|april|may|june|july|august|september|october|november|december)|"
    r"one (?:night|morning|evening|day|time))\b"
)
_PAST = re.compile(
    r"\b(?:was|were|did|didn't|had|saw|found|came|went|got|left|said|told|fell|drove|woke|missed|took|made|\w+ed)\b"
)
_ASK = re.compile(
    rf"\b(?:(?:i'm|i am|we're|we are|i'm here|we're here|i'm just|we're all|we are all) (?:asking|begging|inviting) (?:you|u)|"
    rf"(?:will|would|could|can) {_YOU} (?:please )?(?:go|come|accept|agree|get|let|say yes|check in|see|meet|talk to|"
    rf"start|try|give|take|think about|consider)|"
    r"please (?:go|come|accept|agree|say yes|let us|let me|get|check in|see|consider|take|give)|"
    rf"i(?:'d| would) (?:like|love) (?:{_YOU}|for {_YOU}) to|we(?:'d| would) (?:like|love) (?:{_YOU}|for {_YOU}) to|"
    rf"i (?:want|hope) (?:{_YOU}|for {_YOU}) (?:will |to )?(?:go|come|accept|agree|get|see|check|say yes|let|take|have|keep|try|call|talk)|"
    r"my (?:one |only )?ask is|what i(?:'m| am) asking(?: you)?(?: for)? is|(?:i|we) ask (?:that )?(?:you|u)|"
    r"(?:i'm|i am|we're|we are) hoping (?:you|u)(?:'ll| will)|"
    r"(?:the|a) (?:bed|place|spot|room|appointment|car) is (?:waiting|ready|booked|held) for (?:you|u))\b"
)
_PLACE = re.compile(
    r"\b(?:bed|place|spot|clinic|cent(?:er|re)|rehab\w*|detox|treatment|program(?:me)?|appointment|appt|assessment|"
    r"doctor|dr|gp|counsel\w*|therapist|therapy|hospital|house|home|unit|facility|meeting|aa|na|group|recovery|"
    r"intake|ward|lodge|retreat|ranch|residential|outpatient|inpatient|[a-z]+ (?:house|center|centre|clinic|lodge))\b"
)
# A place named as people name places: "to Fernhill", "at Meadowbank" (a capital after to/at/in).
_NAMED_PLACE = re.compile(r"\b(?:to|at|in|from) (?:the )?[A-Z][\w'’-]+")
_TIME = re.compile(
    r"\b(?:today|tonight|tomorrow|now|right now|right away|this (?:morning|afternoon|evening|week|weekend)|"
    r"(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|at \d{1,2}(?::\d\d)?|"
    r"\d{1,2}(?::\d\d)? ?(?:am|pm|a\.m\.|p\.m\.)|o'clock|noon|waiting|ready|booked|straight (?:there|away|from here)|"
    r"after this|as soon as|when we're done|when we finish)\b"
)
_IF_NOT = re.compile(
    rf"\b(?:if|unless|until|should|so long as|as long as|while|when) {_YOU}\b[^.!?]*?"
    r"\b(?:don't|do not|won't|will not|choose|decide|refuse|say no|aren't|are not|keep|continue|go on|stay|still|"
    r"drink|drinking|use|using|gamble|gambling|get|go|are)\b"
    r"|\b(?:from (?:now|today|this day) on|any ?more|no longer|from now|from today|starting (?:today|now)|again)\b"
)
_OWN = re.compile(
    r"\b(?:i|we)(?:'ll| will|'m| am|'re| are| have| had|'ve)? ?"
    r"(?:not|no longer|won't|will not|can't|cannot|can no longer|stop|stopping|going to|gonna|decided|choose|"
    r"need to|have to|must)\b"
    r"|\b(?:i|we)(?:'ll| will) (?:\w+ )?(?:stop|leave|go|take|stay|move|call|keep|change|pay|give|lend|drive|look after|"
    r"protect|sleep|ask|wait|be|visit|see|answer|pick|let)\b"
    # what my home allows: "if you don't go, you can't sleep on my couch any more"
    r"|\b(?:you|u) (?:can't|cant|cannot|can no longer|won't be able to) (?:stay|sleep|live|come|crash) (?:in|on|at|under|round) (?:my|our)\b"
)
_PUNISH = re.compile(
    rf"\b(?:{_YOU}(?:'ll| will| are going to|'re going to|'re gonna| r gonna) (?:lose|never|be (?:out|on your own|dead|sorry|homeless|alone|on the street|cut off)|regret|pay)|"
    rf"{_YOU}(?:'re| are| r) (?:out|done|finished|dead to|on your own|cut off|no (?:son|daughter|brother|sister|wife|husband|mother|father) of)|"
    r"dead to (?:me|us)|or else|(?:i|we)(?:'ll| will) make (?:sure|you)|kick (?:you|u) out|throw (?:you|u) out|"
    r"take (?:the kids|your kids|the children|the baby|them) (?:away|from)|never see (?:the|your|ur) (?:kids|children|grand\w+|son|daughter|baby)|"
    r"police|cops|court|judge|disown|cut (?:you|u) off|out of (?:this|the|my|our) (?:house|home|life|lives|family|will)|"
    r"(?:change|changing) the locks|divorce|custody|report (?:you|u)|tell (?:everyone|your boss|the school)|"
    r"out on the street|on the street|don't (?:bother|even think about|you dare) (?:coming|calling|showing|asking)|"
    r"(?:won't|will not|never) (?:ever )?(?:see|speak to|talk to) (?:you|u) again)\b"
)
# A consequence joined on without "if": "miss that appointment and don't bother coming home", "refuse and you're out".
_JOINED = re.compile(rf"^(?:\w+ ){{0,6}}?(?:and|or|or else)\s+(?:{_YOU}|i|we|don't|dont|never)\b")
_USE = (
    r"(?:drugs?|alcohol|booze|drink|drinking|using|gambling|betting|meth|heroin|fentanyl|cocaine|coke|crack|pills|"
    r"weed|pot|xanax|benzos?|opioids?|opiates|oxy\w*|ketamine|kratom|vaping|vapes?|mdma|ecstasy|molly|spice|lean|"
    r"codeine|valium|painkillers|speed|amphetamines?|adderall|fent|ghb|tramadol|it|that stuff|this stuff|(?:mixing|taking|smoking|snorting|injecting|"
    r"shooting up|drinking and driving|driving drunk|betting)\b[^.!?]{0,30}?)"
)
# A scare fact about people in general: "people who use meth end up dead", "mixing xanax with wine is how people stop breathing".
_GENERIC_HARM = re.compile(
    rf"^(?:and |but |so )?(?:(?:\w+ out of \w+|most|half(?: of)?(?: the)?|many|a lot of|lots of|\d+ ?%? of(?: the)?) )?"
    rf"(?:people(?: who| that)?|anyone who|addicts?|alcoholics?|drunks?|junkies|users|gamblers|{_USE})\b[^.!?]*"
    r"\b(?:kill|kills|killed|die|dies|dead|death|prison|jail|destroy|destroys|ruin|ruins|rot|rots|end up|ends up|"
    r"lose|loses|brain damage|liver|overdose|never (?:recover|get better)|stop (?:[\w']+ ){0,3}(?:heart|breathing)|"
    r"heart attack|stroke|seizure|psychosis|madness|bankrupt|broke|homeless|wreck|wrecks|damage|damages|"
    r"years off|off (?:your|ur) life|bladder|brain|liver|lungs|teeth)"
)
# What a habit *is*, said to persuade: "gambling is a mug's game", "drugs are poison".
_VERDICT = re.compile(
    rf"^(?:and |but |so )?{_USE} (?:is|are|'s) (?:a |an |just |nothing but |pure |the |for )?(?:\w+'s |\w+ )?"
    r"(?:game|poison|waste|trap|killer|sin|evil|dead end|curse|losers?|idiots?|fools?|weak|stupid|disgusting)\b"
)
# Labels as nouns and adjectives aimed at the person: "a thief in my own house, that's what you've become",
# "you've always been the selfish one", "a crackhead, that's what they call you".
_NAMED = re.compile(
    r"\b(?:crack ?head|pill ?head|pot ?head|coke ?head|meth ?head|junkie|druggie|stoner|tweaker|lush|wino|drunkard|deadbeat|"
    r"thief|liar|loser|waste of space|waste of (?:a )?life|leech|parasite|disgrace|letdown|let down|failure|burden|"
    r"screw-?up|fuck-?up|mess|embarrassment|disappointment|black sheep|"
    r"(?:selfish|lazy|useless|pathetic|hopeless|worthless|irresponsible|spoiled|spoilt|ungrateful|weak|gutless|spineless|"
    r"heartless|cruel|stupid|dumb|selfish) (?:one|person|man|woman|boy|girl|son|daughter|brat|idiot|mother|father|husband|wife)|"
    r"(?:been|are|'re|re| r|become|turned into|seem|sound) (?:so |such an? |the |a |an |nothing but an? |just an? )?"
    r"(?:selfish|lazy|useless|pathetic|hopeless|worthless|irresponsible|spoiled|spoilt|ungrateful|gutless|spineless|heartless))\b"
)
_ADDRESSED = re.compile(rf"\b(?:{_YOU}|your|ur|you've|youve|you're|youre|yourself|yours)\b")
_DENIED_LABEL = re.compile(
    r"\b(?:not|never|no|isn't|aren't|don't|didn't) (?:\w+ ){0,3}(?:a |an |the )?(?:crack ?head|junkie|druggie|thief|liar|loser|"
    r"failure|burden|disappointment|selfish|lazy|useless|weak)\b"
)
# Praise that means the opposite: "great job, really proud of you for that door", "nice parenting".
_SARCASM = re.compile(
    r"^(?:oh |well )?(?:great|nice|good|lovely|brilliant) (?:job|one|going|parenting|work|move)\b|^way to go\b|"
    r"^(?:well done|congratulations|congrats|bravo)\b[^.!?]*\b(?:wast\w*|ruin\w*|blow\w*|threw|throw\w*|los\w*|destroy\w*|wreck\w*|screw\w*)|"
    r"\bis (?:basically |literally |pretty much )?(?:your|ur) (?:whole |entire )?(?:personality|identity|life now)\b"
)
# Harm laid at their door: "the stress you caused", "because of your choices", "what you've put him through".
_CAUSED = re.compile(
    rf"\b(?:stress|worry|worries|pain|hell|heartache|grief|damage|mess|messes|chaos|shame|misery|trouble) "
    rf"(?:that )?(?:{_YOU}(?:'ve| have)?|u've) (?:caused|put|made|created|brought|given)\b|"
    rf"\bwhat (?:{_YOU}(?:'ve| have)?|u've) (?:put|done to) (?:him|her|them|us|me|mum|mom|dad|the kids|this family)\b|"
    r"\bbecause of (?:you\b|u\b|your (?:choices|drinking|using|gambling|lies|lying|habit|addiction|behaviou?r|selfishness|mess\w*))|"
    r"\b(?:cleaning|clearing|picking) up (?:after (?:you|u)|(?:your|ur) mess\w*)\b"
)
# Bad conduct generalised over time: "things have gone missing every single week".
_EVERY = re.compile(
    r"\bevery (?:single )?(?:week|day|time|night|month|weekend)\b[^.!?]*\b(?:missing|gone|drunk|high|wasted|late|lie|lied|"
    r"lying|stole|stolen|broke|broken|money|fight|row|mess)\b|\b(?:missing|gone|drunk|high|wasted|late|lied|lying|stole|"
    r"stolen|broke|broken|fight|row|mess)\b[^.!?]*\bevery (?:single )?(?:week|day|time|night|month|weekend)\b"
)
# Blame by hint, hearsay and selfishness: "we both know when that started", "word is you nicked it",
# "you've always put yourself first", "she spent her last year worrying about you".
_INSINUATED = re.compile(
    rf"\b(?:we (?:both|all) know (?:when|why|what|who)|{_YOU} know (?:exactly )?(?:why|what {_YOU} did)|"
    r"(?:that's|thats|that is|it's|its|it is) no coincidence|has (?:your|ur) name (?:all )?(?:on|over) it|wouldn'?t surprise me|"
    r"warned (?:me|us) about (?:you|u)|word is|rumou?r is|people (?:say|are saying)|every(?:one|1|body) (?:knows|says|can see)|"
    r"the whole (?:town|street|family|village) knows|put(?:s|ting)? yourself first|anyone but yourself|"
    r"only (?:ever )?(?:care|think)s? about (?:yourself|you)|(?:care|cared|think|thought) about (?:no one|nobody) but|"
    rf"{_YOU} (?:still |really |honestly )?think (?:you're|ur|youre|your|nobody|no one|we don't|we dont)|"
    rf"(?:spent|wasted|lost|spending|wasting) (?:\w+ ){{0,4}}(?:worrying|crying|waiting|looking|cleaning up) (?:about|for|after) {_YOU}|"
    rf"(?:dragged|put) (?:us|me|him|her|them|the family|this family|mum|mom|dad)(?: \w+)? through|"
    rf"(?:because|becuase|bc|cos|coz|cause) of what (?:{_YOU}|they might|we might|we'll)|"
    rf"{_YOU}(?:'ve| have)? never (?:once|ever|one single)|never (?:came|come|showed|turned up|called|paid|helped)[^.!?]*\b(?:one|a) single)\b"
)
_MY_FEAR = re.compile(
    r"\bi (?:think|feel|worry|fear|pray|wonder|panic|jump|hold my breath|can't sleep|lie awake)\b|\bmy (?:heart|stomach)\b"
)


def _every_bad(said: str) -> bool:
    return bool(_EVERY.search(said)) and not _MY_FEAR.search(said)


_NOT_THEIR_FAULT = re.compile(
    rf"\b(?:not|none of (?:this|it) is|isn't|is not|never|wasn't|was not) (?:\w+ )?(?:your|ur) fault\b|"
    rf"\bi (?:don't|do not|never|didn't) blame {_YOU}\b|\bnot about blaming\b"
)
_FELT = re.compile(
    r"\bi (?:felt|was|feel|am|'m) (?:so |really |completely |)?(?:\w+ )?(?:ashamed|scared|terrified|afraid|sad|sick|alone|lost|heartbroken|frightened|helpless|angry|hurt|numb|shaking)\b"
)
_ACCUSED = re.compile(
    rf"\b{_YOU} (?:humiliated|embarrassed|shamed|ruined|destroyed|wrecked|betrayed|robbed|stole from|lied to|used|"
    r"abandoned|broke) (?:me|us|him|her|them|this|our|the|my|his|mum|mom|dad|everyone|everything)\b"
)
# Comparing them with someone who did better: "your brother never put us through this", "everyone else our age has moved on".
_COMPARED = re.compile(
    r"^(?:and |but )?(?:your|ur) (?:brother|sister|cousin|friends?|dad|father|mum|mom|mother|grandad|grandpa|uncle|aunt|"
    r"brothers|sisters|cousins) (?:\w+ )?(?:would never|never|wouldn't|didn't|doesn't|managed|was able|has (?:moved|grown|got|sorted))\b"
    r"(?! (?:stopped|gave up|stops|forgot))|\beveryone else\b|\bother people (?:your|ur) age\b"
)
# Preaching: "God didn't give you those kids so you could throw them away".
_PREACHED = re.compile(
    r"^(?:and |but )?(?:god|the lord|jesus|the bible|scripture)\b(?! (?:knows|bless|willing))(?:[^.!?]*\b(?:you|u|your)\b)"
)
# Orders to grow up: "grow up.", "get your life together", "when will you grow up?".
_GROW_UP = re.compile(
    r"^(?:just |please )?(?:grow up|get (?:your|ur) (?:life|act|shit|head) (?:together|straight|sorted|in order)|"
    r"pull yourself together|sort (?:yourself|your life|ur life) out|man up|snap out of it|get a grip|get over (?:it|yourself))\b|"
    rf"\bwhen (?:are {_YOU} (?:going to|gonna)|will {_YOU}|{_YOU} (?:gonna|going to)) (?:grow up|learn|stop|wake up|realise|realize|get it)\b"
)
_RHETORICAL = re.compile(
    rf"^(?:do|did) {_YOU} (?:even )?(?:have )?(?:any|no) (?:idea|clue)\b|\bwhat (?:the hell|the heck|the fuck|on earth|in god's name)\b|"
    rf"\bwhat(?:'s| is) wrong with {_YOU}\b|\bhow (?:could|can|dare) {_YOU}\b|\bshould (?:know|have known) better\b|"
    rf"\b{_YOU} of all people\b|^who (?:do|did) {_YOU} think\b|\bis (?:that|this) really (?:the|what|how|who)\b|"
    rf"^(?:do|did) {_YOU} (?:really )?want to (?:be one of|end up|lose|die|throw|waste|be like|spend (?:the rest|your life))|"
    rf"^(?:do|did) {_YOU} (?:honestly|really|seriously|actually) (?:think|believe|expect)\b|\blook it up\b|"
    r"\b(?:you're|youre|your|ur) (?:turning|going to turn|gonna turn) into (?:your|ur) (?:mother|mum|mom|father|dad)\b|"
    r"\bknow how (?:she|he|they) ended up\b|\b(?:you're|youre|ur|you'll be|ull be) next\b"
)
# A guilt trip: "after everything we've sacrificed, this is how you repay us".
_GUILT = re.compile(
    rf"\bafter (?:all|everything)\b[^.!?]*\b(?:repay|thank|treat|do this|throw)\b|\bthis is how {_YOU} (?:repay|thank|treat)\b"
)
# A habit generalised in the present ("you never pay anyone back", "you always have to ruin..."); a
# memory in the past ("you always made our birthdays magic", "you were always the one") is not.
_HABIT = re.compile(rf"\b{_YOU}(?:'re| are| r)? (?:always|never|constantly|forever)\s+(\w+)")
_PAST_WORD = re.compile(
    r"^(?:was|were|had|did|made|used|took|gave|came|went|said|got|could|would|knew|taught|brought|let|put|told|found|"
    r"kept|left|ran|sat|sang|won|wrote|read|thought|felt|saw|held|stood|\w+ed|once|one)$"
)
# A memory shared ("remember when we built the treehouse"), not an order.
_MEMORY = re.compile(
    r"^(?:(?:do|d') ?(?:you|u) )?remember\b|^(?:you|u) used to (?!be\b)|"
    r"^(?:and |but |so )?(?:i|we)(?: just| still| really| only| so| truly)? (?:miss|love|remember|wish|hope|think|feel|felt|know|knew|pray)\b"
)
# "You need to / should / have to" with words between ("you of all people should"), not "if you need to talk".
_OBLIGED = re.compile(
    rf"(?<!\bif )(?<!\bwhen )(?<!\bwhenever )(?<!\bwhat )\b{_YOU}\b(?:[^.!?,]{{0,25}}? )?"
    r"(?:should|shouldn't|need to|have to|has to|must|better|ought to|gotta)\b(?! (?:know|hear|understand) (?:that )?(?:i|we)\b)"
)
_DIAGNOSIS = re.compile(
    rf"\b(?:{_YOU}(?:'re| are| r|re)|{_YOU}(?:'ve|ve)? (?:have|got|obviously have|clearly have)|ur|your|youre|you've become|youve become|"
    r"admit (?:you're|you are|that you're|that you are|you have|that you have|it)?|denying (?:you're|you are|you have)|"
    r"face (?:it|the fact)(?: that)?(?: you're| you are| you have)?)\s+(?:\w+ ){0,3}"
    r"(?:alcoholic|addict|an addict|in (?:\w+ )?denial|depressed|bipolar|mentally ill|sick in the head|personality disorder|"
    r"a disease|an illness|a (?:serious |real |big |drinking |drug |gambling )?problem|an addiction|addicted|"
    r"dependent|co-?dependent|narcissist\w*|sociopath|psychopath|self-medicating|self medicating|"
    r"(?:compulsive|problem|pathological|chronic|heavy|functioning|binge) (?:gambler|drinker|user|liar|alcoholic)|"
    r"(?:drug|gambling|sex|porn|pill|crack|meth) addict|alcoholism|addiction|(?:\w+ )?psychosis|(?:\w+ )?use disorder|"
    r"an? (?:\w+ )?(?:habit|dependency)|something wrong (?:in|with) (?:your|ur) head)\b"
)
_LECTURES = (_GENERIC_HARM, _VERDICT, _RHETORICAL, _COMPARED, _PREACHED, _GROW_UP)
_FLAG_BY_ROADBLOCK = {
    Roadblock.SHAMING: Flag.LABEL,
    Roadblock.JUDGING: Flag.BLAME,
    Roadblock.WARNING: Flag.THREAT,
}


@dataclass(frozen=True)
class SentenceReport:
    """One sentence of a letter: its coding, and what it does in the letter."""

    index: int
    text: str
    code: Code
    mi_adherence: Adherence
    roadblock: Roadblock | None
    feedback: str
    suggestion: str | None
    flag: Flag | None = None
    parts: tuple[str, ...] = ()  # love, incident, ask, bottom_line, always

    def as_json(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "text": self.text,
            "code": self.code.value,
            "mi_adherence": self.mi_adherence.value,
            "roadblock": self.roadblock.value if self.roadblock else None,
            "feedback": self.feedback,
            "suggestion": self.suggestion,
            "flag": self.flag.value if self.flag else None,
            "parts": list(self.parts),
        }


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    message: str

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "ok": self.ok, "message": self.message}


@dataclass(frozen=True)
class LetterReport:
    sentences: tuple[SentenceReport, ...]
    checks: tuple[Check, ...]
    words: int
    crisis: CrisisSignal | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "sentences": [s.as_json() for s in self.sentences],
            "checks": [c.as_json() for c in self.checks],
            "words": self.words,
            "crisis": {"kind": self.crisis.kind.value, "evidence": self.crisis.evidence} if self.crisis else None,
        }


_FAMILY = CodingContext(audience="family")


def read_sentence(index: int, text: str) -> SentenceReport:
    """One sentence coded with the chat's coder, and what it does in a letter."""
    said = normalise(text)
    try:
        coding = code_reply(text, _FAMILY)
    except ReplyError:
        return SentenceReport(index, text, Code.OT, Adherence.NEUTRAL, None, "", None)
    parts: list[str] = []
    flag: Flag | None = None
    own_line = _own_bottom_line(said)
    code = coding.code
    if code in (Code.CO, Code.PE) and _letter_form(said, coding.rule):
        code = Code.GI  # a memory shared, the letter's ask, a boundary: the letter's to say
    if code in (Code.CO, Code.PE):
        if own_line and coding.roadblock is Roadblock.WARNING and not _DIAGNOSIS.search(said):
            parts.append("bottom_line")
        else:
            flag = _flag_of(said, coding.roadblock, coding.code)
    else:
        flag = _letter_flag(said)
        if flag is None and own_line:
            parts.append("bottom_line")
    if flag is None:
        if _LOVE.search(said):
            parts.append("love")
        if (_PERCEIVED.search(said) or _WHEN.search(said)) and _PAST.search(said):
            parts.append("incident")
        if _ASK.search(said) or (coding.code in (Code.CQ, Code.SC) and _PLACE.search(said)):
            parts.append("ask")
    if _habit(said):
        parts.append("always")
    if flag is not None:
        flagged = texts().flags[flag]
        if code not in (Code.CO, Code.PE):  # the letter's own forms found it: a lecture persuades, the rest confront
            code = Code.PE if flag is Flag.LECTURE else Code.CO
        return SentenceReport(index, text, code, Adherence.NON_ADHERENT, coding.roadblock or _ROADBLOCK[flag],
                              flagged.why, flagged.try_, flag, tuple(parts))  # fmt: skip
    note = texts().parts[next((p for p in _PART_ORDER if p in parts), "fine")]
    if "bottom_line" in parts:  # the writer's own boundary: theirs to state, not a warning
        return SentenceReport(index, text, Code.GI, Adherence.NEUTRAL, None, note, None, None, tuple(parts))
    if code is not coding.code:  # a memory or the letter's ask, which the chat would read as directing
        return SentenceReport(index, text, code, Adherence.NEUTRAL, None, note, None, None, tuple(parts))
    return SentenceReport(index, text, coding.code, coding.adherence, coding.roadblock, note, None, None, tuple(parts))


_PART_ORDER = ("bottom_line", "ask", "incident", "love")


_ROADBLOCK = {
    Flag.LABEL: Roadblock.SHAMING,
    Flag.DIAGNOSIS: Roadblock.ANALYSING,
    Flag.BLAME: Roadblock.JUDGING,
    Flag.THREAT: Roadblock.WARNING,
    Flag.LECTURE: Roadblock.MORALISING,
}


def _letter_form(said: str, rule: str) -> bool:
    """A sentence the coder reads as confronting or directing that a letter means otherwise: a
    shared memory ("remember when we...", "you never let go of me until I was ready"), blame said
    not to be theirs ("none of this is your fault"), an incident told as what I saw and felt ("I
    found the bottles, and I felt ashamed"), or the letter's ask ("I'm asking you to let me take you there")."""
    if _MEMORY.search(said) and not _OBLIGED.search(said):
        return True
    if rule == "blame" and _NOT_THEIR_FAULT.search(said):
        return True
    if rule == "blame" and not (_CAUSED.search(said) or _ACCUSED.search(said) or _INSINUATED.search(said)):
        found = _HABIT.search(said)
        if found is not None and _PAST_WORD.match(found.group(1)):
            return True
    if rule == "arguing" and _PERCEIVED.search(said) and _FELT.search(said):
        return True
    return rule in ("directing", "advice_phrase") and bool(_ASK.search(said)) and not _OBLIGED.search(said)


def _letter_flag(said: str) -> Flag | None:
    """What the letter's own forms find in a sentence the coder passed."""
    if _DIAGNOSIS.search(said) and not said.rstrip().endswith("?"):
        return Flag.DIAGNOSIS
    if (_IF_NOT.search(said) or _JOINED.search(said)) and _PUNISH.search(said):
        return Flag.THREAT
    if _NAMED.search(said) and _ADDRESSED.search(said) and not _DENIED_LABEL.search(said):
        return Flag.LABEL
    if _SARCASM.search(said):
        return Flag.LABEL
    if (
        _GUILT.search(said)
        or _habit(said)
        or _CAUSED.search(said)
        or _ACCUSED.search(said)
        or _INSINUATED.search(said)
        or _every_bad(said)
    ):
        return Flag.BLAME
    if any(form.search(said) for form in _LECTURES) or _OBLIGED.search(said):
        return Flag.LECTURE
    return None


def _habit(said: str) -> bool:
    found = _HABIT.search(said)
    return found is not None and not _PAST_WORD.match(found.group(1)) and not _LOVE.search(said)


def _own_bottom_line(said: str) -> bool:
    """A boundary said as the writer's own action, with no punishment aimed at the person."""
    if _PUNISH.search(said):
        return False
    return bool((_IF_NOT.search(said) and _OWN.search(said)) or _BOUNDARY.search(said))


# A boundary stated on its own: "I'm not going to keep covering for you", "I have stopped giving you cash".
_BOUNDARY = re.compile(
    r"^(?:and |but |so |from (?:today|now on|now)[, ]+)?(?:i|we)(?:'m| am|'re| are| have|'ve)? ?"
    r"(?:not going to|not gonna|won't|will not|will no longer|no longer|can't keep|cannot keep|stopped|am stopping|"
    r"'m stopping|will stop|am not|'m not)\b(?! (?:give up|stop loving|stop hoping|forget|lie\b|going to lie|pretend|sure))"
)


def _flag_of(said: str, roadblock: Roadblock | None, code: Code) -> Flag:
    if _DIAGNOSIS.search(said):
        return Flag.DIAGNOSIS
    if roadblock in _FLAG_BY_ROADBLOCK:
        flag = _FLAG_BY_ROADBLOCK[roadblock]
        if flag is Flag.THREAT and not (_PUNISH.search(said) or _IF_NOT.search(said)):
            return Flag.LECTURE  # a scare fact ("it'll kill you"), not a threat
        return flag
    if _PUNISH.search(said) and _IF_NOT.search(said):
        return Flag.THREAT
    return Flag.LECTURE


def read_sentences(text: str) -> tuple[SentenceReport, ...]:
    if len(text) > MOST_CHARS:
        raise LetterTooLong(
            f"This is {len(text):,} characters; the coach reads up to {MOST_CHARS:,} (several pages). "
            "A letter works best at a page or less: cut it down and try again."
        )
    return tuple(read_sentence(i, s) for i, s in enumerate(split_sentences(text), start=1))


def coach_letter(text: str) -> LetterReport:
    """Every sentence coded and flagged, and the letter's checks; raises LetterTooLong."""
    sentences = read_sentences(text)
    words = len(re.findall(r"[^\W_]+(?:['’][^\W_]+)*", text))
    checks = (
        _opens_with_love(sentences),
        _incidents(sentences),
        _no_harm(sentences),
        _one_clear_ask(sentences),
        _bottom_line(sentences),
        _length(words),
    )
    return LetterReport(sentences, checks, words, detect_crisis(text))


def numbers(indexes: list[int]) -> str:
    """Sentence numbers as a person reads them: "sentence 3", "sentences 2, 5 and 7"."""
    if len(indexes) == 1:
        return f"sentence {indexes[0]}"
    return "sentences " + ", ".join(map(str, indexes[:-1])) + f" and {indexes[-1]}"


def _check(name: str, ok: bool, key: str, **values: object) -> Check:
    return Check(name, ok, texts().checks[name][key].format(**values))


def _with(sentences: tuple[SentenceReport, ...], part: str) -> list[int]:
    return [s.index for s in sentences if part in s.parts]


def _opens_with_love(sentences: tuple[SentenceReport, ...]) -> Check:
    first = [s for s in sentences[:3] if s.flag is None]
    opened = any("love" in s.parts for s in first[:3] if s.index <= 3)
    return _check("opens_with_love", opened, "ok" if opened else "missing")


def _incidents(sentences: tuple[SentenceReport, ...]) -> Check:
    count = len(_with(sentences, "incident"))
    always = _with(sentences, "always")
    if always:
        return _check("incidents", False, "always", sentences=numbers(always), count=count)
    if count < 2:
        return _check("incidents", False, "few", count=count)
    if count > 4:
        return _check("incidents", True, "many", count=count)
    return _check("incidents", True, "ok", count=count)


def _no_harm(sentences: tuple[SentenceReport, ...]) -> Check:
    flagged = [s.index for s in sentences if s.flag is not None]
    if flagged:
        return _check("no_harm", False, "found", sentences=numbers(flagged))
    return _check("no_harm", True, "ok")


def _one_clear_ask(sentences: tuple[SentenceReport, ...]) -> Check:
    asks = _with(sentences, "ask")
    if not asks:
        return _check("one_clear_ask", False, "missing")
    by_index = {s.index: normalise(s.text) for s in sentences}
    raw = {s.index: s.text for s in sentences}

    def near(i: int, table: dict[int, str]) -> str:
        return " ".join(table.get(j, "") for j in (i - 1, i, i + 1))

    clear = [
        i
        for i in asks
        if (_PLACE.search(near(i, by_index)) or _NAMED_PLACE.search(near(i, raw))) and _TIME.search(near(i, by_index))
    ]
    if not clear:
        return _check("one_clear_ask", False, "vague", sentences=numbers(asks))
    if len(asks) > 2:
        return _check("one_clear_ask", False, "several", count=len(asks), sentences=numbers(asks))
    return _check("one_clear_ask", True, "ok")


def _bottom_line(sentences: tuple[SentenceReport, ...]) -> Check:
    threats = [s.index for s in sentences if s.flag is Flag.THREAT]
    if threats:
        return _check("bottom_line", False, "threat", sentences=numbers(threats))
    if _with(sentences, "bottom_line"):
        return _check("bottom_line", True, "ok")
    return _check("bottom_line", False, "missing")


def _length(words: int) -> Check:
    if words > MOST_WORDS:
        return _check("length", False, "long", words=words, most=MOST_WORDS)
    return _check("length", True, "ok", words=words)
