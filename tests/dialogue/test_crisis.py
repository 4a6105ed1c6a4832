"""The crisis detector: the user in danger pauses the role-play; role-play lines do not."""

from __future__ import annotations

import pytest

from dialogue.crisis import CrisisKind, detect_crisis

IN_DANGER = [
    ("I want to die.", CrisisKind.SELF_HARM),
    ("honestly i just want to kill myself", CrisisKind.SELF_HARM),
    ("I'm thinking about ending my life", CrisisKind.SELF_HARM),
    ("I don't want to be alive anymore", CrisisKind.SELF_HARM),
    ("I've been cutting myself again", CrisisKind.SELF_HARM),
    ("everyone would be better off without me", CrisisKind.SELF_HARM),
    ("im suicidal", CrisisKind.SELF_HARM),
    ("I took a bunch of his pills an hour ago", CrisisKind.SELF_HARM),
    ("I can't go on like this", CrisisKind.SELF_HARM),
    ("He hits me when he's drunk.", CrisisKind.VIOLENCE),
    ("my husband punched me last night", CrisisKind.VIOLENCE),
    ("he said he'd kill me if I call anyone", CrisisKind.VIOLENCE),
    ("I'm not safe at home", CrisisKind.VIOLENCE),
    ("He's not breathing, what do I do", CrisisKind.OVERDOSE),
    ("my son won't wake up and his lips are blue", CrisisKind.OVERDOSE),
    ("I think she's overdosing right now", CrisisKind.OVERDOSE),
    ("ive written a letter to each of my kids for after im gone", CrisisKind.SELF_HARM),
    ("I wrote a goodbye note and left it in the drawer.", CrisisKind.SELF_HARM),
    ("I keep the razor blades in my drawer and I think about using them", CrisisKind.SELF_HARM),
    ("your lips are blue, wake up!!", CrisisKind.OVERDOSE),
    ("you used and now hes not breathing", CrisisKind.OVERDOSE),
    ("i just found him unresponsive, do i call the ambulance first?", CrisisKind.OVERDOSE),
    ("if i find him like this again i swear. hes not breathing properly", CrisisKind.OVERDOSE),
    ("i just found u blue in the bathroom", CrisisKind.OVERDOSE),
    ("Im scared, its the morning and i cant wake him up", CrisisKind.OVERDOSE),
    ("its my birthday and hes not breathing", CrisisKind.OVERDOSE),
    ("I couldnt wake him this morning and hes still not moving", CrisisKind.OVERDOSE),
    ("i cant wake you up please wake up", CrisisKind.OVERDOSE),
    ("he screamed youll never see the kids again and took the car keys", CrisisKind.VIOLENCE),
    ("On my birthday he punched me in the face", CrisisKind.VIOLENCE),  # a day named: may be last week's
    # what undoes a feared overdose never undoes a person's own dark thoughts
    ("im terrified of the night because thats when i think about killing myself", CrisisKind.SELF_HARM),
    ("honestly worst case scenario i take all my pills tonight", CrisisKind.SELF_HARM),
    ("i wrote notes for everyone", CrisisKind.SELF_HARM),  # notes for the family: a sign of a goodbye
]
ROLE_PLAY = [
    "You're killing yourself with that stuff.",
    "Are you thinking about killing yourself?",
    "When you say you might not wake up, are you thinking about suicide?",
    "I'm scared you'll overdose one day.",
    "What if you overdose while you're alone?",
    "This is killing me, watching you drink.",
    "I could kill for a coffee right now.",
    "I'd die if anything happened to you.",
    "It's been a long day. I'm tired.",
    "You said the pills help with the pain.",
    "I'm worried about the drinking.",
    "Do you have naloxone at home?",
    "Your dad and I are scared for you.",
    # the letters of an intervention are not goodbye notes
    "I wrote a letter to you, can I read it?",
    "i wrote my letter",
    "Ive written a letter for the intervention",
    "I wrote a note for the meeting so I don't lose my thread.",
    # the person's own past, told to them: they are here to hear it
    "I found the razor blades in your drawer. Are you hurting yourself?",
    "i found ur goodbye note in the glovebox. can we talk about it?",
    "Last time you used, your lips went blue and I had to breathe for you until the ambulance came.",
    "babe u nearly stopped breathing last month, thats why im scared",
    # what might happen one day
    "If I find him unresponsive, do I call the ambulance first or give the naloxone first?",
    "If my mum ever overdoses, am I allowed to give her Narcan?",
    # an impact letter names the day of the incident; a feared day is not this one
    "On Easter Sunday I found you on the bathroom floor and I couldn't wake you for ages.",
    "I'm terrified of the night I can't wake you.",
    "Mixing pills and booze is how people stop breathing.",
    "Ruth couldn't wake you that morning. She called me screaming.",
    # an ultimatum by the person typing is the roadblock the coder flags, not danger to them
    "Get clean or you'll never see the kids again.",
]


@pytest.mark.parametrize(("text", "kind"), IN_DANGER)
def test_the_user_in_danger_is_noticed(text: str, kind: CrisisKind) -> None:
    signal = detect_crisis(text)
    assert signal is not None, text
    assert signal.kind is kind
    assert signal.evidence


@pytest.mark.parametrize("text", ROLE_PLAY)
def test_role_play_about_drugs_is_not_a_crisis(text: str) -> None:
    assert detect_crisis(text) is None, text
