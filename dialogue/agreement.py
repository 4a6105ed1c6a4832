"""Agreement between automatic and human codes: Cohen's kappa and a confusion matrix."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from dialogue.codes import Code


@dataclass(frozen=True)
class Agreement:
    n: int
    observed: float
    kappa: float | None
    matrix: dict[tuple[str, str], int]  # (automatic, human) -> count
    codes: list[str]

    def count(self, automatic: str, human: str) -> int:
        return self.matrix.get((automatic, human), 0)

    def describe(self) -> str:
        """Landis & Koch's words for a kappa value."""
        if self.kappa is None:
            return "not enough reviewed replies yet"
        bands = ((0.8, "almost perfect"), (0.6, "substantial"), (0.4, "moderate"), (0.2, "fair"), (0.0, "slight"))
        return next((word for edge, word in bands if self.kappa > edge), "poor")


def agreement(pairs: Iterable[tuple[str, str]]) -> Agreement:
    """Kappa over (automatic, human) code pairs; None when it is undefined (no or one kind of code)."""
    pairs = list(pairs)
    n = len(pairs)
    matrix = Counter(pairs)
    used = {code for pair in pairs for code in pair}
    codes = [str(c.value) for c in Code if c.value in used]
    if n == 0:
        return Agreement(0, 0.0, None, {}, codes)
    observed = sum(count for (a, h), count in matrix.items() if a == h) / n
    auto = Counter(a for a, _ in pairs)
    human = Counter(h for _, h in pairs)
    expected = sum(auto[c] * human[c] for c in used) / (n * n)
    kappa = None if expected == 1 else (observed - expected) / (1 - expected)
    return Agreement(n, round(observed, 3), None if kappa is None else round(kappa, 3), dict(matrix), codes)
