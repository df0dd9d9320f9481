"""A person's other name given right after the name: "Zedd (Tomas Quorin)", "Ana Ruiz, known as Abu Sara",
"Tomas Quorin, a.k.a. Zedd". Both names are one person, whatever the model typed the alias: the alias is
listed as a form of the name the text gives first."""

from __future__ import annotations

import re
from functools import cache

from .entities import Cluster, canonical
from .mentions import Mention
from .names import key, tokens
from .rules import words


@cache
def _cue_re() -> re.Pattern:
    cues = sorted(words("alias_cues"), key=len, reverse=True)
    return re.compile(r",?\s+(?:" + "|".join(re.escape(c) for c in cues) + r")\s+[\"“]?$", re.I)


BRACKET_RE = re.compile(r"\s*\($")


def alias_pairs(text: str, mentions: list[Mention]):
    """(name, alias) for each person's mention followed by another name the text says is the same
    person's: in brackets right after it (a full name there: "Zedd (Tomas Quorin)", not "Ruiz (Texas)"), or
    after "known as", "alias", "a.k.a." and the like."""
    ordered = sorted(mentions, key=lambda m: (m.start, -m.end))
    for a, b in zip(ordered, ordered[1:], strict=False):
        if a.kind != "person" or b.start < a.end or b.start - a.end > 40 or key(a.text) == key(b.text):
            continue
        between = text[a.end:b.start]
        if BRACKET_RE.fullmatch(between):
            # (a person's name there, as the model types it: not "Ana Ruiz (Al Jazeera)")
            if text[b.end:b.end + 1] == ")" and len(tokens(b.text)) >= 2 and b.kind == "person":
                yield a, b
        elif _cue_re().fullmatch(between) and 1 <= len(tokens(b.text)) <= 4:
            yield a, b


def alias_people(mentions: list[Mention], text: str) -> None:
    """ "Ana Ruiz, known as Abu Sara" with the alias typed a place: the alias is a person, every mention of it."""
    for _, b in list(alias_pairs(text, mentions)):
        if b.kind != "person":
            other = key(b.text)
            for m in mentions:
                if key(m.text) == other:
                    m.kind = "person"


def join_aliases(text: str, clusters: list[Cluster]) -> list[Cluster]:
    """The alias's cluster joins the named person's; the name the text gives first stays the name."""
    owner = {id(m): c for c in clusters for m in c.mentions}
    for a, b in alias_pairs(text, [m for c in clusters for m in c.mentions]):
        keep, gone = owner[id(a)], owner[id(b)]
        if keep is gone:
            continue
        name = keep.current or canonical(keep)
        keep.mentions = sorted(keep.mentions + gone.mentions, key=lambda m: m.start)
        keep.current = name
        for m in gone.mentions:
            owner[id(m)] = keep
        clusters = [c for c in clusters if c is not gone]
    return clusters
