"""A doubt voiced inside the speaker's own report ("Holt said he doubts the plan would pass") is part of
that report, not a second claim; and the cue token of a found claim. Split out of stance.py.
"""

from __future__ import annotations

from ..rules import words
from .discourse import GROUP_PRONOUNS, PERSON_PRONOUNS
from .found import Found
from .heldquestions import among_asked


def own_doubts(doc, found: list[Found]) -> None:
    """"Holt said he doubts the plan would pass", "said he was not sure he could back it": a doubt the
    speaker voices inside their own report is
    part of that report (asserted as said), not a second claim of its own, like "I think" inside a
    speaker's own quote. Drops the nested doubt."""
    among_asked(doc, found)  # "How Z is among the questions observers are asking": the askers question it
    keep = []
    for f in found:
        tok = cue_of(doc, f)
        owner = None
        if tok is not None and f.stance == "questions" and f.speaker is not None \
                and doc.text[f.speaker[0]:f.speaker[1]].lower() in PERSON_PRONOUNS | GROUP_PRONOUNS \
                and (tok.lemma_.lower() in words("doubt_verbs")
                     or tok.lower_ in words("doubting_words") | words("belief_attitudes")):
            owner = next((g for g in found if g is not f and g.cue is not None and cue_of(doc, g) in list(tok.ancestors)
                          and (g.stance == "asserts" and g.start <= f.speaker[0] < g.end
                               # (the report already read as the question: "said he was not sure whether Z")
                               or g.stance == "questions" and g.start < f.end and f.start < g.end)), None)
        if owner is None:
            keep.append(f)
        elif owner.end == f.end + 1 and doc.text[f.end] in ".!?":
            owner.end = f.end  # the closing mark it took only to hold the doubt nested inside it
    found[:] = keep


def cue_of(doc, f: Found):
    """The token heading a found claim's cue, else None."""
    span = doc.char_span(*f.cue, alignment_mode="expand") if f.cue else None
    return span.root if span is not None else None
