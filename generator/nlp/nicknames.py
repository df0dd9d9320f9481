"""A nickname the text gives a person ("Ariel Vardi, known as "Ari"") joined to that person."""

from __future__ import annotations

import re

from .entities import Cluster
from .names import tokens

NICKNAME_RE = re.compile(r",?\s+(?:also\s+)?(?:known(?:\s+to\s+\w+)?\s+as|nicknamed|dubbed)\s+[\"“]([A-Z][\w'’-]+)[\"”]")


# "referred to Ruiz as "Ana,"", "called Ruiz "Ana"": the text says what someone calls that person
CALLED_BEFORE_RE = re.compile(r"\b(?:refer(?:s|red|ring)?(?:\s+\w+ly)?\s+to|call(?:s|ed|ing)?|address(?:es|ed|ing)?)\s+$")
CALLED_AS_RE = re.compile(r"\s+(?:as\s+)?[\"“]([A-Z][\w'’-]+)[,.]?[\"”]")


def join_nicknames(text: str, clusters: list[Cluster]) -> list[Cluster]:
    """ "Ariel Vardi, known as "Ari", … Ari said": a nickname the text gives right after a full name is
    that person's (only when the text says so: a first name alone beside a full name is not joined); so
    is the name the text says someone calls a person by ("referred to Vardi as "Ari"")."""
    said: dict[str, Cluster] = {}
    for c in clusters:
        for m in c.mentions:
            hit = NICKNAME_RE.match(text, m.end) if len(tokens(m.text)) > 1 else None
            if hit is None and CALLED_BEFORE_RE.search(text, max(0, m.start - 40), m.start):
                hit = CALLED_AS_RE.match(text, m.end)
            if hit:
                said.setdefault(hit.group(1), c)
    if not said:
        return clusters
    out = []
    for c in clusters:
        owner = said.get(c.mentions[0].text) if len({m.text for m in c.mentions}) == 1 else None
        if owner is not None and owner is not c:
            owner.mentions = sorted(owner.mentions + c.mentions, key=lambda m: m.start)
        else:
            out.append(c)
    return out
