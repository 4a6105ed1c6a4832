"""Replies generated from templates: every roadblock form and every adherent form, for every
person, substance and way of typing. They test that the coder reads forms, not phrases.

    roadblock templates x people x substances x typing styles  -> non-adherent replies
    adherent templates  x people x substances x typing styles  -> MI-consistent replies

The templates were written for this file from the forms in dialogue/coding/forms.py's docstring
and CLINICAL.md; nothing here comes from ../shared/data.
"""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

# (person addressed, their role word) ... the one practising may be a parent, spouse, sibling, child.
PEOPLE = [
    ("Danny", "son"), ("Mom", "mother"), ("Dad", "father"), ("babe", "husband"), ("Kayla", "daughter"),
    ("Rosa", "wife"), ("Kev", "brother"), ("Nan", "grandmother"), ("Jo", "client"), ("mate", "partner"),
]  # fmt: skip
# (the substance, the -ing form of using it, a unit, a place for help)
SUBSTANCES = [
    ("drinking", "drinking", "beer", "AA"),
    ("pills", "taking those pills", "pill", "the pain clinic"),
    ("weed", "smoking weed", "joint", "the counsellor"),
    ("meth", "using meth", "hit", "rehab"),
    ("coke", "doing coke", "line", "the treatment centre"),
    ("vodka", "drinking vodka", "drink", "detox"),
    ("benzos", "taking benzos", "xanax", "the doctor"),
    ("fentanyl", "using", "pill", "the methadone clinic"),
]
AUTHORITIES = ["the court", "your PO", "your boss", "the police", "your probation officer", "social services"]

NON_ADHERENT = [
    # orders and directives
    "{name}, stop {using} right now.", "Just quit the {sub}.", "Pour the {sub} down the sink tonight.",
    "Go to {place} tomorrow morning.", "Don't touch the {sub} again.", "Call {place} today, {name}.",
    "{name} please just stop {using}.", "Get rid of the {sub}, all of it.", "Put the {sub} away and sit down.",
    # obligation and suggestion aimed at them
    "You need to quit the {sub}.", "You need rehab, {name}.", "You need help with the {sub}, {name}.",
    "You have to stop {using}.", "You should go to {place}.", "You must get off the {sub}.",
    "You better call {place} tomorrow.", "You'd better stop {using} before it's too late.",
    "Why don't you just go to {place}?", "Maybe you could try {place} for once.",
    "If I were you I'd go to {place} this week.", "It's time you got help for the {sub}.",
    "The best thing you can do is quit the {sub} today.", "Don't you think it's time to stop {using}?",
    "You can't keep {using} like this.", "I want you to go to {place}.", "I need you to stop {using}.",
    # ultimatums and threats
    "If you don't quit the {sub} I'm leaving.", "Either you go to {place} or you're out of this house.",
    "You walk out now you're done in this family.", "One more {unit} and I'm calling {auth}.",
    "Miss one more appointment and I'll tell {auth}.", "I'll tell {auth} you didn't engage.",
    "Keep {using} and you can find somewhere else to live.", "Stop the {sub} or else.",
    "Don't bother coming home if you're {using} tonight.", "Get out of my house, {name}.",
    "This is your last chance, {name}.", "Come home high again and we're done.",
    # warnings
    "Keep {using} and you'll end up dead.", "You'll end up in jail if you keep this up.",
    "The {sub} is going to kill you.", "You're killing yourself with the {sub}.",
    "One of these days we'll find you dead from the {sub}.", "You'll lose everything over the {sub}.",
    # labels and telling them what they have
    "You're an addict, {name}.", "You're such a junkie.", "You're a drunk and everyone knows it.",
    "You have a {sub} problem.", "You're just a liar.", "ok junkie", "You're in denial about the {sub}.",
    # accusing, blaming, disqualifying
    "You lied again about the {sub}.", "You stole my money for {sub}.", "You ruined Christmas with your {sub}.",
    "You never really wanted to quit the {sub}.", "You didn't try hard enough.", "This is all your fault.",
    "Because of you the kids are scared.", "You don't care about anyone but yourself.",
    # arguing with what they said
    "Nobody believes that and you know it.", "That's not true, you were {using} last night.",
    "That's just an excuse.", "We've all heard that before.", "Come on, nobody buys that.",
    "The empty bottles say otherwise.", "That's what every addict says.",
    # sarcasm and mock echoes
    "One {unit} my foot.", "Oh sure, you'll quit tomorrow.", "Yeah right, like you can stop the {sub}.",
    "Sure you will.", "Riiight.", "Clean my foot.",
    # rhetorical questions that accuse
    "How many times have we heard that one?", "Why can't you just stop {using}?",
    "What kind of {role} does this?", "What is wrong with you?", "Do you think we're stupid?",
    "Are you kidding me?", "How many more chances do you need?",
    # moralising and shaming, dismissing
    "You should be ashamed of yourself.", "Think about what this is doing to your kids.",
    "Shame on you, {name}.", "What would your grandmother think if she saw you?", "Stop feeling sorry for yourself.",
    "Grow up, {name}.", "Get over it.", "You're better than this.",
    # scare facts used to persuade
    "The {sub} causes brain damage in kids your age.", "The {sub} is destroying your liver.",
    "Don't you realise the {sub} could kill you?",
]  # fmt: skip

ADHERENT = [
    # reflections, simple and complex
    "It sounds like the {sub} helps you get through the evenings, {name}.",
    "You're worried about what happens if you stop the {sub}.",
    "Part of you wants to cut back on the {sub}.", "You don't see the {sub} as a problem.",
    "So you feel like everyone's on your back about the {sub}.", "You're tired of being told what to do about {place}.",
    "The {sub} feels like the only thing that takes the edge off.", "You've been carrying a lot on your own, {name}.",
    "On one hand the {sub} helps you relax, and on the other it's costing you at work.",
    "You feel like you never get a break from the {sub}.",
    "You're angry that we talked about the {sub} behind your back.",
    "In your eyes the {sub} isn't the problem.", "You're saying you need a break from everyone, {name}.",
    "You never meant for the {sub} to get this far.", "You blame yourself for how the {sub} started.",
    "{place} feels like a big step right now.", "You're not sure {place} would help.",
    # summaries
    "Let me see if I've got this: the {sub} helps you sleep, work is stressful, and you miss the kids.",
    "So far you've mentioned a few reasons to cut back on the {sub}: your health, money, and your daughter.",
    # questions
    "What do you like about the {sub}?", "How has the {sub} been affecting things at home?",
    "What would you like to do about the {sub}, if anything?", "What worries you most about the {sub}, {name}?",
    "How are you feeling about {place}?", "Tell me more about last weekend and the {sub}.",
    "What was it like when you stopped the {sub} before?", "Have you had any {sub} today?",
    "What would be different if the {sub} wasn't around?",
    "What do you think might happen if the {sub} carries on like this?",
    # autonomy, collaboration, permission
    "It's your decision what you do about the {sub}.", "Whatever you decide about {place}, I'm with you.",
    "Would it be okay if I told you what I've noticed about the {sub}?",
    "Could we figure out together what might help with the {sub}?",
    "Would it help if I drove you to {place}?", "Do you want me to come with you to {place}?",
    "What would help from me right now, {name}?", "Can I share something I read about {place}?",
    "You don't have to decide anything about {place} today.", "Nobody can make that choice about the {sub} but you.",
    # affirmations
    "You've kept going to work through all of this, {name}, that takes strength.",
    "Thank you for telling me about the {sub}.",
    "It took guts to come down and talk to us about the {sub}.",
    "You've been really honest with me about the {sub} today.",
    "You called {place} on your own, that shows real commitment.",
    # calm "I" statements, boundaries as what I will do
    "I love you, {name}, and I lie awake worrying about you.", "I'm scared when you drive after {using}.",
    "I'm not going to lend money for the {sub} anymore. I love you, and that's about me.",
    "I miss how we used to be, {name}.", "I saw the {sub} in the car this morning and I felt sick with worry.",
    # repair
    "Sorry {name}, that came out harsh. My fault.", "I shouldn't have yelled about the {sub} last night, I'm sorry.",
    "You're right, {name}, that wasn't fair of me.", "I'm sorry I called you a liar about the {sub}.",
    # safety questions and other
    "Are you thinking about killing yourself, {name}?", "Are you safe right now, {name}?", "Hi {name}.",
    "When you say the {sub} makes you want to die, are you thinking about suicide?",
]  # fmt: skip


@dataclass(frozen=True)
class Generated:
    text: str
    non_adherent: bool
    template: str
    style: str


def _careful(text: str) -> str:
    return text


def _lower_no_punct(text: str) -> str:
    return re.sub(r"[.,!:;]", "", text.lower()).strip()


def _no_apostrophes(text: str) -> str:
    return _lower_no_punct(text).replace("'", "")


def _text_speak(text: str) -> str:
    said = _no_apostrophes(text)
    said = re.sub(r"\byoure\b", "ur", said)
    said = re.sub(r"\byour\b", "ur", said)
    said = re.sub(r"\byou\b", "u", said)
    return said.replace("?", "??")


def _caps(text: str) -> str:
    return text.upper()


def _your_youre(text: str) -> str:
    return _lower_no_punct(text).replace("you're", "your")


STYLES: dict[str, Callable[[str], str]] = {
    "careful": _careful,
    "lower": _lower_no_punct,
    "no_apostrophes": _no_apostrophes,
    "text_speak": _text_speak,
    "caps": _caps,
    "your_youre": _your_youre,
}


def _fill(template: str, person: tuple[str, str], substance: tuple[str, str, str, str], auth: str) -> str:
    name, role = person
    sub, using, unit, place = substance
    return template.format(name=name, role=role, sub=sub, using=using, unit=unit, place=place, auth=auth)


def generate(templates: list[str], non_adherent: bool, count: int, seed: int) -> Iterator[Generated]:
    """`count` distinct replies, taking each template in turn with a fresh person, substance and style."""
    rng = random.Random(seed)
    fillers = list(itertools.product(PEOPLE, SUBSTANCES, AUTHORITIES, STYLES))
    queues = [rng.sample(fillers, len(fillers)) for _ in templates]
    seen: set[str] = set()
    for round_ in range(len(fillers)):
        for template, queue in zip(templates, queues, strict=True):
            person, substance, auth, style = queue[round_]
            text = STYLES[style](_fill(template, person, substance, auth))
            if text in seen:
                continue
            seen.add(text)
            yield Generated(text, non_adherent, template, style)
            if len(seen) >= count:
                return


def replies(count: int = 2000, seed: int = 12) -> tuple[list[Generated], list[Generated]]:
    """(non-adherent, adherent) replies, `count` of each."""
    return (
        list(generate(NON_ADHERENT, True, count, seed)),
        list(generate(ADHERENT, False, count, seed + 1)),
    )
