"""Person mentions that hold more than one person: two names in one ("Ana Ruiz-Tomas Vidal", "Heller,
Brown") cut apart, a family ("the Ruiz brothers") set aside, before people are grouped."""

from __future__ import annotations

import re
from dataclasses import replace

from .mentions import Mention
from .names import key, tokens
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


def split_lists(mentions: list[Mention]) -> list[Mention]:
    """ "candidates Heller, Brown and Ruiz": a name holds no comma, so a mention with one is a list of
    names, one mention each ("Ana Ruiz, Jr." and "Ana Ruiz, MD" keep their suffix)."""
    out = []
    for m in mentions:
        cuts = [i for i, ch in enumerate(m.text) if ch == "," and not _suffix(m.text[i + 1:])]
        if not cuts:
            out.append(m)
            continue
        bounds = [0, *[c + 1 for c in cuts]]
        ends = [*cuts, len(m.text)]
        parts = []
        for a, b in zip(bounds, ends, strict=True):
            piece = m.text[a:b]
            lead = len(piece) - len(piece.lstrip())
            piece = piece.strip()
            if piece[:1].isupper() and tokens(piece):
                parts.append(replace(m, start=m.start + a + lead, end=m.start + a + lead + len(piece), text=piece))
        out.extend(parts if len(parts) > 1 else [m])
    return out


def _suffix(rest: str) -> bool:
    """Whether the words after a comma are a suffix of the name before it ("Jr.", "III", "MD")."""
    toks = tokens(rest.split(",")[0])
    return len(toks) == 1 and (toks[0] in words("postnominals") or toks[0] in ("jr", "sr", "ii", "iii", "iv"))


FAMILY_AFTER_RE = re.compile(r"\s*([A-Za-z]+)")


def family_groups(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions that name one person: "the Ruiz brothers", "the Ruiz family" are two people or a
    family, never a person page "Ruiz" (whether the model's span holds the noun or stops before it)."""
    out = []
    for m in mentions:
        toks = tokens(m.text)
        after = FAMILY_AFTER_RE.match(text, m.end) if text else None
        last = toks[-1] if toks else ""
        if last in words("family_group_nouns") or (after and after.group(1).lower() in words("family_group_nouns")
                                                   and not text[m.end:after.start(1)].strip()):
            continue
        out.append(m)
    return out


PLURAL_LEAD_RE = re.compile(r"\bthe\s+$", re.I)


def plural_names(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions that name the person and not people like them: "the Ana Ruizes of the party", "the
    Ruizes" (a name the text also writes in the singular, made plural after "the") name no one person."""
    named = {key(m.text) for m in mentions}
    out = []
    for m in mentions:
        k = key(m.text)
        singular = next((k[:-n] for n in (2, 1) if k.endswith("es"[2 - n:]) and k[:-n] in named), "")
        if singular and len(k) > 3 and PLURAL_LEAD_RE.search(text[max(0, m.start - 6):m.start]):
            continue
        out.append(m)
    return out
