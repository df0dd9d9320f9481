"""The lexicon: every word list under nlp/data/, loaded once, one home for all rules' words."""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


def _lines(name: str) -> list[str]:
    path = DATA / f"{name}.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


@cache
def words(name: str) -> frozenset[str]:
    """The non-comment lines of data/<name>.txt, stripped."""
    return frozenset(_lines(name))


@cache
def pairs(name: str) -> dict[str, str]:
    """data/<name>.txt read as two columns: the first word of a line maps to the rest."""
    out: dict[str, str] = {}
    for line in _lines(name):
        first, _, rest = line.partition(" ")
        if not rest.strip():
            raise ValueError(f"nlp/data/{name}.txt: line {line!r} needs two columns (word, value)")
        out.setdefault(first, rest.strip())
    return out
