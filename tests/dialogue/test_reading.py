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
        # a seventh round (authors pp: the jab or the order in a later sentence; qq: arguing back at the pushback)
        ("I had a skinful.", "just have water tonight ok", Code.PE),
        ("I said some things to Gran.", "just say sorry to her tomorrow", Code.PE),
        ("I don't want to hear it.", "hear me out for two minutes", Code.PE),
        ("I felt awful all week.", "let it go and move on", Code.PE),
        ("Evenings are the worst.", "fill ur evenings with the gym instead", Code.PE),
        ("I can stop any time.", "prove it then", Code.PE),
        ("I did well this week.", "great. now keep it up and dont go near the pub saturday", Code.PE),
        ("I'm thinking about it.", "ok. say yes today and we'll sort the rest", Code.PE),
        ("I keep thinking about the money I lost.", "focus on getting well, not the money", Code.PE),
        ("It's my business.", "whatever the reason, the gambling has to stop", Code.PE),
        ("It's been a rough month.", "this drinking needs to end, love", Code.PE),
        ("My mates all use.", "you need new mates then", Code.PE),
        ("My mates all use.", "u need better friends", Code.PE),
        ("I've got the court date.", "the best thing you can do is turn up sober", Code.PE),
        ("I'm stressed.", "you'd be a lot less stressed if you stopped", Code.PE),
        ("I'm tired all the time.", "youd sleep so much better if you cut out the weed", Code.PE),
        ("I'll quit in the new year.", "isn't now better than january though?", Code.PE),
        ("My dad drank too.", "surely that's all the more reason to stop", Code.PE),
        ("I haven't had a drink in weeks.", "then why do your hands shake every morning?", Code.CO),
        ("I lost the email about the meeting.", "how convenient that you lost it", Code.CO),
        ("I'll stop when I'm ready.", "and when is ready, when you're dead?", Code.CO),
        ("Everyone at work does a line.", "so if your workmates jumped off a cliff you would too", Code.CO),
        ("I got the job!", "bet you lose it by christmas", Code.CO),
        ("Thirty days today!", "lets see if you make it to forty this time", Code.CO),
        ("I promise I'll be there.", "your promises aren't worth much anymore", Code.CO),
        ("I'm doing my best.", "your best isn't good enough though", Code.CO),
        ("I've cut down to three nights.", "three nights a week is hardly cutting down", Code.CO),
        ("I'll look at rehab next month.", "next month is just another way of saying never", Code.CO),
        ("I'm going to try moderating.", "because that went so well last time", Code.CO),
        ("I went to one meeting.", "one meeting. should we throw you a parade", Code.CO),
        ("Four days clean.", "shame about the four years before that", Code.CO),
        ("Nobody understands me.", "bit rich coming from you", Code.CO),
        ("I relapsed on Friday.", "you threw away three months for one night out", Code.CO),
        ("Can we leave it tonight?", "we always leave it. that's the whole problem with you", Code.CO),
        ("It's legal now.", "doesnt make you any less of a stoner", Code.CO),
        ("I want to see the baby.", "you turn up high and you won't see her again", Code.CO),
        ("I'm not going today.", "if you won't go, you can't stay here any more", Code.CO),
        ("I don't want to talk.", "i'll be writing that you refused to take part", Code.CO),
        ("Mum exaggerates.", "not everyone ends up in an ambulance after a night out", Code.CO),
        ("You always exaggerate.", "exaggerate? i've got the bank statements", Code.CO),
        ("Nobody told me about the appointment.", "nobody told you? it's on the calendar in the kitchen", Code.CO),
        ("The money went on food.", "food. which food. name one thing", Code.CO),
        ("So you read my texts?", "texts lol you left the phone open on the sofa", Code.CO),
        ("The course is pointless.", "pointless or not, you're in front of the magistrate in june", Code.CO),
        ("I forgot about the meeting.", "convenient, forgetting again", Code.CO),
        ("I'm a grown man.", "ok grown man. your bags will be on the doorstep sunday", Code.CO),
        ("I've heard it all before.", "and yet here we are again", Code.CO),
        ("I don't want to talk now.", "you never want to talk, that's the problem", Code.CO),
        ("Stop checking the bins.", "somebody has to check them, you obviously won't", Code.CO),
        ("I don't owe you anything.", "you do as long as you live under my roof", Code.CO),
        ("You're overreacting.", "pretty hard to overreact to a car in a ditch", Code.CO),
        ("Stop nagging me.", "i'd stop nagging if you told me the truth for once", Code.CO),
        ("Lower your voice.", "i'll lower my voice when you keep your word", Code.CO),
        ("You never helped me.", "i've done nothing but help you and this is the thanks i get", Code.CO),
        ("What about what you did?", "we're not here to talk about me", Code.CO),
        ("Why would I tell you anything?", "because you lie and then I find out", Code.CO),
        ("Nobody's judging? Really?", "nobody is judging you, you're just being defensive", Code.CO),
        ("I'm an adult, I decide.", "an adult would pay his own rent", Code.CO),
        ("I lost the job because of my manager.", "your manager didn't pour the vodka", Code.CO),
        ("It's my life.", "then you can pay the mortgage on your own too", Code.CO),
        ("The doctor said it's fine.", "funny, because the discharge letter says something very different", Code.CO),
        ("I'm not listening.", "you can ignore me all you like, it doesn't change the scan results", Code.CO),
        ("Grandad smoked till ninety.", "he died at sixty-eight, not ninety", Code.CO),
        ("Everyone does it.", "not everyone, love. hardly anybody i know", Code.CO),
        ("You and your family meeting.", "hear your sister out before you go", Code.PE),
        ("I've been clean for weeks.", "then you won't mind taking a test", Code.PE),
        ("I'm like my father.", "you'd be wise to learn from what happened to him", Code.PE),
        ("I'm only here because of my wife.", "you might as well make the most of it while you're here", Code.PE),
        ("Don't shout at me.", "then come outside and we'll talk properly", Code.PE),
        # an eighth round (authors tt: the righting reflex inside MI's tools; ss: CRAFT's words without its spirit)
        ("I'm a 4 on wanting to stop.", "just a 4? what would it take to get you to a 9", Code.PE),
        ("Confidence? Maybe a 3.", "a 3 tells me you haven't really decided yet", Code.CO),
        ("I don't think it's that bad.", "what would it take for you to admit you've got a problem?", Code.CO),
        ("It's fine, honestly.", "what would it take for you to see how much it's costing you", Code.PE),
        (
            "They don't notice when I've had a few.",
            "how do you think your daughter feels when you pick her up smelling of it?",
            Code.CO,
        ),
        ("I'm sure it's fine.", "how do you think your mum would feel if she saw you like this", Code.CO),
        ("I missed the shift, I was ill.", "you're calling it ill when really it was the comedown", Code.CO),
        ("I only use at the weekend now.", "so basically you can't get through a weekend without it", Code.CO),
        ("I've tried before.", "so you've just given up on yourself then", Code.CO),
        ("I'm only here because of probation.", "so you're only here because you got caught", Code.CO),
        ("I drink because of my marriage.", "so your marriage is your excuse", Code.CO),
        ("It wasn't my fault.", "so once again it's somebody else's fault", Code.CO),
        ("I want to keep both.", "you want to have your cake and eat it", Code.CO),
        ("I managed a week.", "a week! so there's no excuse not to go for a month", Code.CO),
        ("I'm not going back.", "fine, but when they pump your stomach don't say nobody warned you", Code.CO),
        ("They're all on at me.", "maybe they can see what you can't", Code.CO),
        ("I popped into the pub.", "i'm just curious why you keep going in there", Code.CO),
        ("I'm not ready.", "i'm curious what you're waiting for", Code.CO),
        ("Everyone says I'm in denial.", "people in denial always say that", Code.CO),
        ("My back still hurts.", "for a back that's supposedly better you need a lot of pills", Code.CO),
        ("It's my decision.", "sure it is. just don't be surprised if she takes the kids", Code.CO),
        ("She's always on at me.", "she wouldn't be on at you if there wasn't a problem", Code.CO),
        ("I drink now and again.", "now and again meaning every night", Code.CO),
        ("I'm scared I'll lose her.", "you will if you keep going down this road", Code.CO),
        ("Why don't you trust me?", "trust is earned", Code.CO),
        ("I'll handle it myself.", "handling it yourself hasn't exactly worked so far", Code.CO),
        ("I won't die from it.", "what part of overdose don't you understand", Code.CO),
        ("Stop asking me that.", "you're getting defensive again", Code.CO),
        ("It's legal here.", "legal doesn't mean safe", Code.CO),
        ("I know the risks.", "you already know what you need to do", Code.PE),
        ("I did ten days.", "imagine what you could do if you actually went to the meetings", Code.PE),
        ("I can't sleep without it.", "a lot of my clients find the sleep comes back after a fortnight", Code.PE),
        ("It helps me relax.", "research shows it makes anxiety worse, so it's not really helping you", Code.PE),
        ("What are we doing today?", "today we're going to focus on your gambling", Code.PE),
        ("There's good and bad in it.", "ok but the bad clearly outweighs the good", Code.PE),
        ("I've lost a lot.", "sounds like rock bottom, time to get help", Code.PE),
        ("I want both.", "you'll have to choose one sooner or later", Code.PE),
        ("I could stop any day.", "why not prove it this week", Code.PE),
        ("I'll try.", "ok, now let's talk about what you're going to do about it", Code.PE),
        ("I know I need help.", "great, let's get you booked in for monday", Code.PE),
        ("I'm not sure.", "what's stopping you from ringing them today", Code.PE),
        ("Maybe I should stop.", "give me three reasons you should stop", Code.PE),
        ("What's the plan?", "i'd like you to keep a drink diary this week", Code.PE),
        ("What now?", "here's your homework: two dry days", Code.PE),
        ("I might try outpatient.", "residential is really the way to go", Code.PE),
        ("I'm a 5.", "where should you be, honestly? i'd say a 10", Code.PE),
        ("Meetings aren't for me.", "i'm not telling you what to do, but meetings work", Code.PE),
        ("I'm doing my best.", "i feel like you only care about yourself", Code.CO),
        ("I was home by ten.", "i just want you to tell the truth for once", Code.CO),
        ("It's only weed.", "it's not harmless and you know it", Code.CO),
        ("I went to group.", "good, only took you five years", Code.CO),
        ("Stop ganging up on me.", "look at what you've turned into", Code.CO),
        ("You never listen.", "maybe if you didn't lie all the time i would", Code.CO),
        ("I'm trying.", "i feel hurt every time you open your mouth", Code.CO),
        ("I'm allowed a life.", "you'd choose the bottle over your own kids", Code.CO),
        ("Nine days sober.", "let's see if it lasts longer than last time", Code.CO),
        ("Why the face?", "not angry just disappointed again", Code.CO),
        ("It's my choice.", "i don't know how you look your kids in the eye", Code.CO),
        ("Don't talk to me like that.", "i grew up with a drunk, that's how", Code.CO),
        ("It's under control.", "let's be honest, it isn't under control", Code.CO),
        ("I'm not going.", "if you don't go today the family will stop all contact", Code.CO),
        ("It's only pills.", "i'm worried you're going to end up dead like your uncle", Code.CO),
        ("It's just a phase.", "i'm scared this phase ends at your funeral", Code.CO),
        ("I'll pay you back.", "you haven't paid back a penny", Code.CO),
        ("I had a bad day.", "we all have bad days, we don't all get smashed", Code.CO),
        ("I'm trying, Mum.", "you think you're trying, i just don't see it", Code.CO),
        ("Sorry I missed it.", "sorry i ever believed you", Code.CO),
        ("You used to be fun.", "you used to be someone i could rely on", Code.CO),
        ("I didn't take the cash.", "money doesn't just disappear out of my purse on its own", Code.CO),
        ("Rehab didn't work.", "it didn't work because you didn't work it", Code.CO),
        ("I don't need this.", "if you don't go, you lose all of us", Code.CO),
        ("I'll do it my way.", "i just hope you can live with yourself", Code.CO),
        ("I needed to let off steam.", "that's your idea of letting off steam?", Code.CO),
        ("You're meant to support me.", "supporting you doesn't mean pretending you're not using", Code.CO),
        ("I'll think about it.", "thinking time is over", Code.CO),
        ("I didn't mean it.", "you still did it, and you do it every weekend", Code.CO),
        ("I cooked tea.", "nice to see you do something for someone other than yourself", Code.CO),
        ("You twist things.", "you said you'd be sober for easter and you weren't", Code.CO),
        ("I thought you'd understand.", "you only ring me when you want money", Code.CO),
        ("Don't tell me how to live.", "a real mum would be at the school play sober", Code.CO),
        ("I don't want to talk.", "you never want to talk about anything", Code.CO),
        ("I'm doing better.", "better than last year isn't exactly a high bar", Code.CO),
        ("I don't know what to do.", "the best thing for you would be a detox", Code.PE),
        ("It's a bit of fun at parties.", "one bad pill and that's it", Code.PE),
        ("Maybe after christmas.", "the longer you leave it the harder it gets, today is the day", Code.PE),
        ("I'm going out tonight.", "i need you to stay in tonight", Code.PE),
        ("I'll come round sunday.", "come sober, yeah", Code.PE),
        ("I keep slipping.", "then you need a residential programme this time", Code.PE),
        ("Can I get my things?", "you can get them later. let's go", Code.PE),
        # a ninth round (author vv: the day of the intervention and the week after)
        ("My car broke down so I missed it.", "your car always breaks down when there's a meeting", Code.CO),
        ("I'll do it next week.", "you'll back out like every other time", Code.CO),
        ("Can we just have a quiet night?", "quiet? after what you've put this family through?", Code.CO),
        ("I can't go, what about my shifts?", "what shifts, you were sacked in may", Code.CO),
        ("I had one drink.", "so the whole weekend was a waste of everyone's time", Code.CO),
        ("I need a bit of space.", "space is how we got here", Code.CO),
        ("I'm sorry I wasn't around.", "bit late for sorry now", Code.CO),
        ("It's my body.", "it stopped being just your business when you hit the car", Code.CO),
        ("I'll go if I can keep my phone.", "you don't get to make demands after this", Code.CO),
        ("I didn't mean to upset you.", "you never mean to", Code.CO),
        ("I had a good week, Gran.", "one good week doesn't make up for ten years", Code.CO),
        ("Addiction is a disease.", "drunks don't get to set the rules in this house", Code.CO),
        ("Trying is all I can do.", "trying isn't good enough any more", Code.CO),
        ("I'll start on Monday.", "you and your mondays", Code.CO),
        ("Can I borrow a tenner for the bus?", "you'd just drink it", Code.CO),
        ("My key worker says I'm doing well.", "your key worker doesn't live with you", Code.CO),
        ("Who's paying for the clinic?", "we are. like always", Code.CO),
        ("I never wanted to be like this.", "nobody wants it, but here you are", Code.CO),
        ("I'll handle it my way.", "your way nearly cost you your kids", Code.CO),
        ("If I go, what about my job?", "if you carry on like this there won't be a job", Code.CO),
        ("I'm not sure about today.", "let's just get you in the car and talk on the way", Code.PE),
        ("Give me till the weekend.", "the bed won't wait till the weekend", Code.PE),
        ("I feel good today.", "then today is the day to ring them, while you feel strong", Code.PE),
        ("I'm not reading anything.", "you don't have to read, just sit and listen", Code.PE),
        ("I don't want to be the patient.", "don't you want to see your grandson grow up?", Code.PE),
        ("I'll drive myself there.", "you'll come with me, it's better", Code.PE),
        ("What do you think I should do?", "my honest advice is to take the bed", Code.PE),
        ("I've done two meetings this week.", "great, now get yourself a sponsor", Code.PE),
        ("I got home on my own from detox.", "next time ring me first", Code.PE),
        ("I'll go first thing tomorrow.", "tomorrow's too late", Code.PE),
        # a tenth round (author yy: text messages, friends and grandparents)
        ("Gonna drive, only had two.", "two pints is over mate, get a cab", Code.PE),
        ("I'll come to the barbecue.", "lemonade only yeah?", Code.PE),
        ("I use because I'm stressed.", "not everyone does lines at work when they're stressed", Code.CO),
        ("I'm a grown woman, Mum.", "grown-ups pay their own phone bills", Code.CO),
        ("I drank because you were nagging.", "oh so it's my fault now", Code.CO),
        ("I've been under the weather.", "under the weather is one word for it", Code.CO),
        ("I've tried everything.", "it doesn't sound like you've tried very hard", Code.CO),
        ("I'm a functioning addict.", "functioning is generous", Code.CO),
        ("It's my business, Gran.", "I expected better of you, dear", Code.CO),
        ("I never said that.", "you literally said it at easter", Code.CO),
        ("Got thrown out of the club lol", "ur a walking disaster mate", Code.CO),
        ("I'm sorry, Nana.", "if your grandad could see you now", Code.CO),
        ("I'll pick you up from school.", "will you? or will you be passed out", Code.CO),
        ("I'm not as bad as Uncle Joe.", "you're worse than uncle joe", Code.CO),
        ("It was one sherry.", "one sherry. and i'm the queen of sheba", Code.CO),
        ("I'm down in the dumps.", "a walk every morning would do you the world of good", Code.PE),
        ("Maybe next month.", "the sooner the better", Code.PE),
        ("I don't want to go to the group.", "it'd make your mum so proud though", Code.PE),
        ("Just a couple of pills with a drink.", "that mix can stop your breathing", Code.PE),
        ("Sorry for missing it, Gran.", "sorry doesn't mend a broken heart, dear", Code.CO),
        ("I drank because you went on at me.", "so it's my fault now", Code.CO),
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
        # a seventh round: look-alikes of its new forms
        ("I've got a headache.", "have a rest if you want, there's no rush", Code.OT),
        ("Is it alright if I say something?", "say whatever you need to say", Code.EA),
        ("I want to stop but it's hard.", "tell me more about what makes it hard", Code.OQ),
        ("I felt awful.", "you felt awful and you couldn't let it go", Code.CR),
        ("I need to prove I can do it.", "you want to prove to yourself you can do it", Code.CR),
        ("The drinking has to stop, I know.", "you've decided the drinking has to stop", Code.CR),
        ("I need new friends, honestly.", "you need new friends", Code.SR),
        ("What's the best thing I can do?", "would it help if I shared what's worked for others?", Code.SC),
        ("I'd be less stressed without it.", "you'd be less stressed without it, that's what you're noticing", Code.CR),
        ("I'm dead tired.", "you sound exhausted", Code.CR),
        ("Thirty days today!", "thirty days! that took real effort", Code.AF),
        ("I got the job!", "you got the job, after all those interviews", Code.AF),
        ("I'm going to try moderating.", "what would moderating look like for you?", Code.OQ),
        ("I relapsed on Friday.", "you slipped on friday and you came straight here to tell me", Code.AF),
        ("Can we leave it tonight?", "we can leave it tonight", Code.EA),
        ("I'm not going today.", "it's your choice whether you go today", Code.EA),
        ("Everyone at work does a line.", "it's everywhere at your work", Code.SR),
        ("I promise I'll be there.", "it means a lot that you want to be there", Code.CR),
        ("I haven't had a drink in weeks.", "weeks without a drink, how has that been?", Code.OQ),
        ("It's legal now.", "the law has changed", Code.SR),
        ("You always exaggerate.", "exaggerate? that's how it feels to you", Code.CR),
        ("Nobody told me about the appointment.", "nobody told you, and you felt left out", Code.CR),
        ("The course is pointless.", "ready or not, it's ok to feel unsure", Code.OT),
        ("I want to cut down, not stop.", "you want to cut down, not stop", Code.SR),
        ("I'm a grown man.", "you're a grown man and you want to be treated like one", Code.CR),
        ("I've heard it all before.", "you've heard it all before and you're tired of it", Code.CR),
        ("I'm stressed out.", "stressed, and the drink is how you switch off", Code.CR),
        ("Why should I tell you?", "because I want to understand what it's like for you", Code.GI),
        ("It's my life.", "it is your life, and your choice", Code.EA),
        ("Everyone drinks at uni.", "not everyone at uni gets as much stick as you do for it, it sounds like", Code.CR),
        ("I'm scared of the meeting.", "i'd come with you if you wanted", Code.SC),
        ("I relapsed again.", "relapsing doesn't mean you've failed", Code.OT),
        ("I love her.", "you love her and don't want to lose her", Code.CR),
        ("Nobody told me.", "nobody told you? that must have stung", Code.CR),
        ("Hi Mum.", "hello love, come in, the kettle's on", Code.OT),
        ("I don't want to talk about it tonight.", "okay, not tonight. is there a time that would work?", Code.CQ),
        ("I'll be sick by tonight.", "they give medication there so you're not sick", Code.GI),
        # an eighth round: look-alikes of its new forms
        ("I'm a 4 on wanting to stop.", "why a 4 and not a 1?", Code.OQ),
        ("I don't think it's that bad.", "what would it take for you to feel it was worth changing?", Code.OQ),
        ("I only use at the weekend now.", "you've cut it back to weekends, that took some doing", Code.AF),
        (
            "I'm only here because of probation.",
            "you're here because you have to be, and you're not sure it'll help",
            Code.CR,
        ),
        ("I'm not ready.", "i'm curious what ready would look like for you", Code.OQ),
        ("It's my decision.", "it is your decision", Code.EA),
        ("I know the risks.", "you know the risks better than anyone", Code.CR),
        ("What are we doing today?", "what would you like to focus on today?", Code.OQ),
        ("What now?", "would it help if i suggested a couple of ideas?", Code.SC),
        ("I'm doing my best.", "i feel sad when i see you struggling", Code.GI),
        ("I'm doing my best.", "i feel like you're carrying a lot right now", Code.CR),
        ("I was home by ten.", "i was scared when you didn't come home", Code.GI),
        ("It's my choice.", "it's your choice and i'll love you whatever you decide", Code.EA),
        ("I'm not going.", "if you don't go today, i'll still be here tomorrow", Code.GI),
        ("It's only pills.", "i worry about you, i lie awake some nights", Code.GI),
        ("I had a bad day.", "we all have bad days, and yours sound hard", Code.CR),
        ("I don't want to talk.", "you don't want to talk about it tonight", Code.SR),
        ("I cooked tea.", "thank you for cooking tea, that was kind", Code.AF),
        ("I don't know what to do.", "would it help to hear what's worked for other people?", Code.SC),
        ("Can I get my things?", "of course, take your time", Code.OT),
        ("I feel let down by everyone.", "you feel let down by everyone, and that hurts", Code.CR),
        ("Everyone says I'm in denial.", "people keep telling you you're in denial and you're sick of it", Code.CR),
        ("I keep slipping.", "you came back, that tells me you haven't given up", Code.AF),
        # a ninth round: look-alikes of its new forms
        ("How's work?", "it's fine, same as always", Code.OT),
        ("I went to a meeting.", "going at all, after everything you've said about meetings, took nerve", Code.AF),
        (
            "Can I borrow some money?",
            "i'm not lending money any more. i'll still be at sunday dinner like always, love",
            Code.GI,
        ),
        ("I feel strong today.", "what would you like to do with a strong day?", Code.OQ),
        ("I'm not ready.", "you're not ready yet, and that's honest", Code.CR),
        ("Should I go to the clinic?", "would it help if I told you what they offer?", Code.SC),
        ("I'm scared of detox.", "you're scared of what detox will be like", Code.CR),
        # a tenth round: look-alikes of its new forms
        ("I need a break from everyone.", "you need a break, and you're tired of the questions", Code.CR),
        ("I'm terrified of the group.", "terrified is a strong word, and i believe you", Code.CR),
        ("I'm trying.", "what would help from me?", Code.SC),
        ("You're mad at me.", "i'm sorry i brought up mum, that wasn't fair", Code.OT),
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
