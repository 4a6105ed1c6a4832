"""The parts of an ultimatum as people type them: a punishment, and a condition on what they do.

forms.ultimatum finds the two together, in either order.
"""

from __future__ import annotations

YOU = r"(?:you|u|ya)"
YOU_ARE = r"(?:you're|you are|you r|ur)"
I_WILL = (
    r"(?:i'll|ill|i will|i'm going to|im going to|i am going to|i'm gonna|i'm|im|i am|we'll|we will|we're going to|we're|we are|ill have to|"
    r"i'll have to|i will have to|i'm going to have to|i have to|i'd have to)"
)
# What a punishment does: to the person typing, the family, or the person.
PUNISH = (
    r"(?:call(?:ing)?|ring(?:ing)?|tell(?:ing)?|report(?:ing)?|inform(?:ing)?|let (?:\w+ )?know|leav(?:e|ing)|"
    r"(?:done|finished)(?! (?:doing|lending|paying|giving|covering|bailing|making|with (?:that|this|it|the|lending|paying|covering)))|"
    r"through|gone|out of here|tak(?:e|ing) the (?:kids|children|baby|car|keys)|chang(?:e|ing) the locks|kick(?:ing)? you out|"
    r"throw(?:ing)? you out|cut(?:ting)? you off|fil(?:e|ing) for|divorc(?:e|ing)|press(?:ing)? charges|sell(?:ing)?|"
    r"stop(?:ping)? (?:paying|giving|helping)|pull(?:ing)? (?:the|your|my)|walk(?:ing)? away|mov(?:e|ing) out|"
    r"cancel(?:ling)?|never (?:speak|talk|see|help)|not (?:going to )?(?:help|pay|bail|speak|talk)|have you (?:arrested|removed))"
)
CONSEQUENCE = (
    rf"(?:{I_WILL} (?:just |so |really |absolutely |definitely |totally |seriously )?{PUNISH}"
    rf"|(?<!every night )(?<!every time )(?<!whenever )(?<!when )(?<!while ){YOU_ARE} (?:out(?! (?:late|tonight|with|drinking|partying|at|there|and about|of (?:it|your mind|rehab|hospital|prison|jail)))|done|finished|on your own|cut off|dead to (?:me|us)|gone|not welcome|out of (?:here|this house|the house))"
    r"|(?:you|u)(?:'ll| will) (?:be (?:out|on your own|sleeping|looking)|have (?:no|nowhere)|never see|lose (?:us|me|the kids|your))"
    r"|(?:we're|we are|were|it's|it is|this is|that's|thats) (?:done|finished|over|through)(?! with (?:it|this|that)\b)"
    r"|don't (?:bother|expect|come|call|even think)|dont (?:bother|expect|come|call)"
    r"|(?<=or )(?:you|u) can (?:leave|go|pack|find|forget|kiss|get out)|(?<=then )(?:you|u) can (?:leave|go|pack|find|get out)"
    r"|find (?:somewhere|someplace|another place) else"
    r"|(?:there will be |there'll be )?no more (?:money|help|rides|chances|place|bailing)|(?:cut off|pull) (?:all )?(?:support|the money)"
    r"|pack your (?:bags|stuff|things)|(?:the )?locks? (?:get|gets|are getting|will be|is being) changed|out of the will"
    r"|(?:support|money|help|rides|phone|rent|allowance|payments?)(?: \w+)? (?:ends|stops|is over|gets cut|is cut|will stop|stop)"
    r"|(?:they|we|i)(?:'ll| will)? stop (?:paying|giving|helping|covering)|gets? reported to"
    r"|(?:is|'s|are) being sold|gets? (?:frozen|cancelled|canceled|cut off|sold|changed)|custody will be|(?:you're|ur|you are) off the (?:farm|team|lease|account|insurance)"
    r"|hears everything|comes out of the will|(?:is|'s) the cut-?off|that's the date|after that (?:i'm|im|i am) done|"
    r"locksmith is coming|packed a bag for (?:the kids|me|us)|gets? looked at again|(?:i'm|im|i am) not signing|lease (?:is in our name|ends)|"
    r"leaves at \w+ either way|(?:or|otherwise) (?:you're|ur|you are) (?:eating|sleeping|living|spending) (?:alone|elsewhere|on your own)|get (?:your|ur) (?:calls|money|car|keys|phone)(?: \w+)? (?:back|answered) when|(?:you'll|you will) be out on your ear|then we'll see|no (?:grandkids|kids|money|phone|car|place to stay)(?: (?:til|till|until|unless|if)\b)?)"
)
CONDITION = (
    r"(?:\bif\b|\bunless\b|\buntil\b|\btill?\b|\bthe day\b|\bnext time\b|\bthe first\b|^then\b|\bor (?=(?:else|i|i'll|i'm|we|we're|we'll|you're|you'll|you can|don't|there)\b)|\beither\b|\bone more\b|\bagain\b|\bkeep\b|\bnext time\b|\bthe (?:next|first) (?:time|sign)\b"
    r"|\bthe (?:minute|second|moment) (?:you|u)\b|\bmiss (?:one|another)\b|\b(?:tonight|now|today)\b)"
)
