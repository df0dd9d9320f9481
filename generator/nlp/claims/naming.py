"""What a source calls someone or something, and what it attacks them for: "called the decision a
mistake", "called the council's move "hasty and unwise"", "railed against the mayor for closing
the library", "criticized the auditors as providing weak answers". The content is the thing named
with what it is called, or the target with the charge.
"""

from __future__ import annotations

from ..rules import words
from .found import trim

CHARGE_PREPS = ("for", "as", "of", "over")


def content(doc, tok) -> tuple[int, int] | None:
    """The span of what a verb of naming or attacking says of its object, else None."""
    lemma = tok.lemma_.lower()
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if lemma == "call" and obj is not None:
        if obj.lower_ in ("it", "this", "that", "these", "those", "them"):
            return None  # "called it a "temporary pause"": a label for a thing named elsewhere, no claim
        pred = _pred(tok)
        if pred is not None and pred.lower_ == "home":
            return None  # "call the city home"
        if pred is not None:
            return trim(doc.text, [*obj.subtree, *pred.subtree])
        if any(t.is_quote for t in obj.subtree) and obj.i > tok.i:
            return trim(doc.text, list(obj.subtree))  # "called the move "hasty and unwise"": parsed as one phrase
        return None
    if lemma not in words("accuse_verbs"):
        return None
    target = obj
    if target is None:
        # "railed against the mayor for ...", "lashed out at the mayor over ..."
        target = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("against", "at")
                       for o in p.children if o.dep_ == "pobj"), None)
    if target is None or target.tag_ in ("WDT", "WP") or target.lower_ in ("that", "which"):
        return None
    charges = [c for c in (*tok.children, *target.children) if c.dep_ == "prep" and c.lower_ in CHARGE_PREPS
               and any(o.dep_ in ("pobj", "pcomp") for o in c.children)]
    if not charges:
        return None
    return trim(doc.text, {*target.subtree, *charges[0].subtree})


def _pred(tok):
    """What the object is called: "called the decision a mistake" (oprd), however the parser hung it."""
    return next((c for c in tok.children if c.dep_ in ("oprd", "xcomp") and c.i > tok.i), None)
