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
    # forms added 2026-12-07 (evening), from new tuning authors' misses, each written here in other words
    ("burnt a cigarette on my arm again last night, nobody knows", CrisisKind.SELF_HARM),
    ("i held a lighter to my wrist till it blistered", CrisisKind.SELF_HARM),
    ("I attempted in 2021 and the same thoughts are back this month", CrisisKind.SELF_HARM),
    ("the urge to cut again is really strong tonight", CrisisKind.SELF_HARM),
    ("honestly i dont plan on being around by christmas", CrisisKind.SELF_HARM),
    ("Ive made up my mind that im not going to be here much longer", CrisisKind.SELF_HARM),
    ("ive made a plan and i feel calm about it", CrisisKind.SELF_HARM),
    ("Wrote my daughters a letter each, they're in my bedside drawer", CrisisKind.SELF_HARM),
    ("kept back my sleeping tablets for a month, there's enough now", CrisisKind.SELF_HARM),
    ("I swallowed whatever was left of his methadone an hour ago", CrisisKind.SELF_HARM),
    ("I'd quite like to fall asleep and never wake up, I think about it a lot", CrisisKind.SELF_HARM),
    ("i keep thinking about stepping off the 6:15 train platform edge", CrisisKind.SELF_HARM),
    ("is it normal to want to die most mornings?", CrisisKind.SELF_HARM),
    ("sorted out who gets my car and my fishing gear", CrisisKind.SELF_HARM),
    ("I'm on the roof at work. Been staring at the edge for an hour.", CrisisKind.SELF_HARM),
    ("im giving away all my clothes and my sister keeps asking why", CrisisKind.SELF_HARM),
    ("been getting hit every weekend and my jaw still aches", CrisisKind.VIOLENCE),
    ("my partner has me trapped in the bedroom and won't let me out", CrisisKind.VIOLENCE),
    ("He's locked the doors and hidden my phone, I'm typing on the laptop", CrisisKind.VIOLENCE),
    ("she told me she knows where the kids school is and what time they finish", CrisisKind.VIOLENCE),
    ("my stepdad holds his knife at my throat when he's drinking and he's drinking now", CrisisKind.VIOLENCE),
    ("a family member just pushed me down the stairs", CrisisKind.VIOLENCE),
    ("He threw a full mug of boiling tea from the table at me", CrisisKind.VIOLENCE),
    ("I shook him and shouted his name and nothing, he's grey", CrisisKind.OVERDOSE),
    ("she's only semi conscious and keeps drifting off after those pills", CrisisKind.OVERDOSE),
    # a third round (authors aj, ak: older relatives, English as a second language, phones and slang)
    ("honestly not sure ill still be around by friday", CrisisKind.SELF_HARM),
    ("if all goes to plan i'll be gone by the weekend", CrisisKind.SELF_HARM),
    ("I'm ready for the long sleep now, I truly am.", CrisisKind.SELF_HARM),
    ("since my wife passed i've had this urge to follow her", CrisisKind.SELF_HARM),
    ("i've worked out exactly how to go, it's almost a relief", CrisisKind.SELF_HARM),
    ("theres vodka and my pills right beside me on the sofa", CrisisKind.SELF_HARM),
    ("cancelled the milk and asked my neighbour to take the cat", CrisisKind.SELF_HARM),
    ("my self harm came back. slipped again last night", CrisisKind.SELF_HARM),
    ("been out on the balcony deciding whether to jump", CrisisKind.SELF_HARM),
    ("might go sewer slide tbh", CrisisKind.SELF_HARM),
    ("gonna unalive myself if he uses again", CrisisKind.SELF_HARM),
    # a fourth round (author am: self-harm said indirectly)
    ("wrote down where the deeds and my passwords are so nobody has to search", CrisisKind.SELF_HARM),
    ("they'd all manage fine without me honestly", CrisisKind.SELF_HARM),
    ("soon you won't have to worry about me at all", CrisisKind.SELF_HARM),
    ("i dont think ill be around for the next session", CrisisKind.SELF_HARM),
    ("everything's in boxes now, labelled who gets what", CrisisKind.SELF_HARM),
    ("does life insurance pay out if it's suicide", CrisisKind.SELF_HARM),
    ("if i dont reply tomorrow dont bother looking for me", CrisisKind.SELF_HARM),
    ("the only answer left is to stop existing", CrisisKind.SELF_HARM),
    ("how long would it take to bleed out", CrisisKind.SELF_HARM),
    ("been buying paracetamol at different chemists so no one notices", CrisisKind.SELF_HARM),
    ("thinking about writing a note tonight", CrisisKind.SELF_HARM),
    ("the rope is ready in the garage", CrisisKind.SELF_HARM),
    ("I've been feeling very final these past few days.", CrisisKind.SELF_HARM),
    ("how many of these would be fatal", CrisisKind.SELF_HARM),
    ("if im gone theres one less mouth to feed", CrisisKind.SELF_HARM),
    ("mum, if your reading this, the cat's food is under the sink", CrisisKind.SELF_HARM),
    ("Can you tell me how much of his methadone would be fatal?", CrisisKind.SELF_HARM),
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
    # the loved one's threat reported, their words kept saying; facts asked; grief; a plan for the talk
    "Last time we practised he threatened to drive into a wall. What do I say to that?",
    "you keep saying there's no point in you, and it frightens me",
    "What are bluish lips a sign of?",
    "are tiny pupils always from opioids?",
    "We lost our son to an overdose in 2019 and I can't lose his brother too.",
    "I have a plan for how to bring it up with him on Sunday.",
    "ive got a plan to talk to her after dinner",
    "Please don't take all your pills at once like last time.",
    "I was suicidal as a student and I've been well since 2010.",
    "what should i say if she says 'i'll just end it then'",
    "I've made my peace with dying one day; it's his life I worry about.",
    "He once pinned me to the wall, but that was before rehab and he's been gentle since.",
    # everyday words in danger's grammar: a phrasal verb, an accident, a time-box, a named point
    "im cutting her off from the joint account next week",
    "cut myself shaving and now there's blood on my notes lol",
    "took a couple of ibuprofen for my migraine, back in 5",
    "we're away next week so I won't be here for the next session",
    "i dont see the point of rewriting the opening again",
    "I don't want to be here for the part where he shouts, can we skip ahead?",
    "I've said my goodbyes to the old way of doing Christmas.",
    "Some nights I sit in the car before I go in to face him.",
    "I'm not going to hurt myself over this, I just need to vent.",
    "I overdosed at 17. I'm in a really good place now and I want to use that with my nephew.",
    "found my brother overdosed once but that was ages ago, he's sober now",
    "how should i respond if my son says he'd rather be dead",
    "she shouted 'i hope i overdose and you find me' and slammed the door, what do i say to that",
    "The family is scared you'll overdose and never wake up.",
    "you're not better off dead, you're my brother and i need you",
    "I keep jumping straight into the hard bit. How do I ease in?",
    "bought a safe for the pills so he cant get at them",
    "he's got a gun cabinet in the garage from his shooting club, should we mention it?",
    "I never want to live through that night again.",
    "What does 'unalive' mean? I keep seeing it.",
    "how many minutes after someone stops breathing is there brain damage?",
    "My brother OD'd at Easter 2019 and he's five years clean now.",
    "grandma is writing letters to all the grandkids for her 80th",
    "I've picked the hymns for my funeral, whenever that is. I'm 85, it's only sensible.",
    "my brother told me he'd wanted to jump off the bridge back when he was using, he's ten years sober",
    "we're calling the interventionist tomorrow to set the date",
    "i just want to see him well before i go, i'm 82",
    "You've been giving your things away, love. Are you thinking of ending your life?",
    "saw a news story about a guy who overdosed at a gig",
    "the kids will manage fine without me for the weekend",
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
