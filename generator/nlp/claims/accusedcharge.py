"""The charge of a passive accusation: "Roe was accused by two aides of bullying staff" is the aides'
claim, shown whole so it names who is accused; a denial pointing back to it ("She has denied the
allegations") denies the charge, "bullying staff", and is the one accused's.
"""

from __future__ import annotations

from ..rules import words
from .found import trim


def passive_charge(doc, g) -> tuple[int, int] | None:
    """The span of the charge ("bullying staff") when claim g is a passive accusation ("X was accused by Y
    of Z", "X has been accused of Z"), its words running from the one accused to the charge; else None."""
    if g.cue is None:
        return None
    span = doc.char_span(*g.cue, alignment_mode="expand")
    verb = span.root if span is not None else None
    if verb is None or verb.lemma_.lower() not in words("accuse_verbs") or verb.tag_ != "VBN":
        return None
    accused = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if accused is None or not g.start <= accused.left_edge.idx < g.end:
        return None
    holders = [verb, *(c for a in verb.children if a.dep_ == "agent" for c in a.children)]
    charge = next((o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in ("of", "with", "for")
                   and p.i > verb.i for o in p.children if o.dep_ in ("pobj", "pcomp")), None)
    if charge is None or charge.right_edge.idx + len(charge.right_edge.text) > g.end:
        return None
    return trim(doc.text, list(charge.subtree))


def charges_denied(doc, found: list, before: dict) -> None:
    """"Roe was accused by two aides of bullying staff. She has denied the allegations": a denial that
    pointing.refer_back led back to a passive accusation (its span moved onto the accusation's) denies the
    charge. before: each claim's span before refer_back, by id."""
    for f in found:
        if f.stance != "denies" or f.cue is None or before.get(id(f)) == (f.start, f.end) or f.start <= f.cue[0] < f.end:
            continue
        g = next((g for g in found if g is not f and g.stance == "asserts" and (g.start, g.end) == (f.start, f.end)), None)
        charge = passive_charge(doc, g) if g is not None else None
        if charge is not None:
            f.start, f.end = charge


def accusing(prep) -> bool:
    """"(accused) of", "(accused the firm) of": a preposition of the charge, on a verb of accusing or its object."""
    host = prep.head.head if prep.head.dep_ == "dobj" else prep.head
    return prep.lower_ in ("of", "for") and host.lemma_.lower() in words("accuse_verbs")


def accused_start(charge) -> int:
    """"accusing him of tax fraud, which he denies": where the accuser's claim begins, the one accused
    before the charge ("him of tax fraud"), which the denial in passing shares, as a summing noun's does
    ("a charge he denies", stance._summed_up); the charge's first word when no one accused is named."""
    verb = next((a for a in charge.ancestors if a.lemma_.lower() in words("accuse_verbs")), None)
    accused = next((c for c in verb.children if c.dep_ == "dobj" and c.i < charge.i), None) if verb is not None else None
    return accused.left_edge.i if accused is not None else charge.left_edge.i
