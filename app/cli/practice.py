"""`rapport practice`: a whole conversation in the terminal."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from dialogue.codes import TalkType, Verdict
from dialogue.coding import ReplyError
from dialogue.crisis import CrisisSignal, crisis_help, detect_crisis
from dialogue.engine import Conversation, CrisisDetected, Exchange, ScenarioEngine
from dialogue.scenario import Difficulty, RefusalKind
from dialogue.summary import SessionSummary, counted, summarise

MARKS = {Verdict.GOOD: "✓", Verdict.OKAY: "•", Verdict.RETHINK: "✗"}
COMMANDS = "Type what you would say and press Enter. /end finishes, /help shows this again."
COACH_COMMANDS = COMMANDS + " /undo takes back your last reply, so you can try it another way."
PAUSED = "The practice is paused. Type /resume when you are safe and want to carry on, or /end to stop."


@dataclass
class TerminalPractice:
    """Reads replies from `ask`, prints through `say`; coach mode codes each reply as it goes."""

    engine: ScenarioEngine
    say: Callable[[str], None]
    ask: Callable[[str], str]
    coach: bool = True
    turns: list[Exchange] = field(default_factory=list)
    replies: list[str] = field(default_factory=list)  # what was typed for each kept turn
    retried: int = 0  # replies taken back with /undo
    offered: bool = False  # told, at an ending, that /undo can take the last reply back
    paused: bool = False
    cleared: bool = False  # the one reply after /resume goes through unchecked, as in the web chat
    refusal: RefusalKind | None = None  # rehearsing a plan B: the person's first answer is this refusal

    def run(self, seed: int, difficulty: Difficulty | None) -> SessionSummary:
        self.conv: Conversation = self.engine.start(seed, difficulty, self.refusal)
        self.seed, self.difficulty = seed, difficulty
        try:
            self._introduce(seed, self.conv)
            self._loop()
            return self._finish(self.conv)
        finally:
            self.engine.release(self.conv)

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
        self.say((COACH_COMMANDS if self.coach else COMMANDS) + "\n")
        self.say(f"{self._name()}: {self.engine.text_of(conv.last_line)}")

    def _loop(self) -> None:
        while True:
            if self.conv.ended and not self._offer_undo():
                return
            try:
                text = self.ask("You> ")
            except (EOFError, KeyboardInterrupt):
                self.say("")
                return
            command = text.strip().lower()
            if command in ("/end", "/quit", "/exit"):
                return
            if command == "/help":
                self.say(PAUSED if self.paused else COACH_COMMANDS if self.coach else COMMANDS)
                continue
            if self.paused:
                self._while_paused(command, text)
                continue
            if command == "/undo":
                self._undo()
                continue
            if self.conv.ended:
                self.say("  The conversation has ended. /undo takes back your last reply; /end shows how it went.")
                continue
            conv = self.conv
            try:
                turn = self.engine.reply(conv, text, check_crisis=not self.cleared)
            except CrisisDetected as exc:
                self._pause(exc.signal)
                continue
            except ReplyError as exc:
                self.say(f"  {exc}")
                continue
            self.cleared = False
            self.turns.append(turn)
            self.replies.append(text)
            self._show(turn)

    def _offer_undo(self) -> bool:
        """At an ending in coach mode: say that the last reply can be taken back, and wait."""
        if not self.coach or not self.turns:
            return False
        if not self.offered:
            self.say(
                "\n  (Coach mode: /undo takes back your last reply and tries the moment again; /end shows how it went.)"
            )
            self.offered = True
        return True

    def _undo(self) -> None:
        """Take back the last reply: the person is where they were before it (coach mode only)."""
        if not self.coach:
            self.say("  Exam mode has no undo: every reply counts, as in a real conversation.")
            return
        if not self.turns:
            self.say("  There is nothing to take back yet.")
            return
        taken = self.replies.pop()
        self.turns.pop()
        self.retried += 1
        self.offered = False
        self.engine.release(self.conv)
        self.conv = self.engine.replay(self.seed, self.difficulty, self.replies, self.refusal)
        self.say(f'  Taken back: "{taken}". Try that moment another way.')
        self.say(f"\n{self._name()}: {self.engine.text_of(self.conv.last_line)}")

    def _pause(self, signal: CrisisSignal) -> None:
        """Stop the role-play and show the same help as the web page; nothing of the reply is kept."""
        self.paused = True
        self.say("\n" + crisis_help().as_text(signal.kind) + "\n")
        self.say(PAUSED)

    def _while_paused(self, command: str, text: str) -> None:
        if command in ("/resume", "/carry-on", "/continue"):
            self.paused, self.cleared = False, True
            self.say("Carrying on. Take your time.\n")
            return
        signal = detect_crisis(text)
        if signal is not None:
            self._pause(signal)
            return
        self.say(PAUSED)

    def _show(self, turn: Exchange) -> None:
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
            ending.debrief_for(conv.facts)
            if ending
            else "You stopped before the conversation ended. That's fine: practice is practice."
        )
        tally = f"adherent {summary.adherent}, non-adherent {summary.non_adherent}"
        retried = f"; {counted(self.retried, 'reply', 'replies')} taken back and tried again" if self.retried else ""
        self.say(f"\nReplies: {summary.replies}  ({tally}{retried})")
        for m in summary.measures:
            self.say(f"  {m.name}: {m.display}  [{m.band.value}; fair {m.fair:g}, good {m.good:g}, {m.source}]")
        counts = ", ".join(f"{code} {n}" for code, n in summary.counts.items() if n)
        self.say(f"  Codes: {counts or 'none yet'}")
        reached = "yes" if summary.reached_change_talk else "not this time"
        self.say(f"  Change talk from {self._name()}: {reached} ({counted(summary.change_talk, 'line')})")
        self.say(f"\n{summary.note}")
        return summary

    def _name(self) -> str:
        return self.engine.scenario.persona.name.split()[0]
