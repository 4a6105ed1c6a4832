"""Measure the coder and the safety net on Rapport's own examples (tests/corpus/README.md).

    .venv/bin/python -m tests.corpus.measure            # figures for the tuning and the check parts
    .venv/bin/python -m tests.corpus.measure --misses   # and what the *tuning* part got wrong

The check part's misses are never printed: it is measured, not tuned against.
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from dialogue.codes import Adherence, Code, adherence_of
from dialogue.coding import CodingContext, Said, code_reply
from dialogue.crisis import detect_crisis
from dialogue.letter import coach_letter

HERE = Path(__file__).resolve().parent
# check2 onwards: exams written after the tuning was done
PARTS = (
    "tune",
    "check3",
    "check4",
    "check5",
    "check6",
    "check7",
    "check8",
    "check9",
    "check10",
    "check11",
    "check12",
    "check13",
)


@cache
def load(kind: str, part: str) -> tuple[dict[str, Any], ...]:
    """Every item of one corpus (`replies` or `danger`) and part (`tune`, `check`, `check2`), with its author."""
    items: list[dict[str, Any]] = []
    for file in sorted((HERE / kind / part).glob("*.yaml")):
        for item in yaml.safe_load(file.read_text(encoding="utf-8")):
            items.append({**item, "author": file.stem})
    return tuple(items)


@dataclass
class ReplyFigures:
    n: int = 0
    correct: int = 0
    adherence_correct: int = 0
    tp: int = 0  # non-adherent, flagged
    fp: int = 0  # not non-adherent, flagged
    fn: int = 0  # non-adherent, not flagged
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.tp / max(1, self.tp + self.fn)

    @property
    def precision(self) -> float:
        return self.tp / max(1, self.tp + self.fp)

    @property
    def accuracy(self) -> float:
        return self.correct / max(1, self.n)

    @property
    def adherence_accuracy(self) -> float:
        return self.adherence_correct / max(1, self.n)


def _context(item: dict[str, Any], practice: bool) -> CodingContext:
    client = item.get("client")
    return CodingContext(history=(Said("client", client),) if client else (), practice=practice)


def measure_replies(part: str, practice: bool = True) -> ReplyFigures:
    """The coder on one part, as the practice room reads replies (rules and the learned layer), or as
    `rapport code` does (`practice=False`: the rules alone)."""
    figures = ReplyFigures()
    for item in load("replies", part):
        gold = Code(item["code"])
        coding = code_reply(item["text"], _context(item, practice))
        figures.n += 1
        figures.correct += coding.code is gold
        figures.adherence_correct += coding.adherence is adherence_of(gold)
        figures.confusion[(gold.value, coding.code.value)] += 1
        flagged = coding.adherence is Adherence.NON_ADHERENT
        bad = adherence_of(gold) is Adherence.NON_ADHERENT
        figures.tp += flagged and bad
        figures.fp += flagged and not bad
        figures.fn += bad and not flagged
        if coding.code is not gold:
            figures.misses.append(
                f"{gold.value}->{coding.code.value} ({coding.rule}: {coding.evidence!r}) "
                f"[{item['author']}] client={item.get('client')!r} text={item['text']!r}"
            )
    return figures


@dataclass
class DangerFigures:
    danger: int = 0
    caught: int = 0
    right_kind: int = 0
    safe: int = 0
    false_pauses: int = 0
    misses: list[str] = field(default_factory=list)
    by_kind: Counter[str] = field(default_factory=Counter)  # "kind caught/danger", "kind false pauses"

    @property
    def recall(self) -> float:
        return self.caught / max(1, self.danger)

    @property
    def false_pause_rate(self) -> float:
        return self.false_pauses / max(1, self.safe)


def measure_danger(part: str) -> DangerFigures:
    figures = DangerFigures()
    for item in load("danger", part):
        signal = detect_crisis(item["text"])
        if item["kind"] == "none":
            figures.safe += 1
            if signal is not None:
                figures.false_pauses += 1
                figures.by_kind[f"false {signal.kind.value}"] += 1
                figures.misses.append(f"FALSE PAUSE {signal.kind.value} ({signal.evidence!r}): {item['text']!r}")
        else:
            figures.danger += 1
            figures.by_kind[f"{item['kind']} lines"] += 1
            if signal is not None:
                figures.by_kind[f"{item['kind']} caught"] += 1
                figures.caught += 1
                figures.right_kind += signal.kind.value == item["kind"]
            else:
                figures.misses.append(f"MISSED {item['kind']}: {item['text']!r}")
    return figures


ACT_LABELS = ("offered", "promised", "threatened", "apologised")
OFF_LABELS = ("minimal", "joke", "unrelated")


@dataclass
class LabelFigures:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def recall(self) -> float:
        return self.tp / max(1, self.tp + self.fn)

    @property
    def precision(self) -> float:
        return self.tp / max(1, self.tp + self.fp)


@dataclass
class ActFigures:
    n: int = 0
    labels: dict[str, LabelFigures] = field(
        default_factory=lambda: {k: LabelFigures() for k in ACT_LABELS + OFF_LABELS}
    )
    misses: list[str] = field(default_factory=list)


def load_acts(part: str) -> tuple[dict[str, Any], ...]:
    """The acts corpus (tests/corpus/acts/<part>.yaml): replies labelled with what they do."""
    file = HERE / "acts" / f"{part}.yaml"
    return tuple(yaml.safe_load(file.read_text(encoding="utf-8"))["items"]) if file.exists() else ()


def measure_acts(part: str) -> ActFigures:
    """What the listener hears a reply do (offer, promise, threaten, apologise) and whether it is off
    the script (a bare "ok", a joke, something unrelated), against the labels."""
    from dialogue.listening import Listener

    listener = Listener({})
    figures = ActFigures()
    for item in load_acts(part):
        figures.n += 1
        heard = listener.hear(item["text"], code_reply(item["text"], CodingContext(practice=True)), [], None)
        found = set(heard.acts) | ({heard.off_script} if heard.off_script else set())
        wanted = set(item.get("acts") or ()) | ({item["off_script"]} if item.get("off_script") else set())
        for label, counts in figures.labels.items():
            if label in found and label in wanted:
                counts.tp += 1
            elif label in found:
                counts.fp += 1
                figures.misses.append(f"  false {label}: {item['text']}")
            elif label in wanted:
                counts.fn += 1
                figures.misses.append(f"  missed {label}: {item['text']}")
    return figures


def report(show_misses: bool) -> str:
    out: list[str] = []
    for part in PARTS:
        if not load("danger", part):
            continue
        d = measure_danger(part)
        out.append(
            f"safety net, {part}: {d.danger} danger lines, recall {d.recall:.3f} ({d.caught} caught, "
            f"{d.right_kind} of the right kind); {d.safe} role-play and idiom lines, "
            f"false pauses {d.false_pause_rate:.3f} ({d.false_pauses})"
        )
        out.append("  " + ", ".join(f"{k} {v}" for k, v in sorted(d.by_kind.items())))
        if show_misses and part == "tune":
            out += [f"  {m}" for m in d.misses]
    for part in PARTS:
        if not load("replies", part):
            continue
        for practice, how in ((True, "practice room"), (False, "rules alone, as rapport code")):
            r = measure_replies(part, practice)
            out.append(
                f"coder, {part}, {how}: {r.n} replies; non-adherent recall {r.recall:.3f}, precision "
                f"{r.precision:.3f}; code accuracy {r.accuracy:.3f}; adherence accuracy {r.adherence_accuracy:.3f}"
            )
            if show_misses and part == "tune" and not practice:
                out += [f"  {m}" for m in sorted(r.misses)]
    return "\n".join(out)


def report_acts(show_misses: bool) -> str:
    out = []
    for part in ("tune", "check"):
        figures = measure_acts(part)
        if not figures.n:
            continue
        shown = ", ".join(
            f"{label} recall {c.recall:.2f} precision {c.precision:.2f} ({c.tp + c.fn})"
            for label, c in figures.labels.items()
        )
        out.append(f"listening, {part}: {figures.n} replies; {shown}")
        if show_misses and part == "tune":
            out.extend(figures.misses)
    return "\n".join(out)


@dataclass
class LetterFigures:
    """The letter coach on one part of tests/corpus/letters: every flagged sentence found, and no
    sentence of a kind letter flagged; the letter checks against what each author marked."""

    letters: int = 0
    flagged: int = 0  # sentences the author flagged (label, diagnosis, blame, threat, lecture)
    found: int = 0  # of those, flagged by the coach
    kind_sentences: int = 0
    kind_flagged: int = 0  # sentences of kind letters the coach flagged (should be none)
    plain_flagged: int = 0  # unflagged sentences of harsh letters the coach flagged
    plain: int = 0
    by_flag: Counter[str] = field(default_factory=Counter)
    found_by_flag: Counter[str] = field(default_factory=Counter)
    checks_agree: Counter[str] = field(default_factory=Counter)
    checks_n: Counter[str] = field(default_factory=Counter)
    help_shown: int = 0  # letters the safety net showed help for (none of these letters is danger)
    misses: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / max(1, self.flagged)

    @property
    def precision(self) -> float:
        wrong = self.kind_flagged + self.plain_flagged
        return self.found / max(1, self.found + wrong)


def load_letters(part: str) -> tuple[dict[str, Any], ...]:
    letters: list[dict[str, Any]] = []
    for file in sorted((HERE / "letters" / part).glob("*.yaml")):
        letters.extend({**letter, "author": file.stem} for letter in yaml.safe_load(file.read_text("utf-8"))["letters"])
    return tuple(letters)


def measure_letters(part: str) -> LetterFigures:

    figures = LetterFigures()
    for letter in load_letters(part):
        figures.letters += 1
        sentences = letter["sentences"]
        report = coach_letter("\n".join(s["text"] for s in sentences))
        assert len(report.sentences) == len(sentences), f"{letter['id']}: the coach split it differently"
        figures.help_shown += report.crisis is not None
        for item, read in zip(sentences, report.sentences, strict=True):
            want = item["flag"] != "none"
            got = read.flag is not None
            if want:
                figures.flagged += 1
                figures.by_flag[item["flag"]] += 1
                figures.found += got
                figures.found_by_flag[item["flag"]] += got
            elif letter["kind"] == "kind":
                figures.kind_sentences += 1
                figures.kind_flagged += got
            else:
                figures.plain += 1
                figures.plain_flagged += got
            if want != got:
                figures.misses.append(f"{letter['id']}: {item['flag']} read as {read.flag}: {item['text']}")
        checks = {c.name: c.ok for c in report.checks}
        expected = {
            "opens_with_love": letter["opens_with_love"],
            "one_clear_ask": letter["ask"],
            "bottom_line": letter["bottom_line"] == "own",
        }
        if letter["kind"] == "kind":
            for name, wanted in expected.items():
                figures.checks_n[name] += 1
                figures.checks_agree[name] += checks[name] == wanted
    return figures


def report_letters(show_misses: bool) -> str:
    out = []
    for part in ("tune", "check"):
        f = measure_letters(part)
        if not f.letters:
            continue
        flags = ", ".join(f"{k} {f.found_by_flag[k]}/{n}" for k, n in sorted(f.by_flag.items()))
        checks = ", ".join(f"{k} {f.checks_agree[k]}/{n}" for k, n in sorted(f.checks_n.items()))
        out.append(
            f"letter coach, {part}: {f.letters} letters; flagged sentences found {f.found}/{f.flagged} "
            f"(recall {f.recall:.3f}; {flags}); kind letters' sentences flagged {f.kind_flagged}/{f.kind_sentences}; "
            f"harsh letters' plain sentences flagged {f.plain_flagged}/{f.plain}; precision {f.precision:.3f}; "
            f"checks agreeing with the author on kind letters: {checks}; safety help shown on {f.help_shown} letters"
        )
        if show_misses and part == "tune":
            out.extend(f"  {m}" for m in f.misses)
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--misses", action="store_true", help="list what the tuning part got wrong")
    misses = parser.parse_args().misses
    print(report(misses))
    print(report_acts(misses))
    print(report_letters(misses))


if __name__ == "__main__":
    main()
