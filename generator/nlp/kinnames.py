"""Who in a text is introduced as someone's relative: the namesake a bare shared surname is not.

"Ruiz said he and his wife, Ana, were moving on … Ana Ruiz told the host": the wife is named in full
only later, but her first name was introduced as a relative's, so "Ruiz said" stays with the husband.
"He and first lady Ana Ruiz hosted a picnic": a spouse's title introduces a relative the same way.
"""

from __future__ import annotations

import re
from functools import cache

from .mentions import Mention
from .names import tokens
from .rules import words


@cache
def _spouse_title_re() -> re.Pattern:
    titles = sorted(words("spouse_titles"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, t.split())) for t in titles) + r")\s*,?\s*$",
                      re.IGNORECASE)


def spouse_titled(text: str, m: Mention) -> bool:
    """Whether a spouse's title ("first lady") comes right before the mention."""
    return bool(text) and bool(_spouse_title_re().search(text[max(0, m.start - 30):m.start]))


def kin_by_given(kin: dict[int, int], singles: list[Mention], clusters: list, longest: dict[int, list[str]],
                 text: str) -> None:
    """Mark (in kin: cluster id -> where the relative is introduced) the one full name whose first name
    was introduced alone as someone's relative ("his wife, Ana"): "Ana Ruiz" is that relative, when
    another full name shares her surname (else "his son, Tom" says nothing of a "Tom Vidal" named elsewhere)."""
    by_first: dict[str, list] = {}
    lasts: dict[str, int] = {}
    for c in clusters:
        if len(longest[id(c)]) > 1:
            # by each word before the surname: a headline may glue a word before the first name ("Love Ana Ruiz")
            for w in dict.fromkeys(longest[id(c)][:-1]):
                by_first.setdefault(w, []).append(c)
            lasts[longest[id(c)][-1]] = lasts.get(longest[id(c)][-1], 0) + 1
    first_said: dict[str, int] = {}  # where each bare name is first said
    for m in singles:
        toks = tokens(m.text)
        if len(toks) == 1:
            first_said[toks[0]] = min(first_said.get(toks[0], m.start), m.start)
    for m in singles:
        if not (m.clues.kin or spouse_titled(text, m)):
            continue
        toks = tokens(m.text)
        owners = by_first.get(toks[0], []) if len(toks) == 1 else []
        if len(owners) != 1 or lasts[longest[id(owners[0])][-1]] == 1:
            continue
        c = owners[0]
        # only where the person is introduced so: "Ruiz's son Tomas" after "Sen. Tomas Ruiz" (named with a
        # title, in his own right) or after a bare "Tomas" says nothing of whom "Ruiz" meant before
        # (a headline's "Ana Ruiz" before "his wife, Ana" is no such introduction)
        if m.start <= first_said[toks[0]] and not any(x.start < m.start and x.clues.role for x in c.mentions):
            kin[id(c)] = min(kin.get(id(c), m.end), m.end)
