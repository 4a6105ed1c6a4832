"""Questions: open or closed, and the statements that only look like one."""

from __future__ import annotations

from dialogue.coding.gate import gate

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
