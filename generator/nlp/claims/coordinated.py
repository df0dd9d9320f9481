"""A reported clause the parser joined to its cue as a second verb: "They estimated by 2050, demand
would rise by half" (read as "estimated ... and would rise") and "The survey found crop yields fell
by a tenth" (read as "found crop yields" and "fell", the clause's subject taken for the object)."""

from __future__ import annotations


def coordinated_clause(tok):
    """(clause verb, raised subject or None) for a cue whose reported clause the parser coordinated with
    it, else (None, None). No "and" or "but" may join the two: "She said hello and left" is two deeds."""
    conj = next((c for c in tok.children if c.dep_ == "conj" and c.i > tok.i and c.pos_ in ("VERB", "AUX")), None)
    if conj is None or any(c.dep_ in ("cc", "preconj") and tok.i < c.i < conj.i for c in tok.children):
        return None, None
    finite = conj.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" and c.tag_ == "MD" for c in conj.children)
    if not finite:
        return None, None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") and c.i < conj.i for c in conj.children):
        return conj, None
    # the clause's subject read as the cue's object, before the second verb with no comma between
    # ("found yields by 2050 fell", not "said hello, walked away")
    obj = next((c for c in tok.children if c.dep_ == "dobj" and tok.i < c.i < conj.i), None)
    if obj is None or any(t.is_punct for t in tok.doc[obj.i:conj.i]):
        return None, None
    return conj, obj
