"""Who the sentence before a quote standing alone is about: the speaker a reader gives the quote.

"Petrov dismissed the remarks.\n\n"She knows nothing ..."": the named person (or a description the
who-is-who links to one) who is the subject of that sentence, or a "he" or "she" there ("She refrained
from naming him but issued this warning.\n\n"..."": whoever "she" is, resolved as any pronoun cue's
subject is). A quote is never given to a person it names.
"""

from __future__ import annotations

PERSONAL = ("he", "she")


def actor_before(doc, q):
    """The subject of the sentence just before quote q that the quote goes on with, or None."""
    before = doc.char_span(max(0, q.open_at - 1), q.open_at, alignment_mode="expand")
    if before is None or before.start == 0:
        return None
    sent = doc[before.start - 1].sent
    while sent.start > 0 and not sent.text.strip():
        sent = doc[sent.start - 1].sent
    if any(t.is_quote for t in sent):
        return None
    subj = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in PERSONAL:
        return subj  # (who the pronoun stands for is found as for any cue's "he")
    if subj is not None and subj.ent_type_ != "PERSON" and not linked_description(subj):
        # "The region's police chief, Dilbagh Roe, backed the idea.": the name in apposition
        subj = next((c for c in subj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    if subj is None or subj.ent_type_ != "PERSON" and not linked_description(subj) \
            or subj.text in doc.text[q.start:q.end]:
        return None
    return subj


def linked_description(subj) -> bool:
    """ "The congressman": a definite description the who-is-who links to a person named before."""
    refs = subj.doc.spans["person_refs"] if "person_refs" in subj.doc.spans else ()
    return any(c.lower_ == "the" and c.dep_ == "det" for c in subj.children) \
        and any(r.start <= subj.i < r.end for r in refs)
