"""Claims held without a reporting verb: an attitude with its clause ("The groups are concerned the
government will change the law", "is sceptical that Z"), "made clear that Z", and a passive belief
with no agent ("Cabello is seen as a rival").
"""

from __future__ import annotations

from ..rules import words
from .found import Found, in_paragraph, trim
from .stance import negated
from .subjects import speaker_span

# modals that grant a feeling rather than state one ("you can rest assured", "citizens can be confident")
PERMISSIVE = frozenset(("can", "could", "may", "might", "should"))

def attitude(doc, sent, tok, bounds) -> Found | None:
    """"The groups are concerned the government will change the law": the holder and the clause."""
    comp = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i), None)
    holder = tok if tok.dep_ not in ("acomp", "attr") else tok.head
    subj = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if comp is None or subj is None or subj.lower_ in ("who", "which", "that", "it"):
        return None
    if holder is not tok and holder.lemma_.lower() in words("ensuring_verbs"):
        return None  # "is making sure (that) Z": seeing to it that Z, not holding it
    if any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in PERMISSIVE for c in holder.children):
        return None  # "citizens can be confident that Z": what someone may feel, no one's attitude
    content = in_paragraph(doc.text, trim(doc.text, list(comp.subtree)), tok.idx)
    if content is None or content[1] - content[0] < 8:
        return None
    # "is sceptical that X", "is not convinced that X": the holder doubts X; "is not worried that X"
    # says nothing of X
    stance = "questions" if tok.lower_ in words("doubting_words") else "asserts"
    if negated(tok) or negated(holder):
        if tok.lower_ not in words("belief_attitudes"):
            return None
        stance = "questions"
    return Found(*content, speaker_span(subj, holder), (tok.idx, tok.idx + len(tok.text)), False, bounds, subj.i,
                 stance=stance)


def made_clear(tok):
    """"made clear that X", "made it plain that X": the word ("clear") and the that-clause, else None."""
    word = next((c for c in tok.children if c.lower_ in words("made_plain_words") and c.dep_ in ("oprd", "ccomp", "acomp",
                                                                                             "dobj", "xcomp")), None)
    if word is None:
        return None
    marked = [c for c in (*tok.children, *word.children) if c.dep_ in ("ccomp", "advcl")
              and c.i > word.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    return (word, marked[0]) if marked else None


def assessment(tok) -> bool:
    """"Cabello is seen as a rival": a passive belief verb with no agent, in a main clause."""
    return (tok.lemma_.lower() in words("assessment_verbs") and tok.tag_ == "VBN"
            and any(c.dep_ == "auxpass" for c in tok.children)
            and any(c.dep_ == "nsubjpass" for c in tok.children)
            and not any(c.dep_ == "agent" for c in tok.children)
            and tok.dep_ in ("ROOT", "conj")
            # what the subject is seen as: "seen as a rival", "believed to be", not "were reported in"
            and any(c.dep_ in ("xcomp", "oprd", "attr", "ccomp", "acomp") or c.dep_ == "prep" and c.lower_ == "as"
                    for c in tok.children)
            # "is reported as saying that ...": a report of someone's words, its cue "saying"
            and not any(c.dep_ == "prep" and c.lower_ == "as" and any(
                g.dep_ == "pcomp" and g.lemma_.lower() in words("reporting_verbs") for g in c.children)
                for c in tok.children))
