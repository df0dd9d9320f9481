"""A maiden name the text gives where someone marries: "1996: Marries Ana Vidal" in a text that names "Ana
Ruiz" and her husband "Tomas Ruiz" is Ana Ruiz under the name she had before; one person, not two.

The full name must come right after a form of "marry" (`data/marrying_verbs.txt`); exactly one other full
name of the text must share its given name and bear another surname, and that surname must be borne by a
third full name of the text (the spouse). The name she has now names the person.
"""

from __future__ import annotations

import re
from functools import cache

from .entities import Cluster
from .names import tokens
from .namevariants import same_given
from .rules import alternatives, words


@cache
def _married_re() -> re.Pattern:
    return re.compile(r"(?i)\b(?:" + alternatives(words("marrying_verbs")) + r")\s+$")


def join_married(text: str, clusters: list[Cluster]) -> list[Cluster]:
    """Clusters of a maiden name said after "marry" joined to the one married name of the same given name."""
    full = [(c, t) for c in clusters if len(t := c.longest()) > 1]
    gone: set[int] = set()
    for c, t in full:
        if not any(len(tokens(m.text)) > 1 and _married_re().search(text, max(0, m.start - 12), m.start)
                   for m in c.mentions):
            continue
        wives = [(w, wt) for w, wt in full if w is not c and id(w) not in gone and wt[-1] != t[-1]
                 and same_given(wt[0], t[0])]
        if len(wives) != 1:
            continue
        wife, wt = wives[0]
        if not any(h is not wife and h is not c and ht[-1] == wt[-1] for h, ht in full):
            continue  # (no one else bears the married surname: nothing says she took it by marriage)
        wife.mentions = sorted(wife.mentions + c.mentions, key=lambda m: m.start)
        gone.add(id(c))
        # "… paving the way for his wife Ana": her given name alone, left apart while it had two bearers,
        # is hers when she is the one person of the text who bears it
        if not any(h is not wife and h is not c and same_given(ht[0], wt[0]) for h, ht in full if id(h) not in gone):
            for b in clusters:
                if id(b) not in gone and b is not wife and {tuple(tokens(m.text)) for m in b.mentions} == {(wt[0],)}:
                    wife.mentions = sorted(wife.mentions + b.mentions, key=lambda m: m.start)
                    gone.add(id(b))
    return [c for c in clusters if id(c) not in gone] if gone else clusters
