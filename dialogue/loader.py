"""Load scenario files and validate them in layers: YAML → schema → version → cross-references.

Every problem names the file, the line, the key path and what was expected.
"""

from __future__ import annotations

import hashlib
import json
import re
import types
import typing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from dialogue.codes import Adherence, TalkType, adherence_of
from dialogue.scenario import ACTS, FORMAT_VERSIONS, OFF_SCRIPT, ClientLine, EndingKind, Scenario, quoted

__all__ = ["Problem", "ScenarioInvalid", "load_scenario", "load_scenarios", "scenario_files"]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a scenario file."""

    path: str
    key: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.key or '(top level)'}: {self.message}"


class ScenarioInvalid(Exception):
    """A scenario file (or several) did not validate; `problems` lists every finding."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass(frozen=True)
class Loaded:
    scenario: Scenario
    path: Path
    digest: str


def scenario_files(path: Path) -> list[Path]:
    """The scenario files at a path: the file itself, or every *.yaml in a folder."""
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml"))
    return [path]


def load_scenarios(path: Path) -> dict[str, Loaded]:
    """Load every scenario under a path; raise ScenarioInvalid listing all problems found."""
    loaded: dict[str, Loaded] = {}
    problems: list[Problem] = []
    files = scenario_files(path)
    if not files:
        raise ScenarioInvalid([Problem(str(path), "", "no scenario files (*.yaml) found here")])
    for file in files:
        try:
            item = load_scenario(file)
        except ScenarioInvalid as exc:
            problems.extend(exc.problems)
            continue
        if item.scenario.id in loaded:
            other = loaded[item.scenario.id].path
            problems.append(Problem(str(file), "id", f"id {quoted(item.scenario.id)} is also used by {other}"))
            continue
        loaded[item.scenario.id] = item
    if problems:
        raise ScenarioInvalid(problems)
    return loaded


def load_scenario(file: Path) -> Loaded:
    """Load and validate one scenario file."""
    name = str(file)
    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise ScenarioInvalid([Problem(name, "", f"cannot read the file: {exc.strerror}")]) from None
    data, lines = _parse_yaml(name, raw)
    scenario = _validate_schema(name, data, lines)
    problems = list(_cross_references(name, scenario, lines))
    if scenario.id != file.stem:
        problems.insert(0, _at(name, lines, "id", f"the id must match the file name: expected {file.stem!r}"))
    if problems:
        raise ScenarioInvalid(problems)
    return Loaded(scenario, file, hashlib.sha256(raw).hexdigest()[:16])


# --- layer 0: YAML -----------------------------------------------------------------------


_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML has it: 20x faster
_LIBYAML = _BaseLoader is not yaml.SafeLoader


class _UniqueKeyLoader(_BaseLoader):  # type: ignore[misc]
    """PyYAML keeps the last of two equal keys silently; a scenario must not."""


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            raise yaml.constructor.ConstructorError(
                None, None, "a key must be a plain name, not a list or a mapping", key_node.start_mark
            )
        key = loader.construct_object(key_node)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"key {quoted(key)} appears twice in the same mapping", key_node.start_mark
            )
        seen.add(key)
    return loader.construct_mapping(node)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)

# What a value tagged (or looking like) each of these must be, for "cannot read ... as ...".
_SCALARS = {
    "tag:yaml.org,2002:bool": "true or false",
    "tag:yaml.org,2002:int": "a whole number",
    "tag:yaml.org,2002:float": "a number",
    "tag:yaml.org,2002:binary": "binary data",
    "tag:yaml.org,2002:timestamp": "a date",
}


def _scalar(tag: str, what: str) -> Any:
    construct = _BaseLoader.yaml_constructors[tag]

    def guarded(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
        # PyYAML raises ValueError and friends for "2001-13-45", "!!int twelve" or a number
        # thousands of digits long: say which value, where, and what to do instead.
        try:
            return construct(loader, node)
        except (ValueError, TypeError, KeyError, AttributeError, OverflowError, IndexError):
            message = f"cannot read {quoted(node.value)} as {what}; put it in quotes if it is text"
            raise yaml.constructor.ConstructorError(None, None, message, node.start_mark) from None

    return guarded


for _tag, _what in _SCALARS.items():
    _UniqueKeyLoader.add_constructor(_tag, _scalar(_tag, _what))


def _parse_yaml(name: str, raw: bytes) -> tuple[Any, dict[str, int]]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ScenarioInvalid([Problem(name, "", f"not UTF-8 text (byte {exc.start}); save it as UTF-8")]) from None
    try:
        loader = _UniqueKeyLoader(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise ScenarioInvalid([Problem(name, "", _yaml_problem(exc), line)]) from None
    except yaml.reader.ReaderError as exc:
        raise ScenarioInvalid([_character_problem(name, raw, text, exc)]) from None
    except RecursionError:
        raise ScenarioInvalid([Problem(name, "", "lists or mappings are nested too deeply to read")]) from None
    if not isinstance(data, dict):
        raise ScenarioInvalid([Problem(name, "", "expected a mapping of keys (version, id, states, ...)")])
    lines = dict(_key_lines(node, "", set()))
    odd = list(_odd_keys(node, "", set()))
    if odd:
        raise ScenarioInvalid([Problem(name, key, msg, line) for key, msg, line in odd])
    return data, lines


def _yaml_problem(exc: yaml.MarkedYAMLError) -> str:
    problem = exc.problem or exc.context or "the YAML cannot be read here"
    tag = re.match(r"could not determine a constructor for the tag '(?:tag:yaml\.org,2002:)?(.*)'$", problem)
    if tag:
        return f"the YAML tag {quoted(tag.group(1))} is not used in scenarios; remove it"
    if isinstance(exc, yaml.constructor.ConstructorError):
        return problem
    return f"YAML syntax: {problem}"


def _character_problem(name: str, raw: bytes, text: str, exc: yaml.reader.ReaderError) -> Problem:
    """A character YAML does not allow (a control character, say): which one, where, what to do."""
    code = exc.character if isinstance(exc.character, int) else ord(exc.character)
    before = raw[: exc.position] if _LIBYAML else text[: exc.position].encode("utf-8", "surrogatepass")
    line = before.count(b"\n") + 1
    return Problem(
        name,
        "",
        f"the character U+{code:04X} cannot appear in a YAML file; delete it "
        f"(inside double quotes it can be written as \\u{code:04x})",
        line,
    )


def _odd_keys(node: yaml.Node | None, prefix: str, seen: set[int]) -> Iterator[tuple[str, str, int]]:
    """YAML reads unquoted on/off/yes/no keys as true/false and null or ~ as nothing; say so
    instead of a puzzling error. (A node an alias repeats is looked at once.)"""
    if node is None or id(node) in seen:
        return
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            path = f"{prefix}.{key_node.value}" if prefix else str(key_node.value)
            if key_node.tag == "tag:yaml.org,2002:bool":
                message = f"YAML reads the key {quoted(key_node.value)} as true/false; quote it or use another key"
                yield path, message, key_node.start_mark.line + 1
            elif key_node.tag == "tag:yaml.org,2002:null":
                message = f"YAML reads the key {quoted(key_node.value)} as nothing (null); quote it or use another key"
                yield path, message, key_node.start_mark.line + 1
            yield from _odd_keys(value_node, path, seen)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            yield from _odd_keys(item, f"{prefix}[{i}]", seen)


def _key_lines(node: yaml.Node | None, prefix: str, seen: set[int]) -> Iterator[tuple[str, int]]:
    """Map each key path (`states.calm.moves[0].to`) to its line in the file (a node an alias
    repeats, where it first appears)."""
    if node is None or id(node) in seen:
        return
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            path = f"{prefix}.{key_node.value}" if prefix else str(key_node.value)
            yield path, key_node.start_mark.line + 1
            yield from _key_lines(value_node, path, seen)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            path = f"{prefix}[{i}]"
            yield path, item.start_mark.line + 1
            yield from _key_lines(item, path, seen)


def _at(name: str, lines: dict[str, int], key: str, message: str) -> Problem:
    line = lines.get(key)
    probe = key
    while line is None and probe:
        probe = probe.rsplit(".", 1)[0] if "." in probe else ""
        line = lines.get(probe)
    return Problem(name, _shown(key), message, line)


_LONG_NAME = re.compile(r"[^.\[\]]{41,}")


def _shown(key: str) -> str:
    """A key path as a message shows it: a name of more than 40 characters is cut short."""
    return _LONG_NAME.sub(lambda m: m.group(0)[:37] + "...", key)


def _names(names: Iterable[str]) -> str:
    return ", ".join(_shown(n) for n in names)


# --- layer 1 and 2: schema, then version -----------------------------------------------------


def _validate_schema(name: str, data: dict[str, Any], lines: dict[str, int]) -> Scenario:
    version = data.get("version")
    try:
        scenario = Scenario.model_validate(data)
    except ValidationError as exc:
        if version is not None and version not in FORMAT_VERSIONS:
            raise ScenarioInvalid([_version_problem(name, lines, version)]) from None
        raise ScenarioInvalid([_schema_problem(name, lines, e) for e in exc.errors()]) from None
    if scenario.version not in FORMAT_VERSIONS:
        raise ScenarioInvalid([_version_problem(name, lines, scenario.version)])
    return scenario


def _version_problem(name: str, lines: dict[str, int], version: object) -> Problem:
    wanted = " or ".join(str(v) for v in FORMAT_VERSIONS)
    return _at(name, lines, "version", f"format version {quoted(version)} is not supported; expected {wanted}")


# What the name patterns in dialogue/scenario.py ask for, in words.
_PATTERNS = {
    r"^[a-z][a-z0-9_]*$": "lower-case letters, digits and _, starting with a letter (like walks_out)",
    r"^[a-z][a-z0-9-]*$": "lower-case letters, digits and -, starting with a letter (like johnson-son-denial)",
}


def _schema_problem(name: str, lines: dict[str, int], error: Any) -> Problem:
    loc = tuple(error["loc"])
    kind = error["type"]
    named = bool(loc) and loc[-1] == "[key]"  # a mapping's key (a state's or an ending's name) is at fault
    if named:
        loc = loc[:-1]
    key = _key_path(loc)
    if kind == "missing":
        message = "this required key is missing"
    elif kind == "extra_forbidden":
        allowed = _allowed_keys(loc[:-1])
        message = f"unknown key {quoted(loc[-1])}; expected one of: {', '.join(allowed)}"
    elif kind == "value_error":
        message = str(error["msg"]).removeprefix("Value error, ")
    elif kind == "string_pattern_mismatch" and error.get("ctx", {}).get("pattern") in _PATTERNS:
        wanted = _PATTERNS[error["ctx"]["pattern"]]
        if named:
            message = f"the name {_short(error.get('input'))} cannot be used: write it with {wanted}"
        else:
            message = f"write it with {wanted} (found {_short(error.get('input'))})"
    elif kind == "model_type":
        message = f"expected keys here ({', '.join(_allowed_keys(loc))}) (found {_short(error.get('input'))})"
    elif kind == "dict_type":
        message = f"expected a mapping of keys to values here (found {_short(error.get('input'))})"
    elif error.get("input") is None:
        message = f"{error['msg']}, but it is empty: give it a value"
    else:
        message = f"{error['msg']} (found {_short(error.get('input'))})"
    return _at(name, lines, key, message)


def _key_path(loc: Iterable[int | str]) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


def _short(value: object) -> str:
    """A value as the file would have it (null, true, "text"), cut short."""
    try:
        text = json.dumps(value, ensure_ascii=False, default=str)
    except ValueError:  # a list that contains itself (through a YAML alias), or a number too long to print
        try:
            text = repr(value)
        except ValueError:
            text = "a number too long to show"
    return text if len(text) <= 60 else text[:57] + "..."


def _allowed_keys(loc: tuple[int | str, ...]) -> list[str]:
    """The keys the model at a location accepts, for 'unknown key' errors."""
    annotation: Any = Scenario
    for part in loc:
        annotation = _step(annotation, part)
        if annotation is None:
            return []
    model = _model_in(annotation)
    return list(model.model_fields) if model else []


def _step(annotation: Any, part: int | str) -> Any:
    model = _model_in(annotation)
    if model is not None and isinstance(part, str) and part in model.model_fields:
        return model.model_fields[part].annotation
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is list and args:
        return args[0]
    if origin is dict and len(args) == 2:
        return args[1]
    if origin in (typing.Union, types.UnionType):
        for arg in args:
            found = _step(arg, part)
            if found is not None:
                return found
    return None


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _model_in(arg)
        if found is not None:
            return found
    return None


# --- layer 3: cross-references -----------------------------------------------------------------


def _cross_references(name: str, sc: Scenario, lines: dict[str, int]) -> Iterator[Problem]:
    targets = set(sc.states) | set(sc.endings)
    for both in sorted(set(sc.states) & set(sc.endings)):
        yield _at(name, lines, f"endings.{both}", f"{quoted(both)} is both a state and an ending; rename one")
    if sc.start not in sc.states:
        yield _at(name, lines, "start", f"{quoted(sc.start)} is not a state; expected one of: {_names(sc.states)}")
        return
    for kind, refusal in sc.refusals.items():
        if refusal.start not in sc.states:
            yield _at(name, lines, f"refusals.{kind.value}.start",
                      f"{quoted(refusal.start)} is not a state; expected one of: {_names(sc.states)}")  # fmt: skip
        elif not any(
            sc.endings[e].kind is EndingKind.SUCCESS for e in reachable_from(sc, refusal.start) if e in sc.endings
        ):
            message = f"no success ending can be reached from {quoted(refusal.start)}: a rehearsal must be winnable"
            yield _at(name, lines, f"refusals.{kind.value}.start", message)
    for state_name, state in sc.states.items():
        for i, move in enumerate(state.moves):
            if move.to not in targets:
                key = f"states.{state_name}.moves[{i}].to"
                yield _at(
                    name,
                    lines,
                    key,
                    f"{quoted(move.to)} is not a state or ending; expected one of: {_names(sorted(targets))}",
                )
        for i, reply in enumerate(state.model_replies):
            if adherence_of(reply.code) is Adherence.NON_ADHERENT:
                key = f"states.{state_name}.model_replies[{i}].code"
                yield _at(name, lines, key, f"a model reply shows good practice; {reply.code} is MI-non-adherent")
    for i, threshold in enumerate(sc.thresholds):
        if threshold.to not in targets:
            yield _at(name, lines, f"thresholds[{i}].to", f"{quoted(threshold.to)} is not a state or ending")
    if sc.out_of_lines is not None:
        yield from _exhaustion(name, sc, lines, targets)
    yield from _topics_and_facts(name, sc, lines)
    yield from _reachability(name, sc, lines)


def _exhaustion(name: str, sc: Scenario, lines: dict[str, int], targets: set[str]) -> Iterator[Problem]:
    """Running out of lines is said: a real target, never a success (a person does not agree because
    the script ran dry), and a line for replies that press nothing (pushing back answers pressure only)."""
    spare = sc.out_of_lines
    assert spare is not None
    if spare.to is not None and spare.to not in targets:
        yield _at(name, lines, "out_of_lines.to", f"{quoted(spare.to)} is not a state or ending")
    elif spare.to in sc.endings and sc.endings[spare.to].kind is EndingKind.SUCCESS:
        yield _at(name, lines, "out_of_lines.to", f"{quoted(spare.to)} is a success: running out of lines must not "
                  "count as agreeing; send it to a state, a walk-out or the time-up ending")  # fmt: skip
    if all(line.talk is TalkType.DISCORD for line in spare.lines):
        yield _at(name, lines, "out_of_lines.lines", "needs a line that is not discord: pushing back answers "
                  "pressing replies only (questions, persuading, confronting)")  # fmt: skip


def every_line(sc: Scenario) -> Iterator[tuple[str, ClientLine]]:
    """Every client line of a scenario with its key path."""
    yield "opening", sc.opening
    for kind, refusal in sc.refusals.items():
        yield f"refusals.{kind.value}.opening", refusal.opening
    groups: list[tuple[str, list[ClientLine]]] = []
    for state_name, state in sc.states.items():
        groups.append((f"states.{state_name}.lines", state.lines))
        groups.extend((f"states.{state_name}.topics.{t}", topic_lines) for t, topic_lines in state.topics.items())
    groups.extend((f"endings.{n}.lines", e.lines) for n, e in sc.endings.items())
    groups.extend((f"topics.{t}.lines", topic.lines) for t, topic in sc.topics.items())
    groups.extend((f"off_script.{kind}", sc.off_script.lines_for(kind)) for kind in OFF_SCRIPT)
    if sc.out_of_lines is not None:
        groups.append(("out_of_lines.lines", sc.out_of_lines.lines))
    for key, group in groups:
        for i, line in enumerate(group):
            yield f"{key}[{i}]", line


def known_facts(sc: Scenario) -> set[str]:
    """Every fact a conversation of this scenario can hold: the acts, each act with each topic,
    and what the person's lines set."""
    facts = set(ACTS) | {f"{act}.{topic}" for act in ACTS for topic in sc.topics}
    facts.update(fact for _, line in every_line(sc) for fact in line.sets)
    return facts


def _topics_and_facts(name: str, sc: Scenario, lines: dict[str, int]) -> Iterator[Problem]:
    """Topics a state names exist; every fact a line or note tests can come about; each state and
    ending has a line that nothing can keep from being said; no word means two topics."""
    for state_name, state in sc.states.items():
        for topic in state.topics:
            if topic not in sc.topics:
                yield _at(
                    name,
                    lines,
                    f"states.{state_name}.topics.{topic}",
                    f"{quoted(topic)} is not a topic of this scenario; expected one of: {_names(sc.topics) or '(none)'}"
                    " (add it under `topics:`)",
                )
        if all(line.gated for line in state.lines if not line.after):
            yield _at(name, lines, f"states.{state_name}.lines", "needs a general line (no `after:`) that no fact or "
                      "condition can hold back, so the person always has something to say on arriving")  # fmt: skip
    for topic_name, spec in sc.topics.items():
        if all(line.needs or line.remembers for line in spec.lines):
            yield _at(name, lines, f"topics.{topic_name}.lines", "needs a line without `needs:` or `remembers:`, "
                      "so that naming the topic is answered before anything else has happened")  # fmt: skip
    for ending_name, ending in sc.endings.items():
        if all(line.gated for line in ending.lines):
            yield _at(
                name, lines, f"endings.{ending_name}.lines", "needs a line that no fact or condition can hold back"
            )
    facts = known_facts(sc)
    tested = [(key, line.needs + line.unless + line.remembers) for key, line in every_line(sc)]
    for ending_name, ending in sc.endings.items():
        tested.extend((f"endings.{ending_name}.notes[{i}]", n.needs + n.unless) for i, n in enumerate(ending.notes))
    for key, names in tested:
        for fact in names:
            if fact not in facts:
                yield _at(name, lines, key, f"fact {quoted(fact)} can never hold: {_fact_hint(fact, sc)}")
    owner: dict[str, str] = {}
    for topic_name, spec in sc.topics.items():
        for word in spec.words:
            other = owner.setdefault(word.rstrip("*"), topic_name)
            if other != topic_name:
                yield _at(name, lines, f"topics.{topic_name}.words", f"{quoted(word)} also means topic {quoted(other)}")


def _fact_hint(fact: str, sc: Scenario) -> str:
    act, _, topic = fact.partition(".")
    if topic and act not in ACTS:
        return f"{quoted(act)} is not an act; expected one of: {', '.join(ACTS)}"
    if topic and topic not in sc.topics:
        return f"{quoted(topic)} is not a topic; expected one of: {_names(sc.topics) or '(none)'}"
    return f"no line `sets:` it, and it is not an act ({', '.join(ACTS)}) or an act.topic"


def _reachability(name: str, sc: Scenario, lines: dict[str, int]) -> Iterator[Problem]:
    kinds = {ending.kind for ending in sc.endings.values()}
    for kind in EndingKind:
        if kind not in kinds:
            yield _at(name, lines, "endings", f"needs an ending of kind {kind.value!r}")
    reached = reachable_from(sc)
    for state_name in sc.states:
        if state_name not in reached:
            yield _at(
                name,
                lines,
                f"states.{state_name}",
                f"state {quoted(state_name)} cannot be reached from the start {quoted(sc.start)}",
            )
    for ending_name, ending in sc.endings.items():
        if ending.kind is not EndingKind.TIME_UP and ending_name not in reached:
            yield _at(
                name,
                lines,
                f"endings.{ending_name}",
                f"ending {quoted(ending_name)} cannot be reached from the start {quoted(sc.start)}",
            )


def reachable_from(sc: Scenario, *starts: str) -> set[str]:
    """Every state and ending a conversation can reach from `starts` (by default the start and the
    refusals' starts; time-up included)."""
    edges: dict[str, set[str]] = {s: {m.to for m in st.moves} for s, st in sc.states.items()}
    global_targets = {t.to for t in sc.thresholds} | {n for n, e in sc.endings.items() if e.kind is EndingKind.TIME_UP}
    seen: set[str] = set()
    todo = list(starts) or [sc.start, *(r.start for r in sc.refusals.values() if r.start in sc.states)]
    while todo:
        here = todo.pop()
        if here in seen:
            continue
        seen.add(here)
        if here in sc.states:
            todo.extend(edges[here] | global_targets)
    return seen
