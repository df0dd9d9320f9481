"""A claim said to be false or to rest on nothing: "the allegations were false", "the report is not
accurate", "the claims had no basis in fact", "there was no collusion", "no evidence that Z". The
source denies the claim so named (stance: denies).
"""

from __future__ import annotations

from ..rules import words
from .found import trim


def nothing_of(doc, content):
    """"there was no collusion": the source denies the thing said not to exist (a claim, charge or
    wrongdoing, not any "no reason", "no intention"); "the allegations were false": the source
    denies the claim it calls false. The span of what is denied."""
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None or span[0].sent.start != span[-1].sent.start:
        return None  # several sentences of the source's own: one "There's no ..." among them denies nothing
    root = span.root
    called = [c for c in root.children if c.dep_ in ("acomp", "attr") and false_word(c)]
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in words("quantity_words"):
        # "all of the allegations were unsubstantiated": the claims the part is of
        subj = next((o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in words("claim_nouns")), subj)
    if root.lemma_ == "be" and subj is not None and subj.lemma_.lower() in words("claim_nouns") and (
            called and not any(c.dep_ == "neg" for c in root.children) or calls_false(root)):
        # "the allegations were false", "the report is not accurate", "the story was fake news"
        return trim(doc.text, list(subj.subtree))
    if subj is not None and subj.lemma_.lower() in words("claim_nouns") and _without_ground(root):
        # "the claims had no basis in fact", "the accusations were without merit"
        return trim(doc.text, list(subj.subtree))
    clause = next((c for c in root.children if c.dep_ in ("ccomp", "csubj") and c.i > root.i
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if root.lemma_ == "be" and clause is not None and subj is not None and subj.lower_ == "it" \
            and calls_false(root):
        # "it was not true that the school would close": the clause is denied
        return trim(doc.text, [t for t in clause.subtree if not (t.dep_ == "mark" and t.head.i == clause.i)])
    if root.lemma_ != "be" or not any(c.dep_ == "expl" for c in root.children):
        return None
    thing = next((c for c in root.children if c.dep_ in ("attr", "nsubj")
                  and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)), None)
    if thing is not None and thing.lemma_.lower() in ("evidence", "proof", "sign", "indication"):
        # "there was no evidence that the president ordered it": what it would show is denied
        shown = next((c for c in thing.children if c.dep_ in ("acl", "ccomp")
                      and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if shown is not None:
            return trim(doc.text, [t for t in shown.subtree if not (t.dep_ == "mark" and t.head.i == shown.i)])
    if thing is None or not _names_a_claim(thing):
        return None
    return trim(doc.text, [t for t in thing.subtree if not (t.dep_ == "det" and t.head.i == thing.i)])


def false_word(tok) -> bool:
    """"false", "a hoax", "fake news": a word, or a noun with a modifier, that calls a claim false."""
    return tok.lemma_.lower() in words("falsity_words") or tok.lower_ in words("falsity_words") or any(
        c.dep_ == "amod" and c.lower_ in words("falsity_words") for c in tok.children)


def _without_ground(root) -> bool:
    """"had no basis in fact", "were without merit", "lack any foundation": a claim said to rest on nothing."""
    grounds = words("ground_nouns")
    if root.lemma_ in ("have", "hold") and not any(c.dep_ == "neg" for c in root.children):
        return any(c.dep_ == "dobj" and c.lemma_.lower() in grounds
                   and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in root.children)
    if root.lemma_ == "lack":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in grounds for c in root.children)
    if root.lemma_ == "be":
        return any(c.dep_ == "prep" and c.lower_ == "without" and any(
            o.dep_ == "pobj" and o.lemma_.lower() in grounds for o in c.children) for c in root.children)
    return False


def _names_a_claim(thing) -> bool:
    """"no collusion", "no evidence of wrongdoing": a claim, charge or wrongdoing said not to exist."""
    if thing.lemma_.lower() in words("claim_nouns"):
        return True
    # "no evidence of fraud": what it would prove is denied
    return thing.lemma_.lower() in ("evidence", "proof") and any(
        p.dep_ == "prep" and p.lower_ in ("of", "for") for p in thing.children)


def calls_false(root) -> bool:
    """"is not true", "is no longer true", "was false": the verb "be" calling its subject false."""
    negative = any(c.dep_ == "neg" or c.lower_ == "longer" for c in root.children) or any(
        c.lower_ == "longer" for a in root.children if a.dep_ == "advmod" for c in a.subtree)
    said = [c for c in root.children if c.dep_ in ("acomp", "attr")]
    return any(c.lemma_.lower() in ("true", "accurate", "correct") and negative
               or c.lemma_.lower() in words("falsity_words") and not negative for c in said)
