"""The coder's phrase tables, written from the MITI 4.2.1 definitions and Gordon's roadblocks.

Each table is a list of rules (name, code, roadblock, pattern) matched against a normalised
utterance (lower case, straight apostrophes). A table's rules are searched together behind word
gates (gate.py): the result is what one combined expression would give, the leftmost match and
the earlier rule on a tie. A rule that has to read the whole sentence names its telling words
with a group `ev`, which becomes the evidence. Rule names key the feedback texts in
`dialogue/feedback.yaml`.
"""

from __future__ import annotations

from dataclasses import dataclass

from dialogue.codes import Code, Roadblock
from dialogue.coding.gate import Alternatives, Words, gate

YOU_ARE = r"(?:you're|you are|you r)"
YOU_WILL = r"(?:you'll|you will|you're going to|you are going to)"
I_WILL = r"(?:i'll|i will|i'm going to|i am going to|we'll|we will|we're going to|we are going to)"
I_AM = r"(?:i'm|i am|we're|we are)"
OK = r"(?:ok|okay|alright|all right|fine)"
FAMILY = r"(?:kids|children|family|wife|husband|mother|father|mom|mum|dad|son|daughter|parents|brother|sister|grandkids|partner)"
SUBSTANCE = (
    r"(?:drinking|alcohol|booze|drugs|using|pills|opioids|heroin|fentanyl|meth|cocaine|coke|crack|weed|"
    r"cannabis|pot|smoking|vaping|benzos|xanax|oxy|painkillers|the bottle|it|this|that)"
)
LABELS = (
    r"(?:addicts?|junk(?:ie|y)s?|alcoholics?|alkies?|alkys?|alcos?|lush|lushes|pissheads?|wasters?|sots?|smackheads?|druggos?|dopers?|"
    r"drunks?|drunkards?|drugg(?:ie|y)s?|crackheads?|"
    r"potheads?|stoners?|pill ?heads?|dope ?fiends?|tweakers?|coke ?heads?|meth ?heads?|boozers?|"
    r"winos?|losers?|liars?|deadbeats?|degenerates?|screw ?ups?|fuck ?ups?|waste of space|lowlife|burnout)"
)
# Words that label only when said of the person ("you're a failure"), not in "feel like a failure".
SOFT_LABELS = r"(?:disgrace|disappointment|failure|mess|wreck|lost cause|joke|hypocrite|user|waste)"
# Base verbs that, first in a sentence, give an order or advice ("keep going", "try yoga").
IMPERATIVE_VERBS = (
    r"(?:accept|add|admit|aim|allow|answer|apologi[sz]e|apply|ask|attend|avoid|be|begin|block|book|break|breathe|bring|build|buy|call|flush|hand|pack|lock|shower|wash|phone|ring|toss|sober up|dry out|"
    r"calm|cancel|change|check|choose|clean|commit|consider|contact|continue|cut|delete|distract|drink|drop|eat|email|embrace|"
    r"encourage|end|enjoy|exercise|explore|face|find|fix|focus|follow|forget|forgive|gather|get|give|go|google|grab|hang|head|"
    r"hold|ignore|join|journal|keep|kick|learn|leave|limit|listen|live|log|look (?:into|for|at|up|after)|lose|make|meditate|move|"
    r"note|open|pay|pick|plan|pour|flush|practi[cs]e|pray|prepare|prioriti[sz]e|protect|pull|push|put|quit|reach|read|realize|realise|"
    r"reconsider|reduce|relax|remember|remind|remove|replace|report|research|rest|return|run|save|say no|schedule|search|"
    r"see (?:a|an|the|your|if|what|whether|someone|somebody|how)|seek|send|set|show|sign|sit|sleep|slow|speak|spend|start|stay|"
    r"step|stick|stop|surround|switch|take (?!care|your time|a moment to (?:tell|share)|(?:ten|five|two|a few|a) (?:minutes?|mins?|break|breather|breath|second))|talk (?!to me|with me|me)|text|think about|"
    r"throw|treat|trust|try|turn|unplug|use|visit|wait(?![.!,]* *(?:sorry|$))|walk (?!me)|watch|work|write|wear|initiate|validate|create|align|ditch|"
    r"tell (?!me|us)|let (?:go|yourself|them|him|her)|stand up|speak up|reach out|cut (?:off|ties)|drop|dump|block|delete)"
)


# The learner reporting the person's own view ("you're worried it's dangerous") is a reflection, not
# an argument: persuasion rules about harm skip sentences framed like this.
_REPORTED = (
    r"[^.?!]*\b(?:you(?:'re| are| were|'ve been| have been)?|part of you|sounds like|seems like) (?:\w+ )?"
    r"(?:worr(?:y|ied|ies|ying)|afraid|scared|fear(?:s|ed|ful)?|think(?:s|ing)?|thought|feel(?:s|ing)?|felt|wonder(?:s|ed|ing)?|"
    r"believe[sd]?|said|say|saying|mentioned|told|notic(?:e|ed|ing)|concerned|sens(?:e|ed|ing)|suspect(?:s|ed)?|hear(?:d|s|ing)?)\b"
)


# Encouragement is said as an order but is not advice ("hang in there"); it is reassurance.
ENCOURAGING = (
    r"(?:hang in there|stay strong|be strong|be well|stay safe|keep (?:going|it up|up the good work|at it|your chin up)|"
    r"chin up)\b"
)
# "research has shown" and "work is hard" start with a noun, not an order.
_NOT_A_SUBJECT = (
    r"(?! ?(?:has|have|had|is|are|was|were|shows?|showed|suggests?|says?|said|can|could|will|would|may|might|means?|"
    r"helps?|isn't|aren't|wasn't|doesn't|didn't)\b)"
)


@dataclass(frozen=True)
class Rule:
    name: str
    code: Code
    pattern: str
    roadblock: Roadblock | None = None
    strength: float = 0.9


class Table:
    """A list of rules searched together through word gates."""

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self.rules = rules
        self.alternatives = Alternatives(enumerate(rule.pattern for rule in rules))
        self._rule_of = [rules[tag] for tag in self.alternatives.tags]  # by alternative

    def match(self, said: Words) -> tuple[Rule, str] | None:
        """The leftmost match of any rule (the earlier rule on a tie) and the words matched."""
        alternatives = self.alternatives
        found = alternatives.leftmost(said, alternatives.searches)
        if found is None:
            return None
        matched = found[1]
        # A rule that must look at the whole sentence names the telling words `ev`.
        groups = matched.re.groupindex
        evidence = matched.group("ev" if "ev" in groups else "ev2" if "ev2" in groups else 0)
        return self._rule_of[found[0]], evidence


def table(*rules: Rule) -> Table:
    return Table(rules)


R = Roadblock
C = Code

# --- MI-non-adherent: confronting ----------------------------------------------------------
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
        rf"\b{YOU_ARE} (?:(?:so|just|totally|completely|clearly|obviously|still) )?in denial\b"
        r"|\b(?:stop|quit) (?:being )?in denial\b",
        R.JUDGING,
    ),
    Rule(
        "sarcasm",
        C.CO,
        r"\byeah,? right\b|\boh,? sure\b|\bsure you (?:are|do|did|will|can|have|would)\b|\boh,? really\b"
        r"|^(?:(?:oh|yeah|sure|right|ha|haha),? )*as if\b(?! you)|\bgood luck with that\b|\bwhatever you say\b|\bnice try\b|\bhow convenient\b"
        r"|\bof course you (?:did|do|are|will|would|can|have|were)\b|\bright,? because\b"
        r"|\bshocker\b|\b(?:riight|riiight|riiiight)\b"
        r"|\bpfft\b|\bpuh-?lease\b|\bcry me a river\b|\bboo hoo\b|\bpoor (?:you|baby|thing)\b",
        R.SHAMING,
    ),
    Rule("sarcasm", C.CO, r"/s\b|[🙄🙃😒]", R.SHAMING),
    Rule(
        "threat",
        C.CO,
        rf"\b(?:if you don't|if you do not|if you won't|unless you|either you)\b.*\b(?:{I_WILL}|i'm|we're|"
        rf"you(?:'ll| will|'re| are) (?:have to|need to|be|lose|find)|you can (?:leave|go|pack|find|get out))"
        rf"|\bor (?:else|i'll|i will|we'll|we will|you're out|you can leave|you can go|find somewhere|pack your)"
        rf"|\b{I_AM} (?:leaving|done with you|so done|through with you|kicking you out|cutting you off|"
        rf"calling the police|taking the (?:kids|children)|filing for|divorcing you|changing the locks)"
        rf"|\b{I_WILL} (?:leave you|divorce|kick you|throw you|cut you off|call the police|take the (?:kids|children)|"
        rf"stop paying|change the locks|never speak|disown|report you|have you arrested)"
        r"|\b(?:your|this is your) (?:last|final) (?:chance|warning)\b|\blast chance\b|\bfinal warning\b"
        r"|\b(?:get|move) out of (?:my|this|our) house\b|^(?:(?:and|then|just),? )?don't (?:bother )?(?:come|coming) (?:home|back)\b"
        r"|\byou(?:'re| are) (?:out|on your own|cut off)\b(?! of)",
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
        r"|\bhow could you\b(?! (?:\w+ )?(?:instead|differently|respond|handle|approach|deal|cope|manage|make|find|get|start|try))|\bwhat(?:'s| is) wrong with you\b|\bwhat were you thinking\b"
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
        r"|\b(?:that's|that is|this is|it's|it is) (?:just |such |all )?(?:an excuse|a lie|lies|bullshit|bs|crap|nonsense|"
        r"ridiculous|not true|rubbish|garbage|pathetic|a cop[- ]out|no excuse|a load of)\b"
        r"|\byou(?:'re| are)? (?:just )?(?:making|using) (?:excuses|that as an excuse|it as an excuse)"
        r"|\bi don't believe (?:you|that|a word|for a second)\b|\bwho are you kidding\b|\byou(?:'re| are) lying\b"
        r"|\b(?:are you|you're|you are) (?:even )?(?:lying|being honest)\b(?=.*\?)"
        r"|\bdo you (?:really |honestly |seriously )?(?:expect|think) (?:me|us|anyone) (?:to believe|is stupid|are stupid)"
        r"|\b(?:be|get) (?:honest|real) with yourself\b|\badmit (?:it|that you|you (?:have|are|'re|need))"
        r"|\bface (?:it|the facts|facts|reality|the truth)\b|\bopen your eyes\b"
        r"|^(?:(?:just|oh|come on|please|so|now|seriously|god|man),? )*wake up(?:,? \w+)?[.!]*$|\bwake up and smell\b|\btime to wake up\b"
        r"|\byou(?:'re| are) (?:wrong|not listening|not making sense)\b|^(?:(?:no|but|well),? )?that's not (?:true|right|how it)\b"
        r"|^(?:(?:no|but|well|look),? )*(?:that's|that is|that was) not what i (?:said|meant|mean|say)\b|^i never said that\b"
        r"|^(?:no|wrong),? you (?:do|are|did|have|don't|can't)\b|^yes,? you (?:do|are|did|have|can)\b"
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
        r"|\b(?:disappointed|embarrassed|ashamed|disgusted) (?:in|of|by|with) you\b"
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

WHY_DONT_YOU = Rule(
    "why_dont_you",
    C.PE,
    r"\bwhy (?:don't you|not just|not try|don't we just|can't you just|won't you)\b|\bhow about you (?:just )?(?:stop|quit|go|try|get)\b",
    R.ADVISING,
)
LEADING_QUESTION = Rule(
    "leading_question",
    C.PE,
    r"\b(?:don't you think|wouldn't it be|isn't it (?:time|better|about time)|shouldn't you|can't you see|"
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
        r"(?:stop|quit|go(?! ahead)(?! on)|get (?:help|treatment|clean|sober|some|yourself|it|rid|off|out|into|to|a grip)|"
        r"put (?:down|the|it|that|away)|pour|throw (?:it|away|out)|call (?:your|the|a|them)|book|sign up|check (?:into|yourself)|"
        r"cut (?:back|down|it)|give (?:it|up)|make (?:an appointment|sure|a decision|the call)|"
        r"take (?:responsibility|control|this seriously|it seriously|your)|admit|accept|face|listen to (?:me|us|your)|"
        r"calm down|relax(?! and)|chill|don't (?!worry|know|have to|need to|feel)(?!be )|do not|never|"
        r"try (?:to stop|to quit|to cut|not to|going|aa|na|a meeting|rehab|harder|and|quitting|cutting|stopping)|"
        r"start (?:going|taking|seeing|looking|attending)|see (?:a|your) (?:doctor|counsellor|counselor|therapist)|"
        r"go to (?:aa|na|rehab|a meeting|meetings|the doctor|detox|treatment|therapy|a counsellor|a counselor)|"
        r"come on(?:,| now)|enough(?: is enough)?(?:[.!]|$)|no more(?! \w+ from me))\b"
        rf"|^(?:(?:so|and|but|just|please|now|then|also|first|firstly|second|secondly|third|finally|well|ok|okay|honestly|"
        rf"maybe|perhaps|definitely|really|seriously|simply|always|never|instead|otherwise|meanwhile|next|for example|"
        rf"for instance|as always|trust me|look|listen|again|[a-z]+ you,),?\s+)*(?!{ENCOURAGING})"
        rf"(?:{IMPERATIVE_VERBS}|better (?:be|not|stop|get|watch))\b{_NOT_A_SUBJECT}"
        rf"|^(?:(?:and|but|so|or),? )?if [^,.?!]{{3,120}}?(?:,\s*(?:then )?| then )(?:(?:just|at least|maybe|please|first),? )?"
        rf"(?:{IMPERATIVE_VERBS}|don't|do not|never)\b{_NOT_A_SUBJECT}"
        # an order after a concession: "i know it's hard, but try to rise above it"
        r"|[,;] (?:but|so) (?:just |please |maybe |first |trust me,? )?(?:try|don't|stop|quit|go|get|call|talk to|find|ditch|"
        r"make sure|remember|keep|take|give)\b"
        r"|\b(?:plan|deal|advice|idea|step|steps|rule|rules|answer|solution|fix|bottom line|what (?:you|to) do)(?: is)?:\s+"
        rf"(?:(?:just|now|then|first|please|so),?\s+)*(?:{IMPERATIVE_VERBS}|don't|do not|never)\b",
        R.DIRECTING,
    ),
    Rule(
        "should",
        C.PE,
        r"(?<!feel )(?<!think )(?<!believe )(?<!said )(?<!know )(?<!mentioned )(?<!decided )(?<!wonder if )"
        r"(?<!wish )(?<!worried )(?<!that )(?<!because )(?<!since )(?<!when )(?<!feel like )(?<!think that )(?<!sense )(?<!told yourself )(?<!what )(?<!where )(?<!how )(?<!if )(?<!whether )(?<!maybe )"
        r"\byou (?:really |seriously |honestly |definitely |just |absolutely |clearly |simply |obviously |still )?"
        r"(?:should(?:n't)?|need to|have to|must(?:n't)?(?!(?: have| 've|'ve| be (?:so|really|very|pretty|quite|feeling|getting))\b)|ought to|got to|had better|'d better|better (?:not|stop|get|go|quit)|"
        r"can't (?:keep|go on|continue|carry on|just)|cannot (?:keep|go on|continue))\b",
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
        r"|\bi (?:want|need|expect) you to\b|\bwe (?:want|need|expect) you to\b|\bpromise me\b"
        r"|(?<!decide is )(?<!decide to do is )(?<!choose is )(?<!choose to do is )(?<!feels like )(?<!feel like )(?<!seems like )(?<!felt like )"
        r"\b(?:the|your) (?:best|only|right) (?:thing|option|way|answer|solution|choice)\b(?! (?:for|to) (?:me|us)\b)"
        r"|\bwhat you need (?:to do )?is\b|\byou(?:'d| would) be (?:much |so |a lot )?better off\b"
        r"|\bit(?:'s| is| would be|'d be) (?:really |so |very )?(?:best|better|important|essential|vital|time|about time|"
        r"high time|wise|smart) (?:for you )?to\b|\bit(?:'s| is) (?:really |so |very )?(?:important|time|best|essential) that you (?:stop|quit|get|go|see|start|try|cut|take|make)"
        r"|\byou (?:really )?(?:can't|cannot|shouldn't) (?:keep|go on|continue|carry on)\b"
        r"|\bi (?:really |honestly |do |just |truly )?(?:think|believe|feel) (?:that )?(?:you (?:really |honestly |seriously )?(?:should|need|have to|must|ought|'d better)|it's time (?:for you|you))"
        r"|\b(?:(?:the )?(?:first|only|next) |the )(?:step|thing) (?:is|you need|to do is) (?:to |admitting|getting|stopping|going)"
        r"|\bif you (?:just|only|would just) (?:stopped|quit|tried|went|listened|got|put)\b",
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
        r"psychosis|an overdose|overdose|hepatitis|hiv|brain bleed)|kill you|(?:harm|damage|hurt|ruin|destroy|wreck|poison) your))\b",
        R.PERSUADING,
    ),
)

PERSUADE_IN_QUESTION = table(WHY_DONT_YOU, LEADING_QUESTION)

# Asking what the person makes of information just given: Seeking Collaboration after GI (E-P-E).
ASK_VIEW = gate(
    r"\bwhat (?:do|would) you (?:think|make) (?:of|about) (?:that|this|it|what i|these|those|all that)\b|\bhow does that fit (?:with|for) you\b"
)

# Signs that advice comes with permission or autonomy (MITI: Persuade with Permission → GI).
PERMISSION_CUE = gate(
    r"\bif you(?:'re| are)? (?:want(?:ed)?(?=[,.!?]|$| to (?:hear|know|talk|try (?:it|that|this)|look|see)\b| me to\b| some\b| any\b| more\b)|like|interested|open to it|ever want|decide|choose|'d like|would like|are ready)\b"
    r"|\b(?:it's|it is) (?:up to you|your (?:choice|call|decision))\b|\bsee what you think\b|\btake it or leave it\b"
    r"|\bsome people (?:find|have found|say|try)\b|\bmight (?:or might not )?(?:work|fit|help) for you\b|\bone option\b"
    r"|\b(?:is|would) (?:that|it) be (?:ok|okay|alright|all right)\b|\bif (?:it's|that's|it is|that is) (?:ok|okay|alright|all right)\b"
    r"|\bis that (?:ok|okay|alright|all right)(?: with you)?\?|\bmay i\b|\bcan i (?:share|tell|offer|give|suggest)\b|\bdo you mind if\b"
    r"|\bwould you like (?:me to|to hear|some)\b|\bfor what it's worth\b|\byou (?:asked|wanted to know)\b|\bsince you asked\b|\bdoesn't (?:fit|work) for you\b"
)

# --- MI-adherent --------------------------------------------------------------------------
COLLABORATE = table(
    Rule(
        "permission",
        C.SC,
        rf"\b(?:would|will|is) it be {OK}(?: with you)? (?:if|for me to|that)\b|\bis it {OK}(?: with you)? (?:if|for me to|that i)\b"
        r"|\b(?:may|can|could|might) i (?:share|tell you|offer|give you|suggest|ask|mention|add|make a|talk|say|check|"
        r"run|read|come in|bring|throw out)\b|\b(?:do|would) you mind if\b"
        r"|\bi (?:wonder|wondered|was wondering|'m wondering) if (?:i|we) (?:could|might|can|may)\b"
        r"|\bwould it (?:help|be (?:helpful|useful|all right|ok|okay)) (?:if|for me to) (?:i )?(?:told|tell|shared|share|explained|explain|said|gave|give|offered|offer|went|go)\b"
        r"|\bwould you (?:like|want|be (?:interested|open|okay|ok)|be willing to hear)(?: for)? (?:me to|to hear|some|if i|in hearing|"
        r"to know what|in some|to look|to explore|more information|some information|a few)\b"
        r"|\b(?:do|would) you want (?:me to (?:tell|share|give|explain|go)|to hear|some (?:information|ideas|suggestions|options))"
        r"|\bi (?:have|'ve got) (?:some|a few|a couple of|an) (?:ideas?|thoughts?|information|concerns?|suggestions?)[^.?!]*\bif you\b",
    ),
    Rule(
        "collaborate",
        C.SC,
        r"\bhow (?:does|would) (?:that|this) (?:plan |idea )?sound(?: to you)?\b"
        r"|\bwhere would you like to (?:start|begin|go|take)\b|\bwhat would you like (?:to (?:talk|focus|start|do with)|me to (?:do|know))"
        r"|\bwhat would be (?:most |more |the most )?helpful\b|\bhow (?:can|could|might|may) (?:i|we) (?:help|support|be (?:of )?help)"
        r"|\bwhat (?:can|could) (?:i|we) do (?:to help|together|differently|to support)\b"
        r"|\b(?:let's|let us|we (?:can|could|might)|can we|could we) (?:figure|work|think|look|talk|decide|explore|come up|sort|plan)\b[^.?!]*\btogether\b"
        r"|\b(?:together|as a team|side by side)\b(?=[^.?!]*\b(?:we|us|let's)\b)|\b(?:we|us|let's)\b(?=[^.?!]*\btogether\b)"
        r"|\bi(?:'d| would) (?:like|love) to (?:hear|know|understand) (?:what|how|your)\b"
        r"|\b(?:i'm|i am) (?:here|happy|glad|ready|willing) to (?:help|listen|support|go with you|come with you|drive you|sit with you|"
        r"sit in|be there|come along|wait with you|take you|make the call with you)\b"
        r"|\b(?:i'd|we'd|i would|we would) (?:be (?:glad|happy)|love) to (?:help|support|come|go|drive)\b"
        r"|\b(?:i|we) (?:can|could) (?:go|come) (?:with you|together)\b|\bwould you (?:be willing|like) to [^.?!]*\b(?:with me|with us|together)\b"
        r"|\bwhat (?:do|would) you (?:want|need) from (?:me|us)\b|\bwhat would you (?:want|like) (?:me|us) to\b"
        r"|^(?:(?:so|ok|okay|and|well|hey|\w+,)\s+)*(?:do (?:you|u) )?want me to (?:\w+ ){0,2}(?:come|go|drive|take|be there|sit|call|help|find|"
        r"look|ring|book|pick|get|bring|stay|talk|ask|make|set|check)\b|\bwould it help (?:if|to|for me to) (?:i |we |me )?(?:\w+ ){0,2}"
        r"(?:came|come|drove|drive|went|go|sat|sit|called|call|stayed|stay|set|helped|help|took|take|picked|pick|looked|look|rang|brought|found|"
        r"talked|talk|was there|were there|be there|had|wrote|made|booked)\b"
        r"|\bwhat (?:would|could|might|can) help (?:from (?:me|us)|you most)\b|\bwhat can (?:i|we) do\b"
        r"|\b(?:could|can|should|shall) we (?:talk|figure|work|think|look|sit|try|plan|come up|go over|start|find|decide|make)\b"
        r"|\bis there a way (?:we|i) (?:could|can|might)\b|\bwould you be willing to (?:hear|listen|talk|sit|come|try|think|let)\b"
        r"|\bwould you (?:come|join|sit|work|talk)\b[^.?!]*\b(?:with (?:me|us)|together)\b|\bwant a (?:ride|lift)\b"
        r"|\b(?:can|could|should|shall) i (?:come|go|drive|help|call|sit|stay|take|pick|be there)\b(?=[^.?!]*\?)",
    ),
)

AUTONOMY = table(
    Rule(
        "autonomy",
        C.EA,
        r"\b(?:it's|it is|that's|that is|this is) (?:completely |totally |entirely |really |ultimately |always |still )?"
        r"(?:up to you|your (?:choice|decision|call|life|body|business))\b"
        r"|\b(?:is|are) (?:completely |totally |entirely |really |ultimately |always |still |all |only )?"
        r"(?:up to you|your (?:choice|decision|call|business))\b"
        r"|\b(?:you(?:'re| are)? the (?:one|only one|person) who|only you|you) (?:get to |can |will |have to |should )?"
        r"(?:decides?|chooses?|make (?:the|that|this|your own) (?:choice|decision|call))\b"
        r"|\byou(?:'re| are)? the (?:one|only one|person) who (?:gets|has) to (?:decide|choose|say)\b"
        r"|\b(?:whatever|what) you (?:decide|choose|end up deciding)\b|\b(?:your|the) (?:choice|decision|call) is yours\b"
        r"|\byou(?:'re| are) (?:the (?:expert|boss|one in charge)|in charge|in control|the best judge)(?: of| on| here)?\b"
        r"|\byou know (?:yourself|best|what's best|what works|your own|better than (?:anyone|me|us))\b"
        r"|\b(?:no one|nobody|i) (?:can|could|is going to|am going to|can't|won't) (?:make|force) you\b"
        r"|\b(?:i'm|i am|we're|we are) not (?:here|going) to (?:tell you what to do|make you|force you|pressure you|lecture|push you|decide for you)"
        r"|\byou don't have to (?:decide|agree|say|change|answer|do anything|stop|talk|figure|have)\b"
        r"|\b(?:if|when|whenever) (?:and when )?you(?:'re| are| feel)? ready\b|\bin your own (?:time|way)\b|\bat your own pace\b"
        r"|\byou(?:'re| are) free to\b|\bi (?:won't|will not|'m not going to|am not going to) (?:stop|hold|keep) you\b"
        r"|\byou(?:'re|'d| are| would| will|'ll) be the (?:one|person) (?:who )?(?:decid|choos|to decide|to choose|in charge|calling)"
        r"|\byou can (?:leave|go|walk away|stop)(?: any ?time| whenever| if you (?:need|want))|\byou can (?:say no|decide|choose|take it or leave it|stop me|leave it|change your mind)\b"
        r"|\b(?:there's |there is )?no pressure\b|\byou(?:'re| are) (?:an adult|a grown)\b[^.?!]*\b(?:decide|choice|your)"
        r"|\b(?:the|this) (?:decision|choice) (?:is|stays|remains) (?:yours|with you|in your hands)"
        r"|\bhow you (?:do|handle|go about) (?:it|this|that) is (?:up to you|yours)\b|\bwhat you do (?:with|about) (?:it|this|that) is (?:up to you|yours)",
    ),
)

AFFIRM = table(
    Rule(
        "affirm_thanks",
        C.AF,
        r"\b(?:thank you|thanks|i appreciate (?:you|it|that))(?: so much| very much| a lot)? (?:for|that you)\b"
        r"(?=[^.?!]*\b(?:honest|open|straight|candid|willing|sharing|telling|trust|talking (?:to|with) me about|saying|listening|"
        r"hearing me|staying|trying|picking up|letting me|explaining|agreeing|showing|patience|courage|saying so|being so|told))",
    ),
    Rule(
        "affirm_strength",
        C.AF,
        r"\byou(?:'ve| have) (?:really |clearly |obviously |already |just |actually )?(?:worked (?:so |really |very )?hard|"
        r"done (?:a lot|so much|well|really well|great|amazing|an amazing|a great|a good|the hard)|come (?:a long way|so far|this far)|"
        r"managed to|shown (?:a lot|real|great|so much|courage|strength)|taken (?:a|the|some|real) (?:big |huge |first |important |real |brave )?steps?|"
        r"stuck with|kept (?:going|at it|trying|it up|your|\w+ing)|stayed (?:sober|clean|off|with)|made (?:real |a lot of |big |good |great |some |huge )(?:progress|changes?|effort|strides)|"
        r"been (?:really |very |so |incredibly |remarkably )?(?:honest|brave|open|strong|patient|clear|thoughtful|resourceful|committed|determined|"
        r"persistent|creative|generous|caring|a good|a great|there for))"
        r"|\byou(?:'re| are) (?:clearly |really |obviously |such |so )?(?:someone who|a person who|the kind of person who|"
        r"(?:a |an )?(?:good|great|caring|loving|devoted|strong|resilient|wonderful|loyal|hard-working|hardworking|thoughtful|brave|honest) "
        r"(?:person|dad|father|mom|mum|mother|parent|son|daughter|friend|worker|man|woman|brother|sister|husband|wife|partner|kid))"
        r"|\byou(?:'re| are|'ve been| have been) (?:so |really |very |incredibly |clearly )?(?:brave|courageous|resilient|resourceful|determined|committed|"
        r"persistent|insightful|generous|strong|honest with (?:me|yourself|us))\b"
        r"|\b(?:it|that|this) (?:took|takes|must have taken|must've taken) (?:a lot of |real |so much |a great deal of |some )?(?:courage|guts|strength|honesty|bravery|nerve|grit|determination|persistence|commitment|character|real effort|work)"
        r"|\bi (?:really |truly )?(?:appreciate|admire|respect|value) (?:(?:your|you|that you|how you|the way you|what you)\b|that(?: about you)?[.!]*$)"
        r"|\b(?:that's|that is|this is|what) (?:a |an )?(?:big|huge|real|important|great|good|brave|significant|major|impressive) "
        r"(?:step|achievement|accomplishment|change|effort|decision|insight|thing to (?:do|notice|say|admit))\b"
        r"|\byou (?:didn't give up|kept going|came back|reached out|"
        r"showed up|got through|made it|managed|noticed|figured out|recognized|recognised|held on|stood up|pushed through|"
        r"had the courage|found a way|did it)\b(?!.*\?)"
        r"|\b(?:your|the) (?:commitment|determination|honesty|courage|strength|effort|persistence|love for|dedication|resilience|"
        r"willingness|openness|insight)\b(?![^.?!]*\?)"
        r"|\b(?:i'm|i am|we're|we are) (?:so |really |very )?(?:proud|impressed) (?:of you )?(?:for|that you|by how|of how|of what|of the way)\b"
        r"|\bgood (?:idea|thinking|insight|point|plan|question)\b"
        r"|\b(?:that|it|this) (?:says|shows|tells (?:me|us)) (?:a lot|so much|something|a great deal|plenty) about "
        r"(?:how much you|how (?:committed|determined|strong|hard|serious|far)|you as a|your (?:commitment|strength|determination|"
        r"courage|love|resolve|character|honesty))"
        r"|\b(?:that|it|this) shows (?:how much you (?:care|want|love|value)|how (?:committed|determined|strong|serious) you)"
        r"|\b(?:takes|took|shows|showed|showing|says|said|must take|must have taken) (?:\w+ ){0,3}(?:effort|willpower|will power|discipline|courage|guts|"
        r"strength|commitment|integrity|honesty|grit|determination|character|backbone|bravery|real work|a lot)\b"
        r"|\b(?:that's|thats|that is|that was|it's|it was|this is) (?:real |such |so |really |a )?(?:huge|brave|courageous|commitment|integrity|"
        r"strength|discipline|no small thing|a big deal|big|real progress|owning it|taking responsibility)\b"
        r"|\b(?:that|it) (?:really )?(?:matters|counts)[.!]*$|\b(?:kind of|that) discipline is real\b",
    ),
)

# Asking straight out about danger: credited, even when it quotes their danger words.
SAFETY_QUESTION = gate(
    r"\b(?:are|were|have) (?:you|u) (?:\w+ ){0,2}(?:thinking|thought|having thoughts|been thinking) (?:about|of) "
    r"(?:killing (?:yourself|urself)|suicide|ending (?:your|ur) life|ending it|hurting (?:yourself|urself)|harming yourself|dying|taking (?:your|ur) (?:own )?life)"
    r"|\b(?:are|r) (?:you|u) (?:feeling )?suicidal\b|\bdo (?:you|u) (?:want|mean|plan|intend) (?:that )?(?:to )?(?:die|kill (?:yourself|urself)|end (?:your|ur) life|you want to die)\b"
    r"|\b(?:do|have) (?:you|u) (?:have|got|made) a plan\b|\bhave (?:you|u) (?:thought about|planned) how\b|\bare (?:you|u) safe\b"
    r"|\b(?:what|how much|how many) (?:did|have) (?:you|u) (?:take|taken|used|use)\b|\bhave (?:you|u) taken (?:anything|something|too much|more)\b"
    r"|\bis (?:anyone|anybody|someone) (?:hurting|threatening) (?:you|u)\b|\bdo (?:you|u) feel safe\b|\bdo (?:you|u) mean (?:suicide|killing|ending|you want to die)"
    r"|\b(?:thoughts|thinking) (?:of|about) (?:suicide|killing (?:yourself|urself)|ending (?:your|ur) life)\b[^.?!]*\?"
    r"|\bwere (?:you|u) trying to (?:kill|hurt|end)\b|\bwas (?:that|it) (?:on purpose|to end (?:your|ur) life)\b"
)

# Owning a misstep: an apology or taking responsibility (OT, with feedback of its own).
REPAIR = gate(
    r"\b(?:i'm|im|i am) (?:so |really |very |truly |genuinely )?sorry\b(?! (?:to hear|that (?:happened|you're|you are|you feel|this|it)|you(?:'re| are| feel| have| had|'ve)|for your|about your|for what you|for you\b|if you))"
    r"|^(?:(?:ok|okay|yeah|ugh|oh|hey|look|\w+,)\s+)*sorry\b(?! to hear)"
    r"|\b(?:my (?:fault|bad|mistake)|that(?:'s| is| was) on me|that was my (?:mistake|fault)|i was (?:wrong|out of line|unfair|harsh)|"
    r"i (?:shouldn't|should not|should never) have|that (?:wasn't|was not|isn't) (?:fair|ok|okay|right|kind)(?: of me| to you)?|"
    r"(?:that was )?out of line|i take (?:that|it) back|i apologi[sz]e|my apologies|that came out (?:\w+ )?(?:wrong|harsh|badly|harsher|meaner|all wrong)|"
    r"i didn't mean (?:it|that) (?:like|the way)|let me (?:try|say) that (?:again|differently|better)|i got ahead of (?:you|myself)|"
    r"(?:that was|i was being) (?:judgy|harsh|cruel|mean|unkind|unfair|rude|a jerk)(?: of me)?|i (?:messed|screwed) (?:that|up)|i owe you an apology)\b"
)

PRAISE = gate(
    r"^(?:(?:oh|wow|well|yeah|yes|okay|ok|right|alright|all right|mm+(?:-?hmm)?),? )*(?:great|good|good job|great job|nice|nice job|well done|awesome|excellent|perfect|wonderful|fantastic|brilliant|"
    r"amazing|super|terrific|cool|sweet|lovely|outstanding|bravo|way to go|good for you|you did (?:great|good|well|it|a good job|amazing)|"
    r"that's (?:great|good|wonderful|fantastic|awesome|excellent|amazing|brilliant|terrific|good to hear|great to hear|lovely|super|"
    r"really good|really great|so good|so great|very good|very nice|so nice)|(?:i'm|i am|we're) (?:so |really |very )?proud of you)(?: too| then| now)?[.!]*$"
)

REASSURE = gate(
    r"\b(?:don't|do not|try not to|no need to) (?:you )?worry\b"
    r"|\b(?:it|everything|you|things|it all)(?:'ll| will| is going to|'s going to| are going to|'re going to) (?:all )?(?:be|get|turn out|work out) "
    r"(?:ok|okay|fine|alright|all right|better|great|good)\b"
    r"|\byou(?:'ll| will) (?:get through|be fine|manage|be ok|be okay|be alright|make it|pull through|beat this)\b"
    r"|\b(?:i'm|i am) sure (?:it|you|everything|things)\b|\beverything happens for a reason\b|\blook on the bright side\b"
    r"|^at least\b|\bit could be worse\b|\bit's not (?:the end of the world|your fault)\b|\bcheer up\b|\bchin up\b"
    r"|\b(?:i'm|i am) (?:so |really |very )?sorry (?:to hear|that|you|for|about)\b|\bthat's (?:so )?(?:sad|too bad|a shame)\b"
    r"|\byou're not alone\b|\bit happens to (?:everyone|the best)\b|^(?:(?:just|and|so|please),? )*"
    + ENCOURAGING
    + r"|\byou(?:'ve)? got this\b|\b(?:i'm|i am|we're|we are) (?:always |still |right )?here(?: for you)?(?: if you need (?:me|us|anything))?[.!]*$"
)

DISTRACT = gate(
    r"\b(?:let's|can we|could we) (?:change the subject|talk about something else|not talk about|move on|forget about)\b"
    r"|^(?:(?:yeah|ok|okay|well|so),?\s+)?anyway\b|\bon a (?:lighter|happier|different) note\b"
)

# --- questions ------------------------------------------------------------------------------
_LEAD = (
    r"^(?:(?:so|and|but|ok|okay|well|now|yeah|yes|right|um+|uh+|mm+(?:-?hmm)?|alright|all right|great|good|oh|hmm+|then|also|"
    r"i see|i mean|just|and so|you know|again|let me ask(?: you)?(?: this| another question| something)?|"
    r"i(?:'m| am| was) (?:just |kind of )?(?:wondering|curious)|i want(?:ed)? to (?:simply |just )?ask(?: you)?|"
    r"can i ask(?: you)?|\w+,|mom|mum|mam|dad|son|honey|babe|baby|buddy|bud|mate|man|dude|bro|sis|love|sweetie|"
    r"sweetheart|darling|kiddo|pal|grandma|gran|nan|grandpa|pops)[,:]?\s+)*"
)
# A question word right before a subject starts a clause, not a question: "when he said it, ...",
# "what you do is your call" (but "how you doing?" drops the "are").
_CLAUSE = (
    r"(?! (?:i|you|he|she|they|we|it|i'm|you're|he's|she's|they're|we're|it's|your|my|his|her|their|our|people|"
    r"someone|somebody|everyone|everybody)\b(?<!how you)(?<!how you're))"
)
OPEN_QUESTION = gate(
    _LEAD
    + r"(?:(?:what|how|why|who|whom|whose)\b"
    + _CLAUSE
    + r"|(?:where|when)\b"
    + _CLAUSE
    + r"(?! (?:the|those|these|this|that|a|an|some|all|any|things|people|someone)\b)"
    r"|in what ways?|which ways?|what's|how's|how come|what else|what about|"
    r"anything else|any(?:thing)? other|any (?:thoughts|ideas|other)|is there anything|are there (?:any )?other|"
    r"(?:do|did) you have (?:any|some) (?:ideas?|thoughts|sense|idea)(?! of (?:how many|how much|when)))\b"
    r"|\b(?:what|how|why)\?$"
    r"|"
    + _LEAD
    + r"(?:tell (?:me|us)|talk to me|remind me (?:again )?(?:why|what|how|about)|say (?:a (?:little|bit) )?more|describe|walk me through|help me (?:understand|see)|fill me in|"
    r"explain|share (?:a (?:little|bit) )?more|give me (?:an example|a sense|an idea))\b"
    r"|\b(?:i'd|i would) (?:like|love) to (?:hear|know|understand|learn) (?:more|about|what|how|why)\b"
    r"|\b(?:i'm|i am) (?:curious|wondering|interested in hearing) (?:about|what|how|why|to hear|to know)\b"
    r"|\bi wonder(?:ed)? (?:what|how|why)\b"
    r"|\b(?:can|could|would|will) you (?:tell|say|share|describe|talk|explain|walk|help me understand|give me) (?:me )?(?:more|about|a little|a bit|what|how|why|some|an example)"
    # after an opening clause: "if it went your way, what would you be doing?"
    r"|,\s+(?:(?:so|and|then|now),?\s+)?(?:what|how|why|where|who|in what ways?)\b" + _CLAUSE + r"(?=[^,.!?]*\?$)"
)
CLOSED_OPENERS = gate(
    _LEAD + r"(?:do|does|did|is|are|was|were|have|has|had|can|could|will|would|should|shall|may|might|am|"
    r"don't|doesn't|didn't|isn't|aren't|wasn't|weren't|haven't|hasn't|can't|couldn't|won't|wouldn't|shouldn't)"
    r" (?:you|i|it|he|she|they|we|there|that|this|your|anyone|anything|anybody|someone|something|somebody|people|the|a|any|any of|all|"
    r"things|everything|everyone|that's|those|these|he's|she's)\b"
    r"|" + _LEAD + r"(?:any|anyone else|is that|are there|is there|which)\b"
    # after an opening clause: "when you say that, are you thinking of ...?"
    r"|,\s+(?:(?:so|and|then|now),?\s+)?(?:do|does|did|is|are|was|were|have|has|can|could|will|would) "
    r"(?:you|i|it|he|she|they|we|there|that|this)\b(?=[^,.!?]*\?$)"
)
# Questions that ask for a number, a time or a choice are closed even when they start with what/how.
CLOSED_ANSWER = gate(
    r"\bhow (?:many|much|often|long|old|far|soon|late|early)\b|\bon a scale\b|\b(?:1|one|0|zero) (?:to|and|through) (?:10|ten|5|five|100)\b"
    r"|\bout of (?:10|ten|5|five)\b|\bwhat (?:time|day|date|year|age|number|percentage|month)\b|\bwhich one\b"
    r"|\b(?:what|which) (?:would you say|is it)[^?]*\bor\b|\bhow (?:likely|confident|important|ready|sure) [^?]*\b(?:scale|number|out of)\b"
    r"|^(?:(?:so|and|but|okay|ok),?\s+)*when (?:did|was|were) (?:you|it|that|this) (?:last|first|start|begin|happen)"
    r"|^(?:(?:so|and|but|okay|ok),?\s+)*(?:who|where) (?:is|was|are|were|do|did)\b(?=[^?]{0,25}\?)"
    r"|\bwhat number (?:would|do|will|might)\b|\b(?:0|zero|1|one|10|ten|100) (?:being|means|meaning|is)\b"
)
TAG_QUESTION = gate(
    r"(?:,|\s)(?:right|yeah|yes|no|ok|okay|correct|true|huh|eh|isn't it|aren't you|don't you|didn't you|wasn't it|is it|"
    r"do you|did you|have you|can you|or not|or no|am i right|is that right|is that it|is that fair|does that fit|yes or no)\?*$"
)
# Without a question mark, a question word must be followed by what makes it a question:
# "when did you" asks, "when he said it" does not.
ASKING_WORD = gate(
    _LEAD
    + r"(?:what|how|why|who|when|where|which|whose)(?:'s| (?:do|does|did|is|are|was|were|have|has|had|can|could|will|would|"
    r"should|might|may|am|else|about|kind|sort|made|makes|happened|happens|brought|brings|helps|helped|worries|worried|"
    r"matters|mattered|comes|came|gets|got|stops|stopped|keeps|kept|would|if|exactly|often|much|many|long|come))\b"
)
# A scaling question can be typed without a question mark.
SCALING = gate(
    r"\bon a scale\b|\b(?:1|one|0|zero) (?:to|and|through) (?:10|ten|5|five|100)\b|\bwhat number (?:would|do|will|might)\b"
)

# Statements that open with a question word but are reflections ("what i'm hearing is...").
REFLECTIVE_WH = gate(
    r"^(?:(?:so|and|but|ok|okay|well|yeah),?\s+)*(?:what (?:i'm|i am|i) (?:hearing|hear|getting|sensing|understanding)|"
    r"what you(?:'re| are)? (?:saying|describing|telling me|said|mean|want|need|value|care about|really want)|"
    r"what (?:really )?matters|what (?:i|we) (?:hear|heard)|how (?:hard|difficult|frustrating|scary|painful|awful|tough|lonely|exhausting|"
    r"confusing|upsetting|overwhelming|frightening|sad|maddening|tiring)(?: that| this| it| all that)? (?:must|might|can|has|is|was|would)"
    r"|how much (?:you|your|this|that|it|they|he|she) (?:care|love|want|means?|matters?|hurts?|worr))"
)

# --- reflections and summaries --------------------------------------------------------------
SUMMARY = gate(
    r"\b(?:let me (?:see if i (?:can|have|got) |try to |just )?(?:summari[sz]e|sum (?:it |that |this )?up|see if i(?:'ve| have)? got (?:this|that|it|everything)|pull (?:that|this|it|these|some of this) together|recap|make sure i(?:'ve| have)? got)|"
    r"(?:to |so to )?sum (?:it |that )?up|in summary|so far (?:you've|you have|we've|we have|i've heard)|"
    r"you(?:'ve| have) (?:mentioned|told me|said|talked about) (?:a (?:few|couple|number)|several|some) (?:things|reasons|ways)|"
    r"(?:here's|this is) what i(?:'ve| have)? heard|what i(?:'ve| have) heard (?:so far|today|you say)|"
    r"if i(?:'ve| have)? (?:got|understood) (?:this|that|you|it) right|let me (?:check|make sure) (?:i|that i)(?:'ve| have)? (?:understood|got))"
)
_FRAME_LEAD = r"^(?:(?:so|and|but|yet|ok|okay|well|yeah|mm+(?:-?hmm)?|right|oh|hmm+|um+|uh+|it's like|and so|now|kind of|sort of),?\s+)*"
REFLECTION_FRAME = gate(
    _FRAME_LEAD
    + r"(?:(?:it |that |this )?(?:sounds?|seems?|feels?|looks?) (?:like|as (?:if|though)|to me|that)|feel like you|(?:it|that|this) (?:seems|sounds|feels|looks|must(?:'ve| have)? \w+)\b|"
    r"you(?:'re|'ve|'d|'ll)?\b|"
    r"your\b|part of you|on (?:the )?one hand|on the other hand|from where you(?:'re| are)? (?:sit|stand|sitting|standing)|from your (?:point of view|perspective|side)|"
    r"i (?:hear|heard|get|got|sense|can see|can tell|imagine|guess|gather|understand) (?:that |you|this|how|what|it's|a)|"
    r"i (?:think|wonder if|guess|imagine|suspect) (?:that )?you(?:'re| are| feel| might| may| really| have|'ve| want| don't)\b|"
    r"i(?:'m| am| also am|'m also| am also) (?:hearing|getting|sensing|getting the sense|getting a sense|noticing|trying to understand) |"
    r"i (?:get|have) (?:the|a) (?:sense|feeling|impression)|there's (?:a )?part of you|"
    r"(?:that|it|this)(?: must| must've| must have| might| can| could)(?: really)? (?:be|have been|feel|make)\b|"
    r"what a (?:relief|lot|struggle|burden|shock|worry)|not (?:easy|fun|what you)|no wonder)"
)
# Weaker signs of a reflection, checked after first-person statements and information.
REFLECTION_WEAK = gate(
    _FRAME_LEAD
    + r"(?:(?:it's|it has been|it's been|that's|that was|that's been|this is|this has been|there's|there is|it was) "
    r"(?:really |pretty |been |quite |so |very |a |just |not )?(?:hard|difficult|tough|important|frustrating|scary|painful|a lot|"
    r"confusing|upsetting|overwhelming|exhausting|lonely|big|easy|rough|stressful|heavy|something|the thing|what|nothing|no|"
    r"part|one|kind|sort|too much|enough|new|different|helpful|working|tricky|awkward|complicated|worrying|serious)|"
    r"there (?:are|is|were|was) (?:things|some things|a lot|lots|parts|times|moments|people|reasons)\b|"
    r"[^.?!]*\b(?:has|have) been (?:a lot|too much|so much|hard|tough|rough|exhausting|heavy|scary|awful)\b|"
    r"(?:he|she|they|people|everyone|nobody|no one|your \w+) (?:is|are|was|were|has|have|keeps?|don't|doesn't|didn't|won't|never|"
    r"always|just|really|seems?|wants?|needs?|thinks?|feels?)\b|"
    r"(?:and|or|but|because|which|then) )"
)
FIRST_PERSON = gate(
    r"^(?:(?:and|but|so|well|honestly|look|now|yeah|okay|ok|um|uh|[a-z]+,),?\s+)*(?:i|i'm|i've|i'd|i'll|we|we're|we've|we'd|we'll|my|our|me)\b"
)
STARTS_SO = gate(
    r"^(?:(?:okay|ok|yeah|mm+(?:-?hmm)?|right|well|and|oh|alright|all right|hmm+),?\s+)*so\b,?\s*"
    r"(?!what|how|why|do|did|are|is|have|can|could|would|will|let's|let me|i'm going|we're going|today)"
)
DOUBLE_SIDED = gate(
    r"\bon (?:the )?one hand\b|\bon the other(?: hand)?\b|\bpart of you\b|\bat the same time\b|\band yet\b|\b(?:but|and) also\b"
    r"|\b(?:some|other) (?:part|days|times)\b|\bboth\b[^.?!]*\band\b|\b(?:while|although|even though|even if)\b[^.?!]*\byou\b"
    r"|\byou\b[^.?!]*\b(?:but|and yet|though)\b[^.?!]*\byou\b"
)
AMPLIFIED = gate(
    r"\b(?:at all|whatsoever|absolutely no|completely|totally|entirely|not a single|nothing (?:at all|about|could|would|will)|"
    r"no way|not one|no problem at all|never (?:ever|once)|no reason (?:at all|whatsoever)|everything|everyone|nobody|no one|"
    r"always|forever|not even a little|not the least)\b"
)
# "It isn't the medication you're dreading": saying what it is not, to name what it is.
REFRAME = gate(
    r"^(?:(?:so|and|but|maybe|perhaps|i wonder if|it sounds like|sounds like),?\s+)*(?:it|this|that)(?:'s not| is not| isn't| wasn't| was not)"
    r"(?: really| just| so much| only| even)*(?: about)? (?:the|your|that|what|how|so much|about)\b[^.?!]*\byou(?:'re| are| were| feel| want| need| "
    r"miss| fear|'ve| have| mind| hate| care)\b"
)
METAPHOR = gate(r"\b(?:it's like|like a|as if|as though|kind of like|sort of like)\b")
# Words that name a feeling, value or hope: saying one the client did not say adds meaning.
MEANING_WORDS = frozenset(
    """
    abandoned afraid alive alone ambivalent ambushed anger angry annoyed anxious ashamed attacked
    bearable belonging betrayed bitter blamed burden burned burnt calm care cares caring comfort
    confident conflicted confused control cope coping cornered crushed defeated deserve desperate
    determined devastated difficult dignity disappointed disappointing discouraged drained
    embarrassed embarrassing enough escape excited exhausted failed failing failure fear fears flat
    freedom frightened frightening frustrated frustrating frustration furious glad grateful grief
    grieving guilt guilty gutted happy hard heavy helpless hope hopeful hopeless hoping humiliated
    hurt hurting hurts important independence independent invisible irritated isolated judged
    knocked lonely longing lost love loved loves mad matter matters meaningful means miss missing
    misunderstood need needed needs nervous normal numb overwhelmed overwhelming pain painful
    panicky peace powerless pressure pressured pride proud pushed rattled ready regret regrets
    rejected relief relieved resent resentful respect respected sad sadness safe safety scared scary
    secure security shaken shame shameful strain stress stressed struggle struggles struggling stuck
    tension terrified tired torn tough trapped trust trusted unbearable uncertain unfair unheard
    unsure upset useless value valued values want wanting wants weary willing wish wishes wishing
    worried worries worry worrying worth worthless
    """.split()
)
# Words that carry no content when comparing a reflection with what the person said.
STOPWORDS = frozenset(
    """
    a about above actually after again against all also although am an and any anything are as at be
    because been before being below between bit both but by can could did do does doing don't down
    during each even everything feel feels felt few for from further get go going gonna got guess
    had has have having he her here hers him his hmm how i i'd i'll i'm i've if in into is it it's
    its just kind know let let's like little lot many may maybe me mean means might mine mm more
    most much must my no nor not now of off oh ok okay on once one ones only or other our out over
    own perhaps pretty quite really right s said same say saying seem seems shall she should so some
    something sort sound sounds still such t tell than that the their theirs them then there these
    they thing things think this those though through to told too uh um under up us very was way we
    we're we've well were what when where which while who whom whose why will with would yeah yes
    you you'd you'll you're you've your yours yourself
    """.split()
)

# Words people use for the same thing: a reflection that swaps one for another adds no meaning.
SAME_MEANING = (
    ("kid", "kids", "child", "children"),
    ("mom", "mum", "mother", "mam"),
    ("dad", "father"),
    ("say", "said", "says", "saying", "tell", "told", "tells", "telling", "call", "called", "calling"),
    ("drink", "drinks", "drinking", "booze", "alcohol"),
    ("pill", "pills", "meds", "medication", "medications", "medicine"),
    ("job", "jobs", "work", "working"),
    ("worry", "worried", "worries", "worrying"),
    ("weed", "pot", "cannabis", "marijuana"),
    ("cocaine", "coke"),
)

# --- information, self-disclosure and the rest ------------------------------------------------
INFORM = gate(
    r"\b(?:research|studies|evidence|science|the data|statistics|doctors|experts) (?:shows?|suggests?|says?|tells? us|has shown|have shown)\b"
    r"|\b(?:many|most|some|a lot of|lots of|plenty of|other) (?:people|folks|families|parents|patients|clients|men|women|adults|teens|users|drinkers)\b"
    r"|\b(?:can|may|might|could|tends to|tend to|often|usually|typically|generally) (?:cause|lead|increase|affect|make|raise|help|reduce|"
    r"lower|damage|interfere|interact|trigger|worsen|improve|happen|take|last|start)\b"
    r"|\bthere (?:is|are|'s) (?:a number of|several|many|some|lots of|a few|different|a lot of|other|also)? ?"
    r"(?:options|ways|treatments|programs|programmes|medications|medicines|groups|services|things that|places|resources|meetings|choices|approaches|kinds)\b"
    r"|\b(?:the|a|our|this|that) (?:program|programme|clinic|group|meeting|treatment|medication|medicine|assessment|counsell?or|doctor|service|"
    r"appointment|helpline|hotline|center|centre|detox|rehab|test|law|court|policy) (?:is|are|has|offers|runs|meets|takes|can|will|would|lasts|costs|involves|works)\b"
    r"|\b(?:one|another|other) (?:option|thing|approach|possibility|idea|choice) (?:is|would be|could be|might be)\b"
    r"|\b(?:i|we) (?:can|could) (?:give|send|offer|show|connect|refer|get|find) you\b"
    r"|\b(?:for example|for instance|in general|on average|in fact|the way it works)\b|\b(?:it is|it's) (?:normal|common|usual|typical|not unusual) (?:to|for)\b"
    r"|\b(?:withdrawal|tolerance|detox|relapse|recovery|treatment|craving|cravings|addiction|dependence|overdose|naloxone|narcan|"
    r"buprenorphine|methadone|suboxone) (?:is|are|can|usually|often|means|happens|affects|tends|may|might|will)\b"
)
I_STATEMENT = gate(
    r"^(?:(?:and|but|so|well|honestly|look|[a-z]+,),?\s+)*(?:i|we)(?:'m| am|'re| are)? (?:(?:really|so|very|just|still|also|always|truly) )*"
    r"(?:worried|scared|afraid|concerned|frightened|sad|upset|hurt|angry|frustrated|exhausted|tired|lonely|heartbroken|terrified|anxious|"
    r"love|care|miss|feel|felt|noticed|saw|found|heard|remember|want|wanted|need|needed|hope|wish|get|got|don't want|can't|have been|"
    r"am|was|were|'ve been|'m here|here|on your side|with you)\b"
)
STRUCTURE = gate(
    r"^(?:(?:so|and|ok|okay|well|now|alright),?\s+)*(?:today (?:we|i)|(?:i'm|i am|we're|we are) going to (?:ask|talk|go|start|spend|look|cover|take)|"
    r"(?:i'd|i would) like to (?:ask|talk|go over|start|spend|look|cover)|let's (?:start|begin|talk|move|go back|come back|look|turn|switch|take|pick up|get started|pause)|"
    r"(?:before we|as we|when we) (?:start|begin|finish|wrap|end|go on)|(?:i|we) (?:have|'ve got) (?:about )?\d+ minutes|"
    r"(?:let me|i'll|i will|i'm going to) (?:explain|tell you|just|go|ask|start|give|show|read|write))"
)
FILLER = gate(
    r"^(?:(?=[a-z])(?:ok(?:ay)?|mm+(?:-?hmm+)?|m+-?hm+|uh-?huh|hmm+|hm+|right|yeah|yes|yep|yup|sure|i see|got it|gotcha|oh|ah|aha|wow|alright|"
    r"all right|cool|fine|no|nope|um+|uh+|huh|and|so|well|of course|exactly|absolutely|indeed|true|totally|definitely|really|"
    r"interesting|i know|i hear you|i get it|i understand|fair enough|makes sense|that makes sense|sure thing|no problem|"
    r"(?:hi|hello|hey|hiya|morning|evening)(?: there| you| man| mate| love| buddy| bud| honey| son| mom| mum| dad| [a-z]+(?=[ ,.!?-]*$))?|"
    r"good (?:morning|afternoon|evening|night)|nice to (?:meet|see) you(?: too)?|welcome(?: back)?|"
    r"(?:(?:i|we) (?:just )?(?:want(?:ed)? to |'d like to )?)?thanks?(?: you)?(?: so much| very much| a lot| again)?"
    r"(?: for (?:coming(?: in| back)?|meeting(?: with me)?|being here|your time|talking(?: with me| to me)?|having me)(?: today| in today)?)?|"
    r"(?:it was|it's|it has been|it's been) (?:really |so |very )?(?:nice|good|great|lovely) (?:to (?:meet|see|talk (?:to|with)|have met|chat with) you|"
    r"talking (?:to|with) you|meeting you)(?: too| today| again)?|"
    r"bye|goodbye|(?:(?:i'll|we'll|i will) )?see you(?: soon| later| next time| next week| then| tomorrow| again)?|"
    r"take care|you're welcome|sorry|pardon|excuse me|go on|go ahead|please|yes please|no thanks|hmm okay)"
    r"[ ,.!?-]*){1,6}$"
)
