"""Claims a source calls false in passing, in its own words: '"It has been painful to endure months of false
accusations of treason," Roe said', "saying he was saddened by baseless allegations that have appeared in the
press". The source denies those claims: a denial of the noun phrase is added beside the claim that holds it.
"""

from __future__ import annotations

from dataclasses import replace

from ..rules import words
from .found import Found, trim


def scorned_charges(doc, found: list[Found]) -> None:
    """Adds to found, for each claim a source asserts that names a charge with a word of falsity on it
    (data/charge_nouns with data/falsity_words: "false accusations of treason", "baseless allegations that Z"), the source's denial
    of that charge, the noun phrase's words. Not a charge someone is said to make or spread ("accused of
    making false claims to the insurer"): that tells of a deed, it answers no one."""
    out = []
    for f in found:
        out.append(f)
        if f.stance != "asserts" or f.speaker is None or f.form == "credit":
            continue
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        for noun in span or ():
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in words("charge_nouns") or noun.tag_ != "NNS" \
                    or not any(c.dep_ == "amod" and c.lower_ in words("falsity_words") for c in noun.children):
                continue
            if noun.dep_ in ("dobj", "nsubjpass") or any(p.dep_ == "prep" and p.lower_ in ("to", "for") for p in noun.children):
                continue  # "made false claims", "false claims for compensation": a deed or a demand
            if not any(c.dep_ in ("relcl", "acl", "poss") or c.dep_ == "prep" and c.lower_ in ("of", "about", "over", "against")
                       for c in noun.children):
                continue  # "such false accusations", "full of false claims": what is charged is not said there
            toks = [t for t in noun.subtree if not t.is_quote and noun.left_edge.i <= t.i]
            said = trim(doc.text, toks) if toks and toks[0].idx >= f.start and toks[-1].idx < f.end else None
            if said is not None and not any(g.stance == "denies" and (g.start, g.end) == said for g in found):
                out.append(replace(f, start=said[0], end=said[1], stance="denies"))
    found[:] = out
