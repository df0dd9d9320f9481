"""Organisations or places whose names differ by a word form ("Constituent Assembly", "Constitutional
Assembly"): listed as possible duplicates on their pages, never merged silently. Split out of entities.py."""

from __future__ import annotations

from collections import defaultdict
from difflib import SequenceMatcher

from .entities import Cluster, canonical
from .names import differ_by_compass
from .notnames import org_key


def near_duplicates(clusters: list[Cluster]) -> dict[int, list[int]]:
    """Pairs of organisations or places whose names differ by a word form ("Constituent Assembly",
    "Constitutional Assembly"): shown as possible duplicates, never merged silently."""
    names = [org_key(canonical(c)) for c in clusters]
    out: dict[int, list[int]] = defaultdict(list)
    by_last: dict[tuple, list[int]] = defaultdict(list)  # only names with the same last word are compared
    for i, a in enumerate(names):
        if len(a) > 5:
            by_last[tuple(a.split()[-1:])].append(i)
    for group in by_last.values():
        for n, i in enumerate(group):
            for j in group[n + 1:]:
                if (names[i] != names[j] and not differ_by_compass(names[i], names[j])  # East/West Jerusalem
                        and SequenceMatcher(None, names[i], names[j]).ratio() >= 0.8):
                    out[i].append(j)
                    out[j].append(i)
    return {i: sorted(out[i]) for i in sorted(out)}
