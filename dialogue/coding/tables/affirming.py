"""Affirming (AF): thanks for what they did, and the strengths and efforts they showed."""

from __future__ import annotations

from dialogue.codes import Code
from dialogue.coding.rules import Rule, table

C = Code

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
