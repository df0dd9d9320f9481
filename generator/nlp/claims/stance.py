"""What a source does with what it says: asserts it, denies it ("denied that X", "there was no
collusion", "said the allegations were false", "X, denied by Y", "said that was not true") or
questions it; and cues it is said not to have made.

Reader convention: `denies` only when the source says a specific claim is false (one stated
earlier or by someone else); a negative sentence in the source's own words ("there had been no
reason to ...") is asserted as it stands.
"""

from __future__ import annotations

from ..rules import words
from . import questions
from .found import Found, trim


def negated(tok) -> bool:
    """"did not say", "never claimed": a cue its source is said not to have made."""
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in tok.children)


def stance_of(tok) -> str:
    """What the source does with the content: deny it, question it, or (by default) assert it."""
    lemma = tok.lemma_.lower()
    if lemma in words("denial_verbs"):
        return "denies"
    if lemma in words("doubt_verbs") or questions.clause(tok) is not None:
        return "questions"
    return "asserts"


def own_content(doc, tok) -> tuple[int, int] | None:
    """The content a verb takes in its own way, else None: the question it puts ("asked whether Z"),
    the claim it is said to deny ("Z, denied by Y", "Z has been denied by Y"), the point of a
    disagreement ("disagreed with Y over whether Z")."""
    asked = questions.clause(tok)
    if asked is not None:
        return questions.content(doc, asked)
    lemma = tok.lemma_.lower()
    if lemma not in words("denial_verbs"):
        return None
    if any(c.dep_ == "agent" for c in tok.children):
        # only a claim is denied ("the alleged bribery", "her account"), not a plan or an offer rejected
        if tok.dep_ == "acl":
            # "the alleged bribery, denied by the company,", "inquiries into the alleged fraud, denied
            # by the firm,": the claim named before the participle, without it
            held = [tok.head] + [o for p in tok.head.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
            claim = next((n for n in held if _a_claim(n)), None)
            if claim is not None:
                cut = set(range(tok.left_edge.i, tok.right_edge.i + 1))
                return trim(doc.text, [t for t in claim.subtree if t.i not in cut and t.i < tok.left_edge.i])
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if subj is not None and _a_claim(subj):
            return trim(doc.text, list(subj.subtree))
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("over", "about", "on")):
        point = next((c for c in prep.children if c.dep_ == "pcomp" and questions.clause_marked(c)), None)
        if point is not None:
            return questions.content(doc, point)
    return None


def nothing_of(doc, content):
    """"there was no collusion": the source denies the thing said not to exist (a claim, charge or
    wrongdoing, not any "no reason", "no intention"); "the allegations were false": the source
    denies the claim it calls false. The span of what is denied."""
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None or span[0].sent.start != span[-1].sent.start:
        return None  # several sentences of the source's own: one "There's no ..." among them denies nothing
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
    if thing is None or not _names_a_claim(thing):
        return None
    return trim(doc.text, [t for t in thing.subtree if not (t.dep_ == "det" and t.head.i == thing.i)])


def _a_claim(noun) -> bool:
    """"the allegations", "her account", "the alleged bribery": a noun phrase that names a claim."""
    return noun.lemma_.lower() in words("claim_nouns") or any(
        c.dep_ == "amod" and c.lower_ in ("alleged", "reported", "supposed", "claimed", "purported") for c in noun.children)


def _names_a_claim(thing) -> bool:
    """"no collusion", "no evidence of wrongdoing": a claim, charge or wrongdoing said not to exist."""
    if thing.lemma_.lower() in words("claim_nouns"):
        return True
    return thing.lemma_.lower() in ("evidence", "proof") and any(
        p.dep_ == "prep" and p.lower_ in ("of", "for") and any(o.lemma_.lower() in words("claim_nouns") for o in p.children)
        for p in thing.children)


def refer_back(doc, found: list[Found]) -> None:
    """"The auditor argues that is not true": a source calling an earlier claim false denies that
    claim; the content becomes the claim it refers to (the one just before, in the last sentences)."""
    for k, f in enumerate(found):
        if f.cue is None or f.form == "credit" or not _calls_it_false(doc, f):
            continue
        earlier = [g for g in found[:k] if g.end <= f.cue[0] and f.cue[0] - g.end < 400 and g.form != "credit"]
        if earlier:
            g = max(earlier, key=lambda g: g.end)
            f.start, f.end, f.stance = g.start, g.end, "denies"


def _calls_it_false(doc, f: Found) -> bool:
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if root.lemma_ != "be" or subj is None or subj.lower_ not in ("that", "this", "it"):
        return False
    negative = any(c.dep_ == "neg" or c.lower_ == "longer" for c in root.subtree)
    said = [c for c in root.children if c.dep_ in ("acomp", "attr")]
    return any(c.lemma_.lower() == "true" and negative or c.lemma_.lower() in words("falsity_words") and not negative
               for c in said)
