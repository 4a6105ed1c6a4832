"""The scenario library: every scenario loaded, validated and given its engine, once."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dialogue.engine import ScenarioEngine
from dialogue.loader import Loaded, load_scenarios
from dialogue.scenario import Scenario


class UnknownScenario(KeyError):
    """No scenario has this id; the message lists the ones that exist."""

    def __init__(self, scenario_id: str, known: list[str]) -> None:
        self.scenario_id = scenario_id
        super().__init__(f"There is no scenario {scenario_id!r}. Scenarios: {', '.join(known)}.")

    def __str__(self) -> str:
        return str(self.args[0])


@dataclass(frozen=True)
class Library:
    items: dict[str, Loaded]
    engines: dict[str, ScenarioEngine]

    @classmethod
    def load(cls, path: Path) -> Library:
        """Load every scenario under a path; raises ScenarioInvalid listing every problem."""
        items = load_scenarios(path)
        engines = {sid: ScenarioEngine(item.scenario, item.digest) for sid, item in items.items()}
        return cls(items, engines)

    def scenarios(self) -> list[Scenario]:
        return [item.scenario for item in self.items.values()]

    def get(self, scenario_id: str) -> Scenario:
        return self.engine(scenario_id).scenario

    def engine(self, scenario_id: str) -> ScenarioEngine:
        try:
            return self.engines[scenario_id]
        except KeyError:
            raise UnknownScenario(scenario_id, sorted(self.engines)) from None
