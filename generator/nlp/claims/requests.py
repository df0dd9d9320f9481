"""What a source asks for or backs: "called for the driver to testify", "called on him to resign",
"urged farmers (during a meeting) to act", "insisted on a careful review", "warned lawmakers
against passing it", "suggested raising the tax", "expressed support for the deal", "requested that Z",
"ordered his officers to seal the port" (an order only with someone and a to-infinitive). The content
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
    if lemma in words("bidding_verbs"):
        return _bidden(doc, tok)
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
    if _someone_to(doc, obj, doing) and lemma not in words("calling_someone_verbs"):  # ("called Roe to go over it")
        # "urged farmers during a long meeting to come up with a plan"
        return trim(text, [*obj.subtree, *_own_plan(doing)])
    if lemma in GERUND_OBJECT:
        gerund = next((c for c in tok.children if c.dep_ in ("xcomp", "dobj") and c.tag_ == "VBG" and c.i > tok.i), None)
        if gerund is not None:
            return trim(text, list(gerund.subtree))
    if obj is not None and obj.lemma_.lower() in words("backing_nouns") \
            and any(p.dep_ == "prep" and p.lower_ in ("for", "of", "to") for p in obj.children):
        # "expressed support for any broad agreement": the backing and what it is for
        return trim(text, list(obj.subtree))
    return None


def _bidden(doc, tok) -> tuple[int, int] | None:
    """What a verb that bids someone do something says they should do: "ordered his officers to seal
    the port", "instructed staff to keep the files" (data/bidding_verbs.txt). Only someone (a name, a
    pronoun, people) and the verb's own to-infinitive: "ordered the killing of Z to stop a war" gives a
    purpose; not a bidding of comment or of a plan saying nothing ("ordered them to explain", "ordered
    us to do it": data/comment_verbs.txt); not a bidding inside words reported ("the paper said Roe
    had ordered him to lie" is the paper's claim) nor by "no matter who"."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    doing = next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.i > tok.i and _has_to(c)), None)
    if not _someone_to(doc, obj, doing) or doing.lemma_.lower() in words("comment_verbs") \
            or doing.left_edge.i < obj.i or _inside_words_reported(tok) \
            or any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in tok.children) and (
                tok.dep_ != "relcl" or tok.head.dep_ in ("advmod", "npadvmod")):  # (no antecedent: "no matter who")
        return None
    people = words("person_nouns") | words("organization_nouns") | words("anonymous_nouns")
    if not (obj.pos_ in ("PRON", "PROPN") or obj.tag_ in ("NNS", "NNPS") or obj.lower_ in people):
        return None
    return trim(doc.text, [*obj.subtree, *_own_plan(doing)])


def _inside_words_reported(tok) -> bool:
    """Whether the verb stands in a clause a reporting verb reports ("said Roe had asked him to ...")."""
    t = tok
    while t.dep_ in ("ccomp", "conj", "xcomp") and t.head.i != t.i:
        t = t.head
        if t.lemma_.lower() in words("reporting_verbs") and t.i != tok.i:
            return True
    return False


def _own_plan(doing) -> list:
    """The to-infinitive's words, less a finite verb the parser joined to it ("ordered them to seal the
    port and threatened to ...": the threat is the source's next deed, not what they were told to do)."""
    deeds = [c for c in doing.children if c.dep_ == "conj" and c.tag_ in ("VBD", "VBZ")]
    if not deeds:
        return list(doing.subtree)
    first = min(t.i for c in deeds for t in c.subtree)
    cut = first - 1 if doing.doc[first - 1].dep_ == "cc" else first
    return [t for t in doing.subtree if t.i < cut]


def _someone_to(doc, obj, doing) -> bool:
    """An object, then its to-infinitive with no comma between: "urged farmers (...) to act"."""
    return obj is not None and doing is not None and obj.i < doing.i and doing.dep_ != "advcl" \
        and not any(t.text == "," for t in doc[obj.right_edge.i:doing.left_edge.i])


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
