"""The scenario library: one YAML file per scenario, validated on load (see dialogue.loader)."""

from pathlib import Path

SCENARIO_DIR = Path(__file__).resolve().parent
