"""Safety questions: asking straight out about danger (credited, see coding/safety.py)."""

from __future__ import annotations

from dialogue.coding.gate import gate

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
    # said, then asked with a tag: "you're not trying to die, are you?", "you wouldn't hurt yourself, would you?"
    r"|\b(?:you're|you are|youre|ur|u r|you|u)(?: not)? (?:[\w']+ ){0,2}(?:to )?(?:die|dying|kill (?:yourself|urself)|killing (?:yourself|urself)"
    r"|end (?:it|your life|ur life|things)|ending (?:it|your life|ur life|things)|hurt (?:yourself|urself)|hurting (?:yourself|urself))\b"
    r"[^.?!]*?,? (?:are|aren't|arent|would|wouldn't|wouldnt|do|don't|dont|will|won't|wont|r) (?:you|u)\s*\?"
)
