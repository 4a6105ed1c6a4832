"""Confronting in the forms a frightened or angry relative uses, typed as they type them.

The classic wordings are in confronting.py; these rules name the *forms* (lower case, no commas,
run-ons): accusations, disqualifying, arguing, sarcasm, rhetorical questions, moralising,
comparing. forms.py reads them (forms.confronting).
"""

from __future__ import annotations

from dialogue.codes import Code, Roadblock
from dialogue.coding.rules import Rule, table
from dialogue.coding.tables.confronting import LABELS

R = Roadblock
C = Code

WRONGS = (
    r"(?:lied|lie to|stole|steal|hid|hidden|pawned|pawn|ruined|ruin|wrecked|wreck|destroyed|destroy|embarrassed|humiliated|betrayed|"
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
        r"|\bwatch me\b|\b(?:i'll|ill|i will|i'm going to|im gonna) (?:\w+ ){0,2}(?:tell|telling|call|calling|report|reporting|inform|ring|email|text)\b"
        r"(?=[^.?!]*\b(?:court|judge|po|probation|parole|boss|work|school|principal|police|cops|sheriff|social services|cps|dcfs|social worker|caseworker|case worker|keyworker|the social|"
        r"your (?:mother|mom|mum|dad|father|wife|husband|sponsor|doctor|employer|landlord|counsell?or))\b)"
        r"(?=[^.?!]*\b(?:you|u|ur|your|myself|exactly|everything|what)\b)",
        R.WARNING,
    ),
    # --- warnings: what will happen to them ---------------------------------------------------
    Rule(
        "warning",
        C.CO,
        r"(?<!did )(?<!do )(?<!does )(?<!have )\b(?:you|u)(?:'ll| will|ll|'re going to|'re gonna| are going to| r gonna| re gonna| going to| gonna)? "
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
        r"|^(?:(?:no|nope|nah),? )+(?:you|u|it|that|he|she|they) (?:don't|didn't|aren't|isn't|wasn't|weren't|do|did|are|is|was|were|can't|won't)\b(?! (?:have to|need to|need|owe|deserve|gotta|got to)\b)"
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
    # a fifth round (authors kk: the non-adherence that sounds kind; ll: replies typed in a hurry
    # straight back at what was just said): a denial with a tag, a habit of lying named, the
    # times it failed counted, the chance never given, what they would not be but for it, the
    # problem named by what "most people would call" it, "i'm not sure that's true", "... but ok"
    Rule(
        "disqualifying",
        C.CO,
        r"^(?:(?:no|nah|well|but)\b,? )?(?:you|u) (?:don't|dont|do not|didn't|didnt|aren't|arent|haven't|havent|can't|cant|won't|wont|wouldn't|wouldnt|weren't|werent|wasn't|wasnt) (?:though|tho)\b"
        r"|\b(?:you|u) (?:keep|kept|always|constantly) (?:lying|lie|lied|stealing|steal|breaking (?:your|ur) promises?)\b"
        r"|\b(?:didn't|didnt|did not|never|doesn't|doesnt) work(?:ed)? (?:the )?(?:last|other) (?:\d+|two|three|four|five|six|few|couple of|hundred|million) times\b"
        r"|\b(?:you|u) (?:didn't|didnt|never|haven't|havent|did not|have not) (?:really |even |properly |honestly )?(?:give|gave|given|tried|try) (?:it|them|him|her|that|this|the \w+|(?:your|ur) \w+) (?:a )?(?:proper |real |fair |decent |good )?(?:chance|go|try|shot)\b"
        r"|\b(?:you|u) (?:probably |definitely |certainly )?(?:wouldn't|wouldnt|would not) be (?:\w+ ){1,4}if (?:you|u|you'd|u'd|the (?:drinking|drugs|using|gambling|pills|booze))\b"
        r"|\b(?:you|u)(?:'ve|ve| have)? (?:always|never not) (?:got |have |had )?(?:an|a|some) (?:excuse|story)\b|\bthere'?s always (?:a|an|some) (?:reason|excuse|story)\b"
        r"|\b(?:you|u) (?:haven't|havent|have not|never|hasn't) (?:sorted|fixed|done|finished|managed|stuck to|kept|solved) (?:anything|a thing|one thing|nothing|a single thing)\b",
        R.JUDGING,
    ),
    Rule(
        "arguing",
        C.CO,
        r"\b(?:i'm|im|i am) not (?:so |too |really )?sure (?:that's|thats|that is|it's|its|it is) (?:true|right|the case|how it (?:went|was|is))\b"
        r"|\b(?:i don't|i dont|i do not) think (?:it's|its|it is) (?:really )?(?:your|ur|the) \w+ (?:that's|thats|that is|who's|whos|who is) the (?:real )?(?:problem|issue)\b"
        r"|\bit'?s not (?:really )?(?:your|ur|the) \w+ (?:that's|thats|that is|who's|whos) the (?:real )?(?:problem|issue)\b"
        r"|\b(?:is|are|'s|'re|am) not (?:exaggerating|overreacting|being dramatic|making (?:it|this|that) up)\b"
        r"|\b(?:i'm|im|i am) not the one (?:who|that|whos|who's)\b(?! (?:has to|gets to|decides|can decide)\b)"
        # counter-evidence thrown back: "...so clearly not", "they clearly are.", "not fine", "not when ..."
        r"|\bso (?:clearly|obviously|evidently) not\b|\b(?:they|it|you|u|he|she) (?:clearly|obviously) (?:are|is|do|does|did|were|was|have|has)\s*(?:[.!]+\s*|,|$)"
        r"|(?:^|[.!]\s+)(?:not|isn't|isnt|not really) (?:fine|ok|okay|normal|nothing)[.!]*$|^not when (?:you|u|ur|your)\b"
        r"|\bhow (?:is|was|are) (?:that|this|it) not\b|\bthat makes it (?:fine|ok|okay|alright|all right|better)(?: then| does it| is it|\?)"
        r"|\b(?:you|u) (?:got|were|did|took|crashed|lost|stole|said|had|drove|hit|broke)\b[^.?!]*,? remember\s*\?",
        R.JUDGING,
    ),
    Rule(
        "comparing",
        C.CO,
        r"\bthe rest of us (?:don't|dont|do not|manage|cope|get by|have to|just|can|somehow)\b",
        R.SHAMING,
    ),
    Rule(
        "moralising",
        C.CO,
        r"\bthink (?:about )?(?:how|what) (?:your|ur) (?:\w+ )?\w+ (?:would|will|must|'d|might) (?:feel|think|say)\b",
        R.MORALISING,
    ),
    # a sixth round (authors nn: non-adherence without its keywords; oo: trainees in MI's clothes):
    # agreement that turns on them, a story of someone who said the same, the failures counted
    Rule(
        "sarcasm",
        C.CO,
        r"^(?:(?:yes|yeah|no|oh|mm|well)[,.]?\s+)?(?:totally|absolutely|clearly|of course|sure|agreed|fair enough|you're right|youre right|ur right|you are right)[,.]?\s+"
        r"(?:(?:that's|thats|that is) why|apart from|except (?:for )?|so about|for a (?:\w+ )?(?:man|woman|lad|girl|person) who|(?:and )?(?:it's|its) my)\b",
        R.SHAMING,
    ),
    Rule(
        "warning",
        C.CO,
        r"(?:\b(?:(?:your|ur|my|our) (?:\w+ )?\w+|\w+'s (?:lad|son|daughter|husband|wife|mate|boy|girl)|(?:that's|thats|that is) what \w+|the last (?:man|woman|person|lad|guy|girl|client|patient|bloke) (?:who|that)|(?:i had )?another (?:client|patient|lad|bloke) who)\b"
        r"[^.?!]{0,12}\b(?:said|thought|told me|says|say) (?:that|exactly that|the same|just \w+|so)\b|\b(?:that's|thats|that is) what \w+(?: \w+)? (?:said|thought|told me|says)\b)"
        r"(?=[^?]*\b(?:dead|died|didn't see|didnt see|buried|funeral|heart attack|seizure|psych ward|hospital|icu|a&e|a and e|prison|jail|overdos\w*|ambulance|found (?:her|him)|no teeth|didn't make it|didnt make it|until the one|in the bath)\b)",
        R.WARNING,
    ),
    Rule(
        "disqualifying",
        C.CO,
        r"\b(?:that's|thats|that is) the (?:second|third|fourth|forth|fifth|sixth|seventh|tenth|hundredth|\d+(?:st|nd|rd|th)) (?:time|one|promise|\"?for real\"?)\b"
        r"|\babout (?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred) times now\b"
        r"|\b(?:you've|youve|you have|you|u) (?:told|promised|said|sworn)\b[^.?!]{0,30}\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred|a million) times\b",
        R.JUDGING,
    ),
    # ... and the trainee's sting inside MI's words
    Rule(
        "moralising",
        C.CO,
        r"\bso (?:you've|youve|you have) decided to (?:keep )?(?:risk|risking|hurt|hurting|choose|choosing|put|putting|throw|throwing|let|letting)\b"
        r"|\bchoos(?:e|es|ing) (?:the |your |ur )?\w+ over (?:your|ur) (?:kids|children|family|wife|husband|son|daughter|job|health)\b"
        r"|\b(?:it's not|its not|it is not|it isn't|it isnt) (?:your|ur) (?:\w+'?s? )?job to\b|\b(?:selfish|childish|lazy|immature|pathetic|cowardly) way to\b"
        r"|\b(?:you|u) (?:don't|dont|do not) get to be (?:angry|upset|mad|hurt|annoyed|the victim)\b|\bbecame (?:everybody's|everyone's|my|our) business when\b",
        R.MORALISING,
    ),
    Rule(
        "label_problem",
        C.CO,
        r"\b(?:addictive thinking|the addiction|the disease|your addiction|ur addiction) (?:is )?(?:speaking|talking)\b"
        r"|\b(?:every|all|most) (?:addicts?|alcoholics?|drinkers?|users?|gamblers?|one with (?:a|an) (?:dependency|addiction|problem))\b[^.?!]{0,30}\b(?:says?|said) (?:that|exactly that|the same)\b"
        r"|\bi know (?:your|ur) type\b|(?<!not )\b(?:you're|you are|ur|youre) (?:an? )?(?!recovering\b|former\b|ex\b)(?:\w+ )?(?:addict|alcoholic|junkie|druggie)\b"
        r"|\b(?:which|that) is called\b|(?:^|[.!]\s+)(?:that's|thats|that is) (?:a|the) problem[.!]*$|\bdeep down (?:you|u) know\b"
        r"|\b(?:that's|thats|that is) (?:just )?not what the (?:research|evidence|science|data|studies) (?:says|say|shows|show)\b",
        R.SHAMING,
    ),
    Rule(
        "warning",
        C.CO,
        r"\b(?:i'll|ill|i will) (?:have to )?(?:note|put|write|include|record|mention) (?:that|this|it) in (?:my|the) (?:report|notes|letter)\b(?=[^.?!]*\b(?:probation|court|judge|parole|social|caseworker|officer)\b)"
        r"|\b(?:won't|wont|will not|aren't|are not|isn't|is not) (?:be )?(?:covering|paying|lending|giving|funding)\b[^.?!]*\b(?:your|ur|you|u)\b[^.?!]*\b(?:anymore|any more|again)\b"
        r"|\bif (?:you|u) (?:don't|dont|do not|won't|wont)\b[^.?!]*\b(?:is|are|'s|'re|am|i'm|we're) done with (?:you|u)\b",
        R.WARNING,
    ),
    Rule(
        "sarcasm",
        C.CO,
        r"\bhow'?s (?:that|handling it|that working|it) (?:going|working out) for (?:your|ur|you|u)\b|^with what\?+"
        r"|\bif this is \w+ing,? (?:i'd|id|i would) hate to see\b|^like (?:you|u) (?:did|promised|paid|were|meant) (?:[\w']+ ){0,6}[\w']+\?|\b(?:heard it|heard that one)(?: before)?[.!]*$"
        r"|\b(?:told|tells) (?:me )?a (?:very )?different story\b",
        R.SHAMING,
    ),
    Rule(
        "blame",
        C.CO,
        r"\b(?:you|u) (?:threw|have thrown|just threw) (?:it all|everything|all that|all of it) away\b|\b(?:i|we) (?:wouldn't|wouldnt|would not) have to (?:\w+ ){1,2}if (?:you|u)\b"
        r"|\bwouldn't be \w+ if (?:you|u) (?:hadn't|hadnt|had not|didn't|didnt)\b|\b(?:you're|youre|ur|you are) the one (?:who's|whos|who has|who is|that's) (?:been )?(?:pushing|lying|hiding|stealing|drinking|using|causing|making|hurting)\b",
        R.JUDGING,
    ),
    Rule(
        "label_problem",
        C.CO,
        r"\bwhat (?:we'd|we would|i'd|i would|most people(?: would)?|anyone(?: would)?|they(?: would)?|doctors(?: would)?) call (?:an? )?(?:drinking problem|drug problem|gambling problem|addiction|alcoholi\w+|addict|problem|dependence)\b"
        r"|\bthat'?s what (?:a|an) (?:junkie|addict|alcoholic|drunk|druggie|liar|gambler|crackhead|pisshead) (?:is|does|looks like)\b",
        R.SHAMING,
    ),
    Rule(
        "label",
        C.CO,
        r"\b(?:you're|youre|ur|you are|u r) being (?:a bit |so |really |very |quite |too |a little )?(?:dramatic|over-?dramatic|silly|ridiculous|paranoid|childish|selfish|stupid|daft|hysterical|pathetic|difficult|unreasonable|a baby|a drama queen)\b",
        R.SHAMING,
    ),
    Rule(
        "warning",
        C.CO,
        r"\bor (?:you're|youre|ur|you are|u r) not (?:\w+ing|welcome|coming|allowed)\b|\b(?:end up|wind up) back (?:in|on|inside|before|in front of)\b"
        r"|\b(?:you|u) (?:do|drink|use|bring|touch|take|pull|try) (?:\w+ ){0,5}again,? and (?:i'm|im|i am|i'll|ill|we're|were|we'll) (?:taking|leaving|calling|done|gone|out|changing|ringing|phoning|telling)\b"
        r"|\b(?:you|u) (?:go|walk|leave|drink|use|come) (?:\w+ ){0,4}and (?:the locks|your bags|ur bags|your stuff|ur stuff|your things|ur things) (?:are |is |will be |get |'re |re )?(?:changed|out|gone|packed|on the (?:step|street|lawn|doorstep|drive))\b"
        r"|\blook (?:at )?what happened to\b|\b(?:you'll|youll|you will|u will|ull|you'd|you would) be (?:back )?(?:using|drinking|at it|on it|gambling|in the bookies)(?: again)? (?:within|inside|in|by)\b",
        R.WARNING,
    ),
    Rule(
        "dismissing",
        C.CO,
        r"\bthere'?s nothing to (?:think about|discuss|talk about|decide|think over)\b|[,.]? ?\bbut (?:ok|okay|sure|whatever|fine)[.!]*$"
        r"|(?:^(?:oh )?|[.?!,]\s*)(?:c'?mon|come on)(?:,? (?:dad|mum|mom|mate|son|now|seriously|man|love|darling|babe|hun|bro|sis))?[.!?]*$",
        R.JUDGING,
    ),
    Rule(
        # not a view of theirs reported back ("you said you never get a break"): their promises counted
        "broken_promises",
        C.CO,
        r"\b(?:you've|youve|you have|you|u) (?:been )?(?:said|promised|saying|promising|say) (?:that|this|it)\b[^.?!]*\b(?:every \w+|before|last time|last (?:week|month|year|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas)|times|a hundred|a million|and in|too|since \w+|(?:at|for|in|on) (?:\w+ )?(?:christmas|easter|thanksgiving|graduation|birthday|wedding|new year|january|february|march|april|may|june|july|august|september|october|november|december|\d{4}))\b"
        r"|\bis what (?:you|u) said (?:in|at|on|last|about)\b"
        r"|\b(?:you|u) (?:were|was) (?:gonna|going to) \w+[^.?!]*\b(?:last|other) (?:\d+|two|three|four|five|few) times\b",
        R.JUDGING,
    ),
    Rule(
        "comparing",
        C.CO,
        r"\b(?:your|ur) (?:\w+ )?(?:brother|sister|cousin|dad|father|mum|mom|mother|grandad|grandpa|grandma|nan|friend|mate|twin|uncle|aunt|wife|husband)\b(?: \w+)?"
        r"[^.?!]*\b(?:managed|did it|quit|stopped|gave up|got clean|got sober|is a|is now|'s a|'s now|was worse|has been sober|never needed|got a first|without (?:snorting|drinking|using)|(?:he|she)(?:'s| is) (?:a |an )?\w+ now)\b"
        r"|\b(?:tom next door|other people'?s? \w+|everyone else|the others|other people in your group)\b[^.?!]*\b(?:come home|manage|have (?:ninety|\d+) days|don't need|get by|sober)\b"
        r"|\ba (?:real|good|proper|decent) (?:man|woman|mother|mum|mom|father|dad|parent|son|daughter|wife|husband)\b[^.?!]*\b(?:doesn't|does not|wouldn't|would not|provides|takes care|doesn't hide|looks after|puts)\b"
        r"|^(?:good|real|decent|normal|responsible|proper) (?:people|men|women|parents|fathers|mothers|dads|mums|moms) (?:don't|do not|dont|wouldn't|would never|never|look after|take care)\b"
        r"|\b(?:grandad|grandpa|grandfather|gran|grandma|nan|nana|father|mother|dad|mum|mom)\b (?:would (?:be (?:so )?(?:ashamed|disgusted|disappointed|heartbroken)|turn in (?:his|her) grave))\b"
        r"|\b(?:you|u) stopped (?:acting|being|behaving) like a\b|\bexactly what (?:you|u) are\b"
        r"|^a (?:real|good|proper|decent) (?:man|woman|mother|mum|mom|father|dad|parent|son|daughter|wife|husband) \w+s\b|^nobody \w+s the right to\b"
        r"|\b(?:you|u)(?:'ve|ve| have) got a duty\b|\b(?:he|she)(?:'d|d| would) be (?:heartbroken|ashamed|disgusted|devastated) (?:seeing|to see) (?:you|u)\b"
        r"|\b(?:god|the lord|our lady|jesus) (?:sees|knows|is watching)\b"
        r"|\b(?:then )?act like (?:one|a (?:mother|father|parent|man|grown|adult|grown-up))\b|\bsome of us have (?:pride|jobs|standards|kids)\b"
        r"|\b(?:exactly|just) like (?:your|ur) (?:dad|father|mum|mom|mother|uncle|brother|sister|ex|grandad|cousin)\b|\bsame (?:look|thing|way|face) (?:your|ur) \w+ (?:had|did|went|used)\b"
        r"|\b(?:you're|you are|ur) (?:just|exactly) like (?:them|him|her|the rest)\b|\bthat's what (?:your|ur) \w+(?: \w+)? used to say\b|\bmy ex used to say that\b",
        R.SHAMING,
    ),
    Rule(
        "label_problem",
        C.CO,
        r"\bmeets the criteria\b|\btextbook\b|\bclassic (?:sign|case|symptom|addict)\b|\bthat's (?:just )?the (?:disease|addiction|alcohol|drugs|drink|booze) talking\b"
        r"|(?<!said )(?<!said that )\b(?:you're|you are|ur|youre) (?:(?!not\b)\w+ )?(?:dependent|depressed|bipolar|an? \w+holic|self[- ]medicating)\b(?![^.?!]*\b(?:feel|worried|scared|afraid|think)\b)"
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
        r"|\bby the time (?:you're|youre|ur|you are) ready\b|\bone (?:morning|night|day) (?:you|u) (?:won't|wont|will not) wake up\b"
        r"|\b(?:put|send|drive) me (?:in|to|into) my grave\b|\bwhether (?:you|u) like it or not\b"
        r"|\b(?:will|'ll) (?:hear|know|find out) (?:what (?:you|u) did|about (?:this|it|you|u))\b"
        r"|(?<!like )(?<!feel )(?<!worried )(?<!afraid )\b(?:you're|youre|ur|you are) running out of (?:chances|people)\b|\b(?:you'll|youll|you will) be next\b"
        r"|\bthe last (?:favour|favor|chance) (?:you get|you'll get|i'll give)\b|\bwatch (?:you|u) (?:lose|destroy|kill|ruin|throw away)\b|\bgoing (?:exactly )?the way (?:your|ur) \w+ went\b|\bwe all know how (?:he|she|that|it) ended\b",
        R.WARNING,
    ),
    Rule(
        "rhetorical",
        C.CO,
        r"\bdo (?:you|u) (?:even )?(?:hear yourself|love|care|know what it's like)\b|\bdo the math\b|\bshall i (?:ring|call|alert|throw|bake|get)\b(?![^.?!]*\bwith (?:you|u)\b)"
        r"|\bis that what (?:you|u) call\b|\band (?:you|u) think\b[^?]*\b(?:won't|will|wouldn't|would)\b|\bwhat (?:did|do) (?:you|u) expect\b|\bwhose fault\b"
        r"|\bhow can (?:you|u) (?:sit there|say that|look me)\b|\b(?:gee,? )?i wonder why[.!?]*$|\bwhy would i (?:trust|believe)\b|\bname one reason\b"
        r"|\bwith what money\b|^then who\b|\bso what\?\?|\bwhat would (?:you|u) call it\b|\bwhat'?s different about (?:you|u)\b"
        r"|^then why (?:is|are|was|were) there\b|\bsince when (?:is|are|was|does|do|did|has|have)\b|\band what was the excuse\b|\bfrom what to what\b|^like what\?|\bare (?:you|u) trying to (?:put|kill|send|drive) (?:your|ur|me|us)\b",
        R.JUDGING,
    ),
    Rule(
        "sarcasm",
        C.CO,
        r"\b(?:of )?course (?:you|u) (?:did|do|are|will|would|can|have|were)\b(?![^.?!]*\b(?:your (?:life|choice|call|decision)|up to you)\b)|\band (?:i'm|im|i am) the pope\b|\bwow,? congrats on\b|\binteresting definition\b"
        r"|\bcool cool\b|\bso the hangover\b|\bun ?be ?lievable\b|\bjust wow\b|\b(?:i'm|im) not even surprised\b|\bah will (?:you|u)\b|\blike (?:you|u) won back\b"
        r"|\bdid (?:you|u) really[,?]|\bor did (?:you|u)\b[^.?!]*\bagain\b|^(?:yeah|yea|ya|oh),? sure\b(?=[^.?!]*\b(?:never|nothing|always|ever|because|cause)\b)"
        r"|^oh\b[^.?!]{0,20}\b(?:that's|thats) (?:alright|all right|ok|okay|fine) then\b|\b(?:he|she) says, \w+ing\b"
        r"|^(?:funny|interesting|convenient),? (?:how|it was|it's|its)\b|^must be nice\b"
        r"|^(?:\w+ ){0,4}(?:what|where|who)(?: exactly)?[,?.] (?:the |a |your |ur )?\w+(?: \w+){0,5}\?+$|\balert the (?:newspapers|press|media)\b"
        r"|\bsaid (?:everyone|every \w+|nobody) (?:in|at|on)\b|\bwas it the (?:fairies|tooth fairy|cat|dog|ghost)\b|\bthe tooth fairy\b|^funny,? because\b"
        r"|^shame (?:\w+ )?(?:didn't|didnt|couldn't|wasn't)\b|\bcall it whatever (?:you|u) (?:like|want)\b|\bfar too good for\b|\btoo good for (?:help|us|that|meetings|rehab|aa|na)\b|\bthe magic date\b|\b(?:you|u) want to \w+ like i want to\b|\band (?:i'm|im) (?:not )?supposed to\b[^?]*\?\?",
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
        r"|\bbut (?:you|u) carry on\b|\bmaybe (?:cause|because|coz|cos|cuz) (?:you|u) (?:\w+ )?(?:pawned|stole|lied|took|spent|crashed|wrecked|broke|sold|missed)\b|\bnobody (?:forced|made|told|asked) (?:you|u) to (?:\w+ ){0,3}(?:keep|buy|drink|use|take|steal|lie|go back|start|smoke)\b"
        r"|\b(?:your|ur|the) (?:doctor|gp|dr) (?:didn't|didnt|did not|never) (?:tell|say|prescribe)\b|\b(?:you|u) chose (?:this|it|that|drugs|the bottle|them)(?=[,.!]|\s*$| every| over| again)"
        r"|(?<!part of )\b(?:you|u) never (?:really )?wanted (?:to|it|help)\b|\b(?:you|u) had (?:\w+ ){1,2}(?:years|months|weeks|chances) to\b"
        r"|\bif (?:you|u)(?:'d| had| would have|d)\b[^.?!]{0,40}\b(?:you|u)(?:'d|d| would)(?:n't|nt| not)? (?:have|be)\b"
        r"|\bif (?:you|u) really wanted to\b[^.?!]*\b(?:you'd|youd|you would|u would|ud)\b|\bmaybe (?:that'll|thatll|that will|this will|it'll) (?:make|teach|get) (?:you|u)\b"
        r"|\b(?:that's|thats|it's|its) (?:just )?(?:your|ur|an|another) excuse\b|\byour poor (?:mother|father|mum|mom|dad|wife|husband|kids|children|gran|nan|grandma)\b",
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
        r"|(?:^|[.,] )(?:so )?(?:selfish|pathetic|typical|disgusting|shameful|classic)[.!]*$|\bwe(?:'ve| have) (?:been|gone) over this\b|\bwe literally went over\b"
        r"|\b(?P<same>\w{3,}) (?:is|are) (?P=same)\b(?!,? (?:not|and))|\b(?P<notsame>\w{4,})\w*\b[^.?!]{0,40}\b(?:isn't|isnt|is not|aint|ain't) (?P=notsame)\b"
        r"|, (?:that's|thats) why[.!]*$|\b(?:that's|thats) what (?:you|u) said (?:in|last|about|before|when|at|the night|the day|the week|then)\b|\bsaid the (?:exact )?same thing\b"
        r"|\bi'?ll believe (?:it|that|you) when\b|\bsee how long (?:this|that|it) (?:one )?lasts\b|\bpeople who say that\b"
        r"|\b(?:everyone|they all|every \w+)\b(?: \w+){0,3} said (?:exactly )?that\b|\b(?:you|u) (?:haven't|havent|have not) been honest\b"
        r"|\blet'?s be real\b[^.?!]*\b(?:half|most|all) of (?:that|it) is\b|\bwhere did (?:the|all the|my|our) money go\b"
        r"|\bwould (?:you|u) (?:leave|trust|let)\b[^.?!]*\bsomeone who\b|\bwish (?:you|u) loved (?:us|me|them) more than\b",
        R.JUDGING,
    ),
    # --- more forms (2026-12-07 evening) ------------------------------------------------------
    Rule(
        "threat",
        C.CO,
        # a deadline with a consequence: "you've got till tonight to tell her, then i will"
        r"\b(?:you've|you have|youve|you|u|u've|uve)? ?(?:got|have) (?:till|until|'til|til) (?:\w+ ){1,2}to\b"
        r"|\b(?:you're|youre|ur|you are) not (?:setting foot|coming|staying|sleeping) (?:in|into|under|back|here)\b(?=[^.?!]*\bif\b)|\bif (?:you|u) (?:have|has|did|are)\b[^.?!]*\b(?:you're|youre|ur|you are) not (?:setting foot|coming|staying|sleeping)\b",
        R.WARNING,
    ),
    Rule(
        "disqualifying",
        C.CO,
        r"\bif (?:you|u) (?:actually|really|truly|honestly|even) (?:cared|loved|wanted|meant)\b|\bif (?:you|u) (?:cared|loved|wanted)\b[^.?!]{0,40}\b(?:you'd|ud|you would|u would)\b"
        r"|\b(?:you've|you have|youve|uve|u've|you|u) never (?:once |actually |really |ever )?(?:had just|managed|been able|stopped at|kept|stuck|had one)\b",
        R.JUDGING,
    ),
    Rule(
        "blame",
        C.CO,
        r"\b(?:you're|youre|ur|you are) (?:literally |actually )?the one (?:who|that) (?:didn't|didnt|never|keeps|kept|started|lied|stole|drank|used|left|wouldn't|won't|"
        r"overdosed|od'd|crashed|got (?:arrested|fired|caught|kicked out)|took|spent|hid|broke|missed|ruined|wrecked)\b"
        r"|\b(?:you|u) (?:stood|sat) (?:there|here) and (?:lied|looked me in the eye)\b|\b(?:cos|cause|coz|cuz) of (?:u|you)\b"
        r"|\bbecause (?:you|u) (?:chose|decided|wanted) to\b"
        r"|\b(?:you're|you are|youre|ur|u r) (?:hurting|killing|destroying|ruining|breaking|failing) (?:the kids|us|me|everyone|everybody|this family|"
        r"(?:your|ur) (?:mother|mum|mom|father|dad|kids|children|family|wife|husband|daughter|son|brother|sister|nan|gran))\b",
        R.JUDGING,
    ),
    Rule(
        "warning",
        C.CO,
        r"\b(?:you're|ur|you are|you'll|ull|u'll|you will) (?:going to |gonna )?(?:have a heart attack|get fired|be buying|fall down|wrap (?:your|ur) car|kill someone|get arrested)\b"
        r"|\bkeep (?:going|doing|using|drinking)(?: it)?(?: like (?:this|that))? and (?:you|u)(?:'ll| will|'re going to| won't| wont| will not| are gonna|'re gonna)\b"
        r"|\b(?:your|ur) (?:kids|children|son|daughter|wife|husband|family|mother|mum|mom|dad|father) deserves? (?:a |an |better|more)\b"
        r"|\b(?:you'll|you will|youll|u'll|ull|u will) (?:be (?:dead|sorry|the loser|the one (?:who|that))|lose (?:that|your|ur|the) "
        r"(?:job|kids|house|licen[cs]e|custody|flat|family|marriage|wife|husband|teeth|liver|place))\b"
        r"|\b(?:won't|wont|will not|not gonna|not going to) make it (?:to|past) (?:\d+|thirty|forty|fifty|sixty)\b",
        R.WARNING,
    ),
    Rule(
        "arguing",
        C.CO,
        r"^(?:\w+ing)\b[^.?!]{0,40}\b(?:(?:isn't|is not|won't|will not|ain't) (?:going to |gonna )?(?:get (?:you|u)|fix|help|solve|change|make)|keeps? (?:you|u))\b"
        r"|^(?:no|nah|nope),? (?:you're|ur|youre|you are|you|u) (?:not|don't|dont|didn't|didnt|aren't|can't|won't|wouldn't|haven't|havent|weren't|wasn't)\b(?! (?:have to|need to|need|owe|deserve|gotta|got to)\b)"
        r"|^(?:you're|ur|youre|you are|you've got to be|you have got to be|you gotta be|u gotta be) (?:kidding|joking|having a laugh)\b"
        r"|\blet's not (?:pretend|kid ourselves)\b|\bwhat else would (?:you|u) call (?:it|that)\b|\bso which is it\b"
        r"|(?<!not )(?<!n't )\b(?:is|are|'s|that's|thats|it's|its) (?:just |only )?(?:an? )?(?:excuse|excuses|cop-out|cop out)\b"
        r"|^(?:(?:and|but|so|well|no),? )?(?:that's|thats|that is|that was|it's|its|it is) not (?:really |exactly )?(?:fine|ok|okay|true|the case|normal|that much|that bad|under control|giving (?:it|them|him|her) a chance)\b"
        r"|^nothing(?:'s| is) (?:under control|fine|ok|okay)\b"
        r"|\bsays who\b|\bthat'?s (?:literally |exactly )?what (?:every \w+|everyone|everybody|they all) says?\b|\bis (?:called )?(?:stealing|theft|lying)\b"
        r"|\b(?:your|ur) (?:own )?way (?:hasn't|hasnt|has not|didn't|didnt|never) work|^(?:\w+ing|luck|stress|work)\b[^.?!]{0,40}\b(?:doesn't|does not|don't|do not) (?:get (?:you|u) arrested|explain)\b|^(?:(?:ok|okay|look|come on),? )?let's be (?:honest|real)\b[,.:]? \w|\blet'?s be (?:honest|real)\b[,.:]? (?:it|that|you|u|ur)\b(?: (?:wasn't|wasnt|isn't|isnt|is|was|are|aren't|don't|dont|didn't|didnt))|\blet me stop (?:you|u) (?:there|right there)\b"
        r"|^(?:bollocks|bullshit|bs|rubbish|nonsense|codswallop|pull the other one|give over|away an bile yer heid)\b|\bcop on\b|\bwith whose money\b"
        r"|\bdo (?:you|u) (?:even )?(?:hear|listen to) (?:yourself|urself)\b|\bwhen exactly (?:are|r|is|were|do|will) (?:you|u)\b|\bthat'?s what every \w+ says\b"
        r"|\bdon'?t (?:you |u )?dare\b|\bother people (?:manage|can|do it|cope|stop|seem to)\b|\b(?:isn't|isnt|is not|ain't|aint) (?:really )?(?:trying|quitting|stopping|cutting down|an answer)\b"
        r"|\b(?:spare me|enough of|cut) the (?:poor me|excuses|sob story|drama|pity party)\b|\benough of the poor me\b"
        r"|^(?:you're|ur|youre|you are) (?:just )?(?:avoiding|deflecting|minimi[sz]ing|rationali[sz]ing|making excuses)\b|\bi(?:'m| am) curious why (?:you|u)\b"
        r"|^(?:(?:so|and|but) )?no,? (?:he|she|it|you|they|that) (?:did|does|is|was|were|are|do|have|has) not\b"
        r"|\b(?:is|are|was|does|do|did) (?:it|they|there|that|he|she|you) (?:really )?(?:though|tho)\??$"
        r"|\bis that what (?:they|you|people) (?:say|call it|tell you|think)(?: now)?\b",
        R.JUDGING,
    ),
    Rule(
        "sarcasm",
        C.CO,
        r"\b(?:which|that)(?:'s| is) (?:totally|completely|so|way) (?:different|fine|better|normal)\b|\btotally different,? right\b"
        r"|^(?:yeah|yea|sure)(?: (?:mate|right|ok|love|son|pal))?,? and (?:my|i'm|im|i am)\b|^(?:how |very |real )?convenient[.!]*$"
        r"|\bhow (?:stupid|dumb|thick|naive|gullible) do (?:you|u) think i am\b|\bdo i look (?:stupid|dumb|thick|like an idiot)\b"
        # stock put-downs and incredulity, as siblings and partners fire them off
        r"|^(?:ok(?:ay)? boomer|sure jan|here we go(?: again)?|heard (?:that|it) (?:all )?before|too little,? too late|yeah yeah)\b"
        r"|^whatever[.!]*$|^whatever,? (?:junkie|addict|drunk|loser|mate|dad|mum|mom)\b|[.!?] (?:cute|classy|real mature|very mature|ha|lmao)[.!]*$|^(?:cute|classy|real mature|very mature)[.!]*$"
        r"|\bnice (?:hobby|defence|defense|excuse|try)[.!]*$|\bwow,? what an? (?:defence|defense|excuse|argument|story)\b"
        r"|^[\w' ]{1,25}\? ?(?:really|seriously|come on)\?*$|^(?:seriously|really)\?{2,}$|^are (?:you|u) (?:for real|serious|kidding)(?: rn| right now)?\??$"
        r"|\bwith (?:your|ur) track record\b|\band if everyone (?:jumped|jumps) off a (?:bridge|cliff)\b|\bswear on what\b"
        r"|\b(?:it's|its) (?:her|his|their|my|the \w+'s) fault,? (?:huh|then|is it|right)\b|\bcan'?t believe (?:you're|ur|you are|youre) still (?:lying|drinking|using|doing)\b"
        r"|\bonly \w+,? (?:he|she|they) says\b|\b(?:for good|this time|never again)[.!]? again[.!]*$|^like (?:you|u) (?:sorted|fixed|handled|stopped|quit|managed)\b"
        r"|\bsorry (?:doesn't|doesnt|don't|won't|wont) (?:pay|fix|cut it|change|mend|undo|bring)\b|^then why (?:haven't|havent|don't|dont|didn't|didnt|won't|wont) (?:you|u)\b|^why\?{2,}$|^(?:ok(?:ay)?|so),? and\?+$"
        r"|\b(?:pretty|very|how|real|rather|awfully|mighty) convenient\b|\bbless (?:your|ur) (?:heart|cotton socks)\b|\bhope (?:it|that) was worth it\b"
        r"|^(?:sure|yeah sure|oh sure|yeah right|right)\b,? (?:you|u) (?:haven't|havent|didn't|didnt|weren't|werent|don't|dont|won't|wont|did|were|will|do)[.!]*$",
        R.SHAMING,
    ),
    Rule(
        "label_problem",
        C.CO,
        r"\b(?:you|u)(?:'re| are| r|re) (?:the (?:problem|issue)|the one with the problem)\b"
        r"|\b(?:you're|ur|you are|youre) (?:the|a|such a|an absolute|a total) (?:fuckup|fuck-up|screw-?up|disgrace|waste of space|joke)\b|\b(?:you're|ur|you are|youre) exactly like (?:them|him|her|those)\b"
        # clinical words used as a label: "you meet the criteria", "classic denial", "terminal uniqueness"
        r"|\b(?:you|u) meet (?:the )?criteria\b|\bclassic denial\b|\bterminal uniqueness\b|\bdefen[cs]e mechanism\b|\bmaladaptive\b"
        r"|\b(?:your|ur) denial\b|\b(?:you're|ur|you are) in the (?:pre-?)?contemplation stage\b|\bthat'?s a sign (?:you're|ur|you are) not ready\b",
        R.SHAMING,
    ),
    # a seventh round (authors pp: the jab after the kind words; qq: arguing back at the pushback, no
    # harsh word in it): "then why ...?", "when you're dead?", a bet they fail, "let's see if you make
    # it", promises and best efforts not worth much, "hardly cutting down", "another way of saying
    # never", "because that went so well", a parade, "shame about", "bit rich", thrown away, "the
    # whole problem with you", "any less of a", a consequence without "if", a report to the court
    Rule(
        "rhetorical",
        C.CO,
        r"^(?:(?:and|so|well|ok|okay|right),? )?then (?:why|how come) (?:does|do|did|is|are|was|were|have|has|would|'s|can|can't|cant)\b"
        r"|\b(?:when|once|after|till|until) (?:you're|youre|ur|you are|ure) (?:dead|in (?:a box|the ground|your grave)|six feet under)\?"
        r"|\bif (?:your|ur|all your|all ur|the) (?:\w+ )?(?:mates|friends|workmates|colleagues|pals|crew|lot) (?:jumped|jump) off (?:a|the) (?:bridge|cliff|roof)\b",
        R.JUDGING,
    ),
    Rule(
        "disqualifying",
        C.CO,
        r"\b(?:i )?bet (?:you|u)(?:'ll| will|ll)? (?:\w+ )?(?:lose|blow|mess|screw|drink|use|relapse|fail|quit|give up|be back|last|pack it in)\b"
        r"|\blet'?s see (?:if|how long|whether) (?:you|u) (?:\w+ ){0,3}?(?:make it|last|manage|stick|keep)\b|\blet'?s see (?:if|whether) (?:it|this|that) lasts\b|\blet'?s see how (?:\w+ )?(?:you|u) (?:are|feel|cope|manage)\b"
        r"|\b(?:your|ur) (?:promises?|word|sorrys?|apologies|excuses|best) (?:aren't|arent|isn't|isnt|are not|is not|ain't|aint) (?:worth|good enough|enough)\b"
        r"|\b(?:is|that's|thats|that is|it's|its) hardly (?:cutting|a |an |what|stopping|quitting|sober|clean|trying|fair|moderat|\w+ing\b)"
        r"|\b(?:just|only) (?:another|a) way of saying (?:never|no|later)\b|\bbecause (?:that|it)(?:'s| has)? (?:went|worked|gone|going) (?:so|really|real) well\b|\bthat worked (?:out )?so well\b"
        r"|\b(?:you|u) (?:threw|have thrown|just threw|chucked|binned|pissed) (?:away )?(?:\w+ ){1,3}(?:away )?for (?:one|a|1)\b"
        r"|\b(?:that's|thats|that is|there's|theres) (?:the (?:whole |real |main )?|exactly the )problem with (?:you|u)\b"
        r"|\b(?:doesn't|doesnt|does not|won't|wont) make (?:you|u) (?:any )?less (?:of )?an? \w+",
        R.JUDGING,
    ),
    Rule(
        "sarcasm",
        C.CO,
        r"\b(?:throw|give|get|buy|bake) (?:you|u) a (?:parade|medal|trophy|cake|gold star|party)\b|^shame about (?:the|all|your|ur)\b"
        r"|\b(?:bit|a bit|pretty|a little|rather) rich (?:coming from|from) (?:you|u)\b|^(?:a )?bit rich\b|^(?:how |very |pretty |real |really )?convenient,? (?:that|how|you|u|not|\w+ing)\b"
        r"|\b(?:and )?yet here we are(?: again)?\b|\b(?:pretty|quite|bit|very|kinda|rather) hard to (?:exaggerate|overreact|over-react|forget|miss|ignore|argue with|make up)\b"
        r"|\b(?:this|that)(?:'s| is) the thanks i get\b",
        R.SHAMING,
    ),
    Rule(
        "warning",
        C.CO,
        r"\b(?:you|u) (?:turn up|come|show up|come home|come round|roll in) (?:\w+ ){0,2}?(?:drunk|high|wasted|stoned|off your face|smashed|using|drinking) (?:again )?and (?:you|u)(?:'ll| will|ll)? (?:won't|wont|will not|never|can't|cant) (?:see|be|come|get)\b"
        r"|\bif (?:you|u) (?:won't|wont|will not|refuse to|don't|dont|do not|can't|cant)\b[^.?!]*?,? (?:then )?(?:you|u) (?:can't|cant|cannot|won't be able to) (?:stay|live|come (?:back|home|round)|see|have|keep|use|borrow|drive|sleep)\b"
        r"|\bi(?:'ll| will|ll) (?:be )?(?:writ(?:e|ing)|tell(?:ing)?|report(?:ing)?|put(?:ting)? (?:it )?in (?:my|the) report|let(?:ting)? (?:the )?(?:court|judge|probation|\w+ officer) know)\b[^.?!]*\b(?:you|u) (?:refused|didn't|did not|haven't|weren't|won't|wouldn't|failed)\b"
        r"|\bnot everyone (?:ends up|winds up|gets|lands)\b",
        R.WARNING,
    ),
    Rule(
        "blame",
        C.CO,
        r"\b(?:you|u) (?:never|always)\b[^.?!]*\b(?:that's|thats|that is) (?:the|your|ur) (?:whole |real |main )?problem\b"
        r"|\b(?:someone|somebody) (?:has|have|had|needs) to\b[^.?!]*\b(?:since|because|cos|as) (?:you|u)\b|\b(?:someone|somebody) (?:has|have|had|needs) to\b[^.?!]*\b(?:you|u) (?:clearly|obviously) (?:don't|dont|won't|wont|can't|cant|didn't|didnt)\b"
        r"|^(?:(?:well|no|yeah),? )?because (?:you|u) (?:lie|lied|drink|drank|use|used|steal|stole|disappear|disappeared|keep|kept|never|always)\b"
        r"|\b(?:your|ur|the) (?:\w+ )?(?:boss|manager|wife|husband|mum|mom|dad|girlfriend|boyfriend|mates|friends|job|stress|work|sister|brother|partner|teacher|doctor|ex|kids) "
        r"(?:didn't|didnt|did not|doesn't|doesnt|never) (?:pour|buy|make (?:you|u)|force|hold (?:you|u)|put|pay for|open|hand (?:you|u))\b",
        R.JUDGING,
    ),
    Rule(
        "arguing",
        C.CO,
        r"\bi(?:'d|d| would) (?:stop (?:nagging|asking|checking|going on|looking)|get off (?:your|ur) back|back off|leave (?:you|u) alone|trust (?:you|u)|believe (?:you|u))\b[^.?!]*\bif (?:you|u)\b"
        r"|\bi (?:wouldn't|wouldnt|would not) (?:have|need) to\b[^.?!]*\bif (?:you|u)\b(?! (?:want|wanted|like|liked|need|needed|asked)\b)"
        r"|\bi(?:'ll|ll| will) (?:lower|keep|stop|trust|believe|calm|quiet)\b[^.?!]{0,30}\bwhen (?:you|u) (?:keep|start|stop|tell|pay|get|quit)\b"
        r"|\bwe(?:'re| are|re) not (?:here to talk|talking|here to discuss) about (?:me|my|what i|your (?:mother|father|mum|mom|dad|brother|sister))\b"
        r"|\b(?:you're|ur|youre|you are) (?:just |only )?being (?:defensive|dramatic|difficult|childish|paranoid|ridiculous|silly|stubborn|selfish|touchy|precious|a baby)\b"
        r"|^an? (?:adult|grown (?:man|woman|up)|grown-up|real man|responsible (?:adult|person|parent)) (?:would|wouldn't|would not|doesn't|does not|pays|would be)\b"
        r"|\bsays? (?:something )?(?:very |completely |totally |quite )?(?:different|otherwise)\b(?![^.?!]*\b(?:feel|felt|hear|heard)\b)"
        r"|\b(?:doesn't|doesnt|does not|won't|wont) change (?:the )?(?:\w+ )?(?:results|facts|fact|truth|numbers|figures|readings)\b",
        R.JUDGING,
    ),
    Rule(
        "threat",
        C.CO,
        r"\b(?:your|ur) (?:stuff|things|bags|clothes|gear|belongings)\b[^.?!]{0,15}\b(?:will be|'ll be|are going|go|goes|going|be) (?:out )?(?:on|in|out on) (?:the )?(?:drive|driveway|street|lawn|doorstep|step|pavement|porch|bin|skip|kerb|curb)\b"
        r"|\b(?:while|as long as) (?:you|u) (?:live|are living|stay|sleep|are|eat) (?:under|in) (?:my|our|this) (?:roof|house|home)\b"
        r"|^then (?:you|u) can (?:\w+ )?(?:pay|sort|find|deal|manage|do|buy|cover|clean)\b[^.?!]*\b(?:on (?:your|ur) own|yourself|urself)\b",
        R.WARNING,
    ),
    # an eighth round (authors tt: trainees whose righting reflex hides inside MI's tools; ss: family
    # members with CRAFT's words and not its spirit): a reflection with a sting ("so basically you can't
    # ... without it", "so X is your excuse", "only here because you got caught"), a rating read as a
    # verdict, "what would it take for you to admit", the kids asked about to shame, "I'm just curious
    # why you keep", "I feel like you ...", "for once", "and you know it", "what you've turned into",
    # worry that foretells ("I'm worried you're going to end up dead"), a sorry that accuses
    Rule(
        "arguing",
        C.CO,
        r"\b(?:tells|shows) me (?:you|u) (?:haven't|havent|aren't|arent|don't|dont|didn't|didnt) (?:really |actually |even |yet )?(?!given up|stopped caring|lost (?:hope|heart)|quit|forgotten|gone anywhere)\w+"
        r"|\badmit (?:this is|it's|its|that (?:you|u) (?:have|are|'ve got)|(?:you|u) (?:have|'ve got|are)|(?:you're|ur|youre)|you've got) (?:got )?(?:a |an )?(?:problem|addict|alcoholic|issue|drinking problem|drug problem)\b"
        r"|\bwhen really (?:it was|it's|its|you were|ur|you're|you are)\b|\bcalling it \w+ when\b"
        r"|(?:^(?:so,? )?(?:basically,? )?|\bso,? (?:basically,? )?)(?:you|u) (?:can't|cant|cannot) (?:\w+ ){1,4}?without (?:a drink|drinking|it|using|a smoke|a line|pills|the pills|a bet|gambling|weed)\b"
        r"|\b(?:you've|uve|you have|you) (?:just )?(?:moved|shifted|swapped) the problem\b|(?<!never )(?<!not )(?<!haven't )(?<!havent )(?<!n't )\bgiven up on (?:yourself|urself)\b"
        r"|\bonly (?:here|stopping|cutting back|sorry|sober) because (?:you|u) (?:got caught|were caught|have to|had to|got found out)\b"
        r"|\b\w+ is (?:just )?(?:your|ur) excuse\b|\b(?:someone|somebody|everyone|everybody) else'?s fault\b|\bhave it both ways\b|\bhave (?:your|ur) cake and eat it\b"
        r"|\bno excuse (?:not to|for not)\b|\bsee what (?:you|u) (?:can't|cant|won't|wont|don't|dont)\b"
        r"|\b(?:just |i'm just |im just |i'm |im |i am (?:just )?)(?:curious|asking|wondering) why (?:you|u) (?:keep|still|were|need|went|always|never|bother|carry on)\b|\bwhat (?:you're|ur|youre|you are) waiting for\b"
        r"|\b(?:people|ppl|folks|everyone|anyone) in denial\b|\bhow it looks to (?:the kids|your|ur|people|the neighbou?rs|everyone)\b"
        r"|\bsupposedly\b(?=[^.?!]*\b(?:you|u|ur|your|you're)\b)|(?:\b(?:you|u|ur|your|you're)\b[^.?!]*)\bsupposedly\b"
        r"|\bif there (?:wasn't|wasnt|weren't|was not|were not|isn't|isnt) a problem\b"
        r"|\b(?:sometimes|occasionally|a few|a couple|once|now and then|now and again|rarely|only weekends) (?:meaning|as in|aka) (?:every|all|most|daily)\b"
        r"|\btrust is earned\b|\b(?:you|u) (?:haven't|havent) earned (?:it|my trust|that)\b"
        r"|\bhasn't (?:exactly |really )?worked (?:so far|out so well|too well|yet)\b|\bhasn't exactly worked\b|\bwhat part of\b[^?]*\b(?:don't|dont|isn't|isnt) (?:you|u)? ?(?:understand|get|getting through)\b"
        r"|^interesting (?:that|how) (?:you|u)\b|\b(?:you're|ur|youre|you are) (?:getting|being) (?:so |very |a bit )?(?:defensive|touchy|worked up)\b"
        r"|\b\w+ (?:doesn't|doesnt|does not) mean (?:harmless|safe|okay|ok|fine|healthy|good for (?:you|u))\b"
        r"|\band (?:you|u) know it\b|\bonly took (?:you|u) (?:\w+ ){0,2}(?:years|months|weeks|decades|tries|goes)\b"
        r"|\bwhat (?:you've|uve|you have) (?:turned into|become)\b|\b(?:you've|uve|you have) (?:turned into|become) (?:someone|somebody|a \w+|an \w+)\b",
        R.JUDGING,
    ),
    Rule(
        "blame",
        C.CO,
        r"\bi feel (?:like|that) (?:you|u)(?:'ve| have|ve|'d|d| would| r|'re| are)? (?:only|just|don't|dont|never|always|put|choose|chose|ruined|lied|destroyed|wrecked|turned|care more|love \w+ more|would rather|rather|can't be trusted|don't care)\b"
        r"|\bi feel (?:like|that) (?:it's|its) never\b|\bi feel (?:like|that) i (?:can't|cant) (?:believe|trust) (?:a word|you|u|anything)\b"
        r"|\b(?:be honest|tell (?:me )?the truth|listen|help(?: out)?|think of (?:someone|anyone|us)|do something)\b[^.?!]*\bfor once\b"
        r"|\bmaybe if (?:you|u) (?:didn't|didnt|did not|stopped|weren't|werent|wasn't|wasnt)\b[^.?!]*\bi(?:'d| would| might| could| wouldn't| wouldnt)\b|\bif i could (?:trust|believe) (?:you|u)\b"
        r"|\bevery time (?:you|u) open (?:your|ur) mouth\b|\b(?:you've|uve|you have|you|u) lied (?:so many|too many|a hundred|a thousand|every)\b"
        r"|\b(?:choos(?:e|ing|es)|chose) (?:a |the )?(?:bottle|drink|drugs|drinking|pills|gear|booze|weed|coke|heroin|gambling|pub|bookies) over\b"
        r"|\b(?:disappointed|let down)\b[^.?!]*[.,]\s*(?:again|as usual)\b|\bdisappointed[.,]? (?:again|as usual)\b"
        r"|\blook (?:your|ur) (?:kids|children|family|mother|mum|mom|wife|husband|son|daughter|dad|father) in the eye\b|\bgrew up with an? (?:drunk|addict|junkie|alcoholic)\b"
        r"|\b(?:you|u) (?:haven't|havent|never) (?:paid|given) (?:me |us )?back a (?:penny|cent|thing|dime|pound)\b|\bwe (?:don't|dont|do not) all\b"
        r"|\b(?:you|u) think (?:you're|ur|youre|you are) \w+\b[^.?!]*\bi (?:just )?(?:don't|dont|do not) see it\b"
        r"|\bsorry (?:that )?i (?:ever )?(?:raised|brought up|married|trusted|believed|gave birth to) (?:you|u|someone|somebody|a (?:son|daughter|man|woman))\b|\bsorry i (?:ever )?(?:believed|trusted) (?:you|u|a word)\b"
        r"|\b(?:you|u) used to be (?:someone|somebody|a (?:good|great|decent|kind|lovely))\b"
        r"|\b(?:doesn't|doesnt|don't|dont) (?:just )?(?:walk|disappear|vanish|empty) (?:out of |off |from )?(?:\w+ ){0,3}?on (?:its|it's|their) own\b"
        r"|\bbecause (?:you|u) (?:didn't|didnt|did not|never|don't|dont|won't|wont) (?:work|try|do|give)\b"
        r"|\bhope (?:you|u) can live with (?:yourself|urself|that|it)\b|\b(?:that's|thats|that is|is that) (?:your|ur) idea of\b"
        r"|\bpretend(?:ing)? (?:you're|ur|youre|you are) not (?:lying|drinking|using|high|drunk|an? \w+)\b|\b(?:thinking|talking) time is over\b"
        r"|\band (?:you|u) do it every (?:weekend|night|time|week|day)\b|\bsomeone other than (?:yourself|urself)\b|\bfor once in (?:your|ur) life\b"
        r"|\b(?:you|u) said (?:you'd|youd|you would|u would|ud)\b[^.?!]*\band (?:you|u) (?:weren't|werent|didn't|didnt|haven't|havent|wasn't|wasnt)\b"
        r"|\b(?:you|u) only (?:call|ring|text|visit|come round|turn up|talk to me|phone)\b[^.?!]*\bwhen (?:you|u) (?:need|want)\b"
        r"|\b(?:you|u) never want to (?:talk|listen|hear|help|change|do)\b|\b(?:isn't|isnt|is not|not) exactly a high bar\b|\ba (?:real|good|proper) (?:mum|mom|mother|dad|father|parent|man|son|daughter) would (?:be|have|never)\b",
        R.JUDGING,
    ),
    Rule(
        "moralising",
        C.CO,
        # the family asked about to make them feel it: "how do you think your daughter feels when you pick
        # her up smelling of it?", "how would your mum feel if she saw you like this"
        r"\bhow (?:do|would|does|did) (?:you|u) think (?:your|ur) (?:\w+ )?(?:kids|children|wife|husband|mum|mom|dad|family|son|daughter|grandpa|grandad|gran|nan|grandma|parents|mother|father|sister|brother)\b"
        r" (?:feels?|felt|would feel|will feel)\b[^?]*\b(?:hungover|drunk|high|wasted|stoned|off (?:your|ur) face|like this|like that|smelling|saw (?:you|u)|sees (?:you|u)|see (?:you|u)|waking up to|find (?:you|u)|found (?:you|u))\b"
        r"|\bhow would (?:your|ur) (?:\w+ )?(?:kids|children|wife|husband|mum|mom|dad|family|son|daughter|grandpa|grandad|gran|nan|grandma|parents|mother|father) feel if (?:they|he|she) (?:saw|could see) (?:you|u)\b",
        R.MORALISING,
    ),
    Rule(
        "warning",
        C.CO,
        r"\b(?:don't|dont) say (?:nobody|no one|i didn't|i never|we didn't) warned (?:you|u)\b|\b(?:don't|dont) be surprised (?:when|if)\b"
        r"|\bif (?:you|u) keep (?:going )?(?:down this (?:road|path)|going like this|on like this|this up)\b"
        r"|\bi(?:'m| am|m)? (?:so |really )?(?:worried|scared|afraid|terrified|frightened)\b(?: that)? (?:you're|ur|youre|you are|you|u)(?:'ll| will|ll| r|'re| are)? ?(?:going to|gonna|gunna)? ?(?:end up|die|kill (?:yourself|urself|someone|somebody)|lose (?:everything|it all|the kids|your|ur)|be dead|wind up|drink yourself)\b"
        r"|\b(?:ends|end|ending) (?:with|at) (?:a|your|ur) funeral\b|\bwon't have a (?:liver|job|family|wife|husband|house|friend|kidney) left\b|\b(?:right )?into a (?:cell|grave|coffin|ditch)\b"
        r"|\bif (?:you|u) (?:don't|dont|do not|won't|wont)\b[^.?!]*\b(?:stop all contact|cut (?:you|u) off|stop (?:seeing|speaking to|talking to|helping|paying for) (?:you|u)|(?:you|u) (?:lose|will lose|'ll lose|ll lose) (?:us|me|them|her|him|everything|the kids|all of us))\b",
        R.WARNING,
    ),
    # a ninth round (author vv: the day of the intervention and the week after): the excuse that always
    # comes "when there's an appointment", "like every other time", "after what you put us through",
    # "what job, you got let go", "a waste of everyone's time", "that's how we got here", "a bit late for
    # sorry", "what do you think you are?", "you don't get to set terms", "one good day doesn't undo",
    # "addicts don't get to negotiate", "tiptoe round you", "you and your mondays", "if you carry on"
    Rule(
        "arguing",
        C.CO,
        r"\b(?:always|conveniently)\b[^.?!]*\bwhen(?:ever)? (?:there's|theres|there is) (?:an? )?(?:appointment|meeting|session|test)\b|\blike every (?:other )?time\b"
        r"|\bafter (?:what|everything|all) (?:you've|uve|you have|you) (?:put|done|did)\b|^what \w+[,.?]+ (?:you|u) (?:got|were|lost|haven't|havent|never|don't|dont)\b"
        r"|\b(?:was|is) a waste of (?:everyone's|our|my|everybody's) time\b|\b(?:is|that's|thats) how we got here\b|\b(?:a bit |bit |too |little )?late for sorry\b"
        r"|\bwhat do (?:you|u) think (?:you are|you're|ur)\b[^.?!]*\?|\bstopped being (?:just )?(?:your|ur) (?:life|business|choice|problem)\b|\bhiding behind (?:excuses|your|ur|the)\b"
        r"|\b(?:you|u) (?:don't|dont) get to (?:set|make|decide|call|choose|negotiate|have a say)\b|^(?:you|u) never mean (?:to|it)\b"
        r"|\b(?:(?:one|a|a few|two|three) good (?:\w+ )?(?:day|days|week|weeks|month|months)|(?:a|one) (?:meeting|phone call|apology|sorry|card))\b[^.?!]{0,10}\b(?:doesn't|doesnt|does not|won't|wont) (?:undo|erase|cancel out|make up for)\b|^what'?s (?:fake|funny|sad|pathetic|a joke|rich) is (?:you|u|ur|your)\b"
        r"|\b(?:addicts|junkies|drunks|alcoholics) (?:don't|dont|do not) get to\b|\btiptoe (?:round|around) (?:you|u)\b"
        r"|\b(?:trying|sorry|promises?|thinking|talking|saying|promising) (?:isn't|isnt|is not|ain't|aint) (?:good enough|enough)(?: any ?more)?\b"
        r"|^(?:you|u) and (?:your|ur) \w+s[.!?]*$|\b(?:who|that) (?:turns? up|shows? up|comes? in|come in) (?:drunk|high|wasted|stoned)\b"
        r"|\b(?:you'd|ud|u'd|you would) (?:just )?(?:drink|spend|snort|smoke|gamble|bet) it\b|\b(?:doesn't|doesnt|does not) live with (?:you|u)\b"
        r"|(?<!same )\b(?:like|as) always[.!]*$|\bbut here (?:you|u) are\b|\bwhich is more than (?:you|u) (?:are|do|can say|have)\b"
        r"|\bthe story (?:you're|ur|youre|you are) telling (?:yourself|urself)\b|\b(?:your|ur) way (?:nearly|almost) (?:killed|cost)\b|\b(?:you|u) (?:couldn't|couldnt|can't|cant) (?:even )?manage (?:the|a|to)\b",
        R.JUDGING,
    ),
    Rule(
        "warning",
        C.CO,
        r"\bno home to (?:go|come) (?:back )?to\b|\bif (?:you|u) carry on (?:like this|like that|this way|drinking|using|the way)\b",
        R.WARNING,
    ),
    # a tenth round (author yy: text messages, friends and grandparents): "not everyone does coke at
    # work", "adults pay their own rent", "oh so it's my fault now", "poorly is one word for it", "we all
    # know what he was", "it doesn't sound like you've tried", "functioning is generous", "I expected
    # better of you", "some perspective", "for what. booze?", "you literally said it", "a walking
    # liability", "if your grandfather could see you now", "or will you be passed out", "the one where
    # you ...", "you're worse than", "the example you're setting", "and I'm the Queen of Sheba"
    Rule(
        "arguing",
        C.CO,
        r"^(?:but )?not everyone (?:does|drinks|uses|ends up|gets|needs|has|smokes|takes)\b|^(?:adults|grown men|grown-ups|grown ups|real men|normal people) (?:pay|don't|dont|do not|look after|get|can)\b"
        r"|\b(?:oh )?so (?:it's|its) my fault now\b|\b(?:is|that's|thats) one (?:word|way of putting it|name) for it\b|\bwe all know what (?:he|she|they) (?:was|were|is|are)\b"
        r"|\b(?:doesn't|doesnt) sound like (?:you've|youve|you have|you) (?:tried|been trying|made)\b|^\w+ is (?:generous|a stretch)\b"
        r"|\bexpected better (?:of|from) (?:you|u)\b|\bdragging (?:\w+ ){1,3}through the mud\b|\bsome perspective\b"
        r"|^for what[.?]+ (?:booze|drink|drugs|coke|weed|pills|the pub|bets?|more)\b|\b(?:you|u) literally said (?:it|that)\b"
        r"|\b(?:your|ur) best is (?:pretty |really )?(?:shit|crap|rubbish|pathetic|not much)\b|\bwalking (?:liability|disaster|cliche|cliché|trainwreck|car crash)\b"
        r"|\bif (?:your|ur) (?:late )?(?:\w+ )?(?:could|can) see (?:you|u) (?:now|like this)\b|\bor will (?:you|u) be (?:passed out|drunk|high|wasted|asleep|off (?:your|ur) face)\b"
        r"|\bthe one where (?:you|u)\b|\b(?:you're|ur|youre|you are) (?:literally )?worse than\b|\bthe example (?:you're|ur|you are|youre) setting\b"
        r"|\band (?:i'm|im|i am) the (?:queen|king|pope)\b|^noted[.,]? like (?:last|every)\b|^\w+ what exactly[?.!]*$"
        r"|\b(?:you're|ur|youre|you are) (?:just )?(?:a|an) (?:messy|total|complete|absolute|functioning|proper|massive) (?:drunk|junkie|addict|alcoholic|liability|mess|disgrace|waste)\b"
        r"|\b(?:you|u) \w+ (?:\w+ )?again and (?:i'm|im|i am) (?:done|out|leaving|gone|finished)\b",
        R.JUDGING,
    ),
)
