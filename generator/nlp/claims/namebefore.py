"""A name right before a main verb that the parser hung elsewhere: "Speaking for the defence, Tom Roe, SC,
said that ..." — the name is the verb's subject (split from subjects.py, which reads the parser's own
subjects)."""

from __future__ import annotations


def name_before(tok):
    """"Speaking for the defence, Tom Roe, SC, said that ...": a name right before a main verb
    that the parser hung elsewhere is the verb's subject."""
    if tok.dep_ != "ROOT" or tok.tag_ == "VBG":
        return None
    j = tok.i - 1
    while j >= tok.sent.start and tok.doc[j].is_punct:
        j -= 1
    if j < tok.sent.start:
        return None
    name = tok.doc[j]
    # up from the last word before the verb to the name it describes: "Holt, a Republican from Ohio,"
    while name.head.i != name.i and name.head.i < tok.i and (
            name.dep_ in ("compound", "flat", "pobj", "prep") or name.dep_ == "appos" and name.head.pos_ == "PROPN"):
        if _name_after_whom(name):
            break
        name = name.head
    if name.pos_ != "PROPN" or name.right_edge.i > tok.i or name.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj"):
        return None
    return name


def _name_after_whom(name) -> bool:
    """"In an interview with host Dale Roe, Gov. Ann Doe said": a person's name the parser set in
    apposition to another person's, the object of an opening phrase, is a second person, the verb's subject."""
    host = name.head
    return name.dep_ == "appos" and name.ent_type_ == "PERSON" and host.ent_type_ == "PERSON" \
        and host.dep_ == "pobj" and host.i < name.i and any(t.text == "," for t in name.doc[host.i:name.left_edge.i])
