"""Text views of the scenario library for the command line: list, stats and graph."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from transitions.extensions import GraphMachine

from dialogue.codes import GROUPS, expand
from dialogue.scenario import OFF_SCRIPT, Bound, ClientLine, EndingKind, Scenario


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A plain aligned text table."""
    cells = [[str(h) for h in headers], *[[str(c) for c in row] for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def persona_line(sc: Scenario) -> str:
    p = sc.persona
    return f"{p.name}, {p.age}, {p.relationship}, {p.substance}"


def list_rows(scenarios: Sequence[Scenario]) -> list[list[object]]:
    return [[s.id, s.audience.value, s.model.value, s.difficulty.value, persona_line(s)] for s in scenarios]


LIST_HEADERS = ("id", "audience", "model", "difficulty", "persona")


@dataclass(frozen=True)
class Stats:
    states: int
    endings: int
    lines: int
    variants: int
    talk: Counter[str]
    model_replies: int
    out_of_lines: int
    topics: int
    topic_lines: int
    fact_gated: int
    off_script: int


def stats(sc: Scenario) -> Stats:
    lines: list[ClientLine] = [sc.opening]
    for state in sc.states.values():
        lines.extend(state.lines)
    for ending in sc.endings.values():
        lines.extend(ending.lines)
    spare = sc.out_of_lines.lines if sc.out_of_lines else []
    lines.extend(spare)
    topic_lines = [line for topic in sc.topics.values() for line in topic.lines]
    topic_lines += [line for state in sc.states.values() for group in state.topics.values() for line in group]
    off_script = [line for kind in OFF_SCRIPT for line in sc.off_script.lines_for(kind)]
    lines.extend(topic_lines + off_script)
    return Stats(
        states=len(sc.states),
        endings=len(sc.endings),
        lines=len(lines),
        variants=sum(len(line.variants) for line in lines),
        talk=Counter(line.talk.value for line in lines),
        model_replies=sum(len(s.model_replies) for s in sc.states.values()),
        out_of_lines=len(spare),
        topics=len(sc.topics),
        topic_lines=len(topic_lines),
        fact_gated=sum(1 for line in lines if line.needs or line.unless or line.remembers),
        off_script=len(off_script),
    )


STATS_HEADERS = (
    "id",
    "states",
    "endings",
    "lines",
    "variants",
    "change",
    "sustain",
    "discord",
    "neutral",
    "model replies",
    "out of lines",
    "topics",
    "topic lines",
    "fact-gated",
    "off-script",
)


def stats_rows(scenarios: Sequence[Scenario]) -> list[list[object]]:
    rows: list[list[object]] = []
    for sc in scenarios:
        st = stats(sc)
        talk = [st.talk.get(t, 0) for t in ("change", "sustain", "discord", "neutral")]
        rows.append([
            sc.id, st.states, st.endings, st.lines, st.variants, *talk, st.model_replies, st.out_of_lines,
            st.topics, st.topic_lines, st.fact_gated, st.off_script,
        ])  # fmt: skip
    return rows


def mermaid(sc: Scenario) -> str:
    """The scenario's state machine as a Mermaid state diagram, drawn by `transitions`."""
    names = [*sc.states, *sc.endings]
    machine = GraphMachine(
        model=None,
        states=names,
        initial=sc.start,
        auto_transitions=False,
        graph_engine="mermaid",
        title=f"{sc.title} (time up after {sc.max_turns} replies)",
    )
    for source, state in sc.states.items():
        edges: dict[str, list[str]] = {}
        for move in state.moves:
            edges.setdefault(move.to, []).append(_label(move.codes, move.when))
        for threshold in sc.thresholds:
            if threshold.to != source:
                edges.setdefault(threshold.to, []).append(_condition_text(threshold.when))
        for dest, labels in edges.items():
            machine.add_transition(" / ".join(labels), source, dest)
    holder: Any = _Holder()
    machine.add_model(holder)
    text: str = holder.get_graph().draw(None).rstrip("\n") + "\n"
    endings = {n: e.kind for n, e in sc.endings.items()}
    return text + "".join(f"  {n} --> [*]\n" for n, k in endings.items() if k is not EndingKind.TIME_UP)


class _Holder:
    """The model GraphMachine draws for; it gains `get_graph` when added."""


def _label(codes: list[str], when: dict[str, Bound]) -> str:
    named = [c for c in codes if c in GROUPS]
    plain = sorted(c.value for c in expand([c for c in codes if c not in GROUPS]))
    text = ", ".join([*named, *plain])
    return f"{text} if {_condition_text(when)}" if when else text


def _condition_text(when: dict[str, Bound]) -> str:
    parts = []
    for key, bound in when.items():
        if bound.min is not None:
            parts.append(f"{key} ≥ {bound.min:g}")
        if bound.max is not None:
            parts.append(f"{key} ≤ {bound.max:g}")
    return " and ".join(parts)
