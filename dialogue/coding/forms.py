"""Non-adherence read from the form of a sentence, whatever its words and punctuation.

The phrase tables in patterns.py name the classic wordings; these rules name the *forms* a
frightened or angry relative uses, typed as they type them (lower case, no commas, run-ons):

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
from dialogue.coding.patterns import LABELS, Rule, table

R = Roadblock
C = Code

YOU = r"(?:you|u|ya)"
YOU_ARE = r"(?:you're|you are|you r|ur)"
I_WILL = (
    r"(?:i'll|ill|i will|i'm going to|im going to|i am going to|i'm gonna|i'm|im|i am|we'll|we will|we're going to|we're|we are|ill have to|"
    r"i'll have to|i will have to|i'm going to have to|i have to|i'd have to)"
)
# What a punishment does: to the person typing, the family, or the person.
PUNISH = (
    r"(?:call(?:ing)?|ring(?:ing)?|tell(?:ing)?|report(?:ing)?|inform(?:ing)?|let (?:\w+ )?know|leav(?:e|ing)|"
    r"(?:done|finished)(?! (?:doing|lending|paying|giving|covering|bailing|making|with (?:that|this|it|the|lending|paying|covering)))|"
    r"through|gone|out of here|tak(?:e|ing) the (?:kids|children|baby|car|keys)|chang(?:e|ing) the locks|kick(?:ing)? you out|"
    r"throw(?:ing)? you out|cut(?:ting)? you off|fil(?:e|ing) for|divorc(?:e|ing)|press(?:ing)? charges|sell(?:ing)?|"
    r"stop(?:ping)? (?:paying|giving|helping)|pull(?:ing)? (?:the|your|my)|walk(?:ing)? away|mov(?:e|ing) out|"
    r"cancel(?:ling)?|never (?:speak|talk|see|help)|not (?:going to )?(?:help|pay|bail|speak|talk)|have you (?:arrested|removed))"
)
CONSEQUENCE = (
    rf"(?:{I_WILL} (?:just |so |really |absolutely |definitely |totally |seriously )?{PUNISH}"
    rf"|{YOU_ARE} (?:out|done|finished|on your own|cut off|dead to (?:me|us)|gone|not welcome|out of (?:here|this house|the house))"
    r"|(?:you|u)(?:'ll| will) (?:be (?:out|on your own|sleeping|looking)|have (?:no|nowhere)|never see|lose (?:us|me|the kids|your))"
    r"|(?:we're|we are|were|it's|it is|this is|that's|thats) (?:done|finished|over|through)(?! with (?:it|this|that)\b)"
    r"|don't (?:bother|expect|come|call|even think)|dont (?:bother|expect|come|call)"
    r"|(?<=or )(?:you|u) can (?:leave|go|pack|find|forget|kiss|get out)|(?<=then )(?:you|u) can (?:leave|go|pack|find|get out)"
    r"|find (?:somewhere|someplace|another place) else"
    r"|(?:there will be |there'll be )?no more (?:money|help|rides|chances|place|bailing)|(?:cut off|pull) (?:all )?(?:support|the money)"
    r"|pack your (?:bags|stuff|things)|(?:the )?locks? (?:get|gets|are getting|will be|is being) changed|out of the will"
    r"|(?:support|money|help|rides|phone|rent|allowance|payments?)(?: \w+)? (?:ends|stops|is over|gets cut|is cut|will stop|stop)"
    r"|(?:they|we|i)(?:'ll| will)? stop (?:paying|giving|helping|covering)|gets? reported to"
    r"|(?:is|'s|are) being sold|gets? (?:frozen|cancelled|canceled|cut off|sold|changed)|custody will be|(?:you're|ur|you are) off the (?:farm|team|lease|account|insurance)"
    r"|hears everything|comes out of the will|(?:is|'s) the cut-?off|that's the date|after that (?:i'm|im|i am) done|"
    r"locksmith is coming|packed a bag for (?:the kids|me|us)|gets? looked at again|(?:i'm|im|i am) not signing|lease (?:is in our name|ends)|"
    r"leaves at \w+ either way|(?:or|otherwise) (?:you're|ur|you are) (?:eating|sleeping|living|spending) (?:alone|elsewhere|on your own)|get (?:your|ur) (?:calls|money|car|keys|phone)(?: \w+)? (?:back|answered) when|(?:you'll|you will) be out on your ear|then we'll see|no (?:grandkids|kids|money|phone|car|place to stay)(?: (?:til|till|until|unless|if)\b)?)"
)
CONDITION = (
    r"(?:\bif\b|\bunless\b|\buntil\b|\btill?\b|\bthe day\b|\bnext time\b|\bthe first\b|^then\b|\bor (?=(?:else|i|i'll|i'm|we|we're|we'll|you're|you'll|you can|don't|there)\b)|\beither\b|\bone more\b|\bagain\b|\bkeep\b|\bnext time\b|\bthe (?:next|first) (?:time|sign)\b"
    r"|\bthe (?:minute|second|moment) (?:you|u)\b|\bmiss (?:one|another)\b|\b(?:tonight|now|today)\b)"
)
WRONGS = (
    r"(?:lied|lie to|stole|steal|pawned|pawn|ruined|ruin|wrecked|wreck|destroyed|destroy|embarrassed|humiliated|betrayed|"
    r"abandoned|cheated|blew|blown|maxed|emptied|drained|forged|made a fool|put us through|let (?:us|me|them|her|him|everyone) down)"
)
# Wrongs only when done to someone or something of ours, or again ("u took my pills AGAIN").
WEAK_WRONGS = r"(?:took|taken|broke|spent|crashed|forgot|sold|hit|hurt|scared|missed|used|drank|ditched|bailed on)"
SHAME_NOUNS = (
    r"(?:person|mother|mom|mum|father|dad|parent|son|daughter|husband|wife|grandmother|grandma|grandfather|grandpa|nan|"
    r"example|man|woman|role model|brother|sister|partner|friend|adult|human being)"
)

_BLAME_LEAD = r"(?:(?:and|but|so|no|yeah|well|oh|look|because|cause|cuz)\b,?\s+)*(?:\w+,?\s+)?(?:you|u)(?: (?:just|also|even|already|again|literally|actually|still|did|do))? "
_OURS = r"my|our|mom's|moms|dad's|dads|mums|mum's|grandma's|nan's|the kids'?|again|every|in front of|whole|all|everyone|everything|us|me"

FORMS = table(
    # --- threats and ultimatums ------------------------------------------------------------
    Rule(
        "threat",
        C.CO,
        r"\beither (?:you|u)\b[^.?!]*\bor\b|\beither\b[^.?!]*\bor (?:you|u|i|we|i'm|we're|i'll)\b|\bor else\b"
        r"|\bwatch me\b|\b(?:i'll|ill|i will|i'm going to|im gonna) (?:\w+ ){0,2}(?:tell|call|report|inform|ring|email|text)\b"
        r"(?=[^.?!]*\b(?:court|judge|po|probation|parole|boss|work|school|principal|police|cops|sheriff|social services|cps|dcfs|"
        r"your (?:mother|mom|mum|dad|father|wife|husband|sponsor|doctor|employer|landlord|counsell?or))\b)"
        r"(?=[^.?!]*\b(?:you|u|ur|your|myself|exactly|everything|what)\b)",
        R.WARNING,
    ),
    # --- warnings: what will happen to them ---------------------------------------------------
    Rule(
        "warning",
        C.CO,
        r"\b(?:you|u)(?:'ll| will|ll|'re going to|'re gonna| are going to| r gonna| re gonna| going to| gonna)? "
        r"(?:end up|wind up) (?:dead|in (?:jail|prison|a ditch|the morgue|a box|a coffin|the ground|hospital|the gutter|a cell)|"
        r"homeless|alone|on the street|like)\b"
        r"|\b(?:drink|drug|smoke|use) yourself (?:into|to) (?:the grave|an early grave|a (?:nursing home|coffin|box|hospital bed)|death|the ground)"
        r"|\bkeep (?:this|that|it|doing (?:this|that)) up\b[^.?!]*\b(?:you|u|ull|you'll)\b"
        r"|\bone (?:day|of these days|of these nights) (?:you|u|we|we'll|well|someone|somebody)(?:'ll| will| are going to|'re going to)? "
        r"(?:\w+ ){0,3}(?:dead|die|find you|kill|crash|lose|regret|overdose)",
        R.WARNING,
    ),
    # --- accusing, blaming, disqualifying ---------------------------------------------------------
    Rule(
        "blame",
        C.CO,
        rf"^{_BLAME_LEAD}(?P<ev>{WRONGS})\b(?=[^.?!]*(?:\b(?:{_OURS}|your|\w+ing)\b|[.!?]*$))"
        rf"|^{_BLAME_LEAD}(?P<ev2>{WEAK_WRONGS})\b(?! (?:a (?:risk|chance|step)|the (?:first|time|step|courage)|your time|care)\b)"
        rf"(?=[^.?!]*\b(?:{_OURS}|your (?:sister|brother|mother|mom|mum|dad|father|kids|family|son|daughter|grandmother|grandma|nan))\b)",
        R.JUDGING,
    ),
    Rule(
        "blame",
        C.CO,
        r"\bbecause of (?:you|u)\b(?! (?:being|saying|telling))|\bthanks to (?:you|u)\b|\b(?:that's|thats|it's|its|this is|that is) on (?:you|u)\b"
        r"|\bown it\b|\blook (?:at )?what (?:you|u)(?:'ve| have)? (?:did|done|do)\b|\b(?:you|u) did this\b"
        r"|\b(?:you|u) (?:only|just) care about (?:yourself|the (?:drink|booze|pills|drugs|weed|high))\b|\ball (?:you|u) care about is\b"
        r"|\bcare about (?:anyone|anybody|nobody|no one) (?:but|except|apart from) (?:yourself|urself|the \w+)\b"
        r"|\b(?:you|u) (?:were|was) (?:drunk|high|wasted|stoned|hammered|loaded|passed out|asleep on)\b(?=[^.?!]*\b(?:every|my|our|in front|at (?:my|our|the))\b)"
        r"|\b(?:you|u) push(?:ed)? everyone away\b|\b(?:you|u) (?:burned|burnt) that bridge\b",
        R.JUDGING,
    ),
    Rule(
        "disqualifying",
        C.CO,
        r"\b(?:you|u) (?:(?:never|didn't|did not) (?:even |really |honestly |actually |ever )*|(?:don't|do not) (?:even |really |honestly |actually )+)"
        r"(?:wanted|want|tried|try|cared|care|meant|mean|gave a|give a)\b(?: to)? (?:\w+ )?"
        r"(?:quit|stop|change|get (?:better|clean|sober|help)|go to (?:rehab|treatment|meetings)|try|about (?:us|anyone|anybody|me|the kids|this family|your (?:kids|family|son|daughter))|hard enough|at all|damn|shit|fuck)\b"
        r"|\b(?:you|u) (?:don't|do not|never|didn't) (?:even |really )*(?:care|cared)[.!?]*$"
        r"|\b(?:you|u) (?:haven't|have not|havent) (?:really |actually )?changed\b|\b(?:you're|you are|ur) not (?:even )?trying\b"
        r"|\b(?:you|u) (?:didn't|did not) try hard enough\b",
        R.JUDGING,
    ),
    # --- arguing with what they just said ------------------------------------------------------
    Rule(
        "arguing",
        C.CO,
        r"\b(?:nobody|no one|noone|no-one) (?:\w+ )?believes? (?:that|you|it|a word|this)\b|\band (?:you|u) know it\b"
        r"|\b(?:says?|said|tells?|shows?|show) (?:otherwise|different(?:ly)?|something else)\b"
        r"|\b(?:we've|i've|we have|i have|we|i)(?: all)? heard\b[^.?!]{0,40}\b(?:before|a (?:hundred|thousand|million) times|so many times|every (?:year|time|week))\b"
        r"|\bheard that one\b|\b(?:that's|thats|that is) the (?:very )?definition of\b"
        r"|\b(?:maybe )?if (?:you|u) (?:weren't|wasn't|didn't|hadn't|stopped|quit|were not|did not)\b[^.?!]*\b(?:wouldn't|won't|would not|wouldnt|might not)\b"
        r"|\b(?:that's|that is|thats) what (?:every|all|most) (?:addicts?|alcoholics?|drunks?|junkies?|users?) (?:say|says)\b"
        r"|\b(?:just |exactly )?like (?:last|the last) (?:time|christmas|year|summer|birthday|thanksgiving|weekend|month)\b"
        r"|\b(?:that|this|the) excuse (?:is|has|'s) (?:done|old|getting old|worn out|not working|over)\b|\b(?:no|enough) more excuses\b|\benough excuses\b"
        r"|^(?:(?:oh|well|so|and),? )?then explain\b|\bexplain (?:the|why|how|that)\b(?=[^.?!]*\b(?:then|genius|huh)\b)"
        r"|\b(?:tells|shows|proves) (?:me|us) (?:that )?(?:you|u) (?:do |really |clearly )?(?:have|are|need|can't)\b"
        r"|\bwith (?:all due )?respect,? (?:you|u) (?:haven't|have not|don't|didn't|aren't)\b"
        r"|^(?:(?:no|nope|nah),? )+(?:you|u|it|that|he|she|they) (?:don't|didn't|aren't|isn't|wasn't|weren't|do|did|are|is|was|were|can't|won't)\b"
        r"|\b(?:you|u) do too\b|\bit was (?:way |a lot |much )?more than\b|\b(?:you|u) (?:know|knew) (?:that's|thats|it's|its|that is|it is) not true\b"
        r"|^come on\b(?=[^.?!]*\b(?:nobody|no one|you know|really|seriously|that's|thats|believe)\b)",
        R.JUDGING,
    ),
    # --- sarcasm ---------------------------------------------------------------------------------
    Rule(
        "sarcasm",
        C.CO,
        r"\b\w+,? my (?:foot|ass|arse|butt|eye)\b|\boh,? please\b(?! (?:tell|talk|let|come|don't|stay|call|just))|\bspare me\b|\bhere we go again\b"
        r"|\b(?:that's|thats) rich\b|\bfunny how\b|\btell that to\b|\bsure,? (?:and|because|cause|cuz)\b"
        r"|\b(?:lol|lmao|haha),? (?:ok|okay|sure|right)\b|,? (?:genius|einstein|sherlock|princess|big shot|tough guy)[.!?]*$"
        r"|^(?:ok|okay|sure|right|yeah),? (?:junkie|drunk|addict|druggie|alkie|crackhead|pothead|stoner)\b",
        R.SHAMING,
    ),
    # --- rhetorical questions that accuse ---------------------------------------------------------
    Rule(
        "rhetorical",
        C.CO,
        r"\bhow many (?:more )?(?:\w+ )?(?:times|chances|harvests|years|weekends|mondays|christmases|promises|fresh starts|"
        r"last chances|rock bottoms)\b(?=[^.?!]*\b(?:is that|have (?:we|i|you)|has it|do (?:we|i|you)|are (?:we|you)|will (?:we|you)|"
        r"must|that now|now|before)\b)"
        r"|\bwhy (?:can't|cant|can not|won't|wont) (?:you|u) (?:just |ever |for once |simply )?"
        r"(?:stop|be|act|do|get|grow|quit|listen|admit|see|accept|stay|think|try|put|care|tell|leave|keep|for once)\b"
        r"|\bwhy do (?:you|u) (?:always|keep|have to|insist)\b|\bwhat kind of (?:\w+ ){0,2}" + SHAME_NOUNS + r"\b"
        r"|\bwhat kind of \w+ (?:does|would|lets|leaves|spends|drinks|uses|steals|lies|puts|treats|says)\b"
        r"|\bwho do (?:you|u) think (?:drove|took|did|broke|drank|spent|stole|finished|crashed|smashed)\b|\bwhose idea was it\b|\bdo (?:you|u) really not know\b"
        r"|\bdo (?:you|u) remember what happened (?:to|the last time|last time)\b|\bhow many (?:\w+ ){0,3}did (?:you|u) (?:turn up|show up|come)\b[^?]*\bsober\b"
        r"|\bimagine how (?:\w+ ){0,2}(?:mum|mom|dad|your \w+|the kids|we|i) (?:is|are|feel|feels)\b|\bthere's always an? \w+ with (?:you|u)\b"
        r"|\bdon't (?:you|u) (?:even )?(?:care|see|realize|realise|understand|know|get it)\b(?! what (?:you|u) (?:want|need|think))"
        r"|\b(?:you|u) think (?:we're|we are|were|i'm|im|i am|everyone is|everybody is|we) (?:all )?(?:stupid|idiots?|blind|dumb|fools?|born yesterday)\b"
        r"|\bwho (?:do you think )?(?:are you|you're|ur) (?:kidding|fooling)\b|\bare (?:you|u) (?:kidding|serious|joking)(?: me)?\b"
        r"|\bwhat(?:'s| is) (?:the matter|wrong) with (?:you|u)\b|\bwhat the (?:hell|heck|fuck) (?:is wrong|were you|are you)\b"
        r"|\bdon't (?:you|u) think (?:you've|you have|you|u)(?:'ve)? (?:put|done|caused|hurt|taken|had) (?:us |me |everyone |this family |enough)"
        r"|\bdon't (?:you|u) think (?:the (?:girls|boys|kids|children)|(?:your|ur) (?:mum|mom|dad|kids|wife|husband|family)|\w+) (?:have|has|would|will|can|could) (?:noticed|hate|know|see|seen|tell|heard)\b",
        R.JUDGING,
    ),
    # --- moralising and shaming ------------------------------------------------------------------
    Rule(
        "moralising",
        C.CO,
        r"\b(?:you|u) (?:should|shoud|shud|ought to|oughta)(?: really)? (?:be|feel) (?:so |really |very )?(?:ashamed|embarrassed|disgusted|guilty)\b"
        r"|\b(?:the lord|god|allah|jesus|the holy spirit|scripture|the bible)\b[^.?!]*\b(?:gave|sees|knows|wants|watching|temple|spoil|root of all evil)\b"
        r"|\btemple of the holy spirit\b|\broot of all evil\b|\bprayed for (?:you|u) at every\b|\bvows in front of god\b"
        r"|\bthe (?:family )?name means something\b|\bthis family's name\b|\bno \w+ has ever been\b|\bhave to walk down that\b"
        r"|\b(?:you're|you are|ur) better than (?:this|that)\b|\bhave (?:some|a little) (?:self[- ]?respect|dignity|shame|decency)\b"
        r"|\bact your age\b|\bbe a man\b|\breal (?:men|women|mothers|fathers|parents|dads|moms) (?:don't|do not|dont)\b"
        r"|\bwhat would (?:\w+ ){0,2}(?:think|say)\b(?=[^.?!]*\b(?:if|saw|see|now)\b)"
        r"|\bno (?:decent|good|real|normal) (?:mother|father|parent|person|man|woman)\b"
        r"|\b(?:disgrace|embarrassment) to (?:this|the|our|your) family\b|\bembarrassed to be your\b",
        R.MORALISING,
    ),
    Rule(
        "dismissing",
        C.CO,
        r"\bfeeling (?:sorry|bad|guilty)(?: for yourself| about it)? (?:won't|doesn't|isn't going to|will not|does not) (?:change|fix|help)\b"
        r"|\b(?:crying|whining|moping|sulking) (?:won't|doesn't|isn't going to) (?:change|fix|help)\b|\bnobody cares (?:how|what|that|if)\b"
        r"|\bwelcome to the club\b|\b(?:get|be) over (?:yourself|it)\b|\bdon't (?:be|act) so (?:dramatic|sensitive|soft)\b"
        r"|\bdon't be (?:daft|silly|soft)\b|\bthat's just (?:nerves|the \w+ talking|your \w+ talking)\b|\b(?:you'll|you will) feel better once (?:you|u) stop\b"
        r"|\bnot as (?:dramatic|bad) as (?:it|you) (?:feels?|think|make)\b|\bwill pass once\b|\beveryone feels (?:like )?(?:that|it)\b|\bstop being silly\b"
        r"|\bthere's nothing to be (?:scared|afraid|worried|upset|sad|angry|nervous) (?:of|about)\b|\bright as rain\b",
        R.JUDGING,
    ),
    Rule(
        "label_problem",
        C.CO,
        r"\b(?:you|u) (?:do |really |clearly |obviously |definitely )+(?:have|got) (?:a |an )?(?:serious |real |big )?(?:drinking |drug |alcohol |pill )?(?:problem|addiction)\b"
        r"|(?<!whether )(?<!if )\b(?:you|u) (?:have|'ve got|got) (?:a |an )?(?:serious |real |big |huge |massive )?(?!a\b|an\b)\w+ (?:problem|addiction)\b(?! with (?:me|us|that|this|how|the way))"
        r"|\b(?:you|u) (?:have|'ve got|got) (?:an? )?(?:\w+ ){0,3}(?:use disorder|disease|addiction)\b(?=[^.?!]*\b(?:whether|like it or not|face it|admit)\b)",
        R.SHAMING,
    ),
    Rule(
        "label",
        C.CO,
        rf"(?:^|,\s*|\b(?:ok|okay|sure|listen|look|lol|right|yeah|hey|oh)\s+){LABELS}[.!?]*$",
        R.SHAMING,
    ),
)

MORE_FORMS = table(
    Rule(
        "comparing",
        C.CO,
        r"\b(?:your|ur) (?:\w+ )?(?:brother|sister|cousin|dad|father|mum|mom|mother|grandad|grandpa|grandma|nan|friend|mate|twin|uncle|aunt|wife|husband)\b(?: \w+)?"
        r"[^.?!]*\b(?:managed|did it|quit|stopped|gave up|got clean|got sober|is a|is now|'s a|'s now|was worse|has been sober|never needed|got a first|without (?:snorting|drinking|using)|(?:he|she)(?:'s| is) (?:a |an )?\w+ now)\b"
        r"|\b(?:tom next door|other people'?s? \w+|everyone else|the others|other people in your group)\b[^.?!]*\b(?:come home|manage|have (?:ninety|\d+) days|don't need|get by|sober)\b"
        r"|\ba (?:real|good|proper|decent) (?:man|woman|mother|mum|mom|father|dad|parent|son|daughter|wife|husband)\b[^.?!]*\b(?:doesn't|does not|wouldn't|would not|provides|takes care|doesn't hide)\b"
        r"|\b(?:then )?act like (?:one|a (?:mother|father|parent|man|grown|adult|grown-up))\b|\bsome of us have (?:pride|jobs|standards|kids)\b"
        r"|\b(?:exactly|just) like (?:your|ur) (?:dad|father|mum|mom|mother|uncle|brother|sister|ex|grandad|cousin)\b|\bsame (?:look|thing|way|face) (?:your|ur) \w+ (?:had|did|went|used)\b"
        r"|\b(?:you're|you are|ur) (?:just|exactly) like (?:them|him|her|the rest)\b|\bthat's what (?:your|ur) \w+(?: \w+)? used to say\b|\bmy ex used to say that\b",
        R.SHAMING,
    ),
    Rule(
        "label_problem",
        C.CO,
        r"\bmeets the criteria\b|\btextbook\b|\bclassic (?:sign|case|symptom|addict)\b|\bthat's (?:just )?the (?:disease|addiction|alcohol|drugs|drink|booze) talking\b"
        r"|\b(?:you're|you are|ur|youre) (?:\w+ )?(?:dependent|depressed|bipolar|an? \w+holic|self[- ]medicating)\b(?![^.?!]*\b(?:feel|worried|scared|afraid|think)\b)"
        r"|\b(?:you|u) (?:have|'ve got|got) an? (?:\w+ ){0,2}(?:sickness|disease|disorder)\b|\b(?:you're|you are|ur) exactly like them\b",
        R.SHAMING,
    ),
    Rule(
        "warning",
        C.CO,
        r"\b(?:you|u)(?:'re| are| r)?(?: going to| gonna| will|'ll| ll) (?:\w+ ){0,2}(?:kill|hurt|injure) (?:someone|somebody|a kid|yourself|urself|somebody's|some kid|a child)\b"
        r"|\b(?:you'll|you will|you're going to|you are going to) be (?:out on your ear|fired|sacked|homeless|dead|in jail|alone|on the street)\b|\band (?:you|u) will too\b"
        r"|\b(?:in the ground|an early grave|six feet under|in a box|in the icu|intensive care|in the morgue|turning in (?:his|her) grave)\b"
        r"|\b(?:you're|you are|ur) heading (?:there|for|towards|that way|down)\b|\bwake up (?:dead|dependent|addicted|in (?:a cell|jail|hospital))\b"
        r"|\blook where (?:he|she|it|they|that) (?:ended up|got (?:him|her|them))\b|\b(?:you're|you are|ur|u|you) (?:going to|gonna|will|'ll) (?:loose|lose) (?:everything|it all|your|ur)\b"
        r"|\bpeople end up (?:with|in|on|dead)\b|\bis how people end up\b|\bdon't come crying to me\b|\bone day (?:you'll|you will) (?:wake|regret|see)\b"
        r"|\bone of these (?:nights|days|mornings) (?:you|u) (?:won't|will not|wont) wake up\b|\b(?:your|ur) (?:lungs|liver|heart|brain|teeth|kidneys) (?:will|are going to|is going to) be\b"
        r"|\bwrap (?:the|that|your|ur) (?:car|van|truck|bike) (?:round|around)\b|\b(?:you're|you are|ur) (?:going to|gonna) miss (?:seeing )?(?:the kids|them|her|him) grow\b"
        r"|\bwatch (?:you|u) (?:lose|destroy|kill|ruin|throw away)\b|\bgoing (?:exactly )?the way (?:your|ur) \w+ went\b|\bwe all know how (?:he|she|that|it) ended\b",
        R.WARNING,
    ),
    Rule(
        "rhetorical",
        C.CO,
        r"\bdo (?:you|u) (?:even )?(?:hear yourself|love|care|know what it's like)\b|\bdo the math\b|\bshall i (?:ring|call|alert|throw|bake|get)\b"
        r"|\bis that what (?:you|u) call\b|\band (?:you|u) think\b[^?]*\b(?:won't|will|wouldn't|would)\b|\bwhat (?:did|do) (?:you|u) expect\b|\bwhose fault\b"
        r"|\bhow can (?:you|u) (?:sit there|say that|look me)\b|\b(?:gee,? )?i wonder why[.!?]*$|\bwhy would i (?:trust|believe)\b|\bname one reason\b"
        r"|\bwith what money\b|^then who\b|\bso what\?\?|\bwhat would (?:you|u) call it\b|\bwhat'?s different about (?:you|u)\b"
        r"|\band what was the excuse\b|\bfrom what to what\b|^like what\?|\bare (?:you|u) trying to (?:put|kill|send|drive) (?:your|ur|me|us)\b",
        R.JUDGING,
    ),
    Rule(
        "sarcasm",
        C.CO,
        r"\b(?:of )?course (?:you|u) (?:did|do|are|will|would|can|have|were)\b|\band (?:i'm|im|i am) the pope\b|\bwow,? congrats on\b|\binteresting definition\b"
        r"|\bcool cool\b|\bso the hangover\b|\bun ?be ?lievable\b|\bjust wow\b|\b(?:i'm|im) not even surprised\b|\bah will (?:you|u)\b|\blike (?:you|u) won back\b"
        r"|\bthe magic date\b|\b(?:you|u) want to \w+ like i want to\b|\band (?:i'm|im) (?:not )?supposed to\b[^?]*\?\?",
        R.SHAMING,
    ),
    Rule(
        "dismissing",
        C.CO,
        r"\bnot this again\b|\bsave it\b|\bi've heard the (?:apology|speech|excuse)|\blet's not get into the excuses\b|\bthe poor me act\b|\btoughen up\b"
        r"|\bman up\b|^yeah yeah\b|(?<![a-z] )\bwhatever[.!]*$|\bin my day\b|\bnot a mess like (?:you|u)\b|\bnone of us (?:are|is)\b|\bquit the\b[^.?!]*\bact\b"
        r"|\bdon't (?:you|u) cheek me\b|\bget a grip\b",
        R.JUDGING,
    ),
    Rule(
        "blame",
        C.CO,
        r"\b(?:that's|thats|it's|its) (?:because|cos|cuz|cause|bc) (?:you're|ur|you|u)\b|\bif (?:you|u) (?:really )?(?:cared|loved|wanted)\b[^.?!]*\b(?:wouldn't|would not|would)\b"
        r"|\bthis is what i get\b|\bwent up (?:your|ur) nose\b|\b(?:is|'s) (?:100%|definitely|absolutely|totally) the problem\b|\bpart of the problem\b"
        r"|\bthe (?:issue|problem) is (?:you|u|ur|you're)\b|\bmakes? shame\b|\bnever had this kind of shame\b|\b(?:your|ur) best meant\b|\bcold is (?:you|u)\b"
        r"|\bthat's my point\b|\b(?:you|u) promised\b(?=[^.?!]*\b(?:promised|again|wouldn't|but)\b)|\bbreaks (?:his|her|my) heart\b|\bgod sees\b|\bvows mean something\b"
        r"|\bbut (?:you|u) carry on\b",
        R.JUDGING,
    ),
    Rule(
        "arguing",
        C.CO,
        r"^wrong\b|\bnot how i remember it\b|\bnot even close\b|\bthat's anecdotal\b|\bstatistically\b(?=[^.?!]*\b(?:you|your|ur)\b)|\bactually the guidelines\b"
        r"|\b(?:you|u) (?:literally )?(?:are|do|did|were) (?:tho|though)\b|\b(?:you|u) literally (?:are|do|did|were)\b|\bi keep (?:count|a diary|a list)\b|\bi can read\b"
        r"|\bi counted\b|\bi(?:'ve| have) (?:arrested|seen more)\b|\bthat's been proven\b|\bnobody(?:'s| is) bossing\b|\bthe receipts\b|\bnot the one in\b"
        r"|\b(?:is|are|was)n't (?:on|hiding|passing out|asleep)\b|\bthat's not ['\"]?(?:just|only)\b|\bnot with half a\b|\bwell,? now (?:you|u) do\b"
        r"|\b(?:you|u) said that (?:last|before|yesterday|every|the last|on)\b|\bnobody \w+ [^.?!]*\bby accident\b|\bnobody does that\b"
        r"|\bmore than (?:you|u) (?:think|know)\b|\b(?:thinking|talking|saying|promising) (?:isn't|is not|ain't) (?:doing|enough)\b|\btalk is cheap\b"
        r"|\bnot that (?:you|u)(?:'d| would) (?:notice|care|know)\b|\b(?:you|u) (?:were|said|say) ['\"][^'\"]{1,40}['\"]\s*(?:last|before|every|the|and)\b"
        r"|\b(?:you're|you are|ur) (?:slurring|off your face|off it|out of it)\b|\bmissing from my (?:purse|wallet|account|bag|drawer)\b"
        r"|\bthat's what happens when\b|\bgets? reported to (?:your|the|ur) (?:po|probation|court|judge|parole)\b|\b(?:your|the) (?:phone|phone plan|car|insurance|allowance|rent|card|account)\b[^.?!]*\bgets? (?:cancelled|canceled|cut off|stopped|sold|frozen|taken away)\b"
        r"|\b(?:never|didn't) give (?:it|anything|them|it a) (?:a )?(?:chance|go|proper (?:try|go))\b|\bbecause (?:you|u) (?:were|are|did)[.!]*$"
        r"|^(?:(?:but|and|well|yeah),?\s+)?(?:you|u) (?:kind of |sort of |really )?(?:are|were|did|do)(?: (?:tho|though|dad|mum|mom))?[.!]*$"
        r"|\bmust have (?:rung|moved|called|got) (?:the wrong|to)\b|\b(?:isn't|is not|ain't) going to one\b|\bthat was the trying\b|\bi wrote the times down\b"
        r"|\bi saw the (?:card |bank )?statements?\b|\bbank says\b|\b(?:gone|went) (?:out )?(?:of )?the joint account\b|\b(?:drink|walk) (?:itself|themselves|on their own)\b"
        r"|\bwere there at\b[^.?!]*\bgone\b|\bwas there at \w+ and gone\b|\bthere's half of one now\b|\baccording to (?:him|her|mr \w+|mrs \w+)\b|\bbecause (?:you're|ur|you are) (?:\w+ )?(?:wasted|drunk|high|stoned|off your face|hammered)\b"
        r"|\b(?:stop )?(?:behaving|acting) like (?:a|an) (?:teenager|child|kid|baby|idiot|brat|spoiled)\b|\bstop pretending\b"
        r"|(?:^|[.,] )(?:so )?(?:selfish|pathetic|typical|disgusting|shameful|classic)[.!]*$|\bwe(?:'ve| have) (?:been|gone) over this\b|\bwe literally went over\b",
        R.JUDGING,
    ),
)

# --- persuading and directing ------------------------------------------------------------------
TREATMENTS = (
    r"(?:rehab|detox|help|treatment|narcan|naloxone|a (?:program|programme|detox|sponsor|job|doctor|counsell?or|therapist|meeting|plan|bed|test|check-?up)|"
    r"an? (?:intake|assessment|appointment|inpatient|outpatient|residential)|therapy|counsell?ing|meetings|aa|na|"
    r"professional help|proper help|residential|inpatient|outpatient|medication|meds|methadone|suboxone|to be in (?:rehab|treatment|a program))"
)
DIRECTIVES = table(
    Rule(
        "should",
        C.PE,
        rf"(?<!feel )(?<!think )(?<!said )(?<!saying )(?<!what )(?<!if )(?<!whether )(?<!do )(?<!did )"
        rf"\b(?:you|u) (?:really |seriously |definitely |honestly |just |absolutely |clearly |obviously |both )?need (?:\w+ ){{0,2}}{TREATMENTS}\b"
        r"|\b(?:you|u)(?:'d| had|d)? better (?!off|than|now\b|not be\b)(?:start|stop|get|go|call|quit|be|make|find|show|pick|answer|come|listen|put|take|give|cut)\b"
        r"|\bit(?:'s| is|s) (?:high |about |past |really )?time (?:you|u|for (?:you|u))\b(?! (?:and me|two))"
        r"|\b(?:you|u) (?:have|got|need) to (?:quit|stop|get|go|call|cut|give up|start)\b(?=[^.?!]*\bif (?:you|u) (?:want|ever want|wanna)\b)",
        R.ADVISING,
    ),
    Rule(
        "advice_phrase",
        C.PE,
        r"\bit(?:'s| is) (?:really |definitely |probably )?worth (?:stopping|quitting|cutting|trying|going|getting|giving|calling|talking|seeing|looking)\b",
        R.ADVISING,
    ),
    Rule(
        "risk_argument",
        C.PE,
        r"\b(?:causes?|gives?|leads? to|triggers?|can cause|can give|linked to|rots|damages|destroys|fries|messes up) (?:\w+ ){0,2}"
        r"(?:psychosis|schizophrenia|cancer|brain damage|heart attacks?|strokes?|seizures?|liver (?:damage|disease|failure)|cirrhosis|"
        r"memory loss|depression|paranoia|infertility|overdoses?|your (?:brain|liver|heart|lungs|teeth|memory|kidneys))\b"
        r"(?=[^.?!]*\b(?:you|your|ur|u|kids|people|someone)\b)"
        r"|\b(?:fatal|deadly|lethal|overdose deaths|risk of (?:stroke|death|overdose|seizures?|heart attack)|blood pressure|strain on (?:your|ur|the) heart|"
        r"no symptoms until|one bad (?:batch|pill)|relapse within|can kill (?:you|your|ur|someone))\b"
        r"|\b(?:raises|increases|doubles|triples) (?:the |your |ur )?risk\b|\blinked to\b[^.?!]*\b(?:cancer|disease|death|psychosis)\b|\blethal dose\b"
        r"|\b(?:cirrhosis|cancer|psychosis|seizures?|liver failure|brain damage)\b[^.?!]*\b(?:likelihood|likely|within|guaranteed)\b|\bpressed with fentanyl\b"
        r"|\b(?:is|are|'s|it's) (?:\w+ )?(?:destroying|ruining|damaging|wrecking|rotting|killing|frying|poisoning) (?:your|ur) "
        r"(?:liver|brain|heart|lungs|teeth|body|health|kidneys|career|memory)\b",
        R.PERSUADING,
    ),
    Rule(
        "leading_question",
        C.PE,
        r"\bwouldn't (?:you|u) (?:rather|prefer|like to|want to)\b|\bisn't it (?:time|better)\b|\bsurely it makes sense\b"
        r"|\bisn't (?:your|ur|it|a|that)\b[^?]*\b(?:worth|better than)\b|\bisn't (?:\w+ ){0,4}worth\b|\bhave (?:you|u) (?:thought about|considered|tried) (?:\w+ ){0,3}(?:going|getting|taking|calling|seeing|joining|trying|quitting|stopping|cutting)\b"
        r"|\bcan we agree (?:you'll|you will|that you|you)\b|^(?:(?:so|well|ok|okay),?\s+)?(?:maybe|perhaps) (?:you could|just|try|skip|cut|go|get|stop|take)\b"
        r"|\b(?:you|u) could (?:always |just )?(?:get|try|go|call|take|ask) [^.?!]*\b(?:tho|though)\b|\bwould (?:you|u) mind just\b",
        R.PERSUADING,
    ),
    Rule(
        "advice_phrase",
        C.PE,
        r"\b(?:a|an|some) \w+ would (?:keep|help|do (?:you|u) good|be good for (?:you|u))\b|\bthe (?:best|sensible|smart|right|only|obvious) thing (?:now |to do )?is to\b"
        r"|\b(?:you've|you have|you) (?:got )?no choice but to\b|\b(?:is|'s) what (?:your|you) (?:situation|case|body) (?:calls for|needs)\b|\bif i was (?:you|u)\b"
        r"|\b(?:probably |it's |it'd be |it would be )?best (?:to|if (?:you|u)) (?:avoid|stay|stop|go|get|call|keep|cut|take|tell)\b",
        R.ADVISING,
    ),
    Rule(
        "directing",
        C.PE,
        r"^(?:(?:so|ok|okay|right|now|then|and),?\s+)?(?:we're|we are|were) (?:going to|gonna|off to|taking you|getting you) (?:get (?:you|u)|take (?:you|u)|drive (?:you|u)|the|a|an|detox|rehab)\b"
        r"(?=[^.?!]*\b(?:tomorrow|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|now|that's that|i'm driving|i've already|noon|together)\b)"
        r"|^(?:(?:so|ok|okay|right|now|then|and),?\s+)?(?:let's|lets|let us) (?:pour|set (?:your|ur|a)|have (?:you|u)|get (?:you|u)|book|call|go to|throw|get rid|flush|empty|bin|put (?:you|u|the))\b"
        r"|\bdo me a favou?r and\b|\bbe a (?:love|dear|darling|good \w+) and\b|\bnon-?negotiable\b|\b(?:is|as) the next step\b"
        r"|\b(?:you're|you are|ur) (?:not going (?:out|anywhere|to (?:the|that|his|her|a|any)\b)|staying (?:in|home|here|put))\b|\b(?:goes|stays) (?:in|on) (?:your|ur) (?:bag|pocket|car|person)\b"
        r"|\b(?:research|studies|evidence|guidelines)\b[^.?!]*\b(?:favou?rs|recommends?|says you should)\b|\bhumou?r me and\b|\bif (?:you|u) could (?:just )?(?:go|call|try|stop|get|see|book|come|give)\b"
        r"|\bappreciate it if (?:you|u)(?:'d| would| could)\b|\bno exceptions\b|\bend of (?:discussion|story)\b|\b(?:and )?that's that\b|\bsimple as that\b"
        r"|\bno (?:drinking|going out|bottles|friends round|booze|using|smoking|mates round|parties)\b(?![^.?!]*\b(?:since|anymore|any more)\b)"
        r"|^(?:(?:and|so|but),?\s+)?(?:when|whenever|next time|as soon as) [^,.?!]{3,80},\s*(?:just |please )?(?:go|call|ring|text|walk|get|stop|take|put|leave|pour|sit)\b",
        R.DIRECTING,
    ),
)

# An order after a name or a word of address, typed without a comma: "dad dont drive tonight".
ADDRESS = (
    r"(?:mom|mum|mam|ma|dad|da|pop|pops|son|honey|hon|hun|babe|baby|buddy|bud|mate|man|dude|bro|sis|love|sweetie|sweetheart|"
    r"darling|kiddo|pal|grandma|gran|nan|nana|grandpa|grandad|papa|sir|girl|boy)"
)
BASE_VERBS = (
    r"(?:answer|drive|give|hand|pour|throw|flush|put|pick|call|ring|text|go|come|get|stop|quit|leave|stay|sit|stand|eat|sleep|"
    r"drink|take|bring|listen|wait|turn|switch|sign|book|check|clean|wash|shower|pack|empty|lock|open|close|"
    r"move|find|keep|make|do|be|start|cut|lay|walk|run|use|apologi[sz]e|admit|accept|face|grow|pull|snap|"
    r"wake|calm|chill|promise|swear|skip|miss|attend|join|meet|phone|email|write|"
    r"save|spend|pay|stick|step|hide|sober|dry|detox|toss|ditch|dump|block|delete|uninstall|unfollow)"
)
# A first word that can be a name: not a pronoun, determiner or a plural or mass noun that could be a subject.
_NAME = (
    r"(?!(?:i|you|u|we|they|he|she|it|that|this|these|those|who|what|people|things|everyone|everybody|someone|somebody|"
    r"nobody|friends|kids|parents|family|life|time|work|money|drugs|pills|drinking|meetings|doctors|cops|police|men|women|"
    r"guys|we'll|they'll|i'll|and|but|so|or|then|if|when|why|how|where|to|not|never|always)\b)[a-z]+(?<!s)"
)
ADDRESSED_ORDER = gate(
    rf"^(?:(?:please|just|now|ok|okay|honestly|seriously|look|listen|come on),?\s+)*(?:{ADDRESS},?|[a-z]+,|[a-z]+(?=\s+(?:please|just)\b)|{_NAME}(?=\s+(?:stop|quit|pour|put|get|go|call|come|listen|give|hand|don't|dont)\b))\s+(?:please\s+|just\s+|now\s+)*"
    rf"(?:(?:don't|dont|do not|never)\s+)?(?P<ev>{BASE_VERBS})\b(?! (?:you|u|i|we|he|she|they|it's|its)\b)"
)

_REPORTED = re.compile(
    r"^(?:(?:so|and|but|ok|okay|yeah|mm+|right|well|oh),?\s+)*(?:(?:it |that )?(?:sounds?|seems?|feels?|looks?) like|"
    r"(?:you|u) (?:feel|felt|think|thought|believe|said|say|told|mean|wish|wonder|worry|fear|hate|know|guess|sense|suspect)\b|"
    r"(?:you're|you are|ur) (?:saying|telling|worried|afraid|scared|frustrated|angry|upset|tired|sick|sure|hoping|thinking|wondering|feeling|starting to|beginning to)\b|"
    r"part of (?:you|u)|in your eyes|from where you|when (?:you|u) say|(?:you|u) don't think|what i(?:'m| am)? hear(?:ing)?|"
    r"i hear (?:you|u)|i get (?:that|it)|i (?:can )?see (?:that|how|why)|i understand|everyone(?: keeps)? tell(?:s|ing)? you|"
    r"people (?:keep )?tell(?:ing)? you|(?:you've|you have) been told)"
)


# Their own view or words, attributed to them: what follows is theirs, not our advice.
THEIR_VIEW = re.compile(
    r"\b(?:part of (?:you|u)|(?:you|u) (?:feel|felt|think|thought|believe|said|say|told me|wish|wonder|know)|"
    r"(?:you're|you are|ur) (?:saying|telling me|thinking|wondering|feeling|hoping)|in your eyes|from where you|"
    r"(?:you|u) don't think|(?:everyone|people) (?:keeps? )?tell(?:s|ing)? you|you've been told|you keep hearing)\b"
)


def reported(said: Words) -> bool:
    """Framed as the person's own view or words ("part of you thinks you should..."): a reflection's frame."""
    return _REPORTED.search(said.text) is not None


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
        clause_start = max(before.rfind("."), before.rfind("?"), before.rfind("!")) + 1
        head = before[clause_start:]
        if _CONDITION.search(head) or _YOU_ACT.match(head.lstrip()):
            return (head + found.group(0)).strip()
        end = min((i for i in (after.find("."), after.find("?"), after.find("!")) if i != -1), default=len(after))
        if len(head.split()) <= 5 and _CONDITION_AFTER.search(after[:end]):
            return found.group(0) + after[:end]
    return None


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
REPORTABLE = frozenset({"blame", "disqualifying", "warning", "label_problem", "arguing"})

# --- forms that need what the person just said --------------------------------------------------

_ECHO_MARK = re.compile(
    r"(?:\?\?|\?!|!\?|\?{2,}|!{2,})\s*$|^(?:\w+\s+){0,4}\w+\s*[.,]?\s*(?:sure|right|yeah right|uh huh|ok)[.!]*$"
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


def mock_echo(text: str, client: str) -> str | None:
    """The person's own words thrown back with "??" or "sure": "not that bad??", "a couple. sure"."""
    if not client or text.count(" ") > 9 or not _ECHO_MARK.search(text):
        return None  # an echo is a few words
    words = [w for w in _WORD.findall(text) if w not in ("sure", "right", "yeah", "ok", "uh", "huh")]
    if not 0 < len(words) <= 5:
        return None
    heard = set(_WORD.findall(client))
    content = [w for w in words if w not in _SMALL]
    if content and all(w in heard for w in content):
        return text
    return None


_COUNTER = re.compile(
    r"\b(?:you|u|ur|you're|you'd|you've|youve)\b[^.?!]{0,30}\b(?:were|was|had|'d|finished|nodded|fell|drove|lost|missed|spent|screamed|rang|said that|"
    r"promised|did|took|used|smoke|drink|snort|counted|ended up|passed out|crashed|wrote off|owe|slurring|asleep)\b"
    r"|\b(?:\d+|eleven|twelve|twenty|third|fourth|half a|every|empty|recycling|receipts|counted|found|saw|keep count|not with|not the one|and now|"
    r"lol|lmao|sure|right|the pope|in my day|interesting|amazing|wow|still|two|three|four|five|six|seven|eight|nine|ten|literally|"
    r"on my money|my money|i pay|i paid|i'm paying|went over this|not everyone|not everybody|not all)\b|\?\?|!!|\bnot ['\"]"
)
_ECHO_HEAD = re.compile(
    r"^(?:(?:oh|yeah|ah|mm|hmm|so|well|right),?\s+)?(?P<echo>[a-z0-9' -]{1,40}?)(?P<mark>[.,!?]+\s*|\s+(?=(?:and|but|lol|sure|right|not)\b))"
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
    if _PERSON.search(echo):
        return None  # "you're a great mum": a statement, not their words thrown back
    words = [w for w in _WORD.findall(echo) if w not in _SMALL]
    heard = {w for w in _WORD.findall(client) if w not in _SMALL}
    if not words or len(echo.split()) > 6 or not all(w in heard or w.rstrip("s") in heard for w in words):
        return None
    rest = text[head.end() :]
    if (
        not rest.strip()
        or _REFLECTIVE_REST.match(rest)
        or ((_EVOKING.search(rest) or "?" in rest) and "??" not in rest)
    ):
        return None
    if "??" in head.group("mark") or "?!" in head.group("mark") or _COUNTER.search(rest):
        return echo
    return None


_NO_SHORT_HEAD = re.compile(r"[^.,!?]{46}")
_PERSON = re.compile(r"\b(?:you|u|you're|ur|your|i|i'm|we|we're|he|she|they)\b")
# "a five, and not a two. what makes it a five?": a scaling question, not an argument.
_EVOKING = re.compile(r"\b(?:what|how)\b[^.?!]*\?")
_REFLECTIVE_REST = re.compile(
    r"^(?:and )?(?:it sounds|sounds|that's (?:important|a big|hard|huge|real|really)|it's (?:hard|important)|so you|you're (?:saying|worried|feeling)|"
    r"that (?:must|matters|took)|what|how|tell me)\b"
)


def contradicts(text: str, client: str) -> str | None:
    """The person's own claim turned round: they say "I'm not hurting anybody", the reply says
    "you're hurting me". The same word fills the predicate right after the subject in both, with
    the opposite polarity, said as a short fact (not as their view, a question, or a feeling)."""
    if not client or text.endswith("?") or not text.startswith(_SUBJECTS) or text.count(" ") > 11:
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
