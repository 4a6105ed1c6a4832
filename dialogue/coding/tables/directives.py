"""Persuading and directing (PE) in the forms people type them; forms.directing reads these.

"you need rehab", "you better", "it's time you", and an order after a name without a comma
("dad dont drive tonight").
"""

from __future__ import annotations

from dialogue.codes import Code, Roadblock
from dialogue.coding.gate import gate
from dialogue.coding.rules import Rule, table

R = Roadblock
C = Code

TREATMENTS = (
    r"(?:rehab|detox|help|treatment|narcan|naloxone|a (?:program|programme|detox|sponsor|job|doctor|counsell?or|therapist|meeting|plan|bed|test|check-?up)|"
    r"an? (?:intake|assessment|appointment|inpatient|outpatient|residential)|therapy|counsell?ing|meetings|aa|na|"
    r"professional help|proper help|residential|inpatient|outpatient|medication|meds|methadone|suboxone|to be in (?:rehab|treatment|a program))"
)
BASE_VERBS = (
    r"(?:answer|drive|give|hand|pour|throw|flush|put|pick|call|ring|text|go|come|get|stop|quit|leave|stay|sit|stand|eat|sleep|"
    r"drink|take|bring|listen|wait|turn|switch|sign|book|check|clean|wash|shower|pack|empty|lock|open|close|"
    r"move|find|keep|make|do|be|start|cut|lay|walk|run|use|apologi[sz]e|admit|accept|face|grow|pull|snap|"
    r"wake|calm|chill|promise|swear|skip|miss|attend|join|meet|phone|email|write|"
    r"save|spend|pay|stick|step|hide|sober|dry|detox|toss|ditch|dump|block|delete|uninstall|unfollow|set|close|cash|carry|sort)"
)
# What may follow "don't" without an order in it: "don't worry", "don't be so hard on yourself",
# "don't take my word for it".
_NOT_AN_ORDER = (
    r"(?!worry|know|have to|need to|feel|mind|think (?:i|we)\b|blame|be (?:so |too )?hard|be (?:a )?stranger|"
    r"forget (?:that )?(?:i|we)\b|hesitate|ever (?:think|forget)|be (?:afraid|scared|sorry|ashamed|embarrassed|shy)|"
    r"beat (?:yourself|urself)|let (?:anyone|anybody|them|it|this|that) (?:tell|get|make|stop)|take my word|rush|panic|"
    r"give up|apologi|stress|fret|lose (?:heart|hope)|think (?:you|u) (?:have|need|must)|let (?:me|us) (?:stop|keep) (?:you|u))"
)
DIRECTIVES = table(
    # a sixth round: plans made for them, the "we" that means "you", the step called sensible, the
    # danger argued with a fact
    Rule(
        "directing",
        C.PE,
        r"\b(?:i've|ive|i have|i) (?:already )?(?:booked|signed|put|set|enrolled|registered) (?:you|u) (?:in|up|down|on|for|onto)\b"
        r"|\b(?:i'm|im|i am) taking (?:you|u) (?:to|into) (?:rehab|detox|a and e|a&e|the (?:clinic|doctor|doctors|gp|hospital|meeting|centre|center)|(?:a|an|your|ur) (?:meeting|appointment|assessment))\b"
        r"|\b(?:is|are|'s) expecting (?:your|ur) call\b|\b(?:i'll|ill|i will) pick (?:you|u) up at\b|\b(?:i've|ive|i have) (?:just |already )?(?:told|rung|called|emailed) (?:your|ur) (?:boss|work|manager|school|college|tutor) (?:that |you're |youre |ur |you )"
        r"|\bwe(?:'re|re| are|'ll|ll| will) (?:be )?(?:\w+ing|staying|sticking)\b[^.?!,]*,? (?:aren't|arent|won't|wont|are|will) we\b"
        r"|\bwe(?:'ll|ll| will) be (?:sticking to|having|drinking|staying|coming)\b[^.?!]*\b(?:then|this time|tonight|sober|lemonade|orange juice|water|soft drinks?)\b"
        r"|\bwe(?:'re|re| are) not doing (?:the|this|that) (?:\w+ ){0,2}thing\b",
        R.DIRECTING,
    ),
    Rule(
        "leading_question",
        C.PE,
        r"\bthe (?:sensible|right|best|obvious|only|smart|logical) (?:next )?(?:step|thing|choice|move) (?:would be|is) to\b"
        r"|\b(?:stopping|quitting|rehab|detox|going|getting help|giving (?:it|them) up)\b[^.?!]{0,10}\bwould (?:fix|solve|sort|help|save)\b[^.?!]*,? (?:wouldn't|wouldnt|would) it\b",
        R.PERSUADING,
    ),
    Rule(
        "leading_question",
        C.PE,
        r"\bwhat would it take\b[^?]*\b(?:altogether|for good|completely|today|tonight|right now|commit)\b|\bcan (?:you|u) commit to\b|\blet'?s not (?:think|wait|leave it)\b"
        r"|\b(?:seems|is) (?:a bit |quite |pretty |too )?low\b[^.?!]*\b(?:given|considering|after)\b|\bwhat'?s stopping it (?:being|from being) (?:an? )?(?:\d+|higher|ten)\b|\blet'?s aim for (?:an? )?(?:\d+|ten|higher)\b"
        r"|^wouldn't (?:\w+ ){1,6}be (?:a )?(?:good enough reason|small price|worth it|better)\b|\blet'?s decide (?:now|today|tonight|right now)\b"
        r"|^what if (?:you|u) (?:just )?(?:skipped|stopped|quit|didn't|didnt|tried|went|gave|cut)\b|\bcan (?:you|u) (?:just )?not (?:drink|use|go|smoke|bet|gamble)\b",
        R.PERSUADING,
    ),
    Rule(
        "advice_phrase",
        C.PE,
        r"\b(?:best|smartest|safest|sensible) (?:move|bet|plan|option|step) (?:would be|is|'d be)\b|\bis (?:really )?the (?:safer|safest|better|best) (?:bet|choice|option|plan)\b"
        r"|\bthe way (?:not )?to \w+(?: \w+){0,3} is to\b|,\s*(?:go|get|ring|call|book|try) (?:to )?(?:that|this|the) (?:one|meeting|clinic|group)\b"
        r"|\b(?:you|u) need (?:(?:a|an|some|new|proper|medically|supervised|to go to) ){0,3}(?:detox|rehab|treatment|sober living|friends|meetings|a sponsor)\b",
        R.ADVISING,
    ),
    Rule(
        "risk_argument",
        C.PE,
        # a danger argued at them (with "you" or "your"); the same fact told of anyone is information
        r"(?:\b(?:much |far |a lot )?higher risk of\b|\bhalves the risk\b|\bis linked to\b[^.?!]*\brisk\b|\bno safe (?:amount|level|dose|limit)\b"
        r"|\bcan (?:bring on|cause|lead to|trigger|give you) (?:seizures|a seizure|fits|psychosis|heart attacks?|an overdose|liver failure|strokes?|the dts|dts)\b"
        r"|\bis exactly when people (?:overdose|od|die|relapse)\b)(?=[^.?!]*\b(?:you|your|u|ur|yours)\b)"
        r"|\b(?:you|your|u|ur|you're|youre)\b[^.?!]*?\b(?:(?:much |far |a lot )?higher risk of|halves the risk|no safe (?:amount|level|dose|limit)"
        r"|can (?:bring on|cause|lead to|trigger) (?:seizures|a seizure|fits|psychosis|heart attacks?|an overdose|liver failure|strokes?|the dts|dts))\b",
        R.WARNING,
    ),
    # a fifth round: the leading question that asks what harm it could do; "at least" an order;
    # a goal or option called the best for them
    Rule(
        "advice_phrase",
        C.PE,
        r"^(?:(?:but|so|well|ok|okay|please)\b,? )*(?:just )?at least (?:just )?(?:see|ring|call|try|go|get|keep|carry|book|talk|speak|tell|take|have|let|think about|look at|read|put|use)\b"
        r"|(?<!what )(?<!what)(?<!which )(?<!how )(?<!decide )(?<!choose )(?<!decision )(?<!pick )\b(?:is|'s|would be) the (?:safest|best|only|sensible|wisest|healthiest|kindest) (?:goal|option|way|choice|thing|route|plan|step) for (?:you|u|someone (?:with|like|in) (?:your|ur|you))\b"
        r"|(?<!what )(?<!what)(?<!which )(?<!how )\b(?:is|'s|would be) the (?:most (?:effective|important|sensible|useful|helpful)|best|single best) thing (?:you|u) (?:can|could) do\b"
        r"|^(?:(?:and|but|so|well)\b,? )?the (?:first|next|only|best) thing (?:to do|(?:you|u) (?:need|have|should|must|gotta|got) (?:to )?do) is\b"
        # "maybe if you stopped ... they would": the condition they should meet
        r"|\bmaybe if (?:you|u) (?:just )?(?:got|went|stopped|tried|quit|cut|did|didn't|didnt|were|was|weren't|spent|put|came)\b"
        r"|^(?:\w+,? )?(?:maybe|perhaps) (?:just )?(?:skip|stop|cut|try|have|go|get|take|ring|call|book|give|put|keep|start|switch|leave|bin|ditch)\b(?! (?:you|u|i|we|he|she|they)\b)"
        r"|^(?:(?:and|but|so|well)\b,? )?(?:have|had) (?:you|u) (?:ever )?(?:thought about|considered|tried) \w+ing\b"
        r"|\bsurely (?:it's|its|it is|it would be|it'd be) (?:better|best|easier|smarter|safer|wiser) to\b",
        R.ADVISING,
    ),
    Rule(
        "directing",
        C.PE,
        r"\b(?:you|u) (?:can't|cant|cannot) (?:do|keep doing|be doing) (?:that|this|it) (?:again|anymore|any more)\b"
        r"|\bwe (?:need|have|'ve got|gotta|got) to (?:leave|go|get going) (?:now|right now|today|this minute)\b",
        R.DIRECTING,
    ),
    Rule(
        "leading_question",
        C.PE,
        r"^(?:(?:but|so|well|honestly)\b,? )?(?:would|will|could) it (?:really )?(?:hurt|kill (?:you|u)|be so (?:bad|hard|terrible|awful)) to\b",
        R.PERSUADING,
    ),
    Rule(
        "should",
        C.PE,
        rf"(?<!feel )(?<!think )(?<!said )(?<!saying )(?<!what )(?<!if )(?<!whether )(?<!do )(?<!did )"
        rf"\b(?:you|u) (?:really |seriously |definitely |honestly |just |absolutely |clearly |obviously |both )?need (?:\w+ ){{0,2}}{TREATMENTS}\b"
        rf"|\b(?:you|u)(?:'d| had|d)? better (?!off|than|now\b|not be\b)(?:start|stop|get|go|call|quit|be|make|find|show|pick|answer|come|listen|put|take|give|cut|{BASE_VERBS})\b"
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
        r"|\bcan we agree (?:you'll|you will|that you|you)\b|^(?:(?:so|well|ok|okay|or),?\s+)?(?:maybe|perhaps) (?:you could|just|try|skip|cut|go|get|stop|take)\b"
        r"|\b(?:you|u) could (?:always |just )?(?:get|try|go|call|take|ask|do|use|join|look|find|see|ring|book) [^.?!]*\b(?:tho|though)\b|\bwould (?:you|u) mind just\b",
        R.PERSUADING,
    ),
    Rule(
        "advice_phrase",
        C.PE,
        r"\b(?:(?:maybe|perhaps) )?(?:a|an|some) \w+ (?:\w+ )?would (?:give (?:you|u)|keep|help|do (?:you|u) good|be good for (?:you|u))\b|\bthe (?:best|sensible|smart|right|only|obvious) thing (?:now |to do )?is to\b"
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
    # --- orders and suggestions in other grammar (2026-12-07 evening) ---------------------------
    Rule(
        "directing",
        C.PE,
        # "pls do a proper detox", "please just come home": please and a verb, but not a request to hear them
        r"\b(?:please|pls|plz|plse)\s+(?:just\s+)?(?!(?:tell|say|talk|help|let|explain|share|keep talking|forgive|understand|listen to me|hear me|don't worry)\b)"
        rf"(?:{BASE_VERBS}|see|try|think about|look at|consider|give)\b"
        # an order joined on by "and" or "so": "so humour ur old nan and see the doctor"
        r"|\b(?:and|so|then),? (?:just )?(?:see|ring|call|book|go to|get|phone) (?:a |the |your |ur |that |some )?(?:doctor|gp|dr|counsell?or|therapist|sponsor|clinic|someone|help|mum|mom|dad|mam|nurse)\b"
        # a prohibition: "u cant be doing that stuff on ur meds"
        r"|\b(?:you|u) (?:can't|cant|cannot) (?:be )?(?:doing|using|drinking|taking|mixing|driving|smoking|bringing|buying|selling)\b"
        # things that must go: "those pills need to be out of the house tonight"
        r"|\b(?:those|the|these|your|ur|that|this) (?:\w+ )?(?:need|needs|has|have) to (?:be (?:out|gone|flushed|binned|locked|handed)|go)\b"
        # kept in until they agree, or told flat: "you're not leaving this room until...", "ur going."
        r"|\b(?:you're|youre|ur|you are) not (?:leaving|setting foot|going|coming|getting)\b[^.?!]*\buntil\b|^(?:(?:no|oh),? )?(?:you're|youre|ur|you are) going[.!]*$"
        # a bare prohibition, a plea not to, an order after "or" or "so"
        r"|^(?:don't|dont|do not)[.!]*$|\b(?:please|pls|plz) (?:just )?(?:don't|dont|do not)\b(?! worry)"
        r"|^(?:or|and|then) (?:just )?(?:ask|call|ring|see|try|get|go|talk to|book|phone)\b"
        r"|(?:^|[,;.] |\bso )(?:just )?(?:lay off|back off|knock it off|pack it in|cut it out|sort it out|grow up|man up|wise up)\b"
        # a thing done now: "download it now and pick one for tomorrow"
        r"|^(?:just |now )?(?!(?:i|you|u|we|they|he|she|it|that|this|there|here|and|but|so|if|when|because|cause)\b)[a-z]+ (?:it|them|em|that|this) (?:now|right now)\b"
        r"|\bno (?:more )?(?:weed|pills|gambling|betting|vaping|coke|drugs|alcohol|drinking|using)\b(?= (?:in|at|before|after|on|under|tonight|today|this|till|until)\b|[.!]*$)",
        R.DIRECTING,
    ),
    Rule(
        "advice_phrase",
        C.PE,
        # "why not stop now", "you could at least look at the one dr patel mentioned"
        rf"\bwhy not (?:just )?{BASE_VERBS}\b(?! (?:me|us)\b)|\b(?:you|u) (?:could|can|should|might) at least\b"
        # advice as a judgement of what is wiser: "its probably smarter to skip it", "might be worth signing up for"
        r"|\bit(?:'s| is|s|'d be| would be) (?:probably |definitely |really |much |way )?(?:smarter|wiser|safer) (?:to|if (?:you|u))\b"
        r"|\b(?:might|may|could|would) be worth (?:\w+ing|a (?:try|go|look|shot))\b|\bcould be a (?:healthier|better|safer|good) (?:way|option|idea|alternative)\b"
        r"|\bthe (?:real |main |only |first )?(?:goal|priority|focus|aim) (?:needs to|should|has to|must) be\b"
        r"|\bfirst i'?d like (?:us|you|u) to (?:focus|talk|look) on (?:your|ur)\b"
        r"|\b(?:could|can|would) (?:you|u) (?:just )?(?:book|call|ring|make|go|try|see|get)\b[^.?!]*\banyway\b|^(?:do|make|ring|call|book) (?:it|that|this|them) now\b"
        r"|\blet's not (?:negotiate|argue|debate|discuss it)\b"
        r"|\b(?:maybe|perhaps) (?:you|u) (?:need|want|ought|have) to\b|\b(?:maybe|perhaps) (?:you|u) need (?:new|some|a|an|to)\b",
        R.ADVISING,
    ),
    # a seventh round (authors pp: the order in a later sentence; qq: the moment they push back): the
    # habit that "has to stop", "and don't ...", new mates needed, the best thing they can do, how much
    # better they would be "if you stopped", "isn't now better", "all the more reason to"
    Rule(
        "should",
        C.PE,
        r"\b(?:the|this|that|your|ur|all (?:the|this|that|your|ur)) (?:\w+ ){0,2}?(?:drinking|using|gambling|betting|drug use|drugs|lying|partying|smoking|vaping|weed|coke|pills|"
        r"nonsense|behaviou?r|carry on|sneaking around|it|this|that) (?:has to|needs to|must|have to|got to|gotta|is going to have to|will have to|needs) (?:stop|end|change|go|stop now|end now)\b",
        R.ADVISING,
    ),
    Rule(
        "directing",
        C.PE,
        # "..., but don't ...": a prohibition after a comma; "keep going and don't get cocky": after an order
        # (not "you love her and don't want to lose her", where "and" carries the "you" on)
        rf"(?:^|[,;.!]\s*)(?:but|so|then|now),? (?:just )?(?:don't|dont|do not|never) {_NOT_AN_ORDER}[a-z]+"
        rf"|^(?:(?:now|ok|okay|so|just|great|good|right),?\s+)*(?:keep|stay|go|get|stick|carry on|try|take|call|ring|come|be|eat|sleep|rest|focus|have)\b[^.?!]{{0,60}}\band (?:just )?(?:don't|dont|do not|never) {_NOT_AN_ORDER}[a-z]+",
        R.DIRECTING,
    ),
    Rule(
        "advice_phrase",
        C.PE,
        r"\b(?:you|u) (?:really )?need (?:some )?(?:new|better|different|proper|decent|sober|healthier|other) (?:mates|friends|people|company|hobbies|routines?|crowd|circle|\w+s)\b"
        r"|\b(?:the )?(?:best|only|smartest|most useful) thing (?:you|u) (?:can|could) do (?:is|now is|right now is|for \w+ is)\b"
        r"|\b(?:you'd|youd|you would|u would|ud|u'd) (?:be|feel|sleep|look|think|cope) (?:\w+ ){0,3}?(?:better|happier|healthier|calmer|richer|less \w+|more \w+)\b[^.?!]*\bif (?:you|u) (?:just )?(?:stopped|quit|cut|gave|went|tried|packed|knocked|laid off|stayed off|didn't|didnt|did not)\b"
        r"|\ball the more reason (?:to|for (?:you|u) to)\b|\bthen (?:you|u) (?:won't|wont|will not|shouldn't|shouldnt) mind\b"
        r"|\b(?:you'd|youd|you would|u'd|ud) be (?:wise|smart|sensible|well advised) to\b|\b(?:you|u) might as well\b(?! (?:be|say|ask)\b)",
        R.ADVISING,
    ),
    # an eighth round (authors tt, ss): a rating pushed up, "what would it take for you to see",
    # "you already know what you need to do", "imagine if you actually went", "a lot of my clients
    # find", research "so" aimed at them, the agenda set for them, homework, "the way to go", "I'm not
    # telling you what to do, but", "I need you to", "today is the day", "let's go"
    Rule(
        "leading_question",
        C.PE,
        r"\b(?:only|just) (?:a |an )?(?:\d+|one|two|three|four|five|six)\?+,?\s*(?:\w+ ){0,3}?(?:what would it take|why not|cmon|come on)\b"
        r"|\bwhat would it take (?:for (?:you|u) )?to (?:get (?:you )?(?:up )?to|see|realise|realize|accept|understand|get help|go to|stop|quit)\b"
        r"|\b(?:you|u) (?:already |clearly |obviously )?know what (?:you|u) (?:need|have|ought|should) to do\b|\bknow what the right (?:answer|thing|choice) is\b"
        r"|\bknow the answer is to\b|\bsmart enough to (?:see|know|realise|realize|work out)\b|\bimagine (?:what|how much|how)\b[^.?!]*\bif (?:you|u) (?:actually |just |really )?(?:went|stopped|quit|tried|got|gave|cut|did)\b"
        r"|\b(?:the bad|the bad side|the cons|the downsides?|the negatives) (?:clearly |obviously )?(?:wins?|outweighs?)\b|\b(?:the )?(?:second|other) one should win\b"
        r"|\bwhat'?s stopping (?:you|u) (?:from )?(?:just )?\w+ing (?:them |it |him |her )?(?:today|now|tonight|right now|this week)\b|\breasons (?:you|u) should\b"
        r"|\bwhere should (?:you|u) be\b|\bi'?d say (?:a |an )?(?:10|ten|9|nine)\b|\bwouldn'?t it be (?:amazing|great|nice|lovely|wonderful|good) to\b",
        R.PERSUADING,
    ),
    Rule(
        "advice_phrase",
        C.PE,
        r"\b(?:a lot of|most of|many of|lots of|loads of) my (?:clients|patients|people)\b|\b(?:most|many) people in (?:your|ur) (?:situation|position|shoes)\b"
        r"|\b(?:research|studies|the evidence|science|the research) (?:shows?|says?|suggests?)\b[^.?!]*,? so (?:you|u|it|the|id|i'd|that)\b"
        r"|\bis (?:probably |definitely |really |clearly )?the way to go\b|\bi'?d book (?:that|it|them|one)\b|\bi'?m not telling (?:you|u) what to do,? but\b"
        r"|(?:^|[,;.] )(?:it's |its |sounds like |honestly )?(?:about |high )?time to (?:get|go|stop|quit|call|see|do|make|start|admit|face)\b"
        r"|\b(?:you'll|ull|you will|u'll|youll) (?:have to|need to|gotta) (?:pick|choose|decide|stop|quit|give)\b|\bthe best thing for (?:you|u) (?:would be|is)\b"
        r"|\b(?:then |so )?(?:you|u) need (?:a|an) (?:longer|proper|real|inpatient|residential|detox|programme|program|rehab|sponsor|doctor|counsell?or|therapist|\w+ (?:programme|program|detox|rehab))\b"
        r"|\b(?:today|tonight|now) is the (?:day|night|time)\b|\bthe longer (?:you|u) (?:wait|leave it)\b|\bevery (?:day|month|week|year) (?:you|u) wait\b"
        r"|\bone bad (?:bag|pill|batch|line|hit|dose)\b|\b(?:people|ppl) get hooked\b|\b(?:can|could) put (?:you|u) over the limit\b|\b(?:everything|it)(?:'s| is) cut with\b"
        r"|\b(?:it|that|they|this) (?:could|can|will|might) kill (?:you|u)\b",
        R.ADVISING,
    ),
    Rule(
        "directing",
        C.PE,
        r"\bwe(?:'re| are|re) going to (?:focus on|talk about|look at|work on) (?:your|ur)\b|\blet'?s talk about what (?:you're|ur|you are|youre) (?:going to|gonna) do\b"
        r"|\blet'?s get (?:you|u) (?:booked|signed|into|to|in|seen)\b|\bi'?d like (?:you|u) to (?:write|keep|stay|stop|cut|not|try|do|fill|count|go to (?:a|the|your) meeting|ring|call|quit)\b"
        r"|\b(?:give|set) (?:you|u) (?:some |a bit of )?homework\b|\bhere'?s (?:your|ur|some) homework\b"
        r"|\bi (?:also |really |just |still )?need (?:you|u) to (?!tell|know that i|hear|understand that i|help me)\w+|^(?:ok |right |come on,? |so )?let'?s go[.!]*$|\bcome (?:home |round |over )?sober\b",
        R.DIRECTING,
    ),
    Rule(
        "leading_question",
        C.PE,
        r"^(?:(?:but|so|and|well),? )?(?:isn't|isnt|wouldn't|wouldnt|is not|would not) (?:now|today|it|that|this|stopping|quitting|going|rehab|detox|getting help|\w+ing) (?:\w+ )?(?:better|easier|safer|smarter|wiser|kinder|best)\b",
        R.PERSUADING,
    ),
    # a ninth round (vv): "let's just get you in the car", "the bed won't wait", "this is the day to",
    # "just sit down and listen", "don't you want to ...?", "the ones who do well", "you'll ride with me",
    # "my strong advice is", "now get a sponsor", "and stop fighting it", "next time ring me", "you'll
    # have to get used to", "tomorrow is too late", "nothing stopping you now, so let's go", "do it"
    Rule(
        "directing",
        C.PE,
        r"\blet'?s (?:just )?get (?:you|u) (?:in|into|to|there|going|moving|home)\b|\bthe bed (?:won't|wont|will not) wait\b|\b(?:this|today|now|tonight) is the (?:day|time|moment|night) to\b"
        r"|,\s*just (?:sit|listen|come|get|stay|go|take|do|try|give)\b|^(?:don't|dont) (?:you|u) want to\b|\bthe ones who (?:do well|make it|get better|stay sober)\b"
        r"|\b(?:you'll|you will|youll) (?:ride|come|go|stay|sleep|sit) with me\b|\bmy (?:strong |honest |best )?advice is\b|\b(?:now|so) get (?:a|an|some|yourself)\b"
        r"|\band stop \w+ing\b|^next time,? (?:just )?(?:ring|call|text|tell|ask|wait)\b|\b(?:you'll|youll|you will) (?:have to|need to) (?:get used to|accept|deal with|put up with)\b"
        r"|\btomorrow(?:'s| is) too late\b|\bnothing stopping (?:you|u) now\b|,? so let'?s go[.!]*$|^(?:just )?do it(?:[.,!]| for (?:yourself|urself|you|the kids|them|us)\b)",
        R.DIRECTING,
    ),
    # a tenth round (yy): "soft drinks only yeah?", "have you thought about aa", "wine is hard on the
    # liver", "you tell her", "you need a hobby", "no excuses", "would do you the world of good", "the
    # sooner the better", "it'd make mum so happy", "can stop your breathing"
    Rule(
        "advice_phrase",
        C.PE,
        r"\b(?:soft drinks|water|lemonade|coke|juice) only\b|\bhave (?:you|u) thought about (?:aa|na|rehab|detox|meetings|a meeting|therapy|counsell?ing|going|a sponsor)\b"
        r"|\bis (?:very |really |so )?(?:hard|bad|tough) on (?:the|your|ur) (?:liver|heart|kidneys|body|brain|stomach)\b|^(?:you|u) tell (?:her|him|them)\b"
        r"|\b(?:you|u) need (?:a|an) (?:hobby|job|holiday|girlfriend|boyfriend|routine|plan|distraction|sponsor)\b|\bno excuses\b"
        r"|\bwould do (?:you|u) (?:the world of |a world of |so much )?good\b|\bthe sooner the better\b|^why not (?:this|today|tonight|now|tomorrow)\b"
        r"|\b(?:it'd|itd|it would) make (?:mum|mom|dad|your|ur|gran|nan|everyone|us|me) (?:\w+ )?(?:so )?(?:happy|proud)\b|\bcan stop (?:your|ur) (?:breathing|heart)\b"
        r"|\beverything'?s cut with\b|\bget (?:a|an) (?:cab|taxi|lift|uber)\b",
        R.ADVISING,
    ),
    Rule(
        "leading_question",
        C.PE,
        # advice asked as a question: "have you tried melatonin instead of the xanax?"
        r"\bhave (?:you|u) (?:tried|considered|thought about) (?:\w+ ){0,4}(?:instead|rather than)\b"
        r"|\bhave (?:you|u) (?:considered|thought about) (?:that|whether|maybe|how)\b",
        R.PERSUADING,
    ),
)

# An order after a name or a word of address, typed without a comma: "dad dont drive tonight".
ADDRESS = (
    r"(?:mom|mum|mam|ma|dad|da|pop|pops|son|honey|hon|hun|babe|baby|buddy|bud|mate|man|dude|bro|sis|love|sweetie|sweetheart|"
    r"darling|kiddo|pal|grandma|gran|nan|nana|grandpa|grandad|papa|sir|girl|boy)"
)
# A first word that can be a name: not a pronoun, determiner or a plural or mass noun that could be a subject.
_NAME = (
    r"(?!(?:i|you|u|we|they|he|she|it|that|this|these|those|who|what|people|things|everyone|everybody|someone|somebody|"
    r"nobody|friends|kids|parents|family|life|time|work|money|drugs|pills|drinking|meetings|doctors|cops|police|men|women|"
    r"guys|we'll|they'll|i'll|and|but|so|or|then|if|when|why|how|where|to|not|never|always|ur|your|my|his|her|our|their|"
    r"well|ill|im|id|ive|sure|ok|okay|yes|yeah|right|fine|alright|cool|great|thanks)\b)[a-z]+(?<!s)"
)
ADDRESSED_ORDER = gate(
    rf"^(?:(?:please|just|now|ok|okay|honestly|seriously|look|listen|come on|no|nah|nope),?\s+)*(?:{ADDRESS},?|{_NAME},|{_NAME}(?=\s+(?:please|just)\b)|{_NAME}(?=\s+(?:stop|quit|pour|put|get|go|call|come|listen|give|hand|don't|dont)\b))\s+(?:please\s+|just\s+|now\s+)*"
    rf"(?:(?:don't|dont|do not|never)\s+)?(?P<ev>{BASE_VERBS})\b(?! (?:you|u|i|we|he|she|they|it's|its|your time|care|later|on then|me (?:whenever|anytime|any time|if|when))\b)"
)
