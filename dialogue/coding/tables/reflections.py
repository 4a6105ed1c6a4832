"""Reflections and summaries: their frames, and the signs that one is complex."""

from __future__ import annotations

from dialogue.coding.gate import gate

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
