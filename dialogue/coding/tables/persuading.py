"""Persuading (PE) in its classic wordings: orders, "you should", advice, arguments from harm.

And the signs that advice comes with permission, which make it information (MITI: Persuade with
Permission → GI).
"""

from __future__ import annotations

from dialogue.codes import Code, Roadblock
from dialogue.coding.gate import gate
from dialogue.coding.rules import Rule, table
from dialogue.coding.tables.other import ENCOURAGING

SUBSTANCE = (
    r"(?:drinking|alcohol|booze|drugs|using|pills|opioids|heroin|fentanyl|meth|cocaine|coke|crack|weed|"
    r"cannabis|pot|smoking|vaping|benzos|xanax|oxy|painkillers|the bottle|it|this|that)"
)

# Base verbs that, first in a sentence, give an order or advice ("keep going", "try yoga").
IMPERATIVE_VERBS = (
    r"(?:accept|add|admit|aim|allow|answer|apologi[sz]e|apply|ask|attend|avoid|be|begin|block|book|break|breathe|bring|build|buy|call|flush|hand|pack|lock|shower|wash|phone|ring|toss|sober up|dry out|"
    r"calm|cancel|change|check|choose|clean|commit|consider|contact|continue|cut|delete|distract|drink|drop|eat|email|embrace|"
    r"encourage|end|enjoy|exercise|explore|face|find|fix|focus|follow|forget|forgive|gather|get|give|go|google|grab|hang|head|"
    r"hold|ignore|join|journal|keep|kick|learn|leave|limit|listen|live|log|look (?:into|for|at(?! (?:you|u|ur|your|yourself)\b)|up|after)|lose|make|meditate|move|"
    r"note|open|pay|pick|plan|pour|flush|practi[cs]e|pray|prepare|prioriti[sz]e|protect|pull|push|put|quit|reach|read|realize|realise|"
    r"reconsider|reduce|relax|remember|remind|remove|replace|report|research|rest|return|run|save|say no|schedule|search|"
    r"see (?:a|an|the|your|if|what|whether|someone|somebody|how)|seek|send|set|show|sign|sit|sleep|slow|speak|spend|start|stay|"
    r"step|stick|stop|surround|switch|take (?!care|your time|a moment to (?:tell|share)|(?:ten|five|two|a few|a) (?:minutes?|mins?|break|breather|breath|second))|talk (?!to me|with me|me)|text|think about|"
    r"throw|treat|trust|try(?! me\b)|turn|carry|bin|sort (?:out|it|this|that|yourself)|unplug|use|visit|wait(?![.!,]* *(?:sorry|$))|walk (?!me)|watch|work|write|wear|initiate|validate|create|align|ditch|"
    r"tell (?!me|us)|let (?:go|yourself|them|him|her)|stand up|speak up|reach out|cut (?:off|ties)|drop|dump|block|delete|skip|close|gimme|give me|"
    r"cash out|self[- ]?exclude|uninstall|come (?:to|with|home|back|straight|watch|fishing|round|over|and)|"
    r"have (?:a few |some |a )?(?:dry|sober|clean|alcohol-free|booze-free) (?:days?|nights?|weeks?|month)|"
    # a seventh round: "just have water tonight", "say sorry to mum", "hear me out", "let it go", "prove it"
    r"have (?:a (?:glass|cup|pint|bottle) of (?:water|tea|juice|milk)|water|an early night|a night in|a word with|a proper meal|something to eat)|"
    r"say (?:sorry|yes|no|you're sorry|youre sorry|goodbye to|thank you to)|hear (?:\w+ ){1,2}?out|come (?:outside|downstairs|upstairs)|let (?:it|that|this|the \w+) go|move on|"
    r"fill|prove (?:it|them|me|us|that|everyone)|own (?:it|up|that|this))"
)


# The learner reporting the person's own view ("you're worried it's dangerous") is a reflection, not
# an argument: persuasion rules about harm skip sentences framed like this.
_REPORTED = (
    r"[^.?!]*\b(?:you(?:'re| are| were|'ve been| have been)?|part of you|sounds like|seems like) (?:\w+ )?"
    r"(?:worr(?:y|ied|ies|ying)|afraid|scared|fear(?:s|ed|ful)?|think(?:s|ing)?|thought|feel(?:s|ing)?|felt|wonder(?:s|ed|ing)?|"
    r"believe[sd]?|said|say|saying|mentioned|told|notic(?:e|ed|ing)|concerned|sens(?:e|ed|ing)|suspect(?:s|ed)?|hear(?:d|s|ing)?)\b"
)

# "research has shown" and "work is hard" start with a noun, not an order.
_NOT_A_SUBJECT = (
    r"(?!'s\b)(?! ?(?:has|have|had|is|are|was|were|shows?|showed|suggests?|says?|said|can|could|will|would|may|might|means?|"
    r"helps?|isn't|aren't|wasn't|doesn't|didn't)\b)"
)

# "bring it round and we'll do it together", "pick whatever you like", "call me whenever it hits":
# an offer or a free choice in the imperative, not an order.
_AN_OFFER = (
    r"(?![^.?!]*\b(?:together|whatever (?:you|u) (?:like|want|fancy)|anything (?:you|u) (?:like|want)|whenever|any ?time)\b)"
    r"(?![^.?!]*\bif (?:you|u) (?:need|want|have) to\s*(?:[.,;!]|$))"  # leave given: "go if you need to"
)

R = Roadblock
C = Code

WHY_DONT_YOU = Rule(
    "why_dont_you",
    C.PE,
    r"\bwhy (?:don't you|not just|not try|don't we just|can't you just|won't you)\b|\bhow about (?:you|u) (?:just )?(?:delete|stop|quit|go|try|get|give|hand|call|put|pour|throw|ring|book|sign|cut)\b"
    r"|\bwhat if (?:you|u) (?:just )?(?:tried|gave|went|called|started|stopped|cut|took|told|asked|made|did|deleted|got|put)\b"
    r"|^how about (?:a |an |some |selling|volunteering|trying|going|getting|taking|cutting|stopping|calling|ringing|coming|joining|doing)\b"
    r"|\bwhy not (?:come|go|try|give|ring|call|join|get|take|ask|see|prove)\b",
    R.ADVISING,
)
LEADING_QUESTION = Rule(
    "leading_question",
    C.PE,
    r"\bisn'?t (?:\w+ ){1,3}the (?:obvious|best|right|only|next) (?:next )?(?:step|thing|answer|place)\b|\bisn'?t now (?:as good a time|the time)\b"
    r"|\bsurely (?:it )?(?:can't|cant|won't|wont) hurt\b|\bwouldn'?t (?:\w+ ){0,3}be the (?:best|right|obvious) (?:place|thing|step)\b"
    r"|\bwouldn'?t it make sense\b|\bwouldn'?t (?:your|ur) life be\b|\bcould (?:you|u) not just\b|\bwould it not be (?:easier|better)\b|\bwhat'?s there to think about\b"
    r"|\b(?:don't you think|wouldn't it be|isn't it (?:time|better|about time)|shouldn't you|can't you see|"
    r"wouldn't you (?:be|feel) better|isn't it obvious|do you not think|wouldn't you agree)\b",
    R.PERSUADING,
)

# --- MI-non-adherent: persuading, advising or directing without permission ---------------------
PERSUADE = table(
    Rule(
        "directing",
        C.PE,
        r"^(?:please |just |now |so |okay |ok |well |look |listen |honestly |seriously |you know what |"
        r"i think |then |and |but )*,?\s*"
        r"(?:stop|quit|go(?! ahead)(?! on)(?![^.?!]*\bif (?:you|u) (?:need|want|have) to\s*(?:[.,;!]|$))|get (?:help|treatment|clean|sober|some|yourself|it|rid|off|out|into|to|a grip)|"
        r"put (?:down|the|it|that|away)|pour|throw (?:it|away|out)|call (?:your|the|a|them)|book|sign up|check (?:into|yourself)|"
        r"cut (?:back|down|it)|give (?:it|up)|make (?:an appointment|sure|a decision|the call)|"
        r"take (?:responsibility|control|this seriously|it seriously|your(?! time))|admit|accept|face|listen to (?:me|us|your)|"
        r"calm down|relax(?! and)|chill|don't (?!worry|know|have to|need to|feel)(?!be )|do not|never(?= \w)|"
        r"try (?:to stop|to quit|to cut|not to|going|aa|na|a meeting|rehab|harder|and|quitting|cutting|stopping)|"
        r"start (?:going|taking|seeing|looking|attending)|see (?:a|your) (?:doctor|counsellor|counselor|therapist)|"
        r"go to (?:aa|na|rehab|a meeting|meetings|the doctor|detox|treatment|therapy|a counsellor|a counselor)|"
        r"come on(?:,| now)|enough(?: is enough)?(?:[.!]|$)|no more(?! \w+ from me))\b"
        rf"|^(?:(?:so|and|but|just|please|now|then|also|first|firstly|second|secondly|third|finally|well|ok|okay|honestly|"
        rf"maybe|perhaps|definitely|really|seriously|simply|always|never|instead|otherwise|meanwhile|next|for example|"
        rf"for instance|as always|trust me|look|listen|again|[a-z]+ you,),?\s+)*(?!{ENCOURAGING})"
        rf"(?:{IMPERATIVE_VERBS}|better (?:be|not|stop|get|watch))\b{_NOT_A_SUBJECT}{_AN_OFFER}"
        rf"|^(?:(?:and|but|so|or),? )?if [^,.?!]{{3,120}}?(?:,\s*(?:then )?| then )(?:(?:just|at least|maybe|please|first),? )?"
        rf"(?:{IMPERATIVE_VERBS}|don't|do not|never)\b{_NOT_A_SUBJECT}"
        # an order after a concession: "i know it's hard, but try to rise above it"
        r"|[,;] (?:but|so) (?:just |please |maybe |first |trust me,? )?(?:try|don't|stop|quit|go|get|call|talk to|find|ditch|"
        r"make sure|remember|keep|take|give)\b"
        r"|\b(?:plan|deal|advice|idea|step|steps|rule|rules|answer|solution|fix|bottom line|what (?:you|to) do)(?: is)?:\s+"
        rf"(?:(?:just|now|then|first|please|so),?\s+)*(?:{IMPERATIVE_VERBS}|don't|do not|never)\b"
        # orders in other shapes: "do it now", "dont even look at that bar", "fine but leave ur door unlocked"
        r"|\bdo (?:it|that|this) now\b|(?:^|[,;] )(?:don't|dont|do not) even (?:look at|touch|go near|think about)\b"
        r"|\b(?:but|so) (?:leave|stay|go|take|put|pour|throw|flush|delete|bin) (?:ur|your|the|it|that|home|away|out)\b"
        r"|\b(?:you're|youre|ur|you are) not going (?:anywhere|out)\b|\b(?:i'll|ill|i will) hear no more\b|\bend of (?:story|discussion)\b"
        r"|^(?:you'll|youll|you will) (?:stay|go|sleep|come|move|hand|give|pay|sign) (?:here|home|in|with|right|over|it|me|that)\b"
        r"|\bwe(?:'ve| have)? (?:gotta|got to|have to|need to|must) (?:talk|deal|sort|discuss)\b"
        # plans made and decisions taken for them
        r"|\b(?:i've|ive|i have|we've|weve|i|we)(?: already| just)? (?:booked|made|arranged|sorted|rung|rang|signed|packed|put|set up|referred|enrolled|registered)\b"
        r"[^.?!]{0,30}\b(?:appointment|assessment|bed|detox|rehab|clinic|programme|program|meeting|group|bag|calendar|diary|boss|keyworker|gp|doctor|referral|waiting list|pill organi[sz]er)\b"
        r"|\b(?:i've|ive|i have) told (?:your|ur) (?:boss|gp|doctor|keyworker|school|work) (?:you're|youre|ur|you are|that you)\b"
        r"|\b(?:i'm|im|i am|we're|were) (?:going to|gonna) (?:refer|book|sign) (?:you|u)\b|\b(?:i'll|ill) book (?:it|you|u)\b|\blet'?s (?:pencil|book|put|sign) (?:you|u) (?:in|up|down|on)\b"
        r"|\b(?:you're|youre|ur|you are) (?:starting|moving|going|coming|staying|sleeping)\b[^.?!]*\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|this week|next week|until)\b"
        r"|\bthat'?s decided\b|\bit'?s the (?:meetings|clinic|group|detox|rehab) for (?:you|u)\b|\b(?:you're|youre|ur|you are) (?:coming|comin) with me\b"
        r"|\b(?:you're|youre|ur|you are) (?:ringing|calling|phoning|seeing) (?:your|ur|the) (?:keyworker|doctor|gp|sponsor|counsell?or|clinic|worker|nurse)\b"
        r"|\bwe(?:'re| are|re) (?:going to|gonna|doing|having|going)\b[^.?!]*\b(?:now|today|tonight|tonite|this week|starting|both of us)\b|\bwe(?:'ll| will) get (?:you|u) (?:on|into|in|to|off)\b|\bwe get (?:you|u) (?:into|in|on|to|off)\b"
        r"|[,;] (?:ring|call|text|come|be|bring|give) (?:it|them|me|us|the|outside|there|home|round|this)\b",
        R.DIRECTING,
    ),
    Rule(
        "should",
        C.PE,
        r"(?<!feel )(?<!think )(?<!believe )(?<!said )(?<!know )(?<!mentioned )(?<!decided )(?<!wonder if )"
        r"(?<!wish )(?<!worried )(?<!that )(?<!because )(?<!since )(?<!when )(?<!feel like )(?<!think that )(?<!sense )(?<!told yourself )(?<!what )(?<!where )(?<!how )(?<!if )(?<!whether )(?<!maybe )(?<!whatever )(?<!anything )"
        r"\byou (?:really |rly |seriously |honestly |definitely |just |absolutely |clearly |simply |obviously |still )?"
        r"(?:should(?:n't)?|need to|have to|must(?:n't)?(?!(?: have| 've|'ve| be (?:so|really|very|pretty|quite|feeling|getting))\b)|ought to|got to|had better|'d better|better (?:not|stop|get|go|quit)|"
        r"can't (?:keep|go on|continue|carry on|just)|cannot (?:keep|go on|continue))\b"
        r"|(?<!something )(?<!thing )(?<!said )\byou(?:'ve| have|ve)? got to\b(?! (?:be (?:proud|kidding)|admit it))|\b(?:you're|youre|you are) (?:going to|gonna) have to\b",
        R.ADVISING,
    ),
    WHY_DONT_YOU,
    LEADING_QUESTION,
    Rule(
        "advice_phrase",
        C.PE,
        r"\bif i were you\b|\bmy (?:advice|suggestion|recommendation)\b|\bi(?:'d| would)? (?:\w+ ){0,2}(?:suggest|recommend|advise|urge|encourage you)\b"
        r"|(?<!feel like )(?<!feel )(?<!think )(?<!said )(?<!that )(?<!know )(?<!if )"
        r"\b(?:you|maybe you|perhaps you)(?: also| really| probably)? (?:could|might|may) (?:also |always |just |even |still |really )?(?:want to|wish to|try|consider|look|think about|talk|go|get|call|start|ask|join|find|see|"
        r"speak|reach|check|use|write|take|make|set|give|spend|put)\b|\b(?:maybe|perhaps) (?:you )?(?:should|could|try|consider)\b"
        r"|\bit (?:might|may|could|would|will) (?:help|be (?:good|helpful|worth|useful|a good idea|wise|best|time)) (?:to|if you|for you to)\b"
        r"|\bit(?:'s| is) (?:worth|a (?:good|great|smart) idea|helpful|wise)(?: for you)? (?:to|trying|considering|talking|getting|looking)\b"
        r"|\bi (?:find|found) (?:that )?(?:\w+ ){1,8}helps?\b|\bwhat (?:helped|helps|worked|works) for me\b"
        r"|\ball you (?:can|have to|need to) do is\b|\bthe (?:key|trick|secret) is (?:to )?\b"
        r"|\bi (?:want|need|expect) you to\b(?! know\b)|\bwe (?:want|need|expect) you to\b(?! know\b)|\bpromise me\b"
        r"|(?<!decide is )(?<!decide to do is )(?<!choose is )(?<!choose to do is )(?<!feels like )(?<!feel like )(?<!seems like )(?<!felt like )"
        r"\b(?:the|your) (?:best|only|right) (?:thing|option|way|answer|solution|choice)\b(?! (?:for|to) (?:me|us)\b)"
        r"|\bwhat you need (?:to do )?is\b|\byou(?:'d| would) be (?:much |so |a lot )?better off\b"
        r"|\bit(?:'s| is| would be|'d be) (?:really |so |very )?(?:best|better|important|essential|vital|time|about time|"
        r"high time|wise|smart) (?:for you )?to\b|\bit(?:'s| is) (?:really |so |very )?(?:important|time|best|essential) that you (?:stop|quit|get|go|see|start|try|cut|take|make|ask|tell|call|book|keep|avoid|don't)"
        r"|(?<!said )(?<!say )(?<!saying )\byou (?:really )?(?:can't|cannot|shouldn't) (?:keep|go on|continue|carry on)\b"
        r"|\bi (?:(?:really|honestly|do|just|truly|still|genuinely|personally|kind of|sort of|kinda) ){0,3}(?:think|believe|feel) (?:that )?(?:you (?:really |honestly |seriously )?(?:should|need|have to|must|ought|'d better)|it's time (?:for you|you))"
        r"|\b(?:(?:the )?(?:first|only|next) |the )(?:step|thing) (?:is|you need|to do is) (?:to |admitting|getting|stopping|going)"
        r"|\bif you (?:just|only|would just) (?:stopped|quit|tried|went|listened|got|put)\b"
        r"|\b(?:wouldn't|wouldnt|won't|wont|doesn't|doesnt) hurt to\b|\bwhat you (?:should|need to|have to|ought to|gotta) do is\b"
        r"|\bif i (?:were|was) in your (?:position|shoes)\b(?!,? i(?:'d| would) (?:be|feel))|\bthe (?:obvious|only|best|right|logical) (?:next )?step is\b|\bno way around\b"
        r"|\b(?:perfect|good|great|best|right) time to (?:quit|stop|get help|go|call|cut)\b"
        r"|\bwhat i(?:'d| would) do is\b|\bif it was me i'?d\b|\bin your position i'?d\b|\bthat'?s what i'?d do\b"
        r"|^(?:(?:honestly|tbh|well|personally),? )?(?:i'd|id|i would) (?:\w+ )?(?:go with|go for|stick with|skip|avoid|stay away|block|find|write|ring|call|stay|hand|pour|bin|ditch|tell|quit|delete|sell|move)\b"
        r"|\bthe way to (?:\w+ ){0,3}is (?:the )?(?:clinic|rehab|detox|treatment|meetings|aa|programme|program)\b|\b(?:the )?only way (?:that works|forward|this works) is\b"
        r"|\bthere'?s only one (?:answer|way|option)\b|\bthe (?:next|first|only) step is (?:an?|the|to)\b|\bso (?:\w+ ){1,3}would be a (?:good|great|smart|wise) idea\b",
        R.ADVISING,
    ),
    Rule(
        "risk_argument",
        C.PE,
        rf"^(?!{_REPORTED})[^.?!]*?\b(?P<ev>(?:{SUBSTANCE}|drinking like (?:this|that)|the way you (?:drink|use)|your (?:drinking|using|habit|use))"
        r" (?:is|are|will|can|could|'s|might|may|is going to|has|have) (?:really |slowly |literally |going to |already |probably |eventually |definitely )?"
        r"(?:kill|killing|destroy|destroying|ruin|ruining|damage|damaging|harm|harming|hurt|hurting|wreck|wrecking|"
        r"rot|rotting|poison|poisoning|shorten|cost|costing|take (?:everything|your|years)))\b(?=.*\byou)"
        r"|\byour (?:liver|heart|brain|lungs|health|body|kidneys|teeth|job|marriage|kids|family|life) (?:is|are|will|can|could|'s|won't|can't) "
        r"(?:be )?(?:(?:really|going to|already|not going to|never) )?(?:fail|failing|shot|damaged|ruined|suffer|suffering|"
        r"take|handle|survive|last|going|gone|hurt|destroyed|at risk)\b"
        r"|\byou(?:'re| are) (?:going to |gonna )?(?:drink|drinking|using|smoking) yourself (?:to death|into)\b"
        r"|\b(?:do you|you) (?:even )?(?:know|realise|realize|understand|see) (?:what|how (?:much|bad)) (?:this|it|that|drinking|using) (?:is|'s|does|has|will)\b"
        r"|\byou (?:know|realize|realise|understand) (?:that )?(?:this|it|drinking|using|you) (?:is|are|'s|can't|will|have)\b"
        rf"|^(?!{_REPORTED})(?=[^.?!]*\byou)[^.?!]*?\b(?P<ev>(?:is|are|it's|that's|'s) (?:really |so |very |extremely |incredibly |seriously |actually )?"
        r"(?:dangerous|deadly|harmful|lethal|toxic|poison|bad for (?:you|your)))\b"
        rf"|^(?!{_REPORTED})[^.?!]*?\b(?P<ev>(?:can|could|will|would|might|may|is going to|are going to|'ll) "
        r"(?:really |seriously |easily |eventually |even |also |actually |literally )?"
        r"(?:give you (?:a |an )?(?:heart attack|stroke|seizures?|cancer|cirrhosis|liver (?:damage|disease|failure)|brain damage|"
        r"psychosis|an overdose|overdose|hepatitis|hiv|brain bleed)|kill you|(?:harm|damage|hurt|ruin|destroy|wreck|poison) your))\b"
        r"|\b(?:alcohol|drinking|booze|weed|cannabis|opioids|heroin|fentanyl|fent|coke|cocaine|meth|ketamine|gambling|vaping|nicotine|benzos|xanax)\b"
        r"[^.?!]{0,30}\b(?:kills?|scars?|damages?|destroys?|rots?|is cut with|are cut with|can stop (?:your|ur|a) heart|(?:\w+ )?times stronger|suicide rates?)\b",
        R.PERSUADING,
    ),
)

PERSUADE_IN_QUESTION = table(WHY_DONT_YOU, LEADING_QUESTION)

# Signs that advice comes with permission or autonomy (MITI: Persuade with Permission → GI).
PERMISSION_CUE = gate(
    r"\bif you(?:'re| are)? (?:want(?:ed)?(?=[,.!?]|$| to (?:hear|know|talk|try (?:it|that|this)|look|see)\b| me to\b| some\b| any\b| more\b)|like|interested|open to it|ever want|decide|choose|'d like|would like|are ready)\b"
    r"|\b(?:it's|it is) (?:up to you|your (?:choice|call|decision))\b|\bsee what you think\b|\btake it or leave it\b"
    r"|\bsome people (?:find|have found|say|try)\b|\bmight (?:or might not )?(?:work|fit|help) for you\b|\bone option\b"
    r"|\b(?:is|would) (?:that|it) be (?:ok|okay|alright|all right)\b|\bif (?:it's|that's|it is|that is) (?:ok|okay|alright|all right)\b"
    r"|\bis that (?:ok|okay|alright|all right)(?: with you)?\?|\bmay i\b|\bcan i (?:share|tell|offer|give|suggest)\b|\bdo you mind if\b"
    r"|\bwould you like (?:me to|to hear|some)\b|\bfor what it's worth\b|\byou (?:asked|wanted to know)\b|\bsince you asked\b|\bdoesn't (?:fit|work) for you\b"
)
