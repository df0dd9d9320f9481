"""What a source says besides calling a claim false in the same clause: "the sheriff said the story was
untrue and that his deputies had followed procedure", ""The allegations are false and we will fight them
in court," she said". The denial's content is the claim called false ("the story"); the clause joined to
the verdict is the source's own further claim, asserted, with the same speaker and cue.
"""

from __future__ import annotations

from dataclasses import replace

from .found import Found, trim


def said_besides(doc, found: list[Found]) -> None:
    """Adds, right after each denial by a verdict ("X was untrue"), the clause joined to that verdict."""
    k = 0
    while k < len(found):
        f = found[k]
        rest = _joined_clause(doc, f) if f.stance == "denies" and f.cue is not None else None
        if rest is not None and not any((g.start, g.end) == rest for g in found):
            found.insert(k + 1, replace(f, start=rest[0], end=rest[1], stance="asserts"))
            k += 1
        k += 1


def _joined_clause(doc, f: Found):
    """The clause joined by "and" to the verb calling the denied thing false, with a subject of its own,
    within the sentence and not reaching the cue; its span, else None."""
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None:
        return None
    subj = span.root
    verdict = subj.head
    if subj.dep_ != "nsubj" or verdict.lemma_ != "be" or verdict.i < subj.i:
        return None
    joined = next((c for c in verdict.children if c.dep_ == "conj" and c.i > verdict.i and c.pos_ in ("VERB", "AUX")
                   and any(d.dep_ in ("nsubj", "nsubjpass", "expl") for d in c.children)), None)
    if joined is None or not any(c.dep_ == "cc" and c.lower_ == "and" for c in verdict.children):
        return None
    toks = [t for t in joined.subtree if not (t.dep_ == "mark" and t.head.i == joined.i and t.i == joined.left_edge.i)]
    if not toks or toks[-1].idx >= f.sentence[1] or any(f.cue[0] <= t.idx < f.cue[1] for t in toks):
        return None
    return trim(doc.text, toks)
