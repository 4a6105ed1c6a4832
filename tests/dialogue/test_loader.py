"""Scenario files are validated in layers, and every problem names the file, line and key."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from dialogue.loader import ScenarioInvalid, load_scenario, load_scenarios
from scenarios import SCENARIO_DIR

SOURCE = SCENARIO_DIR / "johnson-son-denial.yaml"


def _write(tmp_path: Path, mutate: Callable[[dict[str, Any]], None], name: str = "johnson-son-denial") -> Path:
    data = yaml.safe_load(SOURCE.read_text())
    mutate(data)
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    return path


def _problems(path: Path) -> list[str]:
    with pytest.raises(ScenarioInvalid) as caught:
        load_scenario(path)
    return [str(p) for p in caught.value.problems]


def test_the_shipped_file_loads() -> None:
    loaded = load_scenario(SOURCE)
    assert loaded.scenario.id == "johnson-son-denial"
    assert len(loaded.digest) == 16


def test_a_typo_in_a_key_names_file_line_key_and_the_keys_expected(tmp_path: Path) -> None:
    path = _write(tmp_path, lambda d: d["states"]["guarded"].update(moevs=d["states"]["guarded"].pop("moves")))
    (problem,) = _problems(path)
    assert problem.startswith(f"{path}:")
    assert "states.guarded.moevs" in problem
    assert "unknown key 'moevs'" in problem and "moves" in problem


def test_a_dangling_target_is_rejected(tmp_path: Path) -> None:
    path = _write(tmp_path, lambda d: d["states"]["ambushed"]["moves"][0].update(to="defensvie"))
    problems = _problems(path)
    assert any("states.ambushed.moves[0].to" in p and "'defensvie' is not a state or ending" in p for p in problems)


def test_an_unreachable_state_is_rejected(tmp_path: Path) -> None:
    def orphan(d: dict[str, Any]) -> None:
        d["states"]["island"] = dict(d["states"]["guarded"], moves=[])

    problems = _problems(_write(tmp_path, orphan))
    assert any("states.island" in p and "cannot be reached" in p for p in problems)


def test_an_unreachable_success_is_rejected(tmp_path: Path) -> None:
    def cut(d: dict[str, Any]) -> None:
        d["states"]["willing"]["moves"] = [m for m in d["states"]["willing"]["moves"] if m["to"] != "agrees"]

    problems = _problems(_write(tmp_path, cut))
    assert any("endings.agrees" in p and "cannot be reached" in p for p in problems)


def test_a_missing_ending_kind_is_rejected(tmp_path: Path) -> None:
    problems = _problems(_write(tmp_path, lambda d: d["endings"].pop("runs_out_of_time")))
    assert any("needs an ending of kind 'time_up'" in p for p in problems)


def test_unknown_codes_and_conditions_say_what_is_allowed(tmp_path: Path) -> None:
    def bad(d: dict[str, Any]) -> None:
        d["states"]["guarded"]["moves"][0]["codes"] = ["XX"]
        d["states"]["guarded"]["moves"][1]["when"] = {"rapprot": {"min": 2}}

    problems = _problems(_write(tmp_path, bad))
    assert any("moves[0].codes" in p and "unknown code or group 'XX'" in p and "CR" in p for p in problems)
    assert any("moves[1].when" in p and "unknown condition 'rapprot'" in p for p in problems)


def test_too_few_variants(tmp_path: Path) -> None:
    problems = _problems(_write(tmp_path, lambda d: d["opening"].update(variants=["only one"])))
    assert any("opening.variants" in p and "at least 3" in p for p in problems)


def test_a_future_version_is_named_as_such(tmp_path: Path) -> None:
    (problem,) = _problems(_write(tmp_path, lambda d: d.update(version=9, newthing=True)))
    assert "version" in problem and "not supported" in problem


def test_a_missing_version_is_required(tmp_path: Path) -> None:
    problems = _problems(_write(tmp_path, lambda d: d.pop("version")))
    assert any(p.endswith("version: this required key is missing") for p in problems)


def test_the_id_must_match_the_file_name(tmp_path: Path) -> None:
    problems = _problems(_write(tmp_path, lambda d: None, name="other-name"))
    assert any("id: the id must match the file name" in p for p in problems)


def test_yaml_mistakes_are_explained(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("version: 1\nid: broken\n  title: [unclosed\n")
    (problem,) = _problems(broken)
    assert "YAML syntax" in problem and f"{broken}:" in problem
    twice = tmp_path / "twice.yaml"
    twice.write_text("version: 1\nid: twice\nid: again\n")
    assert "appears twice" in _problems(twice)[0]
    boolean = tmp_path / "boolean.yaml"
    boolean.write_text("version: 1\nstates:\n  a:\n    moves:\n      - on: [CR]\n")
    (problem,) = _problems(boolean)
    assert "states.a.moves[0].on" in problem and "true/false" in problem


def test_not_utf8(tmp_path: Path) -> None:
    bad = tmp_path / "latin.yaml"
    bad.write_bytes("title: caf\xe9\n".encode("latin-1"))
    assert "not UTF-8" in _problems(bad)[0]


def test_a_folder_reports_every_file_and_duplicate_ids(tmp_path: Path) -> None:
    _write(tmp_path, lambda d: None)
    (tmp_path / "copy.yaml").write_text((tmp_path / "johnson-son-denial.yaml").read_text())
    with pytest.raises(ScenarioInvalid) as caught:
        load_scenarios(tmp_path)
    assert any("copy.yaml" in str(p) for p in caught.value.problems)


def test_an_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(ScenarioInvalid, match="no scenario files"):
        load_scenarios(tmp_path)


KAYLA = SCENARIO_DIR / "craft-adult-child-fentanyl-hopeless.yaml"


def _kayla(tmp_path: Path, mutate: Callable[[dict[str, Any]], None]) -> Path:
    data = yaml.safe_load(KAYLA.read_text())
    mutate(data)
    path = tmp_path / KAYLA.name
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    return path


def test_a_fact_that_can_never_hold_is_named_with_what_would_make_it(tmp_path: Path) -> None:
    def typos(d: dict[str, Any]) -> None:
        d["topics"]["naloxone"]["lines"][0]["needs"] = ["offerd.naloxone"]
        d["topics"]["naloxone"]["lines"][1]["unless"] = ["offered.narcan"]
        d["endings"]["agrees"]["notes"][0]["needs"] = ["acepted_naloxone"]

    problems = _problems(_kayla(tmp_path, typos))
    assert any("topics.naloxone.lines[0]" in p and "'offerd' is not an act" in p and "offered" in p for p in problems)
    assert any("topics.naloxone.lines[1]" in p and "'narcan' is not a topic" in p and "naloxone" in p for p in problems)
    assert any("endings.agrees.notes[0]" in p and "no line `sets:` it" in p for p in problems)


def test_topics_are_checked_where_they_are_named_and_used(tmp_path: Path) -> None:
    def muddle(d: dict[str, Any]) -> None:
        d["states"]["worn_out"]["topics"] = {"narcan": d["topics"]["naloxone"]["lines"][:1]}
        d["topics"]["work"]["words"].append("clinic")  # also the treatment topic's word
        for line in d["topics"]["leo"]["lines"]:
            line["needs"] = ["asked.leo"]

    problems = _problems(_kayla(tmp_path, muddle))
    assert any("states.worn_out.topics.narcan" in p and "not a topic of this scenario" in p for p in problems)
    assert any("topics.work.words" in p and "'clinic' also means topic 'treatment'" in p for p in problems)
    assert any("topics.leo.lines" in p and "without `needs:` or `remembers:`" in p for p in problems)


def test_a_topic_word_must_be_plain_lower_case(tmp_path: Path) -> None:
    problems = _problems(_kayla(tmp_path, lambda d: d["topics"]["leo"]["words"].append("Leo's (cards)")))
    assert any("topics.leo.words" in p and "lower case" in p for p in problems)


def test_every_state_and_ending_keeps_a_line_nothing_can_hold_back(tmp_path: Path) -> None:
    def gate_all(d: dict[str, Any]) -> None:
        for line in d["endings"]["agrees"]["lines"]:
            line["needs"] = ["offered.naloxone"]
        for line in d["states"]["heavy"]["lines"]:
            line["when"] = {"rapport": {"min": 4}}

    problems = _problems(_kayla(tmp_path, gate_all))
    assert any("endings.agrees.lines" in p and "no fact or condition can hold back" in p for p in problems)
    assert any("states.heavy.lines" in p and "general line" in p for p in problems)
