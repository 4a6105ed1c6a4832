"""The scenario file format: pydantic models with `extra="forbid"` (layer one of validation)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from dialogue.codes import GROUPS, Code, TalkType, code_or_group_names

FORMAT_VERSIONS = (1,)
"""Scenario format versions this Rapport reads."""

METERS = ("rapport", "resistance")
METER_MIN, METER_MAX = 0.0, 10.0

# Counters a `when:` condition may test, besides the meters: one per code, one per group,
# the turn number, turns spent in the current state, runs of good or bad replies, how many
# change-talk lines the person has said so far, and how often a reply after a danger signal
# (a line with `risk:`) asked about it directly (`safety_asked`) or did not (`safety_missed`), and how
# often the learner owned a misstep (`repairs`: an apology or taking responsibility); and, within
# the current state, the evoking replies (`evoked_here`: open questions, complex reflections,
# summaries, and simple reflections of change talk), so a move towards commitment can ask for
# change to have been evoked, not only for the meters to have moved.
COUNTERS = (
    *(c.value for c in Code),
    *sorted(GROUPS),
    "turn",
    "turns_here",
    "evoked_here",
    "good_streak",
    "bad_streak",
    "change_talk",
    "safety_asked",
    "safety_missed",
    "repairs",
)
CONDITION_KEYS = (*METERS, *COUNTERS)

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Name = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]
Fact = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)?$")]

ACTS = ("mentioned", "asked", "offered", "promised", "threatened", "apologised")
"""What a learner's reply can do, remembered as facts: a bare act ("apologised") and, for every
topic the reply touches, the act with the topic ("offered.naloxone", "asked.job", "mentioned.court").
A line's `sets:` names facts of the person's own ("told_who_is_coming")."""

OFF_SCRIPT = ("repeat", "minimal", "joke", "misheard", "unrelated")
"""Replies outside the script the person answers in their own voice: the same reply again, a bare
"ok", a joke, a reflection of something they did not say, and a remark about something else."""
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9-]*$")]


class Strict(BaseModel):
    # No NaN or infinity (YAML's .nan, .inf): a meter change or a bound must be a real number.
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False, defer_build=True)


class Audience(StrEnum):
    """Who the scenario is for: family members, counsellor trainees, or interventionists."""

    FAMILY = "family"
    TRAINEE = "trainee"
    INTERVENTIONIST = "interventionist"


class Approach(StrEnum):
    """The intervention model a scenario rehearses."""

    JOHNSON = "johnson"
    INVITATIONAL = "invitational"
    CRAFT = "craft"
    MI = "mi"
    AFTERCARE = "aftercare"


class Difficulty(StrEnum):
    GENTLE = "gentle"
    REALISTIC = "realistic"
    HARD = "hard"


class Stage(StrEnum):
    PRECONTEMPLATION = "precontemplation"
    CONTEMPLATION = "contemplation"
    PREPARATION = "preparation"
    ACTION = "action"
    MAINTENANCE = "maintenance"
    RELAPSE = "relapse"


class Discord(StrEnum):
    NONE = "none"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class EndingKind(StrEnum):
    SUCCESS = "success"
    FAILURE = "failure"
    TIME_UP = "time_up"


class Risk(StrEnum):
    """A moment where the simulated person signals danger; the good reply asks directly."""

    SELF_HARM = "self_harm"
    OVERDOSE = "overdose"
    DRIVING = "driving"
    VIOLENCE = "violence"


class Persona(Strict):
    name: Text
    age: int = Field(ge=12, le=100)
    substance: Text
    relationship: Text = Field(description="Who the person is to the one practising, e.g. 'your son'.")
    backstory: Text
    pronouns: Literal["he/him", "she/her", "they/them"] = "they/them"


class Bound(Strict):
    min: float | None = None
    max: float | None = None


class ClientLine(Strict):
    """One thing the person can say, in several wordings, with what lies under it."""

    talk: TalkType
    meaning: Text = Field(description="The feeling or meaning under the words, for judging reflections.")
    feelings: list[Text] = Field(default_factory=list)
    after: list[str] = Field(
        default_factory=list,
        description="Codes or groups this line answers while the person stays in the state; "
        "on arriving in a state the person says one of its general lines (those without `after`).",
    )
    risk: Risk | None = None
    variants: list[Text] = Field(min_length=3)
    when: dict[str, Bound] = Field(
        default_factory=dict, description="Meters or counters that must hold for the line to be said."
    )
    needs: list[Fact] = Field(default_factory=list, description="Facts that must hold (this reply's included).")
    unless: list[Fact] = Field(default_factory=list, description="Facts that must not hold (this reply's included).")
    remembers: list[Fact] = Field(
        default_factory=list,
        description='Facts from earlier replies, not this one: for referring back ("You already asked me that").',
    )
    sets: list[Name] = Field(default_factory=list, description="Facts the person establishes by saying this line.")

    @field_validator("after")
    @classmethod
    def _known_codes(cls, names: list[str]) -> list[str]:
        return _check_code_names(names)

    @field_validator("when")
    @classmethod
    def _known_keys(cls, when: dict[str, Bound]) -> dict[str, Bound]:
        return _check_condition_keys(when)

    @property
    def gated(self) -> bool:
        """Whether facts or conditions can keep this line from being said."""
        return bool(self.needs or self.unless or self.remembers or self.when)

    @field_validator("variants")
    @classmethod
    def _distinct(cls, variants: list[str]) -> list[str]:
        if len(set(variants)) != len(variants):
            raise ValueError("variants must all be different")
        return variants


class ModelReply(Strict):
    """A reply that shows what good looks like here, for "try this instead"."""

    code: Code
    text: Text
    why: str = ""


Effect = dict[Literal["rapport", "resistance"], float]


class Move(Strict):
    """Where a reply takes the person: first matching move wins, after the meters change."""

    codes: list[str] = Field(min_length=1, description="Codes or groups of the reply.")
    when: dict[str, Bound] = Field(default_factory=dict)
    to: Name

    @field_validator("codes")
    @classmethod
    def _known_codes(cls, names: list[str]) -> list[str]:
        return _check_code_names(names)

    @field_validator("when")
    @classmethod
    def _known_keys(cls, when: dict[str, Bound]) -> dict[str, Bound]:
        return _check_condition_keys(when)


class Threshold(Strict):
    """A scenario-wide move checked after every reply, e.g. resistance at 10 → walks out."""

    when: dict[str, Bound] = Field(min_length=1)
    to: Name

    @field_validator("when")
    @classmethod
    def _known_keys(cls, when: dict[str, Bound]) -> dict[str, Bound]:
        return _check_condition_keys(when)


class Topic(Strict):
    """Something a learner may bring up (a person, an event, the substance, treatment, naloxone...):
    the words that mean it and what the person says when a reply touches it."""

    words: list[Text] = Field(
        min_length=1,
        description="Words and phrasings that mean the topic, typos included; matched as whole words, "
        "case and punctuation aside; a trailing * matches any ending (rehab* → rehabs, rehabilitation).",
    )
    lines: list[ClientLine] = Field(min_length=1)

    @field_validator("words")
    @classmethod
    def _plain_words(cls, words: list[str]) -> list[str]:
        for word in words:
            if word != word.lower() or not re.fullmatch(r"[^\W_]+(?:[' -]+[^\W_]+)*'?\*?", word):
                raise ValueError(
                    f"{quoted(word)}: write a topic's words in lower case: letters (accents too), digits, "
                    "spaces, apostrophes and hyphens, with at most a trailing *"
                )
        return words


class State(Strict):
    stage: Stage
    discord: Discord
    thought: Text = Field(description="The person's inner voice in this state, shown as a thought.")
    lines: list[ClientLine] = Field(min_length=1)
    topics: dict[Name, list[ClientLine]] = Field(
        default_factory=dict,
        description="This state's own lines for a scenario topic, tried before the scenario's.",
    )
    effects: dict[str, Effect] = Field(default_factory=dict)
    moves: list[Move] = Field(default_factory=list)
    model_replies: list[ModelReply] = Field(min_length=1)

    @field_validator("effects")
    @classmethod
    def _known_codes(cls, effects: dict[str, Effect]) -> dict[str, Effect]:
        _check_code_names(list(effects))
        return effects


class DebriefNote(Strict):
    """A sentence added to an ending's debrief only when facts hold (it names what really happened)."""

    text: Text
    needs: list[Fact] = Field(default_factory=list)
    unless: list[Fact] = Field(default_factory=list)


class Ending(Strict):
    kind: EndingKind
    thought: Text
    debrief: Text = Field(description="What happened, in plain words, for the scorecard.")
    notes: list[DebriefNote] = Field(
        default_factory=list, description="Sentences added to the debrief when their facts hold."
    )
    lines: list[ClientLine] = Field(min_length=1)

    def debrief_for(self, facts: Iterable[str]) -> str:
        """The debrief with the notes whose facts hold."""
        known = set(facts)
        extra = [n.text for n in self.notes if known.issuperset(n.needs) and known.isdisjoint(n.unless)]
        return " ".join([self.debrief, *extra])


REPAIR_EFFECT: dict[str, float] = {"rapport": 1.0, "resistance": -1.5}
"""What owning a misstep does when a scenario does not say: rapport up, resistance (discord) down."""


class OutOfLines(Strict):
    """What the person does when a state has nothing left to say that would not repeat itself:
    these lines (going quiet, changing the subject), each at most twice; then, if `to` is given,
    the conversation moves there (an escalation, a walk-out, the end)."""

    lines: list[ClientLine] = Field(min_length=2)
    to: Name | None = None


class OffScript(Strict):
    """The person's own lines for replies outside the script (see OFF_SCRIPT), said while they stay
    in a state; a kind without lines is answered as any reply of its code."""

    repeat: list[ClientLine] = Field(default_factory=list, description="The same reply again.")
    minimal: list[ClientLine] = Field(default_factory=list, description='"ok", "mm", "sure" and nothing else.')
    joke: list[ClientLine] = Field(default_factory=list, description='"lol", "just kidding", a joke.')
    misheard: list[ClientLine] = Field(
        default_factory=list, description='A reflection of something the person did not say: "That\'s not what I said."'
    )
    unrelated: list[ClientLine] = Field(
        default_factory=list, description="A remark or question about something else (the weather, the game)."
    )

    def lines_for(self, kind: str) -> list[ClientLine]:
        lines: list[ClientLine] = getattr(self, kind)
        return lines


class RefusalKind(StrEnum):
    """How the person first answers an invitation, for rehearsing a plan's plan B."""

    SAYS_NO = "says_no"
    NOT_NOW = "not_now"
    ANGRY = "angry"
    WALKS_OUT = "walks_out"


REFUSAL_WORDS: dict[RefusalKind, str] = {
    RefusalKind.SAYS_NO: "says no",
    RefusalKind.NOT_NOW: "says “not now”",
    RefusalKind.ANGRY: "gets angry",
    RefusalKind.WALKS_OUT: "walks out",
}


REFUSAL_CHOICES: dict[RefusalKind, str] = {
    RefusalKind.SAYS_NO: "They say no",
    RefusalKind.NOT_NOW: "They say “not now”",
    RefusalKind.ANGRY: "They get angry",
    RefusalKind.WALKS_OUT: "They walk out",
}


class Refusal(Strict):
    """An opening for rehearsing an invitation plan: the person's first answer is this refusal,
    and the conversation begins in `start` (a state written for coming back from it)."""

    start: Name
    opening: ClientLine


class Meters(Strict):
    rapport: float = Field(default=3.0, ge=METER_MIN, le=METER_MAX)
    resistance: float = Field(default=5.0, ge=METER_MIN, le=METER_MAX)


class Scenario(Strict):
    version: int
    id: Slug
    title: Text
    summary: Text
    audience: Audience
    model: Approach
    difficulty: Difficulty
    persona: Persona
    you_are: Text = Field(description="Who the person practising plays.")
    goal: Text = Field(description="The change goal, designated before coding as MITI asks.")
    setting: Text
    tips: list[Text] = Field(default_factory=list)
    max_turns: int = Field(ge=4, le=60)
    meters: Meters = Meters()
    effects: dict[str, Effect] = Field(default_factory=dict)
    repair: Effect = Field(
        default_factory=lambda: dict(REPAIR_EFFECT),  # type: ignore[arg-type]
        description="Meter changes when the learner owns a misstep (an apology, taking responsibility), "
        "on top of the reply's code; it is how discord comes down after an outburst.",
    )
    thresholds: list[Threshold] = Field(default_factory=list)
    out_of_lines: OutOfLines | None = Field(
        default=None,
        description="What the person says once every line that fits has been said twice (see OutOfLines); "
        "without it, the line said least often is said again, never the same one twice in a row.",
    )
    topics: dict[Name, Topic] = Field(
        default_factory=dict, description="Things a learner may bring up, with the person's lines for each."
    )
    off_script: OffScript = Field(default_factory=OffScript)
    opening: ClientLine
    start: Name
    refusals: dict[RefusalKind, Refusal] = Field(
        default_factory=dict,
        description="Openings for rehearsing an invitation plan, one per kind of refusal (says_no, not_now, "
        "angry, walks_out): the person's first line is the refusal and the conversation starts in its state.",
    )
    states: dict[Name, State] = Field(min_length=1)
    endings: dict[Name, Ending] = Field(min_length=1)

    @field_validator("effects")
    @classmethod
    def _known_codes(cls, effects: dict[str, Effect]) -> dict[str, Effect]:
        _check_code_names(list(effects))
        return effects


def quoted(value: object, most: int = 40) -> str:
    """A value as a message quotes it (its repr), cut short: a message names it, never floods."""
    text = repr(value)
    return text if len(text) <= most else text[: most - 3] + "..."


def _check_code_names(names: list[str]) -> list[str]:
    valid = set(code_or_group_names())
    unknown = [n for n in names if n not in valid]
    if unknown:
        raise ValueError(
            f"unknown code or group {', '.join(map(quoted, unknown))}; "
            f"expected any of: {', '.join(code_or_group_names())}"
        )
    return names


def _check_condition_keys(when: dict[str, Bound]) -> dict[str, Bound]:
    unknown = [k for k in when if k not in CONDITION_KEYS]
    if unknown:
        raise ValueError(
            f"unknown condition {', '.join(map(quoted, unknown))}; "
            f"expected a meter or counter: {', '.join(CONDITION_KEYS)}"
        )
    for key, bound in when.items():
        if bound.min is None and bound.max is None:
            raise ValueError(f"condition {quoted(key)} needs `min:` or `max:`")
    return when
