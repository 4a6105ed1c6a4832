"""Non-adherence read from the form of a sentence, whatever its words and punctuation.

The classic wordings are in tables/confronting.py and tables/persuading.py; the tables read here
(tables/confronting_forms.py, directives.py, ultimatums.py) name the *forms* a frightened or
angry relative uses, typed as they type them (lower case, no commas, run-ons):

- an ultimatum is a condition on what the person does joined to a punishment ("you walk out
  now youre done", "miss one more group and ill tell ur PO", "either you go or I go");
- a warning is what will happen to them ("u keep that up ull end up dead");
- an accusation is "you" with a verb of wrongdoing ("you lied again", "u took my pills");
- disqualifying says their effort or wish was never real ("you never really wanted to quit");
- arguing denies what they just said ("nobody believes that and you know it", "says otherwise",
  the same words back with "??");
- sarcasm and mock echoes ("one beer my foot", "two drinks sure");
- rhetorical questions that accuse ("how many times have we heard that", "why can't you just");
- moralising and shaming ("you should be ashamed", "what kind of grandmother");
- directives: an order after a name or a comma ("dad dont drive tonight"), "you need" + a
  treatment, "you better", "it's time you", "it's worth stopping".

Each is a rule in a gated table (gate.py), so a sentence without its words costs nothing.
Forms that need what the person said (an echo, a contradiction) are functions of the context.
"""

from __future__ import annotations

import re

from dialogue.codes import Code, Roadblock
from dialogue.coding.gate import Words, gate, split_alternatives
from dialogue.coding.rules import Rule
from dialogue.coding.tables import ADDRESSED_ORDER, CONDITION, CONSEQUENCE, DIRECTIVES, FORMS, MORE_FORMS

R = Roadblock
C = Code

_REPORTED = re.compile(
    r"^(?:(?:so|and|but|ok|okay|yeah|mm+|right|well|oh),?\s+)*(?:(?:it |that )?(?:sounds?|seems?|feels?|looks?) like|"
    r"(?:you|u) (?:feel|felt|think|thought|believe|said|say|told|mean|wish|wonder|worry|fear|hate|know|guess|sense|suspect)\b|"
    r"(?:you're|you are|ur) (?:saying|telling|worried|afraid|scared|frightened|terrified|ashamed|embarrassed|convinced|frustrated|angry|upset|tired|sick|sure|hoping|thinking|wondering|feeling|starting to|beginning to)\b|"
    r"part of (?:you|u)|in your eyes|from where you|when (?:you|u) say|(?:you|u) don't think|what i(?:'m| am)? hear(?:ing)?|"
    r"i hear (?:you|u)|i get (?:that|it)|i (?:can )?see (?:that|how|why)|i understand|everyone(?: keeps)? tell(?:s|ing)? you|"
    r"people (?:keep )?tell(?:ing)? you|(?:you've|you have) been told)"
)


# Their own view or words, attributed to them: what follows is theirs, not our advice.
THEIR_VIEW = re.compile(
    r"\b(?:part of (?:you|u)|(?:you|u) (?:feel|felt|think|thought|believe|said|say|told me|wish|wonder|know)|"
    r"(?:you're|you are|ur) (?:saying|telling me|thinking|wondering|feeling|hoping)|in your eyes|from where you|"
    r"(?:you|u) don't think|(?:everyone|people) (?:keeps? )?tell(?:s|ing)? you|you've been told|you keep hearing|"
    r"(?:you|u)(?:'ve| have|ve)? (?:decided|realised|realized|agreed|worked out|come to see|admitted|accepted))\b"
)


def reported(said: Words) -> bool:
    """Framed as the person's own view or words ("part of you thinks you should..."): a reflection's
    frame. Not when a "but" turns from the frame to what the speaker says ("i understand, but you
    lied again"): what follows the "but" is the speaker's own."""
    text = said.text
    frame = _REPORTED.search(text)
    return frame is not None and _TURN.search(text, frame.end()) is None


_TURN = re.compile(
    r"\b(?:but|however|though|yet)\b,? (?:you|u|ur|you're|your|that's|thats|it's|its|this is)\b(?! (?:not|aren't|never)\b)"
    # what they said, then what happened: "you said you'd be sober for easter and you weren't"
    r"|\band (?:you|u) (?:weren't|werent|didn't|didnt|haven't|havent|wasn't|wasnt|never did)\b|,? i (?:just )?(?:don't|dont|do not|can't|cant) see it\b"
    r"|,\s*(?:so )?(?:it's |its )?(?:about |high )?time to\b"
)


_CONSEQUENCE = re.compile(CONSEQUENCE)
# Word-gated, alternative by alternative: most utterances hold no word a punishment needs.
_MAY_PUNISH = gate("|".join(rf"\b(?:{alt})" for alt in split_alternatives(CONSEQUENCE[len("(?:") : -1])))
_CONDITION = re.compile(CONDITION)
_CONDITION_AFTER = re.compile(r"\b(?:if|unless|until|till?|the day|when|next time|the minute)\b")
_YOU_ACT = re.compile(
    r"^(?:(?:and|but|so|ok|okay|well|fine|listen|look|right),?\s+)*(?:you|u|ya) (?!love|know|said|say|think|feel|want|mean)"
)
_THREAT = Rule("threat", C.CO, CONSEQUENCE, R.WARNING)


def ultimatum(said: Words) -> str | None:
    """A punishment joined to a condition on what they do, in either order, or after "you <do X>":
    "if you walk out I'm done", "the locks get changed friday if you're not in treatment",
    "you walk out now youre done in this family". One pass: find the punishment, then look round it."""
    if _MAY_PUNISH.search(said) is None:
        return None
    text = said.text
    for found in _CONSEQUENCE.finditer(text):
        before, after = text[: found.start()], text[found.end() :]
        if _KIND_AFTER.match(after):
            continue  # "if you don't go today, i'll still be here tomorrow": a promise, not a punishment
        clause_start = max(before.rfind("."), before.rfind("?"), before.rfind("!")) + 1
        head = before[clause_start:]
        if _CONDITION.search(head) or _YOU_ACT.match(head.lstrip()):
            return (head + found.group(0)).strip()
        end = min((i for i in (after.find("."), after.find("?"), after.find("!")) if i != -1), default=len(after))
        if len(head.split()) <= 5 and _CONDITION_AFTER.search(after[:end]):
            return found.group(0) + after[:end]
    return None


_KIND_AFTER = re.compile(
    r"\s*(?:still|always) (?:be (?:here|there|around)|love (?:you|u)|pick up|answer|come|help|drive|visit)\b"
)


def confronting(said: Words) -> tuple[Rule, str] | None:
    """A confronting form in one utterance, unless it only reports the person's own view."""
    threat = ultimatum(said)
    found = (_THREAT, threat) if threat else FORMS.match(said) or MORE_FORMS.match(said)
    if found is None or (reported(said) and found[0].name in REPORTABLE):
        return None
    if found[0].name == "threat" and _THIRD_PARTY.search(said.text):
        return None  # "your wife said she's leaving if you don't stop": their situation, not our ultimatum
    return found


_THIRD_PARTY = re.compile(
    r"\b(?:she|he|they|your \w+|the (?:court|judge|boss|landlord|school))(?:'s| has| have)? (?:said|says|told you|threatened|is threatening|warned)\b"
)


def directing(said: Words) -> tuple[Rule, str] | None:
    """A persuading or directing form in one utterance."""
    if reported(said):
        return None
    found = DIRECTIVES.match(said)
    if found is not None:
        return found
    order = ADDRESSED_ORDER.match(said)
    if order is not None:
        return _ADDRESSED, order.group("ev")
    return None


_ADDRESSED = Rule("directing", C.PE, ADDRESSED_ORDER.pattern, R.DIRECTING)
REPORTABLE = frozenset({"blame", "disqualifying", "warning", "label_problem", "arguing", "label", "moralising"})

# --- forms that need what the person just said --------------------------------------------------

_ECHO_MARK = re.compile(
    r"(?:\?\?|\?!|!\?|\?{2,}|!{2,})\s*$|^(?:\w+\s+){0,4}\w+\s*[.,]?\s*(?:sure|right|yeah right|uh huh|ok)[.!]*$"
    # their own words, then mock praise: "only twice. well done", "one meeting. impressive"
    r"|^(?:\w+\s+){0,4}\w+\s*[.,!]\s*(?:well done|impressive|wow|nice one|great|lovely|brilliant|cute|classic|amazing|fantastic|bravo)[.!]*$"
)
NEGATION = re.compile(r"\b(?:not|no|never|nothing|nobody|none)\b|n't\b")
_NOT = re.compile(
    r"\b(?:not|no|never|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|haven't|hasn't|won't|can't|cannot|nothing|nobody)\b|n't\b"
)
_WORD = re.compile(r"[a-z0-9']+")
_FRAMES = re.compile(
    r"\b(?:part of|a side of|and yet|at the same time|sometimes|on the other hand|also|i wonder|maybe|perhaps|"
    r"feel|feels|felt|think|thinks|sounds|seems|wish|worried|afraid|scared|hoping|want|wants)\b"
)
_SMALL = frozenset(
    "a an the and or but so to of in on at for it its it's is was are were be been i i'm me my you your you're u ur "
    "that this just that's what really very".split()
)


_PRAISE_TAIL = re.compile(
    r"\s*[.,!]\s*(?:well done|impressive|wow|nice one|great|lovely|brilliant|cute|classic|amazing|fantastic|bravo)[.!]*$"
)
_MINIMISED = re.compile(
    r"\b(?:only|just|a few|a couple|once|one|a bit|a little|barely|hardly|cut down|cut back|not that much|not much)\b"
)


def mock_echo(text: str, client: str) -> str | None:
    """The person's own words thrown back with "??" or "sure": "not that bad??", "a couple. sure"."""
    if not client or text.count(" ") > 9 or not _ECHO_MARK.search(text):
        return None  # an echo is a few words
    praised = _PRAISE_TAIL.search(text)
    if praised is not None:  # mock praise mocks a small amount they claimed: "only twice" -> "twice. well done"
        if not _MINIMISED.search(client):
            return None
        text = text[: praised.start()]
    words = [w for w in _WORD.findall(text) if w not in ("sure", "right", "yeah", "ok", "uh", "huh")]
    if not 0 < len(words) <= 5:
        return None
    heard = set(_WORD.findall(client))
    content = [w for w in words if w not in _SMALL]
    if "?" not in text and _CELEBRATED.match(" ".join(words)):
        return None  # "six weeks!!": their count of days, celebrated
    if content and all(w in heard for w in content):
        return text
    return None


_COUNTER = re.compile(
    r"\b(?:you|u|ur|you're|you'd|you've|youve)\b[^.?!]{0,30}\b(?:were|was|had|'d|finished|nodded|fell|drove|lost|missed|spent|screamed|rang|said that|"
    r"promised|did|took|used|smoke|drink|snort|counted|ended up|passed out|crashed|wrote off|owe|slurring|asleep)\b"
    r"|\b(?:\d+|eleven|twelve|twenty|third|fourth|half a|every|empty|recycling|receipts|counted|found|saw|keep count|not with|not the one|and now|"
    r"lol|lmao|sure|right|the pope|in my day|interesting|amazing|wow|still|two|three|four|five|six|seven|eight|nine|ten|literally|"
    r"on my money|my money|i pay|i paid|i'm paying|went over this|not everyone|not everybody|not all|"
    # the evidence held up: "i've got the photos", "it's on the calendar", "name one"
    r"i've got|i have got|i've seen|ive got|ive seen|it's on|its on|it was on|it's in|its in|it was in|name one|bank statements?|"
    r"the photos|the texts|the messages|the calendar|the fridge|the receipts?|the letter)\b|\?\?|!!|\bnot ['\"]"
)
_ECHO_HEAD = re.compile(
    r"^(?:(?:oh|yeah|ah|mm|hmm|so|well|right),?\s+)?(?P<echo>[a-z0-9' -]{1,40}?)(?P<mark>\s+or not[,.]?\s+|[.,!?]+\s*|\s+(?=(?:and|but|lol|sure|right|not)\b))"
)


def echo_counter(text: str, client: str) -> str | None:
    """Their words thrown back, then the evidence against them: "two beers. i counted eleven cans".
    The reply opens with a fragment of what they said and goes on to contradict it, not to reflect it."""
    if _NO_SHORT_HEAD.match(text):
        return None  # no break in the first words: nothing was thrown back
    head = _ECHO_HEAD.match(text)
    if head is None or _FRAMES.search(text):
        return None
    echo = head.group("echo").strip()
    heard = {w for w in _WORD.findall(client) if w not in _SMALL}
    if _PERSON.search(echo) and not ("?" in head.group("mark") and _asked_back(echo, client)):
        return None  # "you're a great mum": a statement, not their words thrown back
    words = [w for w in _WORD.findall(echo) if w not in _SMALL]
    if not words or len(echo.split()) > 6 or not all(w in heard or w.rstrip("s") in heard for w in words):
        return None
    rest = text[head.end() :]
    if (
        not rest.strip()
        or _REFLECTIVE_REST.match(rest)
        or ((_EVOKING.search(rest) or "?" in rest) and "??" not in rest)
    ):
        return None
    if _CELEBRATED.match(echo) and "?" not in head.group("mark") and not _STILL.search(rest):
        return None  # "90 days!!! through a breakup": a count of their days, celebrated
    if "??" in head.group("mark") or "?!" in head.group("mark") or _COUNTER.search(rest):
        return echo
    if "or not" in head.group("mark") and _YOU_FACT.match(rest):
        return echo  # "pointless or not, you're in front of the magistrate in june"
    return None


# After "X or not,": a fact about them, not a comfort ("it's ok to feel unsure") or their choice.
_YOU_FACT = re.compile(r"^(?:you're|youre|ur|you are|you|u)\b(?! (?:can|could|get to|decide|choose|don't have to)\b)")


_TURNED = {"you": "me", "u": "me", "your": "my", "ur": "my", "you're": "i'm", "youre": "im", "yourself": "myself"}


def _asked_back(echo: str, client: str) -> bool:
    """Their words asked back with the person turned round: "nobody told you?" after "nobody told me"."""
    theirs = set(_WORD.findall(client))
    said = _WORD.findall(echo)
    return len(said) <= 5 and all(w in theirs or _TURNED.get(w) in theirs for w in said)


# A span of their sober days or a run of effort, thrown back only to be celebrated.
_CELEBRATED = re.compile(
    r"^(?:since the \w+|(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+|thirty|forty|sixty|ninety|a whole|every single) )+"
    r"(?:days?|weeks?|months?|years?|nights?|mornings?|day of it|sober days?))$"
)
_STILL = re.compile(r"\b(?:but|still|again|not|never|yet|only|just)\b|\?")


_NO_SHORT_HEAD = re.compile(r"[^.,!?]{46}")
_PERSON = re.compile(r"\b(?:you|u|you're|ur|your|i|i'm|we|we're|he|she|they)\b")
# "a five, and not a two. what makes it a five?": a scaling question, not an argument.
_EVOKING = re.compile(r"\b(?:what|how)\b[^.?!]*\?")
_REFLECTIVE_REST = re.compile(
    r"^(?:and )?(?:it sounds|sounds|that's (?:important|a big|hard|huge|real|really)|it's (?:hard|important)|so you|you're (?:saying|worried|feeling)|"
    r"that (?:must|matters|took)|what|how|tell me)\b"
)


def corrects(text: str, client: str) -> str | None:
    """Their claim corrected: "not everyone" after "everyone does it", "sixty-eight, not ninety"
    after "he lived to ninety". The word put right is theirs; the word put in its place is not."""
    if text.endswith("?") or _FRAMES.search(text):
        return None
    heard = set(_WORD.findall(client))
    found = _NOT_SO.match(text)
    if found is not None and found.group("word") in heard:
        return found.group(0)
    found = _NOT_THEIRS.search(text)
    if found is None or found.group("theirs") not in heard or found.group("theirs") in _SMALL:
        return None
    said = _WORD.findall(found.group("mine"))
    if (
        not said
        or said[-1] in _BEFORE_A_VERB
        or (", not" not in found.group(0) and not _NUMBER.search(found.group("mine")))
    ):
        return None  # "so you're not sick", "you'd rather not go": a verb said with "not", nothing put right
    mine = [w for w in said if w not in _SMALL and w not in _AGREEING]
    return found.group(0) if mine and not any(w in heard for w in mine) else None


_NOT_SO = re.compile(
    r"^(?:(?:no|nah|well|but),?\s+)?(?:not|hardly|barely) (?P<word>everyone|everybody|all|always|every|everything|anyone|anybody|nobody|never|nothing)\b"
)
_BEFORE_A_VERB = frozenset(
    "you're youre i'm im is are was were it's its that's thats they're we're he's she's so and but or if do does did am be "
    "been have has had can could would should will may might must just really why what rather better prefer".split()
)
_AGREEING = frozenset("ok okay alright fine sure yes yeah yep right of course no worries fair enough".split())
_NUMBER = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b"
)
_NOT_THEIRS = re.compile(r"\b(?P<mine>[a-z0-9][a-z0-9' -]{0,20}?),? not (?P<theirs>[a-z0-9']+)[.!]*$")


def contradicts(text: str, client: str) -> str | None:
    """The person's own claim turned round: they say "I'm not hurting anybody", the reply says
    "you're hurting me". The same word fills the predicate right after the subject in both, with
    the opposite polarity, said as a short fact (not as their view, a question, or a feeling)."""
    if not client:
        return None
    corrected = corrects(text, client)
    if corrected is not None:
        return corrected
    if text.endswith("?") or not text.startswith(_SUBJECTS) or text.count(" ") > 11:
        return None
    mine = _SUBJECT_LED.match(text)
    if mine is None or _FRAMES.search(text):
        return None
    head = mine.group("word")
    for clause in _CLAUSES.split(client):
        theirs = _CLAIM.match(clause.strip())
        if theirs is None or theirs.group("word").rstrip("s") != head.rstrip("s"):
            continue
        if (theirs.group("you") is None) != (mine.group("you") is None):
            continue  # "I don't tell anyone" is not turned round by "that tells me"
        if bool(_NOT.search(mine.group(0))) != bool(_NOT.search(theirs.group(0))):
            return mine.group(0)
    return None


_SUBJECTS = ("no", "but", "well", "yes", "yeah", "oh", "you", "u ", "ur", "it", "that")
_AUX = r"(?:\s+(?:not|never|no|don't|didn't|aren't|isn't|wasn't|weren't|haven't|hasn't|won't|can't|are|is|was|were|do|did|have|has|had|really|still|even))*"
_SUBJECT_LED = re.compile(
    r"^(?:(?:no|but|well|yes|yeah|oh),?\s+)?(?:(?P<you>you|u|you're|ur|you've)|(?P<it>it|it's|its|that|that's|thats|it was|that was))"
    + _AUX
    + r"\s+(?P<word>[a-z0-9']+)"
)
_CLAIM = re.compile(
    r"^(?:(?:no|but|well|yes|yeah|oh|look|honestly),?\s+)?(?:(?P<you>i|i'm|im|i've)|(?P<it>it|it's|its|that|that's|thats|it was|that was))"
    + _AUX
    + r"\s+(?P<word>[a-z0-9']+)"
)
_CLAUSES = re.compile(r"[,.;!?]+\s*|\s+(?:and|but|because|cause|so|though)\s+")
