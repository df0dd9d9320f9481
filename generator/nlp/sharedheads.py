"""One institution named after two places: "Tarrow and Linden Hospital". The model tags the first word
alone (often as a person) and the rest as the institution; a one-word name right before "and" and a name
ending in a head word two names share (data/shared_heads.txt: "Hospital", "Trust") is the first half of
that institution's name when the text writes it nowhere else and nothing only a person gets says it is
someone. Runs in `orgs.tidy`, before organisations are read; the first word's mention is set to "other"."""

from __future__ import annotations

import re

from .mentions import Mention
from .rules import words

JOIN_RE = re.compile(r"\s+(?:and|&)\s+")


def join_shared_heads(text: str, mentions: list[Mention]) -> None:
    """Extend "Linden Hospital" over "Tarrow and " before it, the "Tarrow" mention becoming "other"."""
    by_end = {m.end: m for m in mentions}
    for m in mentions:
        if m.kind not in ("organization", "place") or len(m.text.split()) < 2:
            continue
        if m.text.split()[-1].lower() not in words("shared_heads"):
            continue
        before = text[max(0, m.start - 40):m.start]
        joint = re.search(r"(?<![\w-])([A-Z][a-z]+)" + JOIN_RE.pattern + r"$", before)
        if not joint:
            continue
        first = by_end.get(m.start - len(joint.group()) + len(joint.group(1)))
        if first is None or first.text != joint.group(1) or _said_alone(text, first) or _personal(first):
            continue
        first.kind = "other"
        m.start, m.text = first.start, text[first.start:m.end]


def _said_alone(text: str, m: Mention) -> bool:
    """The word is written elsewhere in the text ("Tarrow said"): a name of its own."""
    return len(re.findall(rf"(?<![\w-]){re.escape(m.text)}(?![\w-])", text)) > 1


def _personal(m: Mention) -> bool:
    c = m.clues
    return bool(c.speech or c.gender or c.kin or (c.role and not c.guessed))
