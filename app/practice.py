"""`rapport practice`: a whole conversation in the terminal."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from dialogue.codes import TalkType, Verdict
from dialogue.coding import ReplyError
from dialogue.engine import Conversation, ScenarioEngine, Turn
from dialogue.scenario import Difficulty
from dialogue.summary import SessionSummary, summarise

MARKS = {Verdict.GOOD: "✓", Verdict.OKAY: "•", Verdict.RETHINK: "✗"}
COMMANDS = "Type what you would say and press Enter. /end finishes, /help shows this again."


@dataclass
class TerminalPractice:
    """Reads replies from `ask`, prints through `say`; coach mode codes each reply as it goes."""

    engine: ScenarioEngine
    say: Callable[[str], None]
    ask: Callable[[str], str]
    coach: bool = True
    turns: list[Turn] = field(default_factory=list)

    def run(self, seed: int, difficulty: Difficulty | None) -> SessionSummary:
        conv = self.engine.start(seed, difficulty)
        try:
            self._introduce(seed, conv)
            self._loop(conv)
            return self._finish(conv)
        finally:
            self.engine.release(conv)

    def _introduce(self, seed: int, conv: Conversation) -> None:
        sc = self.engine.scenario
        self.say(f"\n{sc.title}\n")
        self.say(f"You are: {sc.you_are}")
        self.say(f"They are: {sc.persona.name}, {sc.persona.age}, {sc.persona.relationship}.")
        self.say(f"Your goal: {sc.goal}")
        self.say(f"\n{sc.setting}\n")
        for tip in sc.tips:
            self.say(f"  Tip: {tip}")
        mode = "coach mode: feedback after every reply" if self.coach else "exam mode: feedback at the end"
        self.say(f"\n({mode}; difficulty {conv.difficulty.value}; seed {seed})")
        self.say(COMMANDS + "\n")
        self.say(f"{self._name()}: {self.engine.text_of(conv.last_line)}")

    def _loop(self, conv: Conversation) -> None:
        while not conv.ended:
            try:
                text = self.ask("You> ")
            except (EOFError, KeyboardInterrupt):
                self.say("")
                return
            command = text.strip().lower()
            if command in ("/end", "/quit", "/exit"):
                return
            if command == "/help":
                self.say(COMMANDS)
                continue
            try:
                turn = self.engine.reply(conv, text)
            except ReplyError as exc:
                self.say(f"  {exc}")
                continue
            self.turns.append(turn)
            self._show(turn)

    def _show(self, turn: Turn) -> None:
        coding = turn.coding
        if self.coach:
            self.say(f"  {MARKS[coding.verdict]} {coding.label} ({coding.code}): {coding.feedback}")
            if coding.verdict is not Verdict.GOOD and coding.suggestion:
                self.say(f'  Try instead: "{coding.suggestion}"')
        self.say(f"\n{self._name()}: {turn.client.text}")
        if self.coach:
            meters = ", ".join(f"{k} {v:g}/10" for k, v in turn.meters.items())
            self.say(f"  ({self._name()} thinks: {turn.client.thought}  [{meters}])")

    def _finish(self, conv: Conversation) -> SessionSummary:
        sc = self.engine.scenario
        ending = sc.endings.get(conv.outcome) if conv.outcome else None
        talk: list[TalkType] = [t.client.talk for t in self.turns]
        summary = summarise(
            (t.coding.code for t in self.turns),
            talk,
            outcome=conv.outcome,
            outcome_kind=ending.kind.value if ending else None,
        )
        self.say("\n— How it went —")
        self.say(
            ending.debrief
            if ending
            else "You stopped before the conversation ended. That's fine: practice is practice."
        )
        tally = f"adherent {summary.adherent}, non-adherent {summary.non_adherent}"
        self.say(f"\nReplies: {summary.replies}  ({tally})")
        for m in summary.measures:
            self.say(f"  {m.name}: {m.display}  [{m.band.value}; fair {m.fair:g}, good {m.good:g}, {m.source}]")
        counts = ", ".join(f"{code} {n}" for code, n in summary.counts.items() if n)
        self.say(f"  Codes: {counts or 'none yet'}")
        reached = "yes" if summary.reached_change_talk else "not this time"
        self.say(f"  Change talk from {self._name()}: {reached} ({summary.change_talk} lines)")
        self.say(f"\n{summary.note}")
        return summary

    def _name(self) -> str:
        return self.engine.scenario.persona.name.split()[0]
