"""Rules and tables: the machinery the phrase tables (tables/) are written in.

Each table is a list of rules (name, code, roadblock, pattern) matched against a normalised
utterance (lower case, straight apostrophes). A table's rules are searched together behind word
gates (gate.py): the result is what one combined expression would give, the leftmost match and
the earlier rule on a tie. A rule that has to read the whole sentence names its telling words
with a group `ev`, which becomes the evidence. Rule names key the feedback texts in
`dialogue/feedback.yaml`.
"""

from __future__ import annotations

from dataclasses import dataclass

from dialogue.codes import Code, Roadblock
from dialogue.coding.gate import Alternatives, Words


@dataclass(frozen=True)
class Rule:
    name: str
    code: Code
    pattern: str
    roadblock: Roadblock | None = None
    strength: float = 0.9


class Table:
    """A list of rules searched together through word gates."""

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self.rules = rules
        self.alternatives = Alternatives(enumerate(rule.pattern for rule in rules))
        self._rule_of = [rules[tag] for tag in self.alternatives.tags]  # by alternative

    def match(self, said: Words) -> tuple[Rule, str] | None:
        """The leftmost match of any rule (the earlier rule on a tie) and the words matched."""
        alternatives = self.alternatives
        found = alternatives.leftmost(said, alternatives.searches)
        if found is None:
            return None
        matched = found[1]
        # A rule that must look at the whole sentence names the telling words `ev`.
        groups = matched.re.groupindex
        evidence = matched.group("ev" if "ev" in groups else "ev2" if "ev2" in groups else 0)
        return self._rule_of[found[0]], evidence


def table(*rules: Rule) -> Table:
    """A table of these rules, searched together."""
    return Table(rules)
