"""`rapport letter`: the letter coach in a terminal, as text for a person or as JSON."""

from __future__ import annotations

import textwrap

from dialogue.letter import LetterReport

PARTS = {"love": "love", "incident": "a specific time", "ask": "your ask", "bottom_line": "your bottom line"}
FLAGS = {"label": "A label", "diagnosis": "A diagnosis", "blame": "Blame", "threat": "A threat", "lecture": "A lecture"}
WIDTH = 88


def as_text(report: LetterReport) -> str:
    """The coached letter for a person: the checks first, then every sentence with its note."""
    count = len(report.sentences)
    out = [f"Your letter: {count} sentence{'' if count == 1 else 's'}, {report.words} words.", "", "How it reads"]
    for check in report.checks:
        out += _wrapped(check.message, f"  {'✓' if check.ok else '!'} ", "    ")
    out += ["", "Sentence by sentence"]
    for s in report.sentences:
        lead = f"{s.index:>4}. "
        parts = [PARTS[p] for p in s.parts if p in PARTS]
        text = s.text + (f"   [{', '.join(parts)}]" if parts and s.flag is None else "")
        out += _wrapped(text, lead, " " * len(lead))
        if s.flag is not None:
            out += _wrapped(f"{FLAGS[s.flag.value]}. {s.feedback}", "      ✗ ", "        ")
            if s.suggestion:
                out += _wrapped(f"Kinder: {s.suggestion}", "        ", "        ")
    return "\n".join(out)


def _wrapped(text: str, first: str, rest: str) -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=first, subsequent_indent=rest) or [first.rstrip()]
