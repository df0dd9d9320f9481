"""What a personal pronoun subject of a cue can be: the people it may not be, and whose words to look past.

"She said" is not a man: a person's gender comes from a first name ("Ana Ruiz") or, for a name
alone ("Pence"), from the gendered pronouns the who-is-who links to them, by majority. And the
people a source names in its own words ("Roe said Putin's remarks were ...") are what the source
talks about, not who goes on talking: a pronoun after them still points to the source.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from ..censusnames import family_name_first
from ..names import PRONOUN_GENDER, tokens
from ..personhood import likely_gender
from ..rules import pairs


def first_name_gender(name: str, called=()) -> str:
    """ "m" or "f" from a full name's first name ("Ana Ruiz"), "" for a bare or unknown one, or one
    written family name first ("Qiu Baoxian" the text calls "Qiu": `called`, the words it calls them by)."""
    toks = tokens(name)
    return likely_gender(toks[0]) if len(toks) > 1 and not family_name_first(name, called) else ""


def genders(doc, people: dict[str, tuple], mentions: dict[str, tuple] | None = None) -> dict[str, str]:
    """Person id -> "m", "f" or "": the first name's gender, else an honorific before a mention ("Mr.
    Zahar"), else the pronouns linked to the person (doc.spans["person_refs"]) when two or more agree
    by more than two to one."""
    counts: dict[str, dict[str, int]] = {}
    if "person_refs" in doc.spans:
        for ref in doc.spans["person_refs"]:
            g = PRONOUN_GENDER.get(ref.text.lower())
            if g:
                counts.setdefault(ref.label_, {"m": 0, "f": 0})[g] += 1
    out = {}
    for pid, ent in people.items():
        called = {doc.text[a:b] for a, b in (mentions or {}).get(pid, ())}
        g = first_name_gender(ent[2], called) or _honorific_gender(doc.text, (mentions or {}).get(pid, ()))
        if not g and pid in counts:
            m, f = counts[pid]["m"], counts[pid]["f"]
            # one link alone may be the very guess in question ("she" linked to the nearest name)
            g = "" if m + f < 2 else "m" if m > 2 * f else "f" if f > 2 * m else ""
        out[pid] = g
    return out


@cache
def _honorific_re() -> re.Pattern:
    """An honorific of the lexicon, capitalised, right before a position ("Mr. ", "Lady ")."""
    titles = sorted(pairs("honorific_genders"), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(t.capitalize()) for t in titles) + r")\.?\s+$")


def _honorific_gender(text: str, spans) -> str:
    """The gender the honorifics before a person's mentions tell ("Mr. Zahar"), when they agree, else ""."""
    told = set()
    for start, _ in spans:
        m = _honorific_re().search(text, max(0, start - 6), start)
        if m is not None:
            told.add(pairs("honorific_genders")[m.group(1).lower()])
    return told.pop() if len(told) == 1 else ""


class OwnWords:
    """The content spans of the claims resolved so far: a person named inside one is talked about."""

    def __init__(self):
        self.spans: list[tuple[int, int]] = []
        self._reach: list[int] = []

    def add(self, content: tuple[int, int] | None) -> None:
        """Note a resolved claim's content (claims come in order of start)."""
        if content is None or content[1] <= content[0]:
            return
        if self.spans and content[0] < self.spans[-1][0]:
            return  # out of order: keep the index sorted (a rare late claim is only not skipped)
        self.spans.append(content)
        self._reach.append(max(content[1], self._reach[-1]) if self._reach else content[1])

    def holds(self, pos: int) -> bool:
        """Whether some noted content holds pos."""
        i = bisect_right(self.spans, (pos, float("inf"))) - 1
        return i >= 0 and self._reach[i] > pos and self._first_holding(i, pos)

    def _first_holding(self, i: int, pos: int) -> bool:
        while i >= 0 and self._reach[i] > pos:
            if self.spans[i][0] <= pos < self.spans[i][1]:
                return True
            i -= 1
        return False
