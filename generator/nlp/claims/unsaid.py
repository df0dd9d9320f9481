"""Cues their source is said not to have made: "did not say", "never claimed", "would not confirm
or deny", "denied it had ever concluded that", "asked whether he had warned them that", "even if the
board rejected it". Such a cue makes no claim.
"""

from __future__ import annotations

from ..rules import words
from . import questions


def negated(tok) -> bool:
    """"did not say", "never claimed", "would not confirm or deny", "neither confirmed nor denied",
    "denied it had ever concluded that", "even if the board rejected it": a cue its source is said not
    to have made."""
    return negative(tok) or any(negative(t) for t in _coordinated(tok)) or _denied_cue(tok) or _asked_cue(tok) \
        or _if_you_ask(tok) or _supposed(tok) or _noun_of_denial(tok)


def _noun_of_denial(tok) -> bool:
    """"investigate possible links to the builder, claims the mayor has denied": "claims" after a comma,
    with no subject of its own and a denial as its clause, is the noun summing up what is denied (the
    parser took it for a verb), no cue."""
    return tok.lower_ in words("claim_nouns") and tok.i > 0 and tok.doc[tok.i - 1].text == "," \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) \
        and any(c.dep_ == "ccomp" and c.lemma_.lower() in words("denial_verbs") for c in tok.children)


def _supposed(tok) -> bool:
    """"even if the council rejected it", "unless the firm denies it": a cue only supposed, not made."""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children)


def _if_you_ask(tok) -> bool:
    """"If you're asking me whether Z, the answer is no": the speaker restates a question put to them,
    they do not ask it."""
    return tok.lemma_.lower() in words("asking_verbs") and any(c.dep_ == "mark" and c.lower_ == "if" for c in tok.children) \
        and any(c.dep_ == "nsubj" and c.lower_ == "you" for c in tok.children)


def _denied_cue(tok) -> bool:
    """"The ministry denied it had ever concluded that Z", "denied saying Z": a cue inside a denial is
    what the source says it did not do."""
    return tok.dep_ in ("ccomp", "xcomp") and tok.head.i != tok.i and tok.head.i < tok.i \
        and tok.head.lemma_.lower() in words("denial_verbs")


def _asked_cue(tok) -> bool:
    """"asked whether he had warned Putin that Z", "asked whether he thought Z": a cue inside a question
    is what the source is asked about, not what anyone said."""
    for a in tok.ancestors:
        if questions.clause(a) is not None and questions.clause(a).left_edge.i <= tok.i <= questions.clause(a).right_edge.i:
            return True
    return False


def negative(tok) -> bool:
    """A "not", "never", "neither" or "nor" on the verb."""
    return any(c.dep_ == "neg" or c.lower_ in ("never", "neither", "nor") for c in tok.children)


def _coordinated(tok) -> list:
    """The verbs joined with this one by "or"/"nor" ("confirm or deny"): a negation on one holds for all."""
    head = tok.head if tok.dep_ == "conj" else tok
    group = [head] + [c for c in head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    if len(group) < 2 or not any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in head.children):
        return []
    return [t for t in group if t.i != tok.i]
