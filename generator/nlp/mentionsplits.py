"""One person mention that holds two people's names, cut in two before people are grouped."""

from __future__ import annotations

from dataclasses import replace

from .mentions import Mention
from .names import tokens
from .personhood import given_names
from .rules import words


def split_tickets(mentions: list[Mention]) -> list[Mention]:
    """ "the Ana Ruiz-Carlos Vidal campaign": two full names joined by a hyphen are two people.

    Both halves must be names of two words or more, each starting with a given name, and no particle
    may end the first ("Mohamed El-Hassan Mohamed"), so hyphenated surnames ("Ana Ruiz-Vidal") and
    given names ("Jong-un", "Mary-Kate") stay whole."""
    out = []
    for m in mentions:
        parts = m.text.split("-")
        cut = next((i for i in range(1, len(parts)) if _two_names(tokens("-".join(parts[:i])), tokens("-".join(parts[i:])))
                    and parts[i][:1].isupper() and parts[i - 1][-1:].isalpha()), None)
        if cut is None:
            out.append(m)
            continue
        mid = m.start + len("-".join(parts[:cut]))
        out.append(replace(m, end=mid, text=m.text[:mid - m.start]))
        out.append(replace(m, start=mid + 1, text=m.text[mid + 1 - m.start:]))
    return out


def _two_names(a: list[str], b: list[str]) -> bool:
    """Whether two word lists read as two full names: each of two words or more, from a given name."""
    return (len(a) >= 2 and len(b) >= 2 and a[0] in given_names() and b[0] in given_names()
            and a[-1] not in words("name_particles"))

