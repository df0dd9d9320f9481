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
    if lemma in words("calling_verbs") and doc[tok.i + 1:tok.i + 3].text.lower() in ("each other", "one another"):
        return None  # "Ruiz and Vale call each other liars": each names the other, no statement of the text
    if lemma in words("calling_verbs") and obj is None:
        pred = _pred(tok)
        if pred is None or pred.pos_ not in ("NOUN", "PROPN"):
            return None
        if any(t.is_quote for t in pred.subtree):
            # "called Roe's move "premature"", the parser taking the move for what it is called
            return trim(doc.text, list(pred.subtree))
        after = _quote_after(doc, pred.right_edge.i + 1)
        if after is not None:
            # the quote the parser hung elsewhere: the thing and what it is called, to the closing mark
            return trim(doc.text, [*pred.subtree, *doc[pred.right_edge.i + 1:after + 1]])
        return None
    if lemma in words("calling_verbs") and obj is not None:
        if obj.lower_ in ("it", "this", "that", "these", "those", "them"):
            return None  # "called it a "temporary pause"": a label for a thing named elsewhere, no claim
        pred = _pred(tok)
        if pred is not None and pred.lower_ == "home":
            return None  # "call the city home"
        if pred is not None:
            # ("called themselves "likely" to vote": the infinitive the parser hung from the verb goes on)
            rest = [t for c in tok.children if c.dep_ == "xcomp" and c.i > pred.i and _to(c) for t in c.subtree]
            return trim(doc.text, [*obj.subtree, *pred.subtree, *rest])
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


def _quote_after(doc, i: int) -> int | None:
    """The index of the closing mark of a quotation opening at token i, within its sentence."""
    if i >= len(doc) or doc[i].text not in ("“", '"'):
        return None
    sent_end = doc[i].sent.end
    return next((j for j in range(i + 1, min(sent_end + 1, len(doc))) if doc[j].text in ("”", '"')), None)


def _pred(tok):
    """What the object is called: "called the decision a mistake" (oprd), however the parser hung it."""
    # (not a to-infinitive: "called Roe to go over the plan" is a call made, nothing Roe is called)
    return next((c for c in tok.children if c.dep_ in ("oprd", "xcomp") and c.i > tok.i and not _to(c)), None)


def _to(verb) -> bool:
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)
