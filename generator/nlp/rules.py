"""Rule lists kept as data files under nlp/data/, loaded once."""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


@cache
def words(name: str) -> frozenset[str]:
    """The non-comment lines of data/<name>.txt, stripped."""
    lines = (DATA / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))
