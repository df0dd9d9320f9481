"""What a source asks for or backs: "called for the driver to testify", "called on him to resign",
"urged farmers (during a meeting) to act", "insisted on a careful review", "warned lawmakers
against passing it", "suggested raising the tax", "expressed support for the deal", "requested that Z". The content
is what is asked for or backed, asserted by the source.
"""

from __future__ import annotations

from ..rules import words
from .found import trim

# the preposition that carries what is asked for, by verb: "call for", "insist on", "warn against"
ASKED_WITH = {"call": ("for",), "push": ("for",), "press": ("for",), "lobby": ("for", "against"),
              "appeal": ("for",), "insist": ("on", "upon"), "warn": ("against",), "caution": ("against",)}
# verbs whose gerund object is the course backed: "suggested raising the tax"
GERUND_OBJECT = ("suggest", "propose", "recommend", "endorse", "advocate", "urge")


def content(doc, tok) -> tuple[int, int] | None:
    """The span of what a verb of requesting or backing asks for, else None."""
    lemma = tok.lemma_.lower()
    if lemma not in words("request_verbs"):
        return None
    text = doc.text
    for c in tok.children:
        if c.dep_ in ("advcl", "ccomp") and c.i > tok.i and any(m.dep_ == "mark" and m.lower_ in ASKED_WITH.get(lemma, ())
                                                                 for m in c.children):
            # "called for the driver to testify": parsed as a for-clause of the verb
            return trim(text, [t for t in c.subtree if not (t.dep_ == "mark" and t.head.i == c.i)])
    that = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i), None)
    if that is not None:
        # "requested that the governor not receive the files": the clause less its "that"
        marked = any(m.dep_ == "mark" and m.lower_ == "that" for m in that.children)
        if marked and lemma in ("request", "demand") or _has_to(that) and any(c.dep_ == "nsubj" for c in that.children):
            # "expects the council to comply ..." parsed as a clause with its own subject
            return trim(text, list(that.subtree))
        return None
    doing = _to_infinitive(tok)
    for prep in (c for c in tok.children if c.dep_ == "prep"):
        objs = [o for o in prep.children if o.dep_ in ("pobj", "pcomp")]
        if not objs:
            continue
        if lemma == "call" and prep.lower_ in ("on", "upon") and doing is not None:
            # "called on him to resign": who is called on, and to do what
            return trim(text, [*objs[0].subtree, *doing.subtree])
        if prep.lower_ in ASKED_WITH.get(lemma, ()):
            return trim(text, [t for o in objs for t in o.subtree])
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is not None and doing is not None and obj.i < doing.i and doing.dep_ != "advcl" \
            and not any(t.text == "," for t in doc[obj.right_edge.i:doing.left_edge.i]):
        # "urged farmers during a long meeting to come up with a plan"
        return trim(text, [*obj.subtree, *doing.subtree])
    if lemma in GERUND_OBJECT:
        gerund = next((c for c in tok.children if c.dep_ in ("xcomp", "dobj") and c.tag_ == "VBG" and c.i > tok.i), None)
        if gerund is not None:
            return trim(text, list(gerund.subtree))
    if obj is not None and obj.lemma_.lower() in words("backing_nouns") \
            and any(p.dep_ == "prep" and p.lower_ in ("for", "of", "to") for p in obj.children):
        # "expressed support for any broad agreement": the backing and what it is for
        return trim(text, list(obj.subtree))
    return None


def _to_infinitive(tok):
    """The to-infinitive a verb asks for: its own ("urged them to act"), or one the parser hung on a
    phrase in between ("urged farmers during a meeting to come up with ...")."""
    own = next((c for c in tok.children if c.dep_ in ("xcomp", "advcl", "ccomp") and c.i > tok.i and _has_to(c)), None)
    if own is not None:
        return own
    return next((t for t in tok.subtree if t.i > tok.i and t.pos_ in ("VERB", "AUX") and _has_to(t)
                 and t.dep_ in ("relcl", "acl") and t.head.head.dep_ == "prep" and t.head.head.head.i == tok.i), None)


def _has_to(t) -> bool:
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children)
