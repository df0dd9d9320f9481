"""A name is never cut at a hyphen (`widen`): an organisation or place mention that is part of a
hyphenated chain of capitalised words linked by lower-case ones is the whole chain when the links
are those of a place name ("Stratford-upon-Avon", data/place_link_words.txt), and no name at all
when they make a phrase ("Medicare-for-All", "Remain-in-Mexico": a plan's or a policy's slogan)."""

from __future__ import annotations

import re

from .mentions import Mention
from .rules import words

HYPHENS = "-‐‑"
WORD_BEFORE = re.compile(r"[^\W\d_]+$")
WORD_AFTER = re.compile(r"[^\W\d_]+")


def chain(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the hyphenated chain of words around text[start:end]."""
    while start >= 2 and text[start - 1] in HYPHENS:
        hit = WORD_BEFORE.search(text, 0, start - 1)
        if not hit or hit.end() != start - 1:
            break
        start = hit.start()
    while end + 1 < len(text) and text[end] in HYPHENS:
        hit = WORD_AFTER.match(text, end + 1)
        if not hit:
            break
        end = hit.end()
    return start, end


def widen(m: Mention, text: str) -> str:
    """Stretch m over its hyphenated place name, or return "phrase" when the chain is a phrase; ""
    when m is no cut part of a chain of capitalised words linked by lower-case ones."""
    start, end = chain(text, m.start, m.end)
    if (start, end) == (m.start, m.end):
        return ""
    parts = [p for p in re.split(f"[{HYPHENS}]", text[start:end]) if p]
    links = [p for p in parts[1:-1] if p.islower()]
    if len(parts) < 3 or not links or not (parts[0][:1].isupper() and parts[-1][:1].isupper()):
        return ""
    if all(p in words("place_link_words") for p in links):
        m.start, m.end, m.text = start, end, text[start:end]
        return ""
    return "phrase"
