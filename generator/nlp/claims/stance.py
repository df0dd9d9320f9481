"""What a source does with what it says: asserts it, denies it ("denied that X", "there was no X",
"said the allegations were false") or questions it; and cues it is said not to have made.
"""

from __future__ import annotations

from ..rules import words
from .found import trim
from .questions import clause


def negated(tok) -> bool:
    """"did not say", "never claimed": a cue its source is said not to have made."""
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in tok.children)


def stance_of(tok) -> str:
    """What the source does with the content: deny it, question it, or (by default) assert it."""
    lemma = tok.lemma_.lower()
    if lemma in words("denial_verbs"):
        return "denies"
    if lemma in words("doubt_verbs") or clause(tok) is not None:
        return "questions"
    return "asserts"


def nothing_of(doc, content):
    """"there was no collusion": the source denies the thing said not to exist; "the allegations
    were false": the source denies the claim it calls false. The span of what is denied."""
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    called = [c for c in root.children if c.dep_ in ("acomp", "attr") and c.lemma_.lower() in words("falsity_words")]
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if root.lemma_ == "be" and called and subj is not None and subj.lemma_.lower() in words("claim_nouns") \
            and not any(c.dep_ == "neg" for c in root.children):
        return trim(doc.text, list(subj.subtree))
    if root.lemma_ != "be" or not any(c.dep_ == "expl" for c in root.children):
        return None
    thing = next((c for c in root.children if c.dep_ in ("attr", "nsubj")
                  and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)), None)
    if thing is None:
        return None
    return trim(doc.text, [t for t in thing.subtree if not (t.dep_ == "det" and t.head.i == thing.i)])
