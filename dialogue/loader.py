"""Load scenario files and validate them in layers: YAML → schema → version → cross-references.

Every problem names the file, the line, the key path and what was expected.
"""

from __future__ import annotations

import hashlib
import types
import typing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from dialogue.codes import Adherence, adherence_of
from dialogue.scenario import FORMAT_VERSIONS, EndingKind, Scenario

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
            problems.append(Problem(str(file), "id", f"id {item.scenario.id!r} is also used by {other}"))
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


class _UniqueKeyLoader(_BaseLoader):  # type: ignore[misc]
    """PyYAML keeps the last of two equal keys silently; a scenario must not."""


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"key {key!r} appears twice in the same mapping", key_node.start_mark
            )
        seen.add(key)
    return loader.construct_mapping(node)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


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
        raise ScenarioInvalid([Problem(name, "", f"YAML syntax: {exc.problem}", line)]) from None
    if not isinstance(data, dict):
        raise ScenarioInvalid([Problem(name, "", "expected a mapping of keys (version, id, states, ...)")])
    lines = dict(_key_lines(node, ""))
    odd = list(_boolean_keys(node, ""))
    if odd:
        raise ScenarioInvalid([Problem(name, key, msg, line) for key, msg, line in odd])
    return data, lines


def _boolean_keys(node: yaml.Node | None, prefix: str) -> Iterator[tuple[str, str, int]]:
    """YAML reads unquoted on/off/yes/no keys as true/false; say so instead of a puzzling error."""
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            path = f"{prefix}.{key_node.value}" if prefix else str(key_node.value)
            if key_node.tag == "tag:yaml.org,2002:bool":
                message = f"YAML reads the key {key_node.value!r} as true/false; quote it or use another key"
                yield path, message, key_node.start_mark.line + 1
            yield from _boolean_keys(value_node, path)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            yield from _boolean_keys(item, f"{prefix}[{i}]")


def _key_lines(node: yaml.Node | None, prefix: str) -> Iterator[tuple[str, int]]:
    """Map each key path (`states.calm.moves[0].to`) to its line in the file."""
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            path = f"{prefix}.{key_node.value}" if prefix else str(key_node.value)
            yield path, key_node.start_mark.line + 1
            yield from _key_lines(value_node, path)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            path = f"{prefix}[{i}]"
            yield path, item.start_mark.line + 1
            yield from _key_lines(item, path)


def _at(name: str, lines: dict[str, int], key: str, message: str) -> Problem:
    line = lines.get(key)
    probe = key
    while line is None and probe:
        probe = probe.rsplit(".", 1)[0] if "." in probe else ""
        line = lines.get(probe)
    return Problem(name, key, message, line)


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
    return _at(name, lines, "version", f"format version {version!r} is not supported; expected {wanted}")


def _schema_problem(name: str, lines: dict[str, int], error: Any) -> Problem:
    loc = tuple(error["loc"])
    key = _key_path(loc)
    kind = error["type"]
    if kind == "missing":
        message = "this required key is missing"
    elif kind == "extra_forbidden":
        allowed = _allowed_keys(loc[:-1])
        message = f"unknown key {loc[-1]!r}; expected one of: {', '.join(allowed)}"
    elif kind == "value_error":
        message = str(error["msg"]).removeprefix("Value error, ")
    else:
        message = f"{error['msg']} (found {_short(error.get('input'))})"
    return _at(name, lines, key, message)


def _key_path(loc: Iterable[int | str]) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


def _short(value: object) -> str:
    text = repr(value)
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
        yield _at(name, lines, f"endings.{both}", f"{both!r} is both a state and an ending; rename one")
    if sc.start not in sc.states:
        yield _at(name, lines, "start", f"{sc.start!r} is not a state; expected one of: {', '.join(sc.states)}")
        return
    for state_name, state in sc.states.items():
        for i, move in enumerate(state.moves):
            if move.to not in targets:
                key = f"states.{state_name}.moves[{i}].to"
                yield _at(
                    name,
                    lines,
                    key,
                    f"{move.to!r} is not a state or ending; expected one of: {', '.join(sorted(targets))}",
                )
        for i, reply in enumerate(state.model_replies):
            if adherence_of(reply.code) is Adherence.NON_ADHERENT:
                key = f"states.{state_name}.model_replies[{i}].code"
                yield _at(name, lines, key, f"a model reply shows good practice; {reply.code} is MI-non-adherent")
    for i, threshold in enumerate(sc.thresholds):
        if threshold.to not in targets:
            yield _at(name, lines, f"thresholds[{i}].to", f"{threshold.to!r} is not a state or ending")
    yield from _reachability(name, sc, lines)


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
                f"state {state_name!r} cannot be reached from the start {sc.start!r}",
            )
    for ending_name, ending in sc.endings.items():
        if ending.kind is not EndingKind.TIME_UP and ending_name not in reached:
            yield _at(
                name,
                lines,
                f"endings.{ending_name}",
                f"ending {ending_name!r} cannot be reached from the start {sc.start!r}",
            )


def reachable_from(sc: Scenario) -> set[str]:
    """Every state and ending a conversation can reach from the start (time-up included)."""
    edges: dict[str, set[str]] = {s: {m.to for m in st.moves} for s, st in sc.states.items()}
    global_targets = {t.to for t in sc.thresholds} | {n for n, e in sc.endings.items() if e.kind is EndingKind.TIME_UP}
    seen: set[str] = set()
    todo = [sc.start]
    while todo:
        here = todo.pop()
        if here in seen:
            continue
        seen.add(here)
        if here in sc.states:
            todo.extend(edges[here] | global_targets)
    return seen
