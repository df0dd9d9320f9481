"""A house number that stands for who works there: "No 10 said the bill was fair", "another bad day for
No 10", "a meeting in No 10". "No" and a number of one or two digits is a name where it acts (the subject
of a verb) or where something is or happens (after a place preposition), with no noun after it; not a
rank ("ranked No 1 in the world", "the No 2 official"). The model tags none of these; the name found is
an organisation (`orgfind` adds it, and finds it again wherever the text repeats it)."""

from __future__ import annotations

import re

from .mentions import Mention
from .personhood import text_of

NUMBERED_RE = re.compile(r"(?<![\w.])No\.? ?(\d{1,2})(?![\w.,]\d|\w)")
# where something is or happens: "in No 10", "a bad day for No 10", "left No 10"
PLACE_PREPOSITIONS = {"in", "at", "for", "from", "to", "into", "inside", "outside", "near", "around", "within"}


def numbered_names(doc, taken) -> list[Mention]:
    """Mentions of "No 10" (kind organization) where the words around it make it a name."""
    text = text_of(doc)
    out = []
    for hit in NUMBERED_RE.finditer(text):
        if taken(hit.start(), hit.end()):
            continue
        num = doc.char_span(hit.start(1), hit.end(1), alignment_mode="expand")
        if num is None or len(num) != 1:
            continue
        t = num[0]
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        if nxt is not None and nxt.is_lower and nxt.pos_ in ("NOUN", "ADJ"):
            continue  # "the No 2 official"
        if t.i >= 2 and t.doc[t.i - 2].lower_ in ("the", "a", "'s", "’s"):
            continue  # "the No 1 seed"
        acts = t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX")
        placed = t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPOSITIONS
        if acts or placed:
            out.append(Mention(hit.start(), hit.end(), hit.group(), "organization", "organization"))
    return out
