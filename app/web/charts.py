"""Server-rendered charts: points for the progress lines against the fair and good bands."""

from __future__ import annotations

from dataclasses import dataclass

from app.usecases.review import Listed

WIDTH, HEIGHT, PAD, LEFT = 640, 180, 28, 52


@dataclass(frozen=True)
class Series:
    key: str
    name: str
    top: float
    fair_y: float
    good_y: float
    points: list[tuple[float, float, str, str]]  # x, y, label, session id

    @property
    def path(self) -> str:
        return " ".join(f"{'M' if i == 0 else 'L'}{x:.1f},{y:.1f}" for i, (x, y, _, _) in enumerate(self.points))


def _y(value: float, top: float) -> float:
    return round(HEIGHT - PAD - min(value, top) / top * (HEIGHT - 2 * PAD), 1)


def progress_chart(items: list[Listed]) -> list[Series]:
    """R:Q and % complex reflections over a trainee's conversations, oldest first."""
    charts = []
    for key, top in (("rq", 3.0), ("pct_complex", 100.0)):
        scored = [(item, item.summary.measure(key)) for item in items if item.summary.measure(key).value is not None]
        step = (WIDTH - PAD - LEFT) / max(1, len(scored) - 1)
        points = [
            (
                round(LEFT + i * step, 1),
                _y(m.value or 0.0, top),
                f"{m.display} on {item.row.created_at:%d %b}",
                item.row.id,
            )
            for i, (item, m) in enumerate(scored)
        ]
        name = (
            scored[0][1].name
            if scored
            else ("Reflections to questions (R:Q)" if key == "rq" else "% complex reflections")
        )
        fair, good = (1.0, 2.0) if key == "rq" else (40.0, 50.0)
        charts.append(Series(key, name, top, _y(fair, top), _y(good, top), points))
    return charts
