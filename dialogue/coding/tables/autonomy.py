"""Emphasising autonomy (EA): the choice, the decision and the pace are theirs."""

from __future__ import annotations

from dialogue.codes import Code
from dialogue.coding.rules import Rule, table

C = Code

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
        r"|\bhow you (?:do|handle|go about) (?:it|this|that) is (?:up to you|yours)\b|\bwhat you do (?:with|about) (?:it|this|that) is (?:up to you|yours)"
        # the right to say no, and leave given: "you have every right to say no", "go if you need to"
        r"|\byou(?: have|'ve got| got) (?:every|the|a perfect) right to\b|\b(?:it's|it is|that's|that is) your right\b"
        r"|^(?:okay,? |ok,? |alright,? |all right,? )?(?:go|leave|take (?:a break|a minute|your time|a walk)|walk away)(?: now)?,? "
        r"if (?:you|u) (?:need|want|have) to\b",
    ),
)
