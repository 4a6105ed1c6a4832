"""A tiny seeded random source whose whole state is one integer, so a snapshot can hold it."""

from __future__ import annotations

_MASK = (1 << 64) - 1


def seed_state(seed: int) -> int:
    """The starting state for a seed."""
    return seed & _MASK


def draw(state: int, n: int) -> tuple[int, int]:
    """Pick an index in range(n); return (index, next state). SplitMix64, as in java.util.SplittableRandom."""
    state = (state + 0x9E3779B97F4A7C15) & _MASK
    z = state
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK
    z ^= z >> 31
    return z % n, state
