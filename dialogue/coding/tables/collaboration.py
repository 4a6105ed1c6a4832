"""Seeking collaboration (SC): asking permission, sharing the agenda, asking what they make of it."""

from __future__ import annotations

from dialogue.codes import Code
from dialogue.coding.gate import gate
from dialogue.coding.rules import Rule, table

OK = r"(?:ok|okay|alright|all right|fine)"

C = Code

# Asking what the person makes of information just given: Seeking Collaboration after GI (E-P-E).
ASK_VIEW = gate(
    r"\bwhat (?:do|would) you (?:think|make) (?:of|about) (?:that|this|it|what i|these|those|all that)\b|\bhow does that fit (?:with|for) you\b"
)

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
