"""The conversation engine: one `transitions` Machine per scenario, one small model per conversation.

A learner's reply is coded, the code's meter effects apply (scaled by difficulty), the event
named after the code fires the scenario's first move whose conditions hold, then the `check`
event applies scenario-wide thresholds and the time limit. The person's answer is chosen with
a seeded random source whose state lives in the snapshot, so a conversation restores exactly
and replaying its replies rebuilds the same snapshot.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from transitions import Machine

from dialogue import rng
from dialogue.codes import GROUPS, Code, TalkType, adherence_of, expand
from dialogue.coding import Coding, CodingContext, Said, code_reply
from dialogue.crisis import CrisisSignal, detect_crisis
from dialogue.listening import Heard, Listener
from dialogue.scenario import (
    METER_MAX,
    METER_MIN,
    Bound,
    ClientLine,
    Difficulty,
    Effect,
    Ending,
    EndingKind,
    RefusalKind,
    Scenario,
    State,
)

OPENING = "@opening"
REFUSAL = "@refusal:"  # + a refusal kind: the opening for rehearsing a plan B
OUT_OF_LINES = "@out_of_lines"
OFF = "@off:"  # + an off-script kind: the scenario's lines for it
TOPIC = "@topic:"  # + a topic: the scenario's lines for it; + topic@state: that state's own
MOST = 2  # times any one line may be said in a conversation
EVOKING = frozenset({Code.OQ, Code.CR, Code.SU})  # replies that evoke change (and SR of change talk)
PRESSING = frozenset({Code.CQ, Code.OQ, Code.PE, Code.CO})  # replies the person may push back on
RECENT = 6  # utterances kept in the snapshot as the coder's context

# How fast the person softens (rapport up, resistance down) and escalates, per difficulty.
PACE: dict[Difficulty, tuple[float, float]] = {
    Difficulty.GENTLE: (1.5, 0.6),
    Difficulty.REALISTIC: (1.0, 1.0),
    Difficulty.HARD: (0.6, 1.5),
}


class ConversationOver(Exception):
    """A reply arrived after the conversation had ended."""


class NoSuchRefusal(ValueError):
    """A rehearsal asked for a refusal the scenario has no opening for."""


class CrisisDetected(Exception):
    """What the learner typed suggests they, or someone with them, may be in danger: the role-play pauses."""

    def __init__(self, signal: CrisisSignal) -> None:
        super().__init__(f"{signal.kind.value}: {signal.evidence}")
        self.signal = signal


class SnapshotMismatch(Exception):
    """A snapshot does not fit this scenario (a state it names no longer exists)."""


class LineRef(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    where: str
    line: int
    variant: int


class ConversationSnapshot(BaseModel):
    """Everything needed to resume a conversation exactly; small and JSON-serialisable."""

    model_config = ConfigDict(extra="forbid")
    scenario: str
    digest: str
    seed: int
    difficulty: Difficulty
    state: str
    meters: dict[str, float]
    counters: dict[str, int]
    turn: int = 0
    rng: int
    seen: dict[str, list[int]] = Field(default_factory=dict)
    said: dict[str, int] = Field(default_factory=dict)  # "where:line" -> times said
    facts: dict[str, int] = Field(default_factory=dict)  # fact -> the turn it was first true
    last_line: LineRef
    recent: list[tuple[str, str]] = Field(default_factory=list)
    outcome: str | None = None
    refusal: RefusalKind | None = None  # the refusal the conversation opened with (rehearsing a plan)


@dataclass(frozen=True)
class ClientTurn:
    """What the person says, and what lies under it."""

    text: str
    talk: TalkType
    meaning: str
    thought: str
    state: str
    stage: str
    discord: str
    risk: str | None
    ending: EndingKind | None
    topic: str | None = None  # the topic this line answers, when it answers one
    off_script: str | None = None  # the kind of off-script reply it answers


@dataclass(frozen=True)
class Exchange:
    """One exchange: the learner's coded reply and the person's answer (stored as two `Turn` rows)."""

    number: int
    coding: Coding
    client: ClientTurn
    state_before: str
    meters: dict[str, float]
    outcome: str | None
    heard: Heard


class Conversation:
    """The model the Machine drives: plain data, no I/O. It is never registered with the machine
    (no `add_model`): the engine fires the machine's events on it directly, so a conversation
    carries no bound trigger methods, and restoring one costs the same with ten or ten thousand
    others live."""

    def __init__(self, snap: ConversationSnapshot) -> None:
        self.state = snap.state
        self.scenario_id = snap.scenario
        self.digest = snap.digest
        self.seed = snap.seed
        self.difficulty = snap.difficulty
        self.meters = dict(snap.meters)
        self.counters = dict(snap.counters)
        self.turn = snap.turn
        self.rng = snap.rng
        self.seen = {k: list(v) for k, v in snap.seen.items()}
        self.said = dict(snap.said)
        self.facts = dict(snap.facts)
        self.last_line = snap.last_line
        self.recent = [tuple(r) for r in snap.recent]
        self.outcome = snap.outcome
        self.refusal = snap.refusal

    @property
    def ended(self) -> bool:
        return self.outcome is not None

    def value(self, key: str) -> float:
        """A meter or counter, for conditions."""
        if key in self.meters:
            return self.meters[key]
        if key == "turn":
            return self.turn
        return self.counters.get(key, 0)

    def snapshot(self) -> ConversationSnapshot:
        return ConversationSnapshot(
            scenario=self.scenario_id,
            digest=self.digest,
            seed=self.seed,
            difficulty=self.difficulty,
            state=self.state,
            meters=dict(self.meters),
            counters=dict(self.counters),
            turn=self.turn,
            rng=self.rng,
            seen={k: list(v) for k, v in self.seen.items()},
            said=dict(self.said),
            facts=dict(self.facts),
            last_line=self.last_line,
            recent=[(s, t) for s, t in self.recent],
            outcome=self.outcome,
            refusal=self.refusal,
        )


def holds(when: dict[str, Bound], conv: Conversation) -> bool:
    """Whether every bound in a `when:` condition holds for the conversation now."""
    for key, bound in when.items():
        value = conv.value(key)
        if bound.min is not None and value < bound.min:
            return False
        if bound.max is not None and value > bound.max:
            return False
    return True


class ScenarioEngine:
    """Runs conversations of one scenario."""

    def __init__(self, scenario: Scenario, digest: str) -> None:
        self.scenario = scenario
        self.digest = digest
        self.time_up = next(n for n, e in scenario.endings.items() if e.kind is EndingKind.TIME_UP)
        self._effects = {name: self._effect_table(state) for name, state in scenario.states.items()}
        self._answers = {name: _answer_table(state.lines) for name, state in scenario.states.items()}
        self.listener = Listener(scenario.topics)
        # One machine per scenario, shared by all its conversations, which are never added to it:
        # `add_model` scans the machine's list of models (quadratic as conversations grow) and binds
        # a method per event and state on each. The engine fires `machine.events[name]` on a
        # conversation instead (`_fire`). A plain Machine, not LockedMachine: the machine itself is
        # read-only after this, and each conversation is played by one thread at a time (the app
        # holds a lock per conversation), so the per-attribute locking cost a fifth of a turn for nothing.
        self.machine = Machine(
            model=None,
            states=[*scenario.states, *scenario.endings],
            initial=scenario.start,
            auto_transitions=False,
            send_event=True,
            ignore_invalid_triggers=True,
        )
        self._add_moves()
        self._events = self.machine.events

    # --- the machine -------------------------------------------------------------------

    def _add_moves(self) -> None:
        sc = self.scenario
        for name, state in sc.states.items():
            for move in state.moves:
                for code in sorted(expand(move.codes)):
                    self.machine.add_transition(code.value, name, move.to, conditions=[_condition(move.when)])
            for threshold in sc.thresholds:
                if threshold.to != name:
                    self.machine.add_transition("check", name, threshold.to, conditions=[_condition(threshold.when)])
            limit = {"turn": Bound(min=sc.max_turns)}
            self.machine.add_transition("check", name, self.time_up, conditions=[_condition(limit)])
            if sc.out_of_lines is not None and sc.out_of_lines.to is not None and sc.out_of_lines.to != name:
                self.machine.add_transition("out_of_lines", name, sc.out_of_lines.to)
            moved = {code for move in state.moves for code in expand(move.codes)}
            for code in sorted(set(Code) - moved):  # replies that move nothing here: stay (no warning)
                self.machine.add_transition(code.value, name, None)
        for name in sc.endings:
            self.machine.add_transition("check", name, None)

    def _effect_table(self, state: State) -> dict[Code, dict[str, float]]:
        """Per code, the meter changes in a state: the state's own, else the scenario's defaults."""
        table: dict[Code, dict[str, float]] = {}
        for source in (self.scenario.effects, state.effects):
            table.update(_resolve(source))
        return table

    # --- a conversation's life -----------------------------------------------------------

    def start(
        self, seed: int, difficulty: Difficulty | None = None, refusal: RefusalKind | None = None
    ) -> Conversation:
        """A new conversation at the start state, with the person's opening line chosen; with a
        `refusal`, the person's first line is that refusal and the conversation starts in its state."""
        sc = self.scenario
        if refusal is not None and refusal not in sc.refusals:
            raise NoSuchRefusal(f"{sc.title} has no opening for a refusal of kind {refusal.value!r}")
        opening = sc.refusals[refusal] if refusal is not None else None
        where = f"{REFUSAL}{refusal.value}" if refusal is not None else OPENING
        snap = ConversationSnapshot(
            scenario=sc.id,
            digest=self.digest,
            seed=seed,
            difficulty=difficulty or sc.difficulty,
            state=opening.start if opening is not None else sc.start,
            meters={"rapport": sc.meters.rapport, "resistance": sc.meters.resistance},
            counters={},
            rng=rng.seed_state(seed),
            last_line=LineRef(where=where, line=0, variant=0),
            refusal=refusal,
        )
        conv = self.restore(snap)
        line = opening.opening if opening is not None else sc.opening
        variant = self._pick_variant(conv, where, 0, line)
        conv.last_line = LineRef(where=where, line=0, variant=variant)
        conv.said[f"{where}:0"] = 1
        conv.recent.append(("client", line.variants[variant]))
        return conv

    def restore(self, snap: ConversationSnapshot) -> Conversation:
        """The conversation a snapshot describes, attached to this scenario's machine."""
        if snap.scenario != self.scenario.id:
            raise SnapshotMismatch(f"snapshot is of scenario {snap.scenario!r}, not {self.scenario.id!r}")
        if snap.state not in self.machine.states:
            raise SnapshotMismatch(f"state {snap.state!r} no longer exists in scenario {self.scenario.id!r}")
        return Conversation(snap)

    def release(self, conv: Conversation) -> None:
        """Let go of a conversation. Nothing to detach (conversations are never added to the
        machine); kept so that callers say when they are done with one."""

    def _fire(self, conv: Conversation, event: str) -> bool:
        """Fire one of the machine's events (a code, `check`, `out_of_lines`) on a conversation."""
        fired: bool = self._events[event].trigger(conv)
        return fired

    @contextmanager
    def open(self, snap: ConversationSnapshot) -> Iterator[Conversation]:
        """Restore a conversation for a moment and release it afterwards."""
        conv = self.restore(snap)
        try:
            yield conv
        finally:
            self.release(conv)

    def context(self, conv: Conversation) -> CodingContext:
        """What the coder needs to judge the next reply."""
        state = self.scenario.states.get(conv.state)
        return CodingContext(
            history=tuple(Said("client" if s == "client" else "therapist", t) for s, t in conv.recent),
            line=self.line(conv.last_line),
            model_replies=tuple(state.model_replies) if state else (),
            questions_in_a_row=conv.counters.get("question_streak", 0),
            turn=conv.turn,
            audience=self.scenario.audience.value,
            practice=True,
        )

    def reply(self, conv: Conversation, text: str, *, check_crisis: bool = True) -> Exchange:
        """Code a reply in context and play it; raises ReplyError, ConversationOver, or CrisisDetected
        (nothing played) when the text suggests the person typing may be in danger."""
        if conv.ended:
            raise ConversationOver("This conversation has ended; start a new one to practise again.")
        if check_crisis:
            signal = detect_crisis(text)
            if signal is not None:
                raise CrisisDetected(signal)
        return self.play(conv, code_reply(text, self.context(conv)), text)

    def play(self, conv: Conversation, coding: Coding, text: str) -> Exchange:
        """Apply an already-coded reply: counters, meters, moves, thresholds, memory, the answer."""
        if conv.ended:
            raise ConversationOver("This conversation has ended; start a new one to practise again.")
        before = conv.state
        heard = self.hear(conv, coding, text)
        conv.turn += 1
        for fact in sorted(heard.facts()):
            conv.facts.setdefault(fact, conv.turn)
        self._count(conv, coding.code)
        self._count_safety(conv, coding)
        self._apply_effects(conv, coding.code)
        if coding.repair:
            conv.counters["repairs"] = conv.counters.get("repairs", 0) + 1
            self._apply(conv, {str(meter): delta for meter, delta in self.scenario.repair.items()})
        self._fire(conv, coding.code.value)
        self._fire(conv, "check")
        if conv.state != before:  # counted within a state: a new state starts them again
            conv.counters["turns_here"] = conv.counters["evoked_here"] = 0
        # At a danger moment the script leads: the state's lines answer whether the reply asked about it.
        listening = heard if coding.risk is None else Heard(heard.topics, heard.acts, None, listens=False)
        client = self._answer(conv, coding.code, before, listening)
        conv.recent = [*conv.recent, ("therapist", text), ("client", client.text)][-RECENT:]
        if conv.state in self.scenario.endings:
            conv.outcome = conv.state
        return Exchange(conv.turn, coding, client, before, dict(conv.meters), conv.outcome, heard)

    def hear(self, conv: Conversation, coding: Coding, text: str) -> Heard:
        """What a reply said to this person now: its topics, its acts, whether it is off the script."""
        earlier = [t for s, t in conv.recent if s == "therapist"]
        return self.listener.hear(text, coding, earlier[-2:], self.line(conv.last_line).talk)

    def debrief(self, outcome: str | None, facts: Iterable[str]) -> str | None:
        """An ending's debrief with the notes that hold for what happened in this conversation."""
        ending = self.scenario.endings.get(outcome or "")
        return ending.debrief_for(facts) if ending else None

    def replay(
        self, seed: int, difficulty: Difficulty | None, replies: Iterable[str], refusal: RefusalKind | None = None
    ) -> Conversation:
        """Rebuild a conversation from its stored replies (the caller releases it)."""
        conv = self.start(seed, difficulty, refusal)
        for text in replies:
            self.reply(conv, text, check_crisis=False)  # stored replies were played once already
        return conv

    # --- inside a turn -----------------------------------------------------------------------

    def _count(self, conv: Conversation, code: Code) -> None:
        c = conv.counters
        c[code.value] = c.get(code.value, 0) + 1
        for group, members in GROUPS.items():
            if code in members:
                c[group] = c.get(group, 0) + 1
        c["turns_here"] = c.get("turns_here", 0) + 1
        if code in EVOKING or (code is Code.SR and self.line(conv.last_line).talk is TalkType.CHANGE):
            c["evoked_here"] = c.get("evoked_here", 0) + 1
        bad = adherence_of(code).value == "non_adherent"
        good = code in GROUPS["adherent"] or code in GROUPS["reflections"] or code is Code.OQ
        c["good_streak"] = c.get("good_streak", 0) + 1 if good else 0
        c["bad_streak"] = c.get("bad_streak", 0) + 1 if bad else 0
        c["question_streak"] = c.get("question_streak", 0) + 1 if code in GROUPS["questions"] else 0

    def _count_safety(self, conv: Conversation, coding: Coding) -> None:
        if coding.risk_addressed is not None:
            key = "safety_asked" if coding.risk_addressed else "safety_missed"
            conv.counters[key] = conv.counters.get(key, 0) + 1

    def _apply_effects(self, conv: Conversation, code: Code) -> None:
        self._apply(conv, self._effects.get(conv.state, {}).get(code, {}))

    def _apply(self, conv: Conversation, effect: dict[str, float]) -> None:
        soften, escalate = PACE[conv.difficulty]
        for meter, delta in effect.items():
            calming = (meter == "rapport") == (delta > 0)
            scaled = delta * (soften if calming else escalate)
            conv.meters[meter] = round(min(METER_MAX, max(METER_MIN, conv.meters[meter] + scaled)), 2)

    def _answer(self, conv: Conversation, code: Code, before: str, heard: Heard) -> ClientTurn:
        where = conv.state
        lines, thought, stage, discord, ending = self._speaker(where, before)
        arrived = where != before
        if where in self._answers:
            if not arrived and heard.listens:  # arriving, the person says what the new state brings
                answer = self._heard_answer(conv, code, where, heard)
                if answer is not None:
                    return answer
            pools = [self._answers[where](code, arrived), self._answers[where](code, True)]
        else:
            pools = [list(range(len(lines)))]
        fresh = next((left for pool in pools if (left := self._fresh(conv, where, pool, lines))), [])
        every = sorted({i for pool in pools for i in pool})
        if not fresh and ending is None:
            return self._out_of_lines(conv, code, before, where, every, heard)
        pool = fresh or self._least_said(conv, where, every, lines)
        return self._say(conv, where, lines, pool, thought, stage, discord, ending)

    def _heard_answer(self, conv: Conversation, code: Code, where: str, heard: Heard) -> ClientTurn | None:
        """The person's answer to what was said, not only to its code: an off-script reply gets their
        lines for it, a reply that touches a topic the lines for that topic (the state's own first)."""
        state = self.scenario.states[where]
        say = (state.thought, state.stage.value, state.discord.value, None)
        if heard.off_script is not None:
            kind = heard.off_script
            spare = self.scenario.off_script.lines_for(kind)
            left = self._fresh(conv, OFF + kind, _answering(spare, code), spare)
            if left:
                return self._say(conv, OFF + kind, spare, left, *say, state=where, off_script=kind)
        # First the lines that need what this reply did ("offered.naloxone"), whatever else it named,
        # and the state's own lines for a topic; then, unless the state has a line written for
        # exactly this code (a permission asked gets "Go on, then"), the scenario's topic lines.
        now = heard.facts()
        for first in (True, False):
            for topic in heard.topics:
                groups = [(f"{TOPIC}{topic}@{where}", state.topics.get(topic, []))]
                if first or not self._written_for(conv, where, code):
                    groups.append((TOPIC + topic, self.scenario.topics[topic].lines))
                for key, lines in groups:
                    pool = [i for i in _answering(lines, code) if not first or now.intersection(lines[i].needs)]
                    left = self._fresh(conv, key, pool, lines)
                    if left:
                        return self._say(conv, key, lines, left, *say, state=where, topic=topic)
        return None

    def _written_for(self, conv: Conversation, where: str, code: Code) -> bool:
        """Whether the state has a fresh line written for exactly this code (`after: [SC]`, not a group)."""
        lines = self.scenario.states[where].lines
        exact = [i for i, line in enumerate(lines) if code.value in line.after]
        return bool(self._fresh(conv, where, exact, lines))

    def _fits(self, conv: Conversation, line: ClientLine) -> bool:
        """Whether what happened so far lets the person say a line (its facts and conditions)."""
        if not line.gated:
            return True
        facts = conv.facts
        return (
            all(f in facts for f in line.needs)
            and not any(f in facts for f in line.unless)
            and all(facts.get(f, conv.turn) < conv.turn for f in line.remembers)
            and holds(line.when, conv)
        )

    def _fresh(self, conv: Conversation, where: str, pool: list[int], lines: list[ClientLine]) -> list[int]:
        """The lines of a pool that fit, said fewer than MOST times, and not the line just said."""
        last = conv.last_line
        return [
            i
            for i in pool
            if conv.said.get(f"{where}:{i}", 0) < MOST
            and not (last.where == where and last.line == i)
            and self._fits(conv, lines[i])
        ]

    def _least_said(self, conv: Conversation, where: str, pool: list[int], lines: list[ClientLine]) -> list[int]:
        """With every line said twice: those said least that fit (else those never gated), never the
        one just said (if there is another)."""
        last = conv.last_line
        fitting = [i for i in pool if self._fits(conv, lines[i])] or [i for i in pool if not lines[i].gated] or pool
        others = [i for i in fitting if not (last.where == where and last.line == i)] or fitting
        fewest = min(conv.said.get(f"{where}:{i}", 0) for i in others)
        return [i for i in others if conv.said.get(f"{where}:{i}", 0) == fewest]

    def _out_of_lines(
        self, conv: Conversation, code: Code, before: str, where: str, pool: list[int], heard: Heard
    ) -> ClientTurn:
        """Every line that fits has been said twice: the scenario's out-of-lines lines, then its move."""
        state = self.scenario.states[where]
        spare = self.scenario.out_of_lines
        if spare is None:
            return self._say(conv, where, state.lines, self._least_said(conv, where, pool, state.lines), state.thought,
                             state.stage.value, state.discord.value, None)  # fmt: skip
        every = list(range(len(spare.lines)))
        if code not in PRESSING:  # pushing back ("why do you keep asking me that?") answers pressure only
            every = [i for i in every if spare.lines[i].talk is not TalkType.DISCORD] or every
        left = self._fresh(conv, OUT_OF_LINES, every, spare.lines)
        if not left and spare.to is not None and spare.to != where:
            self._fire(conv, "out_of_lines")
            if conv.state in self.scenario.endings:
                conv.outcome = conv.state
            return self._answer(conv, code, where, heard)
        left = left or self._least_said(conv, OUT_OF_LINES, every, spare.lines)
        return self._say(conv, OUT_OF_LINES, spare.lines, left, state.thought, state.stage.value,
                         state.discord.value, None, state=where)  # fmt: skip

    def _say(
        self,
        conv: Conversation,
        where: str,
        lines: list[ClientLine],
        pool: list[int],
        thought: str,
        stage: str,
        discord: str,
        ending: EndingKind | None,
        state: str | None = None,
        topic: str | None = None,
        off_script: str | None = None,
    ) -> ClientTurn:
        index, conv.rng = rng.draw(conv.rng, len(pool))
        line_no = pool[index]
        line = lines[line_no]
        variant = self._pick_variant(conv, where, line_no, line)
        conv.last_line = LineRef(where=where, line=line_no, variant=variant)
        conv.said[f"{where}:{line_no}"] = conv.said.get(f"{where}:{line_no}", 0) + 1
        if line.talk is TalkType.CHANGE:
            conv.counters["change_talk"] = conv.counters.get("change_talk", 0) + 1
        for fact in line.sets:
            conv.facts.setdefault(fact, conv.turn)
        return ClientTurn(
            text=line.variants[variant],
            talk=line.talk,
            meaning=line.meaning,
            thought=thought,
            state=state or where,
            stage=stage,
            discord=discord,
            risk=line.risk.value if line.risk else None,
            ending=ending,
            topic=topic,
            off_script=off_script,
        )

    def _speaker(self, where: str, before: str) -> tuple[list[ClientLine], str, str, str, EndingKind | None]:
        state = self.scenario.states.get(where)
        if state is not None:
            return state.lines, state.thought, state.stage.value, state.discord.value, None
        ending: Ending = self.scenario.endings[where]
        last = self.scenario.states[before]
        return ending.lines, ending.thought, last.stage.value, last.discord.value, ending.kind

    def _pick_variant(self, conv: Conversation, where: str, line_no: int, line: ClientLine) -> int:
        """A wording not used yet in this conversation (all used: start over, avoiding the last)."""
        key = f"{where}:{line_no}"
        used = conv.seen.get(key, [])
        fresh = [i for i in range(len(line.variants)) if i not in used]
        if not fresh:
            fresh = [i for i in range(len(line.variants)) if i != used[-1]]
            used = []
        index, conv.rng = rng.draw(conv.rng, len(fresh))
        conv.seen[key] = [*used, fresh[index]]
        return fresh[index]

    def line(self, ref: LineRef) -> ClientLine:
        """The authored line a reference points at."""
        return self.lines_at(ref.where)[ref.line]

    def lines_at(self, where: str) -> list[ClientLine]:
        """The lines a line reference's `where` names: the opening, a state's or an ending's, the
        out-of-lines lines, an off-script kind's or a topic's (the scenario's, or a state's own)."""
        sc = self.scenario
        if where == OPENING:
            return [sc.opening]
        if where.startswith(REFUSAL):
            return [sc.refusals[RefusalKind(where.removeprefix(REFUSAL))].opening]
        if where == OUT_OF_LINES and sc.out_of_lines is not None:
            return sc.out_of_lines.lines
        if where.startswith(OFF):
            return sc.off_script.lines_for(where.removeprefix(OFF))
        if where.startswith(TOPIC):
            topic, _, state = where.removeprefix(TOPIC).partition("@")
            return sc.states[state].topics[topic] if state else sc.topics[topic].lines
        state_here = sc.states.get(where)
        return state_here.lines if state_here else sc.endings[where].lines

    def text_of(self, ref: LineRef) -> str:
        return self.line(ref).variants[ref.variant]


def _condition(when: dict[str, Bound]) -> Callable[[Any], bool]:
    def check(event: Any) -> bool:
        return holds(when, event.model)

    return check


def _resolve(effects: dict[str, Effect]) -> dict[Code, dict[str, float]]:
    """Effects keyed by codes and groups → per code; a code's own entry beats a smaller group's."""
    resolved: dict[Code, tuple[int, dict[str, float]]] = {}
    for name, effect in effects.items():
        codes = expand([name])
        rank = 0 if len(codes) == 1 and name not in GROUPS else len(codes)
        for code in codes:
            if code not in resolved or rank < resolved[code][0]:
                resolved[code] = (rank, {str(k): v for k, v in effect.items()})
    return {code: effect for code, (_, effect) in resolved.items()}


def _answering(lines: list[ClientLine], code: Code) -> list[int]:
    """The lines that may answer a reply of this code (those without `after` answer any)."""
    return [i for i, line in enumerate(lines) if not line.after or code in expand(line.after)]


def _answer_table(lines: list[ClientLine]) -> Callable[[Code, bool], list[int]]:
    """Which lines can answer a reply: on arriving in a state, its general lines (what the person
    says on entering); within the state, the lines written for that kind of reply, else the general."""
    general = [i for i, line in enumerate(lines) if not line.after] or list(range(len(lines)))
    specific = {code: [i for i, line in enumerate(lines) if line.after and code in expand(line.after)] for code in Code}

    def pool(code: Code, arrived: bool) -> list[int]:
        return general if arrived else specific[code] or general

    return pool
