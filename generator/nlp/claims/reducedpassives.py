"""A verb of saying or believing that only describes its noun: "The student believed to have set off the
bombs was taken into custody", "the man thought to be the gunman was arrested", "a view later found to be
wrong". The parser reads "believed" as the sentence's verb and the real one ("was taken") as what was
believed; the noun is no speaker, and the sentence reports no belief of anyone's."""

from __future__ import annotations

from ..rules import words


def reduced_passive(tok) -> bool:
    """A bare past form of a verb of believing or saying (data/reduced_passive_verbs), "to" right after
    it, and a finite verb after that to-infinitive's words that the parser hung on it as reported."""
    doc = tok.doc
    if tok.lemma_.lower() not in words("reduced_passive_verbs") or tok.tag_ not in ("VBD", "VBN") \
            or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to" \
            or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    inf = next((c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i), None)
    if inf is None:
        return False
    if tok.tag_ == "VBN" and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children):
        # "… -- a view later found to be incorrect": a participle with no auxiliary is no finite verb
        # whatever subject the parser gave it; it says what the noun turned out to be
        return True
    return any(c.dep_ == "ccomp" and c.i > inf.right_edge.i and (
        c.tag_ in ("VBD", "VBZ", "VBP") or any(a.dep_ in ("aux", "auxpass") for a in c.children)) for c in tok.children)
