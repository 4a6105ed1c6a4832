"""Other (OT): repair, praise, the roadblocks reassuring and distracting, structure, fillers."""

from __future__ import annotations

from dialogue.coding.gate import gate

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

# Encouragement is said as an order but is not advice ("hang in there"); it is reassurance.
ENCOURAGING = (
    r"(?:hang in there|stay strong|be strong|be well|stay safe|keep (?:going|it up|up the good work|at it|your chin up)|"
    r"chin up|sleep well|sleep tight|sweet dreams|take care|rest up)\b"
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
