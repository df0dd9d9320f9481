"""A source that says it is not known whether a claim holds questions it: "the senator said it was
unclear whether the money had been spent", "'It is not clear if he knew,' she said". The claim is
the clause after "whether"/"if" (stance: questions); a wh-question ("unclear how the money would be
raised") questions no claim and is asserted as said.
"""

from __future__ import annotations

from ..rules import words
from . import questions


def unclear_whether(doc, content) -> tuple[int, int] | None:
    """The words of the claim a source's "it is unclear whether Z" puts in doubt (Z), else None."""
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None or span[0].sent.start != span[-1].sent.start:
        return None
    root = span.root
    if not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" and c.i < root.i for c in root.children):
        return None  # "it was unclear", "it remains uncertain"; not "the plan was unclear"
    negated = any(c.dep_ == "neg" for c in root.children)
    said = next((c for c in root.children if c.dep_ == "acomp" and c.i > root.i), None)
    if said is None:
        return None
    negated = negated or any(c.dep_ == "neg" for c in said.children)
    wanted = f"not {said.lower_}" if negated else said.lower_
    if wanted not in words("unclear_words"):
        return None
    clause = next((c for h in (root, said) for c in h.children if c.dep_ in ("ccomp", "csubj", "advcl") and c.i > said.i
                   and any(m.dep_ == "mark" and m.lower_ in ("whether", "if") and m.i < c.i for m in c.children)), None)
    if clause is None:
        return None
    return questions.content(doc, clause)
