"""Reading the learner right: the forms of confrontation as relatives type them, the moments that
matter credited (a direct safety question, a repair, a family member's calm "I" statement), and a
"try instead" that answers what the reply did."""

from __future__ import annotations

import pytest

from dialogue.codes import Adherence, Code, Roadblock, TalkType, Verdict
from dialogue.coding import CodingContext, Said, code_reply
from dialogue.coding.feedback import purpose_of
from dialogue.scenario import ClientLine, ModelReply, Risk


def _after(client: str, **kw: object) -> CodingContext:
    return CodingContext(history=(Said("client", client),), **kw)  # type: ignore[arg-type]


# The misreadings the issue found, typed as they were typed: each is confronting or persuading.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("you walk out now youre done in this family", Code.CO),
        ("You need rehab.", Code.PE),
        ("come on, nobody believes that and you know it", Code.CO),
        ("you lied again", Code.CO),
        ("guess you never really wanted to quit", Code.CO),
        ("how many times have we heard that one", Code.CO),
        ("I'll tell the court you didn't engage", Code.CO),
        ("either you go to detox or you find somewhere else to live", Code.CO),
        ("one beer my foot", Code.CO),
        ("why cant u just stop", Code.CO),
        ("ur such a junkie", Code.CO),
        ("maybe you could try going to a meeting", Code.PE),
        ("it's time you got help", Code.PE),
        ("dad dont drive tonight give me the keys", Code.PE),
    ],
)
def test_confrontation_typed_carelessly_is_not_listening(text: str, code: Code) -> None:
    coding = code_reply(text, _after("It's not that bad."))
    assert coding.code is code, f"{text!r}: {coding.code} via {coding.rule} ({coding.evidence!r})"
    assert coding.adherence is Adherence.NON_ADHERENT and coding.verdict is Verdict.RETHINK
    assert coding.roadblock is not None


# Forms added 2026-12-07 (evening) from two new tuning authors' misses, each in other words here:
# non-adherence said softly, after a comma or "and", as a deadline, or as a correction.
@pytest.mark.parametrize(
    ("client", "text", "code"),
    [
        ("I don't want to go back to group.", "honey i really do think you should give it another go", Code.PE),
        ("It's only on weekends.", "pls just book the assessment", Code.PE),
        ("I'm fine, Nan.", "so humour me and call the doctor tomorrow", Code.PE),
        ("I can't face the meeting.", "why not go just once and see", Code.PE),
        ("None of the clinics are any good.", "you could at least ring the one near work", Code.PE),
        ("I can't sleep without them.", "Have you tried the sleep app instead of the pills?", Code.PE),
        ("They're prescribed.", "u cant be mixing them with vodka tho", Code.PE),
        ("I'm keeping them just in case.", "the pills need to be out of the house by tonight", Code.PE),
        ("I'm going out.", "dont.", Code.PE),
        ("I'll think about detox.", "You've got until Sunday to decide, then I'm telling your father.", Code.CO),
        ("Work is so stressful.", "If you really loved your kids you'd find another way.", Code.CO),
        ("It's my life.", "you're hurting your mother every single day", Code.CO),
        ("I'll stop when I'm ready.", "You'll lose the house at this rate.", Code.CO),
        ("The counsellor doesn't get me.", "Blaming the counsellor won't get you well.", Code.CO),
        ("Everyone at work does it.", "says who", Code.CO),
        ("I'm doing it for the family.", "no you're not, you're doing it for you", Code.CO),
        ("It's under control.", "thats not under control, thats a bottle a night", Code.CO),
        ("I'll pay you back Friday.", "you said that every Friday since March", Code.CO),
        ("I don't remember saying that.", "how convenient", Code.CO),
        ("There were only a couple of beers.", "how stupid do you think i am", Code.CO),
        ("Why is everyone on at me?", "because you ARE the problem", Code.CO),
        # a third round (authors ff, gg: trainees who half know MI; partners in their own idiom)
        ("I'm not an addict.", "From what you've told me, you meet the criteria for alcohol use disorder.", Code.CO),
        ("I can stop whenever I like.", "That's classic denial, love.", Code.CO),
        ("I'll stop after Christmas.", "You said that at Easter and at your birthday.", Code.CO),
        ("I only had two.", "yeah thats what every drinker says", Code.CO),
        ("I'll be ready soon.", "when exactly are you going to be ready", Code.CO),
        ("I didn't touch it.", "sure you didnt", Code.CO),
        ("The meetings are rubbish.", "I'm curious why you keep finding reasons not to go.", Code.CO),
        ("I was at Dave's.", "Bollocks, I saw the car outside the bookies.", Code.CO),
        ("You don't care about me.", "dont you dare. were in this mess cos of u", Code.CO),
        ("Work's been mad.", "its probably wiser to skip the work drinks this year", Code.PE),
        ("I can't sleep.", "a sleep clinic might be worth trying", Code.PE),
        ("I'll ring them next week.", "Ring them now. I'll wait.", Code.PE),
        # a fourth round (authors ii, jj: siblings and adult children; replies of a few words)
        ("I've got it sorted now.", "ok boomer", Code.CO),
        ("I had a slip, not a relapse.", "slip. cute", Code.CO),
        ("It's perfectly normal.", "Normal? Seriously?", Code.CO),
        ("I'm going back to work Monday.", "with your track record?", Code.CO),
        ("Everyone on the team does it.", "and if everyone jumped off a bridge?", Code.CO),
        ("My boss is why I drink.", "so its his fault huh", Code.CO),
        ("I can stop whenever I want.", "then why havent you", Code.CO),
        ("It's just a bit of speed for work.", "you're gonna have a heart attack at 40", Code.CO),
        ("I deserve a drink tonight.", "Your kids deserve a dad who remembers bedtime.", Code.CO),
        ("I've been going to meetings.", "No you haven't. I drove past the pub.", Code.CO),
        ("I might go to the casino Friday.", "skip the casino. come to the match with me", Code.PE),
        ("I'm fine to drive.", "gimme the keys", Code.PE),
        ("I'll be fine at the party.", "stay off the pills, yeah?", Code.PE),
        ("I'll stop when I'm ready.", "nah bro stop now", Code.PE),
        # a fifth round (authors kk: non-adherence that sounds kind; ll: typed in a hurry, straight back)
        ("You're no saint yourself.", "well I'm not the one who crashed the car drunk", Code.CO),
        ("I had a rough day.", "you've always got an excuse, haven't you", Code.CO),
        ("I've cut right down.", "u havent tho have u", Code.CO),
        ("I was at work late.", "you keep lying to my face", Code.CO),
        ("I'm going to try cutting down.", "cutting down didnt work the other five times", Code.CO),
        ("Rehab was useless.", "you never really gave it a fair shot though", Code.CO),
        ("My back hurts, that's all.", "you wouldn't be in this state if you'd stopped the pills", Code.CO),
        ("Dad drank his whole life and he was fine.", "that's not normal, mum", Code.CO),
        ("I need it to relax.", "the rest of us manage to relax without a bottle", Code.CO),
        ("They're overreacting at work.", "your manager is not overreacting, you turned up high", Code.CO),
        ("It's just a bit of weed, Gran.", "think what your mother would say if she saw you like this", Code.CO),
        ("I'll stop after the wedding.", "u said that last time mate", Code.CO),
        ("I'll get it sorted.", "you haven't fixed a thing in five years", Code.CO),
        ("I just like a drink.", "six cans every night is what most people would call a drinking problem", Code.CO),
        ("Everyone's on at me.", "ur being a bit paranoid love", Code.CO),
        ("A few lines won't kill me.", "look at what happened to your cousin", Code.CO),
        ("I'll do it on my own.", "you'll be back drinking within a fortnight", Code.CO),
        ("I need to think about it.", "there's nothing to think about", Code.CO),
        ("It helps me sleep.", "it's also wrecking your liver but ok", Code.CO),
        ("I've got it under control.", "im not sure thats true son", Code.CO),
        ("Work's the problem.", "I don't think it's your job that's the problem", Code.CO),
        ("I only bet on the weekends.", "come on dad", Code.CO),
        ("I'm not ready.", "maybe try one meeting this week", Code.PE),
        ("I'll just have the odd one.", "would it hurt to have a dry month", Code.PE),
        ("I'm going out tonight.", "please carry your narcan", Code.PE),
        ("I'm thinking of a new job.", "sort out the gambling first, then the job", Code.PE),
        ("I'm fine.", "at least see the GP about your liver", Code.PE),
        ("I don't know what to do.", "I honestly think residential would be the best thing you could do", Code.PE),
        ("I want to just cut back.", "Abstinence is the safest option for someone with your history.", Code.PE),
        ("Nobody will give me a chance.", "maybe if you stopped turning up hungover they would", Code.PE),
        ("I'm using most days.", "the first thing you need to do is tell your doctor", Code.PE),
        ("Money's tight.", "mum maybe skip the scratch cards this week then", Code.PE),
        ("I took a few extra last night.", "you cant do that again, ever", Code.PE),
        ("Why am I even here?", "because you crashed into the Hendersons' wall, remember?", Code.CO),
        ("Grandad drank more than me.", "oh so that makes it ok then", Code.CO),
        ("I only spend what I can afford.", "you took my card last week so obviously not", Code.CO),
        ("It's my flat, I'll use if I want.", "you bring that stuff home again and I'm changing the locks", Code.CO),
        ("I'm staying out tonight.", "u walk out that door and ur bags are on the step", Code.CO),
        ("I'll think about it next year.", "surely it's better to start while you still have the job", Code.PE),
        ("The pills aren't a problem.", "they clearly are.", Code.CO),
        (
            "I'm not an addict, I just use at weekends.",
            "every weekend for ten years. that's what an addict is",
            Code.CO,
        ),
        ("I can't stop gambling online.", "have you thought about deleting the apps", Code.PE),
        ("I'll stop on Monday.", "you said that last week", Code.CO),
        ("I'm the parent here.", "then act like it or you're not seeing the grandkids", Code.CO),
        ("It was a one-time thing.", "you were in A&E. how is that not a big deal??", Code.CO),
        ("I don't need the program.", "skip it again and you'll end up back in front of the judge", Code.CO),
        ("Give me a minute to say goodbye.", "we need to leave right now", Code.PE),
        ("I'm not ready for a quit date.", "picking a date is the most useful thing you can do", Code.PE),
        ("The doctor gave them to me, so they're fine.", "three times the dose. not fine", Code.CO),
        ("I've earned a treat.", "not when your treat costs the rent", Code.CO),
        # a sixth round (authors nn: non-adherence without its keywords; oo: trainees in MI's clothes)
        ("I only had three last night.", "only three, impressive", Code.CO),
        ("I went to group once this month.", "once, well done", Code.CO),
        ("Weed's basically medicine.", "totally, that's why you can't remember my birthday", Code.CO),
        ("Nobody gets hurt.", "you're right, apart from your sister who paid the fine", Code.CO),
        ("I'll pack it in when I'm forty.", "your uncle said that too, he didn't see forty-five", Code.CO),
        ("Pills from a mate are safe.", "that's what Liam thought before the ambulance came", Code.CO),
        ("I can come off it at home.", "the last lad who told me that ended up in a&e with a seizure", Code.CO),
        ("This time's different.", "that's the fifth time this year it's different", Code.CO),
        ("I'm going to stop for good.", "three rehabs in four years and every time you said that", Code.CO),
        ("I'll tell Dad the truth.", "you've told him the truth about ten times now", Code.CO),
        ("I don't know about treatment.", "I've booked you in at the Cedars for Monday", Code.PE),
        ("Maybe I'll get help.", "I'm taking you to the clinic first thing tomorrow", Code.PE),
        ("I'm not sure about the counsellor.", "she's expecting your call at eleven", Code.PE),
        ("I'll think about the course.", "ive signed u up for the eight week group already", Code.PE),
        ("I might go to a meeting.", "there's one tonight, i'll pick you up at seven", Code.PE),
        ("I'm going to the pub for the match.", "we're watching it here tonight, aren't we", Code.PE),
        ("I'll come to the wedding.", "we'll be sticking to orange juice at the wedding then", Code.PE),
        ("The dealer keeps texting.", "bin his number now", Code.PE),
        ("Drinking's probably hurt my job.", "so stopping would sort the job out, wouldn't it", Code.PE),
        ("I hear you all.", "the sensible next step would be to take the place today", Code.PE),
        ("A glass of wine is healthy.", "there's no safe amount for your liver", Code.PE),
        ("They're just Xanax.", "half the bars round here are pressed with fentanyl", Code.PE),
        ("I'll just stop on Friday.", "if you stop cold after years of drinking it can bring on seizures", Code.PE),
        ("I want to keep the odd pill.", "so you've decided to keep risking your licence for the pills", Code.CO),
        ("I'm staying with Kev, he's got gear.", "you're choosing the gear over your kids", Code.CO),
        ("My wife keeps nagging me to stop.", "it isn't your wife's job to keep you clean", Code.CO),
        ("I only hurt myself.", "that's a selfish way to see it with two kids at home", Code.CO),
        ("I'm angry you went behind my back.", "you don't get to be upset after the last six months", Code.CO),
        ("Speed helps me study.", "that's the addiction talking, not you", Code.CO),
        ("I could quit tomorrow.", "every gambler I've met says exactly that", Code.CO),
        ("I'm not like the others here.", "i know your type, I've done this job fifteen years", Code.CO),
        ("I'm not a problem drinker.", "you're an alcoholic, and it's time you heard it", Code.CO),
        ("I take them for my back.", "from four different GPs, which is called doctor shopping", Code.CO),
        ("Weed is natural, it's fine.", "deep down you know that's not true", Code.CO),
        ("I don't want to be here.", "if you won't talk, I'll have to note that in my report to the court", Code.CO),
        ("I'll manage on my own.", "then we won't be paying your phone bill any more", Code.CO),
        ("I'll go next year.", "if you don't go now, your mum is done with you", Code.CO),
        ("The coke is under control.", "how's that going for your savings?", Code.CO),
        ("I'll pay you back Friday.", "with what? you spent it all on Saturday", Code.CO),
        ("I'm trying my best.", "if this is trying, I'd hate to see you not trying", Code.CO),
        ("I'll be good this time, promise.", "heard that one before", Code.CO),
        ("Dad's making a fuss.", "your dad told me a very different story", Code.CO),
        ("I relapsed last weekend.", "after all that work you threw it all away for one party", Code.CO),
        ("You never stop going on.", "I wouldn't have to go on if you stopped lying", Code.CO),
        ("I'd like to drink a bit less.", "so what would it take for you to stop completely, today?", Code.PE),
        ("I'm a 5 on readiness.", "a 5 seems low given the night you've had", Code.PE),
        ("I'm a 6 on confidence.", "let's aim for a 9 by the end of the session", Code.PE),
        ("I'm not sure about rehab.", "wouldn't one month be a small price for your family?", Code.PE),
        ("I haven't decided.", "let's decide now while everyone's here", Code.PE),
        ("I'll have a few at the party.", "what if you skipped the drinking at the party?", Code.PE),
        ("I might go to a meeting.", "there's one at eight tonight, go to that one", Code.PE),
        ("I want to keep drinking at weekends.", "honestly abstinence is the safer bet for you", Code.PE),
        ("I'm scared of withdrawal.", "you need a supervised detox then", Code.PE),
        ("It's only a few beers.", "drinking like that puts you at a much higher risk of liver disease", Code.PE),
    ],
)
def test_soft_and_run_on_non_adherence_is_flagged(client: str, text: str, code: Code) -> None:
    coding = code_reply(text, _after(client))
    assert coding.code is code, (text, coding.code, coding.rule, coding.evidence)


# ...and what stays adherent though it shares their words.
@pytest.mark.parametrize(
    ("client", "text", "code"),
    [
        ("I'm scared of the withdrawal.", "please tell me more about what scares you", Code.OQ),
        ("I keep slipping.", "you've never given up on yourself, even now", Code.AF),
        ("I hate that I hurt them.", "you're hurting too", Code.SR),
        ("I didn't mean to scare you.", "thanks for saying that. I was scared.", Code.GI),
        # a possessive or an interjection is not a name an order is given to; permission is not an order
        ("Should I go to the group?", "ur call, love. whatever u decide", Code.EA),
        ("Can I have a minute?", "Sure, take your time, there's no rush.", Code.OT),
        ("I don't want to go on my own.", "ill come with you to the first one", Code.SC),
        ("I've been going to the gym again.", "look at you, back at the gym", Code.AF),
        ("I thought you'd be furious.", "I want you to know I'm proud of you", Code.GI),
        ("You must be ashamed of me.", "I'm not ashamed of you, I'm worried about you", Code.GI),
        # their days counted back to celebrate them; their fear and their view reflected
        ("It's been six weeks now.", "Six weeks!! you actually did it", Code.AF),
        ("I don't want to turn into my dad.", "You're frightened you'll end up like your dad.", Code.CR),
        ("Do I have to decide tonight?", "No, you don't have to decide tonight.", Code.EA),
        ("I'm out most nights.", "I lie awake every night you're out late.", Code.GI),
        ("I did it all myself.", "You're the one who did the work, and it shows.", Code.AF),
        ("I remember the lake.", "you're the one who taught me to fish, dad", Code.GI),
        ("Should I take the job?", "whatever you decide, I'm with you", Code.EA),
        ("I'm scared I'll fail again.", "Really? You've got through worse than this.", Code.AF),
        ("I made it a week.", "a whole week, nice one", Code.AF),
        # a fifth round: look-alikes of its new forms
        ("I want to come off the pills.", "shall i phone the pharmacy with you tomorrow?", Code.SC),
        ("I'm not the one with the problem, you are.", "you feel like you're the one being blamed", Code.CR),
        ("I keep lying to everyone.", "you're tired of lying", Code.SR),
        (
            "Rehab didn't work the last three times.",
            "it's been hard, three times now, and you're still trying",
            Code.AF,
        ),
        ("I'll do it on my own.", "what would help you most if you do it on your own?", Code.OQ),
        ("I'm not sure it's true what they say about me.", "you're not sure that's true", Code.SR),
        ("I might go to one meeting.", "maybe one meeting feels doable", Code.CR),
        ("Do you think I could manage?", "I think you could, it's your call", Code.EA),
        ("I was with Jamie.", "ok. thanks for telling me", Code.OT),
        ("I really want to stop.", "what would be the best thing for you right now?", Code.OQ),
        ("I don't know where to start.", "what do you think the first thing might be?", Code.OQ),
        ("I relapsed again.", "you came back and told me, remember? that took guts", Code.AF),
        ("It's been six months sober.", "that makes it all worth it, doesn't it", Code.CR),
        ("I'm so tired of this.", "you're clearly exhausted", Code.CR),
        ("Have you thought about what I said?", "I have, and I'm glad you said it", Code.GI),
        (
            "I think I'd sleep better if I stopped.",
            "you'd sleep better without it, that's what you're noticing",
            Code.CR,
        ),
        ("I want to go home.", "when do you want to leave?", Code.OQ),
        # a sixth round: look-alikes of its new forms
        ("Why do doctors taper benzos?", "stopping benzos suddenly can cause seizures, so doctors taper them", Code.GI),
        ("I went to every meeting this month.", "every meeting. well done you", Code.AF),
        ("I've been sober six months.", "six months, that's why you look so well", Code.AF),
        ("My sponsor says I'm doing well.", "your sponsor said that too? that must feel good", Code.CQ),
        ("This is my third go at rehab.", "it's your third go and you're still showing up", Code.AF),
        ("I booked myself in at the Cedars.", "you booked yourself in, that took courage", Code.AF),
        ("Can you take me to the clinic?", "of course, what time is your appointment?", Code.OQ),
        ("We could watch the match here?", "we could, would you like that?", Code.CQ),
        ("I'm scared of the seizures.", "you're scared that stopping could bring on a seizure", Code.CR),
        ("Is there a safe amount to drink?", "would it help if I shared what the guidelines say?", Code.SC),
        ("That would be hard, wouldn't it?", "it would be hard, wouldn't it", Code.SR),
        ("I keep choosing the pub.", "part of you keeps choosing the pub, and part of you hates it", Code.CR),
        ("My kids matter most to me.", "your kids matter more to you than anything", Code.CR),
        ("Sorry, I need a minute.", "take your time, there's no rush", Code.OT),
        ("I had a bad night.", "did you end up in hospital?", Code.CQ),
        ("Everyone's given up on me.", "you feel like you're on your own in this", Code.CR),
        ("You said I could choose.", "like you said, it's your choice", Code.EA),
        ("What would help you feel ready?", "what would it take for you to feel ready?", Code.OQ),
        ("I've heard it all before.", "you've heard it all before and you're tired of it", Code.CR),
    ],
)
def test_the_same_words_in_an_adherent_reply_stay_adherent(client: str, text: str, code: Code) -> None:
    coding = code_reply(text, _after(client))
    assert coding.adherence is not Adherence.NON_ADHERENT, (text, coding.code, coding.rule, coding.evidence)


def test_their_own_words_thrown_back_are_arguing() -> None:
    assert code_reply("not that bad??", _after("It's not that bad.")).code is Code.CO
    two = code_reply("Two beers. I counted eleven cans in the recycling.", _after("I had two beers, that's it."))
    assert (two.code, two.rule) == (Code.CO, "arguing")
    # The same words reflected are a reflection.
    assert (
        code_reply("Two beers, and it feels like no big deal to you.", _after("I had two beers.")).code is not Code.CO
    )


def test_a_reflection_of_their_own_never_or_should_is_not_blame() -> None:
    said = _after("I never get anything right.")
    assert code_reply("You feel like you never get anything right.", said).code in (Code.SR, Code.CR)
    assert code_reply("Part of you thinks you should cut back.", _after("Maybe I should cut back.")).code in (
        Code.SR,
        Code.CR,
    )


def test_a_direct_safety_question_is_credited_even_when_it_quotes_the_danger() -> None:
    danger = ClientLine(talk=TalkType.SUSTAIN, meaning="hopeless", risk=Risk.SELF_HARM, variants=["a", "b", "c"])
    ctx = _after("Sometimes I think I'll be dead in a year anyway.", line=danger)
    coding = code_reply("when you say you'll be dead in a year, are you thinking about killing yourself?", ctx)
    assert coding.code is Code.CQ and coding.rule == "safety_question"
    assert coding.risk_addressed is True and coding.verdict is Verdict.GOOD
    assert coding.suggestion is None
    # Without a scenario's danger line it is still credited.
    plain = code_reply("are u thinking about ending ur life?")
    assert plain.rule == "safety_question" and plain.verdict is Verdict.GOOD


@pytest.mark.parametrize(
    "text",
    [
        "sorry, that came out harsh, my fault",
        "I shouldn't have yelled last night. I'm sorry.",
        "you're right, that wasn't fair of me",
        "I'm sorry I called you a junkie.",
    ],
)
def test_an_apology_is_repair(text: str) -> None:
    coding = code_reply(text, _after("You called me a junkie in front of the kids."))
    assert (coding.code, coding.rule) == (Code.OT, "repair")
    assert coding.repair and coding.verdict is Verdict.GOOD
    assert "misstep" in coding.feedback


def test_an_apology_followed_by_a_new_jab_is_not_repair() -> None:
    coding = code_reply("sorry but you're still a drunk", _after("You hurt me."))
    assert coding.code is Code.CO and not coding.repair


def test_a_family_members_calm_i_statement_is_credited_as_craft() -> None:
    family = code_reply("I lie awake worrying about you.", CodingContext(audience="family"))
    assert (family.code, family.rule, family.verdict) == (Code.GI, "craft_i_statement", Verdict.GOOD)
    assert "CRAFT" in family.feedback and "nothing to respond to" not in family.feedback
    trainee = code_reply("I lie awake worrying about you.", CodingContext(audience="trainee"))
    assert (trainee.code, trainee.rule) == (Code.GI, "i_statement")


@pytest.mark.parametrize(
    "text",
    [
        "On Easter Sunday I found you on the bathroom floor and I couldnt wake you for ages. I was so scared.",
        "When I found you on the floor I was terrified",
        "last night i watched u drive off drunk with the kids in the car and i felt sick",
        "I saw the empty bottles in the shed. I felt so sad.",
    ],
)
def test_an_incident_told_with_how_it_felt_is_credited_as_craft(text: str) -> None:
    """As an impact letter tells it: what I saw, then how I felt. The feeling is the speaker's,
    not a reflection of the person's, and the whole reply is credited."""
    family = code_reply(text, CodingContext(audience="family"))
    assert (family.code, family.rule, family.verdict) == (Code.GI, "craft_i_statement", Verdict.GOOD)


@pytest.mark.parametrize(
    "text",
    ["You're not trying to die, are you?", "you wouldnt hurt urself would u?", "ur not thinking of ending it r u?"],
)
def test_a_safety_question_with_a_tag_is_asking_directly(text: str) -> None:
    """Said, then asked with a tag: a direct question about danger, not a confrontation."""
    ctx = CodingContext(history=(Said("client", "Sometimes I think everyone would be better off without me."),))
    coding = code_reply(text, ctx)
    assert (coding.code, coding.rule) == (Code.CQ, "safety_question")


@pytest.mark.parametrize("text", ["you must have been terrified", "so you felt ambushed, and i get that"])
def test_their_feeling_named_is_still_a_reflection(text: str) -> None:
    assert code_reply(text, CodingContext(audience="family")).code is Code.CR


@pytest.mark.parametrize(
    "text",
    [
        "Could we figure this out together?",
        "would it help if i drove you to the clinic",
        "want me to come with you to the appointment?",
        "What would help from me right now?",
    ],
)
def test_offers_to_work_together_asked_as_questions_are_collaboration(text: str) -> None:
    assert code_reply(text).code is Code.SC


def test_an_announced_summary_is_a_summary() -> None:
    text = "Let me sum up what I heard: the drinking helps you sleep, work is hard, and you miss the kids."
    assert code_reply(text).code is Code.SU


MODELS = (
    ModelReply(code=Code.OQ, text="What's the drinking been like at work?"),
    ModelReply(code=Code.CR, text="It feels like everyone is watching you, and that's exhausting."),
    ModelReply(code=Code.OT, text="I'm sorry, that came out wrong. I'm scared, and I want to hear you."),
    ModelReply(code=Code.AF, text="You've kept going to work through all of this."),
)


def test_try_instead_answers_what_the_reply_did() -> None:
    ctx = _after("Everyone's watching me all the time.", model_replies=MODELS)
    assert code_reply("If you don't stop I'm leaving.", ctx).suggestion == MODELS[2].text  # an ultimatum: repair
    assert code_reply("Do you drink at work?", ctx).suggestion == MODELS[0].text  # closed: the open version
    assert code_reply("You need to stop drinking.", ctx).suggestion == MODELS[1].text  # a lecture: reflect them
    assert code_reply("It feels like everyone is watching you.", ctx).suggestion is None  # good already


def test_try_instead_is_chosen_by_purpose_not_by_turn() -> None:
    ctx = _after("Everyone's watching me.", model_replies=MODELS)
    picks = {
        code_reply("You need to stop drinking.", CodingContext(**{**vars(ctx), "turn": n})).suggestion for n in range(4)
    }
    assert picks == {MODELS[1].text}


def test_purposes() -> None:
    assert purpose_of("threat", Code.CO) == "repair"
    assert purpose_of("yes_no_question", Code.CQ) == "open"
    assert purpose_of("should", Code.PE) == "reflect"
    assert purpose_of("repeats", Code.SR) == "deepen"
    assert purpose_of("safety_question", Code.CQ) is None


def test_threats_name_their_roadblock() -> None:
    coding = code_reply("miss one more group and ill tell ur PO")
    assert (coding.code, coding.roadblock) == (Code.CO, Roadblock.WARNING)
