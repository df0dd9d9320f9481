"""Remarks dismissed with their words told beside them: "dismissed remarks by Roe - who had said the
strike "will end in ruin" - as stupid", "rejected comments by the mayor, who said the bridge was safe, as
false". What is called false is what the relative clause says the remarks' maker said, not the remarks'
name nor the relative clause that tells them.
"""

from __future__ import annotations

from ..rules import words
from .found import trim

RELATIVES = {"who", "which", "that"}


def told_clause(thing):
    """The clause of saying a relative clause hangs on the remarks called false or on their maker ("remarks
    by Roe, who had said Z": the verb "said"), with its that-clause or plain clause Z; (verb, Z's head),
    else None."""
    if thing.lemma_.lower() not in words("said_nouns") | words("claim_nouns"):
        return None
    makers = [thing] + [o for p in thing.children if p.dep_ == "prep" and p.lower_ in ("by", "from", "of")
                        for o in p.children if o.dep_ == "pobj"]
    for maker in makers:
        for verb in (c for c in maker.children if c.dep_ == "relcl" and c.lemma_.lower() in words("reporting_verbs")):
            if not any(d.dep_ == "nsubj" and d.lower_ in RELATIVES for d in verb.children):
                continue
            said = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
            if said is not None:
                return verb, said
    return None


def remarks_told(tok, thing) -> tuple[int, int] | None:
    """"dismissed remarks by Roe - who had said Z - as stupid": the span of Z (without the "as" phrase the
    parser may hang on it, nor the dash or comma before that), else None."""
    from .denied import dismissed_as  # (denied imports, through falsity, what imports this module)

    found = told_clause(thing)
    if found is None:
        return None
    verb, said = found
    doc = tok.doc
    cut = dismissed_as(tok, thing) | {t.i for t in said.subtree if t.dep_ == "mark" and t.head.i == said.i}
    kept = [t for t in said.subtree if t.i not in cut]
    if cut:
        kept = [t for t in kept if t.i < min(cut)]
    while kept and (kept[-1].is_punct and not kept[-1].is_quote):
        kept.pop()
    return trim(doc.text, kept) if kept else None


def remarks_maker(verb):
    """"remarks by Roe - who had said Z": a relative clause of saying the parser hung on the remarks, not on
    their maker right before it; the maker (the "by" phrase's noun), who says Z, else None."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.i > verb.i or noun.lemma_.lower() not in words("said_nouns") | words("claim_nouns"):
        return None
    rel = next((d for d in verb.children if d.dep_ == "nsubj" and d.lower_ in RELATIVES), None)
    maker = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("by", "from")
                  for o in p.children if o.dep_ == "pobj"), None)
    if rel is None or maker is None or maker.pos_ not in ("PROPN", "NOUN") or maker.right_edge.i >= rel.i:
        return None
    between = verb.doc[maker.right_edge.i + 1:rel.i]
    return maker if all(t.is_punct for t in between) else None


def told_ends(doc, found: list) -> None:
    """"dismissed remarks by Roe, who had said Z, as absurd": Roe's claim told in the relative clause ends
    where Z does, as the denial of it does; the "as" phrase the parser hung on Z is the dismisser's verdict."""
    for f in (f for f in found if f.stance == "denies" and f.cue is not None):
        for g in found:
            if g.stance == "asserts" and g.cue is not None and g.start == f.start and f.end < g.end <= f.sentence[1] \
                    and g.sentence == f.sentence and _told_by(doc, f, g):
                g.end = f.end


def _told_by(doc, f, g) -> bool:
    """Whether denial f is of remarks whose words the relative clause of g's cue tells."""
    from .denied import called_false  # (denied imports, through falsity, what imports this module)

    span = doc.char_span(*f.cue, alignment_mode="expand")
    thing = called_false(span.root) if span is not None else None
    told = told_clause(thing) if thing is not None else None
    cue = doc.char_span(*g.cue, alignment_mode="expand")
    return told is not None and cue is not None and told[0].i == cue.root.i \
        and remarks_told(span.root, thing) == (f.start, f.end)
