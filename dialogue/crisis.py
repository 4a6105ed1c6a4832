"""The safety net: is the person typing, or someone at home with them, in danger now?

Anything a person types into Rapport may come from someone in danger. This looks at what the
*user* types (never at the simulated person) and errs toward showing help: a false alarm costs
one click on "I'm safe, carry on"; a missed one could cost much more. The same detector runs in
the web chat, in `rapport practice`, in `rapport code` (its `crisis` field) and wherever else
text is taken.

It works by form, not by phrase list. Each sentence is read for a *danger form* (a first-person
wish to die in any tense, a plan or the means, a note, pills already taken, self-harm; someone
at home hurting or threatening the person or the children, a weapon, hiding; someone not
waking, not breathing, turning blue, "od'd"), and then for what *undoes* it: the role-play
itself (speaking to the loved one about their danger: "are you thinking about killing
yourself?", "you said you'd rather be dead", "you'll kill yourself with that stuff"), idioms
("it's killing me to see you like this", "scared to death"), events long over ("when you
overdosed two summers ago"), and talk about the practice ("the client is suicidal").

Measured on lines written for this in many voices, a third of them kept aside and never tuned
against: `python -m tests.corpus.measure` (figures in the README).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict

from dialogue.coding.gate import Alternatives, Words, gate
from dialogue.coding.utterances import normalise
from dialogue.crisis_learned import model as learned_model

HELP_FILE = Path(__file__).resolve().parent / "crisis_help.yaml"


class CrisisKind(StrEnum):
    SELF_HARM = "self_harm"
    VIOLENCE = "violence"
    OVERDOSE = "overdose"


@dataclass(frozen=True)
class CrisisSignal:
    kind: CrisisKind
    evidence: str


class Helpline(BaseModel):
    """One line of help: the words, and the number or address behind them."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = ""
    text: str
    tel: str | None = None
    sms: str | None = None
    url: str | None = None


class CrisisHelp(BaseModel):
    """What every path shows when the practice pauses (dialogue/crisis_help.yaml)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    title: str
    message: str
    emergency: Helpline
    lines: list[Helpline]
    first: dict[CrisisKind, str]
    resume: str

    def lines_for(self, kind: CrisisKind | None) -> list[Helpline]:
        """The helplines, the one for this kind of danger first."""
        lead = self.first.get(kind) if kind else None
        return sorted(self.lines, key=lambda line: line.id != lead)

    def as_text(self, kind: CrisisKind | None = None) -> str:
        """The help as plain text, for a terminal."""
        out = [self.title, "", self.message, "", self.emergency.text, ""]
        out += [f"  - {line.text}" for line in self.lines_for(kind)]
        return "\n".join([*out, "", self.resume])


@cache
def crisis_help() -> CrisisHelp:
    """The help shown when the practice pauses, read once."""
    return CrisisHelp.model_validate(yaml.safe_load(HELP_FILE.read_text(encoding="utf-8")))


# --- words and phrases the forms are built from -------------------------------------------

# The person typing as the subject of a sentence, and the gap to a verb that no other subject starts.
_I = r"(?:i|i'm|i've|i'd|i'll|i was|i am|i have|i had|i keep|i just)"
# The start of a sentence whose "I" is left out: "honestly been thinking about ending it".
_LEAD = (
    r"(?:(?:honestly|tbh|ngl|sometimes|some nights|lately|been|just|and|but|so|ok|okay|srsly|really|still|kinda|kind of|"
    r"maybe|can't stop|cant stop|keep|always|often|part of me|on god|fr|lol|idk|ugh|lowkey|highkey|deadass|ong|i)\s+)*"
)
_GAP = r"(?:(?!\b(?:you|u|ya|he|she|they|it|he's|she's|they're|you're)\b|\b(?:my|his|her|our|the) (?:\w+ )?(?:mum|mom|mother|dad|father|son|daughter|husband|wife|partner|brother|sister|kids?|children|baby|boyfriend|girlfriend|friend)\b)[^.?!,]){0,40}?"
# Who can hurt the person at home, or be the one overdosing: anyone but "you" and "I".
_KIN = (
    r"(?:family member|relative|dealer|stepson|stepdaughter|stepbrother|stepsister|foster \w+|husband|wife|partner|boyfriend|girlfriend|fiance|fiancee|son|daughter|boy|girl|lad|kid|child|dad|father|"
    r"stepdad|stepfather|mum|mom|mother|stepmum|stepmom|brother|sister|ex|uncle|aunt|flatmate|roommate|housemate|"
    r"grandson|granddaughter|nephew|niece|cousin|baby|husband's|friend|mate|bf|gf|mummy|mommy|mammy|mam|nan|nana|gran|granny|grandma|grandad|grandpa|grandmother|grandfather)"
)
_THEY = (
    rf"(?:he|she|they|he's|she's|they're|hes|shes|theyre|he'd|she'd|he'll|she'll|hell|shell|him|her|them|"
    rf"(?:my|our|her|his|the) (?:\w+ )?{_KIN}s?|\w+'?s (?:boyfriend|girlfriend|husband|partner|bf|gf)|{_KIN}|"
    rf"dads|mums|moms|dad's|mum's|mom's)"
)
_DIE = (
    r"(?:die|died|dying|be dead|kil+ ?my ?self|kms|kil+ing ?my ?self|end it(?: all)?(?! (?:with|between))|ending it(?: all)?(?! (?:with|between))|end my (?:own )?life|"
    r"ending my (?:own )?life|end things|end everything|top myself|off myself|take my (?:own )?life|taking my (?:own )?life|"
    r"not wake up|don't wake up|didn't wake up|never wake up|won't wake up|wont wake up|put an end to (?:it|things|everything|my life)|wake up dead|not be here|not be around|not exist|"
    r"stop existing|dis{1,2}ap{1,2}ear(?! for (?:a|the) (?:while|bit|day|week|weekend|night)| into (?:my|the|a) (?:bed|room|duvet|sofa|couch|book|blanket|hoodie|phone|game|show|music|work)| to (?:a|the|my) (?!grave|sea|river|bridge)\w+| from (?:this|the|that|my) (?!world|earth|planet|life)\w+)(?: for good| forever| permanently)?|vanish|be gone|"
    r"(?<!could )(?<!could just )sleep (?:forever|for good)|take (?:all|the rest of|every one of) (?:my|the|his|her|these) (?:\w+ )?(?:pills|tablets|meds)|"
    r"taking (?:all|the rest of|every one of) (?:my|the|his|her|these) (?:\w+ )?(?:pills|tablets|meds)|"
    r"stay asleep(?: forever)?|go to sleep and (?:not|never) wake(?: up)?|fall asleep and (?:stay asleep|not wake|never wake)(?: up)?|not be alive|stop living|"
    r"be done with (?:everything|it all|life|living)|end matters|finish it all|finish my life|dye(?! (?:my|your|her|his|the|it))|unalive|unaliving|unalived|sewerslide|sewer slide|self[- ]delete|hang myself|hurt myself|harm myself|cut myself|overdose|jump(?:ing)?(?: off| in front)?|step(?:ping)? (?:off|in front|out in front)|"
    r"driv(?:e|ing) (?:straight )?(?:off|into|in\b)|walk(?:ing)? into the (?:sea|surf|river|ocean|lake|traffic)|"
    r"go to sleep (?:and stay asleep )?forever|go to sleep and stay asleep|(?:was|were) dead|(?:wasn't|weren't) (?:here|alive|around)|"
    r"ctb|log off (?:permanently|for good|forever)|take (?:\w+ ){0,3}(?:sleeping pills|sleepers|pills|tablets) and (?:just )?(?:sleep forever|not wake up|never wake up))"
)
_WISH = (
    r"(?:want|wanted|wanna|want to|want 2|wish|wished|wishing|hope|hoping|pray|praying|thought about|thinking about|"
    r"thinkin about|think about|thought of|thinking of|plan|planned|planning|going to|gonna|tried|try|trying|"
    r"might|could|should|need|ready|about to|considering|consider|feel like|feeling like|feel to|feeling to|tempted to|"
    r"half a mind to|close to|urge to|thinking to|think to|planning to|like to|(?:quite |really )?like to|deciding whether to|debating whether to|"
    r"(?:keep|kept|been|keeps) thinking (?:i'll|i will|i might|i should))"
)
_PILLS = (
    r"(?:pills?|tablets?|meds|medication|medicine|oxys?|oxycodone|xanax|valium|paracetamol|tylenol|ibuprofen|"
    r"painkillers|sleepers|sleeping (?:pills|tablets)|benzos|antidepressants|insulin|heart (?:pills|tablets)|co-?codamol|codeine|"
    r"tramadol|sertraline|amitriptyline|zopiclone|diazepam|gabapentin|lithium|morphine|oxys|percocet|vicodin|ambien|lorazepam|klonopin|"
    r"methadone|suboxone|prescriptions|scripts|anxiety meds|(?:his|her|their) stash|(?:morphine|fentanyl) patch(?:es)?|warfarin|propranolol|quetiapine|mirtazapine|pregabalin|"
    r"zolpidem|temazepam|nytol|aspirin|fentanyl patch(?:es)?)"
)
_POISON = r"(?:sniper|weed ?killer|pesticide|rat poison|bleach|antifreeze|anti-freeze|paraquat|gramoxone|gammalin(?:e|20)?|insecticide|rat killer|slug pellets|drain cleaner|lye)"
_SELF_PLACES = r"(?:reservoir|viaduct|weir|pier|level crossing|crossing|bridge|platform|train|traffic|cliff|roof|building|river|sea|surf|ocean|lake|tracks|overpass|balcony|window|ledge|car park|parking garage|quarry)"
_WEAPON = r"(?:gun|rifle|shotgun|pistol|revolver|knife|knives|blade|bat|hammer|machete|cutlass|axe|crowbar|strap|piece|shank|screwdriver|scissors|broken bottle|cleaver|box cutter|poker|golf club)"
_HURT = (
    r"(?:hit|hits|hitting|punch(?:ed|es|ing)?|slap(?:ped|s|ping)?|shov(?:e|ed|es|ing)|push(?:ed|es|ing)?|"
    r"kick(?:ed|s|ing)?|chok(?:e|ed|es|ing)|strangl(?:e|ed|es|ing)|throttl(?:e|ed|es|ing)|smack(?:ed|s|ing)|"
    r"beat|beats|beating|beaten|belt(?:ed|ing)?|grab(?:bed|s|bing)|drag(?:ged|s|ging)|pin(?:s|ned|ning)|"
    r"threw|throws|throwing|chuck(?:ed|s|ing)|hurl(?:ed|s|ing)|attack(?:ed|s|ing)|stab(?:bed|s|bing)?|"
    r"bit|bites|biting|burn(?:ed|t|s|ing)|lock(?:ed|s|ing)|rap(?:e|ed|es|ing)|assault(?:ed|s|ing)?|"
    r"hurt(?:s|ing)?|went for|came at|comes at|coming at|coming for|going for|stood over|standing over|"
    r"knock(?:ed|s|ing) \w+ (?:down|out|over|about)|put me on the floor|batter(?:ed|s|ing)?|laid into|lays into|laying into|"
    r"done me over|gave me (?:a|an)(?: \w+)? (?:box|clout|hiding|slap|smack|beating|kicking|doing|belt|dig|black eye)|threaten(?:ed|s|ing)?(?! to (?:leave|go|divorce|kick|move|quit|tell|call|stop|take away|cut|dump|break up|finish with|block|unfriend|end (?:it|things)))|glass(?:ed)?|"
    r"held (?:a|the|his|her) (?:\w+ ){1,2}?to|holding (?:a|the|his|her) (?:\w+ ){1,2}?to)"
)
_STRIKE = (
    r"(?:hit|hits|hitting|punch(?:ed|es|ing)?|slap(?:ped|s|ping)?|shov(?:e|ed|es|ing)|kick(?:ed|s|ing)?|chok(?:e|ed|es|ing)|"
    r"strangl(?:e|ed|es|ing)|throttl(?:e|ed|es|ing)|smack(?:ed|s|ing)|beat|beats|beating|belt(?:ed|ing)?|grab(?:bed|s|bing)|"
    r"drag(?:ged|s|ging)|pin(?:s|ned|ning)|stab(?:bed|s|bing)?|bit|burn(?:ed|t|s|ing)|rap(?:e|ed|es|ing)|assault(?:ed|s|ing)?|"
    r"came at|come at|coming at|went for|stood over|standing over|threw \w+ at|throwing \w+ at)"
)
# "kicked me out", "pushed me away", "beat me to it", "threatened to leave me": not violence.
_NOT_PHRASAL = r"(?!(?<!choked me)(?<!knocked me)(?<!punched me) out\b)(?! (?:away|off|to it|at (?:cards|chess|pool|darts|\w+ing)|to (?!the (?:floor|ground|wall))|into (?:going|doing|rehab|treatment|it|this|that|a corner|something|anything|getting|signing))\b)"
_VICTIM = (
    r"(?:me|us|the (?:kids|children|baby|boys|girls)|our (?:\w+ )?(?:kids|children|baby|son|daughter|boy|girl)|"
    r"my (?:\w+ )?(?:sister|brother|son|daughter|kids?|children|baby|mum|mom|mother|dad|father|arm|face|neck|throat|"
    r"head|hair|wrist|ribs|eye|back|body|nan|gran|grandma|hand|hands|leg|fingers|shoulder|stomach|chest|mouth|jaw|wife|husband|partner|girlfriend|boyfriend)|(?:the|my|our) \d+ ?[- ]?(?:yr|year|yo)s?(?:[- ]?old)?|the (?:little one|youngest|oldest|toddler|twins)|"
    r"mum|mom|mam|nan|gran|her(?! (?:feelings|chances|case|career|pride))|him(?! (?:feelings|chances)))"
)

# --- danger forms ------------------------------------------------------------------------------

_SELF_HARM = [
    # a first-person wish, thought, plan or attempt to die, in any tense ("ive been thinkin about ending it all")
    rf"\b{_I}\b{_GAP}\b{_WISH}\b(?: (?:to|2|that|i|i'd|i wouldn't|i'd never|i would never|i could|i would|i just|just|about|of|for|if i|i'd just|i don't|i didn't|i won't|i never|go))*"
    rf"(?: just| really| simply| maybe)? {_DIE}\b",
    # subject dropped, as people type: "been thinking about ending it", "wanna die"
    rf"^{_LEAD}\b{_WISH}\b(?: (?:to|2|about|of|just|really|maybe|i|i could|i would|i'd|go))* {_DIE}\b",
    r"\b(?:kil|kill|killl)(?:ing)? ?my ?self\b|\b(?:kill|killing|hurt|hurting|harm|harming|cut|cutting|burn|burning|hang|hanging|starve|starving|punish|"
    r"punishing|top|topping|off|offing|hit|hitting|scratch|scratching|drown|drowning|shoot|shooting) myself\b",
    r"\bkms\b|\bunalive\b(?! (?:him|her|them|my|his|your|ur)\b)|\bi (?:attempted|tried)\b(?! to (?!kill|end|die|take my))(?=[^.?!]*\b(?:again|last|before|in|once|twice|at|when|and|found|too early|too soon|woke up|hospital|icu)\b)|\bi attempted\b",
    r"\b(?:i'm|i am|im|i feel|i felt|i've been|i have been|i was|been|feeling|feel) (?:\w+ ){0,2}s(?:ui|u|iu)c(?:i|e)?d(?:a|e)l\b",
    r"\bsuicid\w* (?:\w+ ){0,3}(?:crossed|crosses|crossing|on|in) my mind\b|\bmy suicid\w*|\bi (?:tried|attempted) suicide\b",
    r"\b(?:i|i've|i have|i'd|i had|i keep|i'm|i am|been|keep)\b(?: \w+){0,3} (?:thoughts|thinking|thought) (?:about|of) (?:suicide|killing myself|ending (?:it all|my life|things|everything|it(?! (?:with|between))))",
    r"^(?:(?:honestly|tbh|ngl|lately|and|but|so)\s+)*(?:been )?having suicidal (?:thoughts|feelings)\b|\bi(?:'m| am|'ve been| have been)? having suicidal\b",
    # passive wishes and hopelessness
    r"\b(?:everyone|everybody|they|the kids|my (?:kids|family|boys|girls|children)|you all|y'all|the family|it)"
    r"(?: all)?(?:'d| would| will|'ll)?(?: all)? be better off (?:dead|without me|if i (?:was|were|wasn't|weren't) (?:gone|here|around|dead))",
    r"\b(?:i'd|i would|i'll|i will|i'm|i am) be(?: \w+)? better off dead\b|(?<!\bnot )\bbetter off dead\b(?![^.?!]*\byou\b)",
    r"\b(?:be|been) better (?:off )?without me\b|\b(?:no one|nobody|noone) (?:would|will|'d) (?:even )?miss me\b"
    r"|\b(?:i'm|im|i am|i feel like) (?:just |such )?a burden\b|\b(?:don't|do not|dont) deserve to (?:live|be here|be alive)\b"
    r"|\bgoodbye (?:everyone|all|forever|world)\b|\bsay(?:ing)? goodbye (?:to everyone|forever)\b"
    r"|\b(?:what's|whats|what is) the point(?: of (?:me|anything|it all))? (?:anymore|any more)\b|\bno point (?:anymore|any more|in anything)\b"
    r"|\b(?:planning|planned|plan|know|figured out|worked out) how (?:i'd|i would|i'll|i will|to) do it\b"
    r"|\b(?:giving|gave|given) (?:(?!your\b|ur\b)\w+ ){0,2}(?:things|stuff|belongings) away\b"
    r"|\b(?:razor|blade)s?\b(?=[^.?!]*\b(?:my|i|myself)\b)(?![^.?!]*\b(?:you|your|ur)\b)|\b(?:i|my)\b[^.?!]*(?<!your )(?<!ur )(?<!his )(?<!her )(?<!their )\b(?:razor|blade)s?\b(?![^.?!]*\b(?:you|your|ur)\b)"
    r"|\b(?:happier|better|easier) (?:off )?(?:if|when) i(?:'m| was| were| am)? (?:gone|dead|not here|not around|didn't exist)\b"
    r"|\b(?:no one|nobody|noone) (?:would|will|'d) (?:even )?(?:care|notice|miss me) if i (?:died|was gone|were gone|disappeared|wasn't here|killed myself)\b"
    r"|\b(?:won't|wont|will not) be (?:a burden|around|here)(?: to (?:anyone|anybody|you all))? (?:much )?(?:longer|for long|anymore)\b",
    r"\b(?:what's|whats|what is) (?:even )?the point (?:of|in) (?:me\b|my life|living|going on|being here|being alive|still being)",
    r"\bno (?:reason|point) (?:for me )?(?:to|in) (?:live|living|go on|going on|be here|being here|keep going)\b|\bnothing (?:left )?to live for\b",
    r"\b(?:don't|do not|dont|no longer|never|ain't|aint) (?:much |really |even )?(?:want|wanna|trying|tryna) to (?:live|be alive|be here|be around|exist|wake up|go on|keep going)(?: anymore| any more| no more)?\b(?! for (?:this|that|the) (?:part|bit|scene|section|conversation|meeting|session)\b| through (?:that|this|it)\b)"
    r"|\b(?:not sure|don't know if|dont know if|unsure if|not sure if) i (?:want|wanna) to (?:live|be alive|be here|be around|go on|keep going)\b",
    r"\b(?:tired|sick) of (?:living|being alive|being here|(?:the )?life)\b|\bhate (?:being alive|my life|living|being here)\b"
    r"|\b(?:had|have had|'ve had) enough of (?:life|living|being alive|everything|it all)\b|\b(?:can't|cant) do life\b",
    r"\bwouldn't mind if i (?:didn't|did not|never) wake\b|\b(?:i|i'm|i am) not going to be (?:here|around) (?:much )?(?:longer|for long)\b",
    r"\bi (?:don't|do not) see (?:me|myself) (?:making it|being here|being around|lasting)\b",
    r"\b(?:worth|point in|point of) (?:carrying on|going on|living|being here|being alive|staying alive|keeping going)\b"
    r"|\bgo to sleep and (?:not|never)\b|\bmy (?:own )?funeral\b(?![^.?!]*\b(?:whenever|one day|a long way off|when my time comes)\b)|\bnever (?:been|be) born\b|\bnot (?:sticking|stick|staying|stay) around\b"
    r"|\b(?:almost|nearly) (?:jumped|did it|ended it|killed myself|took (?:all|every|the whole|the lot))\b"
    r"|\b(?:swallow|take|took|down|taking) (?:every (?:single )?(?:pill|tablet)|everything in the (?:cabinet|cupboard|drawer)|the lot|all of it)\b"
    r"|\b(?:pills|tablets|meds)(?: are| r|'re)? (?:all )?lined up\b(?![^.?!]*\b(?:dosette|organi[sz]er|pill ?box|for the week|each day)\b)|\blined up (?:the|my|all) (?:pills|tablets|meds)\b"
    r"|\b(?:pain|it|everything|it all) to (?:just )?stop for good\b|\bstop for good\b(?=[^.?!]*\b(?:i|me|my)\b)",
    r"(?:\bi |^)can't (?:keep living|go on|keep going|keep doing this|do this anymore|do this any more|take (?:it|this) anymore|take any more)\b"
    r"(?![^.?!]*\bso (?:i've|ive|i have|i'm|im|i) (?:booked|rung|called|asked|arranged|got|made|started|going to (?:ring|call|book|ask)))",
    r"\b(?:want|need) (?:it all|everything|it) to (?:just )?(?:stop|end|be over)\b(?![^.?!]*\byou\b)",
    r"\b(?:i'm|im|i am) done(?:,)? (?:\w+ ){0,3}with (?:everything|being alive|life|living|it all)\b",
    # absence, settling affairs, wishing it had worked ("i wont be around for it", "told her where the will is")
    r"\b(?:if|when) i (?:just )?(?:wasn't|weren't|was not|am not|i'm not|wasnt) (?:here|around|alive)(?: anymore| any more)?\b"
    r"|\b(?:won't|wont|will not) be (?:around|here|alive) (?:for|to|when|much|anymore|any more|by|after|next)\b"
    r"|\b(?:i'd|id|i would) (?:rather|sooner) (?:be dead|die)\b|\b(?:i|me|my|hoping|wish\w*)\b[^.?!]*\b(?:finish(?:ed|es)?|do|does|did|done) the job\b"
    r"|\bwhere (?:the|my) (?:will|papers|life insurance|insurance) (?:is|are)\b|\b(?:wrote|made|updated|sorted|finished|done) (?:my|a|the) will\b"
    r"|\b(?:wish|wishing|wished) (?:\w+ ){0,8}(?:had )?(?:killed me|finished me|worked|taken me)\b"
    r"|\b(?:won't|wont|wouldn't|will not|would not) be an accident\b|\b(?:picked|chosen|chose|found) the (?:tree|bridge|spot|place|wall|day|date)\b"
    r"|\b(?:go|be) where (?:he|she|they) (?:went|is|are)\b|\b(?:join|be with) (?:him|her|them) again\b(?=[^.?!]*\b(?:died|gone|dead|passed)\b)"
    r"|\b(?:i have|i've got|ive got|got|have) the means\b|\bway out\b[^.?!]*\b(?:except|but|other than|besides) (?:ending it|dying|death|to die|suicide)\b"
    r"|\bonly way out\b|\bskipp(?:ing|ed) my (?:insulin|meds|medication|heart (?:pills|tablets))\b(?=[^.?!]*\b(?:on purpose|hoping|so that)\b)"
    r"|\b(?:said|told|say|saying) (?:\w+ ){0,4}goodbye\b(?=[^.?!]*\b(?:last time|for good|forever|loved|tonight|meant to be)\b)"
    r"|\b(?:loaded|cleaned|took out|got out) (?:my|the|dad's|his) (?:\w+ )?(?:gun|rifle|shotgun|pistol)\b"
    r"|\b(?:got|took|get|have|had) (?:the |a |my )?(?:razors?|blades?|rope|pills|gun)(?: \w+)? out\b(?! for (?:the |a )?(?:tree swing|swing|tent|washing|camping|boat|climb|kids))"
    rf"|\b(?:drove|went|walked|stood|sat|been|standing|sitting) (?:to|on|at|out on|up on|on top of|by) (?:the |a )?(?:top (?:floor|level|deck) of (?:the |a )?)?{_SELF_PLACES}\b"
    r"(?=[^.?!]*\b(?:sat|stood|thinking|long time|edge|jump|again|looking down|a lot|an hour|for ages)\b)"
    r"|\b(?:been )?standing out there\b(?=[^.?!]*\b(?:jump|a lot)\b)|\bcovered in (?:cuts|scars|burns)\b"
    r"|\b(?:burned|burnt|cut|scratched|hit|punched|bit|starved|scalded) (?:my|myself)\b(?=[^.?!]*\b(?:on purpose|again|to feel|helps|till|until|lighter|razor|blade)\b)",
    r"\b(?:tired|tird|sick) of (?:being alive|living|life)\b|\b(?:swallowed|took|taken|downed|had) (?:everything|all of it|the lot|whatever)\b(?=[^.?!]*\b(?:cabinet|cupboard|drawer|pills|found)\b)"
    rf"|(?<!\byou )(?<!\bu )(?<!\bhe )(?<!\bshe )(?<!\bthey )\b(?:took|taken|swallowed|downed|necked|had|drank)\b[^.?!]{{0,30}}\b(?:\d+|all|whole|bunch|handful|lot|load|rest|box|bottle|packet|strip)\b[^.?!]{{0,25}}\b{_PILLS}\b(?! (?:out|away|off|back)\b)(?![^.?!]*\b(?:you|your)\b)",
    r"\b(?:beam|rafter|banister|loft hatch|hook)\b[^.?!]*\brope\b|\brope\b[^.?!]*\b(?:beam|rafter|banister|loft hatch)\b"
    r"|\b(?:stockpil\w*|hoard\w*|saving up|saved up|putting aside|put aside)\b[^.?!]*\b(?:enough|pills|tablets|meds)\b"
    r"|\b(?:won't|wont|will not) (?:be needing|need) (?:to |this |it |anything )?(?:\w+ ){0,3}(?:after|past|beyond) (?:tonight|today|this week|friday|tomorrow)\b"
    r"|\b(?:working|work|worked|building|build) (?:myself )?up (?:to it|the (?:nerve|courage))\b|\b(?:got|get|getting) up the (?:nerve|courage)\b"
    r"|\b(?:meant|saving it|keeping it|it's|its) for (?:me|myself)\b(?=[^.?!]*\b(?:gun|rifle|pills|rope|loaded)\b)|\b(?:gun|rifle|shotgun|pistol)\b[^.?!]*\b(?:meant|is) for me\b"
    r"|\b(?:drank|swallowed|took|had|drunk|drink|swallow)\b[^.?!]{0,20}\b(?:weedkiller|weed killer|bleach|antifreeze|rat poison|poison|pesticide|drain cleaner|paraquat)\b"
    r"|\bclose to the edge\b|\bit would be (?:so )?easy\b(?=[^.?!]*\b(?:to|just)\b|[.!]*$)"
    r"|\b(?:bought|got|buy|buying)\b[^.?!]{0,20}\bblades?\b(?! for (?:my|the|his|her|our) (?:\w+ )?(?:skates?|mower|lawnmower|wipers?|saw|blender|shaver|planer|trimmer|strimmer))|\b(?:not|wasn't|wasnt|isn't) for shaving\b"
    r"|\b(?:not|never|won't|wont|i'll not|ill not) (?:bother )?(?:be )?(?:coming|come|swimming) back\b(?=[^.?!]*\b(?:in|up|swim|sea|pier|water|tonight|bridge|out)\b|[.!]*$)"
    r"|\b(?:got|get|getting) it (?:all )?over (?:with|w)\b|\beverything(?:'s| is| s|s) (?:sorted|arranged|in order|ready)\b"
    r"|\b(?:put|got|getting) (?:my )?(?:affairs|things|everything) in order\b|\bwouldn't be the worst thing if\b"
    r"|\bhoping (?:it|the plane|the car|i)\b[^.?!]*\b(?:crash\w*|went down|goes down|die|dies|died)\b",
    r"\b(?:don't|do not|can't|cant) see (?:the|any) point(?! (?:of|in) (?!(?:living|life|going on|anything|being here|it all|me)\b))(?: anymore| any more| in (?:living|going on|anything|life))?\b(?![^.?!]*\b(?:you|u)\b)"
    r"|\b(?:i'm|im|i am) (?:so |just |really |completely |totally )?done with (?:life|living|being alive|everything|it all)\b"
    r"|\b(?:give|given|giving|gave) up on (?:life|living|everything|myself)\b|\bmight as well (?:be dead|die|not be here)\b"
    r"|\bways to (?:die|kill myself|end it|end my life)\b|\b(?:a )?danger to myself\b|\b(?:don't|do not|can't|cant) trust myself\b"
    r"|\b(?:can't|cant|cannot) live with myself\b|\bnot safe (?:with|from|around) myself\b|\bkeep living like this\b"
    r"|\btell (?:my|the) (?:kids|children|boys|girls|son|daughter|mum|mom|family|wife|husband|parents) (?:that )?i (?:love|loved) (?:them|him|her)\b"
    r"|\bsorry for everything\b(?=[^.?!]*\b(?:goodbye|bye|forgive|love you all)\b)|\bforgive me\b(?=[^.?!]*\b(?:goodbye|gone|can't do this)\b)"
    r"|\b(?:stopped|stop|stopping|quit|skip|skipping) taking my (?:insulin|meds|medication|heart (?:pills|tablets))\b(?=[^.?!]*\b(?:considering|on purpose|think|nobody|no one|would)\b)",
    r"\b(?:won't|wont|will not) need (?:it|them|this|that|any of it) where (?:i'm|im|i am) going\b|\bwhere (?:i'm|im) going\b(?=[^.?!]*\b(?:need|won't|wont)\b)"
    r"|(?<!to )\b(?:picked|chosen|chose|set) (?:a|the) (?:date|day)\b(?! for (?:the |his |her |our )?(?:intervention|meeting|wedding|party|appointment|assessment|talk)\b)|\b(?:drove|walked|went) (?:past|by|over|round|around|to) the (?:bridge|cliff|tracks|reservoir|viaduct|quarry|weir)\b(?=[^.?!]*\b(?:thinking|times|again)\b)"
    r"|\bsleep(?: \w+)? and (?:not|never) wake\b|\ba future i (?:won't|will not|wont) be (?:in|around for|part of)\b|\b(?:i've|ive|i have) thought about how\b"
    r"|\b(?:looked up|googled|searched|researching|researched) (?:which|what|how many|how much) \w+\b[^.?!]*\b(?:wreck|kill|damage|would|fastest|lethal|enough)\b"
    r"|\b(?:wrote|written|writing) (?:\w+ ){0,3}(?:a |the )?(?:letter|note)\b[^.?!]*\b(?:why i|read after|after i|when i'm gone|explaining)\b"
    r"|\b(?:finishes|finish|finished) me(?: off)?\b|\b(?:got|have|taken|took) (?:his|her|the|dad's|my) (?:gun|rifle|shotgun|pistol)\b(?=[^.?!]*\b(?:sat|sitting|car|alone|can't|cant)\b)"
    r"|\b(?:be|it'd be|it would be|would be) (?:easier|better) for (?:everyone|everybody|them|the family)\b|\bjust in case i decide\b|\bin case i (?:decide|need them)\b"
    r"|\b(?:want|wanted|wanting) (?:it|everything|it all) to go quiet\b|\b(?:arms|legs|wrists|thighs) (?:are|r|is) (?:a mess|cut up|covered)\b"
    r"|\b(?:nobody|no one|noone) would (?:even )?(?:notice|care|miss me)\b|\b(?:picking|pick|picked|pulling|pulled) (?:at )?my (?:skin|hair)\b[^.?!]*\b(?:bleed|clumps|out)\b"
    r"|\bsorted (?:the|my) (?:life insurance|insurance|will|affairs|finances)\b|\ball in (?:her|his|their) name now\b"
    r"|\bpunched (?:the|a) (?:mirror|wall|window)\b[^.?!]*\b(?:til|till|until|bleed|split)\b|\bknuckles (?:split|bled|bleeding)\b"
    r"|\b(?:accident|crash) would (?:solve|fix|be easier|help|sort)\b|\binsurance would (?:clear|pay|cover|sort)\b"
    r"|\b(?:tidying|tying|sorting) up (?:the |my |some )?loose ends\b|\bstarved myself\b"
    r"|\bbetter off (?:gone|not here|not around|not alive)\b(?![^.?!]*\byou\b)|\b(?:end|ending) (?:things|it all)\b(?![^.?!]*\b(?:with|between)\b)"
    r"|\b(?:can't|cannot|cant) see (?:a|any) way (?:forward|out|through)\b|\brelapsed (?:on|with) (?:the )?(?:cutting|self[- ]?harm\w*|sh)\b"
    r"|\bdon't think i can (?:go on|keep going|do this anymore|keep living|carry on)\b"
    rf"|\b(?:drinking|drunk|wine|vodka|gin|beer|whisky|whiskey)\b[^.?!]*\b(?:took|taken|swallowed)\b[^.?!]*\b{_PILLS}\b(?![^.?!]*\b(?:you|your)\b)",
    # not existing, in the conditional: "how quiet it would be if i just didnt exist", "if i was dead hed get clean"
    r"\bif i (?:just |simply )?(?:didn't|did not|didnt|don't|dont) exist\b|\bif i (?:just )?(?:stopped|stop) existing\b|\bif i (?:was|were) (?:dead|gone for good)\b"
    r"|\b(?:would|will|'d) (?:anyone|anybody) (?:even )?(?:care|notice|miss me) if i\b|\bif i (?:just )?(?:didn't|didnt|never) (?:come|came) (?:home|back)\b(?=[^.?!]*\b(?:ever|again|like ever)\b|[^.]*\. like ever)"
    # hoping for an accident, the means held and thought about, the means at the mouth or head
    r"|\b(?:hope|hopes|hoping|wish|wishing|pray|praying)\b[^.?!]{0,15}\bi (?:get|got|'d get|would get|might get) (?:hit|run over|killed|struck)\b"
    r"|\b(?:gun|pistol|barrel|knife|blade|razor) (?:in|to|against|into) my (?:mouth|head|temple|throat|chest|wrist|wrists)\b"
    r"|\b(?:hold|held|holding)\b[^.?!]{0,10}\b(?:the |a |my |his )?(?:gun|rifle|pistol|knife|blade|rope|pills)\b[^.?!]*\bthink(?:ing)? about (?:it|doing it|using it)\b"
    r"|\bi know what (?:it's|its|it is|that's|thats) for\b|\b(?:hose|pipe|tube)\b[^.?!]{0,25}\bexhaust\b|\bexhaust\b[^.?!]{0,25}\b(?:hose|pipe|tube)\b"
    r"|\b(?:plan|the plan)(?:'s| is| was)\b[^.?!]*\b(?:bridge|platform|train|traffic|cliff|roof|river|tracks|overpass|balcony|ledge|car park|parking garage|quarry|pills|rope|gun)\b"
    r"|\b(?:only (?:one|person|thing)|no one|nobody|noone) (?:who|that)?(?:'ll| will| would|'d)? (?:even )?miss me\b"
    r"|\bleft (?:the |my |all the |all my )?(?:bank )?(?:passwords|pins?|account details|bank details|life insurance|letters)\b(?=[^.?!]*\b(?:for|on|with|to)\b)"
    r"|\b(?:not|won't|wont|will not) (?:gonna |going to )?be (?:here|around) (?:much )?(?:longer|for long)\b"
    r"|\b(?:won't|wont|will not) be able to\b[^.?!]*\bafter (?:tonight|today|this)\b"
    r"|\b(?:i'll|ill|i will|i'm gonna|im gonna|maybe i'll|maybe ill) be the one (?:who|that) (?:ods|od's|overdoses|dies|ends up dead)\b"
    r"|(?:^|\band |\bthen |\bjust )(?:thought|kept thinking|keep thinking|was thinking|thinking) about (?:just )?(?:step(?:ping)?|jump(?:ing)?) (?:off|in front)\b"
    r"|\b(?:gonna|going to|wanna|want to|ready to|about to|just) check(?:ing)? out\b(?! of\b)(?=[^.?!]*\b(?:tonight|for good|forever|permanently|tired)\b|[.!]*$)"
    r"|^(?:(?:honestly|tbh|ngl|just|and|so|ok|okay)\s+)*(?:ending it|ending things|ending it all|doing it|going through with it)\b(?= (?:tonight|today|tomorrow|now|this (?:week|weekend)|soon))"
    r"|\b(?:pills?|tablets|meds|sleepers|sleeping pills)\b[^.?!]*\b(?:and )?see what happens\b"
    r"|\b(?:on purpose|deliberately)\b(?=[^.?!]*\b(?:took|swallowed|washed|downed|ate)\b)|\b(?:took|swallowed|washed down|downed|ate)\b[^.?!]*\bon purpose\b"
    rf"|\b(?:i|i've|ive|i just|just)\b[^.?!]{{0,10}}\b(?:ate|popped|washed down|swallowed|necked|downed)\b[^.?!]{{0,30}}\b{_PILLS}\b(?! (?:out|away|off|back|to the)\b)(?![^.?!]*\b(?:you|your)\b)"
    r"|\b(?:swallow|take|took|down|taking|swallowed|downed) everything in (?:the|my|our|his|her) (?:\w+ )?(?:cabinet|cupboard|drawer|organi[sz]er|box|bottle)\b",
    # asking how lethal something is, for oneself ("how many of my dads sleeping tablets would it take to not wake up")
    rf"\b(?:would it take|is it enough|be enough|would be enough|would (?:that|it|this) be enough|sufficient|enough)\b[^.?!]{{0,40}}?\b(?:to )?(?:{_DIE}|stop my heart|kill me|not wake)\b"
    rf"|\b{_PILLS}\b[^.?!]*\b(?:would (?:that|it|this) be enough|be enough)\b|\b(?:lethal|fatal|deadly) (?:dose|amount)\b(?=[^.?!]*\b(?:me|my|myself)\b)"
    # ending it, said as a plan with its time ("ill end it that night", "im ending it. already decided how")
    r"|\b(?:i'll|ill|i will|i'm|im|i am|i'm going to|im gonna)\s+(?:just |finally |really )?(?:end(?:ing)? it(?: all)?|ending things|end my life|kill(?:ing)? myself)\b(?! (?:with|between))"
    r"(?=[^.?!]*\b(?:tonight|that night|this (?:week|weekend)|tomorrow|soon|for good)\b|[^.?!]*$)"
    r"|\b(?:tonight|that night|this weekend|for good)\b[^.?!]*\b(?:i'll|ill|i will|i'm|im) (?:just |finally )?(?:end(?:ing)? it|kill(?:ing)? myself)\b"
    r"|(?<!you've )(?<!youve )(?<!you have )(?<!u've )\b(?:already )?decided how\b|\b(?:started|been|am|i'm|im) planning how\b|\b(?:mean|going|intend|plan|planning) to go soon\b"
    r"|\btell (?:my|the) \w+ (?:that )?it (?:wasn't|wasnt|was not|isn't|is not) (?:her|his|their|your) fault\b"
    r"|\b(?:not|won't|wont) (?:gonna |going to )?be (?:here|around) to see (?:it|that|them|him|her)\b|\bout of (?:everyone's|everyones|everybody's|your|their) hair for good\b"
    r"|\bdon't worry about me after\b|\b(?:easier|better|happier|quieter|lighter|simpler)\b[^.?!]{0,20}\bwithout me\b(?![^.?!]*\b(?:you|u)\b)"
    r"|\bthink(?:ing)? about how (?:quick|easy|fast|painless|simple) it (?:would|could) be\b|\blet (?:\w+ )?trains? (?:go )?past\b|\blet go of the wheel\b"
    r"|\b(?:lord|god|jesus)\b[^.?!]{0,25}\btake me\b|\b(?:i am|i'm|im) ready to go\b(?! (?:out|home|to|back|now)\b)|\b(?:i have|i've|ive) lived too long\b"
    r"|\bfound too (?:early|soon)\b|\bby the time (?:you|u) read this\b|\bif (?:you're|ur|you are|youre|your) reading this\b|\b(?:apologi[sz]ing|saying sorry) to (?:everyone|everybody|people)\b"
    r"|\b(?:left|written down|wrote down|writing down|gave|given|handed over|shared) (?:all )?(?:the |my |all my )?(?:phone |bank )?(?:passwords|pins?|passcodes?|account details|bank details|life insurance(?: details)?|insurance details)\b"
    r"|\b(?:i|she|he|they)(?:'ll| will)? knows? what (?:it's|its|it is|that's|thats|this is) for\b|\binstructions (?:about|for) (?:the|my) funeral\b"
    r"|\b(?:beam|rafter|banister|hook|branch|tree)\b[^.?!]{0,25}\b(?:take|hold|bear) my weight\b|\bwhich (?:bridges?|buildings?|cliffs?|car parks?)\b[^.?!]*\b(?:fences?|railings?|high enough|tall enough)\b"
    r"|\b(?:car )?exhaust\b[^.?!]{0,40}\b(?:garage|closed|kill|how long)\b|\bhow long it takes\b[^.?!]{0,30}\bexhaust\b"
    r"|\b(?:only|one) thing (?:stopping|keeping|holding) me\b|\b(?:won't|wont|will not) be needing (?:them|it|this|these|those|any of it)\b(?![^.?!]*\b(?:because|since|bought|new ones)\b)"
    r"|\bthis is my last (?:session|message|post)\b|\bthe last thing (?:i'll|ill|i will|i) ever (?:type|write|say|send|tell)\b|(?<!your )(?<!ur )\bgoodbye (?:playlist|letter|note|post|video|message|text)s?\b"
    r"|\bif i (?:don't|dont|didn't|didnt|never) wake up\b[^.?!]*\b(?:fine|ok|okay|good|better|relief)\b|\b(?:took|taken|had|swallowed)\b[^.?!]*\b{_PILLS}\b[^.?!]*\bto make sure\b"
    r"|\b(?:don't|dont|won't|wont) have to do it myself\b|\bfade out\b|\b(?:stopped|stop|stopping) eating\b(?=[^.?!]*\b(?:on purpose|fade|disappear|die)\b)"
    r"|(?:^|,\s*|\band )cut (?:deeper|too deep|again)\b|\bplasters for my (?:arms|thighs|wrists|legs)\b"
    r"|\b(?:disappointed|sad|upset|annoyed|sorry|angry) (?:that )?i (?:woke up|wake up|am still here|'m still here|survived|didn't die)\b"
    r"|\blong sleeves\b[^.?!]*\b(?:doesn't|doesnt|don't|dont|won't|wont|can't|cant) see my (?:arms|wrists|legs|thighs)\b|\bhide my (?:arms|wrists|scars|cuts)\b"
    r"|\b(?:take|swallow|down) (?:them|it|these|those) all\b(?=[^.?!]*\b(?:tonight|now|today)\b)|\b(?:take|swallow) all of (?:them|it)\b(?=[^.?!]*\btonight\b)"
    r"|\b(?:drove|drive|driving) into (?:the |a )?(?:bridge|pillar|wall|tree|river|sea|lake|oncoming)\b",
    # buried in longer messages, in other registers
    r"\b(?:walk|walked|go|swim) (?:in|out|into the \w+) and (?:not|never) (?:come|came) (?:out|back)\b|\bto finish my life\b"
    rf"|\btake (?:all|every one|the rest)(?: of)? (?:my|the|his|her|these|\w+'s) (?:\w+ ){{0,3}}{_PILLS}\b|\b{_PILLS}\b[^.?!]{{0,25}}\bsaved\b"
    r"|\b(?:hose|hosepipe)\b[^.?!]{0,60}\b(?:boot|trunk|car|exhaust|garage)\b"
    r"|\b(?:pills|tablets|meds)\b[^.?!]{0,40}\bcounted\b|\bcounted (?:out )?(?:the |my |all my )?(?:pills|tablets|meds)\b|\b(?:tablets|pills|meds) counted out\b"
    r"|\bhoping something (?:bad )?happens\b|\b(?:drive|drove|driving) (?:too fast|recklessly)\b[^.?!]*\b(?:on purpose|hoping)\b"
    r"|\b(?:researching|researched|looking up|looked up|googling|googled|reading about)\b[^.?!]{0,20}\blethal (?:dose|doses|amount)\b"
    r"|\bnot sure (?:i'm|im|i am|i'll|ill) (?:going|coming|getting) (?:back )?(?:down|home|back)\b"
    r"|\b(?:at|on) the top of (?:the |a )?(?:multi-?storey |multistorey )?(?:car park|building|bridge|cliff|parking garage)\b(?=[^.?!]*\b(?:think|thinking|not sure|jump|edge|an hour)\b)"
    r"|\bno longer (?:wish|want) to (?:go on living|go on|live|be here|be alive)\b|\babout how (?:i|i'd|i'll) (?:might |could |would )?do it\b"
    r"|\b(?:not|won't|wont) (?:gonna |going to )?be (?:about|around|here) (?:much )?(?:longer|for long)\b"
    r"|\bbelt(?:'s|s| is)?(?: already)? (?:on|around|round) the (?:door ?handle|doorknob|hook|banister|rail)\b"
    r"|\b(?:tablets|pills)\b[^.?!]{0,30}\b(?:by|beside) my bed\b[^.?!]*\btonight\b|\b(?:i have|i've|ive) lived (?:too long|long enough)\b",
    # plans, means, notes and goodbyes
    r"\b(?:putting|put|saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting|collected|keeping|kept|"
    rf"stashing|stashed|held back|holding back|kept back|keeping back|squirrelled away|squirreled away) (?:[\w']+ ){{0,4}}{_PILLS}(?: aside| away| up| back)?\b(?![^.?!]*\byou(?:r|'ve| have)?\b)"
    rf"|\b(?:aside|up) (?:\w+ )?{_PILLS}\b(?=[^.?!]*\b(?:enough|tonight|all of them)\b)",
    rf"\bhow many (?:of )?(?:my |these |the |his |her )?(?:\w+ )?{_PILLS} (?:it would take|would kill|to (?:die|kill|end))",
    r"\b(?:having|had|have|been having) (?:really |very |such )?dark thoughts\b(?=[^.?!]*\b(?:i|i've|me|my|not being|lately)\b)"
    r"|\b(?:said|saying) my goodbyes\b(?! to (?:the idea|the old|my old|that|the dream|the hope|the life|the person)\b)|\b(?:giving|gave|given) away (?:all )?my (?:stuff|things|belongings|dog|cat)\b"
    r"|\b(?:googl\w*|looking up|looked up|searching|searched|researching|researched) (?:how (?:to (?:kill myself|end it|die|overdose)|many)|painless ways?|ways to die)\b"
    r"|\bpainless ways?\b"
    r"|\bi(?: still)?(?: have|'ve got| got| made| have made|'ve made|'ve| worked out|'ve worked out) a plan\b(?! (?:for (?:the |my |our |his |her |how|what|when|tomorrow|tonight's|this|talking|it\b)|to (?:talk|ask|tell|get (?:him|her|them)|help|say|speak|approach|bring|raise|start)\b))|\bi know (?:how|where|which) (?:i'd|i would|i'll|i will|to) (?:do it|go)\b"
    r"|\bhow i(?:'d| would) do it\b|\bi know which (?:bridge|building|train)\b",
    r"\b(?:rope|noose)\b(?=[^.?!]*\b(?:i|i've|my|got|had|have|shed|garage|nerve)\b)"
    r"|\b(?:bought|got|have|had|found|tied|made|buy|get) (?:a |the |some |myself a )?(?:rope|noose)\b(?![^.?!]*\b(?:tent|camping|boat|sailing|climbing|washing line|clothes ?line|towing|tow|swing|skipping)\b)",
    rf"\b(?:my|the|his|a) (?:\w+ )?(?:{_WEAPON}|rope|pills|tablets)\b(?=[^.?!]*\b(?:ending it|end it|myself|out back|"
    r"(?:i|i've|ive|i'm|im|been|i keep) (?:\w+ )?(?:thinking|thought) about (?:it|using it|doing it))\b)",
    r"\b(?:car|engine|motor) (?:running|on)\b(?=[^.?!]*\bgarage\b)|\bgarage\b(?=[^.?!]*\b(?:engine|car) running\b)",
    rf"\b(?:step|stepping|jump|jumping|walk|walking|drive|driving|throw myself|put the \w+|crash the \w+) "
    rf"(?:off|in front of|into|in|onto|under|from) (?:the |a |my )?(?:[\w:]+ )?{_SELF_PLACES}\b(?![^.?!]*\byou\b)"
    r"|\b(?:into|in front of) (?:a |the )?(?:tree|train|truck|wall|river)\b(?=[^.?!]*\b(?:no one|nobody|on the way)\b)",
    r"\b(?:wrote|written|writing|left|leave|leaving|keep|kept|keeping|typed|drafted|put) (?:(?:the|my|our) (?:\w+ )?(?:kids|children|boys|girls|family|wife|husband|partner|sons?|daughters?|mum|mom|dad|parents) )?(?:a |the |my |some )?(?:suicide )?(?:note|notes|letters?|goodbye)"
    # a note or letter is a goodbye only with a sign of one: for each child, in a drawer, for after;
    # never the letter of an intervention ("i wrote a letter to you, can i read it?")
    r"\b(?=[^.?!]*\b(?:boys|girls|kids|each|already|drawer|glove ?box|when i'm gone|after i'm gone|in case|to find|goodbye|won't be|explain(?:ing)? why|addressed to"
    r"|(?:for|to) (?:everyone|everybody|all|him|her|them|(?:my|our|the) (?:\w+ )?(?:husband|wife|partner|family|parents|mum|mom|dad|son|daughter|"
    r"children|sister|brother|kids|boys|girls|friends?)))\b)"
    r"(?![^.?!]*\b(?:meeting|intervention|read (?:it |them )?(?:out|aloud|to)|to read at|draft|impact|practi[cs]e|birthday|christmas|anniversary|\d+(?:st|nd|rd|th))\b)"
    r"|\bthis is goodbye\b|\b(?:the )?last time (?:i'll|i will|ill|you'll|you will) (?:log on|hear from me|talk to|see me)\b"
    r"|\bwhen i'm gone\b|(?<!sober )(?<!well )(?<!clean )(?<!happy )(?<!married )(?<!settled )\bbefore i go\b(?! (?:in|out|to|into|back|home|up|down|over|and|round|see)\b)|\bsorted (?:out )?(?:the|my) will\b|\btold the (?:solicitor|lawyer) where\b"
    r"|\bmade my peace\b(?! with (?:dying|death) (?:one day|eventually|when)\b)",
    # pills or poison already taken ("took the whole box of his sleeping tablets")
    r"(?<!\byou )(?<!\bu )(?<!\bhe )(?<!\bshe )(?<!\bthey )\b(?:took|taken|swallowed|downed|necked|taking|take|had|drank|drunk|down|swallow|neck)\b (?:the |a |my |his |her |me |own |of )*"
    r"(?:all|most of|most of a|half of|the whole|a whole|whole|the rest of|(?:what|whatever) was left of|half (?:a |the )?|a handful of|a bunch of|too many|loads of|lots of|way too many|"
    rf"(?:a |the )?(?:box|bottle|packet|pack|strip|jar|tub|blister) of|a load of|a lot of|many|a fistful of|fistful of|several|"
    rf"(?:about |around |roughly |like )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|a dozen)(?: of)?) (?:(?!(?:your|ur)\b)\w+ ){{0,5}}{_PILLS}\b"
    r"(?! (?:out|away|off|back)\b)(?![^.?!]*\b(?:you|your)\b)",
    r"\b(?:took|swallowed|taking) all of them\b|\b(?:i|i've|ive|i just|just) (?:od'?d|overdosed|o\.d\.'?d)\b|\bdrank (?:bleach|poison)\b",
    # self-harm
    r"(?:\b(?:i|i've|ive|been|i was|i keep|i'm|im)|^just) (?:\w+ )?(?:cut|cutting|burn|burning|burned|burnt|scratch(?:ed|ing)?|bang(?:ed|ing)?|"
    r"hit(?:ting)?|self[- ]?harm(?:ed|ing)?)\b(?: \w+){0,2} (?:again|myself|my (?:arm|arms|wrist|wrists|leg|legs|skin|thighs?|head)|deeper|"
    r"till (?:it|they) bleed)"
    r"|\b(?:started |been )?(?:cutting|cut) again\b(?![^.?!]*\byou\b)"
    r"|\b(?:i've been|ive been|i have been|been|i'm|im|i keep|i started|started|i've started) (?:\w+ )?(?:cutting|self[- ]?harming|burning myself|hurting myself)\b"
    r"(?! (?:(?:him|her|them|you|u|ties with \w+) )?(?:back|down|out|off|corners|ties|it|the|class|school|work|up))|\bself[- ]?harm(?:ing)?\b(?! (?:modules?|training|course|unit|lectures?|awareness|policy|scenario|role ?play)\b)(?=[^.?!]*\b(?:i|my|again)\b)",
    # something hot or sharp held to one's own body ("pressing a hot iron on my leg")
    rf"\b(?:press\w*|hold\w*|held|put|putting|stub\w*|burn\w*)\b[^.?!]{{0,20}}\b(?:iron|lighter|cigarette|flame|match|hot \w+|{_WEAPON})\b[^.?!]{{0,12}}\b(?:on|to|against|into) my (?:leg|arm|skin|wrist|thigh|hand|stomach|belly|chest)s?\b",
    # not sure of still being here; gone by a day; the long sleep; following the dead; planning how to go
    r"\bnot sure (?:i'll|i will|ill) (?:still )?be (?:here|around|alive)\b|\b(?:i'm|im|i am|i'll be|ill be) gone by (?:the weekend|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week|then|christmas)\b"
    r"|\b(?:ready for|want|wanting|longing for|long for) the (?:long|big|final|eternal) sleep\b|\b(?:pull|urge|want|wanted|wanting|thinking about|think about|thought about) to follow (?:him|her|them|my \w+)\b"
    r"|\b(?:planning|planned|worked out|figured out) (?:exactly |just )?how (?:to go|i'd go|i will go|i'll go|to end it)\b"
    r"|\b(?:whiskey|whisky|vodka|wine|gin|drink|booze)\b[^.?!]{0,20}\b(?:and|with)\b[^.?!]{0,10}\b(?:the |my )?(?:tablets|pills|meds)\b[^.?!]{0,30}\b(?:beside|next to|in front of) me\b",
    # affairs put in order, burdens lifted, lethality asked, means gathered (a fourth round, author am)
    r"\b(?:wrote|written|writing|left|put) (?:down )?where (?:the |my )?(?:\w+ )?(?:deeds|passwords|pins?|papers|paperwork|documents|will|policy|insurance)\b"
    r"|\b(?:get on|manage|cope|do|be) (?:just )?(?:fine|better|ok|okay) without me\b(?! for (?:a|the|one|two|a few) (?:\w+ )?(?:weekend|night|week|day|days|hours?|while|bit)\b)"
    r"|\b(?:won't|wont|will not|never) have to (?:deal with|worry about|put up with|look after) me (?:again|at all|anymore|any more)\b"
    r"|\b(?:don't|do not|dont) think (?:i'll|i will|ill) (?:still )?be (?:around|here|alive)\b|\bwho gets what\b|\bsomething (?:for )?after (?:i'm|im) gone\b"
    r"|\b(?:look after|take care of|have) (?:them|the kids|my kids|the dog|my dog|the cat)\b[^.?!]*\bif anything (?:happens|should happen)\b"
    r"|(?:^|[,.] )done with (?:everything|life|living|it all)\b|\b(?:life )?insurance\b[^.?!]*\b(?:pay|pays|paid|cover|covers)\b[^.?!]*\bsuicide\b"
    r"|\bif i (?:don't|dont|do not) (?:log in|show up|turn up|come back|reply|answer)\b[^.?!]*\b(?:don't|dont) (?:bother )?(?:chasing|looking for|come looking|worry)\b"
    r"|\bto (?:just )?stop existing\b|\bbleed out\b|\b(?:quietest|easiest|quickest|simplest|least painful|cleanest) way (?:out|to go)\b|\bany more of anything\b"
    rf"|\b(?:different|several|three|two|four) (?:chemists|pharmacies|shops|stores|doctors)\b[^.?!]*\b(?:paracetamol|aspirin|{_PILLS})\b"
    rf"|\b(?:paracetamol|aspirin|{_PILLS})\b[^.?!]*\b(?:different|several|three|two|four) (?:chemists|pharmacies|shops|stores|doctors)\b"
    r"|\b(?:thinking|thinkin|thought|think) (?:about|bout|of) writing (?:a|the|my) (?:note|letter)\b|\bgot the (?:belt|rope|cord) ready\b|\b(?:belt|rope|noose|cord)(?:'s| is)? (?:ready|set up|tied)\b"
    r"|\bfeeling (?:very |so |really |quite )?final\b|\binstructions (?:for \w+ (?:\w+ )?)?about (?:the |my )?(?:pension|passwords|will|accounts|funeral)\b"
    r"|\b(?:you'll|you will|youll|you'd|you would|they'll|they will) all be better off[.!]*$"
    r"|\bhow (?:much|many)\b[^.?!]*\bwould be (?:fatal|lethal|deadly|enough to kill)\b|\bif (?:i'm|im|i am|i was|i were) gone\b[^.?!]*\b(?:one less|less|fewer|better|easier|no more)\b"
    r"|\btook all (?:his|her|their) (?:gear|stuff|pills|drugs|heroin|meds)\b[^.?!]*\bmyself\b",
    # the pull to do it again (the thoughts coming back after an attempt: _ACROSS)
    r"\b(?:pull|urge|itch|temptation) to (?:try|do it|cut|hurt myself|use the \w+)(?: it)? again\b",
    # not being here, as a plan ("i don't plan on being here next month", "decided i'm not going to be here")
    r"\b(?:don't|do not|dont|nah|nuh) (?:plan|intend|expect) (?:on |to )?(?:be|being) (?:here|around|alive)\b"
    r"|\b(?:decided|made up my mind|i know) (?:that )?(?:i'm|im|i am|i'll|ill|i will) not (?:going to |gonna )?be (?:here|around)\b"
    r"|\bwho (?:gets|should get|will get|can have|is having) my\b|\bhow i (?:want|wanted) to leave (?:it|things)\b"
    r"|\bis it (?:normal|ok|okay|weird|bad|wrong|common) (?:for me )?to (?:want to die|wish i (?:was|were) dead|think about (?:dying|suicide|killing myself|ending it))\b"
    r"|\b(?:i|i've|ive|i was|been)\b[^.?!]{0,10}\bon (?:a|the) (?:ledge|edge of (?:the|a) (?:roof|bridge|cliff|platform))\b|\bthe means (?:are|is) (?:\w+ ){0,2}(?:in|there|ready|at hand|close)\b"
    r"|\bif i (?:just )?(?:walked|walk|stepped|drove|jumped|swam)\b (?:into|off|in front of|out into) (?:the |a )?(?:\w+ )?(?:sea|river|traffic|train|bridge|cliff|lake|ocean|reservoir)\b"
    r"|(?:^|[,.!?]\s*|\b(?:like|just|actually|literally|really) )(?:actually |literally |just |really )?stop existing\b"
    r"|\b(?:wouldn't|wouldnt|would not) (?:mind|care) if\b[^.?!]*\b(?:didn't brake|didnt brake|hit me|ran me over|took me|killed me|i died|i didn't wake|i never woke|crash\w*|went down)\b"
    r"|\bpermanent (?:exit|way out|solution|one)\b(?=[^.?!]*\b(?:i|i'm|im|my|me|tbh)\b)|\bexit plan\b[^.?!]*\bpermanent\b"
    r"|\blife insurance\b[^.?!]*\b(?:pays? out|worth more|more than i)\b|(?<!\bnot )\bworth more dead\b",
    # a seventh round (authors ap, aq: danger without its usual words): out for good, no next winter,
    # the act's own words as typed, a way out that is quiet, the car crashed on purpose, the place
    # that pulls, going under and not coming up, hoping the ice gives, pills lined up on the table
    r"(?:^|\b(?:i|i'd|id|i just|just|really|honestly)\b) (?:really |just )?(?:want|wanna|need) out(?:,? (?:forever|for ever|permanently)| of (?:this life|life|existence|everything) (?:forever|for good|permanently))\b"
    r"|\b(?:i'm|im|i am) (?:not|never) (?:even )?(?:going to|gonna|gunna) be (?:here|around|alive) (?:next (?:week|month|year|christmas|birthday|summer|winter|spring|autumn)|by (?:christmas|the weekend|next|then|friday|monday|the end)|(?:for )?much longer)\b(?![^.?!]*\b(?:holiday|trip|away|course|conference|visit|work|camp|hospital|festival)\b)"
    r"|\b(?:decided|made up my mind|promised myself|determined|sure|know)\b[^.?!]{0,20}\b(?:i will not|i won't|i wont|i'm not going to|im not gonna|not going to|never going to) (?:see|make it to|live to see|be here for) (?:another|next|one more|the next) (?:winter|summer|christmas|birthday|year|spring|autumn|new year|anniversary)\b"
    r"|\b(?:i|i've|ive|i have|i had|i just|i did|i was)\b(?: \w+)? self[- ]?harmed\b|\b(?:the )?(?:cutting|self[- ]?harm(?:ing)?|hurting myself|burning myself)(?: (?:still|really|actually|honestly|just))? (?:helps|helped|is the only (?:thing|way)|calms me|numbs)\b(?! (?:her|him|them|you|u|people|some)\b)"
    r"|\b(?:better|easier|best) (?:if )?i (?:just )?(?:go|leave|left|went|depart) (?:from )?this (?:world|life|earth)\b|\b(?:i|i'm|im|i am|me)\b[^.?!]{0,20}\b(?:go|leave|leaving|gone|depart) (?:from )?this (?:world|earth)\b(?! (?:a |better|behind))"
    r"|\b(?:quiet|painless|peaceful|gentle|clean) way (?:out|to go)\b(?! of\b)|\b(?:nerve|courage|guts) (?:up )?to (?:finish|end) (?:things|it all|everything|myself|my life)\b(?! with\b)"
    r"|\b(?:i|i'm|im|me|myself|imagin\w*|picturing|picture|thinking about|think about|thought about|dream\w* about|fantasi[sz]\w* about)\b[^.?!]{0,20}\bcrash(?:ing|ed)? (?:the|my) (?:car|van|truck|bike|motorbike)\b[^.?!]{0,25}\bon purpose\b"
    r"|\bif i\b[^.?!]*\b(?:count|look|pass|go down) as an accident\b"
    r"|\b(?:i|i'd|id|me|nice|lovely|peaceful|easier|wish|want|wanna)\b(?:(?!\b(?:he|she|they|him|her|you|u)\b)[^.?!]){0,30}\b(?:slip|slide|sink|go|going|drift)\b (?:\w+ ){0,4}?(?:under|beneath)\b[^.?!]{0,30}\band (?:not|never) (?:come|coming) (?:back )?(?:up|back|out)\b"
    r"|\b(?:ice|frozen lake|frozen pond|reservoir)\b[^.?!]*\bhoping (?:it|the ice) (?:gives|gives way|breaks|cracks)\b"
    r"|\b(?:can't|cant|cannot) stop (?:thinking|dreaming) (?:about|of) (?:the |that )?(?:\w+ )?(?:railway|railroad|train tracks|tracks|level crossing|viaduct|quarry|cliffs?)\b"
    r"|\b(?:stopped|stopping|quit|quitting|skipping|skipped) (?:taking )?my (?:insulin|meds|medication|heart (?:pills|tablets|meds)|blood thinners|lithium)\b(?=[^.?!]*\b(?:on purpose|hoping|so that|way out|no one will|nobody will)\b)"
    r"|\b(?:disappear\w*|vanish\w*|me gone|being gone|not being here|not existing)\b(?: for good| forever| permanently)?[^.?!]{0,25}\b(?:would be|is|be) (?:a )?(?:kindness|favour|favor|mercy|gift|relief|blessing) (?:to|for)\b",
    # an eighth round (authors as: practice, then the truth in an aside, in many Englishes; at: the
    # oldest and the youngest, told sideways): a method and "nearly did", pills kept "and keeping
    # them", "swallow them all", tired "to live", affairs settled with "nothing left to sort", "it
    # would be over for me", "no sense waiting on the will"
    r"\b(?:jump\w*|step\w* off|driv\w* off|hang\w*|gap|edge|bridge|cliff|tracks)\b[^.?!]{0,20}\band (?:nearly|almost) (?:did|went|went through with it|jumped)\b"
    r"|(?:\b(?:i|i've|ive|i'm|im|i was|i am|i keep|i kept)\b|^(?:just|been|sat|sitting|stood|standing|drove|driving|walked|walking)\b)(?:(?!\b(?:you|u|he|she|they|he's|she's|they're|you're|him|her)\b)[^.?!]){0,60}?"
    r"\b(?:thinking|thought|thinkin) (?:about|of|bout|to) (?:jump(?:ing)?|throw(?:ing)? myself|step(?:ping)? off|driv(?:e|ing) off|hang(?:ing)? myself|tak(?:e|ing) them all|swallow(?:ing)? them)\b"
    r"|\b(?:pills|tablets|meds|sleepers|sleeping tablets|painkillers)\b[^.?!]{0,30}\band (?:keeping|saving|hiding|stashing|hoarding) them\b|\b(?:i|i'll|ill|i will|i'm going to|im gonna|gonna)\b[^.?!]{0,20}\bswallow (?:them|it|the lot|everything) all\b"
    r"|\b(?:tired|tird|sick) (?:of|to) (?:live|living)\b|\bnothing left (?:for me )?to (?:sort|settle|arrange|put in order|tie up)\b|\bit (?:would|'d|will) (?:all )?be over for me\b"
    r"|\bshould be me (?:lying there|in (?:that|the) (?:bed|box|ground|coffin))\b|\bno (?:sense|point|need) (?:in )?(?:her|him|them|anyone|you|u) waiting (?:on|for) (?:the|my) will\b",
    # a ninth round (authors au: danger named by its means and its scene, in many Englishes; av: danger
    # arriving in the middle of the practice): a poison bought "and it wasn't for the garden" or about to
    # be drunk, a ligature tied to something, the fumes shut in, a tree "strong enough", "before i go
    # over", no point being around, not that i'll be around, a future i won't be in, "if i died ..."
    # pictured, which way would be quicker, staring at the blades, knowing how and when
    rf"\b(?:i|i'll|ill|i will|i fit|i go|i could|i might|want to|wanna|going to|gonna|i'm going to|im going to|just)\b[^.?!]{{0,20}}\b(?:drink|swallow|take|drinking|swallowing|taking)\b (?:\w+ )?(?:the |some |a bottle of |the bottle of |that )?{_POISON}\b"
    r"|\b(?:belt|rope|cord|cable|flex|dressing gown cord|lead|noose)\b (?:\w+ )?(?:round|around|over|tied to|tied round|on|to) (?:the |my |a )?(?:bannister|banister|beam|rafter|railing|door ?handle|hook|branch|loft hatch|curtain rail|stair ?rail|coat hook|neck)\b"
    r"|\b(?:charcoal|bbq|barbecue|disposable grill|gas|hose ?pipe|exhaust|engine (?:running|on))\b[^.?!]*\b(?:taped|sealed|taping|sealing|stuffed|blocked) (?:up )?(?:the|my|all the) (?:door|doors|windows?|vents?|gaps|cracks)\b"
    r"|\b(?:taped|sealed|taping|sealing) (?:up )?(?:the|my|all the) (?:door|doors|windows?|vents?|gaps|cracks)\b[^.?!]*\b(?:charcoal|bbq|barbecue|disposable grill|gas|hose ?pipe|exhaust|engine)\b"
    r"|\b(?:charcoal|disposable grill|bbq|barbecue)\b (?:\w+ )?in (?:my|the) (?:bed ?room|room|car|tent|bathroom|van)\b"
    r"|\b(?:tree|beam|branch|hook|rafter|bannister|banister|railing)\b[^.?!]{0,25}\bstrong enough\b(?! (?:for|to hold) (?:a|the) (?:swing|hammock|tree ?house|bird|lights|feeder|tyre))"
    r"|\b(?:rope|noose)(?:'s| is| has been)? (?:\w+ ){0,6}?(?:been there since|ready|waiting|tied|up)\b(?! (?:for|to) (?:the|a) (?:washing|tent|boat|swing|climb))"
    r"|\bbefore i (?:go over|jump|step off|step in front|go through with it|go under)\b(?! (?:in|into) (?:the )?(?:shower|bath|pool|car|queue))"
    r"|\b(?:don't|dont|can't|cant|do not|cannot|no longer|don't really|dont really) see (?:the|any|a|much) point (?:of|in) (?:me )?(?:being around|being here|being alive|living|going on|carrying on|existing|staying alive|waking up)\b"
    r"|\bnot that (?:i'll|ill|i will|i'd|i'm going to|im going to|im gonna|i'm gonna) (?:still )?be (?:around|here|alive)\b(?![^.?!]*\b(?:holiday|trip|away|course|conference|visit|work|working|meeting|shift|appointment|hospital|camp)\b)"
    r"|\bfuture (?:i'm|im|i am) not (?:going to|gonna|gunna) be (?:in|part of|around for)\b"
    r"|\b(?:thinking|thought|imagining|imagine|picturing|picture|wonder\w*|fantasi[sz]\w*|dream\w*)\b[^.?!]{0,15}\bif i (?:died|was dead|were dead|was gone|were gone|wasn't here|weren't here|wasn't around|killed myself|ended it)\b"
    rf"|\bwhich (?:would be|is|'d be|one(?:'s| is| would be)?) (?:quicker|faster|less painful|more painless|more certain|surer|kinder|cleaner)\b[^.?!]*\b(?:{_PILLS}|heroin|rope|noose|jump\w*|gun|hanging|drowning|{_POISON})\b"
    r"|(?:^|\b(?:i|i've|ive|i keep|i kept|i can't stop|i cant stop|i just|keep|kept|been|just|can't stop|cant stop)\b)\s*(?:keep |been |just )?(?:staring|stare|looking|gazing) at (?:the|my) (?:\w+ )?(?:blades?|razors?|rope|noose|bottle of pills|pills i|drop|tracks|knife on|gun)\b"
    r"|\b(?:know|decided|worked out|figured out|planned|sorted)\b[^.?!]{0,10}\bhow (?:i'm|im|i am|i'll|ill|i will|i'd|i'm going to|im gonna) (?:doing|going to do|gonna do|do|doing) it\b[^.?!]{0,5}\band (?:when|where)\b"
    r"|\bat least if (?:i'm|im|i am|i was|i were) (?:dead|gone)\b|\bbefore (?:i'm|im|i am) (?:gone|dead|not here|not around)\b(?! (?:for|on) (?:the|a|my) (?:weekend|holiday|trip|week|day))"
    r"|\b(?:wish|wishes|wished)\b[^.?!]{0,10}\b(?:i'd|i had|i) (?:just )?(?:kept|carried on) (?:walking|going|swimming|driving)\b|\b(?:wish|wishes|wished) (?:it|that) (?:had|'d) worked\b"
    r"|\b(?:bag|plastic bag)\b[^.?!]{0,20}\bover (?:your|ur|my|someone's|a person's|the) head\b[^.?!]{0,30}\b(?:gas|helium|nitrogen)\b"
    r"|\b(?:find|found|discover) me\b[^.?!]{0,5},? after(?:wards)?[.!]*(?:$|\s)"
    r"|\bif i (?:just )?(?:walked|walk|stepped|step|ran|run|threw myself) (?:out )?(?:in front of|under) (?:the |a )?(?:\w+ )?(?:bus|lorry|truck|tram|train|car|van)\b",
    # a tenth round (authors ax: control and panic told flatly; ay: how teenagers and young adults type
    # it): ctb planned, logging off for good, the bridge "looking tempting", a blade held to the skin,
    # self-harm's own words (sh urges, cuts reopened, "i cut."), "talked me down", "gone before he gets
    # out", done being alive, the brain's voice listened to, pills taken after school, the note written
    # and put away, "better off with the insurance", goodbye said to the dog
    r"\bctb (?:plan|tonight|soon|later|is (?:set|planned|happening))\b|\b(?:plan|planning|planned|going|gonna|want|wanna) (?:to )?ctb\b"
    rf"|\b(?:{_SELF_PLACES}|drop|tracks)\b[^.?!]{{0,25}}\b(?:looking|looks|is|seems) (?:real |really |so |kinda |pretty |very )?tempting\b"
    r"|\b(?:knife|blade|razor|blades)\b (?:on|against|to|at) my (?:leg|arm|wrist|skin|thigh|stomach|throat)\b"
    r"|\b(?:sh|self[- ]?harm) (?:urges?|marks|scars|cuts|again)\b|\burges? to (?:cut|sh|self[- ]?harm|hurt myself)\b|\breopened (?:my|the) (?:old )?(?:cuts|scars|wounds)\b"
    r"|(?:^|[,.;] )i cut(?:[.!,]|$| and\b| again\b| tonight\b| last night\b)|\btalked me down\b(?![^.?!]*\b(?:price|quid|pounds|dollars|\d+)\b)"
    r"|(?<!scared )(?<!afraid )(?<!worried )(?<!frightened )\bi(?:'ll| will|ll) be gone before\b(?! i (?:ever )?(?:see|get to see))|\b(?:done|tired|sick) (?:of )?being alive\b|\bwho needs a future\b"
    r"|\b(?:my brain|my head|the voices?|a voice)\b[^.?!]*\b(?:and )?(?:i'm|im|i am) (?:starting to|beginning to) (?:listen|believe)\b"
    r"|^(?:i )?(?:just )?took (?:some|a few|loads|a handful|all|most|a load|a bunch) of (?:my |his |her |mum's |mums |dad's |dads |the |nan's )?(?:\w+ )?(?:tablets|pills|meds|painkillers)\b"
    r"|\b(?:wrote|written|writing) (?:the|my) (?:note|goodbye letter|goodbye note|suicide note)\b(?! (?:for|to) (?:school|the teacher|work|the milkman|his teacher|her teacher|the landlord))"
    r"|\b(?:unalive|kill) (?:urself|yourself)\b[^.?!]*\b(?:i'm|im|i am|been) (?:thinking|thinkin) (?:about|abt) it\b"
    r"|\b(?:sewer ?slide|sewerslide|unalive|ctb|kms)\b[^.?!]*\b(?:not joking|i mean it|fr fr|no cap|deadass|seriously)\b|🔪\s*🩸|🩸\s*🔪|(?:🔪|🩸)\s*again\b"
    r"|\b(?:going|heading|off|driving|walking) (?:up )?to the (?:roof|top) of (?:the )?(?:\w+ ){0,2}(?:garage|building|car park|multi-?storey|tower|block|bridge)\b(?=[^.?!]*\b(?:after this|tonight|now|rn|later|after)\b)"
    r"|\bbetter off with the (?:insurance|life insurance|payout|insurance money)\b|\bsaid (?:my )?goodbyes? to (?:the|my) (?:dog|cat|pets?|horse)\b",
    # an eleventh round (author ba: older people, carers, illness): what am i staying for, no burden much
    # longer, going "my own way", finishing things myself, the tablets ready, pills in my other hand,
    # hoping the next fall kills me, everything in the blister packs
    r"\b(?:don't|dont|do not|can't|cant) see (?:what|why) (?:i'm|im|i am|i'd|i should|i'm even) (?:staying|stay|here|sticking around|bothering|still here|carrying on|going on)\b"
    r"|\b(?:won't|wont|will not) be (?:a burden|a nuisance|a bother|a problem|any trouble|around|here|in (?:your|the) way)\b(?: to (?:\w+ )?(?:of )?\w+)? (?:much|for much) longer\b"
    r"|\b(?:i'll|ill|i will|i'm going to|im going to|going to|gonna) (?:go|end (?:it|things)|leave|finish (?:it|things))\b[^.?!]{0,20}\b(?:my own way|on my own terms)\b"
    r"|\b(?:finish|end) (?:things|it|it all|my life) (?:off )?myself\b|\bbefore i forget how\b(?=[^.?!]*\b(?:finish|end|go|do it)\b)"
    r"|\b(?:have|got|'ve got|i've|ive) (?:the|my) (?:tablets|pills|rope|gun|meds|sleeping tablets) (?:ready|here|counted|out|lined up|saved)\b(?! for (?:the |a )?(?:tree swing|swing|tent|washing|camping|boat|climb|kids|grandkids))"
    r"|\b(?:pills|tablets|blade|knife|rope|gun|razor) in my (?:other )?hand\b|\b(?:haven't|havent|have not) taken them yet\b"
    r"|\bhope (?:the next|this|it|the) (?:\w+ ){0,2}(?:kills|takes|finishes) me\b"
    r"|\b(?:take|taking|swallow) everything in the (?:blister packs?|box|bag|packet|bottle|pill organi[sz]er|dosette|cabinet)\b",
    r"^(?:\w+ ){0,2}(?:sitting|standing|stood|sat|perched) on the (?:edge|ledge|railing|wall|parapet) of (?:the |a )?(?:\w+ ){0,3}(?:roof|bridge|cliff|platform|car park|multi ?storey|building|tower|viaduct)\b",
    r"\bi (?:just )?swallowed (?:the rest of |all of |the whole |a whole )?(?:the |my )?(?:blister ?pack|packet|bottle|box|strip|tub)\b",
    # an attempt told in any tense, and the pull now: "i took an overdose deliberately last spring ... the pull to try again"
    r"\b(?:i|i've|ive)\b[^.?!]{0,30}\b(?:overdose|od)\b[^.?!]{0,10}\b(?:i took )?(?:deliberately|on purpose)\b",
]
_VIOLENCE = [
    # a twelfth round (author bd: the danger in the second sentence, minimised): a threat told as said,
    # held under the water, the baby's pram thrown
    r"\b(?:he|she|they)\b (?:\w+ )?(?:said|says|told me|tells me|keeps saying|threatened)\b(?: that)? (?:he'd|hed|she'd|shed|he'll|hell|she'll|shell|he would|she would|he will|she will|they'd|they'll) (?:\w+ )?(?:kill|hurt|stab|strangle|beat|smash|end) (?:me|us|the kids|the baby|my \w+)\b"
    r"|\b(?:hold|holds|holding|held|pushed|shoved) me (?:under|down)(?: the)? (?:water|bath)\b|\b(?:shoved|threw|kicked|pushed|smashed) the (?:baby's|babys|baby) (?:pram|buggy|cot|car seat|bouncer)\b",
    # an eleventh round (ba): knocked out of the wheelchair, "none of us will see morning"
    r"\bknock(?:ed|s)? me (?:out of|off) (?:my|the) (?:wheelchair|chair|bed|scooter|frame|feet)\b|\bnone of us (?:will|'ll) (?:see|live to see|make it (?:to|till)) (?:morning|tomorrow|the morning)\b"
    r"|\blocked (?:my |the |our )?(?:grandchildren|grandkids|kids|children|baby|little ones) in (?:the|his|her) (?:car|van|room|shed)\b",
    # a tenth round (authors ax, ay): a car driven at me, a head held under the tap, a face scratched,
    # food withheld, made to kneel, bleach in my tea, locked out in the cold, a child threatened with
    # drowning, bruises from the belt, "smashing stuff", "if i stop replying"
    r"\b(?:drove|drives|driving|reversed|reverses|swerved) (?:the |his |her |a |their )?(?:car|van|truck|motor) (?:straight )?(?:at|into|towards) (?:me|us|my)\b"
    r"|\b(?:hold|holds|holding|held|shoves?|shoved|pushed|pushes) my head (?:under|in|into|down)\b|\b(?:he|she|they)\b[^.?!]{0,10}\bscratch(?:es|ed|ing)? my (?:face|arms?|neck|eyes)\b"
    r"|\b(?:won't|wont|doesn't|doesnt|didn't|didnt|will not) let me (?:eat|sleep|leave|out|go out|see (?:a|the) doctor|have my (?:meds|tablets|pills|inhaler|insulin))\b"
    r"|\b(?:made|makes|making) me (?:kneel|stand in the|sleep in the|beg)\b|\b(?:put|puts|putting) (?:bleach|poison|something|pills|rat poison|crushed \w+) in my (?:tea|food|drink|coffee|meal|dinner)\b"
    r"|\blocked me out\b(?=[^.?!]*\b(?:cold|freezing|sleeting|snow|snowing|rain|raining|night|nightie|pyjamas|pjs|no coat|no shoes)\b)"
    r"|\b(?:he'd|she'd|hed|shed|he would|she would|he will|she will|he'll|she'll|hell|shell|they'd|they'll) (?:\w+ )?(?:drown|strangle|smother|suffocate) (?:him|her|me|us|them|the baby|my (?:little )?\w+)\b(?![^.?!]*\b(?:in (?:a|the) game|lol|jk)\b)"
    r"|\bbruises?\b[^.?!]*\bfrom the (?:belt|strap|buckle|stick|cane|wooden spoon|slipper)\b|\b(?:smashing|smashed|breaking|throwing) (?:stuff|things|everything)\b(?=[^.?!]*\b(?:drunk|high|back|raging|again|scared|downstairs|upstairs|kitchen)\b)"
    r"|\b(?:drunk|high|raging|back|kids are|we're|were) (?:\w+ ){0,6}?(?:in the (?:bathroom|bedroom|loo|wardrobe) with me\b[^.?!]*)?\b(?:smashing|smashed|breaking|throwing) (?:stuff|things|everything)\b|\b(?:drunk|high|raging|back)\b[^.?!]*\b(?:smashing|smashed|breaking|throwing) (?:stuff|things|everything)\b|\bif i stop (?:replying|answering|texting|typing)\b",
    # a ninth round (authors au, av): a weapon got out, the way out blocked, a child hiding, a threat to
    # finish what was started, the sounds heard from the next room, a patois threat to chop
    rf"\b{_THEY}(?:'s| has| had|'d| have)? (?:got |gone and got |just got |now got )?(?:the|a|his|her|their|my) {_WEAPON} out\b(?! (?:to|for) (?:cut|carve|open|slice|chop|fix|clean|the (?:cake|meat|bread|turkey|veg)))"
    r"|\bbetween (?:me|us|me and the kids|the kids and me) and the (?:door|front door|back door|exit|stairs)\b|\b(?:he's|she's|hes|shes|he is|she is|they're|he|she|they) (?:\w+ )?block(?:ing|s|ed) (?:the|my|our) (?:door|doorway|way out|exit|hall|stairs)\b(?=[^.?!]*\b(?:won't let|wont let|can't get|cant get|trapped|let me (?:out|leave|go|past)|get out|screaming|shouting|knife|drunk|raging|off his face|off her face)\b)"
    r"|\b(?:the |my |our )?(?:kids?|wee ones?|little ones?|children|baby|youngest|toddler|weans?|bairns?|little (?:boy|girl))(?:'s| is| are)? (?:\w+ ){0,2}?(?:hiding|greetin|greeting|crying|screaming|shaking|hid)\b[^.?!]{0,20}\b(?:cupboard|wardrobe|closet|under the bed|bathroom|upstairs|under the stairs)\b(?![^.?!]*\b(?:hide and seek|hide-and-seek|game|playing|giggl\w*|laughing|surprise|party)\b)"
    r"|\bput (?:the|a|my|our) (?:telly|tv|window|mirror|door)\b (?:\w+ )?through\b|\b(?:finish|end) what (?:he|she|they) (?:started|began)\b"
    r"|\b(?:screaming|crying|glass (?:break\w*|smash\w*))\b[^.?!]*\b(?:he's|hes|she's|shes|they're|theyre) at it again\b"
    rf"|\b(?:him|he|she|her|dem|they)\b (?:a go|ago|gwine|go|will|gonna|say him a go|seh him a go) (?:chop|cut|stab|kill|lick|beat|buss|shoot)\b (?:mi|me|i|we|us|di pickney|the kids|the pickney)\b"
    rf"|\b(?:bruk|broke|broken|kicked|smashed|kick|smash) (?:down |in |through )?(?:the|di|my|our) door\b[^.?!]{{0,15}}\b(?:with|wid|wiv) (?:a|an|the|his|her|di) {_WEAPON}\b"
    rf"|\b(?:came|come|coming|chased|chasing|run|ran|running)\b[^.?!]{{0,20}}\b(?:with|wid|wiv) (?:a|an|the|his|her|di) {_WEAPON}\b[^.?!]{{0,20}}\b(?:after|at|for) (?:me|mi|us|i|the kids)\b",
    # control and threats at home said without a blow (a sixth round, author an)
    r"\b(?:he|she|they)(?:'ll| will|'d| would)\b (?:\w+ ){0,2}(?:cut|slash|burn|stab|break|smash) (?:my|me|the kids'?|our)\b"
    r"|\bin case (?:i|we) (?:have|need) to (?:run|get out|leave fast|escape|grab the kids)\b|\bprisoner in (?:my|our) own (?:home|house)\b"
    r"|\b(?:i'm|im|i am) not allowed (?:my own|to (?:see|have|leave|go out|talk to|open|use|call))\b|\b(?:i'll|ill|i will) pay for it\b"
    r"|\b(?:he|she|they) (?:has|took|takes|keeps|kept|holds) my (?:passport|phone pin|bank login|bank card|car keys|documents)\b|\btakes? the (?:car |house )?keys (?:to bed|with (?:him|her))\b"
    r"|\b(?:slammed|shoved|pinned|pushed|dragged|kicked) me (?:into|against|down|across|out|onto)\b",
    # hurt as a passive, the person as the one it happens to ("getting hit most nights now")
    r"(?:^|\b(?:i'm|im|i am|i keep|i've been|ive been|i was|been|i get|keep)\s+)(?:getting|get|got) (?:hit|beaten|beaten up|battered|slapped|punched|kicked|choked|strangled|knocked about|smacked|thumped)\b(?! (?:by (?:a |the )?(?:ball|car|bus|wave|door)|at (?:school|work))\b)",
    # held, trapped, cornered; something hot or sharp held to them; the children's school named as a threat
    r"\b(?:has|had|got|'s got|keeps?|kept) (?:me|us|the kids|my \w+) (?:cornered|trapped|pinned|backed into|locked in|locked up)\b"
    r"|\blocked (?:all )?the doors\b[^.?!]*\b(?:took|taken|has|hidden|hid|got) (?:the |my |our )?(?:keys|phone|car keys)\b"
    rf"|\b(?:{_THEY})\b[^.?!]{{0,20}}\b(?:holds?|held|holding|puts?|pressed|presses|pressing) (?:a |the |his |her |their )?(?:lighter|cigarette|flame|iron|{_WEAPON})\b[^.?!]{{0,10}}\b(?:to|against|at|on|near) (?:my|me|the kids|our)\b"
    r"|\b(?:knows?|know) where (?:the |my |our )?(?:kids'?|children'?s?|son'?s?|daughter'?s?|boys'?|girls'?) (?:school|nursery|live|are)\b",
    # someone hurting the person, the children or another at home ("you cant keep choking me")
    rf"\b(?:{_THEY})\b(?:\s+[\w'()]+){{0,5}}? {_HURT}\b(?: (?!(?:yourself|urself|you|u|text|call|ring|tell|ask)\b)[\w']+){{0,4}}? {_VICTIM}\b{_NOT_PHRASAL}",
    rf"\b(?:you|u|ya)\b(?:\s+[\w']+){{0,3}}? {_STRIKE}\b(?: (?!(?:yourself|urself|you|u|text|call|ring|tell|ask)\b)[\w']+){{0,3}}? {_VICTIM}\b{_NOT_PHRASAL}",
    r"\b(?:is|gets|getting|got|becomes|turns|was) (?:really |so |very )?(?:violent|physical|rough)\b(?=[^.?!]*\b(?:me|us|kids|when|tonight|again)\b)"
    r"|\b(?:won't|wont|will not|doesn't|doesnt) let (?:me|us|the kids) (?:leave|out|go)\b|\b(?:scared|afraid|frightened|terrified) of (?:him|her|them|my \w+)\b(?=[^.?!]*\b(?:when|drinks|drunk|using|high|he|she|tonight)\b)(?! (?:\w+ing|relaps))",
    r"\b(?:broke|broken|split|cracked|busted|bust|bloodied|blacked) (?:my|her|his|our) (?:nose|arm|wrist|rib|ribs|jaw|lip|tooth|teeth|finger|eye|head)\b",
    r"\b(?:smashing|smashed|breaking|broke|wrecking|trashing|destroying) (?:up )?(?:the|our|my) (?:windows?|house|place|kitchen|furniture|doors?|flat|room)\b(?=[^.?!]*\b(?:kids|baby|me|now|police|upstairs|hiding)\b)"
    r"|\b(?:i've|i have|i just|just|ive) (?:called|rung|rang|phoned) (?:the )?(?:police|cops|911|999|000)\b"
    r"|\b(?:broke|breaking|broken|forced his way|forced her way) in\b|\bin the house (?:right )?now\b(?=[^.?!]*\b(?:he|she|him|her|scared|hiding)\b)"
    r"|\b(?:put|puts|putting|laid|lays|laying) (?:his|her|their) hands on (?:me|us|the kids|my \w+)\b"
    r"|\b(?:don't|dont|do not|can't|cant) (?:want to )?go (?:back )?home\b(?=[^.?!]*\b(?:he|she|him|her|they|scared|afraid)\b)"
    r"|\b(?:break|breaking|kick|kicking|bash|bashing|smash|smashing) (?:down|in) (?:the|my|our) (?:\w+ )?door\b"
    r"|\b(?:kicking|kicked|smashing|smashed|breaking|broke|banging|bashing) (?:the|my|our) (?:\w+ )?door (?:in|down|off)\b"
    rf"|\bcame (?:to|round|over|by|back)\b[^.?!]{{0,25}}\bwith (?:a|an|the|his|her) (?:\w+ )?{_WEAPON}\b"
    r"|\b(?:said|says|told me|tells me|threatens|threatened|screamed|screams|shouted|shouts|yelled|yells|texted|keeps saying)\b[^.?!]{0,20}"
    r"\b(?:i'd|i'll|ill|id|you'll|you'd|i will|i would|you will|you would|you won't|you wont) (?:never|not) see (?:them|the kids|my kids|the children|the baby|my son|my daughter)\b"
    r"|\b(?:takes|taking|took|taken|keeps|hand over) (?:my|all my) (?:wages|money|pay|bank card|phone|car keys|passport)\b"
    r"|\b(?:checks|checking|reads|reading|goes through|going through) (?:my|everything i) (?:phone|messages|type|texts|write)\b"
    r"|\b(?:not|haven't been|hasn't let me|am not|i'm not|im not|wasn't) allowed (?:to )?(?:leave|go out|out|see|talk|call)\b"
    r"|\bblack eye\b(?![^.?!]*\b(?:what happened|did you get)\b)|\b(?:lips?|lip's|lips are|lip is) split\b|\bsplit (?:my )?lip\b"
    r"|\b(?:doesn't|won't|wont|does not|don't) take no for an answer\b|\blie there and wait for it to be over\b"
    r"|\b(?:not (?:meant|supposed|allowed) to come (?:near|within)|restraining order|protection order|non[- ]molestation order)\b"
    r"|\btrying the (?:back |front )?door\b|\bget the belt\b|\b(?:makes|made) me hand over\b"
    r"|\b(?:saying|says|said|texted|text saying|message saying|screaming|yelling|shouting)(?: that)?\b[^.?!]{0,15}\b(?:you're|ur|you are|i'm|im|i am) (?:dead|next|gonna die|going to die)\b"
    r"|\b(?:says|said|saying) (?:i'm|im|i am) not (?:going|allowed to go) anywhere\b|\bgonna light (?:me|us|you) up\b|\bgoing to light (?:me|us|you) up\b"
    r"|\b(?:gun|knife|weapon)\b[^.?!]*\bthreaten\w*|\bthreaten\w* (?:me |us |the kids )?with (?:a|the|his|her) \w+"
    r"|\b(?:touching|touched|touches|groping|groped) (?:me|my (?:daughter|son|kids?|sister|brother))\b"
    r"|\b(?:smashed|broke|took|taken|hid|hidden) my (?:phone|keys|car keys)\b(?=[^.?!]*\b(?:can't|cant|call|leave|anyone|help)\b)"
    r"|\b(?:kids|children|baby|i|we)\b(?:(?!\bnot\b)[^.?!]){0,15}\b(?:scared|afraid|frightened|terrified) of (?:him|her|them|my \w+|dad|mum|mom)\b(?! (?:\w+ing|relaps|dying))"
    r"|\bcovered in bruises\b|\b(?:scared|afraid|frightened|terrified) to go (?:back )?(?:in|inside|home|back)\b"
    r"|\bpunched (?:holes|a hole) in\b(?=[^.?!]*\b(?:me|my|tonight|now|scared|kids|again)\b)",
    r"\b(?:he'll|hell|she'll|shell|he will|she will|he'd|she'd|they'll|says he'll|said he'd|threaten\w*(?: to)?) (?:\w+ ){0,2}(?:kill|hurt|stab|shoot|burn) (?:[\w']+ ){0,4}(?:me|us|the kids|the children|the baby)\b",
    r"\b(?:punched|slapped|choked|strangled|throttled|kicked|shoved|headbutted|stabbed|smacked|beat|beaten|bit|strangling|choking|"
    r"slammed|shook|shaking|squeezed|scalded|burned|burnt) (?:me|us|my \w+|the kids|the baby|the baby's)\b{_NOT_PHRASAL}"
    r"|(?<!it )(?<!that )(?<!this )(?<!what )(?<!reality )(?<!life )\b(?:hit|hits|hitting) (?:me|us|the kids|the baby|my (?:mum|mom|kids?|son|daughter|sister|brother))\b(?! (?:up|hard|that|like)\b)",
    r"\b(?:throwing|chucking|hurling|threw|chucked|hurled|swinging|swung|smashing|smashed)\b[^.?!,]{0,60}\b(?:at|into) (?:me|us|my (?:head|face)|the kids|the baby)\b",
    r"\bhands? (?:around|round|on|at) (?:my|our|her|his) (?:throat|neck)\b|\b(?:knife|blade|gun) (?:to|at|against) (?:my|me|her|his)\b",
    # threats to kill or hurt, reported ("he said he'd hurt them", "hell take the kids")
    rf"\b(?:{_THEY})\b(?:\s+[\w']+){{0,5}}? (?:said|says|saying|swore|threatened|threatening|threatens|keeps saying|kept saying|"
    r"yelling|screaming|shouting|hollering|hollerin)(?: [\w']+){0,4}? (?:kill|hurt|shoot|stab|burn|beat|glass|strangle|break|do it)"
    r"(?: (?:me|us|you|your|the (?:kids|children|baby|house)|them|her|him|mum|mom|my|our)\b|\b(?! (?:himself|herself|themselves|itself|yourself|urself|myself)\b))",
    r"\b(?:he|she|they|hes|shes|he's|she's|hell|shell|he'll|she'll|he'd|she'd|they'll|they'd)(?: will| would| is going to| is gonna|'s going to|'s gonna| going to| gonna| gone| gon| go)? "
    r"(?:kill|hurt|shoot|stab|burn|beat|glass|strangle|break|poison|drown|smother|finish|drop) (?:me|us|the (?:kids|children|baby|house|dog|cat|puppy)|them|mum|mom|my|our|(?:his|her) (?:\w+ )?(?:baby|kids?|children|son|daughter|girl|boy))\b",
    r"\b(?:says|said|threatens|threatened|threatening)\b[^.?!]{0,30}\b(?:take|taking) (?:the kids|the children|my kids|the baby)\b(?![^.?!]*\bfor (?:the|a) (?:weekend|night|day|afternoon|holidays|week)\b)",
    # the person's own urge to hurt someone at home ("im scared ill hit him", "taking the bat to my son")
    r"\b(?:scared|afraid|frightened|terrified|worried) (?:that )?(?:i'll|ill|i will|i might|i'm going to|im gonna|i could|of what i'll|of what i might)\b(?: actually| really| end up)?[^.?!]{0,12}\b(?:hit|hurt|kill|strangle|stab|punch|beat|do to)\b (?:him|her|them|my \w+|the (?:kids|baby))\b"
    r"|\bi (?:want|wanna|wanted) to (?:hurt|kill|hit|strangle|stab) (?:him|her|them|my \w+)\b(?=[^.?!]*\b(?:knife|gun|bat|right now|so bad|so badly)\b)"
    rf"|\btak(?:e|ing|en) (?:the|a|my) (?:{_WEAPON}|belt) to (?:him|her|them|my (?!(?:brother|sister|mum|mom|dad|nan|gran|parent|mate|friend|cousin|aunt|uncle|auntie)(?:'s|s)\b)\w+|the kids)\b|\bhad my (?:fist|fists|hand) (?:up|raised)\b"
    # attempts on a life, threats about a life, someone armed in the room with the children
    r"|\b(?:tried|trying|try|tries) to (?:run (?:me|us|him|her) (?:over|down)|drown|poison|suffocate|smother)\b|\brun me over\b"
    r"|\bmake sure (?:i|we) (?:don't|do not|dont|never|won't|wont) (?:live|survive|see)\b"
    r"|\b(?:have to|gotta|got to|need to) (?:whisper|be quiet|stay quiet)\b(?=[^.?!]*\b(?:he|she|he'll|she'll|hell|shell|hear)\b)"
    r"|\b(?:kids|children|baby)\b[^.?!]*\b(?:his|her) (?:\w+ )?(?:gun|rifle|shotgun|pistol|knife)\b(?:'s| is)? (?:in there|in the room|with (?:him|her|them)|next to)"
    r"|\b(?:his|her) (?:\w+ )?(?:gun|rifle|shotgun|pistol|knife)\b(?:'s| is)? (?:in there|in the room|with (?:him|her|them)|next to)\b(?=[^.?!]*\b(?:kids|children|baby)\b)"
    rf"|\bthreaten(?:ed|s|ing)? (?:me|us|him|her|them|(?:my|his|her|our|the) (?:\w+ ){{0,2}}?\w+) with (?:a|an|the|his|her) (?:\w+ )?{_WEAPON}\b",
    # threats in the passive or reported ("i was told id be going in the river", "apparently ill regret it")
    r"\b(?:i was|i've been|i have been|been|it's been|its been|i got) (?:told|warned|made clear|threatened)\b[^.?!]*\b(?:i'd|i'll|ill|id|i will|i would|my (?:\w+ )?(?:children|kids|son|daughter)|the (?:kids|children))\b"
    r"[^.?!]{0,30}\b(?:regret|dealt with|carried out|river|in a box|in the ground|hurt|dead|killed|sorted|sort (?:me|you) out|never see|be next|pay for)\b"
    r"|\b(?:i'll|ill|i'd|id|you'll|youll) regret it\b(?=[^.?!]*\b(?:his words|her words|he said|she said|outside|he's|hes)\b)|\bapparently (?:i'll|ill|i'd|id) regret\b"
    r"|\b(?:he'll|hell|she'll|shell|he will|she will) ['\"]?sort (?:me|us|you) out\b|\b(?:its|it's|it is) (?:your|ur) last (?:one|night|day)\b"
    r"|\bi know where (?:your|ur) (?:\w+ )?(?:lives?|live|is|are|works?|stay|stays)\b|\bknows? where (?:i|we|my \w+|you) (?:live|lives|work|works|stay|stays|are|is)\b"
    r"|\b(?:holding|coming (?:round|over|back) with|bringing|threw|throw|pour\w*)\b[^.?!]{0,25}\b(?:drain cleaner|acid|petrol|gasoline|lighter fluid)\b"
    r"|\bmake sure (?:nobody|no one) (?:else )?(?:wants?|will want|would want) (?:to )?(?:look at|touch|be with) me\b"
    r"|\bmakes? me (?:have sex|sleep with|do stuff|do things)\b|\bmade me do (?:stuff|things) i (?:didn't|didnt|did not) want\b|\bif i (?:don't|dont) sleep with (?:him|her)\b"
    r"|\bcomes into my room at night\b|\b(?:held|dangled|holding|hung) (?:the|my|our) (?:cat|dog|puppy|kitten|baby)\b[^.?!]*\b(?:over|out of)\b"
    r"|\b(?:dog|cat|puppy|pet|kids?|baby)\b (?:will|would)(?: be)? (?:the )?first to go\b"
    r"|\b(?:tracker|tracking device|airtag)\b(?=[^.?!]*\b(?:my|me)\b)|\bturns? up wherever\b|\bphotos? of my (?:front door|house|car|kids|window)\b"
    r"|\bparked (?:outside|across the road|across the street|down the road|opposite)\b(?=[^.?!]*\b(?:for|now|hours|my|our|house)\b)"
    r"|\bfollowed (?:me )?(?:home|to my car|from work|to work)\b|\b(?:searching|looking|driving round)\b[^.?!]{0,20}\bfor (?:us|me)\b(?=[^.?!]*\b(?:since|now|midnight|tonight|streets)\b)"
    r"|\bpillow (?:over|on) (?:my|her|his) face\b|\b(?:couldn't|couldnt|could not|can't|cant) breathe when (?:he|she)\b|\b(?:had|grabbed|got) (?:me by )?(?:my|the) (?:neck|throat)\b"
    r"|\bhands (?:were|was) (?:around|round|on) (?:my|her|his) (?:throat|neck)\b|\b(?:glued|stitched|stapled) (?:up )?my (?:lip|head|eyebrow|face|cheek|eye)\b(?=[^.?!]*\b(?:again|time)\b)"
    r"|\b(?:again|\d(?:st|nd|rd|th) time|third time)\b[^.?!]*\b(?:glued|stitched|stapled) (?:up )?my (?:lip|head|eyebrow|face|cheek|eye)\b"
    r"|\bthe next one (?:won't|wont|will not) miss\b|\b(?:an inch|inches|centimetres) from my (?:head|face)\b|\bnext time (?:i'd|id|i'll|ill|you'll|youll) be carried out\b"
    r"|\b(?:has|had|got|is holding) (?:me|her|him|them|my \w+) pinned\b|\bput me (?:there|in the ground|in a box|in the grave)\b|\bshowed me (?:the|his|her|a) (?:\w+ )?"
    + _WEAPON
    + r"\b"
    r"|\bthat goes bang\b|\bsomewhere (?:we'd|wed|we would|you'd|youd|you would|i'd|id|nobody|no one)(?:'ll)? (?:never )?(?:find|see) (?:him|her|them|you)\b"
    r"|\b(?:hell|he'll|shell|she'll|he will|she will) do (?:my \w+|me|her|him|us) next\b|\b(?:i'm|im|i am) not leaving (?:this|the) (?:house|room|flat) (?:till|until)\b"
    r"|\bscared of myself\b|\bi think (?:i'll|ill|i will|i might) (?:hurt|hit|kill) (?:her|him|them)\b|\b(?:he|she) keeps (?:squeezing|twisting|grabbing|pinching) (?:it|me|my \w+)\b",
    # the person's own anger with something in hand, and threats and injuries in other words
    rf"\b(?:i've got|ive got|i have|holding|got|i'm holding|im holding) (?:the |a |his |my )?(?:\w+ )?{_WEAPON} in my hand\b"
    r"|\b(?:scared|afraid|frightened|terrified) of what (?:i'll|ill|i will|i might) do\b|\bscared (?:i'll|ill|i might|i will) do something\b"
    rf"|\b(?:standing|sitting|waiting|stood|sat) (?:\w+ ){{0,6}}with (?:the|a|my|his) (?:\w+ )?(?:knife|gun|hammer|bat|rifle)\b"
    r"|\bcut the (?:\w+ )?(?:landline|phone line|phone cord|cable on the landline)\b|\bby force\b"
    r"|\b(?:he'll|hell|she'll|shell|he will|she will|he's going to|she's going to|gonna) drop (?:her|him|the baby|my baby)\b"
    r"|\b(?:frightened|scared|afraid|terrified) (?:that )?(?:he|she|they) (?:will|'ll|might) (?:strike|hit|hurt|attack) (?:me|us|the)\b"
    r"|\b(?:slammed|smashed|banged|bashed) my (?:head|face)\b|\bin the (?:bathroom|closet|wardrobe|car|cupboard|loo) typing\b"
    r"|\b(?:cleaning|loading|polishing) (?:his|her) (?:gun|rifle|shotgun|pistol)\b(?=[^.?!]*\b(?:staring|at me|miss)\b)|\bno one would miss (?:u|you)\b",
    # a weapon in someone's hands
    rf"\b(?:{_THEY})(?:'s| has| have| is| was| got| had| keeps| kept| just)?(?: \w+){{0,4}}? (?:got |holding |held |holds |picked up |waving |pointing |loading |swinging |swingin |"
    rf"carrying |grabbed |pulled (?:out )?|has |had |keeps |kept |with |brandishing |sharpening )(?:a |the |his |her |their |that |my )?(?:\w+ ){{0,2}}{_WEAPON}\b(?! (?:collection|block|set|drawer|rack|sharpener|cabinet|safe|licen[cs]e)\b)"
    rf"|\b(?:loading|waving|pointing|pointed|holding|swinging|swingin|brandishing) (?:a |the |his |her )?(?:\w+ )?{_WEAPON}\b",
    # afraid, hiding, someone trying to get in, injuries
    r"\b(?:i'm|i am|im|i feel|we're|we are|the kids are|i don't feel|we don't feel|i dont feel|i do not feel) "
    r"(?:not )?(?:safe|in danger)\b(?=[^.?!]*\b(?:home|here|tonight|now|him|her|he|she|house)\b)"
    r"|\b(?:not|don't feel|dont feel) safe at home\b|\b(?:scared|afraid|frightened|terrified) (?:for my life|to go (?:back )?home)\b",
    r"\b(?:hiding|hidden|locked|typing) (?:in|inside|from) (?:the |my |our |next door'?s? |the neighbou?r'?s? )?(?:wardrobe|closet|bathroom|bedroom|room|car|loo|toilet|cupboard|shed|basement|attic|garage|house|flat|apartment|him|her)\b"
    r"|\b(?:banging|kicking|pounding|hammering|smashing) (?:on |in |down )?(?:the |my |our )?(?:\w+ )?door\b|\b(?:kicking|smashed|smashing|broke|broken) (?:the )?door (?:in|down|off)\b"
    r"|\btrying to (?:get|break) in\b|\b(?:he's|she's|hes|shes|he is|she is) (?:looking|coming) for me\b",
    r"\b(?:scared|afraid|frightened|terrified|worried) (?:of )?(?:what )?(?:he|she|they)(?:'ll| will| might| is going to|'s going to|'s gonna| could)? "
    r"(?:do|hurt|kill|hit|come back|find)\b(?!\w)(?! (?:himself|herself|themselves|it|something (?:stupid|silly|daft|dumb|drastic)|anything (?:stupid|silly|daft|dumb)))"
    r"|\b(?:hiding|hid) (?:under|behind|in) (?:the|my|our) \w+\b(?=[^.?!]*\b(?:he|she|him|her|they|dad|mum|mom|scared|kids)\b)"
    r"|\b(?:stalking|following) me\b|\bwon't leave me alone\b(?=[^.?!]*\b(?:scared|threat|outside|following)\b)"
    r"|\btake (?:the kids|us|the children|the baby) with (?:him|her)\b|\bforced (?:himself|herself) on me\b|\bforced me to\b|\bmade me have sex\b"
    r"|\bsexually (?:assaulted|abused)\b|\bblack and blue\b|\b(?:bruises|marks) (?:all over|on my)\b|\bleft (?:marks|bruises)\b"
    r"|\b(?:he's|she's|hes|shes|he is|she is|they're) getting (?:really |so |very )?(?:angry|violent|aggressive|physical|rough)\b(?=[^.?!]*\b(?:scared|afraid|kids|leave|get out|hide|hiding)\b)"
    r"|\bcalled the (?:police|cops) (?:on (?:him|her|them)|because)\b|\b(?:held|pinned|holding|pinning) (?:me|us) down\b|\bsat on me\b"
    r"|\b(?:pushing|shoving|hitting|punching|slapping|beating|kicking)(?: and \w+)? (?:at home|in the house|in this house|us|me)\b"
    r"|\b(?:puts?|putting|places?|placed|lays?|laid|sets?|slams?|slammed|slamming)\b (?:the |a |his |her |their )?(?:gun|rifle|shotgun|pistol|revolver)\b(?: down)? on the (?:\w+ )?(?:table|counter|bed|worktop)\b"
    r"|\b(?:gun|rifle|shotgun|pistol|revolver)\b[^.?!]*\b(?:puts?|places?|placed|lays?|laid|sets?|slams?|slammed) it (?:down )?on the (?:\w+ )?(?:table|counter|bed|worktop)\b"
    r"|\b(?:gun|rifle|shotgun|pistol|revolver|knife|machete|blade|axe|bat)\b[^.?!]*\b(?:remind\w*|tells?|told|show\w*) (?:me|us|you|u) (?:it's|its|it is|that it's|that it is|where it is)\b(?: \w+)? (?:there|loaded|under|in|close|handy)\b"
    r"|\b(?:took|takes|taken|has taken|keeps|kept) (?:my|the) (?:house |front door |door |car )?keys? (?:off|from|away from) me\b"
    r"|\b(?:makes?|made|making|forces?|forced) (?:me|us|the kids|the children) (?:to )?sleep (?:in the car|outside|on the floor|in the garage|in the shed|on the porch|in the garden)\b"
    rf"|\b{_WEAPON}\b[^.?!]*\b(?:pointed|pointing|aimed|aiming|waved|waving|pulled|pulling|pullin) (?:it|them|the \w+|a \w+|his \w+|her \w+) (?:at|on) (?:me|us|my|the kids|mum|mom|our)\b"
    rf"|\b(?:pull\w*|draw\w*) (?:a|his|her|the) {_WEAPON} on (?:me|us|my|mum|mom|the kids)\b|\b(?:hold|holds|holding|held|press\w*) (?:a|the|his|her) (?:\w+ )?{_WEAPON} (?:to|against|at) (?:my|me|i|our|the kids'?) ?(?:neck|throat|head|face|chest|back|side)?\b"
    rf"|\bturned up (?:at (?:the|my|our) (?:door|house|flat|work) |here )?(?:with|w|w/) (?:a|the|his|her) {_WEAPON}\b|\b(?:i have|i've got|ive got|i got|left me with) (?:\w+ )?(?:marks|bruises)\b"
    r"|\b(?:fear|scared|afraid) for (?:my|our|the kids'?) (?:life|lives|safety)\b|\bthere(?:'s| is) a (?:gun|knife|weapon)\b[^.?!]*\b(?:drunk|high|angry|threat\w*|using|drinking|scared)\b"
    r"|\b(?:raised|raises|raising) (?:his|her) (?:hand|fist) (?:to|at) (?:me|us|the kids)\b|\b(?:went|tried) to (?:hit|punch|hurt|strangle|choke) (?:me|us|the kids|my \w+)\b"
    r"|\b(?:rough with|roughs up|roughed up|knocked me around|pushed me around|slapped me around|knocks me around)\b"
    r"|\b(?:breaking|smashing|throwing) things\b(?=[^.?!]*\b(?:scared|kids|me|us|hiding|now|tonight)\b)"
    r"|\b(?:i'm|im|i am|i feel|i don't feel|i dont feel) not safe\b"
    r"|\b(?:nobody|no one) would (?:think twice|notice|know|question it)\b(?=[^.?!]*\bif i\b)"
    rf"|\btook (?:my|his|her|the) (?:\w+ )?{_PILLS},? (?:all of them|the lot|every one|every single one)\b"
    r"|\bgave me (?:a|an)(?: \w+)? (?:box|clout|hiding|slap|smack|beating|kicking|doing|belt|dig|punch|thump|whack)\b"
    r"|\b(?:lump|bump|cut|gash|swelling) on my (?:head|cheek|face|eye|lip|arm|forehead)\b|\b(?:pushed|jammed|wedged|propped) against (?:it|the door)\b"
    r"|\boutside (?:the|my) (?:door|window|room|bedroom) (?:screaming|shouting|yelling|banging)\b|\bshows up (?:everywhere|at my|wherever)\b|\bhas my location\b"
    r"|\btracking my (?:phone|location)\b|\bsleep with one eye open\b|\bmake sure (?:i|you) never see\b"
    r"|\b(?:knocked|broke|chipped|cracked) (?:out )?my (?:\w+ )?(?:tooth|teeth)\b|\bsleeping in the car\b(?=[^.?!]*\b(?:tonight|again|better than|with (?:her|him)|kids)\b)"
    r"|\blocked me out (?:on|in) the (?:balcony|cold|garden|yard|street|rain)\b|\bcontrols (?:every penny|all the money|my money)\b|\bchanged the pin\b"
    r"|\b(?:have to|got to|gotta) ask (?:him|her) for (?:money|bus fare|cash)\b|\bgives me \w+ (?:pounds|dollars|quid|bucks) a week\b|\btook my (?:card|bank card)\b"
    r"|\breads (?:all )?my (?:texts|messages|emails)\b|\bgoes (?:mental|off|nuts|crazy) at me\b"
    r"|\b(?:headbutt(?:ed)?|kneed|knee'd|leather(?:ed|ing)|lamped|swung on|tipped me out|twist(?:ed|s)? my arm|holds me against|held me against|shaking me|shook me(?! up\b))\b"
    r"|\bgot (?:strangled|punched|hit|beaten|battered|choked|slapped|kicked|smacked|thumped|headbutted|stabbed)\b|\btakes? the belt to\b"
    r"|\b(?:welts|finger ?marks|hand ?print|the shape of (?:his|her) hand)\b|\b(?:nose|lip|head) (?:won't|wont) stop bleeding\b|\bhurts to breathe\b"
    r"|\b(?:rib|ribs|one)(?:'s| is| are)? (?:cracked|broken)\b|\b(?:got|has|had) me pinned\b|\b(?:raging|back|angry)\b[^.?!]*\b(?:hide|hid) (?:the|my) phone\b|\b(?:hide|hid) (?:the|my) phone\b(?=[^.?!]*\b(?:raging|back|quiet|angry)\b)"
    # "i'll never see the kids again"; "you'll never..." is their threat only when reported (above), else the
    # person typing's own ultimatum to the one they practise with ("get clean or you'll never see the kids again")
    r"|\bi(?:'ll| will|'d| would)? (?:never|not|won't|wont|aint ever gon|ain't ever gonna|ain't ever going to) see (?:them|her|him|the kids|my kids|the baby) again\b"
    r"|(?<!\bare )(?<!\bis )(?<!\bppl r )\b(?:following|stalking) (?:her|him|me|us)\b|\bparked outside (?:our|my|the) house\b|\bhiding (?:upstairs|downstairs|in the bathroom)\b"
    r"|\bfind me wherever\b|\b(?:not to|can't|cant) (?:bother )?(?:trying to )?leave\b|\bunder the stairs\b|\bknows where (?:my|you|we) \w+ lives?\b"
    r"|\bcoming up the stairs\b|\bkicked the dog\b|\b(?:gets|getting|got) handy\b|\bhandy with (?:his|her) fists\b|\b(?:comes|come|came) for (?:me|us|the kids)\b"
    r"|\bbeen (?:hit|beaten|punched|slapped|choked|kicked|strangled|attacked|assaulted|raped|battered)\b|\b(?:scared|afraid|terrified|frightened) to (?:go to )?sleep\b"
    r"|\b(?:scared|afraid|terrified|frightened) to (?:come|go|get) (?:back )?(?:home|in|inside)\b|\blocked (?:myself|meself|us|ourselves) in\b"
    r"|\b(?:smashing|smashed|wrecking|trashing) (?:up )?(?:the|our|my) (?:place|house|flat|kitchen)(?: up)?\b(?=[^.?!]*\b(?:drunk|high|raging|again|tonight|kids|scared)\b)"
    r"|\b(?:drunk|high|raging|off his face|off her face)\b[^.?!]*\b(?:smashing|smashed|wrecking|trashing) (?:up )?(?:the|our|my) (?:place|house|flat|kitchen)\b"
    r"|\btold the (?:er|a&e|hospital|doctor|nurse) i fell\b|\b(?:left|got|have|gave me) (?:bruises|a black eye)\b"
    r"|\b(?:i'm|im|i am) bleeding\b|\bmy (?:neck|wrist|arm|face|ribs?|eye|nose|jaw|lip) is (?:still )?(?:swollen|bleeding|broken|purple|bruised|black)\b"
    r"|\bi think (?:one|it|my \w+) is broken\b|\bcut above my eye\b",
]
_OVERDOSE = [
    r"\b(?:having|had|started) (?:some kind of|a sort of|like a|some sort of) (?:fit|seizure)\b(?=[^.?!]*\b(?:using|took|after|drugs|pills|now|minutes)\b)",
    # an eleventh round (ba): a week of pills tipped into a hand and swallowed; pills taken, then confused
    r"\b(?:emptied|tipped|poured) (?:her|his|their|the) (?:\w+ ){0,2}(?:pill organi[sz]er|pill ?box|dosette|bottle|packet|blister packs?|tablets|pills)\b[^.?!]*\b(?:swallowed|took|taken|down)\b"
    rf"|\b(?:{_THEY}) (?:has |have |'s )?(?:taken|took|swallowed)\b[^.?!]*\b(?:pills|tablets|meds)\b[^.?!]*\b(?:talking nonsense|not making sense|keeps falling asleep|can't stay awake|cant stay awake|slurring|confused|muddled)\b",
    # a tenth round (ax: an overdose typed in panic): "he won't breathe", "blue after a bump"
    r"\b(?:he|she|they|him|her)(?:'s| is)? (?:won't|wont|will not|isn't|isnt|not|can't|cant) breathe\b|\b(?:blue|grey|gray) after (?:a|the|some|his|her) (?:bump|line|hit|dose|pill|shot|key)\b",
    # a ninth round (authors au, av): a poison drunk or swallowed now, empty packets with the signs,
    # "all of it", pidgin and patois: "he no dey talk again", "him nah move", "tek too much"
    rf"\b(?:{_THEY})\b (?:has |have |'s |just )?(?:drank|drunk|swallowed|took|taken|ate|eaten|had|downed|(?:don|done) (?:drink|swallow|tek|take|chop))\b (?:\w+ )?(?:some |the |a bottle of |a cup of |a glass of |di |a whole bottle of |half a bottle of )?{_POISON}\b(?![^.?!]*\b(?:years? ago|when (?:he|she|they) (?:was|were) (?:little|small|a (?:baby|toddler|kid)))\b)"
    rf"|\b(?:{_THEY}) (?:has |have |'s |don |done |just )?(?:swallow\w*|took|taken|tek|drank|downed|injected|had)\b (?:plenty|too much|too many|the whole|di whole|all (?:the|di|of (?:the|her|his|their))) (?:\w+ )?(?:{_PILLS}|heroin|drugs|powder|stuff|tablets? dem|pills dem|a di pills dem)\b"
    rf"|\b(?:{_THEY}) (?:has |have |'s )?(?:took|taken|swallowed|injected|downed|drank|had) (?:the |her |his |their |all (?:the |her |his |their )?)?(?:{_PILLS}|heroin)\b,? all (?:of )?(?:it|them)\b"
    r"|\bempty (?:blister ?packs?|pill (?:bottles?|packets?|boxes)|packets|boxes|strips|bottles? of (?:pills|tablets|\w+))\b(?=[^.?!]*\b(?:not with it|chucking up|throwing up|vomit\w*|drowsy|sleepy|won't wake|wont wake|breath\w*|slurring|not making sense|out of it)\b)"
    r"|\b(?:not with it|chucking up|throwing up|vomit\w*|drowsy|slurring|out of it)\b[^.?!]*\bempty (?:blister ?packs?|pill (?:bottles?|packets?|boxes)|packets|boxes|strips)\b"
    r"|\b(?:he|she|him|her|dem|they)\b (?:no|nah|nuh|na|not) (?:dey |di |they |the )?(?:talk|move|breathe|wake|wake up|ansa|answer|respond)\b(?: again| at all| ata all|[.,!]|$)"
    r"|\b(?:he|she|him|her|dem|they)\b (?:a |is |dey )?breath(?:e|es|ing|in)? (?:funny|weird|strange|slow|shallow|hard|bad)\b",
    r"\b(?:can't|cant|cannot|can not|couldn't|can't seem to|unable to) (?:wake|rouse|get(?! (?:at|to|in|into|out|through|hold|over|past|away|on|it|his|their)\b)(?! her (?:hands|head|way|act|money|own)\b)) (?:him|her|them|\w+|my \w+)(?: up| to (?:answer|respond|wake|come round))?\b",
    rf"\b(?:{_THEY}|(?!(?:might|could|would|should|may|will|can|you|u|i|we|about|of|from|keep|on|the|a|or|but|is|was|it|that|this|to|for|with|like|just|still|maybe|might|i'm|im)\b)\w+)(?:'s| is| isn't| isnt| won't| wont| will not| doesn't| doesnt| not| keeps)? "
    r"(?:won't|wont|not|isn't|isnt|ain't|aint|will not|doesn't|doesnt|barely|hardly|only just|stopped|stop) "
    r"(?:wake up|waking up|waking|wake(?= |$|[.,!?])|come round|coming round|come to|respond(?:ing)?(?! to (?!(?:her|his|their) name|me\b|anything|touch|my voice))|answering me|moving(?! (?:out|in|on (?:with|from)|back|forward|house|away))|breathing|breathin)\b",
    # someone else swallowing everything, getting drowsy, pale and stopping, needles, narcan given, cpr
    rf"\b(?:{_THEY}) (?:swallowed|took|taken|downed|had)\b[^.?!]{{0,30}}\b(?:everything|all|whole|bunch|handful|bottle|box|packet|lot)\b[^.?!]{{0,25}}\b(?:{_PILLS}|pill organi[sz]er|organi[sz]er|cabinet|stash)\b"
    r"|\bgetting (?:really |very |so )?(?:drowsy|sleepy)\b(?=[^.?!]*\b(?:fast|quick|quickly|can't|cant|won't|wont)\b)"
    r"|\b(?:gone|going|turned|turning|is|looks) (?:really |very |so |all )?(?:pale|grey|gray)\b(?=[^.?!]*\b(?:sweaty|clammy|not making sense|stopped|breath\w*|wake|respond\w*)\b)"
    rf"|\b(?:{_THEY}) (?:just |then )?stopped (?:talking|responding|moving)\b(?! to\b)|\b(?:is|are|'s) (?:barely|hardly|only just) breathing\b"
    r"|\b(?:giving|gave|give|given|used|using) (?:him|her|them )?(?:the |some |a |another )?(?:dose of )?(?:narcan|naloxone)\b(?=[^.?!]*\b(?:now|just|min|mins|minutes|ago|still|again|second)\b)"
    r"|\b(?:keep (?:him|her|them) breathing|did cpr|doing cpr|doing (?:chest )?compressions|giving (?:him|her|them) cpr|(?<!how to )(?<!learn to )(?<!learnt to )(?<!learned to )do (?:the )?rescue breaths|doing (?:rescue breaths|chest compressions))\b"
    r"|\bneedle (?:still )?(?:in|hanging out of|stuck in) (?:his|her|their) (?:arm|hand|leg|foot|neck)\b"
    r"|\b(?:floor|ground|bed|couch|sofa)\b[^.?!]{0,15}\b(?:twitching|convulsing|jerking|fitting|seizing)\b"
    r"|\b(?:hes|shes|he's|she's|he is|she is|theyre|they're|is) (?:odin|oding|odeing)\b|\bwhat (?:do|should) i do with (?:the|this) (?:narcan|naloxone)\b"
    r"|\b(?:lying|laying) on (?:his|her|their) back\b(?=[^.?!]*\b(?:vomit|sick|throw\w* up)\b)|\b(?:vomit|sick)\b[^.?!]*\b(?:lying|laying) on (?:his|her|their) back\b"
    r"|(?:^|[,;] ?)(?:not|barely) (?:responding|breathing|waking|moving)\b|\b(?:eyes|pupils) (?:are )?pinned\b|\bpinned (?:eyes|pupils)\b"
    r"|\b(?:went|gone|fell|is|lying|laying) face ?down\b(?=[^.?!]*\b(?:won't|wont|not|can't|cant|answer|respond|wake|move)\w*)",
    # more signs of an overdose now, in lay words
    r"\bbreathing (?:has |is )?(?:nearly|almost|basically|pretty much|just) stopped\b|\b(?:gone|went|going) (?:limp|unresponsive)\b|\bnot breathing (?:right|properly|normally)\b"
    rf"|\b(?:{_THEY}) (?:took|taken|had|swallowed|downed)\b[^.?!]{{0,20}}\b(?:a fistful|fistful|several|\d+|two|three|four|five|six|ten|twelve|a dozen|a bunch|a handful)\b[^.?!]{{0,20}}\b{_PILLS}\b"
    r"|\b(?:overheating|burning up|burning to the touch|soaked in sweat|drenched in sweat|pouring with sweat)\b(?=[^.?!]*\b(?:pills|coke|crack|meth|molly|mdma|took|taking|after|party)\b)"
    r"|\b(?:pills|coke|crack|meth|molly|mdma|speed|line)\b[^.?!]*\b(?:overheating|burning up|burning to the touch|soaked in sweat|drenched in sweat|heart (?:is )?going like|pulse (?:is )?racing|chest pains?|clutching (?:his|her|their) chest|crushing|foaming|shaking all over)\b"
    r"|\b(?:heart (?:is )?going like \d+|pulse (?:is )?racing|chest pains?|clutching (?:his|her|their) chest|shaking all over)\b(?=[^.?!]*\b(?:coke|crack|meth|molly|mdma|speed|pills|line|after)\b)"
    rf"|\b(?:toddler|baby|little one|\d+ ?(?:yo|year old|yr old)|granddaughter|grandson|kid|child|little girl|little boy)\b[^.?!]{{0,40}}\b(?:swallowed|ate|got into|got hold of|chewed|drank)\b[^.?!]{{0,40}}\b(?:{_PILLS}|strips?|bottle)\b"
    r"|\b(?:can't|cant|cannot|won't|wont) be (?:roused|woken|woken up)\b|\b(?:narcan|naloxone)(?:'s| has| is)? (?:worn|wearing) off\b|\bnodding (?:out|off) again\b"
    r"|\bwake (?:him|her|them) (?:up )?by (?:rubbing|shaking|pinching|shouting)\b|\brubbing (?:his|her|their) (?:chest|sternum)\b"
    r"|\b(?:gave|given|giving) (?:him |her |them )?(?:one|a second|the second|two|another) (?:narcan|naloxone|spray|dose)\b"
    r"|\bchoking on (?:his|her|their) (?:own )?(?:sick|vomit)\b|\bpassed out after (?:pills|drink|drinking|using|taking)\b"
    r"|\b(?:stops|keeps stopping) breathing\b(?! (?:in (?:his|her|their) sleep|at night))|\b(?:huge|big) gasps?\b|\bgasping for (?:air|breath)\b",
    # overdose in other words and registers
    r"\b(?:not|doesn't|does not|don't|isn't|no) (?:breathe|breathing|breath) (?:good|well|right|properly|normal)\b|\bbreathing\b[^.?!]{0,20}\b(?:really |very |so )slow\b"
    r"|\b(?:doesn't|does not|won't|isn't|not) (?:react|respond)\w* (?:when|to|if) (?:i|we) (?:pinch|shake|shout|call|rub)\b"
    r"|\b(?:does not|doesn't|not|won't) open (?:his |her |their )?eyes\b",
    r"\b(?:breathing|breathin)(?: is)? (?:really |very |so )?(?:slow|shallow|funny|weird|strange|like once|once every)\b",
    r"(?<!\bmy )\b(?:lips|face|skin|fingers|fingertips|fingernails|nails)(?: are| is| r|'re|'s| have| has)?(?: all)? (?:gone|going|turning|turned|went|a)? ?(?:\w+ )?"
    r"(?:blue|grey|gray|purple|purplish|funny colou?r)\b",
    rf"\b(?:{_THEY})(?:'s| is)? (?:gone |going |turning |turned )?(?:all )?(?:blue|grey|gray|floppy|cold to (?:the )?touch)\b(?! (?:pills?|tablets?|ones|bottles?|bags?|packets?|powder|stuff|jumper|shirt|top|dress|coat|jacket|car|van|door|eyes)\b)",
    r"\b(?:gurgle|gurgles|gurgled|gurgling|gurglin|gurgly|rattling|snoring (?:really )?(?:weird|funny|strange|loud)|snore)\b(?=[^.?!]*\b(?:wake|rouse|respond|answer|breath)\w*)"
    r"|\b(?:unresponsive|unconscious|collapsed|slumped|fitting|seizing|eyes rolling|pinpoint pupils|pupils are tiny|passed out and)\b(?![^.?!]*\b(?:ago|that time|when (?:i|you|we) found)\b)",
    rf"\b(?:{_THEY}|it's|its|it is|this is)(?:'s| is| has| just| are)? (?:an? )?(?:od[-']?d|od[-']?ing|o\.d\.?'?d|overdos(?:ed|ing|e)|odd)\b"
    r"|\bis (?:this|it|he|she|that) (?:an? )?(?:overdose|od)\b|(?<![a-z'])(?!you|u\b)[a-z]+(?:'s)? (?:od'?d|od'?ing|overdosed|overdosing)\b"
    r"|\bi think (?:he|she|they|it|my \w+|\w+)(?:'s| is| has| are)? (?:\w+ )?(?:od'?d|od'?ing|overdos\w*|odd|dying)\b|\b(?:od|o\.d\.) od\b",
    r"\b(?:gave|given|give) (?:him|her|them) (?:the |some )?(?:narcan|naloxone)\b|\b(?:got|have|grabbed) the (?:narcan|naloxone) but\b"
    r"|\bwhere(?:'s| is) the (?:narcan|naloxone)\b",
    r"\b(?:no|can't find (?:a|his|her|their)|cant find (?:a|his|her|their)|barely (?:a|any)|can't feel (?:a|his|her)|cant feel (?:a|his|her)) pulse\b"
    r"|\bi think (?:he|she|they|my \w+|\w+) (?:has |have )?(?:took|taken|had) (?:way )?too much\b|\bfoaming at the mouth\b"
    r"|\b(?:can't|cant|won't|wont) stay awake\b|\b(?:keeps|keep) nodding (?:off|out)\b|\b(?:narcan|naloxone)(?:'s| is)? (?:isn't|isnt|is not|didn't|didnt|not|doesn't|doesnt) work(?! on\b)"
    r"|\beyes (?:are |have )?(?:rolled|rolling|rolled right) back\b|\bbreathing but (?:only )?(?:just|barely)\b"
    r"|\b(?:floor|ground|couch|bed|porch|car|sofa|settee)\b[^.?!]*\b(?:won't|wont|not|can't|cant) (?:answer|respond|wake|move)\w*\b"
    r"|\b(?:won't|wont|not|can't|cant) (?:answer|respond|wake|move)\w*\b[^.?!]*\b(?:floor|ground|needle|syringe|pills)\b"
    r"|\bbreathing (?:sounds|is|looks|seems) (?:\w+ )?(?:wrong|weird|funny|off|strange|bad|slow|shallow|rattly|noisy)\b"
    r"|\b(?:snor\w*|gurgl\w*|rattl\w*) (?:sound|noise)\b|\b(?:limp|clammy|not responsive|no response|floppy)\b(?=[^.?!]*\b(?:he|she|him|her|they|them)\b)"
    r"|\b(?:chest (?:hurts|pain|is tight|feels tight)|heart (?:is )?(?:racing|pounding|going crazy))\b(?=[^.?!]*\b(?:coke|meth|speed|molly|something|took|did|used|using|won't|wont|answer)\b)"
    r"|\b(?:having|had|started|having a|she's having|he's having) (?:a )?(?:seizure|fit)\b(?=[^.?!]*\b(?:floor|now|using|smoked|took|after|drugs|pills|something)\b)"
    r"|\b(?:smoked|took|used|did|snorted|injected|shot up)\b[^.?!]*\b(?:seizure|fitting|seizing)\b"
    r"|\b(?:he|she|they|my \w+|\w+) (?:od|o\.d)\b(?=[^.?!]*\b(?:help|now|pls|please|rn)\b)|\bod+ help\b"
    r"|\b(?:not|won't|wont|isn't|can't|cant) open(?:ing)? (?:his|her|their) eyes\b|\b(?:can't|cant|cannot) keep (?:him|her|them) awake\b"
    r"|\b(?:breath|breathing) (?:is )?(?:rattling|rattly|gurgling)\b|\bfell out\b(?=[^.?!]*\b(?:breath\w*|wake|blue|respond)\b)"
    r"|\b(?:coke|meth|speed|molly|something|too much)\b[^.?!]*\b(?:heart (?:is )?(?:racing|pounding)|chest (?:is being crushed|hurts|pain)|drenched in sweat)\b"
    r"|\bhow (?:much|many) (?:narcan|naloxone)\b(?! (?:kits?|packs?|boxes|sprays|to (?:keep|buy|carry|have|order))\b)|\b(?:having|had|started) (?:a )?(?:seizure|fit)\b(?=[^.?!]*\b(?:using|took|taking|drugs|pills|after|now)\b)",
    r"\bfound (?:him|her|them|my \w+|\w+)\b[^.?!]{0,30}\b(?:floor|slumped|unconscious|not breathing|grey|gray|blue|cold|collapsed)\b",
    rf"\b(?:took|taken|had) (?:way )?too much\b(?=[^.?!]*\b(?:now|eyes|not|can't|cant|barely|pls|help)\b)"
    rf"|\b(?:took|taken) all (?:her|his|their) {_PILLS} and (?:now )?\b",
    # first aid under way, and the body described without the word (a fifth round, author ao)
    r"\b(?:gave|given|give|did|sprayed|used) (?:him|her|them)? ?(?:the |a |another |second )?(?:narcan|naloxone|nasal spray|spray|dose)\b"
    r"(?=[^.?!]*\b(?:what (?:else|now|do i)|still|back under|nothing|not|isn't|isnt|no response|minutes? ago)\b)|\bnarcan (?:is |'s )?in(?:[.!,]|$)"
    r"|\b(?:rubbing|rubbed|rub) (?:his|her|their) (?:breastbone|sternum)\b|\b(?:isn't|isnt|is not|still not|won't|wont) waking\b"
    r"|\b(?:he|she|they|he's|she's|hes|shes)\b[^.?!]{0,30}\b(?:not moving|isn't moving|isnt moving|stopped moving)\b"
    r"|\bcan'?t (?:feel|hear|see|find) (?:his|her|their) (?:breath|breathing|pulse|heartbeat)\b|\b(?:his|her|their) chest (?:isn't|isnt|is not|not|stopped)(?: going)? (?:up and down|moving|rising)\b"
    r"|\b(?:he|she|they)(?:'s| has| just)? (?:just )?stopped breathing\b|\b(?:he's|she's|hes|shes|he is|she is|they're) (?:gasping|turning (?:blue|purple|grey|gray|white)|convulsing|fitting|seizing)\b"
    r"|\bonce every (?:few|\d+|ten|five|couple of) seconds\b|\b(?:tiny|pinpoint|pin) pupils\b(?=[^.?!]*\b(?:won't|wont|not|can't|cant|isn't|please|help)\b)"
    r"|\bkeep (?:him|her|them) awake\b|\b(?:is|'s|s) (?:odding|oding|overdosing|od'?ing)\b|\bhaving (?:another|a second) seizure\b"
    r"|\b(?:he|she|they)\b[^.?!]{0,20}\b(?:doesn't|doesnt|didn't|didnt|won't|wont) (?:flinch|stir|react)\b",
    # tried to rouse and nothing; not answering to a name; drifting in and out
    r"\b(?:pinched|shook|shaking|slapped|rubbed|shouted at|yelled at|screamed at|called) (?:him|her|them)\b[^.?!]{0,20}\b(?:and )?(?:nothing|no response|not a flicker|not responding|doesn't respond|doesnt respond|didn't respond|didnt respond|won't respond|wont respond)\b"
    r"|\bnot (?:answering|responding|reacting) (?:to )?(?:his|her|their) (?:own )?name\b"
    r"|\b(?:snore|snoring|snores|gasp|gasps|gasping|gurgle|gurgling)\b[^.?!]{0,20}\bthen (?:nothing|silence|stops?|quiet)\b"
    r"|\b(?:i've|ive|i|been) (?:been )?(?:shouted|shouting|yelled|yelling|screamed|screaming) (?:in|into) (?:his|her|their) ear\b(?![^.?!]*\b(?:woke|wakes|came round|sat up|swore|jumped)\b)"
    r"|\b(?:half|semi|barely|only half)[- ]?conscious\b|\bkeeps? (?:slipping|drifting) (?:away|off|out)\b|\bdrifting in and out\b",
]

# --- what undoes a form --------------------------------------------------------------------

# Speaking to the loved one about their danger, or quoting their words back: the practice itself.
_ROLE_PLAY = re.compile(
    r"\b(?:are|were|have|had|did|do|does|will|would|could|is) (?:you|u|ya)\b|\byou(?:'ve| have)? (?:ever|still)\b"
    r"|(?<!can )(?<!could )(?<!would )(?<!will )\b(?:you|u) (?:said|say|told|tell|mentioned|joked|keep joking|keep saying|kept saying|wrote|texted)\b|\bwhen (?:you|u) (?:say|said)\b"
    r"|\byour (?:words|text|message)\b|\b(?:you|u)'?(?:re|r| are)? (?:going to|gonna|will|'ll|ll|could|might)\b"
    r"|\bif (?:you|u)\b|\b(?:yourself|urself|ur self)\b|\b(?:you|u)(?:'re| are| r) (?:killing|destroying)\b"
    r"|\bpart of you\b|\byour (?:life|family|kids)\b(?=[^.?!]*\bbetter off\b)"
    r"|\b(?:in|from|under) (?:your|ur) (?:room|car|trunk|bag|drawer|pocket|jacket|bedroom|closet|wardrobe|backpack|glove ?box)\b"
    r"|\b(?:you|u)(?: \w+)? (?:talking|talked|talk|talks) about\b|\b(?:you|u)(?:'ve|ve| have)? been (?:cutting|self[- ]harming|hurting yourself)\b"
)
_IDIOM = re.compile(
    r"\b(?:it's|its|it is|this is|that's|thats|you're|youre|you are|ur|u r|boy you are|you|my (?:back|feet|head|knees)|"
    r"this (?:scenario|role ?play|meeting|client|job)|the (?:waiting|suspense|heat)) (?:\w+ )?(?:killing|killin) me\b"
    r"|\bjump(?:ing)? (?:straight |right )?(?:in|into) (?:the (?:hard|difficult|tough|main|deep end|conversation|topic|bit)|it|things)\b"
    r"|\bdead to (?:me|us|him|her|them)\b"
    r"|\b(?:scared|frightened|bored|sick|worried|tired|freaked) (?:me )?to death\b|\bsick to death\b|\bdying to\b|\bnearly died (?:of|when|laughing)\b"
    r"|\b(?:literally )?died (?:when|laughing)\b|\b(?:die|dying|died) of (?:embarrassment|shame|boredom|laughter|laughing|cringe|thirst|hunger|curiosity)\b"
    r"|\b(?:feel|feels|felt) like (?:i'm|im|i am) (?:bleeding|dying|drowning)\b|\bkill (?:me|us|you) with (?:worry|stress|kindness)\b|\bdeath of me\b|\bover my dead body\b|\b(?:kill|murder) (?:for )?a (?:coffee|cuppa|drink|beer|pizza|burger)\b"
    r"|\bcould (?:have |'ve )?(?:killed|kill|murder|murdered|strangle|strangled|throttle|throttled|wring) (?:you|u|ya|him|her)\b"
    r"|\bdead (?:tired|on|to the world|on my feet|serious|right)\b|\bkill(?:ing)? it\b|\bheart attack\b|\bgive me a heart\b"
    r"|\b(?:boss|teacher|coach|supervisor|manager)\b[^.?!]*\bkill me\b|\b(?:kill|murder|strangle) me for (?:telling|saying|sharing|posting|showing) (?:you|u|ya|y'all|this|that|anyone)\b|\bsleeps? like (?:the dead|a log|a baby|a rock)\b|\bwake (?:up )?for (?:dinner|tea|supper|breakfast|lunch|school|work|his alarm|her alarm|the alarm)\b|\bkill me if (?:she|he|they) (?:finds?|found) out\b"
    r"|\b(?:lol|lmao|haha+|😂|💀)\b|😂|💀|🙌|\bso (?:bad|boring|slow|annoying|awful|embarrassing|cringe|long)\b[^.?!]{0,10}\bi (?:wanna|want to|could|might|would)\b[^.?!]*"
    r"|\b(?:gonna|going to|will|'ll) (?:strangle|murder|throttle) me (?:when|if) (?:she|he|they|mum|mom|dad) (?:sees|finds out|notices|hears)\b"
    r"|\bkill me if i (?:forget|forgot|break|broke|lose|lost|miss|missed|eat|ate|spill|spilled|scratch|scratched|borrow|borrowed)\b|\bjust shoot me\b|\bshoot me now\b|\bover(?:dosing|dosed|dose) on (?:coffee|chocolate|caffeine|sugar|tv)\b"
    r"|\b(?:rather|sooner) (?:die|be dead) than (?!(?:keep|go on|live|living|carry on|have this (?:convo|conversation) for real|face|do this|wake up|go back|going back|go home|going home|return))|\b\d+ ?[-–] ?\d+\b|\bpunched above\b|\bbeat (?:us|them|me|him|her) at\b|\bthe life out of me\b|\bscare(?:d)? the (?:hell|life|crap|shit) out of\b|\bat the end of my rope\b"
)
# A tenth round (author ay): the young's words for it used about a small thing, or as words.
_HYPERBOLE = re.compile(
    r"\bkms (?:moment|energy|vibes)\b|\b(?:kms|kill myself|unalive myself|gonna die|i'll die|ending it all)\b,? (?:if|when|cos|because|bc|cause) (?:i|this|the|my|he|she|they|u|you|it|we)\b"
    r"[^.?!]*\b(?:test|exam|quiz|lag|wifi|game|team|match|homework|essay|class|chem|maths?|boss|shift|traffic|queue|song|show|episode|season|"
    r"phone|battery|bus|train|meeting|presentation|assignment|deadline|hair|outfit|group chat|gc|teacher|lecture|mock|finals|fantasy|app|printer|laptop)s?\b"
    r"|\b(?:fantasy team|group chat|the app|this app|my phone)\b[^.?!]*\b(?:ending it all|kms|unalive)\b"
)
_SAYS_THE_WORD = re.compile(
    r"(?<!\bi )(?<!\bi keep )(?<!\bbrain )(?<!\bbrain keeps )(?<!\bhead )(?<!\bhead keeps )(?<!\bvoice )(?<!\bvoice keeps )"
    r"\b(?:the word|saying|say|says|said|type|typing|typed|write|writing|wrote|commented|posted|comment|caption)\s+['\"]?(?:unalive|kms|ctb|sewerslide|sewer slide|kys)\b"
    r"|^(?:unalive|kms|ctb|sewerslide)['\"]? (?:is|means|as a word)\b|\bwhat (?:does|do) (?:unalive|kms|ctb|sewerslide) mean\b"
)
# Medicines and knives put away for safety: "we've put dad's medicine in a locked box".
_SAFEKEEPING = re.compile(
    r"\b(?:take|taking|took) (?:them |it )?back to the (?:pharmacy|chemist)\b|\bsafe disposal\b"
    r"|\b(?:in|into) a locked (?:cupboard|box|cabinet|safe|drawer|tin)\b"
    r"|\blocked (?:away|up) (?:all )?(?:the |his |her |mum's |dad's |my )?(?:medicine|meds|pills|tablets|knives|car keys)\b"
)
# Control agreed to, a blow that missed me on purpose, a plan asked for ("what would i do if ..."): not violence now.
_AGREED = re.compile(
    r"\bi asked (?:him|her|them) to\b|\bas (?:a )?punishment\b|\b(?:he|she|they) (?:thinks?|thought) (?:i'm|im|i am) too old\b|\bfor my own good\b"
    r"|\b(?:we|i) agreed\b|\bnot (?:cos|because|cause|coz) i was (?:scared|afraid|frightened)\b|\b(?:won't|wont|will not|never) let (?:you|him|her|them|anyone) (?:hit|hurt|touch)\b"
)
# An eleventh round (author ba): affairs put in order as people do, and a daily dose counted.
_ORDINARY_PLANNING = re.compile(
    r"\b(?:just sensible|sensible at my age|weight off|nobody has to scramble|paid monthly|whenever that is|(?:i'll|ill|i will) outlive|"
    r"like everyone should|the solicitor said|before the (?:grandchildren's|kids') weddings)\b|\bwhat (?:will|would|'ll) happen to (?:\w+ ){1,3}when (?:i'm|im|i am) gone\b"
)
_DOSING = re.compile(
    r"\s*(?:\w+ )?(?:a|per|each|every) (?:day|morning|night|evening)\b|\s*(?:\w+ )?daily\b|\s*(?:\w+ )?twice a\b"
)
_DOSES = re.compile(r"\b(?:tablets?|pills?|meds|capsules?|doses?|inhalers?|injections?)\b")
_NOT_ME = re.compile(r"\s*,?\s*not (?:me|us|the kids|anyone)\b")
_WOULD_IF = re.compile(r"\bwhat (?:would|should|could) i do if\b(?![^.?!]*\b(?:again|tonight|now|right now|rn)\b)")
_SERIOUS = re.compile(
    r"\b(?:not joking|i mean it|fr fr|no cap|seriously|unless|actually i (?:want|mean)|for real|deadass)\b"
)
# Long over: childhood, years ago, a named past time. ("last night" and "two days ago" are not over.)
_OVER = re.compile(
    r"\b(?:\w+ )?(?:years?|yrs?) (?:ago|back)\b|\bafter the (?:od|overdose)\b|\b(?:has|had|have) (?:\w+ )?(?:overdosed|od'?d|attempted|tried) before\b"
    r"|\blast (?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\b(?:last|that) (?:year|summer|spring|winter|autumn|fall|christmas|new year)\b|\b(?:in|that was|back in) (?:19|20)\d\d\b"
    r"|\b(?:he|she|they|hes|shes|he's|she's|they're)(?: is| are)? (?:doing )?(?:ok|okay|fine|well|better|alright|sober|clean|in recovery) now\b"
    r"|\bnow (?:she|he|they) (?:is|are|'s|s) (?:better|fine|ok|okay|well|safe)\b"
    r"|\b(?:she's|shes|he's|hes|they're|theyre|she is|he is|they are) (?:safe|ok|okay|fine) there\b"
    r"|\bwhen (?:i was|we were) (?:a )?(?:kids?|little|young|small|children|teenagers|growing up)\b|\bbeen dead (?:for )?\w+ years\b"
    r"|\bback (?:in (?:the day|the \d0s|(?:19|20)\d\d|'\d\d)|then|when)\b|\bin '\d\d\b|\bin high school\b|\bat school\b"
    r"|\b(?:i'm|im|i am|we're|we are|she's|he's|they're|ur|you're) (?:ok|okay|fine|safe|better|good|alright) now\b|\bwhen i was (?:a kid|little|young|younger|small|a teen|a teenager|growing up|\d+|like \d+|in|a boy|a girl|a lad|a lass|a bairn)\b|\bmade (?:our|my) peace\b"
    r"|\bas a (?:kid|child|teen)\b|\bgrowing up\b|\bused to\b|\bthat time\b|\b(?:two|three|a few|several) (?:summers|winters|christmases) ago\b"
    r"|\bin (?:\d+(?:st|nd|rd|th)|eighth|seventh|sixth|ninth) grade\b|\blong time ago\b|\ba while back\b|\bbefore i got help\b"
    r"|\bin (?:january|february|march|april|june|july|august|september|october|november|december)\b|\bremember when\b"
    r"|\b(?:at |that )?(?:christmas|easter|thanksgiving|summer|winter|spring|autumn|fall) (?:19|20)\d\d\b|\b(?:\d+|a few|two|three|four|five|six|eight|ten|twelve|eighteen) (?:months?|years?) (?:clean|sober)\b"
    r"|\b(?:he'd|she'd|they'd|he had|she had|they had) (?:stopped breathing|overdosed|od'?d|gone blue)\b|\bhow many times (?:has|have|did) (?:he|she|they|you)\b"
    r"|\bthat (?:night|morning)\b(?![^.?!]*\b(?:tonight|now)\b)|\ball in the past\b|\b(?:is|was|it's|its) in the past\b|\b\w+ years on\b|\bwhen we were (?:first )?married\b"
    r"|\bwhen (?:he|she|they) (?:was|were) (?:a )?(?:kid|teen|teenager|young|little|younger|at school)\b|\bages ago\b|\bearly in my career\b|\bat (?:the age of )?(?:1[3-9]|2\d|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b(?! ?(?:am|pm|o'clock|:))"
    r"|\bever since\b|\bwhen (?:you|u) (?:overdosed|od'?d|hit|put|threw|smashed|were in|were using|was using)\b|\bthe (?:night|day|time) (?:you|u|he|she|they)\b"
    r"|\bafter (?:the|your) (?:overdose|attempt|suicide attempt)\b|\b(?:i'm|im) so (?:relieved|glad)\b|\bur ok now\b|\byou(?:'re| are) ok now\b"
    r"|\bremember (?:you|u) (?:at|as|when)\b|\bin the (?:(?:19)?[5-9]0s|'[5-9]0s|fifties|sixties|seventies|eighties|nineties|noughties)\b"
    r"|\b(?:clean|sober) (?:for )?(?:\d+|a few|two|three|four|five|ten|twenty|thirty|many) (?:yrs?|years)\b|\bwhen (?:you|u|he|she|they) (?:were|was) (?:only )?(?:\d+|thirteen|fourteen|fifteen|sixteen|seventeen|a (?:kid|child|teen|teenager)|little|young|at school|in school)\b"
    r"|\blost (?:our|my|his|her|their) (?:\w+ ){0,2}to (?:an? )?(?:od|overdose|drugs|heroin|fentanyl)\b|\bbefore (?:rehab|treatment|(?:he|she|they) got (?:sober|clean))\b"
)
# A day named, as an impact letter names the incident ("on the fourteenth of february i found you",
# "in may i found u blue"): for an overdose, over. Not for violence or self-harm: a beating "on
# my birthday" may be last week's and go on.
_DAY_NAMED = re.compile(
    r"\bon (?:the )?(?:\w+ )?(?:of )?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b"
    r"|\bon (?:new year's eve|new years eve|christmas(?: day| eve)?|boxing day|easter(?: sunday)?|thanksgiving|halloween|(?:the )?fourth of july"
    r"|(?:your|his|her|my|our) (?:\w+ )?(?:birthday|anniversary|wedding day)|mother's day|father's day)\b"
    r"|\bin may(?=,? (?:i|we|you|u|he|she|they)\b)|\bthe (?:year|summer|winter|week|month|christmas) (?:you|u|he|she|they)\b"
)
# Long enough ago that the person's own past thoughts or acts are over (months ago may not be).
_LONG_AGO = re.compile(
    r"\bnow (?:she|he|they) (?:is|are|'s|s) (?:better|fine|ok|okay|well|safe)\b|\b(?:\w+ )?years? ago\b|\bin (?:19|20)\d\d\b|\bin '\d\d\b|\bwhen i was (?:a kid|little|young|younger|small|a teen|a teenager|growing up|\d+|like \d+|in)\b"
    r"|\bas a (?:kid|child|teen|teenager|student)\b|\bgrowing up\b|\bused to\b|\blong time ago\b|\bbefore i got help\b|\bin high school\b|\bat school\b"
    r"|\b(?:i've|ive|i have) been (?:well|fine|ok|okay|better|stable) (?:for|since)\b|\bages ago\b"
    r"|\bat (?:the age of )?(?:1[3-9]|2\d|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b(?! ?(?:am|pm|o'clock|:))"
    r"|\b(?:i'm|im|i am) (?:\w+ ){0,2}in a (?:\w+ )?(?:good|better|great|safe) place\b"
    r"|\b(?:i'm|im|i am) (?:ok|okay|fine|safe|better|good|alright) now\b|\bin (?:my|the) (?:teens|twenties|twenties|20s|teenage years)\b"
    r"|\bwhen (?:you|u|he|she|they) (?:were|was) (?:only )?(?:\d+|thirteen|fourteen|fifteen|sixteen|seventeen|a (?:kid|child|teen|teenager)|little|young|at school|in school)\b"
)
# Talk about the practice, or information: nobody at home is in danger.
_META = re.compile(
    r"\b(?:the|this|my|for the|for my) (?:client|loved one|scenario|role[- ]?play|rp|exercise|brief|patient|person in the|script|simulated \w+|character|sim|module|modules|assignment|assessment|exam|textbook|course|placement|lecture|rehearsal)\b|\b(?:practice|rehearsal|exam|training|role ?play|rp) q\b|\bscenario \d+\b|\bi'm revising\b|\btextbook example\b|\b(?:safety[- ]plan|training) template\b(?![^.?!]*\b(?:stop|hitting too close)\b)"
    r"|\b(?:let's|lets|can we|cn we|could we) (?:practi[cs]e|try|do|role[- ]?play|rehearse|act out|run through)\b|\bwarning signs\b|\bsigns of (?:an? )?(?:opioid )?overdose\b"
    r"|\bhow do i ask\b|\bhow (?:do|should|would|can) i (?:respond|reply|answer|react)\b|\b(?:the|this|my|for the|for my) (?:\w+ ){1,2}(?:exercise|scenario|module)\b|\bwhat (?:would|do|should|could) (?:you|i|we) (?:do|say|respond|answer) if\b|\bif (?:he|she|they|someone|somebody|anyone) (?:ever )?(?:stopped|stops|started|starts|was|were|is|od|overdos)\w*\b|\bpeople (?:are )?(?:overdosing|od)\b|\bfamilies should\b|\bwhat if (?!i\b)|\bone day\b|\bone night\b"
)
# Said to step out of the practice: whatever follows is real.
_REAL = re.compile(
    r"\bnot (?:part of|in) the (?:exercise|practice|role ?play|scenario|rp)\b|\b(?:stepping|step|stepped) out of (?:the )?(?:role|practice|exercise|scenario|session|role ?play)\b"
    r"|\bout of (?:the )?role\b|\boff topic\b|\bthis is real\b|\bfor real\b|\bnot (?:even )?(?:joking|kidding)\b|\b(?:wasn't|wasnt|was not|isn't|isnt|is not|weren't|werent) (?:joking|kidding|laughing)\b|\bno joke\b|\bnot jk\b|\bi mean (?:it|that)\b|(?<!not )\birl\b"
    r"|\bjust so (?:someone|somebody) knows\b|\bnvm the (?:roleplay|role play|rp|practice|exercise)\b|\bthis (?:isn't|is not) a rehearsal\b"
    r"|\b(?:need|have) to stop (?:the|this) (?:exercise|practice|role ?play)\b|\bcant do this (?:rp|role ?play)\b"
    r"|(?<!do i )(?<!should i )(?<!to )(?<!whether i )(?<!when i )\b(?:stopp?(?:ing)?|paus(?:e|ing)|break(?:ing)? off) (?:the |this )?(?:exercise|practice|role ?play|rp|sim|scenario|session)\b|\bcan't even do this sim\b"
)
# Forms that stay danger whatever surrounds them: someone not breathing now is never an idiom.
_ALWAYS = frozenset({CrisisKind.OVERDOSE})

# Each form behind word gates (dialogue/coding/gate.py): a sentence runs only the forms its words allow.
_FORMS: tuple[tuple[CrisisKind, Alternatives], ...] = tuple(
    (kind, Alternatives(enumerate(patterns)))
    for kind, patterns in (
        (CrisisKind.OVERDOSE, _OVERDOSE),
        (CrisisKind.VIOLENCE, _VIOLENCE),
        (CrisisKind.SELF_HARM, _SELF_HARM),
    )
)
# Someone else's words reported ("the client said he'd stockpiled pills", "when u said u wanted to kms").
_REPORTED = re.compile(
    r"\b(?:you|u|someone|somebody|client|patient|he|she|they|mum|mom|dad|son|daughter|character|person|sister|brother|husband|wife|partner|friend|bloke|guy|lad|man|woman|girl|fella|lady|granddaughter|grandson|niece|nephew|bf|gf|boyfriend|girlfriend)\b(?: [\w']+){0,2}? "
    r"(?:said|says|say|told me|tells me|wrote|writes|texted|texts|mentioned|mentions|keeps saying|kept saying|was saying|were saying)\b"
    r"(?: that)? ?(?:you|u|he|she|they|he'd|she'd|they'd|you'd|u'd|he's|she's|hes|shes|he'll|she'll|hed|theyd|'|\")"
    r"|\b(?:client|patient|character|he|she|they|mum|mom|dad|son|daughter|person|loved one|sister|brother|husband|wife|partner|friend)\b(?: [\w']+){0,2}? (?:says|said|tells me|told me)\b(?: that)? (?:i|i've|ive|i'm|im|i'd|id|i'll|ill)\b"
    r"|\b(?:you|u|someone|somebody|client|patient|he|she|they|mum|mom|dad|son|daughter|character|person)\b(?: [\w']+){0,2}? (?:threatened|threatens|threatening|threaten|keep saying|keeps saying|kept saying|keep telling me|keeps telling me)\b"
)
# Anyone in general, or a question of fact: "someone who od'd", "is it true you shouldn't..."
_GENERAL = re.compile(
    r"\b(?:someone|somebody|anyone|anybody|a person|people|a (?:lad|guy|girl|man|woman|kid|boy|teen|teenager)) (?:who|that)\b|\bis it true\b|\bhow (?:do|can) (?:you|u|i) (?:tell|know) if\b"
    r"|\bdifference between\b|\b(?:mad|angry|upset|furious|cross|annoyed|pissed) (?:at|with) (?:\w+ ){0,2}for (?:overdosing|od'?ing|using)\b"
    r"|\bwhat(?:'s| is| are) the (?:signs|symptoms)\b|\bwhat happens (?:if|when)\b|\bshould (?:you|u|i) (?:ever )?(?:put|give|leave|call)\b"
    r"|\bwhat does it mean (?:if|when)\b|\b(?:after|if|when|once) (?:someone|somebody|a person) (?:stops?|has stopped|goes|turns|od'?s|overdoses|is overdosing|is od'?ing|is having an overdose)\b|\bwhat does (?:it|an overdose|an od|that) (?:actually |really )?look like\b"
)
# For an overdose only (a person's own dark thoughts can come in these words too): what is feared,
# not happening: "i'm afraid of the morning i can't wake you up", "worst case", "that's how people stop breathing".
_FEARED = re.compile(
    r"\bworst case\b|\bhow people\b|\bworst (?:fear|nightmare)\b|\b(?:picturing|imagining|picture|imagine)\b"
    r"|\b(?:afraid|scared|terrified|frightened|worried|dread(?:ing)?|fear) (?:of )?(?:the )?(?:day|morning|night|call|phone call|moment)\b"
)
# A death already grieved: "we lost our eldest to an od in 2020".
_BEREAVED = re.compile(r"\blost (?:our|my|his|her|their) (?:\w+ ){0,2}to (?:an? )?(?:od|overdose)\b")
# A question of fact about a sign: "what are pinpoint pupils a sign of?", "are they always opioids?"
_FACT = re.compile(
    r"\b(?:a sign|signs) of\s*\?|^(?:are|is)\b[^.?!]*\balways\b[^.?!]*\?|^what does ['\"]?[\w' ]{1,20}['\"]? mean\b"
    r"|\b(?:does|do) (?:an adult|a person|someone|people|adults) need\b|\bthe signs (?:are|of)\b"
)
# What might happen one day: "if my mum ever overdoses", "if i find him unresponsive" (in the danger's
# own clause, or anywhere before it in a question: "if i find him unresponsive, do i call 911 first?").
_SOMEDAY = re.compile(
    r"\bif (?:\w+ ){0,2}ever\b|\b(?:if|when|in case) (?:i|we) (?:ever )?(?:find|come home to|walk in on)\b|\bin case (?:\w+ ){0,2}ever\b|\bjust in case\b|\b(?:keep|have|carry) (?:\w+ ){0,2}(?:at home|in the house|on hand|in the car)\b"
)
# An everyday time-box: "done with everything for today, logging off", "won't be around next week, going to my sister's".
_EVERYDAY = re.compile(
    r"\bfor (?:today|the (?:day|night|weekend|week))\b|\blog(?:ging)? off\b(?! (?:permanently|for good|forever))|\b(?:we're|were|we are|i'm|im|i am) going to (?:my|our|the|his|her) \w+"
    r"|\bon (?:holiday|vacation|a trip)\b|\bout of town\b|\bbusiness trip\b|\bthe relationship\b|\bnew job\b|\bleaving do\b|\blast day at\b"
    r"|\bat the office\b|\bfarewell (?:party|drinks)\b|\blife admin\b|\bafter the baby was born\b"
    r"|\b(?:much )?longer today\b|\b(?:we're|were|we are|i'm|im|i am|i'll be|ill be|we'll be) away\b"
    r"|\bfor (?:my|a|the) (?:headache|migraine|back ?ache|bad back|period pain|cramps|toothache|cold|flu|hangover)\b|\b(?:shaving|chopping|slicing|peeling|dicing|gardening|carving)\b"
)
# Habits of the body, not an overdose: "my lips go blue in the pool every summer".
_HABIT = re.compile(
    r"\bevery (?:summer|winter|year|time)\b|\bwhenever\b|\bin the pool\b|\bfreezing\b|\bwhen (?:i'm|im|it's|its) cold\b"
)
# "overdoses on true crime podcasts": an overdose of something that is no drug.
_NOT_A_DRUG = re.compile(
    r"\b(?:od'?s|od'?d|od'?ing|overdos(?:e|es|ed|ing)) on (?!(?:his|her|their|my|your|the|those|these|some|a|an|it|them|something|fent\w*|heroin|"
    r"opioids?|opiates?|pills|meds|methadone|xanax|benzos|coke|cocaine|meth|crack|alcohol|booze|painkillers|tablets|insulin|paracetamol|tylenol|drugs|oxy\w*|k|ketamine|ghb|sleeping|purpose|accident)\b)"
)
# Words in quotation marks: a line being rehearsed, or someone else's words.
_QUOTED = re.compile(r"\"[^\"]+\"|(?<![\w])'(?:[^']|(?<=\w)'(?=\w))+'(?!\w)")
# Said outright: "i'm not suicidal", "that's the fantasy, not a plan", "he never has, not once".
_DENIED = {
    CrisisKind.SELF_HARM: re.compile(
        r"\b(?:i'm|im|i am) not suicidal\b|\bnot a plan\b|\b(?:i'm|im|i am) physically (?:fine|ok|okay)\b"
        r"|\b(?:i'm|im|i am) not (?:going to|gonna) (?:hurt|harm|kill) myself\b(?! (?:yet|tonight|today)\b)|\bnot my life\b|\bi mean the \w+,? not\b"
    ),
    CrisisKind.VIOLENCE: re.compile(
        r"\b(?:he|she|they) (?:has|have) never\b|\b(?:he's|hes|she's|shes|has|have|they've)? ?never (?:once )?(?:pointed|aimed|waved|brandished) (?:it|a gun|a knife|the gun|the rifle)\b(?![^.?!]*\b(?:until|till|but|before)\b)|\b(?:he's|hes|she's|shes|they've) never (?:been|hit|hurt|touched|laid)\b|\b(?:mum|mom|dad|\w+) (?:has|have) never (?:hit|hurt|touched|laid)\b|\bnever has,? not once\b|\bnever (?:laid|lay) a finger\b|\b(?:i'm|im|i am) physically (?:fine|ok|okay)\b"
    ),
}
# Someone else as the subject right before the danger words.
_THEIR_ACT = re.compile(
    r"(?:^|[,;] |\band )(?:my|our|his|her) (?:\w+ )?(?:sister|brother|son|daughter|mum|mom|dad|husband|wife|partner|friend|boyfriend|girlfriend|cousin|uncle|aunt|nan|gran)\s*$"
)
# Joking about a threat: "she'll kill me if i forget lol".
_JOKING = re.compile(r"\b(?:lol|lmao|haha+)\b|😂|🤣|🙄")
_JOKED = re.compile(
    r"\b(?:joking|jokingly|as a joke|our (?:little |running )?joke|a running joke|in jest|kidding|(?:was|were) (?:both )?laughing|laughed it off)\b"
)
_THREAT_WORDS = re.compile(r"\b(?:kill|murder|strangle|throttle)\b")
# What introduces words in quotation marks as said, rehearsed or scripted, not lived.
_SAID_FRAME = re.compile(
    r"\b(?:say|said|says|saying|told|tell|texted|wrote|practi[cs]e|practi[cs]ing|rehearse|rehearsing|script|opener|example|asked|goes|went|screamed|shouted|yelled|snapped|"
    r"story|post|posted|status|caption|snap|tweet|tweeted|in role|role as|as the counsell?or|playing)\b"
)
# A story being discussed, not lived: "in the script the father says 'i'll kill you'".
_FICTION = re.compile(
    r"\b(?:in|from) the (?:script|scenario|role ?play|simulation|exercise|story|film|movie|show|book|episode|video|clip|reel|tiktok|youtube video|training video)\b|\bthe simulated \w+|\bthe character\b"
    r"|\b(?:dreamed|dreamt|had a dream|nightmares?)\b"
    r"|\btextbook example\b|\bfor the (?:assignment|exam|module|assessment|course)\b|\bin (?:the )?practice\b"
    r"|\b(?:on|in) the news\b|\bthe paper\b|\b(?:a|this) (?:\w+ )?(?:programme|program|documentary|film|movie|memoir|book|novel|podcast|show|series|news story|news report|article)\b|\breading a\b|\bwe watched\b|\bthe sim\b"
)
_GAME = re.compile(
    r"\b\d+ ?[-–] ?\d+\b|\b(?:match|footy|football|soccer|rugby|at cards|darts|pool table|chess|fifa|fortnite|xbox|playstation|cod|call of duty|warzone|minecraft|roblox|valorant|apex|gta|halo|overwatch|in game|in-game|ragequit|rage quit|respawn|lobby)\b"
)
_HARMLESS = re.compile(
    r"\bpillow ?fight\b|\bthrew (?:a|the) (?:pillow|cushion|snowball|water balloon|teddy|sock|paper ball)\b|\bfell (?:over )?and hit\b|\bwithout (?:pushing|pressuring|forcing)\b|\b(?:toddler|baby|puppy|dog|cat|kitten|little one)(?:'s)? (?:just )?(?:smacked|hit|bit|kicked|scratched|slapped)\b"
)
_SENTENCES = re.compile(r"(?<=[.!?])\s+|\s*\n+\s*|;\s+")


# Words people mistype in a hurry: a letter dropped, doubled or swapped is read as the word.
_KEY_WORDS = (
    "again",
    "blades",
    "kill",
    "alive",
    "anymore",
    "wanted",
    "living",
    "dying",
    "suicide",
    "suicidal",
    "myself",
    "overdose",
    "overdosed",
    "overdosing",
    "breathing",
    "breathe",
    "unconscious",
    "unresponsive",
    "strangled",
    "strangling",
    "choking",
    "punched",
    "threatened",
    "threatening",
    "tablets",
    "sleeping",
    "killing",
    "bleeding",
    "bruises",
    "naloxone",
    "seizure",
    "collapsed",
)


_NEAR = dict(
    zip(
        "qwertyuiopasdfghjklzxcvbnm",
        [
            "wa",
            "qes",
            "wrd",
            "etf",
            "rty",
            "tyh",
            "yuj",
            "uik",
            "iol",
            "ol",
            "qsz",
            "awdz",
            "sefx",
            "drgc",
            "fthv",
            "gyjb",
            "hukn",
            "jilm",
            "kol",
            "asx",
            "zsdc",
            "xdfv",
            "cfgb",
            "vghn",
            "bhjm",
            "njk",
        ],
        strict=True,
    )
)


def _typos(word: str) -> set[str]:
    """A letter dropped, doubled, swapped with the next, or hit with a neighbouring key."""
    dropped = {word[:i] + word[i + 1 :] for i in range(len(word))}
    doubled = {word[:i] + word[i] + word[i:] for i in range(len(word))}
    swapped = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
    near = {word[:i] + key + word[i + 1 :] for i, ch in enumerate(word) for key in _NEAR.get(ch, "")}
    return (dropped | doubled | swapped | near) - {word}


# A slip at either end often makes another real word ("strangle", "tablet", "live"): those are left alone.
_TYPO_OF = {
    typo: word
    for word in _KEY_WORDS
    for typo in _typos(word)
    if typo not in _KEY_WORDS and typo[:-1] != word[:-1] and typo not in (word[:-1], word[1:])
}
_TOKEN = re.compile(r"[a-z]{5,}")


def _fix_typos(said: str) -> str:
    """Dropped g's, spoken forms and slips of the keyboard, restored for the danger words only."""
    if "full stop" in said or "question mark" in said:  # dictated punctuation
        said = _DICTATED.sub(lambda m: "." if m.group(0).endswith("stop") else "?", said)
    words = set(_LETTERS.findall(said))
    if not words.isdisjoint(_G_DROPPED_WORDS):
        said = _G_DROPPED.sub(r"\1ing", said)
    if not words.isdisjoint(_SPOKEN_WORDS):
        said = _SPOKEN.sub(lambda m: _SPOKEN_AS[m.group(0)], said)
    if " no " in said:  # "he's no breathin", "am no gonnae be": Scots and Irish "not"
        said = _NO_AS_NOT.sub(r"\1 not ", said)
    if words.isdisjoint(_TYPO_WORDS):  # a frozenset: isdisjoint walks the smaller side
        return said
    return _TOKEN.sub(lambda m: _TYPO_OF.get(m.group(0), m.group(0)), said)


_LETTERS = re.compile(r"[a-z]+")
_DICTATED = re.compile(r"\s*\b(?:full stop|question mark)\b")
_NO_AS_NOT = re.compile(
    r"\b(is|he's|hes|she's|shes|he|she|they're|theyre|am|i'm|im|\w+(?:ing|in)),? no (?=\w+(?:ing|in)\b)"
)
_TYPO_WORDS = frozenset(_TYPO_OF)
_SPOKEN_AS = {
    "bout": "about",
    "meself": "myself",
    "mesel": "myself",
    "b": "be",
    "wnat": "want",
    "wnt": "want",
    "relly": "really",
    "cnt": "can't",
    "kll": "kill",
    "gong": "going",
    "hte": "the",
    # a tenth round (ay: how the young type): "thinking abt it", "better off w/o me"
    "abt": "about",
    "wd": "would",
    "tmrw": "tomorrow",
    "teh": "the",
    # Scots and Irish forms
    "cannae": "can't",
    "canny": "can't",
    "tae": "to",
    "wi": "with",
    "ae": "of",
    "aboot": "about",
    "gonnae": "going to",
    "daein": "doing",
    "whits": "what's",
    "aw": "all",
    "fur": "for",
    "dinnae": "didn't",
    "didnae": "didn't",
    "wisnae": "wasn't",
    "isnae": "isn't",
    "doesnae": "doesn't",
    # Southern US and AAVE futures ("fixin to", "he gone shoot me")
    "fixing": "going",
    "fixin": "going",
    "finna": "going to",
    "typin": "typing",
    # Jamaican patois and Nigerian pidgin ("mi tired fi live", "i just wan die", "dey beat me")
    "miself": "myself",
    "fi": "to",
    "yuh": "you",
    "di": "the",
    "inna": "in the",
    "cyaan": "can't",
    "mi": "i",
    "wan": "want to",
    "dey": "they",
    "waan": "want to",
    "abeg": "please",
}
_SPOKEN_WORDS = frozenset(_SPOKEN_AS)
_SPOKEN = re.compile(r"\b(?:" + "|".join(_SPOKEN_AS) + r")\b")
# "endin it", "breathin", "toppin myself": the g people drop, restored for the danger words.
_G_DROPPED_STEMS = (
    "end kill think try breath dy be liv cutt topp hurt harm tak us drink punch chok hitt beat stabb bleed wak mov "
    "respond plann want burn smash kick bang scream hollerin hid sleep swallow stockpil throw lay sayin leather rag turn"
).split()
_G_DROPPED_WORDS = frozenset(f"{stem}in" for stem in _G_DROPPED_STEMS)
_G_DROPPED = re.compile(r"\b(" + "|".join(_G_DROPPED_STEMS) + r")in\b")


# Forms read across the whole message: a goodbye at the end, pills then "tonight's the night".
# Asking how lethal something is, and saying it is for oneself: never the role-play.
_FOR_ME = re.compile(
    r"\b(?:lethal|fatal|how (?:high|many|much|long)|enough|certain|hurt(?:s|ing)?|painless|quick|too many|max(?:imum)? dose|stops? (?:your|ur|the|a|my) heart)\b.*"
    r"\b(?:asking for (?:me|myself)|i ask for me|for me,? not|i need to know(?! so (?:i|we) can (?:help|support|be there|keep))|for myself|[.!?] for me[.!]*$|asking seriously|seriously asking)"
    r"|\b(?:unrelated to|nothing to do with|not about|not for) (?:the|my|this) (?:client|practice|role-?play|scenario|script|exercise)\b.*\bhow (?:long|much|many)\b[^.?!]*\b(?:to die|to kill (?:you|someone|a person|me)|before (?:it|you|they|i) (?:stops?|kills?|dies?|die))\b"
    r"|^(?:asking for (?:me|myself)|for me),? not\b.*\b(?:lethal|fatal|how (?:high|many|much|long)|enough|certain|hurt(?:s|ing)?|painless|quick|too many|go to sleep)\b"
)
# An attempt, a ledge, scars or self-harm told anywhere in the message, then the thoughts or the urge back.
_THOUGHTS_BACK = (
    r"\b(?:tried|try|attempt\w*|ledge|scars?|overdose|suicid\w*|self[- ]?harm\w*|cut myself|cutting)\b.*"
    r"\b(?:the|those|these|same|my|that|old|dark|suicidal)\b (?:\w+ )?(?:thoughts?|urges?|pull|feelings?)\b(?: \w+){0,3} (?:back|returned|returning)\b"
)
# Behind word gates: each alternative runs only when the message has its words (most have none).
_ACROSS = gate(
    r"\bsorry for everything\b.*\bgoodbye\b|\b(?:took|taken|swallowed) (?:them|it|everything|all of them)\b.*\bgoodbye\b"
    r"|\bif i (?:just )?(?:didn't|didnt|never) (?:come|came) (?:home|back)\b.{0,20}\b(?:like ever|ever again|for good)\b"
    r"|\b(?:knife|pills|rope|gun|blade|tablets)\b.*\b(?:going to|gonna) do it (?:tonight|now|today)\b"
    r"|\b(?:i'm|im|i am) done\b.{0,40}\bwith everything\b|\bi (?:tried|attempted)\b.*\b(?:thinking about it|thought about it|still have)\b"
    r"|\b(?:pain|it all|everything)\b.{0,30}\b(?:stop|end|be over)\b.*\b(?:made my (?:choice|decision)|decided how|my mind is made up)\b"
    r"|\bhome for (?:the|my|him|her)\b.*\b(?:be around|only thing (?:stopping|keeping)|better off|won't be|wont be)\b"
    rf"|{_THOUGHTS_BACK}"
    r"|\bsaid goodbye\b.*\b(?:doesn't|doesnt|don't|dont|didn't|didnt) know (?:that's|thats|that it was|it was|what)\b"
    r"|\b(?:she|he|they|you) can have (?:my|the) \w+\b.*\b(?:joking|when i'm gone|after i'm gone)\b|\b(?:gave|given|giving) (?:away )?(?:my|all my)\b.*\b(?:won't|wont|will not|don't|dont) need (?:them|it|any of it)\b"
    r"|\b(?:not being|won't be|wont be) (?:around|here)\b.*\b(?:wasn't|wasnt|not) joking\b|\b(?:pills|tablets|meds)\b.*\bcounted (?:them|it)\b"
    r"|\b(?:quarry|cliffs?|bridge|roof|ledge|reservoir|viaduct|pier|car park|multi-?storey)\b.*\b(?:edge|the drop|how high|how far down)\b"
    r"|\bdeleted (?:all )?my (?:socials|accounts|social media)\b.*\b(?:bye|goodbye)\b|\battempt\w*\b.*\b(?:planning|planned|thinking about|considering) another\b"
    r"|\bself[- ]?harm\w*\b.*\b(?:relapsed|did it again|slipped (?:again|last))\b|\bcancel(?:led|ed)? the (?:milk|newspaper|papers)\b.*\b(?:dog|cat|bills|will|understand)\b"
    r"|\b(?:take|have|look after) (?:the|my) (?:dog|cat|pets?)\b.*\bcancel(?:led|ed)? the (?:milk|newspaper|papers)\b"
    r"|\b(?:from|on) (?:the |a )?(?:top of (?:the |a |my )?)?(?:roof|bridge|ledge|cliff)\b.*\b(?:edge|jump|looking down|the drop)\b"
    r"|\b(?:giving|given|gave|give) away (?:all )?my\b.*\b(?:asking why|ask why|asks why|decluttering)\b"
    r"|\btell (?:him|her|them|the kids|the children|everyone|everybody|my \w+|mum|mom|dad) (?:that )?i said goodbye\b[.!]*\s*(?:(?:that's|thats|that is) all[.!]*)?$"
    r"|(?:^|\b(?:i|i'd|id|just|really|honestly)\b )(?:really |just )?(?:want|wanna|need) out[.!,]+\s*(?:forever|for ever|permanently)\b"
    r"|\b(?:saying|said|been saying) goodbye to (?:people|everyone|everybody|friends|my (?:friends|family|kids|mates))\b(?=[^.?!]*\b(?:without|don't know|dont know|doesn't know|no one knows|nobody knows|quietly|one by one|in my own way)\b)"
    r"|\b(?:written|wrote|finished|left) (?:the|my|a) (?:note|letter)\b.*\b(?:doesn't|doesnt|won't|wont|will not) matter (?:now|anymore|any more)\b"
    r"|\bthank (?:you|u) for everything\b(?=.*\b(?:last|anymore|any more|goodbye)\b)|\b(?:last|anymore|any more)\b.*\bthank (?:you|u) for everything\b|\bgoodbye[.!]*$(?<=.{12})|\b(?:pills|tablets|rope|gun)\b[^?]*[.!]\s*(?:tonight's the night|tonight is the night|it's time)\b"
    # a ninth round (authors au, av): means then "one more thing" or "just saying bye"; "which is quicker"
    # asked and "i've thought about both"; christmas not seen and the mind made up; the loved one's threat
    # to die and "i'll beat her to it"; possessions given and the reason kept back; "i love him" to be
    # passed on "after"; a drug kept back "for myself" and "how much i'd need"; "if he can drink himself
    # to death why can't i just do it quicker"
    r"|\b(?:razor|blades?|rope|pills|tablets|noose|belt|bath\w*)\b[^?]*\b(?:one (?:more|last) thing|last (?:message|thing i)|just saying (?:bye|goodbye)|saying bye)\b"
    r"|\b(?:think|thinking|thought) (?:about|of) the (?:pond|river|sea|canal|lake|reservoir|quarry|railway|tracks|bridge)\b.*\bit (?:would|'d) be (?:so )?(?:quiet|easy|peaceful|quick|simple)\b"
    r"|\b(?:missed|skipped|stopped|stopping|cancelled|canceled|quit|not going to) (?:taking )?(?:my |the )?(?:dialysis|chemo|insulin|heart (?:tablets|pills|meds)|medication|blood thinners|warfarin|tablets)\b.*\b(?:i'm ready|im ready|just waiting|haven't told|havent told|not told|don't see (?:the point|what)|on purpose|won't be going back|letting it ring)\b"
    r"|\b(?:written|wrote|left) (?:a|the) note\b[^.?!]*\b(?:for when (?:the |my )?\w+ (?:come|comes|find|finds|get|gets)|so (?:they|he|she) (?:don't|dont|won't) get a (?:fright|shock))\b"
    r"|\b(?:took|taken|had)\b[^.?!]*\b(?:pills|tablets|diazepam|valium|meds|\w+pam)\b.*\b(?:wasn't|wasnt|was not) (?:just )?trying to (?:sleep|get to sleep|relax)\b"
    r"|\bcancel(?:led|ed)? (?:my|all my) (?:hospital |doctor'?s? |gp )?appointments\b.*\b(?:given|gave|giving) (?:the|my) (?:cat|dog|pets?) away\b"
    r"|\b(?:bought|got|getting|picked up|ordered|buying)\b[^?!]{0,50}\b(?:and )?(?:it|they|that|it's|its|it is|they're|theyre|that's|thats)? ?(?:wasn't|wasnt|weren't|werent|isn't|isnt|aren't|arent|not|ain't|aint) (?:really |actually )?for (?:the |my |any )?(?:garden|weeds|rats|mice|lawn|car|cleaning|camping|bbq|barbecue|shed|allotment|dog|drains?|pests?)\b"
    r"|\b(?:won't|wont|will not|don't think i'll|dont think ill|don't think i will|not going to|never going to) (?:see|make it to|live to see) (?:christmas|xmas|my birthday|next year|the new year|spring|summer|autumn|winter)\b.*\b(?:made up my mind|decided|my mind is made up|not because i'm ill|not because im ill)\b"
    r"|\b(?:kill (?:herself|himself|themselves)|die|suicide|end it)\b.*\bbeat (?:her|him|them) to it\b"
    r"|\b(?:gave|given|giving|give) (?:\w+ ){1,3}my (?:\w+ )?(?:watch|guitar|ring|jewellery|jewelry|car|bike|games|console|laptop|things|stuff|records|medals|tools|books)\b.*\b(?:asked why|asking why|ask why|asks why|didn't tell|didnt tell|won't need|wont need)\b"
    r"|\btell (?:him|her|them|\w+) i (?:love|loved) (?:him|her|them|\w+)\b[^.?!]*\b(?:after|when i'm gone|when im gone)\b"
    r"|\b(?:for myself|for me)\b.*\bhow (?:much|many) (?:i'd|i would|i will|i'll|it would take|it'd take|would do it)\b"
    r"|\b(?:to death|kill (?:himself|herself|themselves))\b[^.?!]*\bwhy (?:can't|cant|shouldn't|shouldnt|couldn't|couldnt) i\b[^.?!]{0,15}\b(?:do it|do the same|just do it)\b"
    r"|\bafter (?:tonight|today|this|i'm gone|im gone)\b[^.?!]{0,10}\b(?:you|u|no one|nobody|they|he|she)(?:'ll| will)? (?:won't|wont|will not|never|not|no longer) (?:have to |need to )?(?:hear|see|deal with|worry about|put up with)\b[^.?!]{0,20}\b(?:me|from me)\b"
)


# A question about ending one's life, then the person's own plan: "is it selfish to kill yourself ...?
# because i've been planning to." The question's "you" is anyone, so the role-play does not undo it.
_ASKED_THEN_MINE = re.compile(
    r"\b(?:end (?:your|one's|ones|their) (?:own )?life|kill (?:yourself|urself|oneself|themselves)|suicide|take (?:your|one's|their) own life)\b[^.?!]*[.?!]+\s*(?:(?:because|cause|cos|coz|bc|and) )?"
    r"(?:i've|ive|i have|i'm|im|i am|i keep|i) (?:been )?(?:planning|thinking about|considering|seriously considering) (?:to|it|doing it)\b(?=\s*(?:[.!?]|$))"
)


def read_as_said(text: str) -> str:
    """The message as the safety net reads it: normalised, with the danger words' typos restored."""
    said = _fix_typos(normalise(text.replace("w/o", "without") if "w/o" in text else text))  # "better off w/o me"
    return said.replace("side note", "aside") if "side note" in said else said  # not a note left behind


# Signs that the person checked on is responsive now. Two of them, and nothing the forms read as danger,
# and the learned layer is not asked (a tenth round, author ax: its look-alikes of an overdose, someone
# asleep after a few cans and checked on, were where the layer paused).
_RESPONSIVE = re.compile(
    r"\bbreathing(?:'s| is)? (?:normally|fine|steady|steadily|nicely|regular|regularly|ok|okay|properly|normal)\b|\bcolou?r(?:'s| is) (?:fine|good|normal|back)\b"
    r"|\b(?:he|she|they)(?: just)? (?:woke|grunted|mumbled|answered|told me|asked|sat up|rolled over|is talking|was talking|is chatting|opened (?:his|her|their) eyes)\b"
    r"|\bwoke (?:him|her|them) (?:up )?(?:easy|easily|no problem)\b|\bon (?:his|her|their) side\b|\b(?:he's|she's|hes|shes|they're) (?:fine|ok|okay|alright|warm)\b"
    r"|\b(?:checked|checking) (?:on )?(?:him|her|them)\b"
)


def detect_crisis(text: str) -> CrisisSignal | None:
    """A sign that the person typing, or someone at home, may be in danger now; or None.

    The danger forms decide first; when they find nothing, the learned layer
    (dialogue/crisis_learned.py) may still pause. It only adds pauses, never undoes one."""
    said = read_as_said(text)
    signal = _by_form(said)
    if signal is not None:
        return signal
    reading = learned_model().read(said)
    if reading.kind is None:
        return None
    if len({m.group(0) for m in _RESPONSIVE.finditer(said)}) >= 2 or _ORDINARY_PLANNING.search(said):
        return None  # "on his side, breathing steady, and he woke to ask for water": checked on, and fine
    return CrisisSignal(CrisisKind(reading.kind), reading.evidence)


def _by_form(said: str) -> CrisisSignal | None:
    """What the danger forms find in a message read as said."""
    whole = Words.of(said)
    across = _ACROSS.search(whole)
    if across is not None and not _ROLE_PLAY.search(said) and not _EVERYDAY.search(said):
        return CrisisSignal(CrisisKind.SELF_HARM, across.group(0))
    mine = (
        _ASKED_THEN_MINE.search(said) if "planning" in said or "consider" in said or "thinking about" in said else None
    )
    if mine is not None:
        return CrisisSignal(CrisisKind.SELF_HARM, mine.group(0))
    for_me = (
        _FOR_ME.search(said)
        if "for me" in said
        or "myself" in said
        or "need to know" in said
        or "seriously" in said
        or "unrelated" in said
        or " not about " in said
        or "nothing to do" in said
        or " not for " in said
        else None
    )
    if for_me is not None:
        return CrisisSignal(CrisisKind.SELF_HARM, for_me.group(0))
    if not any(form.mask(whole) for _, form in _FORMS):
        return None  # no sentence can hold a danger form if the whole message cannot
    found_any = [(sentence, Words.of(sentence)) for sentence in _SENTENCES.split(said) if sentence]
    candidates = [(s, w, kind, form) for s, w in found_any for kind, form in _FORMS if form.mask(w)]
    if not candidates:
        return None
    around: _Around | None = None  # what the whole message says around a form: read once one matches
    for sentence, words, kind, form in candidates:
        for found in _matches(form, words, sentence):
            around = around or _Around(said)
            if kind in around.denied:
                break  # said outright: "i'm not suicidal, i'm just exhausted"
            at = said.find(sentence)
            if kind is not CrisisKind.VIOLENCE and _inside(around.quoted, at + found.end() - 1, at + found.end()):
                continue  # a line being rehearsed: "i want to practise: 'i found the razor blades in your bag'"
            if kind is CrisisKind.VIOLENCE and around.joked and _THREAT_WORDS.search(found.group(0)):
                continue  # "she said she'd kill me if i told, but she was laughing, it's our joke"
            if around.real or not _undone(kind, sentence, found, around.over, around.planning):
                return CrisisSignal(kind, found.group(0).strip())
    return None


def _matches(form: Alternatives, words: Words, sentence: str) -> Iterator[re.Match[str]]:
    """Every match in a sentence of the form's alternatives its words allow, alternative by alternative."""
    for n in form.candidates(words):
        yield from form.regexes[n].finditer(sentence)


class _Around:
    """What the whole message says around any danger form in it: whether it steps out of the
    role-play ("this is real"), tells of something long over, denies a kind outright, or quotes
    words being rehearsed. Worked out only once a form has matched (most messages have none)."""

    __slots__ = ("denied", "joked", "over", "planning", "quoted", "real")

    def __init__(self, said: str) -> None:
        self.real = _REAL.search(said) is not None
        self.over = not self.real and _OVER.search(said) is not None and _NOW.search(said) is None
        self.denied = {kind for kind, denial in _DENIED.items() if not self.real and denial.search(said)}
        self.joked = not self.real and _JOKED.search(said) is not None
        self.planning = not self.real and _ORDINARY_PLANNING.search(said) is not None
        quoted = [q.span() for q in _QUOTED.finditer(said)] if not self.real else []
        if quoted and not _SAID_FRAME.search(_QUOTED.sub(" ", said)):
            quoted = []  # quotation marks with nothing that says they hold words said or rehearsed
        self.quoted = quoted


_NOW = re.compile(
    r"\bwhen (?:i'm|im) gone\b|\b(?:again|tonight|today|lately|these days|right now|just now|now (?=(?:he|she|they|i|i'm|im|he's|she's|hes|shes|it's|its)\b)(?!(?:he|she|they)(?:'s| is| are) (?:better|fine|ok|okay|well|safe|calm|sober|clean|gentle|different)\b)|and now|rn|last night|this (?:week|morning|evening)|yesterday|yday|just now)\b"
)
_QUOTING = re.compile(r"\b(?:said|says|say|told me|tell me|wrote|texted|keep saying|kept saying)\b")
_MINE = re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|i'll|me|myself|my|kms)\b")
_FUTURE_YOU = re.compile(
    r"\b(?:if|when) (?:you|u)\b|\b(?:you|u)(?:'ll| will|'re going to| are going to| r gonna| re gonna|'re gonna| might| could| may)\b"
    r"|\b(?:you|u) (?:said|say|told me|keep saying)\b|\b(?:you're|you are|ur|you've been|youve been) (?:talking|saying|telling me)\b"
)
_PRESENT_YOU = re.compile(r"\b(?:your|ur) (?:lips|face|skin) (?:are|is|r)\b|(?<!not )(?<!never )\bwake up\b")


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in spans)


def _undone(kind: CrisisKind, sentence: str, found: re.Match[str], over: bool, planning: bool = False) -> bool:
    """Whether an idiom, an event long over, talk about the practice or the role-play itself explains a form."""
    start, end = found.span()
    if _QUOTING.search(sentence[:start]) and sentence[:start].rstrip()[-1:] in ("'", '"'):
        return True  # their words quoted back: "you told me 'id be better off dead'"
    if any(i.start() < end and start < i.end() for i in _IDIOM.finditer(sentence)):
        return True
    if _FICTION.search(sentence) or _SAFEKEEPING.search(sentence):
        return True
    if kind is CrisisKind.VIOLENCE and (
        _AGREED.search(sentence) or _NOT_ME.match(sentence, end) or _WOULD_IF.search(sentence)
    ):
        return True  # "she takes my bank card, i asked her to", "punched the pillow, not me", "what would i do if he ever ..."
    if kind is CrisisKind.SELF_HARM and (
        planning or (_DOSING.match(sentence, end) and _DOSES.search(found.group(0)) and not _NOW.search(sentence))
    ):
        return True  # "updated my will, it's just sensible at my age", "i take eleven tablets a day"
    if (
        kind is CrisisKind.SELF_HARM
        and (_HYPERBOLE.search(sentence) or _SAYS_THE_WORD.search(sentence))
        and not _SERIOUS.search(sentence)
    ):
        return True  # "kms if i fail this chem test lol", "unalive is such a weird word", "when you say kms"
    if kind is CrisisKind.VIOLENCE and _JOKING.search(sentence) and _THREAT_WORDS.search(found.group(0)):
        return True  # "she'll kill me if i forget our anniversary lol"
    if kind is not CrisisKind.VIOLENCE and (_GENERAL.search(sentence[:end]) or _NOT_A_DRUG.search(sentence)):
        return True  # "is it true u shouldnt put someone who od'd in a cold shower"
    if kind is CrisisKind.OVERDOSE and _SOMEDAY.search(
        sentence[:end] if sentence.rstrip().endswith("?") else _clause_of(sentence, start, end)
    ):
        return True
    if kind is CrisisKind.OVERDOSE and _DAY_NAMED.search(sentence) and not _NOW.search(sentence):
        return True
    if kind is CrisisKind.OVERDOSE and (_FEARED.search(sentence[:end]) or _BEREAVED.search(sentence[:end])):
        return True  # "i'm afraid of the morning i can't wake you", "we lost our eldest to an od"
    if kind is not CrisisKind.VIOLENCE and _FACT.search(sentence):
        return True  # "what are pinpoint pupils a sign of?"
    if (
        kind is CrisisKind.SELF_HARM
        and over
        and _THEIR_ACT.search(sentence[:start])
        and not _MINE.search(found.group(0))
    ):
        return True  # "my sister take too many pill last year ... now she is better"
    if kind is CrisisKind.SELF_HARM and (_REPORTED.search(sentence[: start + 1]) or _EVERYDAY.search(sentence)):
        return True  # someone else's words; "im done with everything for today, logging off"
    if kind is CrisisKind.OVERDOSE and _HABIT.search(sentence) and not _NOW.search(sentence):
        return True
    if kind is CrisisKind.VIOLENCE and (_HARMLESS.search(sentence) or _GAME.search(sentence)):
        return True  # "my toddler smacked me with a spoon", "we got battered 4-0 on saturday"
    long_ago = _LONG_AGO if kind is CrisisKind.SELF_HARM else _OVER
    if (
        (over or long_ago.search(sentence))
        and (long_ago.search(sentence) or kind is not CrisisKind.SELF_HARM)
        and not _NOW.search(sentence)
    ):
        return True
    if _META.search(sentence) and not _MINE.search(sentence[start : end + 8]):
        return True
    if kind is CrisisKind.VIOLENCE:
        return False  # "you hit me", said in the role-play, is still someone at home being hurt
    if kind is CrisisKind.OVERDOSE:  # "if you keep mixing them you'll stop breathing": a warning, not now
        if _ASKED_YOU.search(sentence[:start]) and not _THIRD.search(found.group(0)):
            return True  # "have you ever overdosed?"
        if _PAST_YOU.search(sentence) and not _PRESENT_YOU.search(sentence) and not _NOW.search(sentence):
            return True  # told to the person, who is here to hear it: "last time you used, your lips went blue"
        return bool(_FUTURE_YOU.search(sentence)) and not _PRESENT_YOU.search(sentence)
    clause = _clause_of(sentence, start, end)
    return bool(_ROLE_PLAY.search(clause)) and not _MINE.search(found.group(0))


def _clause_of(sentence: str, start: int, end: int) -> str:
    """The clause around the danger words: "if u know what i mean" elsewhere is not the role-play."""
    left = max(sentence.rfind(",", 0, start), sentence.rfind(" and ", 0, start), sentence.rfind(" but ", 0, start))
    stops = [i for i in (sentence.find(",", end), sentence.find(" and ", end), sentence.find(" but ", end)) if i != -1]
    return sentence[left + 1 : min(stops) if stops else len(sentence)]


# "You" (the person in the role-play) as the one it happened to, in the past tense.
_PAST_YOU = re.compile(
    r"\b(?:you|u|your|ur)\b(?:(?!\b(?:he|she|they|him|them|he's|she's|my \w+)\b)[^.?!,]){0,30}?"
    r"\b(?:went|were|was|stopped|overdosed|od'd|nearly|almost|turned|collapsed|passed out|used)\b"
    # or the one it was done to, in the past: "ruth couldn't wake you that morning"
    r"|\b(?:couldn't|could not|couldnt|didn't|did not|had to) (?:wake|rouse|revive|resuscitate) (?:you|u)\b"
)
_ASKED_YOU = re.compile(r"\b(?:have|did|do|were|are|had) (?:you|u) (?:ever )?")
_THIRD = re.compile(r"\b(?:he|she|they|him|her|them|he's|she's|my \w+)\b")
