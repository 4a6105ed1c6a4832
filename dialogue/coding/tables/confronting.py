"""Confronting (CO) in its classic wordings: labels, threats, warnings, blame, judging, moralising."""

from __future__ import annotations

from dialogue.codes import Code, Roadblock
from dialogue.coding.rules import Rule, table

YOU_ARE = r"(?:you're|you are|you r)"
YOU_WILL = r"(?:you'll|you will|you're going to|you are going to)"
I_WILL = r"(?:i'll|i will|i'm going to|i am going to|we'll|we will|we're going to|we are going to)"
I_AM = r"(?:i'm|i am|we're|we are)"
FAMILY = r"(?:kids|children|family|wife|husband|mother|father|mom|mum|dad|son|daughter|parents|brother|sister|grandkids|partner)"
LABELS = (
    r"(?:addicts?|junk(?:ie|y)s?|alcoholics?|alkies?|alkys?|alcos?|lush|lushes|pissheads?|wasters?|sots?|smackheads?|druggos?|dopers?|"
    r"drunks?|drunkards?|drugg(?:ie|y)s?|crackheads?|"
    r"potheads?|stoners?|pill ?heads?|dope ?fiends?|tweakers?|coke ?heads?|meth ?heads?|boozers?|"
    r"winos?|losers?|liars?|deadbeats?|degenerates?|screw ?ups?|fuck ?ups?|waste of space|lowlife|burnout|jakeys?|barflys?|barflies|wastrels?|dossers?)"
)
# Words that label only when said of the person ("you're a failure"), not in "feel like a failure".
SOFT_LABELS = r"(?:disgrace|disappointment|failure|mess|wreck|lost cause|joke|hypocrite|user|waste)"

R = Roadblock
C = Code

CONFRONT = table(
    Rule(
        "label",
        C.CO,
        rf"(?<!called )(?<!call )(?<!calls )(?<!calling )(?<!named )(?<!labelled )(?<!labeled )(?<!treated )"
        rf"\b(?:{YOU_ARE}|you've become|you became|you're turning into|you sound like|you act like|"
        rf"you (?:could|might|may|must) be|"
        rf"acting like|such|like|you|just|nothing but|being|another|typical|bunch of|fucking|damn)"
        rf"(?: just| such| nothing but| being| becoming| turning into| a| an| total| complete| "
        rf"fucking| bloody| damn| hopeless| typical| full[- ]blown| raging| functioning| lying| still| really| clearly| "
        rf"obviously| basically| already| now| an actual| a real)*"
        rf" {LABELS}\b"
        rf"|\b(?:{YOU_ARE}|you've become|you became)(?: just| such| nothing but| a| an| total| complete| big| huge)+ {SOFT_LABELS}\b",
        R.SHAMING,
    ),
    Rule(
        "label_problem",
        C.CO,
        r"(?<!n't think )(?<!not think )(?<!n't believe )(?<!n't feel )(?<!n't see that )(?<!not sure )(?<!whether )(?<!if )"
        r"\b(?:you (?:have|'ve got|have got|got)|you've got) (?:a |an )?(?:serious |real |big |huge |massive |obvious |clear )?"
        r"(?:drinking |drug |alcohol |pill |substance |gambling )?(?:problem|addiction)\b"
        r"|\byou(?:'re| are|(?: could| might| may| must) be) (?:an? )?(?:addicted|dependent|hooked)\b",
        R.SHAMING,
    ),
    Rule(
        "denial",
        C.CO,
        rf"(?<!telling you )(?<!tell you )(?<!told you )(?<!say )(?<!says )(?<!saying )\b{YOU_ARE} (?:(?:so|just|totally|completely|clearly|obviously|still) )?in denial\b"
        r"|\b(?:stop|quit) (?:being )?in denial\b",
        R.JUDGING,
    ),
    Rule(
        "sarcasm",
        C.CO,
        r"\byeah,? right\b|\boh,? sure\b|\bsure you (?:are|do|did|will|can|have|would)\b|\boh,? really\b"
        r"|^(?:(?:oh|yeah|sure|right|ha|haha),? )*as if\b(?! you)|\bgood luck with that\b|\bwhatever you say\b|\bnice try\b|\bhow convenient\b"
        r"|\bof course you (?:did|do|are|will|would|can|have|were)\b(?![^.?!]*\b(?:your (?:life|choice|call|decision)|up to you)\b)|\bright,? because\b"
        r"|\bshocker\b|\b(?:riight|riiight|riiiight)\b"
        r"|\bpfft\b|\bpuh-?lease\b|\bcry me a river\b|\bboo hoo\b|\bpoor (?:you|baby|thing)\b",
        R.SHAMING,
    ),
    Rule("sarcasm", C.CO, r"/s\b|[🙄🙃😒]", R.SHAMING),
    Rule(
        "threat",
        C.CO,
        rf"\b(?:if you don't|if you do not|if you won't|unless you|either you)\b.*\b(?:{I_WILL}(?! (?:still|always) (?:be (?:here|there|around)|love (?:you|u)|pick up|answer|come|help|drive|visit)\b)|i'm|we're|"
        rf"you(?:'ll| will|'re| are) (?:have to|need to|be|lose|find)|you can (?:leave|go|pack|find|get out))"
        rf"|\bor (?:else|i'll|i will|we'll|we will|you're out|you can leave|you can go|find somewhere|pack your)"
        rf"|\b{I_AM} (?:leaving|done with you|so done|through with you|kicking you out|cutting you off|"
        rf"calling the police|taking the (?:kids|children)|filing for|divorcing you|changing the locks)"
        rf"|\b{I_WILL} (?:leave you|divorce|kick you|throw you|cut you off|call the police|take the (?:kids|children)|"
        rf"stop paying|change the locks|never speak|disown|report you|have you arrested)"
        r"|\b(?:your|this is your) (?:last|final) (?:chance|warning)\b|\blast chance\b|\bfinal warning\b"
        r"|\b(?:get|move) out of (?:my|this|our) house\b|^(?:(?:and|then|just),? )?don't (?:bother )?(?:come|coming) (?:home|back)\b"
        r"|(?<!when )(?<!while )(?<!if )(?<!night )(?<!time )(?<!whenever )(?<!like )(?<!feel )(?<!that )\byou(?:'re| are) (?:out|on your own|cut off)\b(?! (?:of|late|tonight|with|drinking|partying|at|there|and about)\b)",
        R.WARNING,
    ),
    Rule(
        "warning",
        C.CO,
        rf"\b{YOU_WILL} (?:(?:end up|wind up) (?:dead|in jail|in prison|on the street|in the gutter|alone|homeless)|"
        rf"die|lose (?:everything|your|us|them|the)|regret|kill yourself|be dead|ruin|destroy|hit rock bottom|"
        rf"never (?:see|get|have|be))"
        r"|\b(?:keep (?:this|it|that) up|carry on like this|go on like this)\b.*\byou(?:'ll| will| are going| re going)"
        r"|\byou(?:'re| are) (?:killing|destroying|ruining) (?:yourself|us|me|this family|everything|your life|your)",
        R.WARNING,
    ),
    Rule(
        "blame",
        C.CO,
        r"\b(?:it's|this is|that's|it is|this was|that is) (?:all |entirely |completely )?your (?:own )?fault\b"
        r"|\byou did this (?:to yourself|to us|to me)\b|\byou brought this on\b|\byou(?:'ve| have) (?:ruined|destroyed|wrecked)\b"
        r"|\byou (?:always|never) (?:do|drink|lie|say|ruin|make|think|care|listen|keep|blame|take|let|show|pick|choose|put|come|help|get)\b"
        r"|\bhow could you\b(?! (?:\w+ )?(?:instead|differently|respond|handle|approach|deal|cope|manage|make|find|get|start|try))|\bwhat(?:'s| is) wrong with you\b|\bwhat were you thinking\b(?! (?:about|of)\b)"
        r"|\bhow (?:many|much) (?:more |longer )?(?:times|chances)\b.*\byou\b"
        r"|\bdon't (?:you )?(?:dare )?blame (?:us|me|them|everyone|anyone|other)",
        R.JUDGING,
    ),
    Rule(
        "judging",
        C.CO,
        rf"\b{YOU_ARE} (?:being |just |so |really |such an? |completely |totally |acting )*"
        r"(?:selfish|irresponsible|pathetic|weak|lazy|stupid|useless|hopeless|ridiculous|a joke|embarrassing|"
        r"disgusting|a liar|lying|kidding yourself|fooling yourself|making excuses|full of (?:it|shit|crap)|"
        r"out of control|a mess|a disaster|immature|childish|dramatic|paranoid|overreacting|over-reacting|"
        r"too sensitive|so sensitive|delusional|a coward|spineless|impossible|unbelievable|crazy|insane)\b"
        r"|\b(?:stop|quit) (?:making excuses|lying|whining|blaming|feeling sorry for yourself|playing the victim|"
        r"being (?:so )?(?:selfish|dramatic|childish|stupid|ridiculous)|complaining|crying|bullshitting)"
        r"|(?<!if )(?<!whether )\b(?:that's|that is|this is|it's|it is) (?:just |such |all )?(?:an excuse|a lie|lies|bullshit|bs|crap|nonsense|"
        r"ridiculous|not true|rubbish|garbage|pathetic|a cop[- ]out|no excuse|a load of)\b"
        r"|\byou(?:'re| are)? (?:just )?(?:making|using) (?:excuses|that as an excuse|it as an excuse)"
        r"|\bi don't believe (?:you|that|a word|for a second)\b|\bwho are you kidding\b|\byou(?:'re| are) lying\b"
        r"|\b(?:are you|you're|you are) (?:even )?(?:lying|being honest)\b(?=.*\?)"
        r"|\bdo you (?:really |honestly |seriously )?(?:expect|think) (?:me|us|anyone) (?:to believe|is stupid|are stupid)"
        r"|\b(?:be|get) (?:honest|real) with yourself\b|\badmit (?:it|that you|you (?:have|are|'re|need))"
        r"|(?<!couldn't )(?<!couldnt )(?<!can't )(?<!cant )(?<!cannot )(?<!could not )(?<!to )\bface (?:it|the facts|facts|reality|the truth)\b|\bopen your eyes\b"
        r"|^(?:(?:just|oh|come on|please|so|now|seriously|god|man),? )*wake up(?:,? \w+)?[.!]*$|\bwake up and smell\b|\btime to wake up\b"
        r"|\byou(?:'re| are) (?:wrong|not listening|not making sense)\b|^(?:(?:no|but|well),? )?that's not (?:true|right|how it)\b"
        r"|^(?:(?:no|but|well|look),? )*(?:that's|that is|that was) not what i (?:said|meant|mean|say)\b|^i never said that\b"
        r"|^(?:no|wrong),? you (?:do|are|did|have|don't|can't)\b(?! (?:have|need) to\b)|^yes,? you (?:do|are|did|have|can)\b"
        r"|\bbut you (?:do|are|did|have)(?: too)?[.!]*$|\bget (?:over it|a grip|your act together|it together)\b"
        r"|^(?:(?:just|so|oh|come on|please),? )*(?:grow|man) up\b|\bpull yourself together\b|\bsnap out of it\b|\bhow dare you\b"
        r"|\bdon't be (?:so )?(?:dramatic|ridiculous|silly|stupid|childish|selfish|a baby|such a)"
        r"|\bit's not (?:that|a) (?:big|bad|hard)(?: deal)?\b|\bnot (?:that|a) big deal\b|\bsuck it up\b"
        r"|\bget over yourself\b|\bwhat is your problem\b|\bwhat's your problem\b|\bseriously\?\s*$",
        R.JUDGING,
    ),
    Rule(
        "moralising",
        C.CO,
        r"\b(?:you should be|aren't you|you ought to be) (?:so |more )?ashamed\b|\bshame on you\b"
        rf"|\bwhat kind of (?:a )?(?:father|mother|parent|person|son|daughter|husband|wife|example|man|woman|role model)"
        rf"|\b(?:think|thought) (?:about|of) (?:what (?:this|you're doing|you are doing) (?:is doing )?to )?(?:your|the|our) {FAMILY}"
        r"|\bafter (?:all|everything) (?:we've|i've|we have|i have) (?:done|given|sacrificed|been through)"
        r"|(?<!not )(?<!never )(?<!n't )\b(?:disappointed|embarrassed|ashamed|disgusted) (?:in|of|by|with) you\b"
        r"|\byou(?:'ve| have)? (?:let|keep letting) (?:us|me|everyone|the family|them|your \w+) down\b"
        r"|\bdon't you (?:care|love|see|realize|realise|understand|know) (?:about |what|how|that|you)"
        r"|\bhow (?:can|could) you (?:do|say|treat|live|keep|look)\b|\bit's (?:wrong|a sin|immoral|shameful)\b"
        r"|\b(?:god|jesus) (?:wants|would want|is watching)|\bno (?:decent|normal|responsible) (?:person|parent|adult)",
        R.MORALISING,
    ),
    Rule(
        "dismissing",
        C.CO,
        r"\b(?:you have|you've got) no (?:reason|right) to (?:be|feel|complain)"
        r"|\b(?:stop|quit) (?:feeling|being) (?:so )?(?:sorry|upset|angry|sad)\b|\byou(?:'re| are) (?:fine|ok|okay)\b(?=.*\b(?:stop|quit|so)\b)"
        r"|\bit's (?:all )?in your head\b|\bthere's nothing (?:wrong|to be (?:upset|angry|scared) about)\b",
        R.JUDGING,
    ),
)
