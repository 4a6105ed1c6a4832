"""Giving information (GI): facts, options, and the family member's own "I" statements."""

from __future__ import annotations

from dialogue.coding.gate import gate

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
