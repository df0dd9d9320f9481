"""A participle of denial on something a source puts out: "Roe released a statement denying that Z",
"In a letter rejecting claims that Z, the firm said ...", "the ministry said in a post disputing the
report". The participle has no subject of its own; who denies is who put the statement out: the subject
of the verb taking it as object ("released", "issued"), or the subject of the verb an "in" / "through"
phrase holding it hangs from. And a verb of denial made in a statement whose that-clause the parser hung
on the statement ("denied in a statement that Z") denies that clause.
"""

from __future__ import annotations

from ..rules import words
from .subjects import subject


def statement_maker(tok):
    """The source of a statement a participle of denial hangs from (data/issued_nouns), else None."""
    if tok.tag_ != "VBG" or tok.dep_ != "acl" or tok.lemma_.lower() not in words("denial_verbs"):
        return None
    noun = tok.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in words("issued_nouns") or noun.i > tok.i:
        return None
    return issuer(noun)


def issuer(noun, verbs=None, preps=("in", "through", "via"), subject_of=subject):
    """Who put out a statement, letter or post by how the text places it: the subject (by subject_of)
    of the verb taking it as object ("released a statement", any verb, or one of verbs), or of the
    verb a phrase of preps holding it hangs from ("In a statement, the firm said", "said in a post");
    else None."""
    verb = noun.head
    if noun.dep_ == "dobj" and (verb.lemma_.lower() in verbs if verbs is not None else verb.pos_ in ("VERB", "AUX")):
        return subject_of(verb)  # "released a statement denying that Z"
    if noun.dep_ == "pobj" and verb.lower_ in preps and verb.head.pos_ in ("VERB", "AUX"):
        return subject_of(verb.head)  # "In a statement denying that Z, the firm said", "said in a post disputing Z"
    return None


def denied_in(tok):
    """"Roe denied in a statement that Z", "rejected in a letter on Friday that Z": the that-clause hung on the
    statement (data/issued_nouns) of an "in" phrase of a verb of denial, else None."""
    if tok.lemma_.lower() not in words("denial_verbs"):
        return None
    return next((c for p in tok.children if p.dep_ == "prep" and p.lower_ in ("in", "through") and p.i > tok.i
                 for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in words("issued_nouns")
                 for c in o.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > o.i
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
